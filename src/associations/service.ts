// Association use cases (docs/decisions/0064-associations.md): the list and each association's
// page, starting one, joining (open or by request) and leaving, officers deciding requests,
// removing members and appointing officers, the opt-in member directory, announcements to members
// (in-app and mail in each member's language, through notify()), monthly dues collected by a daily
// job from members' Hunar balances into the association's own ledger account, the statement of that
// account, and admins suspending or reinstating an association (audited).
//
// Who may: anyone reads the list and a page (about, rules, officers, how many members); members in
// good standing (membership.ts: active member of an active association) read announcements, the
// directory and the statement; officers act on members, announce and set dues; admins suspend.
// Money moves only through the ledger, in the transaction that records the charge.
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { type EventView, listEvents } from '../events/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, post } from '../ledger/service.ts';
import { notify } from '../notifications/notify.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { Locale } from '../platform/i18n.ts';
import { type Money, money } from '../platform/money.ts';
import { minimumsOfAssociation } from '../rates/service.ts';
import {
  announcementInput,
  associationEditInput,
  associationInput,
  type DuesInput,
  duesDecision,
  duesInput,
  duesPeriod,
  inLanguage,
  joinOutcome,
  MAX_FOUNDED,
  mayLeave,
  periodStart,
  suspendInput,
} from './domain.ts';
import { type Membership, membershipOf } from './membership.ts';
import type { AssociationStatus, DuesChargeStatus, JoinMode, MemberRole, MemberStatus } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// --- Reading ---------------------------------------------------------------------------------------

export interface Named {
  slug: string;
  nameEn: string;
  nameUr: string;
}

export interface Association {
  id: string;
  slug: string;
  nameEn: string | null;
  nameUr: string | null;
  aboutEn: string | null;
  aboutUr: string | null;
  rulesEn: string | null;
  rulesUr: string | null;
  city: Named | null;
  skill: Named | null;
  joinMode: JoinMode;
  status: AssociationStatus;
  suspendedReason: string | null;
  createdAt: Date;
  members: number;
}

const associationQuery = (db: Executor) =>
  db
    .selectFrom('associations as a')
    .leftJoin('cities as c', 'c.slug', 'a.city_slug')
    .leftJoin('skills as s', 's.slug', 'a.skill_slug')
    .selectAll('a')
    .select(['c.name_en as city_en', 'c.name_ur as city_ur', 's.name_en as skill_en', 's.name_ur as skill_ur'])
    .select(sql<string>`(SELECT count(*) FROM association_members m WHERE m.association_id = a.id AND m.status = 'active')`.as('member_count'));

type AssociationRow = NonNullable<Awaited<ReturnType<ReturnType<typeof associationQuery>['executeTakeFirst']>>>;

function toAssociation(r: AssociationRow): Association {
  return {
    id: r.id,
    slug: r.slug,
    nameEn: r.name_en,
    nameUr: r.name_ur,
    aboutEn: r.about_en,
    aboutUr: r.about_ur,
    rulesEn: r.rules_en,
    rulesUr: r.rules_ur,
    city: r.city_slug ? { slug: r.city_slug, nameEn: r.city_en ?? r.city_slug, nameUr: r.city_ur ?? r.city_slug } : null,
    skill: r.skill_slug ? { slug: r.skill_slug, nameEn: r.skill_en ?? r.skill_slug, nameUr: r.skill_ur ?? r.skill_slug } : null,
    joinMode: r.join_mode,
    status: r.status,
    suspendedReason: r.suspended_reason,
    createdAt: r.created_at,
    members: Number(r.member_count),
  };
}

/** Active associations, largest first; filtered by a city or a skill slug. */
export async function listAssociations(deps: Pick<Deps, 'db'>, opts: { city?: string | undefined; skill?: string | undefined } = {}): Promise<Association[]> {
  let q = associationQuery(deps.db).where('a.status', '=', 'active');
  if (opts.city) q = q.where('a.city_slug', '=', opts.city.slice(0, 60));
  if (opts.skill) q = q.where('a.skill_slug', '=', opts.skill.slice(0, 60));
  const rows = await q.orderBy('member_count', 'desc').orderBy('a.created_at').limit(200).execute();
  return rows.map(toAssociation);
}

async function associationBySlug(db: Executor, slug: string): Promise<Association> {
  const row = await associationQuery(db).where('a.slug', '=', slug.toLowerCase().slice(0, 60)).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return toAssociation(row);
}

