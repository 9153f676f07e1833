// One round trip per ledger transaction (issue 5's escrow benchmark): ledger_post() does in the
// database what src/ledger/service.ts post() did in six to nine statements — open the accounts it
// needs, record the transaction, update the balances with the accounts locked in id order, and write
// the entries with their running balances. The rules are unchanged and still enforced by the
// database (non-negative balances, balanced per currency, append-only).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // An account is found by (kind, owner, reference, currency) where owner and reference may be
  // null: an index on the coalesced values lets one equality lookup find it (IS NOT DISTINCT FROM
  // cannot use an index). It also serves ON CONFLICT when two transactions open the same account.
  await sql`
    CREATE UNIQUE INDEX ledger_accounts_identity ON ledger_accounts
      (kind, coalesce(owner_id, '00000000-0000-0000-0000-000000000000'), coalesce(ref_id, '00000000-0000-0000-0000-000000000000'), currency)`.execute(db);
  // The balance check per transaction, once per INSERT statement over the rows it added (ledger_post
  // writes a transaction's entries in one statement), instead of once per row at commit.
  await sql`DROP TRIGGER ledger_entries_balanced ON ledger_entries`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION ledger_statement_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE bad record;
    BEGIN
      SELECT transaction_id, currency, sum(amount) AS total INTO bad FROM new_entries
        GROUP BY transaction_id, currency HAVING sum(amount) <> 0 LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'ledger transaction % does not balance: % %', bad.transaction_id, bad.total, bad.currency
          USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_transaction_balanced';
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
      REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_statement_balanced()`.execute(db);
  // legs: [{ "from": {kind, owner, ref, currency}, "to": {...}, "amount": "150000" }, ...]
  await sql`
    CREATE FUNCTION ledger_post(
      p_kind text, p_key text, p_fingerprint text, p_actor uuid, p_reason text, p_result jsonb, p_fx_rate text,
      p_legs jsonb, p_now timestamptz
    ) RETURNS uuid LANGUAGE plpgsql AS $$
    DECLARE
      zero constant uuid := '00000000-0000-0000-0000-000000000000';
      tx_id uuid;
      leg jsonb;
      side text;
      acct jsonb;
      acct_id uuid;
      amt bigint;
      ids uuid[] := '{}';
      amounts bigint[] := '{}';
      currencies text[] := '{}';
      r record;
    BEGIN
      -- Accounts: find or open each one, and the signed entries in leg order.
      FOR leg IN SELECT * FROM jsonb_array_elements(p_legs) LOOP
        amt := (leg->>'amount')::bigint;
        IF amt IS NULL OR amt <= 0 THEN
          RAISE EXCEPTION 'a leg must move a positive amount' USING ERRCODE = 'check_violation';
        END IF;
        FOREACH side IN ARRAY ARRAY['from', 'to'] LOOP
          acct := leg->side;
          SELECT id INTO acct_id FROM ledger_accounts
            WHERE kind = acct->>'kind' AND coalesce(owner_id, zero) = coalesce((acct->>'owner')::uuid, zero)
              AND coalesce(ref_id, zero) = coalesce((acct->>'ref')::uuid, zero) AND currency = acct->>'currency';
          IF acct_id IS NULL THEN
            INSERT INTO ledger_accounts (kind, owner_id, ref_id, currency, created_at)
              VALUES (acct->>'kind', (acct->>'owner')::uuid, (acct->>'ref')::uuid, acct->>'currency', p_now)
              ON CONFLICT (kind, coalesce(owner_id, '00000000-0000-0000-0000-000000000000'), coalesce(ref_id, '00000000-0000-0000-0000-000000000000'), currency) DO NOTHING
              RETURNING id INTO acct_id;
            IF acct_id IS NULL THEN
              SELECT id INTO acct_id FROM ledger_accounts
                WHERE kind = acct->>'kind' AND coalesce(owner_id, zero) = coalesce((acct->>'owner')::uuid, zero)
                  AND coalesce(ref_id, zero) = coalesce((acct->>'ref')::uuid, zero) AND currency = acct->>'currency';
            END IF;
          END IF;
          ids := ids || acct_id;
          amounts := amounts || CASE WHEN side = 'from' THEN -amt ELSE amt END;
          currencies := currencies || (acct->>'currency');
        END LOOP;
      END LOOP;

      INSERT INTO ledger_transactions (kind, idempotency_key, fingerprint, actor_id, reason, result, fx_rate, created_at)
        VALUES (p_kind, p_key, p_fingerprint, p_actor, p_reason, coalesce(p_result, '{}'), p_fx_rate, p_now)
        RETURNING id INTO tx_id;

      -- Balances, one update per account, in id order: concurrent transactions cannot deadlock.
      FOR r IN
        SELECT e.account_id, sum(e.amount) AS delta
        FROM unnest(ids, amounts) AS e(account_id, amount)
        GROUP BY e.account_id ORDER BY e.account_id
      LOOP
        UPDATE ledger_accounts SET balance = balance + r.delta WHERE id = r.account_id;
      END LOOP;

      -- Entries with the balance after each, walking each account from its balance before.
      INSERT INTO ledger_entries (transaction_id, account_id, amount, currency, balance_after, created_at)
      SELECT tx_id, e.account_id, e.amount, e.currency,
        a.balance - sum(e.amount) OVER (PARTITION BY e.account_id) + sum(e.amount) OVER (PARTITION BY e.account_id ORDER BY e.n),
        p_now
      FROM unnest(ids, amounts, currencies) WITH ORDINALITY AS e(account_id, amount, currency, n)
      JOIN ledger_accounts a ON a.id = e.account_id
      ORDER BY e.n;
      RETURN tx_id;
    END $$`.execute(db);
}
