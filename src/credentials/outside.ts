// Certificates from outside (DigiSkills, NFTP, e-Rozgaar, vendors; docs/decisions/0058): a person adds
// one with its proof (a PDF, or a photo or scan as JPEG or PNG, through src/media), it shows on their
// profile as self-reported, and an admin who has looked at the proof marks it verified or rejected
// (audited). The proof is readable by its owner and admins only (src/media/service.ts visibility).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Executor } from '../db/pool.ts';
import { karachiDay } from '../fx/service.ts';
import { mediaColumns, mediaUrl, type Prepared, prepareAttachment, store, type Upload } from '../media/service.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { fieldErrors, parseWith } from '../platform/forms.ts';
import { multiLine } from '../platform/text.ts';
import { OUTSIDE_DECISIONS, outsideCertificateInput } from './domain.ts';
import type { CredentialStatus } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface OutsideCertificateView {
  id: string;
  issuerName: string;
  title: string;
  skill: { slug: string; nameEn: string; nameUr: string };
  issuedAt: Date;
  status: Extract<CredentialStatus, 'self_reported' | 'verified' | 'rejected'>;
  reason: string | null;
  reviewedAt: Date | null;
  proof: { url: string; name: string; contentType: string } | null;
  owner: { name: string; handle: string };
  createdAt: Date;
}

function outsideQuery(db: Executor) {
  return db
    .selectFrom('credentials as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .innerJoin('skills as s', 's.slug', 'c.skill_slug')
    .leftJoin('media as m', 'm.credential_id', 'c.id')
    .select(['c.id', 'c.issuer_name', 'c.title', 'c.issued_at', 'c.status', 'c.reason', 'c.reviewed_at', 'c.created_at', 's.slug', 's.name_en', 's.name_ur', 'u.display_name', 'u.handle', 'm.key', 'm.file_name', 'm.content_type'])
    .where('c.kind', '=', 'external');
}

type Row = Awaited<ReturnType<ReturnType<typeof outsideQuery>['execute']>>[number];

const viewOf = (r: Row): OutsideCertificateView => ({
  id: r.id,
  issuerName: r.issuer_name ?? '',
  title: r.title,
  skill: { slug: r.slug, nameEn: r.name_en, nameUr: r.name_ur },
  issuedAt: r.issued_at,
  status: r.status as OutsideCertificateView['status'],
  reason: r.reason,
  reviewedAt: r.reviewed_at,
  proof: r.key ? { url: mediaUrl(r.key, 'file'), name: r.file_name ?? 'file', contentType: r.content_type ?? 'application/octet-stream' } : null,
  owner: { name: r.display_name, handle: r.handle },
  createdAt: r.created_at,
});

/** The skills to choose from, in the reader's language's order. */
export async function skillChoices(db: Executor): Promise<{ slug: string; nameEn: string; nameUr: string }[]> {
  const rows = await db.selectFrom('skills').select(['slug', 'name_en', 'name_ur']).orderBy('name_en').execute();
  return rows.map((r) => ({ slug: r.slug, nameEn: r.name_en, nameUr: r.name_ur }));
}

/** The signed-in person's outside certificates, newest first, rejected ones included (with the reason). */
export async function myOutsideCertificates(deps: Deps, actorIn: Actor | null | undefined): Promise<OutsideCertificateView[]> {
  const actor = requireActor(actorIn);
  const rows = await outsideQuery(deps.db).where('c.user_id', '=', actor.userId).orderBy('c.created_at', 'desc').execute();
  return rows.map(viewOf);
}

/** A proof checked and kept as sent (PDF) or re-encoded without metadata (JPEG, PNG), or the field message why not. */
async function prepareProof(upload: Upload | null, fields: FieldErrors): Promise<Prepared | null> {
  if (!upload) {
    fields.proof = { key: 'errors.media.missing' };
    return null;
  }
  try {
    return await prepareAttachment(upload, 'credential_proof');
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500) throw e;
    fields.proof = { key: `errors.${e.code}`, params: e.params };
    return null;
  }
}

/**
 * Adds an outside certificate with its proof, self-reported until an admin checks it. The fields
 * and the file are checked together (the form shows every message at once); on any refusal nothing
 * is stored, not even the file.
 */