export interface MemberView {
  userId: string;
  displayName: string;
  handle: string;
  role: MemberRole;
  status: MemberStatus;
  inDirectory: boolean;
  requestedAt: Date;
  joinedAt: Date | null;
}

const memberQuery = (db: Executor, associationId: string) =>
  db
    .selectFrom('association_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.role', 'm.status', 'm.in_directory', 'm.requested_at', 'm.joined_at', 'u.display_name', 'u.handle'])
    .where('m.association_id', '=', associationId);

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberQuery>['execute']>>[number];
const toMember = (r: MemberRow): MemberView => ({
  userId: r.user_id,
  displayName: r.display_name,
  handle: String(r.handle),
  role: r.role,
  status: r.status,
  inDirectory: r.in_directory,
  requestedAt: r.requested_at,
  joinedAt: r.joined_at,
});

export interface Announcement {
  id: string;
  author: string;
  titleEn: string | null;
  titleUr: string | null;
  bodyEn: string | null;
  bodyUr: string | null;
  createdAt: Date;
}

export interface Dues {
  amount: Money;
  dayOfMonth: number;
}

export interface DuesCharge {
  userId: string;
  displayName: string;
  period: string;
  amount: Money;
  status: DuesChargeStatus;
  paidAt: Date | null;
}

export interface AssociationPage {
  association: Association;
  /** The viewer's row (any status), or null for a visitor or someone never involved. */
  mine: { status: MemberStatus; role: MemberRole; inDirectory: boolean } | null;
  /** A member in good standing (membership.ts); only they read announcements and the statement. */
  membership: Membership | null;
  officers: MemberView[];
  announcements: Announcement[];
  dues: Dues | null;
  /** For officers: people waiting for a decision, oldest first. */
  requests: MemberView[];
  isAdmin: boolean;
  /** The next few events the viewer may see (members-only ones to members), soonest first; none while suspended. */
  events: EventView[];
  /** The association's recommended minimum rates per skill (src/rates), in rupees. */
  minimums: { skill: string; order: Money | null; hourly: Money | null }[];
}

/** How many upcoming events the page shows; the rest are on /associations/<slug>/events. */
export const PAGE_EVENTS = 3;

async function duesOf(db: Executor, associationId: string): Promise<Dues | null> {
  const d = await db.selectFrom('association_dues').selectAll().where('association_id', '=', associationId).executeTakeFirst();
  return d ? { amount: money(BigInt(d.amount_minor), d.currency), dayOfMonth: d.day_of_month } : null;
}

/** An association's page for this viewer. A suspended one is shown (with the admins' reason) but grants nothing. */
export async function associationPage(deps: Deps, viewer: Actor | null, slug: string): Promise<AssociationPage> {
  const association = await associationBySlug(deps.db, slug);
  const db = deps.db;
  const mineRow = viewer
    ? await db.selectFrom('association_members').select(['status', 'role', 'in_directory']).where('association_id', '=', association.id).where('user_id', '=', viewer.userId).executeTakeFirst()
    : undefined;
  const membership = viewer ? await membershipOf(db, association.id, viewer.userId) : null;
  const officers = (await memberQuery(db, association.id).where('m.status', '=', 'active').where('m.role', '=', 'officer').orderBy('m.joined_at').execute()).map(toMember);
  const announcements = membership
    ? (
        await db
          .selectFrom('association_announcements as n')
          .innerJoin('users as u', 'u.id', 'n.author_id')
          .select(['n.id', 'n.title_en', 'n.title_ur', 'n.body_en', 'n.body_ur', 'n.created_at', 'u.display_name'])
          .where('n.association_id', '=', association.id)
          .orderBy('n.created_at', 'desc')
          .limit(20)
          .execute()
      ).map((n) => ({ id: n.id, author: n.display_name, titleEn: n.title_en, titleUr: n.title_ur, bodyEn: n.body_en, bodyUr: n.body_ur, createdAt: n.created_at }))
    : [];
  const requests = membership?.role === 'officer' ? (await memberQuery(db, association.id).where('m.status', '=', 'pending').orderBy('m.requested_at').execute()).map(toMember) : [];
  return {
    association,
    mine: mineRow ? { status: mineRow.status, role: mineRow.role, inDirectory: mineRow.in_directory } : null,
    membership,
    officers,
    announcements,
    dues: await duesOf(db, association.id),
    requests,
    isAdmin: !!viewer?.isAdmin,
    events: association.status === 'active' ? (await listEvents(deps, viewer, { slug: association.slug, limit: PAGE_EVENTS })).events : [],
    minimums: (await minimumsOfAssociation(db, association.id)).map((m) => ({ skill: m.skill, order: m.order === null ? null : money(m.order, 'PKR'), hourly: m.hourly === null ? null : money(m.hourly, 'PKR') })),
  };
}

