// Notifications against real PostgreSQL (mail through the development outbox): each event tells the
// right person in their language and nobody else; nobody reads or marks another person's; the
// settings turn a channel off; the unsubscribe link works without logging in and cannot be forged.
import { NOTIFICATION_KINDS } from './kinds.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credit, TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { hireProposal, inviteFreelancer, postJob, shortlistProposal, submitProposal } from '../jobs/service.ts';
import { deliverOrder, newIdempotencyKey, payOrder, placeGigOrder, sweepOrders } from '../orders/service.ts';
import type { Actor } from '../platform/actor.ts';
import { money } from '../platform/money.ts';
import { notify } from './notify.ts';
import { unreadNotifications } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
const DAY = 86_400_000;
let n = 0;

async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur', name: string) {
  const email = `notify-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: name, isFreelancer: role === 'freelancer', isClient: role === 'client', locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor: Actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: false, locale, sessionId: null, onboardingDone: true } as Actor;
  return { user, client, actor, email };
}
type Person = Awaited<ReturnType<typeof person>>;

const kindsOf = async (p: Person) => (await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', p.user.id).orderBy('created_at').execute()).map((r) => r.kind);
const listText = async (p: Person) => visibleText(await (await p.client.get('/notifications')).text());

async function gigOf(seller: Person) {
  const { id, slug } = await createGig(env.deps, seller.actor, {
    title: 'I will design a logo for your shop',
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

const jobJson = (extra: Record<string, unknown> = {}) => ({
  title: 'Translate a menu',
  description: 'Urdu to English, two pages.',
  kind: 'fixed',
  currency: 'PKR',
  budget: { amount: '500000', currency: 'PKR' },
  duration: 'lt_1_week',
  experience: 'entry',
  ...extra,
});
const proposalJson = { cover_letter: 'I have translated many menus.', amount: { amount: '450000', currency: 'PKR' }, delivery_days: 3 };

describe('each event tells the right person, in their language, and nobody else', () => {
  it('an order from placing to earnings available', async () => {
    const seller = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const bystander = await person('freelancer', 'en', 'Bilal Ahmed');
    const slug = await gigOf(seller);

    const { id } = await placeGigOrder(env.deps, buyer.actor, { gig: slug, package: 1 });
    const number = String((await env.deps.db.selectFrom('orders').select('number').where('id', '=', id).executeTakeFirstOrThrow()).number);
    expect(await kindsOf(seller)).toEqual(['order_placed']);
    expect(await listText(seller)).toContain(`نیا آرڈر HNR-${number}: I will design a logo for your shop`);

    await credit(env.deps, { kind: 'client_wallet', ownerId: buyer.user.id, currency: 'PKR' }, money(200_000n, 'PKR'));
    const key = newIdempotencyKey();
    await payOrder(env.deps, buyer.actor, id, key);
    // Paying again with the same key replays the answer and tells nobody twice.
    await payOrder(env.deps, buyer.actor, id, key);
    expect(await kindsOf(seller)).toEqual(['order_placed', 'order_paid']);
    expect(await listText(seller)).toMatch(new RegExp(`آرڈر HNR-${number} کی ایسکرو میں ادائیگی ہو گئی: Rs\\s1,500`, 'u'));

    await deliverOrder(env.deps, seller.actor, id, { message: 'تین نمونے حاضر ہیں' });
    expect(await kindsOf(buyer)).toEqual(['order_delivered']);
    expect(await listText(buyer)).toContain(`Order HNR-${number}`);
    // Two and a half days later (auto-accept after 3): the client is warned, once however often the sweep runs.
    env.clock.advance(2.5 * DAY);
    await sweepOrders(env.deps);
    await sweepOrders(env.deps);
    expect(await kindsOf(buyer)).toEqual(['order_delivered', 'auto_accept_soon']);
    expect(await listText(buyer)).toContain(`Order HNR-${number} will be accepted for you tomorrow`);

    // Accepted for the client, then the hold passes: the freelancer hears of both.
    env.clock.advance(1 * DAY);
    await sweepOrders(env.deps);
    env.clock.advance(8 * DAY);
    await sweepOrders(env.deps);
    expect(await kindsOf(seller)).toEqual(['order_placed', 'order_paid', 'order_accepted', 'earnings_available']);
    const text = await listText(seller);
    expect(text).toMatch(/Rs\s1,425 نکلوانے کے لیے تیار ہیں/u);
    expect(text).toMatch(new RegExp(`آرڈر HNR-${number} قبول ہو گیا: Rs\\s1,425 کی کمائی`, 'u'));

    expect(await kindsOf(buyer)).toEqual(['order_delivered', 'auto_accept_soon']);
    expect(await kindsOf(bystander)).toEqual([]);

    // And each reaches its person by e-mail too, in their language.
    const mails = await waitForMail(env.deps, seller.email, { count: 4 });
    expect(mails.map((m) => m.subject)).toContain(`نیا آرڈر HNR-${number}: I will design a logo for your shop`);
    const buyerMails = await waitForMail(env.deps, buyer.email, { count: 2 });
    const warned = buyerMails.find((m) => m.subject.includes('tomorrow'));
    expect(warned!.subject).toBe(`Order HNR-${number} will be accepted for you tomorrow`);
    expect(warned!.text_body).toContain(`http://localhost:3000/orders/${id}`);
  });

  it('a job: a proposal tells the client, an invitation and a hire tell the freelancer', async () => {
    const client = await person('client', 'ur', 'حمزہ ملک');
    const proposer = await person('freelancer', 'en', 'Sana Ali');
    const invited = await person('freelancer', 'ur', 'عائشہ');
    const job = await postJob(env.deps, client.actor, jobJson());

    const proposal = await submitProposal(env.deps, proposer.actor, job.id, proposalJson);
    expect(await kindsOf(client)).toEqual(['proposal_received']);
    expect(await listText(client)).toContain('Sana Ali نے “Translate a menu” پر پروپوزل بھیجا ہے');

    await inviteFreelancer(env.deps, client.actor, job.id, { handle: String(invited.user.handle) });
    expect(await kindsOf(invited)).toEqual(['invited']);

    await shortlistProposal(env.deps, client.actor, proposal.id);
    await hireProposal(env.deps, client.actor, proposal.id);
    expect(await kindsOf(proposer)).toEqual(['hired']);
    expect(await listText(proposer)).toContain('حمزہ ملک hired you: Translate a menu');
    const [hired] = await env.deps.db.selectFrom('notifications').select('link').where('user_id', '=', proposer.user.id).execute();
    expect(hired!.link).toMatch(/^\/contracts\/[0-9a-f-]{36}$/);

    expect(await kindsOf(client)).toEqual(['proposal_received']);
    expect(await kindsOf(invited)).toEqual(['invited']);
  });

  it('a rolled-back action tells nobody', async () => {
    const who = await person('freelancer', 'en', 'Usman Tariq');
    await expect(
      env.deps.db.transaction().execute(async (tx) => {
        await notify(env.deps, tx, { userId: who.user.id, kind: 'hired', params: { contract: 'x', from: 'y' }, link: '/contracts' });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await kindsOf(who)).toEqual([]);
  });
});

