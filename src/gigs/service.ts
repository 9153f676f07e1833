// Gig use cases: create, edit, publish, pause, resume and delete a gig; read it as its seller or as
// the public. Each takes the acting user first, checks who may do it, runs in one transaction and
// writes an audit event. Someone else's gig answers not_found (never forbidden), so ids and drafts
// of other sellers cannot be probed.
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { DisplayCurrency, EstimateRates } from '../fx/domain.ts';
import { estimateRates } from '../fx/service.ts';
import type { StoredImage } from '../media/service.ts';
import { imagesOfGig } from './images.ts';
import { firstFreeSlug, slugFor } from './slug.ts';
import {
  type Currency,
  canPublish,
  type GigAction,
  type GigContent,
  type GigStatus,
  gigInput,
  isPublic,
  type Missing,
  mustBeComplete,
  nextStatus,
  toContent,
  DAILY_GIG_LIMIT,
} from './domain.ts';

export interface Named {
  slug: string;
  en: string;
  ur: string;
}

export interface GigView extends Omit<GigContent, 'category_slug' | 'skills'> {
  id: string;
  slug: string;
  status: GigStatus;
  seller: { id: string; displayName: string; handle: string; memberSince: Date };
  category: Named | null;
  skills: Named[];
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  /** In the seller's order; the first is the thumbnail (src/gigs/images.ts). */
  images: StoredImage[];
}

export interface GigSummary {
  id: string;
  slug: string;
  title: string;
  status: GigStatus;
  currency: Currency;
  packages: number;
  fromPrice: bigint | null;
  updatedAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, gigId: string, data: Record<string, unknown> = {}) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actor.userId, subject_id: gigId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() })
    .execute();
}

function missingToFields(missing: Missing[]): FieldErrors {
  const out: FieldErrors = {};
  for (const m of missing) out[m.field] ??= { key: m.key, ...(m.params ? { params: m.params } : {}) };
  return out;
}