/** The association for an officer's action: 404 when unknown, 403 unless the actor is one of its officers in good standing. */
async function asOfficer(db: Executor, actor: Actor, slug: string): Promise<Association> {
  const a = await associationBySlug(db, slug);
  if (a.status !== 'active') throw new AppError('associations.suspended');
  const m = await membershipOf(db, a.id, actor.userId);
  if (m?.role !== 'officer') throw new AppError('associations.officers_only');
  return a;
}

async function asMember(db: Executor, actor: Actor, slug: string): Promise<{ association: Association; membership: Membership }> {
  const association = await associationBySlug(db, slug);
  const membership = await membershipOf(db, association.id, actor.userId);
  if (!membership) throw new AppError(association.status === 'active' ? 'associations.members_only' : 'associations.suspended');
  return { association, membership };
}

// --- Starting one ----------------------------------------------------------------------------------

/**
 * Any member in good standing of Hunar starts an association: a signed-in person whose e-mail is
 * verified (Hunar has no account suspension yet), who runs fewer than MAX_FOUNDED associations. They
 * become its first officer.
 */
export async function createAssociation(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<Association> {
  const actor = requireActor(actorIn);
  if (!actor.emailVerified) throw new AppError('associations.unverified');
  const input = parseWith(associationInput, raw);
  const now = deps.clock.now();
  try {
    await deps.db.transaction().execute(async (tx) => {
      const founded = await tx
        .selectFrom('associations as a')
        .innerJoin('association_members as m', (j) => j.onRef('m.association_id', '=', 'a.id').on('m.user_id', '=', actor.userId))
        .select(sql<string>`count(*)`.as('n'))
        .where('a.created_by', '=', actor.userId)
        .where('m.status', '=', 'active')
        .where('m.role', '=', 'officer')
        .executeTakeFirstOrThrow();
      if (Number(founded.n) >= MAX_FOUNDED) throw new AppError('associations.too_many', { max: MAX_FOUNDED });
      await checkCityAndSkill(tx, input);
      const a = await tx
        .insertInto('associations')
        .values({
          slug: input.slug,
          name_en: input.name_en,
          name_ur: input.name_ur,
          about_en: input.about_en,
          about_ur: input.about_ur,
          rules_en: input.rules_en,
          rules_ur: input.rules_ur,
          city_slug: input.city,
          skill_slug: input.skill,
          join_mode: input.join_mode,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx.insertInto('association_members').values({ association_id: a.id, user_id: actor.userId, status: 'active', role: 'officer', requested_at: now, joined_at: now, decided_by: actor.userId }).execute();
    });
  } catch (e) {
    if ((e as { constraint?: string }).constraint === 'associations_slug_key') throw new AppError('associations.slug_taken', {}, { slug: { key: 'errors.associations.slug_taken' } });
    throw e;
  }
  return associationBySlug(deps.db, input.slug);
}

/** A city and a skill the platform knows; both refused at once when both are unknown. */
async function checkCityAndSkill(db: Executor, input: { city: string | null; skill: string | null }): Promise<void> {
  const fields: FieldErrors = {};
  if (input.city && !(await db.selectFrom('cities').select('slug').where('slug', '=', input.city).executeTakeFirst())) fields.city = { key: 'field.choose' };
  if (input.skill && !(await db.selectFrom('skills').select('slug').where('slug', '=', input.skill).executeTakeFirst())) fields.skill = { key: 'field.choose' };
  if (Object.keys(fields).length) throw new AppError('validation.failed', {}, fields);
}

// --- Editing the page -------------------------------------------------------------------------------

/**
 * An officer edits the association's page after founding: names, about and rules in both languages,
 * how people join, its city and skill, with the same rules as starting one. The address (slug) stays:
 * notifications, calendar feeds and the private board link to it. Not in the audit log (officers are
 * not staff; decision 0071); the row keeps when it last changed. Turning joining to open leaves
 * waiting requests to the officers, who still decide them.
 */
export async function updateAssociation(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<Association> {
  const actor = requireActor(actorIn);
  const a = await asOfficer(deps.db, actor, slug);
  const input = parseWith(associationEditInput, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('associations').select('id').where('id', '=', a.id).forUpdate().execute();
    // Checked again under the lock: the actor may have been removed, or the association suspended, a moment ago.
    if ((await membershipOf(tx, a.id, actor.userId))?.role !== 'officer') throw new AppError('associations.officers_only');
    await checkCityAndSkill(tx, input);
    await tx
      .updateTable('associations')
      .set({
        name_en: input.name_en,
        name_ur: input.name_ur,
        about_en: input.about_en,
        about_ur: input.about_ur,
        rules_en: input.rules_en,
        rules_ur: input.rules_ur,
        city_slug: input.city,
        skill_slug: input.skill,
        join_mode: input.join_mode,
        updated_at: now,
      })
      .where('id', '=', a.id)
      .execute();
  });
  return associationBySlug(deps.db, a.slug);
}

/** The edit form for an officer (403 for anyone else): the association as it is now. */
export async function associationForEdit(deps: Pick<Deps, 'db'>, actorIn: Actor | null, slug: string): Promise<Association> {
  return asOfficer(deps.db, requireActor(actorIn), slug);
}

// --- Joining and leaving ---------------------------------------------------------------------------

/** Joins an open association at once, or asks to join one that takes requests. Twice: a 409, nothing changed. */
export async function join(deps: Deps, actorIn: Actor | null, slug: string): Promise<{ status: 'active' | 'pending' }> {
  const actor = requireActor(actorIn);
  const a = await associationBySlug(deps.db, slug);
  if (a.status !== 'active') throw new AppError('associations.suspended');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`association-member:${a.id}:${actor.userId}`}))`.execute(tx);
    const row = await tx.selectFrom('association_members').select('status').where('association_id', '=', a.id).where('user_id', '=', actor.userId).executeTakeFirst();
    const outcome = joinOutcome(a.joinMode, row?.status ?? null);
    if (!outcome.ok) throw new AppError(outcome.code);
    const values = {
      status: outcome.status,
      role: 'member' as const,
      in_directory: false,
      requested_at: now,
      joined_at: outcome.status === 'active' ? now : null,
      ended_at: null,
      decided_by: null,
    };
    if (row) await tx.updateTable('association_members').set(values).where('association_id', '=', a.id).where('user_id', '=', actor.userId).execute();
    else await tx.insertInto('association_members').values({ association_id: a.id, user_id: actor.userId, ...values }).execute();
    if (outcome.status === 'pending') await tellOfficersOfRequest(deps, tx, a, actor.userId);
    return { status: outcome.status };
  });
}

/** Each officer is told of a new request to join, in their language (in-app and mail, as their preferences say). */
async function tellOfficersOfRequest(deps: Deps, tx: Tx, a: Association, userId: string): Promise<void> {
  const who = await tx.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow();
  const officers = await tx
    .selectFrom('association_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.locale'])
    .where('m.association_id', '=', a.id)
    .where('m.status', '=', 'active')
    .where('m.role', '=', 'officer')
    .execute();
  for (const o of officers) {
    const association = inLanguage(o.locale, a.nameEn, a.nameUr)?.text ?? a.slug;
    await notify(deps, tx, { userId: o.user_id, kind: 'association_join_requested', params: { association, by: who.display_name }, link: `/associations/${a.slug}#requests` });
  }
}

