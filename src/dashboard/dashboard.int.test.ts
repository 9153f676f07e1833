import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credit, TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import type { AccountRef } from '../ledger/service.ts';
import type { Actor } from '../platform/actor.ts';
import { formatDateTime } from '../platform/format.ts';
import { money } from '../platform/money.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'a long enough password';
let n = 0;

async function person(role: { isFreelancer: boolean; isClient: boolean }, locale: 'en' | 'ur', displayName = 'Sana') {
  const email = `dash-${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName, ...role, locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor: Actor = { userId: user.id, email, displayName, emailVerified: true, ...role, isAdmin: false, locale, sessionId: null, onboardingDone: true };
  return { user, client, actor };
}

async function dashboard(client: TestClient) {
  const html = await (await client.get('/dashboard')).text();
  return { html, text: visibleText(html) };
}

/** The dashboard's "needs your action now" section, as text. */
async function actionsNow(client: TestClient) {
  const { html } = await dashboard(client);
  const section = html.match(/<section class="card actions-now"[\s\S]*?<\/section>/)?.[0] ?? '';
  return { html: section, text: visibleText(section) };
}

const fund = (account: AccountRef, paisa: bigint) => credit(env.deps, account, money(paisa, 'PKR'));

async function publishedGig(seller: Awaited<ReturnType<typeof person>>) {
  const { id, slug } = await createGig(env.deps, seller.actor, {
    title: 'Logo design for your shop',
    description: 'Three concepts and the source files.',
    category_slug: 'design',
    skills: ['logo-design'],
    packages: [{ name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, id);
  return slug;
}

/** The client orders the gig's package and, unless told otherwise, pays for it. */
async function order(buyer: Awaited<ReturnType<typeof person>>, slug: string, pay = true): Promise<string> {
  const placed = await buyer.client.post('/orders', { gig: slug, package: '1' });
  expect(placed.status).toBe(303);
  const id = placed.headers.get('location')!.split('/').pop()!;
  if (pay) {
    await fund({ kind: 'client_wallet', ownerId: buyer.user.id, currency: 'PKR' }, 150_000n);
    expect((await buyer.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, { 'idempotency-key': `pay-${id}` })).status).toBe(200);
  }
  return id;
}

describe('the dashboard', () => {
  it('leads to the work and the money, by role, in the reader’s language', async () => {
    const freelancer = await dashboard((await person({ isFreelancer: true, isClient: false }, 'ur')).client);
    expect(freelancer.text).toContain('آپ کا کام اور رقم');
    for (const href of ['/orders', '/contracts', '/wallet', '/payouts', '/proposals']) expect(freelancer.html).toContain(`href="${href}"`);
    expect(freelancer.html).not.toContain('href="/wallet/top-ups"');
    const client = await dashboard((await person({ isFreelancer: false, isClient: true }, 'en')).client);
    expect(client.text).toContain('Your work and money');
    for (const href of ['/orders', '/contracts', '/wallet', '/wallet/top-ups', '/jobs/mine']) expect(client.html).toContain(`href="${href}"`);
    // Clients withdraw unused balance on /payouts too (issue 16).
    expect(client.html).toMatch(/<a href="\/payouts">Withdraw unused balance<\/a>/);
    expect(client.html).not.toContain('Withdraw your earnings');
  });

  it('promises nothing that already exists: job posts and search are one click away', async () => {
    for (const locale of ['en', 'ur'] as const) {
      const { html, text } = await dashboard((await person({ isFreelancer: false, isClient: true }, locale)).client);
      expect(text).not.toMatch(/coming soon|جلد آ رہی/i);
      expect(html).toMatch(/<section class="card next-step" aria-labelledby="next-post_job">[\s\S]*?href="\/jobs\/new"/);
      expect(html).toMatch(/<section class="card next-step" aria-labelledby="next-browse">[\s\S]*?href="\/search"/);
    }
  });

  it('says so when nothing waits, before everything else', async () => {
    const { html } = await dashboard((await person({ isFreelancer: true, isClient: true }, 'en')).client);
    expect(visibleText(html)).toContain('Needs your action now Nothing is waiting for you right now.');
    // First on the page, ahead of the next steps.
    expect(html.indexOf('actions-now')).toBeLessThan(html.indexOf('next-steps'));
  });

  it('puts the freelancer’s orders to deliver first, with their due dates, linked to each order', async () => {
    const seller = await person({ isFreelancer: true, isClient: false }, 'en', 'Ayesha Khan');
    const buyer = await person({ isFreelancer: false, isClient: true }, 'ur', 'حمزہ ملک');
    const slug = await publishedGig(seller);
    const paid = await order(buyer, slug);
    const unpaid = await order(buyer, slug, false);

    const { html, text } = await actionsNow(seller.client);
    expect(html).toContain(`href="/orders/${paid}"`);
    // Nothing to deliver before the client pays.
    expect(html).not.toContain(`href="/orders/${unpaid}"`);
    const due = (await env.deps.db.selectFrom('orders').select('due_at').where('id', '=', paid).executeTakeFirstOrThrow()).due_at!;
    const dueText = formatDateTime('en', due, 'Asia/Karachi');
    expect(text).toMatch(/Deliver order HNR-\d+ · Logo design for your shop/);
    expect(text).toContain(`For حمزہ ملک; delivery due ${dueText}`);

    // The client asks for a revision: it is back on the list, as a revision to deliver.
    expect((await seller.client.json('POST', `/api/v1/orders/${paid}/deliver`, { message: 'Three concepts attached' })).status).toBe(200);
    expect((await actionsNow(seller.client)).html).not.toContain(`href="/orders/${paid}"`);
    expect((await buyer.client.json('POST', `/api/v1/orders/${paid}/revision`, { message: 'A greener one, please' })).status).toBe(200);
    expect((await actionsNow(seller.client)).text).toMatch(/Deliver the revision of order HNR-\d+/);

    // In Urdu, too.
    const ur = await person({ isFreelancer: true, isClient: false }, 'ur', 'بلال احمد');
    const urSlug = await publishedGig(ur);
    await order(buyer, urSlug);
    expect((await actionsNow(ur.client)).text).toMatch(/آرڈر HNR-\d+ ڈیلیور کریں/);
  });

  it('shows the client deliveries to review with the automatic acceptance date, and orders to pay', async () => {
    const seller = await person({ isFreelancer: true, isClient: false }, 'en', 'Bilal Ahmed');
    const buyer = await person({ isFreelancer: false, isClient: true }, 'en', 'Hamza Malik');
    const slug = await publishedGig(seller);
    const delivered = await order(buyer, slug);
    expect((await seller.client.json('POST', `/api/v1/orders/${delivered}/deliver`, { message: 'Done' })).status).toBe(200);
    const unpaid = await order(buyer, slug, false);

    const { html, text } = await actionsNow(buyer.client);
    const auto = (await env.deps.db.selectFrom('orders').select('auto_accept_at').where('id', '=', delivered).executeTakeFirstOrThrow()).auto_accept_at!;
    const autoText = formatDateTime('en', auto, 'Asia/Karachi');
    expect(html).toContain(`href="/orders/${delivered}"`);
    expect(text).toContain(`From Bilal Ahmed; accepted automatically on ${autoText} unless you answer`);
    expect(html).toContain(`href="/orders/${unpaid}"`);
    expect(text).toMatch(/Pay for order HNR-\d+ · Logo design for your shop Rs 1,500(\.00)? into escrow for the work of Bilal Ahmed/);
    // Reviewing comes before paying.
    expect(html.indexOf(`/orders/${delivered}`)).toBeLessThan(html.indexOf(`/orders/${unpaid}`));

    // Accepted, the delivery leaves the list.
    expect((await buyer.client.json('POST', `/api/v1/orders/${delivered}/accept`, undefined, { 'idempotency-key': `accept-${delivered}` })).status).toBe(200);
    expect((await actionsNow(buyer.client)).html).not.toContain(`href="/orders/${delivered}"`);
  });

  it('counts the unanswered proposals on the client’s open jobs, and the milestones to fund after a hire', async () => {
    const buyer = await person({ isFreelancer: false, isClient: true }, 'ur', 'حمزہ ملک');
    const one = await person({ isFreelancer: true, isClient: false }, 'en', 'Ayesha Khan');
    const two = await person({ isFreelancer: true, isClient: false }, 'en', 'Bilal Ahmed');
    const job = (await (await buyer.client.json('POST', '/api/v1/jobs', { title: 'Shop website', description: 'Five pages.', kind: 'fixed', budget: { amount: '5000000', currency: 'PKR' }, duration: '1_4_weeks', experience: 'intermediate', currency: 'PKR' })).json()) as { id: string };
    const proposalIds: string[] = [];
    for (const f of [one, two]) {
      const sent = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, {
        cover_letter: 'I can do it.',
        delivery_days: 14,
        amount: { amount: '4500000', currency: 'PKR' },
        milestones: [
          { title: 'Design', amount: { amount: '1500000', currency: 'PKR' } },
          { title: 'Build', amount: { amount: '3000000', currency: 'PKR' } },
        ],
      });
      expect(sent.status).toBe(201);
      proposalIds.push(((await sent.json()) as { id: string }).id);
    }
    let now = await actionsNow(buyer.client);
    expect(now.html).toContain(`href="/jobs/${job.id}#proposals-heading"`);
    expect(now.text).toContain('2 نئے پروپوزلز کا جواب دیں · Shop website');

    // Shortlisting answers one; hiring the other declines the rest and makes the contract.
    expect((await buyer.client.json('POST', `/api/v1/proposals/${proposalIds[0]}/shortlist`)).status).toBe(200);
    now = await actionsNow(buyer.client);
    expect(now.text).toContain('1 نئے پروپوزل کا جواب دیں');
    expect(now.text).not.toContain('1 نئے پروپوزلز');
    expect((await buyer.client.json('POST', `/api/v1/proposals/${proposalIds[0]}/hire`)).status).toBe(200);
    now = await actionsNow(buyer.client);
    expect(now.html).not.toContain(`/jobs/${job.id}#proposals-heading`);
    const milestones = await env.deps.db.selectFrom('orders').select(['id', 'title']).where('client_id', '=', buyer.user.id).orderBy('position').execute();
    expect(milestones.map((m) => m.title)).toEqual(['Design', 'Build']);
    for (const m of milestones) expect(now.html).toContain(`href="/orders/${m.id}"`);
    expect(now.text).toMatch(/مائل اسٹون HNR-\d+ کے لیے ایسکرو میں ادائیگی کریں · Design/);
    // The freelancer has nothing to deliver until a milestone is funded.
    expect((await actionsNow(one.client)).html).not.toContain('/orders/');
  });

  it('shows the freelancer’s withdrawals on their way until they are paid', async () => {
    const f = await person({ isFreelancer: true, isClient: false }, 'en', 'Ayesha Khan');
    await fund({ kind: 'freelancer_available', ownerId: f.user.id, currency: 'PKR' }, 500_000n);
    expect((await f.client.post('/payouts/methods', { channel: 'jazzcash', account_title: 'Ayesha Khan', mobile: '0300-1234567' })).status).toBe(303);
    const method = await env.deps.db.selectFrom('payout_methods').select('id').where('user_id', '=', f.user.id).executeTakeFirstOrThrow();
    const asked = await f.client.json('POST', '/api/v1/me/withdrawals', { method_id: method.id, amount: { amount: '200000', currency: 'PKR' } }, { 'idempotency-key': `w-${f.user.id}` });
    expect(asked.status).toBe(201);
    const { html, text } = await actionsNow(f.client);
    expect(html).toContain('href="/payouts"');
    expect(text).toMatch(/Withdrawal of Rs 2,000(\.00)? to JazzCash Requested · requested on/);
  });
});