async function tell(p: Person, kind: 'order_placed' | 'hired' | 'invited', link = '/dashboard') {
  await env.deps.db.transaction().execute((tx) => notify(env.deps, tx, { userId: p.user.id, kind, params: { order: '1001', title: 'Shop sign', contract: 'Shop sign', job: 'Shop sign', from: 'Emma Clarke' }, link }));
  const [row] = await env.deps.db.selectFrom('notifications').select('id').where('user_id', '=', p.user.id).orderBy('created_at', 'desc').limit(1).execute();
  return row!.id;
}

describe('the list, the bell and who may read them', () => {
  it('opening one marks it read and follows its link; mark all read empties the bell', async () => {
    const me = await person('freelancer', 'en', 'Kamran Akmal');
    const first = await tell(me, 'order_placed', '/orders');
    env.clock.advance(1000);
    await tell(me, 'invited', '/jobs');
    expect(await unreadNotifications(env.deps.db, me.user.id)).toBe(2);

    const page = await (await me.client.get('/notifications')).text();
    const text = visibleText(page);
    expect(text.indexOf('Emma Clarke invites you to a job on Hunar')).toBeLessThan(text.indexOf('New order HNR-1001: Shop sign'));
    expect(text).toContain('2 new');
    expect(page).toContain('href="/settings/notifications"');

    const open = await me.client.get(`/notifications/${first}`);
    expect(open.status).toBe(303);
    expect(open.headers.get('location')).toBe('/orders');
    expect(await unreadNotifications(env.deps.db, me.user.id)).toBe(1);

    const api = (await (await me.client.get('/api/v1/notifications')).json()) as { unread: number; notifications: { id: string; text: string; read_at: string | null }[] };
    expect(api.unread).toBe(1);
    expect(api.notifications.map((x) => x.text)).toEqual(['Emma Clarke invites you to a job on Hunar', 'New order HNR-1001: Shop sign']);
    expect(api.notifications[1]!.read_at).not.toBeNull();

    expect((await me.client.post('/notifications/read', {})).status).toBe(303);
    expect(await unreadNotifications(env.deps.db, me.user.id)).toBe(0);
    expect(visibleText(await (await me.client.get('/notifications')).text())).toContain('All your notifications are marked as read.');
  });

  it('a decision’s reason is on the list, in the words the admin wrote', async () => {
    const me = await person('client', 'ur', 'عمران بٹ');
    const reason = 'The sign follows the brief in part: the freelancer gets Rs 4,500.';
    await env.deps.db.transaction().execute((tx) => notify(env.deps, tx, { userId: me.user.id, kind: 'dispute_decided', params: { order: '1027', title: 'Shop sign', outcome: 'split', reason }, link: '/orders' }));
    const page = await (await me.client.get('/notifications')).text();
    expect(visibleText(page)).toContain(`آرڈر HNR-1027 کے تنازع کا فیصلہ ہو گیا وجہ: ${reason}`);
    expect(page).toContain(`<span class="user-text" dir="auto">${reason}</span>`);
  });

  it('another person can neither open, list nor mark someone’s notifications', async () => {
    const owner = await person('freelancer', 'en', 'Ayesha Khan');
    const other = await person('freelancer', 'en', 'Bilal Ahmed');
    const id = await tell(owner, 'hired');

    expect((await other.client.get(`/notifications/${id}`)).status).toBe(404);
    const marked = await other.client.json('POST', '/api/v1/notifications/read', { ids: [id] });
    expect(marked.status).toBe(200);
    expect(await marked.json()).toEqual({ unread: 0 });
    await other.client.post('/notifications/read', {});
    expect(await unreadNotifications(env.deps.db, owner.user.id)).toBe(1);
    expect(((await (await other.client.get('/api/v1/notifications')).json()) as { notifications: unknown[] }).notifications).toEqual([]);
    expect(visibleText(await (await other.client.get('/notifications')).text())).not.toContain('Emma Clarke hired you');

    // Signed out: sent to log in; the API answers 401.
    const visitor = new TestClient(env.app);
    expect((await visitor.get(`/notifications/${id}`)).headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/notifications/${id}`)}`);
    expect((await visitor.get('/api/v1/notifications')).status).toBe(401);
    // Bad ids are a translated 400, nothing changed.
    const bad = await owner.client.json('POST', '/api/v1/notifications/read', { ids: ['nope'] });
    expect(bad.status).toBe(400);
    expect(await unreadNotifications(env.deps.db, owner.user.id)).toBe(1);
  });
});

