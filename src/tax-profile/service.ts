// The freelancer's tax profile (issue 19, docs/decisions/0053): its owner saves and reads it; staff
// (admins) read it only through use cases that append an audit row first. The CNIC is sealed with
// src/platform/secrets.ts before it reaches the database, and every view of the profile carries
// only its last four digits; the one way to read it whole is revealCnicAsStaff, which needs a
// written reason and is audited. No audit row, log line or answer carries the CNIC.
//
// taxProfileFacts() is what the assistant (/tax), the statements and the reminders read; its name
// and shape are a contract between the tax modules.
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { isUuid } from '../favourites/domain.ts';
import { karachiDay } from '../fx/service.ts';
import { attachmentDisposition, storageKey } from '../media/domain.ts';
import { mediaColumns, mediaUrl, type Prepared, prepareAttachment, purgeSoon, store, storeWithin, type Upload } from '../media/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { fieldErrors, parseWith } from '../platform/forms.ts';
import { type Money, money } from '../platform/money.ts';
import { open, type SecretKeys, SecretUnreadable, seal, sealedWithOldKey, secretKeys } from '../platform/secrets.ts';
import type { Province } from '../tax/tables.ts';
import { CHECKLIST, type ChecklistStep, isChecklistStep, type Step } from './checklist.ts';
import { cnicLast4, formatCnic, maskCnic, type PsebState, psebExpiryProblem, psebState, revealInput, type TaxProfileInput, taxProfileInput } from './domain.ts';

/** What the tax rules need to know about a person; never the CNIC. */
export interface TaxProfileFacts {
  /**
   * The NTN as it may be shown: an entity's 7 digits (with its check digit), or, for an individual
   * whose NTN is their CNIC, the masked CNIC (•••••-••••567-1): never the CNIC in the clear.
   */
  ntn: string | null;
  psebNumber: string | null;
  /** YYYY-MM-DD, when they gave one. */
  psebExpiresOn: string | null;
  filer: boolean;
  province: Province | null;
  hasSalary: boolean;
  /** Yearly, in PKR; null without a salary. */
  salary: Money | null;
}