export async function addOutsideCertificate(deps: Deps, actorIn: Actor | null | undefined, raw: unknown, upload: Upload | null): Promise<OutsideCertificateView> {
  const actor = requireActor(actorIn);
  const fields: FieldErrors = {};
  const parsed = outsideCertificateInput(karachiDay(deps.clock.now())).safeParse(raw ?? {}, { reportInput: true });
  if (!parsed.success) Object.assign(fields, fieldErrors(parsed.error));
  if (parsed.success && !fields.skill) {
    const skill = await deps.db.selectFrom('skills').select('slug').where('slug', '=', parsed.data.skill).executeTakeFirst();
    if (!skill) fields.skill = { key: 'field.choose' };
  }
  const prepared = await prepareProof(upload, fields);
  if (!parsed.success || !prepared || Object.keys(fields).length > 0) throw new AppError('validation.failed', {}, fields);
  const input = parsed.data;
  const id = randomUUID();
  const now = deps.clock.now();
  await store(deps, prepared, async (tx, key) => {
    await tx
      .insertInto('credentials')
      .values({
        id,
        kind: 'external',
        user_id: actor.userId,
        course_id: null,
        code: null,
        jwt: null,
        status_list: null,
        status_index: null,
        skill_slug: input.skill,
        title: input.title,
        issuer_name: input.issuerName,
        status: 'self_reported',
        issued_at: `${input.issuedOn}T00:00:00+05:00`,
        revoked_at: null,
        revoked_by: null,
        reviewed_at: null,
        reviewed_by: null,
        reason: null,
        created_at: now,
      })
      .execute();
    await tx.insertInto('media').values({ ...mediaColumns(prepared, key), owner_id: actor.userId, credential_id: id, created_at: now }).execute();
  });
  const row = await outsideQuery(deps.db).where('c.id', '=', id).executeTakeFirstOrThrow();
  return viewOf(row);
}

/** The admins' queue: outside certificates nobody has checked yet, oldest first. */
export async function outsideQueue(deps: Deps, actorIn: Actor | null | undefined): Promise<OutsideCertificateView[]> {
  requireAdmin(actorIn);
  const rows = await outsideQuery(deps.db).where('c.status', '=', 'self_reported').orderBy('c.created_at').limit(200).execute();
  return rows.map(viewOf);
}

export const outsideDecisionInput = z
  .object({
    decision: z
      .string({ error: 'field.choose' })
      .refine((d) => (OUTSIDE_DECISIONS as readonly string[]).includes(d), { error: 'field.choose' })
      .meta({ enum: [...OUTSIDE_DECISIONS] })
      .describe('verified: the proof matches what the person wrote; rejected: it does not (the certificate leaves their profile)'),
    reason: multiLine(1000).optional().describe('Why; required when rejecting (the person sees it)'),
  })
  .transform((v, ctx) => {
    const reason = v.reason ? v.reason : null;
    if (v.decision === 'rejected' && !reason) ctx.issues.push({ code: 'custom', message: 'field.required', path: ['reason'], input: v });
    else if (reason !== null && reason.length < 3) ctx.issues.push({ code: 'custom', message: 'field.too_short', params: { min: 3 }, path: ['reason'], input: v });
    return { decision: v.decision as (typeof OUTSIDE_DECISIONS)[number], reason };
  });

/**
 * An admin who has looked at the proof marks an outside certificate verified or rejected, once
 * (audited with the decision, before and after). A verified one shows on the profile as checked; a
 * rejected one leaves it.
 */
export async function decideOutsideCertificate(deps: Deps, actorIn: Actor | null | undefined, id: string, raw: unknown): Promise<OutsideCertificateView> {
  const actor = requireAdmin(actorIn);
  const input = parseWith(outsideDecisionInput, raw ?? {});
  if (!UUID.test(id)) throw new AppError('not_found');
  await deps.db.transaction().execute(async (tx) => {
    const c = await tx.selectFrom('credentials').select(['id', 'status', 'user_id']).where('id', '=', id).where('kind', '=', 'external').forUpdate().executeTakeFirst();
    if (!c) throw new AppError('not_found');
    if (c.status !== 'self_reported') throw new AppError('credentials.already_reviewed');
    const now = deps.clock.now();
    await tx.updateTable('credentials').set({ status: input.decision, reviewed_at: now, reviewed_by: actor.userId, reason: input.reason }).where('id', '=', id).execute();
    await tx
      .insertInto('audit_events')
      .values({ kind: 'credential.reviewed', actor_id: actor.userId, subject_id: id, data: JSON.stringify({ owner: c.user_id, before: 'self_reported', after: input.decision, reason: input.reason }), ip: null, created_at: now })
      .execute();
  });
  return viewOf(await outsideQuery(deps.db).where('c.id', '=', id).executeTakeFirstOrThrow());
}
