// Verifiable documents: issuing a code for a document inside the issuing module's transaction,
// withdrawing it, and looking a code up for anyone (no sign-in), counted per address so codes cannot
// be tried in bulk (docs/decisions/0055). What a lookup reveals is the kind's frozen summary, turned
// into facts by the kind (kinds.ts); a withdrawn document shows only what it was and when it was
// withdrawn, not its figures.
import { randomBytes } from 'node:crypto';
import type { Tx } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { consume } from '../platform/rate-limit.ts';
import { CODE_BYTES, codeFromBytes, LOOKUP_LIMIT, readCode, statusOf, type VerifyStatus } from './domain.ts';
import { type Fact, kindOf } from './kinds.ts';

export interface IssueInput {
  kind: string;
  subjectId: string;
  ownerId: string;
  /** The kind's summary (its zod schema checks it): frozen from now on. */
  summary: unknown;
  issuedAt: Date;
}

/**
 * Gives a document its verification code, in the caller's transaction: the code exists exactly when
 * the document does. A code already taken (about 2^-100 per try) is simply drawn again.
 */
export async function issueVerifiable(tx: Tx, input: IssueInput): Promise<string> {
  const kind = kindOf(input.kind);
  const summary = kind.summary.parse(input.summary);
  for (;;) {
    const code = codeFromBytes(randomBytes(CODE_BYTES));
    const row = await tx
      .insertInto('verifiable_documents')
      .values({ code, kind: kind.kind, subject_id: input.subjectId, owner_id: input.ownerId, summary: JSON.stringify(summary), issued_at: input.issuedAt })
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('code')
      .executeTakeFirst();
    if (row) return row.code;
  }
}

/** Withdraws a document's code (its owner withdrew the document); false when it was already withdrawn. */
export async function withdrawVerifiable(tx: Tx, input: { kind: string; subjectId: string; withdrawnAt: Date }): Promise<boolean> {
  const r = await tx
    .updateTable('verifiable_documents')
    .set({ withdrawn_at: input.withdrawnAt })
    .where('kind', '=', input.kind)
    .where('subject_id', '=', input.subjectId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export interface Verification {
  code: string;
  status: VerifyStatus;
  kind: string;
  /** The message key of the document's name. */
  title: string;
  holder: string;
  issuer: { name: string; url: string };
  issuedAt: Date;
  withdrawnAt: Date | null;
  /** Empty once withdrawn: a withdrawn document vouches for no figures. */
  facts: Fact[];
}

/**
 * What a code vouches for. Every lookup counts against the caller's address, well-formed or not;
 * a string that cannot be a code is a 400, a code nobody was given a 404.
 */
export async function lookUp(deps: Deps, raw: string, ip: string): Promise<Verification> {
  await consume(deps.db, deps.clock, [{ key: `verify:ip:${ip}`, ...LOOKUP_LIMIT }]);
  const code = readCode(raw);
  if (!code) throw new AppError('verify.bad_code');
  const row = await deps.db.selectFrom('verifiable_documents').select(['code', 'kind', 'summary', 'issued_at', 'withdrawn_at']).where('code', '=', code).executeTakeFirst();
  if (!row) throw new AppError('verify.unknown');
  const kind = kindOf(row.kind);
  const summary = kind.summary.parse(row.summary);
  const status = statusOf(row.withdrawn_at, kind.revocable);
  return {
    code: row.code,
    status,
    kind: row.kind,
    title: kind.title,
    holder: kind.holder(summary),
    issuer: { name: deps.config.OPERATOR_NAME, url: deps.config.baseUrl },
    issuedAt: row.issued_at,
    withdrawnAt: row.withdrawn_at,
    facts: status === 'valid' ? kind.facts(summary) : [],
  };
}
