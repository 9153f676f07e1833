import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credit, TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { acceptOrder, deliverOrder, newIdempotencyKey, payOrder, placeGigOrder } from '../orders/service.ts';
import { money } from '../platform/money.ts';
import { REVIEW_WINDOW_MS } from './domain.ts';
import { computeSellerLevels, countShownReviews, personReviews, sellerFactsFor, writeReview } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;

async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur' = 'en', name = 'Ayesha Khan') {
  const email = `review-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: name, isFreelancer: role === 'freelancer', isClient: role === 'client', locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: false, locale, sessionId: null, onboardingDone: true };
  return { user, client, actor };
}
type Person = Awaited<ReturnType<typeof person>>;

async function gigOf(seller: Person, title = 'I will design a logo for your shop') {
  const { id, slug } = await createGig(env.deps, seller.actor, {
    title,
    description: 'Three concepts and the source files.',
    category_slug: 'design',
    skills: ['logo-design'],
    packages: [{ name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, id);
  return { id, slug };
}

/** An order placed, paid, delivered and accepted through the orders service; `complete: false` stops after delivery. */
async function orderOf(seller: Person, buyer: Person, gig: { slug: string }, complete = true) {
  await credit(env.deps, { kind: 'client_wallet', ownerId: buyer.user.id, currency: 'PKR' }, money(1_000_000n, 'PKR'));
  const { id } = await placeGigOrder(env.deps, buyer.actor, { gig: gig.slug, package: '1', answers: [] });
  await payOrder(env.deps, buyer.actor, id, newIdempotencyKey());
  await deliverOrder(env.deps, seller.actor, id, { message: 'Files attached.' });
  if (complete) await acceptOrder(env.deps, buyer.actor, id, newIdempotencyKey());
  return id;
}

const text = async (res: Response) => visibleText(await res.text());

/** Stops the test clock at one instant (it otherwise runs on from where it is set), until thawed. */
function freeze(at: Date) {
  env.clock.now = () => new Date(at.getTime());
}
function thaw() {
  Reflect.deleteProperty(env.clock, 'now');
}
const full = { rating: '5', communication: '5', quality: '4', on_time: '5' };
const reviewRows = (orderId: string) => env.deps.db.selectFrom('reviews').selectAll().where('order_id', '=', orderId).execute();

describe('both sides review a completed order through the pages', () => {
  it('keeps each review hidden until both are in, then shows both with the figures, the reply and the notification link', async () => {
    const seller = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const buyer = await person('client', 'en', 'Hamza Sheikh');
    const gig = await gigOf(seller);
    const orderId = await orderOf(seller, buyer, gig);

    // The completed order's page leads to the review form.
    const orderPage = await text(await buyer.client.get(`/orders/${orderId}`));
    expect(orderPage).toContain('Leave a review');
    expect(orderPage).toContain('Your review stays hidden until both of you have written yours');
    const form = await text(await buyer.client.get(`/orders/${orderId}/review`));
    expect(form).toContain('Overall, how was عائشہ صدیقی’s work?');
    expect(form).toContain('Communication');
    expect(form).toContain('Delivered on time');

    // The client writes, in Urdu; the freelancer's page says so but does not show it.
    const sent = await buyer.client.post(`/orders/${orderId}/review`, { ...full, text: 'بہت اچھا لوگو، وقت سے پہلے ملا۔' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/orders/${orderId}/review`);
    const mine = await text(await buyer.client.get(`/orders/${orderId}/review`));
    expect(mine).toContain('Your review is sent.');
    expect(mine).toContain('Thank you: your review is in. It stays hidden until عائشہ صدیقی writes theirs');
    expect(mine).toContain('بہت اچھا لوگو، وقت سے پہلے ملا۔');
    const theirs = await text(await seller.client.get(`/orders/${orderId}/review`));
    expect(theirs).toContain('Hamza Sheikh نے آپ کا ریویو لکھ دیا ہے۔');
    expect(theirs).not.toContain('بہت اچھا لوگو');
    // The freelancer is told, naming the order once (the notification writes the HNR- itself).
    const { number } = await env.deps.db.selectFrom('orders').select('number').where('id', '=', orderId).executeTakeFirstOrThrow();
    expect(await text(await seller.client.get('/notifications'))).toContain(`Hamza Sheikh نے آرڈر HNR-${number} کا ریویو لکھا ہے`);
    expect(await text(await new TestClient(env.app).get(`/u/${seller.user.handle}`))).not.toContain('بہت اچھا لوگو');
    expect((await personReviews(env.deps, seller.user.handle)).items).toHaveLength(0);

    // The freelancer writes theirs (no details for a client): both are shown at once.
    const second = await seller.client.post(`/orders/${orderId}/review`, { rating: '4', text: 'Clear brief and quick answers.' });
    expect(second.status).toBe(303);
    const both = await text(await seller.client.get(`/orders/${orderId}/review`));
    expect(both).toContain('اس آرڈر کے ریویوز سب کے لیے ظاہر ہیں۔');
    expect(both).toContain('بہت اچھا لوگو، وقت سے پہلے ملا۔');
    expect(both).toContain('Clear brief and quick answers.');
    const rows = await reviewRows(orderId);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.revealed_at !== null && r.counted_at !== null)).toBe(true);

    // The figures count it at once: profile, gig page and the users/gigs columns search reads.
    const me = await env.deps.db.selectFrom('users').select(['rating_sum', 'rating_count']).where('id', '=', seller.user.id).executeTakeFirstOrThrow();
    expect(me).toEqual({ rating_sum: 5, rating_count: 1 });
    const g = await env.deps.db.selectFrom('gigs').select(['rating_sum', 'rating_count']).where('id', '=', gig.id).executeTakeFirstOrThrow();
    expect(g).toEqual({ rating_sum: 5, rating_count: 1 });
    const visitor = new TestClient(env.app, { 'accept-language': 'en' });
    const profile = await text(await visitor.get(`/u/${seller.user.handle}`));
    expect(profile).toContain('5.0 (1 review)');
    expect(profile).toContain('New seller');
    expect(profile).toContain('بہت اچھا لوگو، وقت سے پہلے ملا۔');
    const gigPage = await text(await visitor.get(`/g/${gig.slug}`));
    expect(gigPage).toContain('5.0 (1 review)');
    expect(gigPage).toContain('بہت اچھا لوگو، وقت سے پہلے ملا۔');
    // The client's profile shows the freelancer's review of them.
    expect(await text(await visitor.get(`/u/${buyer.user.handle}`))).toContain('Clear brief and quick answers.');

    // The freelancer replies once, publicly.
    const review = rows.find((r) => r.author_side === 'client')!;
    const reply = await seller.client.post(`/reviews/${review.id}/reply`, { text: 'شکریہ حمزہ صاحب!' });
    expect(reply.status).toBe(303);
    expect(await text(await visitor.get(`/u/${seller.user.handle}`))).toContain('Reply from عائشہ صدیقی شکریہ حمزہ صاحب!');
    const again = await seller.client.post(`/reviews/${review.id}/reply`, { text: 'Once more' });
    expect(again.status).toBe(409);
    expect(await text(again)).toContain('آپ اس ریویو کا جواب پہلے ہی دے چکے ہیں۔');
  });
});

