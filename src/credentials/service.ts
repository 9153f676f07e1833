// Certificates' use cases (docs/decisions/0058): the site's DID document and status lists (public),
// a certificate by its code and a person's certificates (public: a certificate is shown to be
// checked), revoking one and rotating the signing key (admins, audited).
import { z } from 'zod';
import type { Executor, Tx } from '../db/pool.ts';
import { type Actor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { multiLine } from '../platform/text.ts';
import { readCode, verifyUrl } from '../verify/domain.ts';
import { withdrawVerifiable } from '../verify/service.ts';
import { checkJws, didDocument, didWeb, jwtPayload, statusListCredential, statusListPayload, statusListUrl } from './domain.ts';
import { currentKey, publishedKeys, rotateKey, signJwt } from './keys.ts';
import type { CredentialKind, CredentialStatus } from './tables.ts';
import { COURSE_CERTIFICATE } from './verifiable.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, subjectId: string | null, data: Record<string, unknown>) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() }).execute();
}

/** The DID document of the site; the first key is made here if none exists yet. */
export async function siteDidDocument(deps: Deps) {
  let keys = await publishedKeys(deps.db);
  if (keys.length === 0) {
    await deps.db.transaction().execute((tx) => currentKey(tx, deps));
    keys = await publishedKeys(deps.db);
  }
  return didDocument(didWeb(deps.config.baseUrl), keys);
}

/** One status list as a BitstringStatusListCredential secured as a VC-JWT; not_found for a list that does not exist. */
export async function statusListJwt(deps: Deps, rawList: string): Promise<string> {
  if (!/^[1-9][0-9]{0,8}$/.test(rawList)) throw new AppError('not_found');
  const list = await deps.db.selectFrom('credential_status_lists').select(['id', 'size']).where('id', '=', Number(rawList)).executeTakeFirst();
  if (!list) throw new AppError('not_found');
  const revoked = await deps.db.selectFrom('credentials').select('status_index').where('status_list', '=', list.id).where('status', '=', 'revoked').execute();
  const credential = statusListCredential({
    did: didWeb(deps.config.baseUrl),
    url: statusListUrl(deps.config.baseUrl, list.id),
    validFrom: deps.clock.now(),
    revoked: revoked.map((r) => r.status_index as number),
    size: list.size,
  });
  return deps.db.transaction().execute((tx) => signJwt(tx, deps, statusListPayload(credential)));
}

export interface CertificateView {
  id: string;
  code: string;
  status: 'valid' | 'revoked';
  jwt: string;
  learner: { name: string; handle: string; locale: 'en' | 'ur' };
  course: { id: string; slug: string; titleEn: string | null; titleUr: string | null };
  skill: { slug: string; nameEn: string; nameUr: string };
  issuedAt: Date;
  revokedAt: Date | null;
  /** What the signed credential says (its payload), for the page's "what the badge holds". */
  credential: Record<string, unknown>;
}

