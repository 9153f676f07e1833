// Market rates (issue 21): what completed orders on Hunar were paid, per skill and city and for all of
// Pakistan, by seller level, only where the rules of domain.ts allow (decision 0070); associations'
// recommended minimum rates, which officers set; and the note beside a gig's prices.
//
// An order is in a skill when its gig, or its contract's job, lists the skill (as src/academy/demand.ts
// counts it); in a city when its freelancer shows that city on their profile (a hidden city is never
// used). Prices are in rupees: a dollar order counts at the USD → PKR rate in force now (src/fx).
// Order prices are fixed-price work (gig orders and milestones); hourly rates are those of hourly
// contracts with a week completed in the window.
import { sql } from 'kysely';
import { membershipsOf, isOfficer } from '../associations/membership.ts';
import type { Executor } from '../db/pool.ts';
import { usdToPkrNowSql } from '../fx/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { parseMoneyInput } from '../platform/money.ts';
import { type ByLevel, byLevel, type Figures, figuresOf, minimumRateInput, ROUND_HOUR, ROUND_ORDER, type RatesQuery, rateWindow, ratesQuery, type Sample, type SellerLevel, type Standing, standing } from './domain.ts';

export interface MarketRates {
  skill: string;
  city: string | null;
  window: { from: Date; to: Date };
  /** For the city asked for (null when none was). */
  inCity: { orders: ByLevel; hourly: ByLevel } | null;
  pakistan: { orders: ByLevel; hourly: ByLevel };
  minimums: AssociationMinimum[];
}

export interface AssociationMinimum {
  association: { id: string; slug: string; name: { en: string | null; ur: string | null }; city: string | null };
  skill: string;
  order: bigint | null;
  hourly: bigint | null;
  updatedAt: Date;
}

type Row = { pkr_minor: string | null; seller: string; level: SellerLevel; city: string | null };
const toSamples = (rows: readonly Row[]): Sample[] => rows.filter((r) => r.pkr_minor !== null).map((r) => ({ price: BigInt(r.pkr_minor!), seller: r.seller, level: r.level, city: r.city }));

const pkrOf = (amount: ReturnType<typeof sql>, currency: ReturnType<typeof sql>) => sql`CASE WHEN ${currency} = 'PKR' THEN ${amount} ELSE round(${amount} * ${usdToPkrNowSql()})::bigint END`;

/** Fixed-price completed orders in the window, for one skill or all (skill null). */
async function orderSamples(db: Executor, skill: string | null, w: { from: Date; to: Date }) {
  const r = await sql<Row & { skills: string[] }>`
    SELECT ${pkrOf(sql`coalesce(o.billed_minor, o.price_minor)`, sql`o.currency`)} AS pkr_minor,
           o.freelancer_id AS seller, u.seller_level AS level, CASE WHEN p.show_city THEN p.city_slug END AS city,
           coalesce(g.skills, j.skills, '{}') AS skills
    FROM orders o
    JOIN users u ON u.id = o.freelancer_id
    LEFT JOIN profiles p ON p.user_id = o.freelancer_id
    LEFT JOIN gigs g ON g.id = o.gig_id
    LEFT JOIN contracts k ON k.id = o.contract_id
    LEFT JOIN jobs j ON j.id = k.job_id
    WHERE o.state = 'completed' AND o.kind <> 'hourly_week' AND o.completed_at >= ${w.from} AND o.completed_at < ${w.to}
      AND (${skill}::text IS NULL OR ${skill} = ANY(g.skills) OR ${skill} = ANY(j.skills))`.execute(db);
  return r.rows;
}