describe('who may not review or reply, and bad input', () => {
  it('refuses a stranger, a second review, an order not completed, a review after 14 days, and missing details, storing nothing', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const stranger = await person('client');
    const gig = await gigOf(seller);
    const open = await orderOf(seller, buyer, gig, false);
    const done = await orderOf(seller, buyer, gig);

    // Not completed: a translated 409, on the page and in the API.
    const early = await buyer.client.post(`/orders/${open}/review`, { ...full, text: 'Too soon' });
    expect(early.status).toBe(409);
    expect(await text(early)).toContain('You can review an order only once it is completed.');
    expect((await buyer.client.json('POST', `/api/v1/orders/${open}/review`, { rating: 5, communication: 5, quality: 5, on_time: 5 })).status).toBe(409);
    expect(await text(await buyer.client.get(`/orders/${open}`))).not.toContain('Leave a review');

    // A stranger cannot tell the order exists; a bad id neither.
    expect((await stranger.client.json('POST', `/api/v1/orders/${done}/review`, { rating: 5, communication: 5, quality: 5, on_time: 5 })).status).toBe(404);
    expect((await stranger.client.get(`/orders/${done}/review`)).status).toBe(404);
    expect((await stranger.client.json('POST', '/api/v1/orders/not-an-id/review', { rating: 5, communication: 5, quality: 5, on_time: 5 })).status).toBe(404);

    // A client must give the three details; a freelancer gives none; stars are 1..5.
    const missing = await buyer.client.json('POST', `/api/v1/orders/${done}/review`, { rating: 5 });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: Record<string, string> }).errors).toMatchObject({ communication: expect.any(String), quality: expect.any(String), on_time: expect.any(String) });
    expect((await seller.client.json('POST', `/api/v1/orders/${done}/review`, { rating: 5, quality: 5 })).status).toBe(400);
    expect((await buyer.client.json('POST', `/api/v1/orders/${done}/review`, { rating: 6, communication: 5, quality: 5, on_time: 5 })).status).toBe(400);
    expect((await buyer.client.json('POST', `/api/v1/orders/${done}/review`, { rating: 5, communication: 5, quality: 5, on_time: 5, text: 'x'.repeat(2001) })).status).toBe(400);
    const pageMissing = await buyer.client.post(`/orders/${done}/review`, { rating: '5', text: 'Nice' });
    expect(pageMissing.status).toBe(400);
    expect(await reviewRows(done)).toHaveLength(0);
    expect(await reviewRows(open)).toHaveLength(0);

    // Once, and only once.
    expect((await buyer.client.json('POST', `/api/v1/orders/${done}/review`, { rating: 4, communication: 4, quality: 4, on_time: 4 })).status).toBe(201);
    const twice = await buyer.client.json('POST', `/api/v1/orders/${done}/review`, { rating: 1, communication: 1, quality: 1, on_time: 1 }, { 'accept-language': 'ur' });
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as { code: string; title: string }).code).toBe('review.already_written');
    expect((await reviewRows(done)).map((r) => r.rating)).toEqual([4]);
  });

  it('closes the window exactly 14 days after completion', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const gig = await gigOf(seller);
    const orderId = await orderOf(seller, buyer, gig);
    const order = await env.deps.db.selectFrom('orders').select('completed_at').where('id', '=', orderId).executeTakeFirstOrThrow();
    const end = order.completed_at!.getTime() + REVIEW_WINDOW_MS;
    freeze(new Date(end - 1));
    try {
      // A millisecond before the end, the client may still write; at the end, the freelancer may not.
      expect((await buyer.client.json('POST', `/api/v1/orders/${orderId}/review`, { rating: 5, communication: 5, quality: 5, on_time: 5 })).status).toBe(201);
      freeze(new Date(end));
      const late = await seller.client.post(`/orders/${orderId}/review`, { rating: '5', text: 'Late' });
      expect(late.status).toBe(409);
      expect(await text(late)).toContain('The time to review this order has passed');
      expect((await reviewRows(orderId)).map((r) => r.author_side)).toEqual(['client']);
      // At the end the client's review is shown to everyone, and the freelancer's page says the time passed.
      expect((await personReviews(env.deps, seller.user.handle)).items).toHaveLength(1);
      expect(await text(await seller.client.get(`/orders/${orderId}/review`))).toContain('The reviews of this order are public.');
    } finally {
      thaw();
    }
  });

  it('refuses a reply by the client, a stranger, or to a hidden review', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const stranger = await person('freelancer');
    const gig = await gigOf(seller);
    const orderId = await orderOf(seller, buyer, gig);
    const res = await buyer.client.json('POST', `/api/v1/orders/${orderId}/review`, { rating: 3, communication: 4, quality: 3, on_time: 2, text: 'OK' });
    const review = (await res.json()) as { id: string; shown: boolean };
    expect(review.shown).toBe(false);
    // Hidden: not even the freelancer it is about can reply (or see it).
    expect((await seller.client.json('POST', `/api/v1/reviews/${review.id}/reply`, { text: 'Thanks' })).status).toBe(404);
    expect((await stranger.client.json('POST', `/api/v1/reviews/${review.id}/reply`, { text: 'Thanks' })).status).toBe(404);
    await seller.client.json('POST', `/api/v1/orders/${orderId}/review`, { rating: 5, text: 'Good client' });
    // Shown now: the client may not reply to their own, a stranger may not, nobody replies to the freelancer's.
    expect((await buyer.client.json('POST', `/api/v1/reviews/${review.id}/reply`, { text: 'Me too' })).status).toBe(403);
    expect((await stranger.client.json('POST', `/api/v1/reviews/${review.id}/reply`, { text: 'Me too' })).status).toBe(403);
    const ofClient = (await reviewRows(orderId)).find((r) => r.author_side === 'freelancer')!;
    expect((await buyer.client.json('POST', `/api/v1/reviews/${ofClient.id}/reply`, { text: 'Thanks' })).status).toBe(403);
    expect((await seller.client.json('POST', `/api/v1/reviews/${review.id}/reply`, { text: '' })).status).toBe(400);
    const ok = await seller.client.json('POST', `/api/v1/reviews/${review.id}/reply`, { text: 'Sorry it was late: I have changed how I plan.' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { reply: { text: string } }).reply.text).toBe('Sorry it was late: I have changed how I plan.');
    expect((await seller.client.json('POST', `/api/v1/reviews/${review.id}/reply`, { text: 'Again' })).status).toBe(409);
    expect((await reviewRows(orderId)).find((r) => r.id === review.id)!.reply).toBe('Sorry it was late: I have changed how I plan.');
  });
});

