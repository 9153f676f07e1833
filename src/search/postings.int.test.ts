// Postings (0020_search_postings.ts, docs/decisions/0030-search-postings.md): the window found by
// walking postings lists is the window PostgreSQL finds from the search's conditions alone, and the
// triggers keep the lists in step with what the owners of gigs, jobs and profiles change.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, testPerson } from '../../test/support.ts';
import { createGig, deleteGig, pauseGig, publishGig, resumeGig, updateGig } from '../gigs/service.ts';
import type { Actor } from '../platform/actor.ts';
import { parseWith } from '../platform/forms.ts';
import { updateFreelancerProfile } from '../profiles/service.ts';
import { planSearch, searchParams, searchQuery, searchStatement, searchTerms, search, tsqueryOf } from './service.ts';

let env: TestEnv;
let clientId = '';

const person = (name: string, freelancer: boolean, profile: Record<string, unknown> = {}): Promise<Actor> => testPerson(env.deps, name, { freelancer, profile });

const gigInput = (title: string, description: string, skills: string[], price: number, days: number, currency: 'PKR' | 'USD' = 'PKR') => ({
  title,
  description,
  category_slug: skills.includes('wordpress') ? 'web-mobile' : skills.includes('translation') ? 'translation' : 'design',
  skills,
  packages: [{ name: 'Basic', price: { amount: String(price), currency }, delivery_days: days, revisions: 1 }],
  faqs: [],
  questions: [],
});

async function gig(actor: Actor, title: string, description: string, skills: string[] = [], price = 150000, days = 3, currency: 'PKR' | 'USD' = 'PKR'): Promise<string> {
  const { id } = await createGig(env.deps, actor, gigInput(title, description, skills, price, days, currency), 1000);
  await publishGig(env.deps, actor, id);
  return id;
}