export async function taxProfileFacts(db: Executor, userId: string): Promise<TaxProfileFacts | null> {
  const row = await db
    .selectFrom('tax_profiles')
    .select(['ntn', 'ntn_is_cnic', 'cnic_last4', 'pseb_number', 'filer', 'province', 'has_salary', 'salary_minor'])
    .select((eb) => eb.fn<string | null>('to_char', [eb.ref('pseb_expires_on'), eb.val('YYYY-MM-DD')]).as('pseb_expires'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ntn: row.ntn_is_cnic && row.cnic_last4 ? maskCnic(row.cnic_last4) : row.ntn,
    psebNumber: row.pseb_number,
    psebExpiresOn: row.pseb_expires,
    filer: row.filer,
    province: row.province,
    hasSalary: row.has_salary,
    salary: row.salary_minor === null ? null : money(BigInt(row.salary_minor), 'PKR'),
  };
}

/**
 * The NTN in full, for the documents the freelancer issues under it: a client's invoice and their
 * own year statement (issue 19: "a client's invoice shows the freelancer's NTN when they gave one").
 * An individual's NTN is their CNIC, kept sealed (0048): it is opened here only for those documents,
 * which is why the profile form says where the NTN appears. Null when they gave none or it cannot be
 * opened (a key dropped from SECRETS_KEYS).
 */
export async function ntnForDocuments(deps: Pick<Deps, 'db' | 'config'>, userId: string): Promise<string | null> {
  const row = await deps.db.selectFrom('tax_profiles').select(['ntn', 'ntn_is_cnic', 'cnic_sealed']).where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  if (!row.ntn_is_cnic) return row.ntn;
  if (!row.cnic_sealed) return null;
  try {
    return formatCnic(open(secretKeys(deps.config), row.cnic_sealed));
  } catch (e) {
    if (e instanceof SecretUnreadable) return null;
    throw e;
  }
}

/** Registered with PSEB on this day (YYYY-MM-DD): a number and an expiry not yet passed. */
export const psebRegisteredOn = (facts: TaxProfileFacts | null, day: string): boolean => !!facts?.psebNumber && !!facts.psebExpiresOn && facts.psebExpiresOn >= day;

// --- Reading ------------------------------------------------------------------------------------

export interface CertificateInfo {
  key: string;
  /** The owner's download (/media/<key>/file); staff use the audited admin route instead. */
  url: string;
  name: string;
  contentType: string;
  bytes: number;
  uploadedAt: Date;
}

/** The profile as its owner and staff see it: the CNIC only as its last four digits. */
export interface TaxProfileView {
  /** False until the person first saves the form: every other field then has its empty value. */
  saved: boolean;
  ntn: { kind: 'cnic' | 'entity'; shown: string } | null;
  cnic: { masked: string; last4: string } | null;
  psebNumber: string | null;
  psebExpiresOn: string | null;
  /** Of the expiry, on today's date in Pakistan. */
  psebState: PsebState | null;
  certificate: CertificateInfo | null;
  filer: boolean;
  province: Province | null;
  hasSalary: boolean;
  salary: Money | null;
  updatedAt: Date | null;
}

/** A staff look at someone's tax profile, as the audit log has it. */
export interface StaffLook {
  kind: 'viewed' | 'cnic_revealed' | 'certificate_opened';
  at: Date;
  /** Only on the staff view: who looked. */
  staffName?: string;
  /** A reveal's reason, on the staff view only. */
  reason?: string;
}

export const STAFF_KINDS = { viewed: 'tax_profile.viewed', cnic_revealed: 'tax_profile.cnic_revealed', certificate_opened: 'tax_profile.certificate_opened' } as const;

const today = (deps: Pick<Deps, 'clock'>) => karachiDay(deps.clock.now());

async function loadRow(db: Executor, userId: string, lock = false) {
  let q = db
    .selectFrom('tax_profiles as p')
    .leftJoin('media as m', 'm.id', 'p.pseb_certificate_media_id')
    .select([
      'p.ntn',
      'p.ntn_is_cnic',
      'p.cnic_sealed',
      'p.cnic_last4',
      'p.pseb_number',
      'p.pseb_certificate_media_id',
      'p.filer',
      'p.province',
      'p.has_salary',
      'p.salary_minor',
      'p.updated_at',
      'm.key as cert_key',
      'm.file_name as cert_name',
      'm.content_type as cert_type',
      'm.bytes as cert_bytes',
      'm.created_at as cert_at',
    ])
    .select((eb) => eb.fn<string | null>('to_char', [eb.ref('p.pseb_expires_on'), eb.val('YYYY-MM-DD')]).as('pseb_expires'))
    .where('p.user_id', '=', userId);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
type Row = NonNullable<Awaited<ReturnType<typeof loadRow>>>;

function viewOf(row: Row | undefined, day: string): TaxProfileView {
  if (!row) {
    return { saved: false, ntn: null, cnic: null, psebNumber: null, psebExpiresOn: null, psebState: null, certificate: null, filer: false, province: null, hasSalary: false, salary: null, updatedAt: null };
  }
  const masked = row.cnic_last4 ? maskCnic(row.cnic_last4) : null;
  return {
    saved: true,
    ntn: row.ntn_is_cnic && masked ? { kind: 'cnic', shown: masked } : row.ntn ? { kind: 'entity', shown: row.ntn } : null,
    cnic: masked && row.cnic_last4 ? { masked, last4: row.cnic_last4 } : null,
    psebNumber: row.pseb_number,
    psebExpiresOn: row.pseb_expires,
    psebState: row.pseb_expires ? psebState(row.pseb_expires, day) : null,
    certificate: row.cert_key
      ? { key: row.cert_key, url: mediaUrl(row.cert_key, 'file'), name: row.cert_name ?? 'certificate', contentType: row.cert_type ?? 'application/pdf', bytes: row.cert_bytes ?? 0, uploadedAt: row.cert_at ?? row.updated_at }
      : null,
    filer: row.filer,
    province: row.province,
    hasSalary: row.has_salary,
    salary: row.salary_minor === null ? null : money(BigInt(row.salary_minor), 'PKR'),
    updatedAt: row.updated_at,
  };
}

async function staffLooks(db: Executor, userId: string, withNames: boolean, limit = 20): Promise<StaffLook[]> {
  const rows = await db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.kind', 'a.created_at', 'a.data', 'u.display_name'])
    .where('a.subject_id', '=', userId)
    .where('a.kind', 'in', Object.values(STAFF_KINDS))
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const kind = (Object.keys(STAFF_KINDS) as StaffLook['kind'][]).find((k) => STAFF_KINDS[k] === r.kind)!;
    const look: StaffLook = { kind, at: r.created_at };
    if (withNames) {
      look.staffName = r.display_name ?? '';
      const reason = (r.data as { reason?: unknown }).reason;
      if (typeof reason === 'string') look.reason = reason;
    }
    return look;
  });
}

