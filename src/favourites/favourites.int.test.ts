import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, deleteGig, pauseGig, publishGig } from '../gigs/service.ts';
import { closeJob, inviteFreelancer, postJob } from '../jobs/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;

async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur' = 'en', name = 'Bilal Ahmed') {
  const email = `fav-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: name,
    isFreelancer: role === 'freelancer',
    isClient: role === 'client',
    locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': locale });
  const res = await client.post('/login', { email, password: PASSWORD });
  expect(res.status).toBe(303);
  const actor = {
    userId: user.id,
    email,
    displayName: name,
    emailVerified: true,
    isFreelancer: role === 'freelancer',
    isClient: role === 'client',
    isAdmin: false,
    locale,
    sessionId: null,
    onboardingDone: true,
  };
  return { user, client, actor };
}

type Person = Awaited<ReturnType<typeof person>>;

async function gig(seller: Person, title: string, publish = true) {
  const g = await createGig(env.deps, seller.actor, {
    title,
    description: 'Accurate, natural translation.',
    category_slug: 'translation',
    skills: [],
    currency: 'PKR',
    packages: [{ name: 'Page', price: { amount: '100000', currency: 'PKR' }, delivery_days: 2, revisions: 1, features: [] }],
    faqs: [],
    questions: [],
  });
  if (publish) await publishGig(env.deps, seller.actor, g.id);
  return g;
}

async function job(owner: Person, title: string, visibility: 'public' | 'invite_only' = 'public') {
  return postJob(
    env.deps,
    owner.actor,
    { title, description: 'Urdu to English, two pages.', kind: 'fixed', currency: 'PKR', budget: { amount: '500000', currency: 'PKR' }, duration: 'lt_1_week', experience: 'entry', visibility },
    { jobs: 1000, proposals: 1000 },
  );
}

const rows = (userId: string) => env.deps.db.selectFrom('favourites').selectAll().where('user_id', '=', userId).execute();
const text = async (res: Response) => visibleText(await res.text());

describe('saving from the pages', () => {
  it('saves and removes a gig, a job and a freelancer with the Save button, coming back to the same page', async () => {
    const seller = await person('freelancer', 'en', 'Ayesha Khan');
    const owner = await person('client');
    const me = await person('client');
    const g = await gig(seller, 'I will translate your menu');
    const j = await job(owner, 'Translate a menu');

    const page = await me.client.get(`/g/${g.slug}`);
    expect(await text(page)).toContain('Save');
    const saved = await me.client.post(`/saved/gig/${g.id}`, { next: `/g/${g.slug}` });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/g/${g.slug}`);
    expect(await text(await me.client.get(`/g/${g.slug}`))).toContain('Saved ✓ — remove');

    // Saving again changes nothing.
    expect((await me.client.post(`/saved/gig/${g.id}`, { next: `/g/${g.slug}` })).status).toBe(303);
    expect(await rows(me.user.id)).toHaveLength(1);

    expect(await text(await me.client.get(`/jobs/${j.id}`))).toContain('Save');
    expect((await me.client.post(`/saved/job/${j.id}`, { next: `/jobs/${j.id}` })).headers.get('location')).toBe(`/jobs/${j.id}`);
    expect(await text(await me.client.get(`/jobs/${j.id}`))).toContain('Saved ✓ — remove');

    expect(await text(await me.client.get(`/u/${seller.user.handle}`))).toContain('Save');
    // A next that leaves the site falls back to /saved.
    expect((await me.client.post(`/saved/freelancer/${seller.user.id}`, { next: 'https://evil.example/' })).headers.get('location')).toBe('/saved');
    expect(await text(await me.client.get(`/u/${seller.user.handle}`))).toContain('Saved ✓ — remove');

    const list = await text(await me.client.get('/saved'));
    expect(list).toContain('I will translate your menu');
    expect(list).toContain('Translate a menu');
    expect(list).toContain('Ayesha Khan');
    // Newest first.
    expect(list.indexOf('Ayesha Khan')).toBeLessThan(list.indexOf('I will translate your menu'));

    const removed = await me.client.post(`/saved/gig/${g.id}/remove`, { next: '/saved' });
    expect(removed.headers.get('location')).toBe('/saved');
    const after = await text(await me.client.get('/saved'));
    expect(after).toContain('Removed from your saved list.');
    expect(after).not.toContain('I will translate your menu');
    expect(await rows(me.user.id)).toHaveLength(2);

    // The dashboard links to the page.
    expect(await (await me.client.get('/dashboard')).text()).toContain('href="/saved"');
  });

  it('asks a visitor to log in and come back; /saved needs a session', async () => {
    const seller = await person('freelancer');
    const g = await gig(seller, 'Logo design');
    const visitor = new TestClient(env.app);
    const html = await (await visitor.get(`/g/${g.slug}`)).text();
    expect(html).toContain(`/login?next=${encodeURIComponent(`/g/${g.slug}`)}`);
    expect(visibleText(html)).toContain('Log in to save');
    const res = await visitor.get('/saved');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fsaved');
  });

  it('shows the page and the button in Urdu', async () => {
    const seller = await person('freelancer', 'ur', 'عائشہ خان');
    const me = await person('client', 'ur');
    const g = await gig(seller, 'مینیو کا ترجمہ');
    expect(await text(await me.client.get('/saved'))).toContain('آپ نے ابھی تک کچھ محفوظ نہیں کیا');
    expect(await text(await me.client.get(`/g/${g.slug}`))).toContain('محفوظ کریں');
    await me.client.post(`/saved/gig/${g.id}`, { next: `/g/${g.slug}` });
    expect(await text(await me.client.get(`/g/${g.slug}`))).toContain('محفوظ ہے ✓ — ہٹائیں');
    const list = await text(await me.client.get('/saved'));
    expect(list).toContain('محفوظ کردہ');
    expect(list).toContain('مینیو کا ترجمہ');
    expect(list).toContain('گِگ');
  });
});