/** A course certificate's row with its learner, course and skill, by its code or by its id. */
async function certificateRow(db: Executor, by: { code: string } | { id: string }) {
  if ('id' in by && !UUID.test(by.id)) return undefined;
  const r = await db
    .selectFrom('credentials as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .innerJoin('courses as co', 'co.id', 'c.course_id')
    .innerJoin('skills as s', 's.slug', 'c.skill_slug')
    .select(['c.id', 'c.code', 'c.status', 'c.jwt', 'c.issued_at', 'c.revoked_at', 'u.display_name', 'u.handle', 'u.locale', 'co.id as course_id', 'co.slug', 'co.title_en', 'co.title_ur', 's.slug as skill_slug', 's.name_en', 's.name_ur'])
    .where('code' in by ? 'c.code' : 'c.id', '=', 'code' in by ? by.code : by.id)
    .where('c.kind', '=', 'course')
    .executeTakeFirst();
  if (!r?.code || !r.jwt) return undefined;
  return {
    id: r.id,
    code: r.code,
    status: r.status === 'revoked' ? ('revoked' as const) : ('valid' as const),
    jwt: r.jwt,
    learner: { name: r.display_name, handle: r.handle, locale: r.locale },
    course: { id: r.course_id, slug: r.slug, titleEn: r.title_en, titleUr: r.title_ur },
    skill: { slug: r.skill_slug, nameEn: r.name_en, nameUr: r.name_ur },
    issuedAt: r.issued_at,
    revokedAt: r.revoked_at,
    credential: jwtPayload(r.jwt),
  } satisfies CertificateView;
}

/** A certificate by its code (as typed or printed), for anyone; not_found when no certificate has it. */
export async function getCertificate(deps: Deps, rawCode: string): Promise<CertificateView> {
  const code = readCode(rawCode);
  const cert = code ? await certificateRow(deps.db, { code }) : undefined;
  if (!cert) throw new AppError('not_found');
  return cert;
}

/**
 * A certificate as the receipts pipeline prints it (src/receipts: the PDF, printed by Chromium): the
 * same facts as its page. Public like the page: anyone who has the code may have the PDF.
 */
export interface CertificateReceipt {
  document: 'course_certificate';
  /** The credential's id. */
  subjectId: string;
  kind: 'course_certificate';
  operatorName: string;
  /** A revoked certificate never changes again; a valid one may still be revoked. */
  final: boolean;
  /** Dates as the certificate page shows them. */
  timeZone: 'Asia/Karachi';
  certificate: Omit<CertificateView, 'jwt' | 'credential'>;
  /** The address printed under the QR code. */
  verifyUrl: string;
  baseUrl: string;
}

function certificateReceipt(deps: Pick<Deps, 'config'>, cert: CertificateView): CertificateReceipt {
  const { jwt: _jwt, credential: _credential, ...certificate } = cert;
  return {
    document: 'course_certificate',
    subjectId: cert.id,
    kind: 'course_certificate',
    operatorName: deps.config.OPERATOR_NAME,
    final: cert.status === 'revoked',
    timeZone: 'Asia/Karachi',
    certificate,
    verifyUrl: verifyUrl(deps.config.baseUrl, cert.code),
    baseUrl: deps.config.baseUrl,
  };
}

/** The certificate's printable document, for anyone with its code (the same rule as its page). */
export async function getCertificateReceipt(deps: Deps, rawCode: string): Promise<CertificateReceipt> {
  return certificateReceipt(deps, await getCertificate(deps, rawCode));
}

/** The certificate as the PDF job reloads it, by the credential's id. */
export async function loadCertificateForJob(deps: Deps, id: string): Promise<CertificateReceipt | null> {
  const cert = await certificateRow(deps.db, { id });
  return cert ? certificateReceipt(deps, cert) : null;
}

export interface CredentialListItem {
  kind: CredentialKind;
  code: string | null;
  title: string;
  course: { slug: string; titleEn: string | null; titleUr: string | null } | null;
  issuerName: string | null;
  skill: { slug: string; nameEn: string; nameUr: string };
  issuedAt: Date;
  status: CredentialStatus;
}

/**
 * A person's certificates, newest first, for anyone: Hunar's own (valid or revoked: a revoked one
 * stays listed, marked so) and outside ones not rejected. not_found for an unknown handle.
 */
export async function listProfileCredentials(deps: Deps, handle: string): Promise<CredentialListItem[]> {
  const h = handle.normalize('NFC').trim().toLowerCase();
  if (!/^[a-z0-9_-]{1,30}$/.test(h)) throw new AppError('not_found');
  const user = await deps.db.selectFrom('users').select('id').where('handle', '=', h).executeTakeFirst();
  if (!user) throw new AppError('not_found');
  return credentialsOf(deps.db, user.id);
}

export async function credentialsOf(db: Executor, userId: string): Promise<CredentialListItem[]> {
  const rows = await db
    .selectFrom('credentials as c')
    .leftJoin('courses as co', 'co.id', 'c.course_id')
    .innerJoin('skills as s', 's.slug', 'c.skill_slug')
    .select(['c.kind', 'c.code', 'c.title', 'c.issuer_name', 'c.issued_at', 'c.status', 'co.slug as course_slug', 'co.title_en', 'co.title_ur', 's.slug as skill_slug', 's.name_en', 's.name_ur'])
    .where('c.user_id', '=', userId)
    .where('c.status', '!=', 'rejected')
    .orderBy('c.issued_at', 'desc')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    code: r.code,
    title: r.title,
    course: r.course_slug ? { slug: r.course_slug, titleEn: r.title_en, titleUr: r.title_ur } : null,
    issuerName: r.issuer_name,
    skill: { slug: r.skill_slug, nameEn: r.name_en, nameUr: r.name_ur },
    issuedAt: r.issued_at,
    status: r.status,
  }));
}

