// Profile use cases: read a public profile by handle, read and update one's own profile, and keep a
// portfolio. Each takes the acting user, checks who may do it (only the owner writes), runs in one
// transaction and records every write in audit_events. Contact details (e-mail, phone) are never
// read here, so no page or API answer built from these results can show them.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { clientRecord, inviteResponse } from '../jobs/service.ts';
import { parseWith } from '../platform/forms.ts';
import { firstImageKeySql, type GigCardImage, gigCardImage, type StoredImage } from '../media/service.ts';
import { portfolioImages, visiblePhoto } from './photos.ts';
import { type Money, money } from '../platform/money.ts';
import { listCategories, listCities, listLanguages, listSkills } from '../taxonomy/service.ts';
import {
  type Completeness,
  checkReferences,
  completeness,
  initials,
  isPermutation,
  moveInList,
  PORTFOLIO_MAX,
  type ProfileInput,
  portfolioItemInput,
  portfolioOrderInput,
  profileInput,
  type Reference,
  hireRatePercent,
  RESPONSE_SAMPLE_MIN,
} from './domain.ts';
import type { Availability, } from './tables.ts';

export interface Named {
  slug: string;
  en: string;
  ur: string;
}

export interface PortfolioItem {
  id: string;
  title: string;
  description: string;
  link: string | null;
  position: number;
  /** In order (src/profiles/photos.ts). */
  images: StoredImage[];
}

/** An hourly rate is Money (src/platform/money.ts). */
export type HourlyRate = Money;

export interface FreelancerPart {
  headline: string;
  bioEn: string;
  bioUr: string;
  skills: Named[];
  languages: Named[];
  hourlyRate: HourlyRate | null;
  availability: Availability;
  education: string;
  certificates: string;
  portfolio: PortfolioItem[];
  /** Average minutes from a job invitation to their proposal; null below RESPONSE_SAMPLE_MIN answers. */
  responseMinutes: number | null;
  /** Their published gigs, newest first (at most PROFILE_GIGS). */
  gigs: PublishedGig[];
}

/** A published gig as a profile lists it. */
export interface PublishedGig {
  slug: string;
  title: string;
  /** The cheapest package. */
  from: Money | null;
  image: GigCardImage | null;
}

export const PROFILE_GIGS = 20;

/** A freelancer's published gigs for their public profile, newest first. */
async function publishedGigs(db: Executor, sellerId: string): Promise<PublishedGig[]> {
  const rows = await db
    .selectFrom('gigs')
    .select(['gigs.slug', 'gigs.title', 'gigs.currency', 'gigs.min_price_minor', firstImageKeySql(sql`gigs.id`).as('image_key')])
    .where('gigs.seller_id', '=', sellerId)
    .where('gigs.status', '=', 'published')
    .orderBy('gigs.published_at', 'desc')
    .limit(PROFILE_GIGS)
    .execute();
  return rows.map((g) => ({
    slug: g.slug,
    title: g.title,
    from: g.min_price_minor === null ? null : money(BigInt(g.min_price_minor), g.currency),
    image: gigCardImage(g.image_key),
  }));
}

export interface ClientPart {
  companyName: string;
  about: string;
  country: string;
  jobsPosted: number;
  /** Null before the first job. */
  hireRatePercent: number | null;
}

export interface PublicProfile {
  userId: string;
  handle: string;
  displayName: string;
  initials: string;
  /** Null unless the owner added a photo and chose to show it (then the initials are shown). */
  photo: StoredImage | null;
  memberSince: Date;
  /** Null when not set, or hidden from this viewer by the owner's choice. */
  city: Named | null;
  /** True only for the owner looking at their own city that others do not see. */
  cityHidden: boolean;
  isOwner: boolean;
  freelancer: FreelancerPart | null;
  client: ClientPart | null;
  /** Only for the owner of a freelancer profile: how complete it is and what is missing. */
  completeness: Completeness | null;
}

/** What a client's invoices and receipts print about them (src/receipts); only they see it here. */
export interface BillingDetails {
  companyName: string;
  address: string;
  taxNumber: string;
}