/** A member leaves (or withdraws a request). The last officer stays while others remain. */
export async function leave(deps: Deps, actorIn: Actor | null, slug: string): Promise<void> {
  const actor = requireActor(actorIn);
  const a = await associationBySlug(deps.db, slug);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    // Officers' changes to one association are taken one at a time, so two officers leaving at once cannot leave none.
    await tx.selectFrom('associations').select('id').where('id', '=', a.id).forUpdate().execute();
    const row = await tx.selectFrom('association_members').select(['status', 'role']).where('association_id', '=', a.id).where('user_id', '=', actor.userId).executeTakeFirst();
    if (!row || (row.status !== 'active' && row.status !== 'pending')) throw new AppError('associations.not_member');
    if (row.status === 'active') {
      const counts = await countsOf(tx, a.id);
      if (!mayLeave(row.role, counts.officers, counts.members)) throw new AppError('associations.last_officer');
    }
    await tx
      .updateTable('association_members')
      .set({ status: 'left', role: 'member', in_directory: false, ended_at: now })
      .where('association_id', '=', a.id)
      .where('user_id', '=', actor.userId)
      .execute();
  });
}

async function countsOf(db: Executor, associationId: string): Promise<{ officers: number; members: number }> {
  const r = await db
    .selectFrom('association_members')
    .select([sql<string>`count(*) FILTER (WHERE role = 'officer')`.as('officers'), sql<string>`count(*)`.as('members')])
    .where('association_id', '=', associationId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return { officers: Number(r.officers), members: Number(r.members) };
}

/** A member lists themselves in the member directory, or takes themselves off it. */
export async function setInDirectory(deps: Deps, actorIn: Actor | null, slug: string, on: boolean): Promise<void> {
  const actor = requireActor(actorIn);
  const { association } = await asMember(deps.db, actor, slug);
  await deps.db.updateTable('association_members').set({ in_directory: on }).where('association_id', '=', association.id).where('user_id', '=', actor.userId).execute();
}

// --- Officers acting on members --------------------------------------------------------------------

export type MemberAction = 'approve' | 'reject' | 'remove' | 'appoint';

/**
 * An officer approves or turns down a request, removes a member, or appoints a member an officer.
 * Members who are not officers, and strangers, are refused (403); an officer removes themselves by
 * leaving.
 */
export async function actOnMember(deps: Deps, actorIn: Actor | null, slug: string, userId: string, action: MemberAction): Promise<void> {
  const actor = requireActor(actorIn);
  const a = await asOfficer(deps.db, actor, slug);
  if (!UUID.test(userId)) throw new AppError('not_found');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('associations').select('id').where('id', '=', a.id).forUpdate().execute();
    // Checked again under the lock: the actor may have been removed a moment ago.
    if ((await membershipOf(tx, a.id, actor.userId))?.role !== 'officer') throw new AppError('associations.officers_only');
    const row = await tx.selectFrom('association_members').select(['status', 'role']).where('association_id', '=', a.id).where('user_id', '=', userId).executeTakeFirst();
    if (!row) throw new AppError('not_found');
    const where = (q: ReturnType<typeof tx.updateTable<'association_members'>>) => q.where('association_id', '=', a.id).where('user_id', '=', userId);
    if (action === 'approve' || action === 'reject') {
      if (row.status !== 'pending') throw new AppError('associations.not_pending');
      if (action === 'approve') {
        await where(tx.updateTable('association_members').set({ status: 'active', joined_at: now, decided_by: actor.userId })).execute();
        const user = await tx.selectFrom('users').select('locale').where('id', '=', userId).executeTakeFirstOrThrow();
        await notify(deps, tx, { userId, kind: 'association_joined', params: { association: inLanguage(user.locale, a.nameEn, a.nameUr)?.text ?? a.slug }, link: `/associations/${a.slug}` });
      } else {
        await where(tx.updateTable('association_members').set({ status: 'removed', ended_at: now, decided_by: actor.userId })).execute();
      }
      return;
    }
    if (row.status !== 'active') throw new AppError('associations.not_member');
    if (action === 'remove') {
      if (userId === actor.userId) throw new AppError('associations.own_removal');
      await where(tx.updateTable('association_members').set({ status: 'removed', role: 'member', in_directory: false, ended_at: now, decided_by: actor.userId })).execute();
      return;
    }
    if (row.role === 'officer') throw new AppError('associations.already_officer');
    await where(tx.updateTable('association_members').set({ role: 'officer', decided_by: actor.userId })).execute();
  });
}