describe('what can be saved', () => {
  it('refuses a draft or paused gig and an invite-only job one is not invited to, storing nothing', async () => {
    const seller = await person('freelancer');
    const owner = await person('client');
    const me = await person('freelancer');
    const draft = await gig(seller, 'A draft gig', false);
    const paused = await gig(seller, 'A paused gig');
    await pauseGig(env.deps, seller.actor, paused.id);
    const secret = await job(owner, 'Private work', 'invite_only');

    expect((await me.client.post(`/saved/gig/${draft.id}`, { next: '/' })).status).toBe(404);
    expect((await me.client.json('PUT', `/api/v1/me/saved/gig/${paused.id}`)).status).toBe(404);
    expect((await me.client.json('PUT', `/api/v1/me/saved/job/${secret.id}`)).status).toBe(404);
    expect((await me.client.json('PUT', '/api/v1/me/saved/planet/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await me.client.json('PUT', '/api/v1/me/saved/gig/not-a-uuid')).status).toBe(404);
    expect(await rows(me.user.id)).toHaveLength(0);

    // Once invited, the job can be saved.
    await inviteFreelancer(env.deps, owner.actor, secret.id, { handle: me.user.handle });
    expect((await me.client.json('PUT', `/api/v1/me/saved/job/${secret.id}`)).status).toBe(204);
    expect(await rows(me.user.id)).toHaveLength(1);
  });

  it('drops deleted things and hides ones that became unavailable', async () => {
    const seller = await person('freelancer');
    const owner = await person('client');
    const me = await person('client');
    const g = await gig(seller, 'Soon deleted gig');
    const p = await gig(seller, 'Soon paused gig');
    const j = await job(owner, 'Soon closed job');
    for (const [kind, id] of [['gig', g.id], ['gig', p.id], ['job', j.id]] as const) expect((await me.client.json('PUT', `/api/v1/me/saved/${kind}/${id}`)).status).toBe(204);

    await deleteGig(env.deps, seller.actor, g.id);
    await pauseGig(env.deps, seller.actor, p.id);
    await closeJob(env.deps, owner.actor, j.id);
    const list = await text(await me.client.get('/saved'));
    expect(list).not.toContain('Soon deleted gig');
    expect(list).not.toContain('Soon paused gig');
    expect(list).not.toContain('Soon closed job');
    const api = (await (await me.client.get('/api/v1/me/saved')).json()) as { items: unknown[] };
    expect(api.items).toEqual([]);
    // The deleted gig's row went with it (ON DELETE CASCADE).
    expect((await rows(me.user.id)).map((r) => r.target_id).sort()).toEqual([p.id, j.id].sort());
  });
});

describe('the API', () => {
  it('lists, saves (idempotently) and removes, and never shows another person’s list', async () => {
    const seller = await person('freelancer', 'en', 'Sana Malik');
    const me = await person('client');
    const other = await person('client');
    const g = await gig(seller, 'Urdu voice-over');

    expect((await me.client.json('PUT', `/api/v1/me/saved/gig/${g.id}`)).status).toBe(204);
    expect((await me.client.json('PUT', `/api/v1/me/saved/gig/${g.id}`)).status).toBe(204);
    expect((await me.client.json('PUT', `/api/v1/me/saved/freelancer/${seller.user.id}`)).status).toBe(204);
    const res = await me.client.get('/api/v1/me/saved');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { kind: string; id: string; title: string; url: string; saved_at: string }[] };
    expect(body.items.map((i) => [i.kind, i.title, i.url])).toEqual([
      ['freelancer', 'Sana Malik', `/u/${seller.user.handle}`],
      ['gig', 'Urdu voice-over', `/g/${g.slug}`],
    ]);

    // Another person sees only their own (empty) list, on the page and in the API.
    expect(((await (await other.client.get('/api/v1/me/saved')).json()) as { items: unknown[] }).items).toEqual([]);
    expect(await text(await other.client.get('/saved'))).not.toContain('Urdu voice-over');
    // Removing someone else's entry is not possible: it only touches one's own list.
    expect((await other.client.json('DELETE', `/api/v1/me/saved/gig/${g.id}`)).status).toBe(204);
    expect(await rows(me.user.id)).toHaveLength(2);

    expect((await me.client.json('DELETE', `/api/v1/me/saved/gig/${g.id}`)).status).toBe(204);
    expect((await me.client.json('DELETE', `/api/v1/me/saved/gig/${g.id}`)).status).toBe(204);
    expect(await rows(me.user.id)).toHaveLength(1);

    expect((await new TestClient(env.app).get('/api/v1/me/saved')).status).toBe(401);
  });
});