/** The signed-in person's own profile, and when staff last looked at it (without their names). */
export async function getOwnTaxProfile(deps: Deps, actorIn: Actor | null): Promise<{ profile: TaxProfileView; staffLooks: StaffLook[] }> {
  const actor = requireActor(actorIn);
  const [row, looks] = await Promise.all([loadRow(deps.db, actor.userId), staffLooks(deps.db, actor.userId, false, 10)]);
  return { profile: viewOf(row, today(deps)), staffLooks: looks };
}

// --- Saving -------------------------------------------------------------------------------------

async function audit(tx: Executor, deps: Pick<Deps, 'clock'>, actorId: string | null, kind: string, subjectId: string, data: Record<string, unknown> = {}, ip: string | null = null) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actorId, subject_id: subjectId, data: JSON.stringify(data), ip, created_at: deps.clock.now() }).execute();
}

/** The sealed value's plaintext, or null when no listed key opens it. */
function readable(keys: SecretKeys, sealed: string): string | null {
  try {
    return open(keys, sealed);
  } catch (e) {
    if (e instanceof SecretUnreadable) return null;
    throw e;
  }
}

interface NewCertificate {
  prepared: Prepared;
  key: string;
}

/**
 * Writes the profile in the caller's transaction: the CNIC sealed (a value sealed with a retired key
 * is sealed again with the current one), a new certificate recorded and the old one let go. Returns
 * whether a certificate was replaced (its files are purged after the commit).
 */