export interface DirectoryPage {
  association: Association;
  membership: Membership;
  /** Members who chose to be listed (officers always are: they speak for the association). */
  listed: MemberView[];
  /** For officers: every active member, to manage. */
  everyone: MemberView[];
  inDirectory: boolean;
}

/** The member directory: members in good standing only; officers also get everyone, to manage. */
export async function directory(deps: Pick<Deps, 'db'>, actorIn: Actor | null, slug: string): Promise<DirectoryPage> {
  const actor = requireActor(actorIn);
  const { association, membership } = await asMember(deps.db, actor, slug);
  const active = (await memberQuery(deps.db, association.id).where('m.status', '=', 'active').orderBy('m.role', 'desc').orderBy('m.joined_at').execute()).map(toMember);
  return {
    association,
    membership,
    listed: active.filter((m) => m.inDirectory || m.role === 'officer'),
    everyone: membership.role === 'officer' ? active : [],
    inDirectory: active.find((m) => m.userId === actor.userId)?.inDirectory ?? false,
  };
}

// --- Announcements ---------------------------------------------------------------------------------

const EXCERPT = 300;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1).trimEnd()}…` : s);

/**
 * An officer announces something to the members. Each active member (but the author) is told in
 * their own language when the announcement was written in it (else in the other), in-app and by
 * mail as their notification preferences say.
 */
export async function announce(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<{ id: string; told: number }> {
  const actor = requireActor(actorIn);
  const a = await asOfficer(deps.db, actor, slug);
  const input = parseWith(announcementInput, raw);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const n = await tx
      .insertInto('association_announcements')
      .values({ association_id: a.id, author_id: actor.userId, title_en: input.title_en, title_ur: input.title_ur, body_en: input.body_en, body_ur: input.body_ur, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await tx
      .selectFrom('association_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'u.locale'])
      .where('m.association_id', '=', a.id)
      .where('m.status', '=', 'active')
      .where('m.user_id', '<>', actor.userId)
      .execute();
    for (const m of members) {
      const locale: Locale = m.locale;
      const name = inLanguage(locale, a.nameEn, a.nameUr)?.text ?? a.slug;
      const title = inLanguage(locale, input.title_en, input.title_ur)?.text ?? '';
      const body = inLanguage(locale, input.body_en, input.body_ur)?.text ?? '';
      await notify(deps, tx, { userId: m.user_id, kind: 'association_announcement', params: { association: name, title, excerpt: excerpt(body) }, link: `/associations/${a.slug}#announcement-${n.id}` });
    }
    return { id: n.id, told: members.length };
  });
}