describe('reviews shown by the end of the window', () => {
  it('are hidden until then, shown from then on, and counted in the figures by the job', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const gig = await gigOf(seller);
    const orderId = await orderOf(seller, buyer, gig);
    await writeReview(env.deps, buyer.actor, orderId, { rating: 4, communication: 4, quality: 4, on_time: 4, text: 'Only one side wrote.' });
    const [row] = await reviewRows(orderId);
    const visitor = new TestClient(env.app);
    try {
      freeze(new Date(row!.window_ends_at.getTime() - 1));
      expect(await text(await visitor.get(`/u/${seller.user.handle}`))).not.toContain('Only one side wrote.');
      freeze(row!.window_ends_at);
      expect(await text(await visitor.get(`/u/${seller.user.handle}`))).toContain('Only one side wrote.');
      // The figure follows when the job runs.
      expect((await env.deps.db.selectFrom('users').select('rating_count').where('id', '=', seller.user.id).executeTakeFirstOrThrow()).rating_count).toBe(0);
      expect(await countShownReviews(env.deps)).toBeGreaterThanOrEqual(1);
      expect(await env.deps.db.selectFrom('users').select(['rating_sum', 'rating_count']).where('id', '=', seller.user.id).executeTakeFirstOrThrow()).toEqual({ rating_sum: 4, rating_count: 1 });
      expect(await text(await visitor.get(`/g/${gig.slug}`))).toContain('4.0 (1 review)');
      // Running it again changes nothing.
      await countShownReviews(env.deps);
      expect((await env.deps.db.selectFrom('gigs').select('rating_count').where('id', '=', gig.id).executeTakeFirstOrThrow()).rating_count).toBe(1);
    } finally {
      thaw();
    }
  });
});