/** One's own profile: the public view plus the settings only the owner sees. */
export interface OwnProfile extends PublicProfile {
  citySlug: string | null;
  showCity: boolean;
  showPhoto: boolean;
  skillSlugs: string[];
  languageSlugs: string[];
  country: string;
  /** Null unless they are a client. */
  billing: BillingDetails | null;
}

async function reference(db: Executor): Promise<Reference & { cityNames: Map<string, Named>; skillNames: Map<string, Named>; languageNames: Map<string, Named> }> {
  const [cities, skills] = await Promise.all([listCities(db), listSkills(db)]);
  const languages = listLanguages();
  const named = (rows: readonly { slug: string; en: string; ur: string }[]) => new Map(rows.map((r) => [r.slug, { slug: r.slug, en: r.en, ur: r.ur }]));
  return {
    cities: new Set(cities.map((c) => c.slug)),
    skills: new Set(skills.map((s) => s.slug)),
    languages: new Set(languages.map((l) => l.slug)),
    cityNames: named(cities),
    skillNames: named(skills),
    languageNames: named(languages),
  };
}

async function loadProfileRow(db: Executor, where: { handle: string } | { userId: string }) {
  let q = db
    .selectFrom('users')
    .leftJoin('profiles', 'profiles.user_id', 'users.id')
    .select([
      'users.id',
      'users.handle',
      'users.display_name',
      'users.is_freelancer',
      'users.is_client',
      'users.created_at',
      'profiles.city_slug',
      'profiles.show_city',
      'profiles.show_photo',
      'profiles.languages',
      'profiles.headline',
      'profiles.bio_en',
      'profiles.bio_ur',
      'profiles.skills',
      'profiles.hourly_rate_minor',
      'profiles.hourly_rate_currency',
      'profiles.availability',
      'profiles.education',
      'profiles.certificates',
      'profiles.company_name',
      'profiles.about',
      'profiles.country',
      'profiles.billing_address',
      'profiles.tax_number',
    ]);
  q = 'handle' in where ? q.where('users.handle', '=', where.handle) : q.where('users.id', '=', where.userId);
  return q.executeTakeFirst();
}

async function listPortfolioRows(db: Executor, userId: string): Promise<PortfolioItem[]> {
  const rows = await db.selectFrom('portfolio_items').select(['id', 'title', 'description', 'link', 'position']).where('user_id', '=', userId).orderBy('position').orderBy('created_at').execute();
  const images = await portfolioImages(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, images: images.get(r.id) ?? [] }));
}

type Row = NonNullable<Awaited<ReturnType<typeof loadProfileRow>>>;

async function buildProfile(db: Executor, row: Row, viewer: Actor | null): Promise<OwnProfile> {
  const ref = await reference(db);
  const isOwner = viewer?.userId === row.id;
  const showCity = row.show_city ?? true;
  const skillSlugs = row.skills ?? [];
  const languageSlugs = row.languages ?? [];
  const [portfolio, response, record, gigs] = await Promise.all([
    row.is_freelancer ? listPortfolioRows(db, row.id) : [],
    row.is_freelancer ? inviteResponse(db, row.id) : null,
    row.is_client ? clientRecord(db, row.id) : null,
    row.is_freelancer ? publishedGigs(db, row.id) : [],
  ]);
  const hourlyRate = row.hourly_rate_minor !== null && row.hourly_rate_currency ? money(BigInt(row.hourly_rate_minor), row.hourly_rate_currency) : null;
  const known = (names: Map<string, Named>, slugs: string[]) => slugs.map((s) => names.get(s)).filter((n): n is Named => n !== undefined);
  const freelancer: FreelancerPart | null = row.is_freelancer
    ? {
        headline: row.headline ?? '',
        bioEn: row.bio_en ?? '',
        bioUr: row.bio_ur ?? '',
        skills: known(ref.skillNames, skillSlugs),
        languages: known(ref.languageNames, languageSlugs),
        hourlyRate,
        availability: row.availability ?? 'available',
        education: row.education ?? '',
        certificates: row.certificates ?? '',
        portfolio,
        responseMinutes: response && response.answered >= RESPONSE_SAMPLE_MIN ? Math.round(response.averageMinutes ?? 0) : null,
        gigs,
      }
    : null;
  const client: ClientPart | null = row.is_client
    ? { companyName: row.company_name ?? '', about: row.about ?? '', country: row.country ?? 'PK', jobsPosted: record?.jobsPosted ?? 0, hireRatePercent: record ? hireRatePercent(record.jobsPosted, record.jobsWithHire) : null }
    : null;
  const city = row.city_slug && (showCity || isOwner) ? (ref.cityNames.get(row.city_slug) ?? null) : null;
  return {
    userId: row.id,
    handle: row.handle,
    displayName: row.display_name,
    initials: initials(row.display_name),
    photo: await visiblePhoto(db, row.id, row.show_photo ?? false),
    memberSince: row.created_at,
    city,
    cityHidden: city !== null && isOwner && !showCity,
    isOwner,
    freelancer,
    client,
    completeness:
      isOwner && row.is_freelancer
        ? completeness({
            headline: row.headline,
            bioEn: row.bio_en ?? '',
            bioUr: row.bio_ur ?? '',
            skills: skillSlugs,
            languages: languageSlugs,
            citySlug: row.city_slug,
            hourlyRate,
            portfolioCount: portfolio.length,
            education: row.education ?? '',
          })
        : null,
    citySlug: row.city_slug,
    showCity,
    showPhoto: row.show_photo ?? false,
    skillSlugs,
    languageSlugs,
    country: row.country ?? 'PK',
    billing: row.is_client ? { companyName: row.company_name ?? '', address: row.billing_address ?? '', taxNumber: row.tax_number ?? '' } : null,
  };
}

