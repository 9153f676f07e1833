// The fee breakdown where people commit to a price: under each package on a gig page (the client
// sees what they pay), on the proposal form and edit page (the freelancer sees what they receive),
// and on each proposal the client reads on their job page.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { formatMoney, money } from '../platform/money.ts';
import { syncReferenceData } from '../taxonomy/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
  await syncReferenceData(env.deps.db);
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
const rs = (rupees: number, locale: 'en' | 'ur' = 'en') => formatMoney(locale, money(BigInt(rupees) * 100n, 'PKR')).replace(/\s/g, ' ').replace(/[\u2066-\u2069]/g, '');
let n = 0;

async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur' = 'en') {
  const email = `fees-${role}${++n}@example.pk`;
  await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: `Person ${n}`, isFreelancer: role === 'freelancer', isClient: role === 'client', locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  return client;
}

const read = async (client: TestClient, path: string) => {
  const res = await client.get(path);
  expect(res.status, path).toBe(200);
  const html = await res.text();
  return { html, text: visibleText(html) };
};

describe('the gig page', () => {
  it('shows each package’s fees from the reader’s side, in both languages, and stays light', async () => {
    const seller = await person('freelancer');
    const created = await seller.json('POST', '/api/v1/gigs', {
      title: 'Logo design',
      description: 'A clean logo.',
      category_slug: 'design',
      skills: [],
      packages: [
        { name: 'Basic', price: { amount: '1000000', currency: 'PKR' }, delivery_days: 3, revisions: 1, features: [] },
        { name: 'Standard', price: { amount: '2501010', currency: 'PKR' }, delivery_days: 5, revisions: 2, features: [] },
      ],
      faqs: [],
      questions: [],
    });
    expect(created.status).toBe(201);
    const gig = (await created.json()) as { id: string; slug: string };
    expect((await seller.json('POST', `/api/v1/gigs/${gig.id}/publish`, {})).status).toBe(200);

    const visitor = await read(new TestClient(env.app), `/g/${gig.slug}`);
    expect(visitor.text).toContain(`You pay ${rs(10_000)} The freelancer receives ${rs(9_500)} Hunar keeps ${rs(500)} (5% of the price)`);
    // Rs 25,010.10: 5% is 1,250.505 rupees, a tie at the paisa, rounded to the even Rs 1,250.50.
    expect(visitor.text).toContain('You pay Rs 25,010.10 The freelancer receives Rs 23,759.60 Hunar keeps Rs 1,250.50');
    expect(visitor.text).toContain('Hunar’s fee on this site: 5% of the price from the freelancer; nothing from the client. Fees are rounded to the nearest paisa or cent, half to even.');
    expect(visitor.html).toContain('<a href="/fees">How our fees compare</a>');
    expect(gzipSync(visitor.html).length).toBeLessThan(12_000);

    const urdu = await read(new TestClient(env.app, { 'accept-language': 'ur' }), `/g/${gig.slug}`);
    expect(urdu.text).toContain(`آپ ادا کریں گے ${rs(10_000, 'ur')} فری لانسر وصول کرے گا ${rs(9_500, 'ur')} ہنر کا حصہ ${rs(500, 'ur')}`);

    // The seller reads the same package from their side.
    const own = await read(seller, `/g/${gig.slug}`);
    expect(own.text).toContain(`The client pays ${rs(10_000)} You receive ${rs(9_500)}`);
  });

  it('follows the operator’s setting', async () => {
    const other = await testEnv({ FEE_FREELANCER_BP: '300', FEE_CLIENT_BP: '200' });
    try {
      await syncReferenceData(other.deps.db);
      const email = 'fees-other@example.pk';
      await createAccount(other.deps.db, other.deps, { email, password: PASSWORD, displayName: 'Other', isFreelancer: true, isClient: false, locale: 'en', verified: true, onboarded: true });
      const seller = new TestClient(other.app);
      expect((await seller.post('/login', { email, password: PASSWORD })).status).toBe(303);
      const created = await seller.json('POST', '/api/v1/gigs', {
        title: 'Data entry',
        description: 'Fast and careful.',
        category_slug: 'data-ai',
        skills: [],
        packages: [{ name: 'Basic', price: { amount: '1000000', currency: 'PKR' }, delivery_days: 3, revisions: 1, features: [] }],
        faqs: [],
        questions: [],
      });
      expect(created.status).toBe(201);
      const gig = (await created.json()) as { id: string; slug: string };
      expect((await seller.json('POST', `/api/v1/gigs/${gig.id}/publish`, {})).status).toBe(200);
      const res = await new TestClient(other.app).get(`/g/${gig.slug}`);
      expect(visibleText(await res.text())).toContain(`You pay ${rs(10_200)} The freelancer receives ${rs(9_700)} Hunar keeps ${rs(500)} (5% of the price)`);
    } finally {
      await other.close();
    }
  });
});

describe('proposals', () => {
  it('show the freelancer what they will receive and the client what they pay', async () => {
    const client = await person('client');
    const posted = await client.json('POST', '/api/v1/jobs', {
      title: 'Translate a website',
      description: 'English to Urdu.',
      category_slug: 'translation',
      skills: [],
      kind: 'fixed',
      currency: 'PKR',
      budget: { amount: '3000000', currency: 'PKR' },
      duration: '1_4_weeks',
      experience: 'intermediate',
      visibility: 'public',
    });
    expect(posted.status).toBe(201);
    const jobId = ((await posted.json()) as { id: string }).id;

    // Before an amount is typed, the form states the policy in words.
    const freelancer = await person('freelancer', 'ur');
    const form = await read(freelancer, `/jobs/${jobId}`);
    expect(form.text).toContain('اس سائٹ پر ہنر کی فیس: فری لانسر سے قیمت کا 5%؛ کلائنٹ سے کچھ نہیں۔ “پیش منظر” دبائیں تو دیکھیں گے');

    // A form sent back with a mistake shows what the typed amount comes to.
    const refused = await freelancer.post(`/jobs/${jobId}/proposals`, { cover_letter: 'میں یہ کر سکتا ہوں۔', amount: 'Rs 20,000', delivery_days: '0' });
    expect(refused.status).toBe(400);
    expect(visibleText(await refused.text())).toContain(`آپ وصول کریں گے ${rs(19_000, 'ur')} ہنر کا حصہ ${rs(1_000, 'ur')}`);

    expect((await freelancer.post(`/jobs/${jobId}/proposals`, { cover_letter: 'میں یہ کر سکتا ہوں۔', amount: 'Rs 20,000', delivery_days: '7' })).status).toBe(303);
    const mine = (await (await freelancer.get('/api/v1/me/proposals')).json()) as { proposals: { id: string }[] };
    const id = mine.proposals[0]!.id;

    const edit = await read(freelancer, `/proposals/${id}/edit`);
    expect(edit.text).toContain(`کلائنٹ ادا کرے گا ${rs(20_000, 'ur')} آپ وصول کریں گے ${rs(19_000, 'ur')}`);

    const owner = await read(client, `/jobs/${jobId}`);
    expect(owner.text).toContain(`You pay ${rs(20_000)} The freelancer receives ${rs(19_000)} Hunar keeps ${rs(1_000)} (5% of the price)`);
  });
});
