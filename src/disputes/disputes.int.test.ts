import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, balanceOf, checkWholeLedger, post, REVENUE_SHARDS, revenueAccount } from '../ledger/service.ts';
import { money } from '../platform/money.ts';
import { sweepOrders } from '../orders/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;
type Person = Awaited<ReturnType<typeof person>>;

async function person(role: 'freelancer' | 'client' | 'admin', locale: 'en' | 'ur' = 'en', name = 'Ayesha Khan') {
  const email = `dispute-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: name, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: role === 'admin', locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: role === 'admin', locale, sessionId: null, onboardingDone: true };
  return { user, client, actor };
}

const wallet = (ownerId: string): AccountRef => ({ kind: 'client_wallet', ownerId, currency: 'PKR' });
const pending = (ownerId: string): AccountRef => ({ kind: 'freelancer_pending', ownerId, currency: 'PKR' });
const escrowOf = (orderId: string): AccountRef => ({ kind: 'escrow', refId: orderId, currency: 'PKR' });

async function fund(userId: string, paisa: bigint) {
  await env.deps.db.transaction().execute((tx) =>
    post(tx, env.deps, {
      kind: 'payment_in',
      key: `dispute-top-up-${randomUUID()}`,
      fingerprint: requestFingerprint(userId, 'test.top_up', {}),
      actorId: userId,
      reason: 'test top-up',
      legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: wallet(userId), amount: money(paisa, 'PKR') }],
    }),
  );
}

/** A paid order of a Basic package: Rs 1,500, one revision. */
async function paidOrder(seller: Person, buyer: Person): Promise<string> {
  const { id: gigId } = await createGig(env.deps, seller.actor, {
    title: 'I will design a logo for your shop',
    description: 'Three concepts and the source files.',
    category_slug: 'design',
    skills: ['logo-design'],
    packages: [{ name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, gigId);
  await fund(buyer.user.id, 150_000n);
  const placed = await buyer.client.json('POST', '/api/v1/orders', { gig: gigId, package: 1, answers: [] });
  expect(placed.status).toBe(201);
  const { id } = (await placed.json()) as { id: string };
  expect((await buyer.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, { 'idempotency-key': randomUUID() })).status).toBe(200);
  return id;
}

const pdf = (text = 'brief') => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#b00' } }).png().toBuffer();

/** A multipart form as a browser sends it, with several files in one field; for the API the CSRF token goes in a header. */
async function sendForm(client: TestClient, path: string, form: Record<string, string>, files: { name: string; bytes: Uint8Array; type?: string }[] = [], api = false) {
  if (!client.csrf) await client.get('/forgot-password');
  const body = new FormData();
  if (!api) body.set('_csrf', client.csrf);
  for (const [k, v] of Object.entries(form)) body.append(k, v);
  for (const f of files) body.append('files', new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'application/octet-stream' }), f.name);
  return client.request(path, { method: 'POST', body, headers: api ? { 'x-csrf-token': client.csrf } : {} });
}

const fileLinks = (html: string) => [...new Set([...html.matchAll(/href="(\/media\/[\w-]{22}\/file)"/g)].map((m) => m[1]!))];
const stateOf = async (id: string) => (await env.deps.db.selectFrom('orders').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;
async function ledgerHolds() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}
/** Hunar's revenue over all its shards, in rupees' paisa. */
async function revenue(): Promise<bigint> {
  let total = 0n;
  for (let i = 0; i < REVENUE_SHARDS; i++) total += await balanceOf(env.deps.db, revenueAccount('PKR', `${i.toString(16).padStart(2, '0')}000000-0000-4000-8000-000000000000`));
  return total;
}

describe('deliveries with files, revisions and acceptance', () => {
  it('the freelancer delivers files the two parties can download; others get 404; refused steps change nothing', async () => {
    const seller = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const stranger = await person('client');
    const admin = await person('admin');
    const id = await paidOrder(seller, buyer);
    const url = `/orders/${id}`;

    // The client cannot deliver: a clear message, nothing changed.
    const byClient = await sendForm(buyer.client, `${url}/deliver`, { message: 'Here it is' }, [{ name: 'logo.pdf', bytes: pdf() }]);
    expect(byClient.status).toBe(403);
    expect(visibleText(await byClient.text())).toContain('Only the other side of the order can do that.');
    // A disguised file (text named .pdf) and too many files are refused, nothing stored.
    const disguised = await sendForm(seller.client, `${url}/deliver`, { message: 'لوگو' }, [{ name: 'logo.pdf', bytes: new TextEncoder().encode('<html><script>alert(1)</script>'), type: 'application/pdf' }]);
    expect(disguised.status).toBe(415);
    expect(visibleText(await disguised.text())).toContain('اس قسم کی فائل منسلک نہیں ہو سکتی');
    const six = await sendForm(seller.client, `${url}/deliver`, { message: 'لوگو' }, Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.pdf`, bytes: pdf() })));
    expect(six.status).toBe(422);
    expect(visibleText(await six.text())).toContain('زیادہ سے زیادہ 5 فائلیں');
    expect(await stateOf(id)).toBe('in_progress');
    expect(await env.deps.db.selectFrom('media').select('id').where('owner_id', '=', seller.user.id).execute()).toEqual([]);

    // The delivery: a message in Urdu, a PDF and a picture.
    const delivered = await sendForm(seller.client, `${url}/deliver`, { message: 'تین نمونے حاضر ہیں' }, [
      { name: 'concepts.pdf', bytes: pdf('concepts') },
      { name: 'logo.png', bytes: await png() },
    ]);
    expect(delivered.status).toBe(303);
    const page = await (await buyer.client.get(url)).text();
    const text = visibleText(page);
    expect(text).toContain('Deliveries');
    expect(text).toContain('Delivery 1');
    expect(text).toContain('concepts.pdf');
    expect(text).toContain('logo.png');
    const links = fileLinks(page);
    expect(links).toHaveLength(2);
    for (const link of links) {
      const res = await buyer.client.get(link);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect((await seller.client.get(link)).status).toBe(200);
      // Someone else, an admin while there is no dispute, and a visitor: as if it did not exist.
      expect((await stranger.client.get(link)).status).toBe(404);
      expect((await admin.client.get(link)).status).toBe(404);
      expect((await new TestClient(env.app).get(link)).status).toBe(404);
    }
    // The API shows the delivery's files on its event.
    const api = (await (await buyer.client.get(`/api/v1/orders/${id}`)).json()) as { events: { kind: string; files: { name: string }[] }[] };
    expect(api.events.find((e) => e.kind === 'delivered')?.files.map((f) => f.name)).toEqual(['concepts.pdf', 'logo.png']);

    // A revision needs a reason; the package has one.
    expect((await buyer.client.post(`${url}/revision`, { message: '' })).status).toBe(400);
    expect(await stateOf(id)).toBe('delivered');
    expect((await buyer.client.post(`${url}/revision`, { message: 'Please make the red darker.' })).status).toBe(303);
    expect((await sendForm(seller.client, `${url}/deliver`, { message: 'گہرا سرخ' }, [{ name: 'logo-dark.pdf', bytes: pdf('dark') }])).status).toBe(303);
    const second = await buyer.client.post(`${url}/revision`, { message: 'Once more' });
    expect(second.status).toBe(409);
    const after = visibleText(await (await buyer.client.get(url)).text());
    expect(after).toContain('Delivery 2');
    expect(after).toContain('Please make the red darker.');

    // Accepting pays the freelancer, Rs 1,425 into pending.
    const acceptKey = randomUUID();
    expect((await buyer.client.json('POST', `/api/v1/orders/${id}/accept`, undefined, { 'idempotency-key': acceptKey })).status).toBe(200);
    expect(await balanceOf(env.deps.db, pending(seller.user.id))).toBe(142_500n);
    const kinds = ((await (await seller.client.get(`/api/v1/orders/${id}`)).json()) as { events: { kind: string }[] }).events.map((e) => e.kind);
    expect(kinds).toEqual(['placed', 'paid', 'delivered', 'revision_requested', 'delivered', 'accepted']);
    await ledgerHolds();
  });
});

