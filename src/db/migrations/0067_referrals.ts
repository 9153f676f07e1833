// Referrals (issue 21, src/referrals; decision 0069).
//
// - referral_codes: each person's referral code, for the link /r/<code> (made the first time they
//   look at /referrals).
// - referrals: who referred whom (one referrer per person, ever), and what came of it: pending until
//   the referred person's first completed order as a client, then rewarded (from the promotions
//   pool, through the ledger) or no_reward with the reason (shared device, the same person, the pool
//   short). Decided once.
// - referral_devices: a random id kept in a cookie, seen with a person (hashed): two people seen on
//   one device earn no reward for referring each other.
// - referral_settings: the reward the operator sets (one row).
// - job_referrals: a freelancer passes a job on to a fellow freelancer for an agreed fee, a share of
//   the earnings (basis points); offered, then agreed or declined by the one it is passed to.
// - referral_fees: the fee paid from one completed order's earnings (once per order).
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE referral_codes (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9]{6,16}$'),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE referrals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referrer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      referred_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
      source text NOT NULL CHECK (source IN ('link', 'code')),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'rewarded', 'no_reward')),
      reason text CHECK (reason IN ('shared_device', 'same_person', 'pool_short')),
      order_id uuid REFERENCES orders(id),
      reward_minor bigint CHECK (reward_minor > 0),
      currency text CHECK (currency IN ('PKR')),
      ledger_transaction_id uuid,
      created_at timestamptz NOT NULL,
      decided_at timestamptz,
      CHECK (referrer_id <> referred_id),
      CHECK ((status = 'pending') = (decided_at IS NULL)),
      CHECK ((status = 'no_reward') = (reason IS NOT NULL)),
      CHECK ((status = 'rewarded') = (reward_minor IS NOT NULL AND ledger_transaction_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX referrals_referrer ON referrals (referrer_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX referrals_pending ON referrals (created_at) WHERE status = 'pending'`.execute(db);
  await sql`
    CREATE TABLE referral_devices (
      device_hash text NOT NULL CHECK (device_hash ~ '^[0-9a-f]{64}$'),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      seen_at timestamptz NOT NULL,
      PRIMARY KEY (device_hash, user_id)
    )`.execute(db);
  await sql`CREATE INDEX referral_devices_user ON referral_devices (user_id)`.execute(db);
  await sql`
    CREATE TABLE referral_settings (
      id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      reward_minor bigint NOT NULL CHECK (reward_minor >= 0 AND reward_minor <= 10000000),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR')),
      updated_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL
    )`.execute(db);
  // Rs 500 until the operator says otherwise.
  await sql`INSERT INTO referral_settings (id, reward_minor, currency, updated_at) VALUES (1, 50000, 'PKR', now())`.execute(db);
  await sql`
    CREATE TABLE job_referrals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      referrer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      referee_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      fee_bps integer NOT NULL CHECK (fee_bps BETWEEN 100 AND 3000),
      note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
      status text NOT NULL DEFAULT 'offered' CHECK (status IN ('offered', 'agreed', 'declined', 'withdrawn')),
      created_at timestamptz NOT NULL,
      decided_at timestamptz,
      CHECK (referrer_id <> referee_id),
      CHECK ((status = 'offered') = (decided_at IS NULL))
    )`.execute(db);
  // One live offer or agreement per job and person it is passed to.
  await sql`CREATE UNIQUE INDEX job_referrals_live ON job_referrals (job_id, referee_id) WHERE status IN ('offered', 'agreed')`.execute(db);
  await sql`CREATE INDEX job_referrals_referrer ON job_referrals (referrer_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX job_referrals_referee ON job_referrals (referee_id, created_at DESC)`.execute(db);
  await sql`
    CREATE TABLE referral_fees (
      order_id uuid PRIMARY KEY REFERENCES orders(id),
      job_referral_id uuid NOT NULL REFERENCES job_referrals(id),
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      ledger_transaction_id uuid NOT NULL,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await rewriteChecks(db);
}