async function writeProfile(tx: Tx, deps: Pick<Deps, 'clock' | 'config'>, userId: string, input: TaxProfileInput, actorId: string | null, cert: NewCertificate | null): Promise<{ replaced: boolean }> {
  const now = deps.clock.now();
  const keys = secretKeys(deps.config);
  const existing = await loadRow(tx, userId, true);

  let sealed = existing?.cnic_sealed ?? null;
  let last4 = existing?.cnic_last4 ?? null;
  const changed: string[] = [];
  if (input.cnic.action === 'set') {
    if (!sealed || readable(keys, sealed) !== input.cnic.digits) changed.push('cnic');
    sealed = seal(keys, input.cnic.digits);
    last4 = cnicLast4(input.cnic.digits);
  } else if (input.cnic.action === 'remove') {
    if (sealed) changed.push('cnic');
    sealed = null;
    last4 = null;
  } else if (sealed && sealedWithOldKey(keys, sealed)) {
    // Key rotation: a save re-seals with the current key (decision 0053); a value whose key is gone
    // stays as it is (only a new CNIC can replace it).
    const digits = readable(keys, sealed);
    if (digits !== null) sealed = seal(keys, digits);
  }
  if (input.ntn.kind === 'cnic' && !sealed) throw new AppError('validation.failed', {}, { cnic: { key: 'field.tax_cnic_for_ntn' } });

  let certificateId = existing?.pseb_certificate_media_id ?? null;
  if (cert) {
    const media = await tx
      .insertInto('media')
      .values({ ...mediaColumns(cert.prepared, cert.key), owner_id: userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    certificateId = media.id;
    changed.push('pseb_certificate');
  }

  const cols = {
    ntn: input.ntn.kind === 'entity' ? input.ntn.number : null,
    ntn_is_cnic: input.ntn.kind === 'cnic',
    cnic_sealed: sealed,
    cnic_last4: last4,
    pseb_number: input.psebNumber,
    pseb_expires_on: input.psebExpiresOn,
    pseb_certificate_media_id: certificateId,
    filer: input.filer,
    province: input.province,
    has_salary: input.hasSalary,
    salary_minor: input.salary ? input.salary.amount.toString() : null,
    updated_at: now,
  };
  if (existing) {
    const was: Record<string, unknown> = {
      ntn: existing.ntn_is_cnic ? 'cnic' : existing.ntn,
      pseb_number: existing.pseb_number,
      pseb_expires_on: existing.pseb_expires,
      filer: existing.filer,
      province: existing.province,
      has_salary: existing.has_salary,
      salary: existing.salary_minor,
    };
    const now_: Record<string, unknown> = { ntn: cols.ntn_is_cnic ? 'cnic' : cols.ntn, pseb_number: cols.pseb_number, pseb_expires_on: cols.pseb_expires_on, filer: cols.filer, province: cols.province, has_salary: cols.has_salary, salary: cols.salary_minor };
    for (const k of Object.keys(was)) if (was[k] !== now_[k]) changed.push(k);
    await tx.updateTable('tax_profiles').set(cols).where('user_id', '=', userId).execute();
  } else {
    changed.push('created');
    await tx
      .insertInto('tax_profiles')
      .values({ user_id: userId, ...cols, created_at: now })
      .execute();
  }
  const replaced = !!cert && !!existing?.pseb_certificate_media_id;
  if (replaced) await tx.deleteFrom('media').where('id', '=', existing!.pseb_certificate_media_id!).execute();
  // The names of what changed, never the values: the CNIC must not reach the audit log.
  await audit(tx, deps, actorId, 'tax_profile.saved', userId, { fields: changed });
  return { replaced };
}

/** Field messages for what the schema cannot check alone: the expiry's distance from today. */
function checkAgainstToday(input: TaxProfileInput, day: string, fields: FieldErrors): void {
  if (!input.psebExpiresOn) return;
  const problem = psebExpiryProblem(input.psebExpiresOn, day);
  if (problem) fields.pseb_expires_on = { key: problem.key, params: problem.params };
}

/** A certificate checked and re-encoded (PDF, JPEG or PNG only), or the field message why not. */
async function prepareCertificate(upload: Upload, fields: FieldErrors): Promise<Prepared | null> {
  try {
    return await prepareAttachment(upload, 'tax_certificate');
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500) throw e;
    fields.certificate = { key: `errors.${e.code}`, params: e.params };
    return null;
  }
}

/**
 * Saves the signed-in person's tax profile from the form or the API, with the PSEB certificate when
 * one is sent. Everything is checked first (fields and file together, so the form shows every
 * message at once); on any refusal nothing is stored, not even the file.
 */
export async function saveTaxProfile(deps: Deps, actorIn: Actor | null, raw: unknown, upload: Upload | null = null): Promise<TaxProfileView> {
  const actor = requireActor(actorIn);
  const fields: FieldErrors = {};
  const parsed = taxProfileInput.safeParse(raw ?? {}, { reportInput: true });
  if (parsed.success) checkAgainstToday(parsed.data, today(deps), fields);
  else Object.assign(fields, fieldErrors(parsed.error));
  const prepared = upload ? await prepareCertificate(upload, fields) : null;
  if (!parsed.success || Object.keys(fields).length > 0) throw new AppError('validation.failed', {}, fields);
  const input = parsed.data;
  const { replaced } = prepared
    ? await store(deps, prepared, (tx, key) => writeProfile(tx, deps, actor.userId, input, actor.userId, { prepared, key }))
    : await deps.db.transaction().execute((tx) => writeProfile(tx, deps, actor.userId, input, actor.userId, null));
  if (replaced) await purgeSoon(deps);
  return viewOf(await loadRow(deps.db, actor.userId), today(deps));
}

/** Adds or replaces the PSEB certificate alone (PUT /api/v1/tax/profile/certificate). */
export async function setCertificate(deps: Deps, actorIn: Actor | null, upload: Upload | null): Promise<CertificateInfo> {
  const actor = requireActor(actorIn);
  if (!upload) throw new AppError('media.missing');
  const prepared = await prepareAttachment(upload, 'tax_certificate');
  const now = deps.clock.now();
  const old = await store(deps, prepared, async (tx, key) => {
    const media = await tx
      .insertInto('media')
      .values({ ...mediaColumns(prepared, key), owner_id: actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await tx.selectFrom('tax_profiles').select('pseb_certificate_media_id').where('user_id', '=', actor.userId).forUpdate().executeTakeFirst();
    if (before) await tx.updateTable('tax_profiles').set({ pseb_certificate_media_id: media.id, updated_at: now }).where('user_id', '=', actor.userId).execute();
    else await tx.insertInto('tax_profiles').values({ user_id: actor.userId, pseb_certificate_media_id: media.id, created_at: now, updated_at: now }).execute();
    if (before?.pseb_certificate_media_id) await tx.deleteFrom('media').where('id', '=', before.pseb_certificate_media_id).execute();
    await audit(tx, deps, actor.userId, 'tax_profile.saved', actor.userId, { fields: ['pseb_certificate'] });
    return before?.pseb_certificate_media_id ?? null;
  });
  if (old) await purgeSoon(deps);
  const view = viewOf(await loadRow(deps.db, actor.userId), today(deps));
  return view.certificate!;
}

/** Removes the PSEB certificate; not_found when there is none. */
export async function removeCertificate(deps: Deps, actorIn: Actor | null): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('tax_profiles').select('pseb_certificate_media_id').where('user_id', '=', actor.userId).forUpdate().executeTakeFirst();
    if (!row?.pseb_certificate_media_id) throw new AppError('not_found');
    await tx.updateTable('tax_profiles').set({ pseb_certificate_media_id: null, updated_at: deps.clock.now() }).where('user_id', '=', actor.userId).execute();
    await tx.deleteFrom('media').where('id', '=', row.pseb_certificate_media_id).execute();
    await audit(tx, deps, actor.userId, 'tax_profile.certificate_removed', actor.userId);
  });
  await purgeSoon(deps);
}