// --- Dues -------------------------------------------------------------------------------------------

/** An officer sets the monthly dues (or stops them with 0). Members see the amount on the page. */
export async function setDues(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<Dues | null> {
  const actor = requireActor(actorIn);
  const a = await asOfficer(deps.db, actor, slug);
  const input: DuesInput = parseWith(duesInput, raw);
  const now = deps.clock.now();
  if (!input.amount) {
    await deps.db.deleteFrom('association_dues').where('association_id', '=', a.id).execute();
    return null;
  }
  const values = { amount_minor: input.amount.amount, currency: input.amount.currency, day_of_month: input.dayOfMonth, set_by: actor.userId, set_at: now };
  await deps.db
    .insertInto('association_dues')
    .values({ association_id: a.id, ...values })
    .onConflict((oc) => oc.column('association_id').doUpdateSet(values))
    .execute();
  return duesOf(deps.db, a.id);
}

const associationAccount = (associationId: string, currency: Money['currency']): AccountRef => ({ kind: 'association', refId: associationId, currency });

/**
 * The daily job: for every active association with dues whose collection day of this month (in
 * Asia/Karachi) has come, each active member pays the month's dues from their Hunar balance into the
 * association's account, once. A member whose balance is short pays nothing and is marked unpaid
 * (told once); they are tried again each day of the month. Each member is their own transaction,
 * so one short balance stops nobody else, and a second run moves nothing twice.
 */
export async function collectDues(deps: Deps): Promise<{ paid: number; unpaid: number }> {
  const now = deps.clock.now();
  let paid = 0;
  let unpaid = 0;
  const dues = await deps.db
    .selectFrom('association_dues as d')
    .innerJoin('associations as a', 'a.id', 'd.association_id')
    .select(['d.association_id', 'd.amount_minor', 'd.currency', 'd.day_of_month', 'a.slug', 'a.name_en', 'a.name_ur'])
    .where('a.status', '=', 'active')
    .execute();
  for (const d of dues) {
    const period = duesPeriod(now, d.day_of_month);
    if (!period) continue;
    const owing = await deps.db
      .selectFrom('association_members as m')
      .select('m.user_id')
      .where('m.association_id', '=', d.association_id)
      .where('m.status', '=', 'active')
      .where('m.joined_at', '<=', now)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('association_dues_charges as c').select('c.id').whereRef('c.association_id', '=', 'm.association_id').whereRef('c.user_id', '=', 'm.user_id').where('c.period', '=', period).where('c.status', '=', 'paid'))),
      )
      .execute();
    for (const { user_id: userId } of owing) {
      const outcome = await deps.db.transaction().execute((tx) => chargeDues(tx, deps, d, userId, period));
      if (outcome === 'paid') paid++;
      if (outcome === 'unpaid') unpaid++;
    }
  }
  return { paid, unpaid };
}

/** What the dues job needs of an association's dues. */
export interface DueRow {
  association_id: string;
  amount_minor: string;
  currency: 'PKR' | 'USD';
  slug: string;
  name_en: string | null;
  name_ur: string | null;
}