export const revokeInput = z.object({ reason: multiLine(1000, 3) });

/**
 * An admin revokes a certificate, with a reason: its status list entry is set (the list served from
 * now on says revoked), /verify/<code> says revoked, and the decision is audited.
 */
export async function revokeCertificate(deps: Deps, actorIn: Actor | null | undefined, rawCode: string, input: unknown): Promise<{ code: string }> {
  const actor = requireAdmin(actorIn);
  const { reason } = parseWith(revokeInput, input);
  const code = readCode(rawCode);
  if (!code) throw new AppError('not_found');
  return deps.db.transaction().execute((tx) => revokeInTx(tx, deps, actor.userId, code, reason));
}

/** The revocation itself, in the caller's transaction (also how demo data revokes one): the admin's id, a stored code, a checked reason. */
export async function revokeInTx(tx: Tx, deps: Pick<Deps, 'clock'>, adminId: string, code: string, reason: string): Promise<{ code: string }> {
  const c = await tx.selectFrom('credentials').select(['id', 'status', 'status_list', 'status_index']).where('code', '=', code).where('kind', '=', 'course').forUpdate().executeTakeFirst();
  if (!c) throw new AppError('not_found');
  if (c.status === 'revoked') throw new AppError('credentials.already_revoked');
  const now = deps.clock.now();
  await tx.updateTable('credentials').set({ status: 'revoked', revoked_at: now, revoked_by: adminId, reason }).where('id', '=', c.id).execute();
  await withdrawVerifiable(tx, { kind: COURSE_CERTIFICATE, subjectId: c.id, withdrawnAt: now });
  await tx
    .insertInto('audit_events')
    .values({ kind: 'credential.revoked', actor_id: adminId, subject_id: c.id, data: JSON.stringify({ code, reason, status_list: c.status_list, status_index: c.status_index, before: 'valid', after: 'revoked' }), ip: null, created_at: now })
    .execute();
  return { code };
}

/** An admin rotates the signing key: new certificates are signed with a new key, old keys stay published. */
export async function rotateIssuerKey(deps: Deps, actorIn: Actor | null | undefined): Promise<{ retired: string | null; current: string }> {
  const actor = requireAdmin(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const r = await rotateKey(tx, deps);
    await audit(tx, deps, 'credential.key_rotated', actor, null, r);
    return r;
  });
}

/** The keys, for the admins' page. */
export async function issuerKeys(deps: Deps, actorIn: Actor | null | undefined) {
  requireAdmin(actorIn);
  return publishedKeys(deps.db);
}

export interface CredentialBadges {
  items: CredentialListItem[];
  /** Per skill of a valid Hunar certificate: orders completed in that skill after it was issued. */
  delivered: Map<string, number>;
}

/**
 * A person's certificates as badges for their profile and gig pages, each valid Hunar certificate
 * with the orders they completed in its skill since (a gig order whose gig lists the skill, or a
 * contract order whose job does) — "certified, and delivered 4 orders in it".
 */