/**
 * A client's billing details, for the documents issued to them (src/receipts reads them for the
 * client's own invoice or receipt only). Empty strings where nothing was given.
 */
export async function billingFor(db: Executor, userId: string): Promise<BillingDetails> {
  const row = await db.selectFrom('profiles').select(['company_name', 'billing_address', 'tax_number']).where('user_id', '=', userId).executeTakeFirst();
  return { companyName: row?.company_name ?? '', address: row?.billing_address ?? '', taxNumber: row?.tax_number ?? '' };
}

/** Only what anyone may see: the owner's own settings are left out. */
function publicPart(p: OwnProfile): PublicProfile {
  const { citySlug: _c, showCity: _s, showPhoto: _p, skillSlugs: _k, languageSlugs: _l, country: _n, billing: _b, ...pub } = p;
  return pub;
}

/**
 * A profile as `viewer` (anyone, signed in or not) may see it at /u/<handle>. The city is left out
 * when its owner hides it (the owner still sees it); e-mail and phone are never part of it.
 */
export async function getPublicProfile(deps: Deps, viewer: Actor | null, handle: string): Promise<PublicProfile> {
  const h = handle.normalize('NFC').trim().toLowerCase();
  if (!/^[a-z0-9_-]{1,30}$/.test(h)) throw new AppError('not_found');
  const row = await loadProfileRow(deps.db, { handle: h });
  // A profile with no role yet (onboarding not done) has nothing to show.
  if (!row || (!row.is_freelancer && !row.is_client)) throw new AppError('not_found');
  return publicPart(await buildProfile(deps.db, row, viewer));
}

/** The signed-in person's own profile, with what only they see (completeness, privacy choices). */
export async function getOwnProfile(deps: Deps, actorIn: Actor | null): Promise<OwnProfile> {
  const actor = requireActor(actorIn);
  const row = await loadProfileRow(deps.db, { userId: actor.userId });
  if (!row) throw new AppError('auth.required');
  return buildProfile(deps.db, row, actor);
}

async function audit(tx: Executor, deps: Deps, actor: Actor, kind: string, subjectId: string, data: Record<string, unknown> = {}) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), created_at: deps.clock.now() }).execute();
}

type Part = 'freelancer' | 'client';