/** Hourly contracts of a skill with a week completed in the window: one rate per contract. */
async function hourlySamples(db: Executor, skill: string, w: { from: Date; to: Date }) {
  const r = await sql<Row>`
    SELECT ${pkrOf(sql`k.rate_minor`, sql`k.currency`)} AS pkr_minor,
           k.freelancer_id AS seller, u.seller_level AS level, CASE WHEN p.show_city THEN p.city_slug END AS city
    FROM contracts k
    JOIN jobs j ON j.id = k.job_id
    JOIN users u ON u.id = k.freelancer_id
    LEFT JOIN profiles p ON p.user_id = k.freelancer_id
    WHERE k.kind = 'hourly' AND k.rate_minor IS NOT NULL AND ${skill} = ANY(j.skills)
      AND EXISTS (SELECT 1 FROM orders o WHERE o.contract_id = k.id AND o.kind = 'hourly_week' AND o.state = 'completed'
                  AND o.completed_at >= ${w.from} AND o.completed_at < ${w.to})`.execute(db);
  return toSamples(r.rows);
}

/** The figures of /rates and GET /api/v1/rates for a skill, and a city when one is asked for. */
export async function marketRates(deps: Pick<Deps, 'db' | 'clock'>, raw: unknown): Promise<MarketRates> {
  const q: RatesQuery = parseWith(ratesQuery, raw);
  const window = rateWindow(deps.clock.now());
  const [orders, hourly, minimums] = await Promise.all([orderSamples(deps.db, q.skill, window).then(toSamples), hourlySamples(deps.db, q.skill, window), minimumsFor(deps.db, q.skill)]);
  const inCity = (s: Sample[]) => s.filter((x) => x.city === q.city);
  return {
    skill: q.skill,
    city: q.city,
    window,
    inCity: q.city ? { orders: byLevel(inCity(orders), ROUND_ORDER), hourly: byLevel(inCity(hourly), ROUND_HOUR) } : null,
    pakistan: { orders: byLevel(orders, ROUND_ORDER), hourly: byLevel(hourly, ROUND_HOUR) },
    minimums: minimums.filter((m) => !q.city || !m.association.city || m.association.city === q.city),
  };
}

/** Every skill with figures for all of Pakistan (all levels), most orders first: the /rates overview. */
export async function ratesOverview(deps: Pick<Deps, 'db' | 'clock'>): Promise<{ window: { from: Date; to: Date }; skills: { skill: string; figures: Figures }[] }> {
  const window = rateWindow(deps.clock.now());
  const rows = await orderSamples(deps.db, null, window);
  const bySkill = new Map<string, Sample[]>();
  for (const r of rows) {
    if (r.pkr_minor === null) continue;
    for (const s of new Set(r.skills)) bySkill.set(s, [...(bySkill.get(s) ?? []), { price: BigInt(r.pkr_minor), seller: r.seller, level: r.level, city: r.city }]);
  }
  const skills = [...bySkill]
    .map(([skill, s]) => ({ skill, figures: figuresOf(s, ROUND_ORDER) }))
    .filter((x): x is { skill: string; figures: Figures } => x.figures !== null)
    .sort((a, b) => b.figures.count - a.figures.count || a.skill.localeCompare(b.skill));
  return { window, skills };
}

// --- Associations' recommended minimum rates ----------------------------------------------------

const minimumColumns = ['r.association_id', 'r.skill_slug', 'r.order_minor', 'r.hourly_minor', 'r.updated_at', 'a.slug', 'a.name_en', 'a.name_ur', 'a.city_slug'] as const;
type MinimumRow = { association_id: string; skill_slug: string; order_minor: string | null; hourly_minor: string | null; updated_at: Date; slug: string; name_en: string | null; name_ur: string | null; city_slug: string | null };
const minimumOf = (r: MinimumRow): AssociationMinimum => ({
  association: { id: r.association_id, slug: r.slug, name: { en: r.name_en, ur: r.name_ur }, city: r.city_slug },
  skill: r.skill_slug,
  order: r.order_minor === null ? null : BigInt(r.order_minor),
  hourly: r.hourly_minor === null ? null : BigInt(r.hourly_minor),
  updatedAt: r.updated_at,
});

/** Active associations' minimums for a skill. */
export async function minimumsFor(db: Executor, skill: string): Promise<AssociationMinimum[]> {
  const rows = await db
    .selectFrom('association_min_rates as r')
    .innerJoin('associations as a', 'a.id', 'r.association_id')
    .select(minimumColumns)
    .where('r.skill_slug', '=', skill)
    .where('a.status', '=', 'active')
    .orderBy('a.slug')
    .execute();
  return rows.map(minimumOf);
}