export async function credentialBadges(db: Executor, userId: string): Promise<CredentialBadges> {
  const items = await credentialsOf(db, userId);
  const delivered = new Map<string, number>();
  const ours = items.filter((i) => i.kind === 'course' && i.status === 'valid');
  if (ours.length === 0) return { items, delivered };
  const rows = await db
    .selectFrom('credentials as c')
    .innerJoin('orders as o', (j) => j.onRef('o.freelancer_id', '=', 'c.user_id').on('o.state', '=', 'completed').onRef('o.completed_at', '>=', 'c.issued_at'))
    .leftJoin('gigs as g', 'g.id', 'o.gig_id')
    .leftJoin('contracts as k', 'k.id', 'o.contract_id')
    .leftJoin('jobs as jb', 'jb.id', 'k.job_id')
    .select(['c.skill_slug', (eb) => eb.fn.count<string>('o.id').distinct().as('n')])
    .where('c.user_id', '=', userId)
    .where('c.kind', '=', 'course')
    .where('c.status', '=', 'valid')
    .where((eb) => eb.or([eb(eb.ref('c.skill_slug'), '=', eb.fn.any('g.skills')), eb(eb.ref('c.skill_slug'), '=', eb.fn.any('jb.skills'))]))
    .groupBy('c.skill_slug')
    .execute();
  for (const r of rows) delivered.set(r.skill_slug, Number(r.n));
  return { items, delivered };
}

export interface CheckedJwt {
  /** The certificate it is, by its verification code, and whether it is still valid. */
  code: string;
  status: 'valid' | 'revoked';
}

/** The longest JWT worth reading: a certificate's is a few thousand characters (credentials.jwt holds at most this). */
export const JWT_MAX = 20_000;

const checkInput = z.object({
  jwt: z
    .string({ error: 'field.required' })
    // A JWT has no spaces: line breaks a mail or a chat put into a pasted one are dropped.
    .transform((s) => s.replace(/\s+/g, ''))
    .check((ctx) => {
      if (ctx.value.length === 0) ctx.issues.push({ code: 'custom', message: 'field.required', input: ctx.value });
      else if (ctx.value.length > JWT_MAX) ctx.issues.push({ code: 'custom', message: 'field.jwt_too_long', params: { max: JWT_MAX }, input: ctx.value });
    }),
});

/**
 * A certificate's VC-JWT as someone received it (a client, an employer), checked against this site's
 * published keys as any verifier would with the DID document: a translated field message when it is
 * not a JWT, was signed by a key this site never published, or was changed after signing; otherwise
 * which certificate it is and whether it was revoked since. Anyone may ask; nothing is stored.
 */
export async function checkCredentialJwt(deps: Deps, raw: unknown): Promise<CheckedJwt> {
  const { jwt } = parseWith(checkInput, raw);
  const keys = await publishedKeys(deps.db);
  const r = checkJws(jwt, didWeb(deps.config.baseUrl), keys);
  if (!r.ok) throw new AppError('validation.failed', {}, { jwt: { key: `credentials.jwt.${r.problem}` } });
  const row = await deps.db.selectFrom('credentials').select(['code', 'status']).where('jwt', '=', jwt).where('kind', '=', 'course').executeTakeFirst();
  // Signed by this site but not a certificate it issued (a status list, say).
  if (!row?.code) throw new AppError('validation.failed', {}, { jwt: { key: 'credentials.jwt.not_a_certificate' } });
  return { code: row.code, status: row.status === 'revoked' ? 'revoked' : 'valid' };
}

/**
 * The same check for the form on /verify: the certificate a genuine JWT is, as its page shows it
 * (its learner, course, date and status); the same translated field messages otherwise.
 */
export async function checkCertificateJwt(deps: Deps, raw: unknown): Promise<CertificateView> {
  const { code } = await checkCredentialJwt(deps, raw);
  return getCertificate(deps, code);
}
