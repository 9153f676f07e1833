import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { png } from '../../test/images.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';
import { disputeOrder, payOrder, placeGigOrder } from '../orders/service.ts';
import type { Actor } from '../platform/actor.ts';
import { sellerFactsFor } from '../reviews/service.ts';
import { money } from '../platform/money.ts';
import { ENQUIRIES_PER_DAY } from './domain.ts';
import { responseRates, sendMessage, startConversation, unreadConversations } from './service.ts';
import { insertConversation } from './use-cases/access.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;

async function person(role: 'freelancer' | 'client' | 'admin', locale: 'en' | 'ur' = 'en', name = 'Ayesha Khan') {
  const email = `msg-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: name,
    isFreelancer: role === 'freelancer',
    isClient: role === 'client',
    isAdmin: role === 'admin',
    locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor: Actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: role === 'admin', locale, sessionId: null, onboardingDone: true };
  const handle = String((await env.deps.db.selectFrom('users').select('handle').where('id', '=', user.id).executeTakeFirstOrThrow()).handle);
  return { user, client, actor, handle };
}
type Person = Awaited<ReturnType<typeof person>>;

async function gigOf(seller: Person) {
  const { id, slug } = await createGig(env.deps, seller.actor, {
    title: 'I will design a logo for your shop',
    description: 'Three concepts and the source files.',
    category_slug: 'design',
    skills: [],
    packages: [{ name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, id);
  return { id, slug };
}

let topUps = 0;
async function fund(userId: string, paisa: bigint) {
  await env.deps.db.transaction().execute((tx) =>
    post(tx, env.deps, {
      kind: 'payment_in',
      key: `msg-top-up-${++topUps}-${userId}`,
      fingerprint: requestFingerprint(userId, 'test.top_up', { n: topUps }),
      actorId: userId,
      reason: 'test top-up',
      legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind: 'client_wallet', ownerId: userId, currency: 'PKR' }, amount: money(paisa, 'PKR') }],
    }),
  );
}

const text = async (res: Response) => visibleText(await res.text());
const count = async (table: 'messages' | 'media' | 'conversations') => Number((await env.deps.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
const pdf = () => new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A Windows program renamed to look like a PDF. */
const exe = () => new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, ...new TextEncoder().encode('This program cannot be run in DOS mode.')]);

/** Sends the thread's form as a browser does: text and any number of files in one multipart body. */
async function sendForm(who: Person, id: string, body: string, files: { name: string; bytes: Uint8Array }[] = []) {
  await who.client.get(`/messages/${id}`);
  const form = new FormData();
  form.set('_csrf', who.client.csrf);
  form.set('text', body);
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.bytes)]), f.name);
  if (files.length === 0) form.append('files', new Blob([]), '');
  return who.client.request(`/messages/${id}`, { method: 'POST', body: form });
}

const idFrom = (location: string | null) => location!.split('/messages/')[1]!.split('#')[0]!;

describe('an enquiry before any order', () => {
  it('starts from the gig page in Urdu, lands in the seller’s inbox unread, and shows Seen once read', async () => {
    const seller = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const buyer = await person('client', 'ur', 'حمزہ قریشی');
    const gig = await gigOf(seller);

    const gigPage = await (await buyer.client.get(`/g/${gig.slug}`)).text();
    const contact = gigPage.match(/href="(\/messages\/new\?[^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    expect(contact).toBe(`/messages/new?to=${seller.handle}&gig=${gig.id}`);
    // The seller sees no Contact button on their own gig.
    expect(await (await seller.client.get(`/g/${gig.slug}`)).text()).not.toContain('/messages/new?');

    const form = await buyer.client.get(contact!);
    expect(form.status).toBe(200);
    expect(await text(form)).toContain('عائشہ صدیقی کو پیغام بھیجیں');
    const sent = await buyer.client.post('/messages/new', { to: seller.handle, gig: gig.id, text: 'السلام علیکم! کیا آپ لوگو سبز رنگ میں بنا سکتی ہیں؟' });
    expect(sent.status).toBe(303);
    const id = idFrom(sent.headers.get('location'));

    // The seller: one unread conversation, about the gig, with the message in either script.
    expect(await unreadConversations(env.deps.db, seller.user.id)).toBe(1);
    const inboxHtml = await (await seller.client.get('/messages')).text();
    // The header's figure on every page.
    expect(inboxHtml).toMatch(/data-badge="messages"[^>]*>1</);
    const inboxText = visibleText(inboxHtml);
    expect(inboxText).toContain('حمزہ قریشی');
    expect(inboxText).toContain('1 نیا');
    expect(inboxText).toContain('I will design a logo for your shop');
    const thread = await (await seller.client.get(`/messages/${id}`)).text();
    expect(thread).toContain(`data-live-conversation="${id}"`);
    expect(thread).toMatch(/data-message-id="\d+"/);
    expect(thread).toMatch(/<p class="message-text user-text" dir="auto">السلام علیکم!/);
    // Opening it read it, and its message notification (no digest mail for it).
    expect(await unreadConversations(env.deps.db, seller.user.id)).toBe(0);
    const told = await env.deps.db.selectFrom('notifications').select(['kind', 'link', 'read_at']).where('user_id', '=', seller.user.id).execute();
    expect(told).toEqual([{ kind: 'message', link: `/messages/${id}`, read_at: expect.any(Date) }]);
    expect(await text(await seller.client.get('/messages'))).not.toContain('1 نیا');

    // The buyer sees "Seen" under the message the seller read.
    expect(await text(await buyer.client.get(`/messages/${id}`))).toContain('دیکھ لیا');

    // A second enquiry to the same person (now from the profile) lands in the same conversation.
    const profile = await (await buyer.client.get(`/u/${seller.handle}`)).text();
    expect(profile).toContain(`/messages/new?to=${seller.handle}"`);
    const again = await buyer.client.post('/messages/new', { to: seller.handle, text: 'ایک اور سوال' });
    expect(idFrom(again.headers.get('location'))).toBe(id);
  });

  it('asks a job’s client a question from the job page, and refuses to message oneself or a stranger to the gig', async () => {
    const client = await person('client', 'en', 'Emma Clarke');
    const freelancer = await person('freelancer', 'en', 'Bilal Ahmed');
    const other = await person('freelancer', 'en', 'Sana Mir');
    const job = (await (await client.client.json('POST', '/api/v1/jobs', { title: 'Shop website', description: 'Five pages.', duration: '1_4_weeks', experience: 'intermediate', currency: 'PKR', kind: 'fixed', budget: { amount: '5000000', currency: 'PKR' } })).json()) as { id: string };
    const page = await (await freelancer.client.get(`/jobs/${job.id}`)).text();
    expect(page).toContain(`/messages/new?to=${client.handle}&amp;job=${job.id}`);
    expect(visibleText(page)).toContain('Ask a question');
    const res = await freelancer.client.json('POST', '/api/v1/conversations', { with: client.handle, about: { job: job.id }, text: 'Do you have the product photos ready?' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { conversation: { about: { kind: string; url: string }; kind: string }; warning: null };
    expect(body.conversation).toMatchObject({ kind: 'enquiry', about: { kind: 'job', url: `/jobs/${job.id}` } });
    expect(body.warning).toBeNull();

    const gig = await gigOf(other);
    const wrong = await freelancer.client.json('POST', '/api/v1/conversations', { with: client.handle, about: { gig: gig.id }, text: 'Hi' });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { errors: Record<string, string> }).errors.with).toBe('This person is not the seller of that gig or the client of that job.');
    const self = await freelancer.client.json('POST', '/api/v1/conversations', { with: freelancer.handle, text: 'Hi me' });
    expect(self.status).toBe(400);
    expect(((await self.json()) as { title: string }).title).toBe('You cannot send a message to yourself.');
    const nobody = await freelancer.client.json('POST', '/api/v1/conversations', { with: 'no-such-person', text: 'Hi' });
    expect(nobody.status).toBe(404);
  });
});