describe('preferences', () => {
  it('turn a channel off per kind, from /settings/notifications (linked from /settings)', async () => {
    const me = await person('freelancer', 'ur', 'بلال احمد');
    expect(await (await me.client.get('/settings')).text()).toContain('href="/settings/notifications"');
    const form = await (await me.client.get('/settings/notifications')).text();
    expect(visibleText(form)).toContain('اطلاعات کی سیٹنگز');
    // Everything is on until changed: both channels of every kind but messages, which have e-mail only.
    expect(form.match(/type="checkbox"[^>]*checked/g)?.length).toBe(NOTIFICATION_KINDS.length * 2 - 1);

    // Everything on except: order_placed not in the app, hired not by e-mail.
    const fields: Record<string, string> = {};
    for (const k of ['message', 'order_placed', 'order_paid', 'hired', 'invited']) {
      if (k !== 'order_placed' && k !== 'message') fields[`in_app.${k}`] = 'on';
      if (k !== 'hired') fields[`email.${k}`] = 'on';
    }
    expect((await me.client.post('/settings/notifications', fields)).status).toBe(303);
    expect(visibleText(await (await me.client.get('/settings/notifications')).text())).toContain('آپ کی اطلاعات کی سیٹنگز محفوظ ہو گئی ہیں۔');

    await tell(me, 'order_placed');
    await tell(me, 'hired');
    // order_placed: not in the bell or the list, but mailed; hired: in the list, not mailed.
    expect(await unreadNotifications(env.deps.db, me.user.id)).toBe(1);
    const text = await listText(me);
    expect(text).toContain('Emma Clarke نے آپ کو ہائر کیا: Shop sign');
    expect(text).not.toContain('نیا آرڈر HNR-1001');
    const [mail] = await waitForMail(env.deps, me.email);
    expect(mail!.subject).toBe('نیا آرڈر HNR-1001: Shop sign');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await waitForMail(env.deps, me.email)).toHaveLength(1);

    // A kind off on both channels (unticked above: earnings_available) records nothing at all.
    await env.deps.db.transaction().execute((tx) => notify(env.deps, tx, { userId: me.user.id, kind: 'earnings_available', params: {}, link: '/payouts' }));
    expect(await kindsOf(me)).toEqual(['order_placed', 'hired']);
  });

  it('one click in a mail turns that kind’s e-mail off without logging in; a forged link does nothing', async () => {
    const me = await person('freelancer', 'en', 'Hamza Qureshi');
    await tell(me, 'invited');
    const [mail] = await waitForMail(env.deps, me.email);
    const headers = mail!.headers as Record<string, string>;
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const link = headers['List-Unsubscribe']!.replace(/^<|>$/g, '');
    expect(link).toMatch(new RegExp(`^http://localhost:3000/unsubscribe/${me.user.id}/invited/[\\w-]{43}$`));
    expect(mail!.text_body).toContain(link);
    const path = new URL(link).pathname;

    const mailClient = new TestClient(env.app);
    // GET only asks.
    const asked = await mailClient.get(path);
    expect(asked.status).toBe(200);
    expect(visibleText(await asked.text())).toContain('You will no longer get e-mails about: Invitations to jobs.');
    const emailOn = () => env.deps.db.selectFrom('notification_preferences').select(['email', 'in_app']).where('user_id', '=', me.user.id).where('kind', '=', 'invited').executeTakeFirst();
    expect(await emailOn()).toBeUndefined();

    // A forged or altered link: 404, nothing changed.
    const forged = path.replace(/[\w-]{43}$/, 'A'.repeat(43));
    expect((await mailClient.request(forged, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(404);
    expect((await mailClient.request(path.replace('/invited/', '/hired/'), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(404);
    expect(await emailOn()).toBeUndefined();

    // RFC 8058's one-click POST, no cookie, no CSRF token.
    const done = await mailClient.request(path, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(done.status).toBe(200);
    expect(visibleText(await done.text())).toContain('We will no longer e-mail you about: Invitations to jobs.');
    expect(await emailOn()).toEqual({ email: false, in_app: true });

    // The next invitation shows in the app but sends no mail.
    await tell(me, 'invited');
    expect(await unreadNotifications(env.deps.db, me.user.id)).toBe(2);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await waitForMail(env.deps, me.email)).toHaveLength(1);
  });
});
