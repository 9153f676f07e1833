// What the order page says to each side (issue 16): the answers to the gig's questions named for
// who reads them, the time left on a fresh order, and a delivery flash that promises no notification.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credit, TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { money } from '../platform/money.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;

async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur', name: string) {
  const email = `wording-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: name, isFreelancer: role === 'freelancer', isClient: role === 'client', locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: false, locale, sessionId: null, onboardingDone: true };
  return { user, client, actor };
}

describe('the order page’s words', () => {
  it('names the answers for who reads them, shows a 4-day package as 4 days left, and does not claim the client was told of a delivery', async () => {
    const seller = await person('freelancer', 'en', 'Bilal Ahmed');
    const sellerUr = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const buyer = await person('client', 'en', 'Hamza Sheikh');
    await credit(env.deps, { kind: 'client_wallet', ownerId: buyer.user.id, currency: 'PKR' }, money(5_000_000n, 'PKR'));
    for (const s of [seller, sellerUr]) {
      const { id } = await createGig(env.deps, s.actor, {
        title: 'I will build your shop’s website',
        description: 'A fast site in English and Urdu.',
        category_slug: 'web-mobile',
        skills: [],
        packages: [{ name: 'Standard', price: { amount: '1200000', currency: 'PKR' }, delivery_days: 4, revisions: 2 }],
        faqs: [],
        questions: [{ question: 'What is your shop called?', required: true }],
      });
      await publishGig(env.deps, s.actor, id);
      const { id: orderId } = (await (await buyer.client.json('POST', '/api/v1/orders', { gig: id, package: 1, answers: ['Sheikh Textiles'] })).json()) as { id: string };
      expect((await buyer.client.json('POST', `/api/v1/orders/${orderId}/pay`, undefined, { 'idempotency-key': `pay-${orderId}` })).status).toBe(200);
      // A minute later the freelancer opens it: four days, not three.
      env.clock.advance(60_000);
      const url = `/orders/${orderId}`;
      const theirs = visibleText(await (await s.client.get(url)).text());
      if (s === seller) {
        expect(theirs).toContain('(4 days left)');
        expect(theirs).toContain('The client’s answers to your questions What is your shop called? Sheikh Textiles');
        expect(theirs).not.toContain('seller’s questions');
        const mine = visibleText(await (await buyer.client.get(url)).text());
        expect(mine).toContain('Your answers to the freelancer’s questions What is your shop called? Sheikh Textiles');
        expect((await s.client.post(`${url}/deliver`, { message: 'The site is live: https://example.pk' })).status).toBe(303);
        const after = visibleText(await (await s.client.get(url)).text());
        expect(after).toContain('Delivered. The client can now accept it or ask for a revision.');
        expect(after).not.toContain('has been told');
      } else {
        expect(theirs).toContain('4 دن باقی');
        expect(theirs).toContain('آپ کے سوالوں کے کلائنٹ کے جواب');
        expect(theirs).not.toContain('بیچنے والے');
        expect((await s.client.post(`${url}/deliver`, { message: 'ویب سائٹ تیار ہے' })).status).toBe(303);
        const after = visibleText(await (await s.client.get(url)).text());
        expect(after).toContain('ڈیلیور ہو گیا۔ اب کلائنٹ اسے قبول کر سکتے ہیں یا ریویژن مانگ سکتے ہیں۔');
      }
    }
  });
});
