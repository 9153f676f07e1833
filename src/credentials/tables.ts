// Kysely's view of the certificates' tables (see src/db/migrations/0053_credentials.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type CredentialKind = 'course' | 'external';
/** valid | revoked for Hunar's own; self_reported | verified | rejected for outside ones. */
export type CredentialStatus = 'valid' | 'revoked' | 'self_reported' | 'verified' | 'rejected';

/** An Ed25519 public key as a JWK (RFC 8037). */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

export interface IssuerKeysTable {
  /** The key's RFC 7638 thumbprint: the fragment of its DID URL. */
  kid: string;
  public_jwk: ColumnType<PublicJwk, string, string>;
  /** The private key (PKCS#8 DER, base64url), sealed with src/platform/secrets.ts. */
  private_sealed: string;
  created_at: Timestamp;
  retired_at: Timestamp | null;
}

export interface CredentialStatusListsTable {
  id: number;
  purpose: Generated<'revocation'>;
  /** Entries (bits). */
  size: number;
  created_at: Timestamp;
}

export interface CredentialsTable {
  id: string;
  kind: CredentialKind;
  user_id: string;
  course_id: string | null;
  code: string | null;
  jwt: string | null;
  status_list: number | null;
  status_index: number | null;
  skill_slug: string;
  title: string;
  issuer_name: string | null;
  status: CredentialStatus;
  issued_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface CredentialTables {
  issuer_keys: IssuerKeysTable;
  credential_status_lists: CredentialStatusListsTable;
  credentials: CredentialsTable;
}
