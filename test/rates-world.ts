// What the market-rates and referrals tests share: freelancers in a city at a seller level with a
// published gig in a skill, orders completed through the API at a given time, and an association
// with officers (rows inserted directly: the associations module owns its own use cases).
import { createGig, publishGig } from '../src/gigs/service.ts';
import { SKILLS } from '../src/taxonomy/data.ts';
import type { TestEnv } from './support.ts';
import { completedOrder, fundWallet, person, type Person } from './world.ts';

export type SellerLevel = 'new' | 'level_one' | 'level_two' | 'top_rated';

/** A freelancer who shows `city` on their profile, at `level`. */
export async function sellerIn(env: TestEnv, name: string, city: string | null, level: SellerLevel = 'new', opts: { showCity?: boolean } = {}) {
  const p = await person(env, name, { role: 'freelancer' });
  await env.deps.db
    .updateTable('profiles')
    .set({ city_slug: city, show_city: opts.showCity ?? true })
    .where('user_id', '=', p.user.id)
    .execute();
  await env.deps.db.updateTable('users').set({ seller_level: level }).where('id', '=', p.user.id).execute();
  return p;
}

/** A published gig of one package in `skill` at `rupees`. */
export async function gigIn(env: TestEnv, seller: Person, skill: string, rupees: number, title = 'I will design a clean, modern logo for your brand') {
  const { id } = await createGig(env.deps, seller.actor, {
    title,
    description: 'Three concepts, the files you need, and changes until you are happy.',
    category_slug: SKILLS.find((k) => k.slug === skill)?.category ?? 'design',
    skills: [skill],
    packages: [{ name: 'Basic', price: { amount: String(rupees * 100), currency: 'PKR' }, delivery_days: 3, revisions: 2 }],
    faqs: [],
    questions: [],
  }, 1000);
  await publishGig(env.deps, seller.actor, id);
  return id;
}

/** A client with money in their wallet. */
export async function buyer(env: TestEnv, name = 'Emma Client', rupees = 5_000_000) {
  const b = await person(env, name, { role: 'client' });
  await fundWallet(env, b, BigInt(rupees) * 100n, 'PKR');
  return b;
}

/** An order of a new gig at `rupees`, completed at `at`. */
export async function soldAt(env: TestEnv, seller: Person, client: Person, skill: string, rupees: number, at: string) {
  const gig = await gigIn(env, seller, skill, rupees);
  return completedOrder(env, seller, client, gig, at);
}

/** An active association with these officers and members. */
export async function associationWith(env: TestEnv, slug: string, creator: Person, opts: { officers?: Person[]; members?: Person[]; city?: string | null; skill?: string | null; name?: string } = {}) {
  const now = new Date();
  const a = await env.deps.db
    .insertInto('associations')
    .values({ slug, name_en: opts.name ?? 'Lahore Designers', name_ur: 'لاہور ڈیزائنرز', city_slug: opts.city === undefined ? 'lahore' : opts.city, skill_slug: opts.skill ?? 'logo-design', created_by: creator.user.id, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = [...(opts.officers ?? []).map((p) => ({ p, role: 'officer' as const })), ...(opts.members ?? []).map((p) => ({ p, role: 'member' as const }))];
  if (rows.length) {
    await env.deps.db
      .insertInto('association_members')
      .values(rows.map(({ p, role }) => ({ association_id: a.id, user_id: p.user.id, status: 'active' as const, role, requested_at: now, joined_at: now })))
      .execute();
  }
  return a.id;
}
