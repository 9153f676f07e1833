// Certificates anyone can verify (issue 20, docs/decisions/0058).
//
// - issuer_keys: the site's Ed25519 signing keys. The public key as a JWK (published in the DID
//   document at /.well-known/did.json), the private key sealed with src/platform/secrets.ts (never in
//   the clear). kid is the key's RFC 7638 thumbprint, the fragment of its DID URL. At most one key is
//   current (retired_at null); a rotation retires it and adds a new one, and retired keys stay
//   published so the certificates they signed still verify.
// - credential_status_lists: the site's W3C Bitstring Status Lists (purpose revocation), numbered
//   from 1; each holds `size` entries (131072 bits = the 16 KB minimum the specification sets).
//   The bits are not stored: an entry is set exactly when its certificate is revoked.
// - credentials: certificates. 'course' ones Hunar issued (an Open Badges 3.0 credential as a
//   VC-JWT, a verification code, a status list entry; valid → revoked, with who, when and why);
//   'external' ones a person reports from outside (DigiSkills, NFTP, e-Rozgaar, vendors): no JWT and
//   no code, self_reported until an admin looks at the uploaded proof (verified or rejected).
// - media.credential_id: an outside certificate's proof (purpose credential_proof), widening media's
//   purpose checks as 0043 and 0046 did.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

const OURS = sql.raw(`purpose IN ('credential_proof')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE issuer_keys (
      kid text PRIMARY KEY CHECK (kid ~ '^[A-Za-z0-9_-]{43}$'),
      public_jwk jsonb NOT NULL CHECK (public_jwk->>'kty' = 'OKP' AND public_jwk->>'crv' = 'Ed25519'),
      private_sealed text NOT NULL CHECK (length(private_sealed) <= 400),
      created_at timestamptz NOT NULL,
      retired_at timestamptz
    )`.execute(db);
  // One current key: two processes generating the first one at once keep only one.
  await sql`CREATE UNIQUE INDEX issuer_keys_one_current ON issuer_keys ((true)) WHERE retired_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE credential_status_lists (
      id integer PRIMARY KEY CHECK (id >= 1),
      purpose text NOT NULL DEFAULT 'revocation' CHECK (purpose IN ('revocation')),
      size integer NOT NULL CHECK (size >= 131072 AND size % 8 = 0),
      created_at timestamptz NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE credentials (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('course', 'external')),
      user_id uuid NOT NULL REFERENCES users(id),
      -- Ours: the course, its verification code, the signed credential and its status list entry.
      course_id uuid REFERENCES courses(id),
      code text UNIQUE REFERENCES verifiable_documents(code),
      jwt text CHECK (length(jwt) <= 20000),
      status_list integer REFERENCES credential_status_lists(id),
      status_index integer CHECK (status_index >= 0),
      skill_slug text NOT NULL REFERENCES skills(slug),
      -- The course's name as issued, or the outside certificate's name as the person wrote it.
      title text NOT NULL CHECK (char_length(title) BETWEEN 2 AND 200),
      -- Outside ones: who issued it (DigiSkills, NFTP, e-Rozgaar, a vendor).
      issuer_name text CHECK (char_length(issuer_name) BETWEEN 2 AND 120),
      status text NOT NULL CHECK (status IN ('valid', 'revoked', 'self_reported', 'verified', 'rejected')),
      issued_at timestamptz NOT NULL,
      -- Ours: revoked by an admin, with a reason; outside ones: verified or rejected by an admin.
      revoked_at timestamptz,
      revoked_by uuid REFERENCES users(id),
      reviewed_at timestamptz,
      reviewed_by uuid REFERENCES users(id),
      reason text CHECK (char_length(reason) BETWEEN 3 AND 1000),
      created_at timestamptz NOT NULL,
      CHECK (CASE WHEN kind = 'course'
        THEN course_id IS NOT NULL AND code IS NOT NULL AND jwt IS NOT NULL AND status_list IS NOT NULL AND status_index IS NOT NULL
          AND issuer_name IS NULL AND status IN ('valid', 'revoked') AND reviewed_at IS NULL
          AND (status = 'revoked') = (revoked_at IS NOT NULL AND revoked_by IS NOT NULL AND reason IS NOT NULL)
        ELSE course_id IS NULL AND code IS NULL AND jwt IS NULL AND status_list IS NULL AND status_index IS NULL
          AND issuer_name IS NOT NULL AND status IN ('self_reported', 'verified', 'rejected') AND revoked_at IS NULL
          AND (status = 'self_reported') = (reviewed_at IS NULL)
      END),
      UNIQUE (status_list, status_index)
    )`.execute(db);
  // One certificate per learner and course: issuing again returns the first.
  await sql`CREATE UNIQUE INDEX credentials_one_per_course ON credentials (user_id, course_id) WHERE kind = 'course'`.execute(db);
  await sql`CREATE INDEX credentials_user ON credentials (user_id, issued_at)`.execute(db);
  // The admins' queue of outside certificates to check.
  await sql`CREATE INDEX credentials_to_review ON credentials (created_at) WHERE status = 'self_reported'`.execute(db);

  await sql`ALTER TABLE media ADD COLUMN credential_id uuid REFERENCES credentials(id) ON DELETE CASCADE`.execute(db);
  const { rows } = await sql<{ name: string; def: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'media'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%purpose%'`.execute(db);
  for (const r of rows) {
    const inner = /^CHECK \((.*)\)$/s.exec(r.def)?.[1];
    if (!inner) throw new Error(`unexpected constraint on media: ${r.def}`);
    await sql`ALTER TABLE media DROP CONSTRAINT ${sql.id(r.name)}, ADD CONSTRAINT ${sql.id(r.name)} CHECK (${OURS} OR (${sql.raw(inner)}))`.execute(db);
  }
  await sql`
    ALTER TABLE media ADD CONSTRAINT media_credential_proof CHECK (
      CASE WHEN ${OURS}
        THEN gig_id IS NULL AND portfolio_item_id IS NULL AND job_id IS NULL AND message_id IS NULL
          AND order_event_id IS NULL AND dispute_statement_id IS NULL AND file_name IS NOT NULL AND credential_id IS NOT NULL
        ELSE credential_id IS NULL
      END)`.execute(db);
  await sql`CREATE INDEX media_credential ON media (credential_id, position) WHERE credential_id IS NOT NULL`.execute(db);

  await rewriteChecks(db);
}