/**
 * One member's dues for one month, inside the caller's transaction (the job's, one per member; the
 * demo seed's): paid whole from their Hunar balance into the association's account, or marked unpaid
 * (told once) when the balance is short. null when there is nothing to do (paid already, or no
 * longer a member in good standing).
 */
export async function chargeDues(tx: Tx, deps: Deps, d: DueRow, userId: string, period: string): Promise<'paid' | 'unpaid' | null> {
  const now = deps.clock.now();
  if (!(await membershipOf(tx, d.association_id, userId))) return null;
  const inserted = await tx
    .insertInto('association_dues_charges')
    .values({ association_id: d.association_id, user_id: userId, period, amount_minor: BigInt(d.amount_minor), currency: d.currency, status: 'unpaid', first_tried_at: now, last_tried_at: now })
    .onConflict((oc) => oc.columns(['association_id', 'user_id', 'period']).doNothing())
    .returning('id')
    .executeTakeFirst();
  const charge = await tx.selectFrom('association_dues_charges').selectAll().where('association_id', '=', d.association_id).where('user_id', '=', userId).where('period', '=', period).forUpdate().executeTakeFirstOrThrow();
  if (charge.status === 'paid') return null;
  const amount = money(BigInt(charge.amount_minor), charge.currency);
  // The wallet's row is locked before reading it, so the balance cannot fall between the check and the move.
  const wallet = await tx
    .selectFrom('ledger_accounts')
    .select('balance')
    .where('kind', '=', 'client_wallet')
    .where('owner_id', '=', userId)
    .where('ref_id', 'is', null)
    .where('currency', '=', amount.currency)
    .forUpdate()
    .executeTakeFirst();
  const decision = duesDecision(wallet ? BigInt(wallet.balance) : 0n, amount.amount);
  if (decision === 'unpaid') {
    await tx.updateTable('association_dues_charges').set({ last_tried_at: now }).where('id', '=', charge.id).execute();
    if (inserted) {
      const user = await tx.selectFrom('users').select('locale').where('id', '=', userId).executeTakeFirstOrThrow();
      const name = inLanguage(user.locale, d.name_en, d.name_ur)?.text ?? d.slug;
      await notify(deps, tx, { userId, kind: 'association_dues_unpaid', params: { association: name, amount: { minor: amount.amount.toString(), currency: amount.currency }, date: periodStart(period) }, link: `/associations/${d.slug}/statement` });
    }
    return 'unpaid' as const;
  }
  const key = `association-dues:${d.association_id}:${userId}:${period}`;
  const txId = await post(tx, deps, {
    kind: 'association_dues',
    key,
    fingerprint: requestFingerprint(userId, 'associations.dues', { association: d.association_id, period, amount: amount.amount, currency: amount.currency }),
    actorId: null,
    reason: `Dues for ${period} to association ${d.slug}`,
    legs: [{ from: { kind: 'client_wallet', ownerId: userId, currency: amount.currency }, to: associationAccount(d.association_id, amount.currency), amount }],
  });
  await tx.updateTable('association_dues_charges').set({ status: 'paid', ledger_transaction_id: txId, paid_at: now, last_tried_at: now }).where('id', '=', charge.id).execute();
  return 'paid' as const;
}

export const DUES_JOB = 'associations.dues';

export interface StatementLine {
  at: Date;
  memberName: string | null;
  period: string | null;
  amount: Money;
  balanceAfter: Money;
}

export interface Statement {
  association: Association;
  membership: Membership;
  dues: Dues | null;
  balance: Money;
  lines: StatementLine[];
  /** The reader's own months, newest first. */
  mine: DuesCharge[];
  /** For officers: members whose dues are unpaid, by month. */
  unpaid: DuesCharge[];
}

