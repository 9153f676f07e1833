// Tax clarity (issue 19, docs/decisions/0052): a freelancer's tax profile, their checklist ticks,
// remittance records for foreign-currency payouts, year statements, and the one table of documents
// anyone can verify by code (src/verify).
//
// - tax_profiles: one per person. The CNIC is never stored in the clear: cnic_sealed holds the
//   AES-256-GCM ciphertext with its key id (src/platform/secrets.ts), cnic_last4 what a masked view
//   shows. The PSEB certificate is a media row (purpose tax_certificate) the profile points to.
// - tax_checklist_ticks: the steps of /tax/checklist a person has marked done.
// - remittance_records: what a proceeds realisation certificate needs, one per foreign-currency
//   withdrawal; the PRC the bank issued is a media row (purpose remittance_prc).
// - verifiable_documents: a code (at least 80 random bits) per issued document of any kind, with the
//   frozen summary /verify/<code> shows; withdrawn_at set when its owner withdraws it.
// - tax_statements: a year statement, its figures frozen when issued, and its verification code.
// - receipts may print year statements (document 'year_statement').
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

const OURS = sql.raw(`purpose IN ('tax_certificate', 'remittance_prc')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  // Files first: the profile and the remittance records point at them.
  const { rows } = await sql<{ name: string; def: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'media'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%purpose%'`.execute(db);
  for (const r of rows) {
    const inner = /^CHECK \((.*)\)$/s.exec(r.def)?.[1];
    if (!inner) throw new Error(`unexpected constraint on media: ${r.def}`);
    await sql`ALTER TABLE media DROP CONSTRAINT ${sql.id(r.name)}, ADD CONSTRAINT ${sql.id(r.name)} CHECK (${OURS} OR (${sql.raw(inner)}))`.execute(db);
  }
  await sql`
    ALTER TABLE media ADD CONSTRAINT media_tax_files CHECK (
      NOT (${OURS}) OR (gig_id IS NULL AND portfolio_item_id IS NULL AND job_id IS NULL AND message_id IS NULL
        AND order_event_id IS NULL AND dispute_statement_id IS NULL AND file_name IS NOT NULL AND width IS NULL))`.execute(db);

  await sql`
    CREATE TABLE tax_profiles (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      -- An individual's NTN is their 13-digit CNIC; an entity's is 7 digits and a check digit
      -- (payments-pakistan.md §6). Stored as digits, the entity's with its dash.
      ntn text CHECK (ntn ~ '^([0-9]{13}|[0-9]{7}(-[0-9])?)$'),
      cnic_sealed text CHECK (length(cnic_sealed) <= 400),
      cnic_last4 text CHECK (cnic_last4 ~ '^[0-9]{4}$'),
      pseb_number text CHECK (char_length(pseb_number) BETWEEN 3 AND 40),
      pseb_expires_on date,
      pseb_certificate_media_id uuid REFERENCES media(id) ON DELETE SET NULL,
      -- On the Active Taxpayers List (a "filer").
      filer boolean NOT NULL DEFAULT false,
      province text CHECK (province IN ('punjab', 'sindh', 'khyber_pakhtunkhwa', 'balochistan', 'islamabad', 'gilgit_baltistan', 'azad_kashmir')),
      has_salary boolean NOT NULL DEFAULT false,
      -- Yearly salary in rupees' minor units (paisa), when they draw one.
      salary_minor bigint CHECK (salary_minor >= 0),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK ((cnic_sealed IS NULL) = (cnic_last4 IS NULL)),
      CHECK (has_salary OR salary_minor IS NULL)
    )`.execute(db);
  // The PSEB expiry reminders look for registrations ending soon.
  await sql`CREATE INDEX tax_profiles_pseb_expiry ON tax_profiles (pseb_expires_on) WHERE pseb_expires_on IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE tax_checklist_ticks (
      user_id uuid NOT NULL REFERENCES users(id),
      step text NOT NULL CHECK (step ~ '^[a-z_]{1,40}$'),
      done_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, step)
    )`.execute(db);

  await sql`
    CREATE TABLE remittance_records (
      withdrawal_id uuid PRIMARY KEY REFERENCES withdrawals(id),
      user_id uuid NOT NULL REFERENCES users(id),
      -- ISO 3166-1 alpha-2 of the clients who paid.
      payer_country text NOT NULL CHECK (payer_country ~ '^[A-Z]{2}$'),
      -- The SBP purpose code the bank puts on the PRC (9186 for IT export, as freelancers cite it).
      purpose_code text NOT NULL DEFAULT '9186' CHECK (purpose_code ~ '^[0-9]{4}$'),
      prc_number text CHECK (char_length(prc_number) BETWEEN 1 AND 60),
      prc_media_id uuid REFERENCES media(id) ON DELETE SET NULL,
      prc_attached_at timestamptz,
      -- When the "PRC missing" reminder went out (once per payout).
      reminded_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX remittance_records_user ON remittance_records (user_id, created_at)`.execute(db);

  await sql`
    CREATE TABLE verifiable_documents (
      code text PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{20}$'),
      kind text NOT NULL CHECK (kind ~ '^[a-z_]{1,40}$'),
      subject_id uuid NOT NULL,
      owner_id uuid NOT NULL REFERENCES users(id),
      -- What /verify/<code> shows, frozen when the document was issued.
      summary jsonb NOT NULL,
      issued_at timestamptz NOT NULL,
      withdrawn_at timestamptz,
      UNIQUE (kind, subject_id)
    )`.execute(db);
  await sql`CREATE INDEX verifiable_documents_owner ON verifiable_documents (owner_id, issued_at)`.execute(db);

  await sql`
    CREATE TABLE tax_statements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      tax_year integer NOT NULL CHECK (tax_year BETWEEN 2000 AND 2100),
      -- The figures as issued (src/tax/figures.ts YearFigures with the estimate): a statement a bank
      -- checks must not change after it is issued.
      figures jsonb NOT NULL,
      code text NOT NULL UNIQUE REFERENCES verifiable_documents(code),
      issued_at timestamptz NOT NULL,
      withdrawn_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX tax_statements_user ON tax_statements (user_id, tax_year, issued_at)`.execute(db);

  await sql`ALTER TABLE receipts DROP CONSTRAINT receipts_document_check, ADD CONSTRAINT receipts_document_check CHECK (document IN ('order_client', 'order_freelancer', 'payout', 'year_statement'))`.execute(db);

  await rewriteChecks(db);
}