async function job(title: string, description: string, skills: string[], visibility: 'public' | 'invite_only' = 'public'): Promise<string> {
  const now = env.clock.now();
  const row = await env.deps.db
    .insertInto('jobs')
    .values({
      client_id: clientId,
      title,
      description,
      category_slug: 'design',
      skills,
      kind: 'fixed',
      budget_minor: '1000000',
      rate_min_minor: null,
      rate_max_minor: null,
      weekly_hours: null,
      currency: 'PKR',
      duration: '1_4_weeks',
      experience: 'intermediate',
      visibility,
      status: 'open',
      created_at: now,
      updated_at: now,
      closed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const WORDS = ['qzalpha', 'qzbeta', 'qzgamma', 'logo', 'design', 'wordpress', 'لوگو', 'ڈیزائن', 'ترجمہ'];
const SKILLS = [[], ['logo-design'], ['wordpress'], ['translation']];
const CITIES = ['lahore', 'karachi', 'multan'];

beforeAll(async () => {
  env = await testEnv();
  clientId = (await person('Postings Client', false)).userId;
  // A deterministic mix: words, skills, cities, prices and publication times vary with i.
  for (let i = 0; i < 12; i++) {
    const seller = await person(`Seller ${WORDS[i % WORDS.length]} ${i}`, true, {
      city_slug: CITIES[i % 3],
      show_city: i % 4 === 0 ? false : 'on',
      languages: i % 2 ? ['ur'] : ['en'],
      headline: `${WORDS[(i + 1) % WORDS.length]} ${WORDS[(i + 4) % WORDS.length]} specialist`,
      skills: SKILLS[i % SKILLS.length],
    });
    for (let k = 0; k < 5; k++) {
      env.clock.advance(1000 * ((i + k) % 3));
      const w = (j: number) => WORDS[(i * 5 + k * 3 + j) % WORDS.length];
      // A third of the gigs are priced in dollars ($5 to $32, about Rs 1,400 to 9,000), the rest Rs 500 to 2,300.
      const usd = (i + k) % 3 === 0;
      const price = usd ? 500 + ((i * 7 + k * 13) % 10) * 300 : 50000 + ((i * 7 + k * 13) % 10) * 20000;
      await gig(seller, `${w(0)} ${w(1)} work ${i}-${k}`, `About ${w(2)} and ${w(5)}.`, SKILLS[(i + k) % SKILLS.length] as string[], price, 1 + ((i + k) % 7), usd ? 'USD' : 'PKR');
      await job(`${w(1)} ${w(3)} wanted ${i}-${k}`, `Need ${w(4)}.`, SKILLS[(i + 2 * k) % SKILLS.length] as string[], k === 4 ? 'invite_only' : 'public');
    }
  }
}, 120_000);
afterAll(() => env.close());

async function windows(raw: Record<string, string>) {
  const params = parseWith(searchParams, raw);
  const terms = searchTerms(params.q);
  const plan = await planSearch(env.deps.db, terms);
  const walked = await searchStatement(env.deps.db, params, null);
  const planned = searchQuery(params, { hasQuery: terms.normalized !== '', tsq: tsqueryOf(plan), slugs: terms.slugs, rank: plan.rank, streams: null }, null);
  const ids = async (q: typeof walked) => (await q.execute(env.deps.db)).rows.map((r) => `${r.id} ${r.window_count}`);
  return { walked: await ids(walked), planned: await ids(planned), usesPostings: walked.compile(env.deps.db).sql.includes('_postings') };
}

describe('the window through postings', () => {
  it('is the window PostgreSQL finds without them, for every type, sort and filter (gigs by price too, in both currencies)', async () => {
    const queries = ['qzalpha', 'qzalpha qzbeta', 'qzbeta work', 'logo design', 'لوگو ڈیزائن', 'logo dizain', 'wordpress', 'ترجمہ', 'qzalpa', 'specialist', 'seller qzgamma'];
    const filters: Record<string, string>[] = [{}, { category: 'design' }, { price_max: '1500' }, { price_min: '10', currency: 'USD' }, { delivery_days: '3' }, { city: 'lahore' }, { language: 'ur' }, { skill: 'logo-design' }];
    let compared = 0;
    let walkedInCity = 0;
    for (const q of queries)
      for (const type of ['gig', 'job', 'freelancer'])
        for (const sort of type === 'gig' ? ['relevance', 'newest', 'price'] : ['relevance', 'newest'])
          for (const f of filters) {
            const { walked, planned, usesPostings } = await windows({ q, type, sort, ...f });
            // A search with a city walks the city's part of each list (0028, 0029), but gigs by price
            // with a city go the planned way (decision 0030): nothing to compare there.
            expect(usesPostings).toBe(!f.city || sort !== 'price');
            expect(walked, JSON.stringify({ q, type, sort, ...f })).toEqual(planned);
            if (walked.length > 0) compared += 1;
            if (walked.length > 0 && usesPostings && f.city) walkedInCity += 1;
          }
    // Most combinations find something, so the comparison is not between empty pages.
    expect(compared).toBeGreaterThan(250);
    expect(walkedInCity).toBeGreaterThan(10);
  });

  it('pages through newest matches with the cursor as before', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search(env.deps, null, { q: 'qzalpha', sort: 'newest', ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM gigs WHERE status = 'published' AND search_tsv @@ plainto_tsquery('simple', 'qzalpha') ORDER BY published_at DESC, id DESC`.execute(env.deps.db);
    expect(seen).toEqual(rows.map((r) => r.id));
  });
});

async function terms(table: 'gig_postings' | 'job_postings' | 'freelancer_postings', owner: string, id: string): Promise<string[]> {
  const { rows } = await sql<{ term: string }>`SELECT term FROM ${sql.table(table)} WHERE ${sql.ref(owner)} = ${id} ORDER BY term`.execute(env.deps.db);
  return rows.map((r) => r.term);
}

describe('postings follow their owners', () => {
  it('a gig: published, edited, paused, resumed, deleted', async () => {
    const seller = await person('Edit Tester', true, { headline: 'Tester' });
    const id = await gig(seller, 'qzoldword poster', 'Plain text.', ['logo-design']);
    expect(await terms('gig_postings', 'gig_id', id)).toEqual(expect.arrayContaining(['qzoldword', 'poster', 'skill logo-design', 'category design']));
    expect((await search(env.deps, null, { q: 'qzoldword' })).items.map((i) => i.id)).toEqual([id]);

    await updateGig(env.deps, seller, id, gigInput('qznewword poster', 'Plain text.', ['wordpress'], 150000, 3));
    const now = await terms('gig_postings', 'gig_id', id);
    expect(now).toEqual(expect.arrayContaining(['qznewword', 'skill wordpress', 'category web-mobile']));
    expect(now).not.toContain('qzoldword');
    expect(now).not.toContain('skill logo-design');
    expect((await search(env.deps, null, { q: 'qznewword' })).items.map((i) => i.id)).toEqual([id]);
    expect((await search(env.deps, null, { q: 'qzoldword' })).total).toBe(0);

    await pauseGig(env.deps, seller, id);
    expect(await terms('gig_postings', 'gig_id', id)).toEqual([]);
    expect((await search(env.deps, null, { q: 'qznewword' })).total).toBe(0);
    await resumeGig(env.deps, seller, id);
    expect((await search(env.deps, null, { q: 'qznewword' })).items.map((i) => i.id)).toEqual([id]);

    await deleteGig(env.deps, seller, id);
    expect(await terms('gig_postings', 'gig_id', id)).toEqual([]);
  });

  it('a job: only while open and public', async () => {
    const open = await job('qzjobword wanted', 'Details.', ['translation']);
    const invite = await job('qzjobword invited', 'Details.', [], 'invite_only');
    expect(await terms('job_postings', 'job_id', open)).toEqual(expect.arrayContaining(['qzjobword', 'skill translation']));
    expect(await terms('job_postings', 'job_id', invite)).toEqual([]);
    await env.deps.db.updateTable('jobs').set({ status: 'closed', closed_at: env.clock.now() }).where('id', '=', open).execute();
    expect(await terms('job_postings', 'job_id', open)).toEqual([]);
    await env.deps.db.updateTable('jobs').set({ visibility: 'public' }).where('id', '=', invite).execute();
    expect((await search(env.deps, null, { q: 'qzjobword', type: 'job' })).items.map((i) => i.id)).toEqual([invite]);
  });

  it('a freelancer: by profile and by name, renamed, and no longer a freelancer', async () => {
    const f = await person('Qzfirstname Person', true, { headline: 'qzheadline maker', skills: ['translation'] });
    expect(await terms('freelancer_postings', 'user_id', f.userId)).toEqual(expect.arrayContaining(['qzfirstname', 'person', 'qzheadline', 'skill translation']));
    await env.deps.db.updateTable('users').set({ display_name: 'Qzsecondname Person' }).where('id', '=', f.userId).execute();
    const renamed = await terms('freelancer_postings', 'user_id', f.userId);
    expect(renamed).toContain('qzsecondname');
    expect(renamed).not.toContain('qzfirstname');
    expect((await search(env.deps, null, { q: 'qzsecondname', type: 'freelancer' })).items.map((i) => i.id)).toEqual([f.userId]);
    await updateFreelancerProfile(env.deps, f, { headline: 'qzother maker', skills: ['translation'] });
    expect(await terms('freelancer_postings', 'user_id', f.userId)).not.toContain('qzheadline');
    await env.deps.db.updateTable('users').set({ is_freelancer: false }).where('id', '=', f.userId).execute();
    expect(await terms('freelancer_postings', 'user_id', f.userId)).toEqual([]);
  });
});

describe("a gig's seller city (0022_gig_seller_city.ts) and the postings' city (0028, 0029)", () => {
  it('follows the profile: shown, moved, hidden, shown again', async () => {
    const seller = await person('Qzcitymover Person', true, { city_slug: 'multan', show_city: 'on', headline: 'Mover' });
    const id = await gig(seller, 'qzcityword banner', 'Plain text.');
    const inCity = async (city: string) => (await search(env.deps, null, { q: 'qzcityword', city })).items.map((i) => i.id);
    const freelancersIn = async (city: string) => (await search(env.deps, null, { q: 'qzcitymover', type: 'freelancer', city })).items.map((i) => i.id);
    const cities = async () => {
      const { rows } = await sql<{ city: string | null }>`
        SELECT DISTINCT city FROM gig_postings WHERE gig_id = ${id} UNION ALL SELECT DISTINCT city FROM freelancer_postings WHERE user_id = ${seller.userId}`.execute(env.deps.db);
      return rows.map((r) => r.city);
    };
    expect(await inCity('multan')).toEqual([id]);
    expect(await freelancersIn('multan')).toEqual([seller.userId]);
    expect(await cities()).toEqual(['multan', 'multan']);
    await updateFreelancerProfile(env.deps, seller, { city_slug: 'lahore', show_city: 'on', headline: 'Mover' });
    expect(await inCity('multan')).toEqual([]);
    expect(await inCity('lahore')).toEqual([id]);
    expect(await freelancersIn('multan')).toEqual([]);
    expect(await freelancersIn('lahore')).toEqual([seller.userId]);
    await updateFreelancerProfile(env.deps, seller, { city_slug: 'lahore', show_city: false, headline: 'Mover' });
    expect(await inCity('lahore')).toEqual([]);
    expect(await freelancersIn('lahore')).toEqual([]);
    // A hidden city is on no posting: nothing to find it by.
    expect(await cities()).toEqual([null, null]);
    await updateFreelancerProfile(env.deps, seller, { city_slug: 'lahore', show_city: 'on', headline: 'Mover' });
    expect(await inCity('lahore')).toEqual([id]);
    expect(await freelancersIn('lahore')).toEqual([seller.userId]);
    // A gig made while the city is shown takes it at once.
    const second = await gig(seller, 'qzcityword poster', 'Plain text.');
    expect((await inCity('lahore')).sort()).toEqual([id, second].sort());
  });
});
