// ledger_claim_key(key): takes the idempotency key's lock and then looks the key up, in one call, so
// claiming a key costs one round trip instead of two. It always returns one row: `claimed` (true) and
// the transaction already recorded under the key, or nulls when the key is new.
//
// Why a function: the look-up must see a twin request that committed while this one waited for the
// lock. In READ COMMITTED one statement reads from one snapshot, taken when it starts, so a lock and a
// look-up in the same plain statement would miss the twin. Each statement inside a VOLATILE PL/pgSQL
// function takes a new snapshot: the look-up runs after the lock is granted and sees what the twin
// committed (src/ledger/ledger.int.test.ts, "a request that waited for its twin").
//
// A caller can lock its own row in the same statement by referring to `claimed` from a LATERAL
// subquery: the reference makes PostgreSQL take the key's lock first, so every request takes the key's
// lock before any row's, and two requests cannot wait for each other (src/orders/service.ts).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION ledger_claim_key(p_key text)
      RETURNS TABLE (claimed boolean, id uuid, fingerprint text, result jsonb)
      LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtextextended('idem:' || p_key, 0));
      RETURN QUERY
        SELECT true, t.id, t.fingerprint, t.result
        FROM (SELECT 1) AS one LEFT JOIN ledger_transactions t ON t.idempotency_key = p_key;
    END $$`.execute(db);
}