describe('through the API', () => {
  it('a delivery, a dispute and a statement may carry files as multipart/form-data', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const id = await paidOrder(seller, buyer);
    const delivered = await sendForm(seller.client, `/api/v1/orders/${id}/deliver`, { message: 'Files attached.' }, [{ name: 'final.pdf', bytes: pdf('final') }], true);
    expect(delivered.status).toBe(200);
    const order = (await delivered.json()) as { state: string; events: { kind: string; files: { name: string; url: string }[] }[] };
    expect(order.state).toBe('delivered');
    expect(order.events.at(-1)?.files.map((f) => f.name)).toEqual(['final.pdf']);
    // A disguised file through the API: a translated problem, nothing changed.
    const bad = await sendForm(buyer.client, `/api/v1/orders/${id}/dispute`, { reason: 'quality', message: 'Wrong.' }, [{ name: 'evil.png', bytes: new TextEncoder().encode('MZ this is an exe') }], true);
    expect(bad.status).toBe(415);
    expect(await stateOf(id)).toBe('delivered');
    const opened = await sendForm(buyer.client, `/api/v1/orders/${id}/dispute`, { reason: 'quality', message: 'Wrong colours.' }, [{ name: 'proof.png', bytes: await png() }], true);
    expect(opened.status).toBe(200);
    const disputeUrl = ((await opened.json()) as { dispute_url: string }).dispute_url;
    const statement = await sendForm(seller.client, `${disputeUrl}/statements`, { message: 'As agreed in the brief.' }, [{ name: 'brief.pdf', bytes: pdf('brief') }], true);
    expect(statement.status).toBe(201);
    const d = (await statement.json()) as { statements: { files: { name: string }[] }[] };
    expect(d.statements.map((s) => s.files.map((f) => f.name))).toEqual([['proof.png'], ['brief.pdf']]);
  });
});