describe('the API', () => {
  it('answers a review, pages through a person’s shown reviews, and refuses a bad cursor', async () => {
    const seller = await person('freelancer', 'en', 'Bilal Ahmed');
    const gig = await gigOf(seller, 'I will build your WordPress site');
    for (const [i, stars] of [5, 4, 5].entries()) {
      const buyer = await person('client', 'en', `Client ${i}`);
      const orderId = await orderOf(seller, buyer, gig);
      const res = await buyer.client.json('POST', `/api/v1/orders/${orderId}/review`, { rating: stars, communication: 5, quality: stars, on_time: 5, text: `Review ${i}` });
      expect(res.status).toBe(201);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        order: { id: orderId, number: expect.stringMatching(/^HNR-\d+$/) },
        gig: { slug: gig.slug, url: `/g/${gig.slug}` },
        author: { display_name: `Client ${i}` },
        reviewee: { display_name: 'Bilal Ahmed', handle: seller.user.handle },
        author_side: 'client',
        rating: stars,
        communication: 5,
        on_time: 5,
        text: `Review ${i}`,
        shown: false,
        reply: null,
      });
      await seller.client.json('POST', `/api/v1/orders/${orderId}/review`, { rating: 5 });
    }
    const visitor = new TestClient(env.app);
    const res = await visitor.get(`/api/v1/profiles/${seller.user.handle}/reviews`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { person: { handle: string }; seller_level: string; as_freelancer: { average: number; count: number }; items: { text: string; shown: boolean }[]; next_cursor: string | null };
    expect(page.person.handle).toBe(seller.user.handle);
    expect(page.seller_level).toBe('new');
    expect(page.as_freelancer).toEqual({ average: 4.7, count: 3 });
    expect(page.items.map((i) => i.text)).toEqual(['Review 2', 'Review 1', 'Review 0']);
    expect(page.items.every((i) => i.shown)).toBe(true);
    expect(page.next_cursor).toBeNull();

    // Keyset pages, newest first, with no review twice.
    const first = await personReviews(env.deps, seller.user.handle, { limit: 2 });
    expect(first.items.map((i) => i.text)).toEqual(['Review 2', 'Review 1']);
    const next = await (await visitor.get(`/api/v1/profiles/${seller.user.handle}/reviews?cursor=${first.nextCursor}`)).json();
    expect((next as { items: { text: string }[] }).items.map((i) => i.text)).toEqual(['Review 0']);
    expect((await visitor.get(`/u/${seller.user.handle}/reviews?cursor=${first.nextCursor}`)).status).toBe(200);

    expect((await visitor.get(`/api/v1/profiles/${seller.user.handle}/reviews?cursor=bogus`)).status).toBe(400);
    expect((await visitor.get(`/u/${seller.user.handle}/reviews?cursor=bogus`)).status).toBe(400);
    expect((await visitor.get('/api/v1/profiles/nobody-here/reviews')).status).toBe(404);
    expect((await new TestClient(env.app).json('POST', `/api/v1/orders/${crypto.randomUUID()}/review`, { rating: 5 })).status).toBe(401);
  });
});