/** One association's minimums (any skill), for its officers' form. */
export async function minimumsOfAssociation(db: Executor, associationId: string): Promise<AssociationMinimum[]> {
  const rows = await db.selectFrom('association_min_rates as r').innerJoin('associations as a', 'a.id', 'r.association_id').select(minimumColumns).where('r.association_id', '=', associationId).orderBy('r.skill_slug').execute();
  return rows.map(minimumOf);
}

export interface AssociationForRates {
  id: string;
  slug: string;
  name: { en: string | null; ur: string | null };
  officer: boolean;
}

/** An active association by its slug (not_found otherwise), and whether the actor is one of its officers. */
export async function associationForRates(db: Executor, actor: Actor | null, slug: string): Promise<AssociationForRates> {
  const a = await db.selectFrom('associations').select(['id', 'slug', 'name_en', 'name_ur']).where('slug', '=', slug).where('status', '=', 'active').executeTakeFirst();
  if (!a) throw new AppError('not_found');
  return { id: a.id, slug: a.slug, name: { en: a.name_en, ur: a.name_ur }, officer: actor ? await isOfficer(db, a.id, actor.userId) : false };
}

/**
 * An officer sets (or, with both amounts blank, removes) the association's recommended minimum for a
 * skill. Only officers of an active association may; others get auth.forbidden.
 */
export async function setMinimumRate(deps: Pick<Deps, 'db' | 'clock'>, actorIn: Actor | null, associationSlug: string, raw: unknown): Promise<{ removed: boolean }> {
  const actor = requireActor(actorIn);
  const input = parseWith(minimumRateInput, raw);
  const rupees = (field: 'order' | 'hourly') => {
    const typed = input[field] ?? '';
    if (typed === '') return null;
    const r = parseMoneyInput(typed, 'PKR');
    if (!r.ok) throw new AppError('validation.failed', {}, { [field]: { key: r.key, params: r.params } });
    if (r.value.amount <= 0n) throw new AppError('validation.failed', {}, { [field]: { key: 'field.money_negative' } });
    return r.value.amount;
  };
  const order = rupees('order');
  const hourly = rupees('hourly');
  return deps.db.transaction().execute(async (tx) => {
    const a = await associationForRates(tx, actor, associationSlug);
    if (!a.officer) throw new AppError('auth.forbidden');
    if (order === null && hourly === null) {
      await tx.deleteFrom('association_min_rates').where('association_id', '=', a.id).where('skill_slug', '=', input.skill).execute();
      return { removed: true };
    }
    const now = deps.clock.now();
    await tx
      .insertInto('association_min_rates')
      .values({ association_id: a.id, skill_slug: input.skill, order_minor: order, hourly_minor: hourly, set_by: actor.userId, updated_at: now })
      .onConflict((oc) => oc.columns(['association_id', 'skill_slug']).doUpdateSet({ order_minor: order, hourly_minor: hourly, set_by: actor.userId, updated_at: now }))
      .execute();
    return { removed: false };
  });
}

// --- The note beside a gig's prices -------------------------------------------------------------

export interface PriceNote {
  skill: string;
  /** The freelancer's shown city, when the city has figures; else all of Pakistan. */
  city: string | null;
  market: Figures | null;
  price: bigint | null;
  standing: Standing | null;
  minimums: (AssociationMinimum & { below: boolean | null })[];
  window: { from: Date; to: Date };
}

/**
 * How a gig's price (its cheapest package, in rupees) compares with the market for its first skill,
 * in the freelancer's city when it has figures (else all of Pakistan), and with the recommended
 * minimums of the associations the freelancer belongs to. Null when the gig lists no skill.
 */