async function writeProfile(deps: Deps, actor: Actor, raw: unknown, parts: Part[]): Promise<void> {
  const input: ProfileInput = parseWith(profileInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const me = await tx.selectFrom('users').select(['id', 'handle', 'is_freelancer', 'is_client']).where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    if (!me) throw new AppError('auth.required');
    const freelancer = parts.includes('freelancer') && me.is_freelancer;
    const client = parts.includes('client') && me.is_client;
    if (!freelancer && !client) throw new AppError('auth.forbidden');
    const problems = checkReferences(input, await reference(tx));
    if (Object.keys(problems).length > 0) throw new AppError('validation.failed', {}, problems);

    const changed: string[] = [];
    if (input.handle !== undefined && input.handle !== me.handle) {
      const taken = await tx.selectFrom('users').select('id').where('handle', '=', input.handle).where('id', '!=', me.id).executeTakeFirst();
      if (taken) throw new AppError('validation.failed', {}, { handle: { key: 'field.handle_taken' } });
      await tx.updateTable('users').set({ handle: input.handle, updated_at: deps.clock.now() }).where('id', '=', me.id).execute();
      changed.push('handle');
    }
    const cols = {
      city_slug: input.city_slug,
      show_city: input.show_city,
      ...(freelancer
        ? {
            headline: input.headline === '' ? null : input.headline,
            bio_en: input.bio_en,
            bio_ur: input.bio_ur,
            skills: input.skills,
            languages: input.languages,
            hourly_rate_minor: input.hourly_rate ? input.hourly_rate.amount.toString() : null,
            hourly_rate_currency: input.hourly_rate?.currency ?? null,
            availability: input.availability,
            education: input.education,
            certificates: input.certificates,
            show_photo: input.show_photo,
          }
        : {}),
      ...(client ? { company_name: input.company_name, about: input.about, country: input.country, billing_address: input.billing_address, tax_number: input.tax_number } : {}),
      updated_at: deps.clock.now(),
    };
    await tx
      .insertInto('profiles')
      .values({ user_id: me.id, ...cols })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(cols))
      .execute();
    changed.push(...Object.keys(cols).filter((k) => k !== 'updated_at'));
    await audit(tx, deps, actor, 'profile.updated', me.id, { fields: changed });
  });
}

/** Saves the parts of the profile that the person's roles have (both for someone who is both). */
export async function updateProfile(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<void> {
  await writeProfile(deps, requireActor(actorIn), raw, ['freelancer', 'client']);
}

/** Saves the freelancer part (and the shared handle and city); only for freelancers. */
export async function updateFreelancerProfile(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<void> {
  await writeProfile(deps, requireActor(actorIn), raw, ['freelancer']);
}

/** Saves the client part (and the shared handle and city); only for clients. */
export async function updateClientProfile(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<void> {
  await writeProfile(deps, requireActor(actorIn), raw, ['client']);
}

// --- Portfolio ----------------------------------------------------------------------------------

/** The signed-in freelancer's portfolio, in their order. */
export async function listPortfolio(deps: Deps, actorIn: Actor | null): Promise<PortfolioItem[]> {
  const actor = requireActor(actorIn);
  return listPortfolioRows(deps.db, actor.userId);
}

function requireFreelancer(actor: Actor): void {
  if (!actor.isFreelancer) throw new AppError('auth.forbidden');
}

/**
 * An item the actor owns, locked for the change. Someone else's item is forbidden; an id that does
 * not exist (or is not an id) is not found.
 */
async function ownItem(tx: Executor, actor: Actor, id: string): Promise<Omit<PortfolioItem, 'images'> & { userId: string }> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('not_found');
  const row = await tx.selectFrom('portfolio_items').select(['id', 'user_id', 'title', 'description', 'link', 'position']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('not_found');
  if (row.user_id !== actor.userId) throw new AppError('auth.forbidden');
  return { id: row.id, userId: row.user_id, title: row.title, description: row.description, link: row.link, position: row.position };
}

/** One item of the actor's own portfolio (for its edit form). */
export async function getPortfolioItem(deps: Deps, actorIn: Actor | null, id: string): Promise<PortfolioItem> {
  const actor = requireActor(actorIn);
  const { userId: _u, ...item } = await ownItem(deps.db, actor, id);
  return { ...item, images: (await portfolioImages(deps.db, [item.id])).get(item.id) ?? [] };
}

export async function addPortfolioItem(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<PortfolioItem> {
  const actor = requireActor(actorIn);
  requireFreelancer(actor);
  const input = parseWith(portfolioItemInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    // Locks the owner's row so two adds cannot both take the last place or the same position.
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().execute();
    const { count, last } = await tx
      .selectFrom('portfolio_items')
      .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.max('position').as('last')])
      .where('user_id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= PORTFOLIO_MAX) throw new AppError('portfolio.full', { max: PORTFOLIO_MAX });
    const item = await tx
      .insertInto('portfolio_items')
      .values({ user_id: actor.userId, title: input.title, description: input.description, link: input.link, position: (last ?? -1) + 1, created_at: deps.clock.now() })
      .returning(['id', 'title', 'description', 'link', 'position'])
      .executeTakeFirstOrThrow();
    await audit(tx, deps, actor, 'portfolio.added', item.id);
    return { ...item, images: [] };
  });
}

export async function updatePortfolioItem(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<PortfolioItem> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    await ownItem(tx, actor, id);
    const input = parseWith(portfolioItemInput, raw);
    const item = await tx
      .updateTable('portfolio_items')
      .set({ title: input.title, description: input.description, link: input.link })
      .where('id', '=', id)
      .returning(['id', 'title', 'description', 'link', 'position'])
      .executeTakeFirstOrThrow();
    await audit(tx, deps, actor, 'portfolio.updated', id);
    return { ...item, images: (await portfolioImages(tx, [item.id])).get(item.id) ?? [] };
  });
}