/** The gig row by id or slug, when it belongs to the actor (locked for the rest of the transaction). */
async function ownGigForUpdate(tx: Tx, actor: Actor, ref: string) {
  const row = await tx
    .selectFrom('gigs')
    .selectAll()
    .where(UUID.test(ref) ? 'id' : 'slug', '=', ref)
    .where('seller_id', '=', actor.userId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/** Category and skills must exist in the taxonomy, and the skills must be of the chosen category. */
async function checkTaxonomy(tx: Executor, content: GigContent): Promise<void> {
  const fields: FieldErrors = {};
  if (content.category_slug) {
    const cat = await tx.selectFrom('skill_categories').select('slug').where('slug', '=', content.category_slug).executeTakeFirst();
    if (!cat) fields.category_slug = { key: 'field.choose' };
  }
  if (content.skills.length > 0) {
    if (!content.category_slug) fields.skills = { key: 'field.gig_skill_category' };
    else {
      const found = await tx.selectFrom('skills').select('slug').where('slug', 'in', content.skills).where('category_slug', '=', content.category_slug).execute();
      if (found.length !== content.skills.length) fields.skills = { key: 'field.gig_skill_category' };
    }
  }
  if (Object.keys(fields).length) throw new AppError('validation.failed', {}, fields);
}

async function writeContent(tx: Tx, gigId: string, content: GigContent): Promise<void> {
  await tx.deleteFrom('gig_packages').where('gig_id', '=', gigId).execute();
  await tx.deleteFrom('gig_faqs').where('gig_id', '=', gigId).execute();
  await tx.deleteFrom('gig_questions').where('gig_id', '=', gigId).execute();
  if (content.packages.length) {
    await tx
      .insertInto('gig_packages')
      .values(
        content.packages.map((p, i) => ({
          gig_id: gigId,
          position: i + 1,
          name: p.name,
          description: p.description,
          price_minor: p.price ? p.price.amount.toString() : null,
          currency: content.currency,
          delivery_days: p.delivery_days,
          revisions: p.revisions,
          features: p.features,
        })),
      )
      .execute();
  }
  if (content.faqs.length) {
    await tx
      .insertInto('gig_faqs')
      .values(content.faqs.map((f, i) => ({ gig_id: gigId, position: i + 1, question: f.question, answer: f.answer })))
      .execute();
  }
  if (content.questions.length) {
    await tx
      .insertInto('gig_questions')
      .values(content.questions.map((q, i) => ({ gig_id: gigId, position: i + 1, question: q.question, required: q.required })))
      .execute();
  }
}

async function loadContent(db: Executor, gig: { id: string; title: string; description: string; category_slug: string | null; skills: string[]; currency: Currency }): Promise<GigContent> {
  const [packages, faqs, questions] = await Promise.all([
    db.selectFrom('gig_packages').selectAll().where('gig_id', '=', gig.id).orderBy('position').execute(),
    db.selectFrom('gig_faqs').select(['question', 'answer']).where('gig_id', '=', gig.id).orderBy('position').execute(),
    db.selectFrom('gig_questions').select(['question', 'required']).where('gig_id', '=', gig.id).orderBy('position').execute(),
  ]);
  return {
    title: gig.title,
    description: gig.description,
    category_slug: gig.category_slug,
    skills: gig.skills,
    currency: gig.currency,
    packages: packages.map((p) => ({
      name: p.name,
      description: p.description,
      price: p.price_minor === null ? null : { amount: BigInt(p.price_minor), currency: p.currency },
      delivery_days: p.delivery_days,
      revisions: p.revisions,
      features: p.features,
    })),
    faqs,
    questions,
  };
}

/**
 * The address a title gives this gig: the title's slug (src/gigs/slug.ts), numbered when another gig
 * has it now or had it before (its old address still leads there). A lock per slug makes two gigs
 * titled alike at the same moment take turns, so they never both get the same one.
 */
export async function freeSlug(tx: Tx, title: string, gigId: string | null): Promise<string> {
  const base = slugFor(title);
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`gig-slug:${base}`}))`.execute(tx);
  const like = `${base}-%`;
  const others = (q: 'gigs' | 'gig_slug_history') =>
    tx
      .selectFrom(q)
      .select('slug')
      .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', like)]))
      .where(q === 'gigs' ? 'id' : 'gig_id', '!=', gigId ?? '00000000-0000-0000-0000-000000000000');
  const [current, former] = await Promise.all([others('gigs').execute(), others('gig_slug_history').execute()]);
  return firstFreeSlug(base, new Set([...current, ...former].map((r) => r.slug)));
}

/** Keeps a gig's former address, so that /g/<old> keeps leading to it. */
async function keepOldSlug(tx: Tx, deps: Deps, gigId: string, slug: string): Promise<void> {
  await tx
    .insertInto('gig_slug_history')
    .values({ slug, gig_id: gigId, created_at: deps.clock.now() })
    .onConflict((oc) => oc.column('slug').doUpdateSet({ gig_id: gigId, created_at: deps.clock.now() }))
    .execute();
}

/**
 * Where a former address of a gig leads now: its current slug, when the viewer may see the gig (a
 * draft's new address is shown only to its seller); null otherwise.
 */
export async function movedGigSlug(deps: Deps, viewer: Actor | null, slug: string): Promise<string | null> {
  if (slug.length > 100) return null;
  const row = await deps.db
    .selectFrom('gig_slug_history as h')
    .innerJoin('gigs as g', 'g.id', 'h.gig_id')
    .select(['g.slug', 'g.status', 'g.seller_id'])
    .where('h.slug', '=', slug)
    .executeTakeFirst();
  if (!row || row.slug === slug) return null;
  return isPublic(row.status) || row.seller_id === viewer?.userId ? row.slug : null;
}

/**
 * Only freelancers create gigs, at most `dailyLimit` in any 24 hours; the new gig is a draft
 * (however complete it is).
 */
export async function createGig(deps: Deps, actorIn: Actor | null, raw: unknown, dailyLimit: number = DAILY_GIG_LIMIT): Promise<{ id: string; slug: string }> {
  const actor = requireActor(actorIn);
  if (!actor.isFreelancer) throw new AppError('gig.freelancers_only');
  const content = toContent(parseWith(gigInput, raw));
  return deps.db.transaction().execute(async (tx) => {
    await checkTaxonomy(tx, content);
    // The user's row lock serialises their creations, so parallel requests cannot pass the limit.
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().execute();
    const recent = await tx
      .selectFrom('gigs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('seller_id', '=', actor.userId)
      .where('created_at', '>', new Date(deps.clock.now().getTime() - 86_400_000))
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= dailyLimit) throw new AppError('gig.daily_limit', { limit: dailyLimit });
    const slug = await freeSlug(tx, content.title, null);
    const now = deps.clock.now();
    const gig = await tx
      .insertInto('gigs')
      .values({
        seller_id: actor.userId,
        slug,
        title: content.title,
        description: content.description,
        category_slug: content.category_slug,
        skills: content.skills,
        currency: content.currency,
        status: 'draft',
        created_at: now,
        updated_at: now,
      })
      .returning(['id', 'slug'])
      .executeTakeFirstOrThrow();
    await writeContent(tx, gig.id, content);
    await audit(tx, deps, 'gig.created', actor, gig.id, { slug });
    return gig;
  });
}

/** Replaces the gig's content. A published or paused gig must stay complete. */
export async function updateGig(deps: Deps, actorIn: Actor | null, ref: string, raw: unknown): Promise<{ id: string; slug: string; status: GigStatus }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    // Ownership first: someone else's gig is not_found whatever the input.
    const gig = await ownGigForUpdate(tx, actor, ref);
    const content = toContent(parseWith(gigInput, raw));
    await checkTaxonomy(tx, content);
    if (mustBeComplete(gig.status)) {
      const missing = canPublish(content);
      if (missing.length) throw new AppError('gig.incomplete', {}, missingToFields(missing));
    }
    // A new title gives a new address; the old one keeps leading here.
    let slug = gig.slug;
    if (slugFor(content.title) !== slugFor(gig.title)) {
      slug = await freeSlug(tx, content.title, gig.id);
      if (slug !== gig.slug) await keepOldSlug(tx, deps, gig.id, gig.slug);
    }
    await tx
      .updateTable('gigs')
      .set({
        slug,
        title: content.title,
        description: content.description,
        category_slug: content.category_slug,
        skills: content.skills,
        currency: content.currency,
        updated_at: deps.clock.now(),
      })
      .where('id', '=', gig.id)
      .execute();
    await writeContent(tx, gig.id, content);
    await audit(tx, deps, 'gig.updated', actor, gig.id, slug !== gig.slug ? { slug, old_slug: gig.slug } : {});
    return { id: gig.id, slug, status: gig.status };
  });
}

async function transition(deps: Deps, actorIn: Actor | null, ref: string, action: GigAction): Promise<{ id: string; slug: string; status: GigStatus }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const gig = await ownGigForUpdate(tx, actor, ref);
    const next = nextStatus(gig.status, action);
    if (!next) throw new AppError('gig.status_conflict');
    if (isPublic(next)) {
      const missing = canPublish(await loadContent(tx, gig));
      if (missing.length) throw new AppError('gig.incomplete', {}, missingToFields(missing));
    }
    const now = deps.clock.now();
    await tx
      .updateTable('gigs')
      .set({ status: next, updated_at: now, ...(action === 'publish' ? { published_at: now } : {}) })
      .where('id', '=', gig.id)
      .execute();
    await audit(tx, deps, `gig.${action === 'publish' ? 'published' : action === 'pause' ? 'paused' : 'resumed'}`, actor, gig.id);
    return { id: gig.id, slug: gig.slug, status: next };
  });
}

export const publishGig = (deps: Deps, actor: Actor | null, ref: string) => transition(deps, actor, ref, 'publish');
export const pauseGig = (deps: Deps, actor: Actor | null, ref: string) => transition(deps, actor, ref, 'pause');
export const resumeGig = (deps: Deps, actor: Actor | null, ref: string) => transition(deps, actor, ref, 'resume');

/** Removes the gig and its packages, FAQ and questions; the audit log keeps its title and slug. */
export async function deleteGig(deps: Deps, actorIn: Actor | null, ref: string): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const gig = await ownGigForUpdate(tx, actor, ref);
    await tx.deleteFrom('gigs').where('id', '=', gig.id).execute();
    await audit(tx, deps, 'gig.deleted', actor, gig.id, { slug: gig.slug, title: gig.title, status: gig.status });
  });
}

async function view(db: Executor, where: { column: 'id' | 'slug'; value: string }): Promise<GigView | null> {
  const gig = await db
    .selectFrom('gigs')
    .innerJoin('users', 'users.id', 'gigs.seller_id')
    .selectAll('gigs')
    .select(['users.display_name', 'users.handle', 'users.created_at as member_since'])
    .where(`gigs.${where.column}`, '=', where.value)
    .executeTakeFirst();
  if (!gig) return null;
  const content = await loadContent(db, gig);
  const category = gig.category_slug ? await db.selectFrom('skill_categories').select(['slug', 'name_en', 'name_ur']).where('slug', '=', gig.category_slug).executeTakeFirst() : undefined;
  const skills = gig.skills.length ? await db.selectFrom('skills').select(['slug', 'name_en', 'name_ur']).where('slug', 'in', gig.skills).orderBy('name_en').execute() : [];
  const images = await imagesOfGig(db, gig.id);
  const { category_slug: _c, skills: _s, ...rest } = content;
  return {
    ...rest,
    id: gig.id,
    slug: gig.slug,
    status: gig.status,
    seller: { id: gig.seller_id, displayName: gig.display_name, handle: gig.handle, memberSince: gig.member_since },
    category: category ? { slug: category.slug, en: category.name_en, ur: category.name_ur } : null,
    skills: skills.map((s) => ({ slug: s.slug, en: s.name_en, ur: s.name_ur })),
    createdAt: gig.created_at,
    updatedAt: gig.updated_at,
    publishedAt: gig.published_at,
    images,
  };
}

/** The seller's own gig, in any status (by id or slug). */
export async function getGigForOwner(deps: Deps, actorIn: Actor | null, ref: string): Promise<GigView> {
  const actor = requireActor(actorIn);
  const gig = await view(deps.db, { column: UUID.test(ref) ? 'id' : 'slug', value: ref });
  if (!gig || gig.seller.id !== actor.userId) throw new AppError('not_found');
  return gig;
}

/** A published gig for anyone; a draft or paused gig only for its seller (not_found for others). */
export async function getPublicGig(deps: Deps, actor: Actor | null, ref: string): Promise<GigView> {
  if (ref.length > 100) throw new AppError('not_found');
  const gig = await view(deps.db, { column: UUID.test(ref) ? 'id' : 'slug', value: ref });
  if (!gig || (!isPublic(gig.status) && gig.seller.id !== actor?.userId)) throw new AppError('not_found');
  return gig;
}

/** The actor's gigs, most recently changed first. */
export async function listMyGigs(deps: Deps, actorIn: Actor | null): Promise<GigSummary[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('gigs')
    .leftJoin('gig_packages', 'gig_packages.gig_id', 'gigs.id')
    .select(['gigs.id', 'gigs.slug', 'gigs.title', 'gigs.status', 'gigs.currency', 'gigs.updated_at'])
    .select((eb) => [eb.fn.count<string>('gig_packages.position').as('packages'), eb.fn.min('gig_packages.price_minor').as('from_price')])
    .where('gigs.seller_id', '=', actor.userId)
    .groupBy('gigs.id')
    .orderBy('gigs.updated_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    status: r.status,
    currency: r.currency,
    packages: Number(r.packages),
    fromPrice: r.from_price === null ? null : BigInt(r.from_price),
    updatedAt: r.updated_at,
  }));
}

/**
 * The rates behind a gig's price estimates for a reader in another currency (src/fx): the platform's
 * one USD → PKR rate, and for GBP, EUR, AED or SAR that currency's display-only rate. Undefined when
 * no estimate is needed or the reader's currency has no rate.
 */
export async function readerRates(deps: Deps, from: Currency, to: DisplayCurrency): Promise<EstimateRates | undefined> {
  if (from === to) return undefined;
  return (await estimateRates(deps.db, to)) ?? undefined;
}