/** Forgets the CNIC (and an NTN that was the CNIC); not_found when none is on file. */
export async function removeCnic(deps: Deps, actorIn: Actor | null): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const gone = await tx
      .updateTable('tax_profiles')
      .set({ cnic_sealed: null, cnic_last4: null, ntn_is_cnic: false, updated_at: deps.clock.now() })
      .where('user_id', '=', actor.userId)
      .where('cnic_sealed', 'is not', null)
      .returning('user_id')
      .executeTakeFirst();
    if (!gone) throw new AppError('not_found');
    await audit(tx, deps, actor.userId, 'tax_profile.cnic_removed', actor.userId);
  });
}

// --- Staff --------------------------------------------------------------------------------------

export interface StaffSubject {
  userId: string;
  displayName: string;
  email: string;
  handle: string;
}

/** Staff only; for anyone else the profile does not exist (not_found, as for a stranger's file). */
async function subjectForStaff(db: Executor, actorIn: Actor | null, userId: string): Promise<{ staff: Actor; person: StaffSubject }> {
  const staff = requireActor(actorIn);
  if (!staff.isAdmin || !isUuid(userId)) throw new AppError('not_found');
  const u = await db.selectFrom('users').select(['id', 'display_name', 'email', 'handle']).where('id', '=', userId).executeTakeFirst();
  if (!u) throw new AppError('not_found');
  return { staff, person: { userId: u.id, displayName: u.display_name, email: u.email, handle: u.handle } };
}

export interface StaffTaxView {
  person: StaffSubject;
  profile: TaxProfileView;
  looks: StaffLook[];
  /** Only after an explicit, audited reveal: the CNIC as the card prints it. */
  revealedCnic?: string;
}

