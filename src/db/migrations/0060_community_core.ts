// Community groundwork (issue 21): the tables every community module reads, and the ledger's two new
// kinds of account. The modules add their own tables in their own migrations.
//
// - associations: a freelancer association by city, by skill, or both ("Multan Women Designers",
//   "Lahore Developers"), with its page in English, Urdu or both, its rules, how people join (open,
//   or by request that an officer approves), and whether an admin has suspended it.
// - association_members: one row per person and association: a request (pending), a member
//   (active), or someone who left or was removed (the row is kept, so a statement still names them);
//   role member or officer; whether they list themselves in the member directory (opt-in).
// - ledger_accounts.kind gains 'association' (an association's own money: dues paid in, ref_id =
//   the association) and 'promotions' (the operator's pool that pays referral rewards; funded by
//   the operator, never below zero: no reward when it is empty). Both hold money on the platform,
//   so `ledger:check` counts them among the balances held.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

const KINDS = ['client_wallet', 'escrow', 'freelancer_pending', 'freelancer_available', 'platform_revenue', 'payment_clearing', 'payout_clearing', 'payout_sent', 'fx', 'association', 'promotions'];
const NON_NEGATIVE = ['client_wallet', 'escrow', 'freelancer_pending', 'freelancer_available', 'platform_revenue', 'payout_clearing', 'payout_sent', 'association', 'promotions'];
const list = (xs: string[]) => sql.raw(xs.map((x) => `'${x}'`).join(', '));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE associations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
      name_en text CHECK (char_length(name_en) BETWEEN 3 AND 80),
      name_ur text CHECK (char_length(name_ur) BETWEEN 3 AND 80),
      about_en text CHECK (char_length(about_en) <= 4000),
      about_ur text CHECK (char_length(about_ur) <= 4000),
      rules_en text CHECK (char_length(rules_en) <= 4000),
      rules_ur text CHECK (char_length(rules_ur) <= 4000),
      city_slug text REFERENCES cities(slug),
      skill_slug text REFERENCES skills(slug),
      join_mode text NOT NULL DEFAULT 'open' CHECK (join_mode IN ('open', 'request')),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      suspended_by uuid REFERENCES users(id),
      suspended_at timestamptz,
      suspended_reason text CHECK (char_length(suspended_reason) <= 500),
      CHECK (name_en IS NOT NULL OR name_ur IS NOT NULL),
      CHECK (city_slug IS NOT NULL OR skill_slug IS NOT NULL),
      CHECK ((status = 'suspended') = (suspended_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX associations_city ON associations (city_slug) WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX associations_skill ON associations (skill_slug) WHERE status = 'active'`.execute(db);

  await sql`
    CREATE TABLE association_members (
      association_id uuid NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('pending', 'active', 'left', 'removed')),
      role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'officer')),
      in_directory boolean NOT NULL DEFAULT false,
      requested_at timestamptz NOT NULL,
      joined_at timestamptz,
      ended_at timestamptz,
      decided_by uuid REFERENCES users(id),
      PRIMARY KEY (association_id, user_id),
      CHECK (status <> 'active' OR joined_at IS NOT NULL),
      CHECK (role = 'member' OR status = 'active')
    )`.execute(db);
  await sql`CREATE INDEX association_members_user ON association_members (user_id) WHERE status = 'active'`.execute(db);

  await sql`
    ALTER TABLE ledger_accounts
      DROP CONSTRAINT ledger_accounts_kind_check,
      ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN (${list(KINDS)})),
      DROP CONSTRAINT ledger_accounts_non_negative,
      ADD CONSTRAINT ledger_accounts_non_negative CHECK (kind NOT IN (${list(NON_NEGATIVE)}) OR balance >= 0)`.execute(db);
  await rewriteChecks(db);
}