export async function gigPriceNote(deps: Pick<Deps, 'db' | 'clock'>, userId: string, gig: { skills: readonly string[]; price: { amount: bigint; currency: 'PKR' | 'USD' } | null }): Promise<PriceNote | null> {
  if (!gig.skills.length) return null;
  const window = rateWindow(deps.clock.now());
  const [profile, memberships] = await Promise.all([
    deps.db.selectFrom('profiles').select(['city_slug', 'show_city']).where('user_id', '=', userId).executeTakeFirst(),
    membershipsOf(deps.db, userId),
  ]);
  const city = profile?.show_city ? profile.city_slug : null;
  // The gig's first skill that has figures (a logo gig tagged "graphic design, logo design" is
  // compared with logo orders), else its first skill, which then says "not enough data yet".
  let chosen: { skill: string; local: ReturnType<typeof figuresOf> | null; market: ReturnType<typeof figuresOf> } | null = null;
  for (const skill of gig.skills.slice(0, 10)) {
    const samples = toSamples(await orderSamples(deps.db, skill, window));
    const local = city ? figuresOf(samples.filter((s) => s.city === city), ROUND_ORDER) : null;
    const market = local ?? figuresOf(samples, ROUND_ORDER);
    if (market || !chosen) chosen = { skill, local, market };
    if (market) break;
  }
  const { skill, local, market } = chosen!;
  const minimums = await minimumsFor(deps.db, skill);
  let price: bigint | null = null;
  if (gig.price && gig.price.amount > 0n) {
    if (gig.price.currency === 'PKR') price = gig.price.amount;
    else {
      const r = await sql<{ pkr: string | null }>`SELECT round(${gig.price.amount.toString()}::numeric * ${usdToPkrNowSql()})::bigint AS pkr`.execute(deps.db);
      price = r.rows[0]?.pkr ? BigInt(r.rows[0].pkr) : null;
    }
  }
  const mine = new Set(memberships.map((m) => m.associationId));
  return {
    skill,
    city: local ? city : null,
    market,
    price,
    standing: market && price !== null ? standing(price, market) : null,
    minimums: minimums.filter((m) => mine.has(m.association.id) && m.order !== null).map((m) => ({ ...m, below: price === null || m.order === null ? null : price < m.order })),
    window,
  };
}

// --- What /rates shows a signed-in freelancer ---------------------------------------------------

/** The freelancer's published gigs in a skill priced in rupees, with their cheapest package. */
export async function myGigsInSkill(db: Executor, userId: string, skill: string): Promise<{ slug: string; title: string; price: bigint }[]> {
  const rows = await db
    .selectFrom('gigs')
    .select(['slug', 'title', 'min_price_minor'])
    .where('seller_id', '=', userId)
    .where('status', '=', 'published')
    .where('currency', '=', 'PKR')
    .where(sql<boolean>`${skill} = ANY(skills)`)
    .orderBy('published_at', 'desc')
    .limit(10)
    .execute();
  return rows.filter((r) => r.min_price_minor !== null).map((r) => ({ slug: r.slug, title: r.title, price: BigInt(r.min_price_minor!) }));
}

/** The active associations the person is an officer of (links to their minimums forms). */
export async function officerAssociations(db: Executor, userId: string): Promise<{ slug: string; name: { en: string | null; ur: string | null } }[]> {
  const ids = (await membershipsOf(db, userId)).filter((m) => m.role === 'officer').map((m) => m.associationId);
  if (!ids.length) return [];
  const rows = await db.selectFrom('associations').select(['slug', 'name_en', 'name_ur']).where('id', 'in', ids).orderBy('slug').execute();
  return rows.map((r) => ({ slug: r.slug, name: { en: r.name_en, ur: r.name_ur } }));
}

/** The note for the gig form as typed: its skills, its packages' prices and its currency (unparseable prices are left out). */
export async function gigFormPriceNote(deps: Pick<Deps, 'db' | 'clock'>, userId: string, form: { skills: readonly string[]; prices: readonly string[]; currency: string }): Promise<PriceNote | null> {
  const currency = form.currency === 'USD' ? 'USD' : 'PKR';
  const prices = form.prices
    .map((p) => (p.trim() ? parseMoneyInput(p, currency) : null))
    .flatMap((r) => (r?.ok && r.value.amount > 0n ? [r.value.amount] : []));
  const lowest = [...prices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
  return gigPriceNote(deps, userId, { skills: form.skills, price: lowest === null ? null : { amount: lowest, currency } });
}