export async function deletePortfolioItem(deps: Deps, actorIn: Actor | null, id: string): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const item = await ownItem(tx, actor, id);
    await tx.deleteFrom('portfolio_items').where('id', '=', id).execute();
    await audit(tx, deps, actor, 'portfolio.deleted', id, { title: item.title });
  });
}

async function saveOrder(tx: Executor, userId: string, order: readonly string[]) {
  if (order.length === 0) return;
  // One statement: position = index in the new order.
  await sql`
    UPDATE portfolio_items AS p SET position = o.ord - 1
    FROM unnest(${sql.val(order)}::uuid[]) WITH ORDINALITY AS o(id, ord)
    WHERE p.id = o.id AND p.user_id = ${userId}`.execute(tx);
}

/** Moves one item a place up or down (the buttons on /profile/portfolio). */
export async function movePortfolioItem(deps: Deps, actorIn: Actor | null, id: string, direction: 'up' | 'down'): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    await ownItem(tx, actor, id);
    const ids = (await listPortfolioRows(tx, actor.userId)).map((i) => i.id);
    await saveOrder(tx, actor.userId, moveInList(ids, id, direction));
    await audit(tx, deps, actor, 'portfolio.reordered', id, { direction });
  });
}

/** Puts the whole portfolio in the given order; the list must name each of the person's items once. */
export async function reorderPortfolio(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<PortfolioItem[]> {
  const actor = requireActor(actorIn);
  const { order } = parseWith(portfolioOrderInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().execute();
    const ids = (await listPortfolioRows(tx, actor.userId)).map((i) => i.id);
    if (!isPermutation(order, ids)) throw new AppError('validation.failed', {}, { order: { key: 'field.portfolio_order' } });
    await saveOrder(tx, actor.userId, order);
    await audit(tx, deps, actor, 'portfolio.reordered', actor.userId);
    return listPortfolioRows(tx, actor.userId);
  });
}

/** The choices the edit form offers: cities, skills grouped by category, spoken languages. */
export async function editChoices(db: Executor): Promise<{ cities: Named[]; categories: (Named & { skills: Named[] })[]; languages: Named[] }> {
  const [cities, categories, skills] = await Promise.all([listCities(db), listCategories(db), listSkills(db)]);
  return {
    cities: cities.map((c) => ({ slug: c.slug, en: c.en, ur: c.ur })),
    categories: categories.map((c) => ({
      slug: c.slug,
      en: c.en,
      ur: c.ur,
      skills: skills.filter((s) => s.category === c.slug).map((s) => ({ slug: s.slug, en: s.en, ur: s.ur })),
    })),
    languages: listLanguages().map((l) => ({ slug: l.slug, en: l.en, ur: l.ur })),
  };
}