/** An admin's look at someone's tax profile: the audit row is written before anything is read. */
export async function viewTaxProfileAsStaff(deps: Deps, actorIn: Actor | null, userId: string, ip: string | null = null): Promise<StaffTaxView> {
  return deps.db.transaction().execute(async (tx) => {
    const { staff, person } = await subjectForStaff(tx, actorIn, userId);
    await audit(tx, deps, staff.userId, STAFF_KINDS.viewed, person.userId, {}, ip);
    const row = await loadRow(tx, person.userId);
    return { person, profile: viewOf(row, today(deps)), looks: await staffLooks(tx, person.userId, true) };
  });
}

/**
 * The whole CNIC, for an admin who says why (at least REVEAL_REASON_MIN characters): the reason goes
 * into the audit row (the number does not), and the answer is the profile page with the number.
 */
export async function revealCnicAsStaff(deps: Deps, actorIn: Actor | null, userId: string, raw: unknown, ip: string | null = null): Promise<StaffTaxView> {
  return deps.db.transaction().execute(async (tx) => {
    const { staff, person } = await subjectForStaff(tx, actorIn, userId);
    const { reason } = parseWith(revealInput, raw);
    const row = await loadRow(tx, person.userId);
    if (!row?.cnic_sealed) throw new AppError('not_found');
    await audit(tx, deps, staff.userId, STAFF_KINDS.cnic_revealed, person.userId, { reason }, ip);
    const digits = open(secretKeys(deps.config), row.cnic_sealed);
    return { person, profile: viewOf(row, today(deps)), looks: await staffLooks(tx, person.userId, true), revealedCnic: formatCnic(digits) };
  });
}

/** The PSEB certificate's file for an admin, after its audit row (openMedia serves it to its owner only). */
export async function openCertificateAsStaff(deps: Deps, actorIn: Actor | null, userId: string, ip: string | null = null) {
  const found = await deps.db.transaction().execute(async (tx) => {
    const { staff, person } = await subjectForStaff(tx, actorIn, userId);
    const row = await loadRow(tx, person.userId);
    if (!row?.cert_key) throw new AppError('not_found');
    await audit(tx, deps, staff.userId, STAFF_KINDS.certificate_opened, person.userId, { file: row.cert_name }, ip);
    return row;
  });
  const file = await deps.storage.open(storageKey(found.cert_key!, 'file'));
  if (!file) throw new AppError('not_found');
  return { ...file, contentType: found.cert_type ?? 'application/octet-stream', disposition: attachmentDisposition(found.cert_name ?? 'certificate') };
}

export interface StaffListEntry {
  userId: string;
  displayName: string;
  handle: string;
  hasCertificate: boolean;
  updatedAt: Date;
}

/**
 * The people with a tax profile, newest change first, for the admin list: names and whether a
 * certificate waits to be checked, nothing from the profile itself (that view is audited).
 */
export async function listTaxProfilesForStaff(deps: Deps, actorIn: Actor | null, limit = 200): Promise<StaffListEntry[]> {
  const staff = requireActor(actorIn);
  if (!staff.isAdmin) throw new AppError('not_found');
  const rows = await deps.db
    .selectFrom('tax_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.user_id', 'u.display_name', 'u.handle', 'p.pseb_certificate_media_id', 'p.updated_at'])
    .orderBy('p.updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, handle: r.handle, hasCertificate: r.pseb_certificate_media_id !== null, updatedAt: r.updated_at }));
}

// --- The checklist ------------------------------------------------------------------------------

export interface ChecklistEntry {
  step: Step;
  doneAt: Date | null;
  /** What the profile already says about this step (a message key), when it says something. */
  fromProfile: string | null;
}