describe('safety: contact details before working together', () => {
  it('sends the message, flags it and warns the sender; after an order, no warning', async () => {
    const seller = await person('freelancer', 'en', 'Bilal Ahmed');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const gig = await gigOf(seller);
    const res = await buyer.client.json('POST', '/api/v1/conversations', { with: seller.handle, about: { gig: gig.id }, text: 'WhatsApp me on ۰۳۰۰-۱۲۳۴۵۶۷ or emma at gmail dot com' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { conversation: { id: string }; message: { id: string; flagged: string[] }; warning: string };
    expect(body.message.flagged).toEqual(['phone', 'email', 'messenger']);
    expect(body.warning).toContain('Money paid outside Hunar is not protected by escrow');
    const id = body.conversation.id;

    // In the page: the flash warning for the sender, and a note beside the message for the reader.
    const sent = await sendForm(buyer, id, 'paypal.me/emmaclarke please');
    expect(sent.status).toBe(303);
    const page = await text(await buyer.client.get(sent.headers.get('location')!));
    expect(page).toContain('Your message was sent. It shares contact or payment details');
    expect(page).toContain('Only you see this');
    expect(await text(await seller.client.get(`/messages/${id}`))).toContain('This message shares contact or payment details.');

    // Once they have an order together, sharing a number is part of the work.
    await placeGigOrder(env.deps, buyer.actor, { gig: gig.slug, package: '1', answers: [] });
    const later = await buyer.client.json('POST', `/api/v1/conversations/${id}/messages`, { text: 'Call me on 0300-1234567 about the order' });
    expect(later.status).toBe(201);
    const laterBody = (await later.json()) as { message: { flagged: string[] }; warning: null };
    expect(laterBody.message.flagged).toEqual([]);
    expect(laterBody.warning).toBeNull();
  });
});

describe('an order’s and a contract’s conversation', () => {
  it('is one per order, for its two parties, with the order’s events between the messages', async () => {
    const seller = await person('freelancer', 'en', 'Bilal Ahmed');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const stranger = await person('client', 'en', 'Someone Else');
    const gig = await gigOf(seller);
    const { id: orderId } = await placeGigOrder(env.deps, buyer.actor, { gig: gig.slug, package: '1', answers: [] });
    const orderPage = await (await buyer.client.get(`/orders/${orderId}`)).text();
    expect(orderPage).toContain(`/orders/${orderId}/conversation`);

    const first = await buyer.client.get(`/orders/${orderId}/conversation`);
    expect(first.status).toBe(303);
    const id = idFrom(first.headers.get('location'));
    expect(idFrom((await seller.client.get(`/orders/${orderId}/conversation`)).headers.get('location'))).toBe(id);
    expect(idFrom((await buyer.client.get(`/orders/${orderId}/conversation`)).headers.get('location'))).toBe(id);
    expect((await stranger.client.get(`/orders/${orderId}/conversation`)).status).toBe(404);

    // Through the API with about.order: the same conversation.
    const viaApi = await seller.client.json('POST', '/api/v1/conversations', { with: buyer.handle, about: { order: orderId }, text: 'Thank you for the order! I start today.' });
    expect(viaApi.status).toBe(201);
    expect(((await viaApi.json()) as { conversation: { id: string; kind: string } }).conversation).toMatchObject({ id, kind: 'order' });

    // Paid and delivered: the timeline lands in the conversation, in time order with the messages.
    await fund(buyer.user.id, 200_000n);
    await payOrder(env.deps, buyer.actor, orderId, `pay-${orderId}`);
    const page = await text(await buyer.client.get(`/messages/${id}`));
    const placed = page.indexOf('Order placed');
    const thanks = page.indexOf('Thank you for the order!');
    const paid = page.indexOf('Paid into escrow');
    expect(placed).toBeGreaterThan(-1);
    expect(placed).toBeLessThan(thanks);
    expect(thanks).toBeLessThan(paid);
  });

  it('is one per contract, shared by its milestones, with their events', async () => {
    const c = await person('client', 'en', 'Hamza Qureshi');
    const f = await person('freelancer', 'ur', 'بلال احمد');
    const posted = (await (await c.client.json('POST', '/api/v1/jobs', { title: 'Shop website', description: 'Five pages.', duration: '1_4_weeks', experience: 'intermediate', currency: 'PKR', kind: 'fixed', budget: { amount: '5000000', currency: 'PKR' } })).json()) as { id: string };
    const sentProposal = await f.client.json('POST', `/api/v1/jobs/${posted.id}/proposals`, { cover_letter: 'I can do it.', delivery_days: 14, amount: { amount: '4500000', currency: 'PKR' }, milestones: [{ title: 'Design', amount: { amount: '1500000', currency: 'PKR' } }, { title: 'Build', amount: { amount: '3000000', currency: 'PKR' } }] });
    const p = (await sentProposal.json()) as { id: string };
    expect((await c.client.json('POST', `/api/v1/proposals/${p.id}/shortlist`)).status).toBe(200);
    const hired = (await (await c.client.json('POST', `/api/v1/proposals/${p.id}/hire`)).json()) as { contract: { id: string } };
    const contractId = hired.contract.id;
    expect(await (await c.client.get(`/contracts/${contractId}`)).text()).toContain(`/contracts/${contractId}/conversation`);
    const id = idFrom((await c.client.get(`/contracts/${contractId}/conversation`)).headers.get('location'));
    // A milestone's own link leads to the contract's conversation.
    const milestone = await env.deps.db.selectFrom('orders').select('id').where('contract_id', '=', contractId).orderBy('position').executeTakeFirstOrThrow();
    expect(idFrom((await f.client.get(`/orders/${milestone.id}/conversation`)).headers.get('location'))).toBe(id);
    const page = await text(await f.client.get(`/messages/${id}`));
    expect(page).toContain('آرڈر دیا گیا');
    expect(page).toContain('Design');
  });
});

describe('files on messages', () => {
  it('attaches files the two people (and nobody else) may download; refuses forbidden and disguised files, changing nothing', async () => {
    const seller = await person('freelancer', 'en', 'Bilal Ahmed');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const stranger = await person('client', 'en', 'Someone Else');
    const admin = await person('admin', 'en', 'Admin');
    const gig = await gigOf(seller);
    const start = await startConversation(env.deps, buyer.actor, { with: seller.handle, about: { gig: gig.id }, text: 'Here is my brief.' });
    const id = start.conversationId;

    const sent = await sendForm(buyer, id, 'The brief and our old logo', [
      { name: 'brief.pdf', bytes: pdf() },
      { name: 'old logo.png', bytes: await png(64, 64) },
    ]);
    expect(sent.status).toBe(303);
    const page = await (await seller.client.get(`/messages/${id}`)).text();
    const links = [...page.matchAll(/href="(\/media\/[\w-]{22}\/file)" download="([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(links.map((l) => l[1])).toEqual(['brief.pdf', 'old logo.png']);
    const url = links[0]![0];
    const got = await seller.client.get(url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toContain('attachment; filename="brief.pdf"');
    expect((await buyer.client.get(url)).status).toBe(200);
    expect((await stranger.client.get(url)).status).toBe(404);
    expect((await new TestClient(env.app).get(url)).status).toBe(404);
    // An admin only for a reported conversation or a disputed order.
    expect((await admin.client.get(url)).status).toBe(404);

    const before = [await count('messages'), await count('media')];
    const disguised = await sendForm(buyer, id, 'invoice attached', [{ name: 'invoice.pdf', bytes: exe() }]);
    expect(disguised.status).toBe(415);
    expect(await text(disguised)).toContain('This kind of file cannot be attached.');
    const six = await sendForm(
      buyer,
      id,
      'six files',
      Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.pdf`, bytes: pdf() })),
    );
    expect(six.status).toBe(400);
    expect(await text(six)).toContain('A message can carry up to 5 files.');
    const empty = await sendForm(buyer, id, '   ');
    expect(empty.status).toBe(400);
    expect(await text(empty)).toContain('This field is required.');
    const huge = await sendForm(buyer, id, 'x'.repeat(5001));
    expect(huge.status).toBe(400);
    expect(await text(huge)).toContain('Please use at most 5000 characters.');
    const hugeApi = await buyer.client.json('POST', `/api/v1/conversations/${id}/messages`, { text: 'x'.repeat(5001) });
    expect(hugeApi.status).toBe(400);
    expect([await count('messages'), await count('media')]).toEqual(before);

    // Through the API: one file and its text as one message; a disguised file is refused the same way.
    const viaApi = await buyer.client.upload(`/api/v1/conversations/${id}/files`, { field: 'file', name: 'contract.pdf', bytes: pdf() }, { api: true, form: { text: 'Signed copy' } });
    expect(viaApi.status).toBe(201);
    const apiBody = (await viaApi.json()) as { message: { text: string; attachments: { name: string; content_type: string }[] } };
    expect(apiBody.message).toMatchObject({ text: 'Signed copy', attachments: [{ name: 'contract.pdf', content_type: 'application/pdf' }] });
    const apiExe = await buyer.client.upload(`/api/v1/conversations/${id}/files`, { field: 'file', name: 'setup.pdf', bytes: exe() }, { api: true });
    expect(apiExe.status).toBe(415);
    expect((await stranger.client.upload(`/api/v1/conversations/${id}/files`, { field: 'file', name: 'x.pdf', bytes: pdf() }, { api: true })).status).toBe(404);
    expect([await count('messages'), await count('media')]).toEqual([before[0]! + 1, before[1]! + 1]);
  });

  it('lets an admin open the files of a conversation about a disputed order, and of a reported one', async () => {
    const seller = await person('freelancer', 'en', 'Bilal Ahmed');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const admin = await person('admin', 'en', 'Admin');
    const gig = await gigOf(seller);
    const { id: orderId } = await placeGigOrder(env.deps, buyer.actor, { gig: gig.slug, package: '1', answers: [] });
    const id = idFrom((await buyer.client.get(`/orders/${orderId}/conversation`)).headers.get('location'));
    expect((await sendForm(seller, id, 'First draft', [{ name: 'draft.pdf', bytes: pdf() }])).status).toBe(303);
    const url = (await (await buyer.client.get(`/messages/${id}`)).text()).match(/href="(\/media\/[\w-]{22}\/file)"/)![1]!;
    expect((await admin.client.get(url)).status).toBe(404);
    expect((await admin.client.get(`/admin/conversations/${id}`)).status).toBe(404);
    await fund(buyer.user.id, 200_000n);
    await payOrder(env.deps, buyer.actor, orderId, `pay-${orderId}`);
    await disputeOrder(env.deps, buyer.actor, orderId, { message: 'The draft is not what we agreed.' });
    expect((await admin.client.get(url)).status).toBe(200);
    const record = await text(await admin.client.get(`/admin/conversations/${id}`));
    expect(record).toContain('First draft');
    expect(record).toContain('Dispute opened');
    // And on the dispute's record, where the admin decides it.
    const dispute = await env.deps.db.selectFrom('disputes').select('id').where('order_id', '=', orderId).executeTakeFirstOrThrow();
    const decidePage = await (await admin.client.get(`/admin/disputes/${dispute.id}`)).text();
    expect(decidePage).toContain(`href="${url}"`);
    expect(visibleText(decidePage)).toContain('First draft');
    // One order's conversation does not repeat the order's title at every step.
    expect(decidePage.slice(decidePage.indexOf('data-slot="order-conversation"'))).not.toContain(`href="/orders/${orderId}"`);
    // Still nobody else.
    expect((await (await person('client')).client.get(url)).status).toBe(404);
  });
});

describe('who may not read or act', () => {
  it('gives a non-party not_found everywhere: pages, fragment, API, files, block and report', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const stranger = await person('client');
    const { conversationId: id, id: messageId } = await startConversation(env.deps, buyer.actor, { with: seller.handle, text: 'Hello' });
    const before = await count('messages');
    for (const res of [
      await stranger.client.get(`/messages/${id}`),
      await stranger.client.get(`/messages/${id}/after/0`),
      await stranger.client.get('/api/v1/conversations/' + id + '/messages'),
      await stranger.client.json('POST', `/api/v1/conversations/${id}/messages`, { text: 'let me in' }),
      await stranger.client.json('POST', `/api/v1/conversations/${id}/read`),
      await stranger.client.post(`/messages/${id}/block`, {}),
      await stranger.client.post(`/messages/${id}/report`, { reason: 'spam' }),
      await sendForm(stranger, id, 'let me in'),
    ]) {
      expect(res.status).toBe(404);
    }
    const problem = (await (await stranger.client.get(`/api/v1/conversations/${id}/messages`)).json()) as { code: string };
    expect(problem.code).toBe('not_found');
    // Not a hint in the list either.
    expect(((await (await stranger.client.get('/api/v1/conversations')).json()) as { conversations: unknown[] }).conversations).toEqual([]);
    // A made-up id and a bad one answer the same.
    expect((await stranger.client.get('/messages/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await stranger.client.get('/messages/not-an-id')).status).toBe(404);
    // Signed out: the page asks to log in, the API answers 401, the fragment too.
    const anon = new TestClient(env.app);
    expect((await anon.get(`/messages/${id}`)).status).toBe(303);
    expect((await anon.get('/api/v1/conversations')).status).toBe(401);
    expect((await anon.get(`/messages/${id}/after/${messageId}`)).status).toBe(401);
    expect(await count('messages')).toBe(before);
  });

  it('blocks: no messages or new conversations from the blocked person, nothing saved, until unblocked', async () => {
    const seller = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const buyer = await person('client', 'en', 'Spammy Buyer');
    const gig = await gigOf(seller);
    const { conversationId: id } = await startConversation(env.deps, buyer.actor, { with: seller.handle, about: { gig: gig.id }, text: 'Cheap work?' });
    expect((await seller.client.post(`/messages/${id}/block`, {})).status).toBe(303);
    expect(await text(await seller.client.get(`/messages/${id}`))).toContain('آپ نے اس شخص کو بلاک کیا ہے');

    const before = [await count('messages'), await count('conversations')];
    const page = await sendForm(buyer, id, 'Hello?');
    expect(page.status).toBe(403);
    expect(await text(page)).toContain('This person is not taking messages from you.');
    const api = await buyer.client.json('POST', `/api/v1/conversations/${id}/messages`, { text: 'Hello?' });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { code: string }).code).toBe('message.blocked');
    const fresh = await buyer.client.json('POST', '/api/v1/conversations', { with: seller.handle, text: 'A new conversation then' });
    expect(fresh.status).toBe(403);
    // The blocker is told to unblock first, in their language.
    const mine = await seller.client.json('POST', `/api/v1/conversations/${id}/messages`, { text: 'Last word' });
    expect(mine.status).toBe(409);
    expect(((await mine.json()) as { title: string }).title).toBe('آپ نے اس شخص کو بلاک کیا ہے۔ پیغام بھیجنے کے لیے اسے اَن بلاک کریں۔');
    expect([await count('messages'), await count('conversations')]).toEqual(before);

    expect((await seller.client.post(`/messages/${id}/unblock`, {})).status).toBe(303);
    expect((await buyer.client.json('POST', `/api/v1/conversations/${id}/messages`, { text: 'Sorry, a real question' })).status).toBe(201);
  });
});

describe('migration 0039', () => {
  it('widens media’s checks for message attachments without loosening the others', async () => {
    const u = await person('client');
    const row = (purpose: string, extra: Record<string, unknown>) =>
      env.deps.db
        .insertInto('media')
        .values({ key: `k${String(++n).padStart(21, '0')}`, owner_id: u.user.id, purpose: purpose as 'job_attachment', content_type: 'application/pdf', file_name: 'a.pdf', bytes: 10, created_at: new Date(), ...extra })
        .execute();
    const { conversationId } = await startConversation(env.deps, u.actor, { with: (await person('freelancer')).handle, text: 'x' });
    const message = await env.deps.db.selectFrom('messages').select('id').where('conversation_id', '=', conversationId).executeTakeFirstOrThrow();
    await expect(row('message_attachment', {})).rejects.toThrow(/media_message_attachment/);
    await expect(row('job_attachment', { message_id: message.id })).rejects.toThrow(/check constraint/);
    await expect(row('message_attachment', { message_id: message.id, width: 10, height: 10 })).rejects.toThrow(/media_message_attachment/);
    await expect(row('gig_image', { width: 10, height: 10 })).rejects.toThrow(/check constraint/);
    await expect(row('sticker', {})).rejects.toThrow(/check constraint/);
    await expect(row('message_attachment', { message_id: message.id })).resolves.toBeDefined();
  });
});

describe('spam', () => {
  it('limits new enquiries to 40 in 24 hours; replies in existing conversations go on', async () => {
    const sender = await person('client', 'en', 'Busy Client');
    const others = await env.deps.db
      .insertInto('users')
      .values(Array.from({ length: ENQUIRIES_PER_DAY }, (_, i) => ({ email: `spam-target-${i}-${Date.now()}@example.pk`, password_hash: 'x', display_name: `Target ${i}` })))
      .returning('id')
      .execute();
    await env.deps.db.transaction().execute(async (tx) => {
      for (const o of others) await insertConversation(tx, { kind: 'enquiry', startedBy: sender.user.id, other: o.id, at: env.clock.now() });
    });
    const target = await person('freelancer');
    const before = await count('conversations');
    const refused = await sender.client.json('POST', '/api/v1/conversations', { with: target.handle, text: 'One more?' });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { title: string }).title).toContain('You have started 40 new conversations in 24 hours');
    expect(await count('conversations')).toBe(before);
    const existing = await env.deps.db.selectFrom('conversations').select('id').where('started_by', '=', sender.user.id).executeTakeFirstOrThrow();
    expect((await sender.client.json('POST', `/api/v1/conversations/${existing.id}/messages`, { text: 'A reply is fine' })).status).toBe(201);
    env.clock.advance(86_400_000 + 1000);
    expect((await sender.client.json('POST', '/api/v1/conversations', { with: target.handle, text: 'Next day' })).status).toBe(201);
  });
});

describe('reports', () => {
  it('land in the admins’ queue, readable by an admin only, and are resolved there', async () => {
    const seller = await person('freelancer', 'en', 'Bilal Ahmed');
    const buyer = await person('client', 'en', 'Pushy Person');
    const admin = await person('admin', 'en', 'Admin');
    const { conversationId: id } = await startConversation(env.deps, buyer.actor, { with: seller.handle, text: 'Pay me on paypal.me/pushy and skip the fees' });
    const bad = await seller.client.post(`/messages/${id}/report`, { reason: 'bribe' });
    expect(bad.status).toBe(400);
    expect((await seller.client.post(`/messages/${id}/report`, { reason: 'off_platform', note: 'Asked me to take payment on PayPal.' })).status).toBe(303);
    const twice = await seller.client.post(`/messages/${id}/report`, { reason: 'spam' });
    expect(twice.status).toBe(409);
    expect(await text(twice)).toContain('You have already reported this conversation');

    expect((await seller.client.get('/admin/reports')).status).toBe(403);
    expect(await text(await admin.client.get('/admin'))).toContain('Reports');
    const queueHtml = await (await admin.client.get('/admin/reports')).text();
    const queueText = visibleText(queueHtml);
    expect(queueText).toContain('Asks to pay or work outside Hunar');
    expect(queueText).toContain('Bilal Ahmed reported Pushy Person');
    const reportUrl = queueHtml.match(/href="(\/admin\/reports\/[0-9a-f-]{36})"/)![1]!;
    const report = await text(await admin.client.get(reportUrl));
    expect(report).toContain('Pay me on paypal.me/pushy and skip the fees');
    expect(report).toContain('Asked me to take payment on PayPal.');
    expect((await admin.client.post(`${reportUrl}/resolve`, {})).status).toBe(303);
    expect(await text(await admin.client.get('/admin/reports'))).toContain('No open reports.');
    const audit = await env.deps.db.selectFrom('audit_events').select('kind').where('actor_id', '=', admin.user.id).execute();
    expect(audit.map((a) => a.kind)).toEqual(expect.arrayContaining(['messages.admin_read', 'messages.report_resolved']));
  });
});

describe('the API', () => {
  it('lists conversations with unread counts, pages messages by keyset, and marks read', async () => {
    const seller = await person('freelancer', 'en', 'Bilal Ahmed');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const { conversationId: id } = await startConversation(env.deps, buyer.actor, { with: seller.handle, text: 'message 1' });
    for (let i = 2; i <= 55; i++) await sendMessage(env.deps, buyer.actor, id, { text: `message ${i}` });

    const list = (await (await seller.client.get('/api/v1/conversations')).json()) as { conversations: { id: string; unread: number; last_message: { text: string } }[]; unread_conversations: number };
    expect(list.unread_conversations).toBe(1);
    expect(list.conversations[0]).toMatchObject({ id, unread: 55, last_message: { text: 'message 55' } });

    const first = (await (await seller.client.get(`/api/v1/conversations/${id}/messages`)).json()) as { messages: { id: string; text: string; mine: boolean }[]; next: string; seen_up_to: string };
    expect(first.messages).toHaveLength(50);
    expect(first.messages[0]).toMatchObject({ text: 'message 55', mine: false });
    expect(first.messages[49]!.text).toBe('message 6');
    const second = (await (await seller.client.get(`/api/v1/conversations/${id}/messages?before=${first.next}`)).json()) as { messages: { text: string }[]; next: string | null };
    expect(second.messages.map((m) => m.text)).toEqual(['message 5', 'message 4', 'message 3', 'message 2', 'message 1']);
    expect(second.next).toBeNull();
    expect((await seller.client.get(`/api/v1/conversations/${id}/messages?before=abc`)).status).toBe(400);

    // The buyer's view: the seller has read nothing yet.
    expect(((await (await buyer.client.get(`/api/v1/conversations/${id}/messages`)).json()) as { seen_up_to: string }).seen_up_to).toBe('0');
    const read = await seller.client.json('POST', `/api/v1/conversations/${id}/read`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { up_to: string }).up_to).toBe(first.messages[0]!.id);
    expect(await unreadConversations(env.deps.db, seller.user.id)).toBe(0);
    expect(((await (await buyer.client.get(`/api/v1/conversations/${id}/messages`)).json()) as { seen_up_to: string }).seen_up_to).toBe(first.messages[0]!.id);
  });

  it('answers an open page with only the newer message items, and marks them read', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const { conversationId: id, id: firstId } = await startConversation(env.deps, buyer.actor, { with: seller.handle, text: 'one' });
    await sendMessage(env.deps, buyer.actor, id, { text: 'two <b>bold</b>' });
    await sendMessage(env.deps, buyer.actor, id, { text: 'three' });
    const res = await seller.client.get(`/messages/${id}/after/${firstId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<li')).toBe(true);
    expect(html).not.toContain('<html');
    expect([...html.matchAll(/data-message-id="(\d+)"/g)]).toHaveLength(2);
    expect(html).toContain('two &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('>one<');
    expect(await unreadConversations(env.deps.db, seller.user.id)).toBe(0);
    // The buyer's messages the seller has now read carry data-seen, for "Seen" to follow the live pointer.
    const mine = await (await buyer.client.get(`/messages/${id}`)).text();
    expect([...mine.matchAll(/<li class="message mine"[^>]*data-seen-text="Seen" data-seen=""/g)]).toHaveLength(3);
  });

  it('answers an open page whose thread was empty with every message (/after/ without an id)', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const gig = await gigOf(seller);
    const { id: orderId } = await placeGigOrder(env.deps, buyer.actor, { gig: gig.slug, package: '1', answers: [] });
    const id = idFrom((await buyer.client.get(`/orders/${orderId}/conversation`)).headers.get('location'));
    expect(await (await buyer.client.get(`/messages/${id}`)).text()).not.toContain('data-message-id');
    await sendMessage(env.deps, seller.actor, id, { text: 'Starting now' });
    const html = await (await buyer.client.get(`/messages/${id}/after/`)).text();
    expect([...html.matchAll(/data-message-id="(\d+)"/g)]).toHaveLength(1);
    expect(html).toContain('Starting now');
  });
});

describe('pages in Urdu', () => {
  it('have no English left on the inbox, a conversation and the contact form', async () => {
    const seller = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const buyer = await person('client', 'ur', 'حمزہ قریشی');
    const gig = await gigOf(seller);
    const { conversationId: id } = await startConversation(env.deps, buyer.actor, { with: seller.handle, about: { gig: gig.id }, text: 'میرا نمبر ۰۳۰۰۱۲۳۴۵۶۷ ہے' });
    const pages = [`/messages`, `/messages/${id}`, `/messages/new?to=${seller.handle}`];
    for (const path of pages) {
      const html = await (await buyer.client.get(path)).text();
      expect(html).toContain('<html lang="ur" dir="rtl">');
      const words = visibleText(html.replace(/<(bdi|a)[^>]*>[\s\S]*?<\/\1>/g, ' ')).match(/[A-Za-z][A-Za-z_]+/g) ?? [];
      expect(words.filter((w) => !['English', 'Hunar', 'HNR', 'PDF', 'DOCX', 'XLSX', 'JPEG', 'PNG', 'MB'].includes(w)), path).toEqual([]);
    }
  });
});

describe('response rates (for seller levels)', () => {
  it('is the share of enquiries others started that the freelancer answered within 24 hours', async () => {
    const f = await person('freelancer');
    const quiet = await person('freelancer');
    const a = await person('client');
    const b = await person('client');
    const first = await startConversation(env.deps, a.actor, { with: f.handle, text: 'Are you free this week?' });
    await startConversation(env.deps, b.actor, { with: f.handle, text: 'Hello?' });
    env.clock.advance(2 * 3_600_000);
    await sendMessage(env.deps, f.actor, first.conversationId, { text: 'Yes, I am.' });
    // A conversation the freelancer started is not counted.
    await startConversation(env.deps, f.actor, { with: (await person('client')).handle, text: 'Hi' });
    const rates = await responseRates(env.deps.db, [f.user.id, quiet.user.id, 'not-a-uuid'], env.clock.now());
    expect(rates.get(f.user.id)).toBe(0.5);
    expect(rates.has(quiet.user.id)).toBe(false);
    // The seller levels read it (src/reviews): unmeasured (null) for one nobody wrote to.
    const facts = await sellerFactsFor(env.deps.db, [f.user.id, quiet.user.id]);
    expect(facts.get(f.user.id)?.responseRate).toBe(0.5);
    expect(facts.get(quiet.user.id)?.responseRate).toBeNull();
  });
});