describe('disputes', () => {
  it('either party opens one with a reason and evidence; both add statements; nobody else reads, writes or downloads', async () => {
    const seller = await person('freelancer', 'ur', 'بلال احمد');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const stranger = await person('freelancer');
    const admin = await person('admin');
    const id = await paidOrder(seller, buyer);
    await sendForm(seller.client, `/orders/${id}/deliver`, { message: 'حاضر' }, [{ name: 'draft.pdf', bytes: pdf('draft') }]);

    // A stranger cannot open a dispute on it; a missing reason or description is refused.
    expect((await sendForm(stranger.client, `/orders/${id}/dispute`, { reason: 'quality', message: 'x' })).status).toBe(404);
    expect((await stranger.client.json('POST', `/api/v1/orders/${id}/dispute`, { reason: 'quality', message: 'x' })).status).toBe(404);
    const noReason = await sendForm(buyer.client, `/orders/${id}/dispute`, { reason: '', message: 'The logo is blurry.' });
    expect(noReason.status).toBe(400);
    expect(visibleText(await noReason.text())).toContain('Please choose one of the options.');
    expect((await sendForm(buyer.client, `/orders/${id}/dispute`, { reason: 'quality', message: '  ' })).status).toBe(400);
    expect(await stateOf(id)).toBe('delivered');

    const opened = await sendForm(buyer.client, `/orders/${id}/dispute`, { reason: 'quality', message: 'The logo is blurry at every size; the source files are missing.' }, [{ name: 'screenshot.png', bytes: await png() }]);
    expect(opened.status).toBe(303);
    expect(await stateOf(id)).toBe('disputed');
    // The money stays frozen: the whole payment in escrow, no auto-acceptance.
    expect(await balanceOf(env.deps.db, escrowOf(id))).toBe(150_000n);
    expect(await sweepOrders(env.deps)).toMatchObject({ autoAccepted: 0 });

    const order = (await (await buyer.client.get(`/api/v1/orders/${id}`)).json()) as { dispute_url: string; your_actions: string[] };
    expect(order.your_actions).toEqual([]);
    const disputeId = order.dispute_url.split('/').pop()!;

    // The freelancer answers in Urdu, with a file, on the order page.
    const reply = await sendForm(seller.client, `/disputes/${disputeId}/statements`, { message: 'میں نے تینوں سائز کی فائلیں بھیجی تھیں۔' }, [{ name: 'sizes.pdf', bytes: pdf('sizes') }]);
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toBe(`/orders/${id}#dispute`);
    const ur = await (await seller.client.get(`/orders/${id}`)).text();
    expect(visibleText(ur)).toContain('تنازع');
    expect(visibleText(ur)).toContain('میں نے تینوں سائز کی فائلیں بھیجی تھیں۔');
    expect(visibleText(ur)).toContain('معیار');
    const en = visibleText(await (await buyer.client.get(`/orders/${id}`)).text());
    expect(en).toContain('Opened by you (Quality)');
    expect(en).toContain('screenshot.png');
    expect(en).toContain('sizes.pdf');

    const read = (await (await buyer.client.get(`/api/v1/disputes/${disputeId}`)).json()) as { status: string; reason: string; statements: { by: string; files: { url: string }[] }[] };
    expect(read).toMatchObject({ status: 'open', reason: 'quality' });
    expect(read.statements.map((s) => s.by)).toEqual(['client', 'freelancer']);
    const evidence = read.statements.flatMap((s) => s.files.map((f) => f.url));
    expect(evidence).toHaveLength(2);
    const deliveryFile = fileLinks(ur)[0]!;

    // Nobody else reads, writes or downloads; an admin reads and downloads, but does not write.
    expect((await stranger.client.get(`/api/v1/disputes/${disputeId}`)).status).toBe(404);
    expect((await stranger.client.json('POST', `/api/v1/disputes/${disputeId}/statements`, { message: 'me too' })).status).toBe(404);
    expect((await sendForm(stranger.client, `/disputes/${disputeId}/statements`, { message: 'me too' })).status).toBe(404);
    for (const link of [...evidence, deliveryFile]) {
      expect((await stranger.client.get(link)).status).toBe(404);
      expect((await new TestClient(env.app).get(link)).status).toBe(404);
      expect((await admin.client.get(link)).status).toBe(200);
      expect((await buyer.client.get(link)).status).toBe(200);
    }
    expect((await admin.client.json('POST', `/api/v1/disputes/${disputeId}/statements`, { message: 'admin' })).status).toBe(404);
    expect((await admin.client.get(`/api/v1/disputes/${disputeId}`)).status).toBe(200);
    // Statements through the API too; an empty one is refused.
    expect((await buyer.client.json('POST', `/api/v1/disputes/${disputeId}/statements`, { message: '' })).status).toBe(400);
    expect((await buyer.client.json('POST', `/api/v1/disputes/${disputeId}/statements`, { message: 'The PDF has one size only.' })).status).toBe(201);

    // Only admins see the queue and decide.
    expect((await buyer.client.get('/admin/disputes')).status).toBe(403);
    expect((await seller.client.json('POST', `/api/v1/admin/disputes/${disputeId}/decision`, { outcome: 'release', reason: 'mine' })).status).toBe(403);
    const queue = visibleText(await (await admin.client.get('/admin/disputes')).text());
    expect(queue).toContain('I will design a logo for your shop');
    const record = visibleText(await (await admin.client.get(`/admin/disputes/${disputeId}`)).text());
    for (const seen of ['Rs 1,500.00', 'In escrow now', 'draft.pdf', 'screenshot.png', 'sizes.pdf', 'The PDF has one size only.', 'What happened']) expect(record).toContain(seen);
    expect(await stateOf(id)).toBe('disputed');
    await ledgerHolds();
  });

  it('a split: bad amounts and a missing reason change nothing; the decision divides the escrow with fees on the released part, once', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const admin = await person('admin', 'ur');
    const id = await paidOrder(seller, buyer);
    expect((await buyer.client.json('POST', `/api/v1/orders/${id}/dispute`, { reason: 'not_delivered', message: 'Nothing after a week.' })).status).toBe(200);
    const disputeId = ((await (await buyer.client.get(`/api/v1/orders/${id}`)).json()) as { dispute_url: string }).dispute_url.split('/').pop()!;
    const before = { wallet: await balanceOf(env.deps.db, wallet(buyer.user.id)), pending: await balanceOf(env.deps.db, pending(seller.user.id)), revenue: await revenue(), escrow: await balanceOf(env.deps.db, escrowOf(id)) };
    const decide = (body: unknown) => admin.client.json('POST', `/api/v1/admin/disputes/${disputeId}/decision`, body);

    const bad: [unknown, string][] = [
      [{ outcome: 'split', freelancer_amount: { amount: '0', currency: 'PKR' }, reason: 'Half done' }, 'freelancer_amount'],
      [{ outcome: 'split', freelancer_amount: { amount: '-500', currency: 'PKR' }, reason: 'Half done' }, 'freelancer_amount'],
      [{ outcome: 'split', freelancer_amount: { amount: '150000', currency: 'PKR' }, reason: 'Half done' }, 'freelancer_amount'],
      [{ outcome: 'split', freelancer_amount: { amount: '900000', currency: 'PKR' }, reason: 'Half done' }, 'freelancer_amount'],
      [{ outcome: 'split', freelancer_amount: { amount: '60000', currency: 'USD' }, reason: 'Half done' }, 'freelancer_amount.currency'],
      [{ outcome: 'split', freelancer_amount: 'Rs 600.555', reason: 'Half done' }, 'freelancer_amount'],
      [{ outcome: 'split', reason: 'Half done' }, 'freelancer_amount'],
      [{ outcome: 'split', freelancer_amount: { amount: '60000', currency: 'PKR' }, reason: '' }, 'reason'],
      [{ outcome: 'release' }, 'reason'],
      [{ outcome: 'halves', reason: 'x' }, 'outcome'],
    ];
    for (const [body, field] of bad) {
      const res = await decide(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const problem = (await res.json()) as { errors?: Record<string, unknown> };
      expect(Object.keys(problem.errors ?? {}).some((k) => k.startsWith(field)), JSON.stringify(body)).toBe(true);
    }
    // The page says it in the admin's language, and keeps what was typed.
    const page = await admin.client.post(`/admin/disputes/${disputeId}/decision`, { outcome: 'split', freelancer_amount: '1500', reason: 'آدھا کام' });
    expect(page.status).toBe(400);
    expect(visibleText(await page.text())).toContain('براہِ کرم 0 سے زیادہ اور قیمت (PKR 1500.00) سے کم رقم لکھیں۔');
    const after = { wallet: await balanceOf(env.deps.db, wallet(buyer.user.id)), pending: await balanceOf(env.deps.db, pending(seller.user.id)), revenue: await revenue(), escrow: await balanceOf(env.deps.db, escrowOf(id)) };
    expect(after).toEqual(before);
    expect(await stateOf(id)).toBe('disputed');

    // Rs 600 of Rs 1,500 to the freelancer: Rs 570 after the 5% fee on it, Rs 30 to Hunar, Rs 900 back.
    const res = await admin.client.post(`/admin/disputes/${disputeId}/decision`, { outcome: 'split', freelancer_amount: 'Rs 600', reason: 'Two of the five pages were delivered; the rest goes back.' });
    expect(res.status).toBe(303);
    expect(await balanceOf(env.deps.db, pending(seller.user.id))).toBe(before.pending + 57_000n);
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(before.wallet + 90_000n);
    expect((await revenue()) - before.revenue).toBe(3_000n);
    expect(await balanceOf(env.deps.db, escrowOf(id))).toBe(0n);
    expect(await stateOf(id)).toBe('completed');

    // Both sides read the decision and its reason; the order's amounts are those of the part paid.
    const seen = visibleText(await (await seller.client.get(`/orders/${id}`)).text());
    expect(seen).toContain('Decided: split between both');
    expect(seen).toContain('Two of the five pages were delivered; the rest goes back.');
    expect(seen).toContain('Rs 570.00');
    const api = (await (await buyer.client.get(`/api/v1/disputes/${disputeId}`)).json()) as { decision: Record<string, { amount: string } | string> };
    expect(api.decision).toMatchObject({ outcome: 'split', freelancer_amount: { amount: '60000' }, freelancer_receives: { amount: '57000' }, hunar_keeps: { amount: '3000' }, client_refund: { amount: '90000' } });

    // The admin's record still says what was disputed: the price and what the client paid in.
    const record = visibleText(await (await admin.client.get(`/admin/disputes/${disputeId}`)).text());
    expect(record).toContain('رقم قیمت Rs 1,500.00 کلائنٹ نے ایسکرو میں ادا کیا Rs 1,500.00 اس وقت ایسکرو میں Rs 0.00');

    // A second decision is refused and changes nothing.
    const again = await decide({ outcome: 'refund', reason: 'Changed my mind' });
    expect(again.status).toBe(409);
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(before.wallet + 90_000n);
    // Both parties are told, with the admin's reason (src/notifications); the freelancer was told of the dispute.
    const told = await env.deps.db.selectFrom('notifications').select(['user_id', 'kind', 'params']).where('kind', 'in', ['dispute_opened', 'dispute_decided']).where('user_id', 'in', [buyer.user.id, seller.user.id]).execute();
    expect(told.map((r) => `${r.user_id === buyer.user.id ? 'client' : 'freelancer'} ${r.kind}`).sort()).toEqual(['client dispute_decided', 'freelancer dispute_decided', 'freelancer dispute_opened']);
    expect(told.find((r) => r.kind === 'dispute_decided')?.params).toMatchObject({ outcome: 'split', reason: 'Two of the five pages were delivered; the rest goes back.' });
    // The decision is in the audit log with the admin.
    const audit = await env.deps.db.selectFrom('audit_events').select(['actor_id', 'kind']).where('subject_id', '=', disputeId).execute();
    expect(audit).toEqual([{ actor_id: admin.user.id, kind: 'dispute.decided' }]);

    // The hold ends as for any completed order: the Rs 570 becomes available.
    const now = env.deps.clock.now();
    await env.deps.db.updateTable('orders').set({ hold_until: new Date(now.getTime() - 1000) }).where('id', '=', id).execute();
    await sweepOrders(env.deps);
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_available', ownerId: seller.user.id, currency: 'PKR' })).toBe(57_000n);
    await ledgerHolds();
  });

  it('release and refund move all of the escrow; an admin who is a party cannot decide', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const admin = await person('admin');
    const released = await paidOrder(seller, buyer);
    const refunded = await paidOrder(seller, buyer);
    for (const id of [released, refunded]) expect((await seller.client.json('POST', `/api/v1/orders/${id}/dispute`, { reason: 'communication', message: 'No answers.' })).status).toBe(200);
    const disputeOf = async (id: string) => ((await (await buyer.client.get(`/api/v1/orders/${id}`)).json()) as { dispute_url: string }).dispute_url.split('/').pop()!;
    const walletBefore = await balanceOf(env.deps.db, wallet(buyer.user.id));

    const r1 = await admin.client.json('POST', `/api/v1/admin/disputes/${await disputeOf(released)}/decision`, { outcome: 'release', reason: 'The work was delivered as ordered.' });
    expect(r1.status).toBe(200);
    expect(await r1.json()).toMatchObject({ outcome: 'release', order: { state: 'completed' }, freelancer_receives: { amount: '142500' }, hunar_keeps: { amount: '7500' }, client_refund: { amount: '0' } });
    expect(await balanceOf(env.deps.db, pending(seller.user.id))).toBe(142_500n);

    const r2 = await admin.client.json('POST', `/api/v1/admin/disputes/${await disputeOf(refunded)}/decision`, { outcome: 'refund', reason: 'Nothing was delivered.', freelancer_amount: { amount: '5', currency: 'PKR' } });
    expect(r2.status).toBe(200);
    expect(await r2.json()).toMatchObject({ outcome: 'refund', order: { state: 'cancelled' }, client_refund: { amount: '150000' }, hunar_keeps: { amount: '0' } });
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(walletBefore + 150_000n);
    expect(await balanceOf(env.deps.db, pending(seller.user.id))).toBe(142_500n);

    // An admin who is the client of an order cannot decide its dispute.
    const adminBuyer = await person('admin');
    await env.deps.db.updateTable('users').set({ is_client: true }).where('id', '=', adminBuyer.user.id).execute();
    const own = await paidOrder(seller, adminBuyer);
    expect((await adminBuyer.client.json('POST', `/api/v1/orders/${own}/dispute`, { reason: 'late', message: 'Late.' })).status).toBe(200);
    const ownDispute = ((await (await adminBuyer.client.get(`/api/v1/orders/${own}`)).json()) as { dispute_url: string }).dispute_url.split('/').pop()!;
    const refused = await adminBuyer.client.json('POST', `/api/v1/admin/disputes/${ownDispute}/decision`, { outcome: 'refund', reason: 'Mine.' });
    expect(refused.status).toBe(403);
    expect(await stateOf(own)).toBe('disputed');
    await ledgerHolds();
  });

  it('a contract milestone is decided like any order', async () => {
    const c = await person('client');
    const f = await person('freelancer', 'ur');
    const admin = await person('admin');
    const posted = (await (await c.client.json('POST', '/api/v1/jobs', { title: 'Shop website', description: 'Five pages.', duration: '1_4_weeks', experience: 'intermediate', currency: 'PKR', kind: 'fixed', budget: { amount: '5000000', currency: 'PKR' } })).json()) as { id: string };
    const sent = await f.client.json('POST', `/api/v1/jobs/${posted.id}/proposals`, {
      cover_letter: 'I can do it.',
      delivery_days: 14,
      amount: { amount: '4500000', currency: 'PKR' },
      milestones: [
        { title: 'Design', amount: { amount: '1500000', currency: 'PKR' } },
        { title: 'Build', amount: { amount: '3000000', currency: 'PKR' } },
      ],
    });
    const p = (await sent.json()) as { id: string };
    expect((await c.client.json('POST', `/api/v1/proposals/${p.id}/shortlist`)).status).toBe(200);
    expect((await c.client.json('POST', `/api/v1/proposals/${p.id}/hire`)).status).toBe(200);
    const { contracts } = (await (await c.client.get('/api/v1/contracts')).json()) as { contracts: { id: string }[] };
    const k = (await (await c.client.get(`/api/v1/contracts/${contracts[0]!.id}`)).json()) as { orders: { id: string }[] };
    const milestone = k.orders[0]!.id;
    await fund(c.user.id, 1_500_000n);
    expect((await c.client.json('POST', `/api/v1/orders/${milestone}/pay`, undefined, { 'idempotency-key': randomUUID() })).status).toBe(200);
    expect((await c.client.json('POST', `/api/v1/orders/${milestone}/dispute`, { reason: 'not_as_described', message: 'Not the agreed design.' })).status).toBe(200);
    const disputeId = ((await (await c.client.get(`/api/v1/orders/${milestone}`)).json()) as { dispute_url: string }).dispute_url.split('/').pop()!;
    const res = await admin.client.json('POST', `/api/v1/admin/disputes/${disputeId}/decision`, { outcome: 'split', freelancer_amount: { amount: '750000', currency: 'PKR' }, reason: 'Half of the design was usable.' });
    expect(res.status).toBe(200);
    expect(await balanceOf(env.deps.db, pending(f.user.id))).toBe(712_500n);
    // The contract counts what was released for the milestone: Rs 7,500 of it.
    const after = (await (await c.client.get(`/api/v1/contracts/${contracts[0]!.id}`)).json()) as { released: { amount: string } };
    expect(after.released.amount).toBe('750000');
    await ledgerHolds();
  });
});

describe('migration 0043', () => {
  it('widens media’s checks for delivery files and evidence without loosening the others', async () => {
    const owner = await person('freelancer');
    const row = (purpose: string, extra: Record<string, unknown>) =>
      env.deps.db
        .insertInto('media')
        .values({ key: randomUUID().replace(/-/g, '').slice(0, 22), owner_id: owner.user.id, purpose: purpose as 'delivery_file', content_type: 'application/pdf', file_name: 'a.pdf', bytes: 10, created_at: new Date(), ...extra })
        .execute();
    // A delivery file needs its event; evidence its statement; a job attachment still needs its job.
    await expect(row('delivery_file', {})).rejects.toThrow(/check constraint/);
    await expect(row('dispute_evidence', {})).rejects.toThrow(/check constraint/);
    await expect(row('job_attachment', {})).rejects.toThrow(/check constraint/);
    await expect(row('gig_image', { order_event_id: '1' })).rejects.toThrow();
    await expect(row('sticker', {})).rejects.toThrow(/check constraint/);
  });
});