describe('seller levels', () => {
  it('are computed daily from completed orders and ratings, and shown as a badge', async () => {
    const seller = await person('freelancer', 'en', 'Sobia Khan');
    const gig = await gigOf(seller, 'I will transcribe your interviews');
    for (let i = 0; i < 3; i++) {
      const buyer = await person('client', 'en', `Buyer ${i}`);
      const orderId = await orderOf(seller, buyer, gig);
      await buyer.client.json('POST', `/api/v1/orders/${orderId}/review`, { rating: 5, communication: 5, quality: 5, on_time: 5 });
      await seller.client.json('POST', `/api/v1/orders/${orderId}/review`, { rating: 5 });
    }
    const facts = (await sellerFactsFor(env.deps.db, [seller.user.id])).get(seller.user.id)!;
    expect(facts).toEqual({ completedOrders: 3, ratingSum: 15, ratingCount: 3, ordersWithDeadline: 3, onTimeOrders: 3, cancelledOrders: 0, disputesLost: 0, responseRate: null });
    expect(await text(await new TestClient(env.app).get(`/u/${seller.user.handle}`))).toContain('New seller');
    const run = await computeSellerLevels(env.deps);
    expect(run.changed).toBeGreaterThanOrEqual(1);
    const visitor = new TestClient(env.app, { 'accept-language': 'en' });
    expect(await text(await visitor.get(`/u/${seller.user.handle}`))).toContain('Level one');
    expect(await text(await visitor.get(`/g/${gig.slug}`))).toContain('Level one ★ 5.0 (3 reviews)');
    const search = await text(await visitor.get('/search?q=transcribe&type=gig'));
    expect(search).toContain('5.0 (3 reviews)');
    expect(search).toContain('Level one');
    // Again: nothing changes.
    const again = await computeSellerLevels(env.deps);
    expect(again.changed).toBe(0);
  });

  it('publishes the rules at /help/levels in both languages, from the same table', async () => {
    const en = await text(await new TestClient(env.app, { 'accept-language': 'en' }).get('/help/levels'));
    expect(en).toContain('Seller levels');
    expect(en).toContain('Level one');
    expect(en).toContain('At least 3 completed orders');
    expect(en).toContain('An average rating of at least 4.0 from at least 2 reviews');
    expect(en).toContain('At least 25 completed orders');
    expect(en).toContain('No disputes lost');
    const ur = await text(await new TestClient(env.app, { 'accept-language': 'ur' }).get('/help/levels'));
    expect(ur).toContain('سیلر لیولز');
    expect(ur).toContain('کم از کم 3 مکمل آرڈرز');
    expect(ur).toContain('ٹاپ ریٹڈ');
  });
});