/** The registration steps with the person's own ticks, and what their profile already shows. */
export async function getChecklist(deps: Deps, actorIn: Actor | null): Promise<ChecklistEntry[]> {
  const actor = requireActor(actorIn);
  const [ticks, facts] = await Promise.all([
    deps.db.selectFrom('tax_checklist_ticks').select(['step', 'done_at']).where('user_id', '=', actor.userId).execute(),
    taxProfileFacts(deps.db, actor.userId),
  ]);
  const done = new Map(ticks.map((t) => [t.step, t.done_at]));
  const day = today(deps);
  const hint = (step: ChecklistStep): string | null => {
    if (step === 'ntn' && facts?.ntn) return 'tax_profile.checklist.profile_ntn';
    if (step === 'pseb' && psebRegisteredOn(facts, day)) return 'tax_profile.checklist.profile_pseb';
    if (step === 'tax_return' && facts?.filer) return 'tax_profile.checklist.profile_filer';
    return null;
  };
  return CHECKLIST.map((step) => ({ step, doneAt: done.get(step.id) ?? null, fromProfile: hint(step.id) }));
}

/** Ticks or unticks one step of the signed-in person's checklist; an unknown step is not_found. */
export async function setChecklistTick(deps: Deps, actorIn: Actor | null, step: string, done: boolean): Promise<void> {
  const actor = requireActor(actorIn);
  if (!isChecklistStep(step)) throw new AppError('not_found');
  if (done) {
    await deps.db
      .insertInto('tax_checklist_ticks')
      .values({ user_id: actor.userId, step, done_at: deps.clock.now() })
      .onConflict((oc) => oc.columns(['user_id', 'step']).doNothing())
      .execute();
  } else {
    await deps.db.deleteFrom('tax_checklist_ticks').where('user_id', '=', actor.userId).where('step', '=', step).execute();
  }
}

// --- The demo seed and key rotation --------------------------------------------------------------

/**
 * For the demo seed, inside its transaction: the same checks and writes as the form (the body is
 * what PUT /api/v1/tax/profile takes), a certificate made by the seed (stored with storeWithin, so
 * only for files the seed makes itself), and checklist ticks. No audit actor: the row says null.
 */
export async function saveTaxProfileForSeed(
  tx: Tx,
  deps: Deps,
  userId: string,
  body: Record<string, unknown>,
  extra: { certificate?: Upload; ticks?: readonly ChecklistStep[] } = {},
): Promise<void> {
  const input = parseWith(taxProfileInput, body);
  const fields: FieldErrors = {};
  checkAgainstToday(input, today(deps), fields);
  if (Object.keys(fields).length > 0) throw new AppError('validation.failed', {}, fields);
  if (extra.certificate) {
    const prepared = await prepareAttachment(extra.certificate, 'tax_certificate');
    await storeWithin(deps, tx, prepared, (t, key) => writeProfile(t, deps, userId, input, null, { prepared, key }));
  } else {
    await writeProfile(tx, deps, userId, input, null, null);
  }
  for (const step of extra.ticks ?? []) {
    await tx
      .insertInto('tax_checklist_ticks')
      .values({ user_id: userId, step, done_at: deps.clock.now() })
      .onConflict((oc) => oc.columns(['user_id', 'step']).doNothing())
      .execute();
  }
}

/**
 * After a key rotation (SECRETS_KEYS="new:...,old:..."), seals every CNIC still under a retired key
 * with the current one, a batch at a time; returns how many it re-sealed. Once it returns 0 the old
 * key can be dropped from SECRETS_KEYS.
 */
export async function resealCnics(deps: Pick<Deps, 'db' | 'config'>, batch = 200): Promise<number> {
  const keys = secretKeys(deps.config);
  let total = 0;
  for (;;) {
    const n = await deps.db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('tax_profiles')
        .select(['user_id', 'cnic_sealed'])
        .where('cnic_sealed', 'is not', null)
        .where(sql<boolean>`split_part(cnic_sealed, '.', 2) <> ${keys.current.id}`)
        .limit(batch)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const r of rows) await tx.updateTable('tax_profiles').set({ cnic_sealed: seal(keys, open(keys, r.cnic_sealed!)) }).where('user_id', '=', r.user_id).execute();
      return rows.length;
    });
    total += n;
    if (n < batch) return total;
  }
}