/** The association account's statement: to its members and officers in good standing only. */
export async function statement(deps: Pick<Deps, 'db'>, actorIn: Actor | null, slug: string): Promise<Statement> {
  const actor = requireActor(actorIn);
  const { association, membership } = await asMember(deps.db, actor, slug);
  const db = deps.db;
  const dues = await duesOf(db, association.id);
  const currency = dues?.amount.currency ?? 'PKR';
  const account = await db.selectFrom('ledger_accounts').select(['id', 'balance']).where('kind', '=', 'association').where('ref_id', '=', association.id).where('currency', '=', currency).executeTakeFirst();
  const entries = account
    ? await db
        .selectFrom('ledger_entries as e')
        .leftJoin('association_dues_charges as c', 'c.ledger_transaction_id', 'e.transaction_id')
        .leftJoin('users as u', 'u.id', 'c.user_id')
        .select(['e.created_at', 'e.amount', 'e.balance_after', 'c.period', 'u.display_name'])
        .where('e.account_id', '=', account.id)
        .orderBy('e.created_at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(500)
        .execute()
    : [];
  const charges = (q: ReturnType<typeof chargeQuery>) => q.execute().then((rows) => rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, period: r.period, amount: money(BigInt(r.amount_minor), r.currency), status: r.status, paidAt: r.paid_at })));
  const chargeQuery = () =>
    db
      .selectFrom('association_dues_charges as c')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.user_id', 'u.display_name', 'c.period', 'c.amount_minor', 'c.currency', 'c.status', 'c.paid_at'])
      .where('c.association_id', '=', association.id)
      .orderBy('c.period', 'desc')
      .limit(500);
  return {
    association,
    membership,
    dues,
    balance: money(account ? BigInt(account.balance) : 0n, currency),
    lines: entries.map((e) => ({
      at: e.created_at,
      memberName: e.display_name,
      period: e.period,
      amount: money(BigInt(e.amount), currency),
      balanceAfter: money(BigInt(e.balance_after), currency),
    })),
    mine: await charges(chargeQuery().where('c.user_id', '=', actor.userId)),
    unpaid: membership.role === 'officer' ? await charges(chargeQuery().where('c.status', '=', 'unpaid').orderBy('u.display_name')) : [],
  };
}

// --- Admins -----------------------------------------------------------------------------------------

/** An admin suspends an association (audited): its page says so, and it grants nothing until reinstated. */
export async function suspendAssociation(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<void> {
  const actor = requireAdmin(actorIn);
  const input = parseWith(suspendInput, raw);
  const a = await associationBySlug(deps.db, slug);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('associations').select('status').where('id', '=', a.id).forUpdate().executeTakeFirstOrThrow();
    if (row.status === 'suspended') throw new AppError('associations.already_suspended');
    await tx.updateTable('associations').set({ status: 'suspended', suspended_by: actor.userId, suspended_at: now, suspended_reason: input.reason, updated_at: now }).where('id', '=', a.id).execute();
    await tx
      .insertInto('audit_events')
      .values({ kind: 'association.suspended', actor_id: actor.userId, subject_id: a.id, data: JSON.stringify({ slug: a.slug, before: 'active', after: 'suspended', reason: input.reason }), ip: null, created_at: now })
      .execute();
  });
}

/** An admin lifts a suspension (audited). */
export async function reinstateAssociation(deps: Deps, actorIn: Actor | null, slug: string): Promise<void> {
  const actor = requireAdmin(actorIn);
  const a = await associationBySlug(deps.db, slug);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('associations').select(['status', 'suspended_reason']).where('id', '=', a.id).forUpdate().executeTakeFirstOrThrow();
    if (row.status !== 'suspended') throw new AppError('associations.not_suspended');
    await tx.updateTable('associations').set({ status: 'active', suspended_by: null, suspended_at: null, suspended_reason: null, updated_at: now }).where('id', '=', a.id).execute();
    await tx
      .insertInto('audit_events')
      .values({ kind: 'association.reinstated', actor_id: actor.userId, subject_id: a.id, data: JSON.stringify({ slug: a.slug, before: 'suspended', after: 'active', reason_was: row.suspended_reason }), ip: null, created_at: now })
      .execute();
  });
}

/** Cities and skills for the form's choices. */
export async function formChoices(deps: Pick<Deps, 'db'>): Promise<{ cities: Named[]; skills: Named[] }> {
  const [cities, skills] = await Promise.all([
    deps.db.selectFrom('cities').select(['slug', 'name_en', 'name_ur']).orderBy('name_en').execute(),
    deps.db.selectFrom('skills').select(['slug', 'name_en', 'name_ur']).orderBy('name_en').execute(),
  ]);
  const named = (r: { slug: string; name_en: string; name_ur: string }) => ({ slug: r.slug, nameEn: r.name_en, nameUr: r.name_ur });
  return { cities: cities.map(named), skills: skills.map(named) };
}

/** The cities and skills that active associations have, for the list's filters. */
export async function filterChoices(deps: Pick<Deps, 'db'>): Promise<{ cities: Named[]; skills: Named[] }> {
  const all = await listAssociations(deps);
  const unique = (xs: (Named | null)[]) => [...new Map(xs.filter((x): x is Named => x !== null).map((x) => [x.slug, x])).values()].sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  return { cities: unique(all.map((a) => a.city)), skills: unique(all.map((a) => a.skill)) };
}
