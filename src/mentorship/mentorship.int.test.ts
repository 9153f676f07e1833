// Mentorship end to end over HTTP and the services: applying and approval, booking free and paid
// sessions through the ledger, a taken slot and two bookings of one slot at once, the published
// cancellation and no-show rules with their money, release after the session, feedback once,
// reminders, and the calendar file for each party in their own zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { sendNotificationMail } from '../notifications/service.ts';
import { formatDateTime } from '../platform/format.ts';
import { fundWallet, type Person, person } from '../../test/world.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';
import { hasRole } from '../platform/roles.ts';
import { sweepMentoring } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const H = 3_600_000;
const DAY = 24 * H;
// Monday 2 March 2026, 11:00 in Karachi.
const MONDAY = new Date('2026-03-02T06:00:00Z');

const handleOf = async (p: Person) => String((await env.deps.db.selectFrom('users').select('handle').where('id', '=', p.user.id).executeTakeFirstOrThrow()).handle);
const wallet = (p: Person) => balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: p.user.id, currency: 'PKR' });
const pending = (p: Person) => balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: p.user.id, currency: 'PKR' });
const available = (p: Person) => balanceOf(env.deps.db, { kind: 'freelancer_available', ownerId: p.user.id, currency: 'PKR' });
const escrow = (bookingId: string) => balanceOf(env.deps.db, { kind: 'escrow', refId: bookingId, currency: 'PKR' });
async function ledgerClean() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}
const bookingsOf = (mentor: Person) => env.deps.db.selectFrom('mentor_bookings').selectAll().where('mentor_id', '=', mentor.user.id).execute();

interface Slot {
  starts_at: string;
  ends_at: string;
}
async function freeSlots(viewer: Person, handle: string): Promise<Slot[]> {
  const res = await viewer.client.get(`/api/v1/mentors/${handle}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { free_slots: Slot[] }).free_slots;
}
const book = (learner: Person, handle: string, startsAt: string, topic = '') => learner.client.json('POST', `/api/v1/mentors/${handle}/bookings`, { starts_at: startsAt, topic });

let admin: Person;
let ayesha: Person; // a paid mentor (Rs 2,000 an hour), in Karachi
let bilal: Person; // a free mentor
let hamza: Person; // a learner, in London
let ayeshaHandle: string;
let bilalHandle: string;

/** A freelancer's application through the form, approved by the admin through the admin page. */
async function approvedMentor(p: Person, price: string) {
  const res = await p.client.post('/mentoring/profile', {
    topics: 'Upwork proposals, pricing, first foreign clients',
    languages: ['ur', 'en'],
    bio_ur: 'آٹھ سال سے فری لانسنگ کر رہی ہوں اور نئے فری لانسرز کو پہلا کلائنٹ ڈھونڈنے میں مدد دیتی ہوں۔',
    bio_en: '',
    currency: 'PKR',
    price,
    session_minutes: '60',
    meeting_url: 'https://meet.example.com/ayesha',
  });
  expect(res.status).toBe(303);
  expect((await admin.client.get('/admin/mentors')).status).toBe(200);
  expect((await admin.client.post(`/admin/mentors/${p.user.id}/decide`, { decision: 'approve', note: 'Welcome' })).status).toBe(303);
  // Every weekday 09:00–21:00 in Karachi.
  const form: Record<string, string> = { time_zone: 'Asia/Karachi' };
  for (let d = 1; d <= 7; d++) Object.assign(form, { [`from_${d}_0`]: '09:00', [`to_${d}_0`]: '21:00' });
  expect((await p.client.post('/mentoring/availability', form)).status).toBe(303);
}

beforeAll(async () => {
  env.clock.set(MONDAY);
  admin = await person(env, 'Admin', { role: 'admin' });
  ayesha = await person(env, 'Ayesha Khan', { role: 'freelancer' });
  bilal = await person(env, 'Bilal Ahmed', { role: 'freelancer', locale: 'ur' });
  hamza = await person(env, 'Hamza Ali', { role: 'client' });
  await env.deps.db.updateTable('users').set({ time_zone: 'Europe/London' }).where('id', '=', hamza.user.id).execute();
  ayeshaHandle = await handleOf(ayesha);
  bilalHandle = await handleOf(bilal);
});

describe('applying to mentor', () => {
  it('lets a freelancer apply, and an admin approve, which grants the mentor role and is audited', async () => {
    // A client cannot apply; the form refuses a bad price with a field message and keeps nothing.
    const refused = await hamza.client.json('PUT', '/api/v1/me/mentoring/profile', { topics: ['SQL'], languages: ['en'], bio_en: 'Ten years of data work for clients abroad.', price: '0' });
    expect(refused.status).toBe(403);
    const bad = await ayesha.client.post('/mentoring/profile', { topics: 'Pricing', languages: 'ur', bio_ur: '', bio_en: '', price: 'abc' });
    expect(bad.status).toBe(400);
    expect(visibleText(await bad.text())).toContain('Write about yourself in Urdu or English');
    expect(await env.deps.db.selectFrom('mentor_profiles').select('user_id').where('user_id', '=', ayesha.user.id).executeTakeFirst()).toBeUndefined();

    // Not approved yet: the public page is not found, and a non-admin cannot decide.
    await ayesha.client.post('/mentoring/profile', { topics: 'Upwork proposals', languages: ['ur'], bio_ur: 'آٹھ سال سے فری لانسنگ کر رہی ہوں اور نئے لوگوں کی مدد کرتی ہوں۔', price: '2,000', currency: 'PKR', session_minutes: '60' });
    expect((await hamza.client.get(`/mentors/${ayeshaHandle}`)).status).toBe(404);
    expect((await hamza.client.post(`/admin/mentors/${ayesha.user.id}/decide`, { decision: 'approve' })).status).toBe(403);
    expect(await hasRole(env.deps.db, ayesha.user.id, 'mentor')).toBe(false);

    await approvedMentor(ayesha, '2,000');
    await approvedMentor(bilal, '0');
    expect(await hasRole(env.deps.db, ayesha.user.id, 'mentor')).toBe(true);
    const audit = await env.deps.db.selectFrom('audit_events').select(['kind', 'actor_id']).where('subject_id', '=', ayesha.user.id).where('kind', 'like', 'mentor.%').execute();
    expect(audit).toEqual([{ kind: 'mentor.approved', actor_id: admin.user.id }]);
    // Deciding twice is refused.
    expect((await admin.client.post(`/admin/mentors/${ayesha.user.id}/decide`, { decision: 'reject' })).status).toBe(409);
    const told = await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', ayesha.user.id).execute();
    expect(told.map((n) => n.kind)).toContain('mentor_approved');
  });

  it('lists approved mentors with their next free times in the viewer’s zone', async () => {
    const page = visibleText(await (await hamza.client.get('/mentors')).text());
    expect(page).toContain('Ayesha Khan');
    expect(page).toContain('Bilal Ahmed');
    expect(page).toContain('Rs 2,000 per 60-minute session');
    // Hamza reads London time: the first free time, 14:00 in Karachi on Monday (two hours' notice
    // from 11:00), is 9:00 GMT.
    expect(page).toContain('2 Mar 2026, 9:00 am GMT');
    const karachi = visibleText(await (await ayesha.client.get(`/mentors/${bilalHandle}`)).text());
    expect(karachi).toContain('2:00 pm');
    const api = (await (await hamza.client.get('/api/v1/mentors?language=ur')).json()) as { items: { mentor: { handle: string }; free_slots: Slot[] }[] };
    expect(api.items.map((m) => m.mentor.handle).sort()).toEqual([ayeshaHandle, bilalHandle].sort());
    expect(api.items[0]!.free_slots[0]!.starts_at).toBe('2026-03-02T09:00:00.000Z');
  });
});

describe('booking', () => {
  it('books a free session without touching money', async () => {
    const [slot] = await freeSlots(hamza, bilalHandle);
    const res = await book(hamza, bilalHandle, slot!.starts_at, 'My first Upwork profile');
    expect(res.status).toBe(201);
    const b = (await res.json()) as { status: string; price: { amount: string }; side: string };
    expect(b).toMatchObject({ status: 'booked', price: { amount: '0' }, side: 'learner' });
    expect((await freeSlots(hamza, bilalHandle)).some((s) => s.starts_at === slot!.starts_at)).toBe(false);
    const told = await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', bilal.user.id).where('kind', '=', 'mentoring_booked').execute();
    expect(told).toHaveLength(1);
    await ledgerClean();
  });

  it('pays a paid session from the wallet into the booking’s escrow, and refuses one without enough money, changing nothing', async () => {
    const slots = await freeSlots(hamza, ayeshaHandle);
    const poor = await book(hamza, ayeshaHandle, slots[0]!.starts_at);
    expect(poor.status).toBe(409);
    expect(await bookingsOf(ayesha)).toHaveLength(0);

    await fundWallet(env, hamza, 1_000_000n, 'PKR');
    // Through the page's form, as a browser without JavaScript sends it.
    const page = await hamza.client.post(`/mentors/${ayeshaHandle}/book`, { starts_at: slots[0]!.starts_at, topic: 'Pricing my first gig' });
    expect(page.status).toBe(303);
    const [b] = await bookingsOf(ayesha);
    expect(b).toMatchObject({ learner_id: hamza.user.id, status: 'booked', price_minor: '200000' });
    expect(await wallet(hamza)).toBe(800_000n);
    expect(await escrow(b!.id)).toBe(200_000n);
    const mine = visibleText(await (await hamza.client.get('/mentoring')).text());
    expect(mine).toContain('Session with Ayesha Khan');
    expect(mine).toContain('Rs 2,000');
    await ledgerClean();
  });

  it('refuses a taken slot with a translated 409 and changes nothing', async () => {
    const learner = await person(env, 'Usman Tariq', { role: 'client', locale: 'ur' });
    await fundWallet(env, learner, 500_000n, 'PKR');
    const [b] = await bookingsOf(ayesha);
    const res = await learner.client.post(`/mentors/${ayeshaHandle}/book`, { starts_at: b!.starts_at.toISOString() });
    expect(res.status).toBe(409);
    expect(visibleText(await res.text())).toContain('یہ وقت ابھی کسی اور نے بک کر لیا ہے');
    const api = await book(learner, ayeshaHandle, b!.starts_at.toISOString());
    expect(api.status).toBe(409);
    expect(((await api.json()) as { title: string }).title).toContain('یہ وقت ابھی کسی اور نے بک کر لیا ہے');
    expect(await wallet(learner)).toBe(500_000n);
    expect(await bookingsOf(ayesha)).toHaveLength(1);
    // A time that is not one of the slots is refused too.
    expect((await book(learner, ayeshaHandle, '2026-03-02T10:17:00Z')).status).toBe(409);
  });

  it('lets exactly one of two concurrent bookings of one slot win', async () => {
    const [one, two] = await Promise.all([person(env, 'Sana Iqbal', { role: 'client' }), person(env, 'Emma Clarke', { role: 'client' })]);
    await Promise.all([fundWallet(env, one, 500_000n, 'PKR'), fundWallet(env, two, 500_000n, 'PKR')]);
    const slot = (await freeSlots(one, ayeshaHandle))[3]!.starts_at;
    const results = await Promise.all([book(one, ayeshaHandle, slot), book(two, ayeshaHandle, slot)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const rows = (await bookingsOf(ayesha)).filter((b) => b.starts_at.toISOString() === slot);
    expect(rows).toHaveLength(1);
    expect((await wallet(one)) + (await wallet(two))).toBe(800_000n);
    await ledgerClean();
  });
});

describe('a mentor’s page, a week at a time', () => {
  it('shows this week’s free times first, with links to the next and previous weeks that work without JavaScript', async () => {
    env.clock.set(MONDAY);
    const visitor = new TestClient(env.app, { 'accept-language': 'en' });
    const first = await (await visitor.get(`/mentors/${bilalHandle}`)).text();
    const text = visibleText(first);
    expect(text).toContain('Free times from 2 March 2026 to 8 March 2026');
    expect(first).toContain(`href="/mentors/${bilalHandle}?week=1#book"`);
    expect(text).not.toContain('Previous week');
    // Monday 9 March is in the second week only.
    expect(text).not.toContain('9 March 2026 :');
    const second = await (await visitor.get(`/mentors/${bilalHandle}?week=1`)).text();
    expect(visibleText(second)).toContain('Free times from 9 March 2026 to 15 March 2026');
    expect(second).toContain(`href="/mentors/${bilalHandle}#book"`);
    expect(second).toContain(`href="/mentors/${bilalHandle}?week=2#book"`);
    // Nonsense in the query is the first week, never an error.
    expect(visibleText(await (await visitor.get(`/mentors/${bilalHandle}?week=abc`)).text())).toContain('Free times from 2 March 2026');
    // In London the week is counted in London days; a signed-in learner books a time from a later week.
    const week3 = await (await hamza.client.get(`/mentors/${bilalHandle}?week=3`)).text();
    expect(visibleText(week3)).toContain('Free times from 23 March 2026 to 29 March 2026');
    const later = (await freeSlots(hamza, bilalHandle)).find((s) => s.starts_at.startsWith('2026-03-24'))!;
    expect(week3).toContain(`value="${later.starts_at}"`);
    expect(week3).not.toContain(`value="${(await freeSlots(hamza, bilalHandle))[0]!.starts_at}"`);
  });
});

describe('the published rules move the money', () => {
  let learner: Person;
  beforeAll(async () => {
    learner = await person(env, 'Zara Malik', { role: 'client' });
    await fundWallet(env, learner, 2_000_000n, 'PKR');
  });
  /** A paid booking of the first free slot at least `daysAhead` days away. */
  async function paidBooking(daysAhead: number) {
    const at = env.clock.now().getTime() + daysAhead * DAY;
    const slot = (await freeSlots(learner, ayeshaHandle)).find((s) => new Date(s.starts_at).getTime() >= at)!;
    const res = await book(learner, ayeshaHandle, slot.starts_at);
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; starts_at: string; ends_at: string };
  }
  const act = (p: Person, id: string, a: string) => p.client.json('POST', `/api/v1/me/mentoring/bookings/${id}/${a}`);

  it('refunds a learner who cancels 24 hours or more before', async () => {
    env.clock.set(MONDAY);
    const b = await paidBooking(2);
    const before = await wallet(learner);
    const res = await act(learner, b.id, 'cancel');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'cancelled_by_learner', settlement: 'refunded' });
    expect(await wallet(learner)).toBe(before + 200_000n);
    expect(await escrow(b.id)).toBe(0n);
    // The freed time can be booked again.
    expect((await freeSlots(learner, ayeshaHandle)).some((s) => s.starts_at === b.starts_at)).toBe(true);
    await ledgerClean();
  });

  it('pays the mentor when the learner cancels later than that', async () => {
    env.clock.set(MONDAY);
    const b = await paidBooking(1.5);
    const pendingBefore = await pending(ayesha);
    env.clock.set(new Date(new Date(b.starts_at).getTime() - 3 * H));
    expect(await (await act(learner, b.id, 'cancel')).json()).toMatchObject({ status: 'cancelled_by_learner', settlement: 'released' });
    expect(await pending(ayesha)).toBe(pendingBefore + 200_000n);
    await ledgerClean();
  });

  it('refunds in full when the mentor cancels or does not come, and pays the mentor when the learner does not come', async () => {
    env.clock.set(MONDAY);
    const cancelled = await paidBooking(3);
    const noMentor = await paidBooking(4);
    const noLearner = await paidBooking(5);
    const before = await wallet(learner);
    expect(await (await act(ayesha, cancelled.id, 'cancel')).json()).toMatchObject({ status: 'cancelled_by_mentor', settlement: 'refunded' });
    // Too early to report an absence: refused, nothing changes.
    env.clock.set(new Date(new Date(noMentor.starts_at).getTime() + 5 * 60_000));
    const early = await act(learner, noMentor.id, 'report-absent');
    expect(early.status).toBe(409);
    const reportedAt = new Date(new Date(noMentor.starts_at).getTime() + 20 * 60_000);
    env.clock.set(reportedAt);
    // The report records the absence; the money waits 48 hours in escrow for a contest.
    expect(await (await act(learner, noMentor.id, 'report-absent')).json()).toMatchObject({ status: 'no_show_mentor', settlement: null, actions: [], report: { absent: 'mentor' } });
    const mentorView = (await (await ayesha.client.get('/api/v1/me/mentoring')).json()) as { as_mentor: { id: string; actions: string[]; report: { contest_until: string } | null }[] };
    const seen = mentorView.as_mentor.find((x) => x.id === noMentor.id)!;
    expect(seen.actions).toEqual(['contest']);
    expect(Math.abs(new Date(seen.report!.contest_until).getTime() - (reportedAt.getTime() + 48 * H))).toBeLessThan(1000);
    expect(await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', ayesha.user.id).where('kind', '=', 'mentoring_absence_reported').execute()).toHaveLength(1);
    env.clock.set(new Date(reportedAt.getTime() + 47 * H));
    await sweepMentoring(env.deps);
    expect(await escrow(noMentor.id)).toBe(200_000n);
    expect(await wallet(learner)).toBe(before + 200_000n);
    // The mentor reports the learner absent from another session meanwhile.
    const pendingBefore = await pending(ayesha);
    const learnerReported = new Date(new Date(noLearner.starts_at).getTime() + 30 * 60_000);
    env.clock.set(learnerReported);
    expect(await (await act(ayesha, noLearner.id, 'report-absent')).json()).toMatchObject({ status: 'no_show_learner', settlement: null });
    // Uncontested after 48 hours: the sweep moves each by its rule (a refund, a payment to the mentor).
    env.clock.set(new Date(Math.max(reportedAt.getTime(), learnerReported.getTime()) + 49 * H));
    expect((await sweepMentoring(env.deps)).reportsSettled).toBeGreaterThanOrEqual(2);
    expect(await wallet(learner)).toBe(before + 400_000n);
    expect(await escrow(noMentor.id)).toBe(0n);
    expect(await pending(ayesha)).toBe(pendingBefore + 200_000n);
    // A settled booking cannot be acted on again.
    expect((await act(learner, noLearner.id, 'report-absent')).status).toBe(409);
    await ledgerClean();
  });

  it('reminds both a day and an hour before, releases after the session, clears the hold, and takes feedback once', async () => {
    env.clock.set(MONDAY);
    const b = await paidBooking(2);
    const start = new Date(b.starts_at).getTime();
    // Feedback before the session: refused.
    expect((await learner.client.json('POST', `/api/v1/me/mentoring/bookings/${b.id}/feedback`, { rating: 5, text: 'Great' })).status).toBe(409);

    env.clock.set(new Date(start - 23 * H));
    await sweepMentoring(env.deps);
    await sweepMentoring(env.deps);
    env.clock.set(new Date(start - 30 * 60_000));
    await sweepMentoring(env.deps);
    const reminders = await env.deps.db.selectFrom('notifications').select(['user_id', 'params']).where('kind', '=', 'mentoring_reminder').where('user_id', 'in', [learner.user.id, ayesha.user.id]).execute();
    const hours = (id: string) => reminders.filter((r) => r.user_id === id).map((r) => (r.params as { hours: number }).hours);
    expect(hours(learner.user.id).filter((h) => h === 24)).toHaveLength(1);
    expect(hours(learner.user.id).filter((h) => h === 1)).toHaveLength(1);
    expect(hours(ayesha.user.id).filter((h) => h === 1).length).toBeGreaterThanOrEqual(1);
    // Each reads the session's clock time and date in their own zone and language: the learner in
    // London on the page, the mentor in Karachi by mail.
    await env.deps.db.updateTable('users').set({ time_zone: 'Europe/London' }).where('id', '=', learner.user.id).execute();
    const startsAt = new Date(b.starts_at);
    const bell = visibleText(await (await learner.client.get('/notifications')).text());
    expect(bell).toContain(`Reminder: your mentoring session with Ayesha Khan is on ${formatDateTime('en', startsAt, 'Europe/London')}`);
    expect(formatDateTime('en', startsAt, 'Europe/London')).toMatch(/GMT$/);
    await env.deps.db.updateTable('users').set({ time_zone: 'Asia/Karachi' }).where('id', '=', learner.user.id).execute();
    const toMentor = await env.deps.db.selectFrom('notifications').select('id').where('user_id', '=', ayesha.user.id).where('kind', '=', 'mentoring_reminder').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    await sendNotificationMail(env.deps, toMentor.id);
    const [mail] = await waitForMail(env.deps, ayesha.actor.email);
    expect(mail!.subject).toMatch(/^Reminder: your mentoring session with Zara Malik is on .* PKT$/u);
    expect(mail!.subject).toContain(formatDateTime('en', startsAt, 'Asia/Karachi'));

    // Nobody reports anything: a day after the end the sweep releases the money to the mentor.
    const pendingBefore = await pending(ayesha);
    env.clock.set(new Date(new Date(b.ends_at).getTime() + 23 * H));
    await sweepMentoring(env.deps);
    expect(await escrow(b.id)).toBe(200_000n);
    env.clock.set(new Date(new Date(b.ends_at).getTime() + 25 * H));
    const swept = await sweepMentoring(env.deps);
    expect(swept.completed).toBeGreaterThanOrEqual(1);
    expect(await escrow(b.id)).toBe(0n);
    expect(await pending(ayesha)).toBe(pendingBefore + 200_000n);

    // Feedback once per side.
    const fb = await learner.client.json('POST', `/api/v1/me/mentoring/bookings/${b.id}/feedback`, { rating: 5, text: 'Clear, practical advice on pricing.' });
    expect(fb.status).toBe(200);
    expect((await learner.client.json('POST', `/api/v1/me/mentoring/bookings/${b.id}/feedback`, { rating: 1 })).status).toBe(409);
    expect((await ayesha.client.post(`/mentoring/bookings/${b.id}/feedback`, { rating: '4', text: 'Came prepared.' })).status).toBe(303);
    expect(visibleText(await (await hamza.client.get(`/mentors/${ayeshaHandle}`)).text())).toContain('Clear, practical advice on pricing.');

    // After the hold the earnings become available.
    const availableBefore = await available(ayesha);
    env.clock.set(new Date(new Date(b.ends_at).getTime() + 25 * H + (env.deps.config.FUNDS_HOLD_DAYS + 1) * DAY));
    await sweepMentoring(env.deps);
    expect(await available(ayesha)).toBeGreaterThanOrEqual(availableBefore + 200_000n);
    const row = await env.deps.db.selectFrom('mentor_bookings').select(['cleared_at', 'clear_transaction_id']).where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(row.clear_transaction_id).not.toBeNull();
    await sweepMentoring(env.deps);
    await ledgerClean();
  });
});

describe('contested absence reports', () => {
  let learner: Person;
  let stranger: Person;
  beforeAll(async () => {
    learner = await person(env, 'Nadia Hussain', { role: 'client' });
    stranger = await person(env, 'Kamran Stranger', { role: 'client' });
    await fundWallet(env, learner, 1_000_000n, 'PKR');
  });
  async function reportedByMentor(daysAhead: number) {
    env.clock.set(MONDAY);
    const at = MONDAY.getTime() + daysAhead * DAY;
    const slot = (await freeSlots(learner, ayeshaHandle)).find((x) => new Date(x.starts_at).getTime() >= at)!;
    const b = (await (await book(learner, ayeshaHandle, slot.starts_at)).json()) as { id: string; starts_at: string };
    env.clock.set(new Date(new Date(b.starts_at).getTime() + 30 * 60_000));
    expect((await ayesha.client.post(`/mentoring/bookings/${b.id}/report-absent`, {})).status).toBe(303);
    return b;
  }
  const contest = (p: Person, id: string, note: string) => p.client.json('POST', `/api/v1/me/mentoring/bookings/${id}/contest`, { note });
  const status = async (id: string) => (await env.deps.db.selectFrom('mentor_bookings').select(['status', 'settlement']).where('id', '=', id).executeTakeFirstOrThrow());

  it('lets only the side reported absent contest, within 48 hours; an admin then decides and the money moves', async () => {
    const b = await reportedByMentor(8);
    const walletBefore = await wallet(learner);
    // A stranger cannot even see it; the reporter cannot contest their own report; nothing changes.
    expect((await contest(stranger, b.id, 'I was there, believe me.')).status).toBe(404);
    expect((await stranger.client.post(`/mentoring/bookings/${b.id}/contest`, { note: 'I was there, believe me.' })).status).toBe(404);
    expect((await contest(ayesha, b.id, 'I want to contest this too.')).status).toBe(409);
    // Too short: a translated field message on the page, nothing recorded.
    const short = await learner.client.post(`/mentoring/bookings/${b.id}/contest`, { note: 'no' });
    expect(short.status).toBe(400);
    expect(await status(b.id)).toEqual({ status: 'no_show_learner', settlement: null });
    // Through the page's form, without JavaScript.
    const page = await learner.client.post(`/mentoring/bookings/${b.id}/contest`, { note: 'I joined the Jitsi room at 7:00 and waited 25 minutes; the mentor never came.' });
    expect(page.status).toBe(303);
    expect(await status(b.id)).toEqual({ status: 'contested', settlement: null });
    expect(visibleText(await (await learner.client.get('/mentoring')).text())).toContain('Absence report contested: waiting for an admin');
    const told = await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', ayesha.user.id).where('kind', '=', 'mentoring_contested').execute();
    expect(told).toHaveLength(1);
    // The sweep leaves a contested report alone, however long it waits.
    env.clock.set(new Date(new Date(b.starts_at).getTime() + 10 * DAY));
    await sweepMentoring(env.deps);
    expect(await escrow(b.id)).toBe(200_000n);

    // Only an admin decides: not the learner, not the mentor.
    expect((await learner.client.post(`/admin/mentors/contests/${b.id}/decide`, { resolution: 'mentor_absent' })).status).toBe(403);
    expect((await ayesha.client.post(`/admin/mentors/contests/${b.id}/decide`, { resolution: 'held' })).status).toBe(403);
    const admins = visibleText(await (await admin.client.get('/admin/mentors')).text());
    expect(admins).toContain('Contested absence reports (1)');
    expect(admins).toContain('I joined the Jitsi room at 7:00 and waited 25 minutes');
    expect((await admin.client.post(`/admin/mentors/contests/${b.id}/decide`, { resolution: 'sideways' })).status).toBe(400);
    expect((await admin.client.post(`/admin/mentors/contests/${b.id}/decide`, { resolution: 'mentor_absent', note: 'The meeting log shows only the learner.' })).status).toBe(303);
    expect(await status(b.id)).toEqual({ status: 'no_show_mentor', settlement: 'refunded' });
    expect(await wallet(learner)).toBe(walletBefore + 200_000n);
    expect(await escrow(b.id)).toBe(0n);
    const audit = await env.deps.db.selectFrom('audit_events').select(['kind', 'actor_id']).where('subject_id', '=', b.id).execute();
    expect(audit).toEqual([{ kind: 'mentoring.contest_decided', actor_id: admin.user.id }]);
    const decided = await env.deps.db.selectFrom('notifications').select('user_id').where('kind', '=', 'mentoring_contest_decided').where('link', 'like', `%${b.id}`).execute();
    expect(decided.map((n) => n.user_id).sort()).toEqual([learner.user.id, ayesha.user.id].sort());
    expect(visibleText(await (await learner.client.get('/mentoring')).text())).toContain('An admin decided: the mentor did not come.');
    // Decided once.
    expect((await admin.client.post(`/admin/mentors/contests/${b.id}/decide`, { resolution: 'held' })).status).toBe(409);
    await ledgerClean();
  });

  it('pays the mentor when the admin finds the session took place, and refuses a contest after 48 hours', async () => {
    const b = await reportedByMentor(9);
    expect((await contest(learner, b.id, 'We met but the call dropped after ten minutes.')).status).toBe(200);
    const pendingBefore = await pending(ayesha);
    expect((await admin.client.post(`/admin/mentors/contests/${b.id}/decide`, { resolution: 'held' })).status).toBe(303);
    expect(await status(b.id)).toEqual({ status: 'completed', settlement: 'released' });
    expect(await pending(ayesha)).toBe(pendingBefore + 200_000n);

    const late = await reportedByMentor(10);
    env.clock.set(new Date(env.clock.now().getTime() + 49 * H));
    const refused = await contest(learner, late.id, 'I was there but I am late to say so.');
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { title: string }).title).toContain('48 hours');
    await ledgerClean();
  });
});

describe('suspending a mentor', () => {
  let imran: Person;
  let imranHandle: string;
  let learner: Person;
  beforeAll(async () => {
    env.clock.set(MONDAY);
    imran = await person(env, 'Imran Qureshi', { role: 'freelancer' });
    await approvedMentor(imran, '1,500');
    imranHandle = await handleOf(imran);
    learner = await person(env, 'Sadia Noor', { role: 'client', locale: 'ur' });
    await fundWallet(env, learner, 500_000n, 'PKR');
  });

  it('hides the mentor, cancels their coming sessions with a full refund, tells everyone, and is audited; a learner cannot suspend', async () => {
    env.clock.set(MONDAY);
    const slots = await freeSlots(learner, imranHandle);
    const one = (await (await book(learner, imranHandle, slots[0]!.starts_at)).json()) as { id: string };
    const two = (await (await book(learner, imranHandle, slots[5]!.starts_at)).json()) as { id: string };
    expect(await wallet(learner)).toBe(200_000n);

    // Nobody but an admin suspends.
    expect((await learner.client.post(`/admin/mentors/${imran.user.id}/suspend`, { note: 'no' })).status).toBe(403);
    expect((await imran.client.post(`/admin/mentors/${imran.user.id}/suspend`, {})).status).toBe(403);
    expect((await env.deps.db.selectFrom('mentor_profiles').select('status').where('user_id', '=', imran.user.id).executeTakeFirstOrThrow()).status).toBe('approved');

    expect((await admin.client.post(`/admin/mentors/${imran.user.id}/suspend`, { note: 'Several learners reported rude behaviour; we are looking into it.' })).status).toBe(303);
    expect(visibleText(await (await learner.client.get('/mentors')).text())).not.toContain('Imran Qureshi');
    expect((await learner.client.get(`/mentors/${imranHandle}`)).status).toBe(404);
    expect((await book(learner, imranHandle, slots[2]!.starts_at)).status).toBe(404);
    const rows = await env.deps.db.selectFrom('mentor_bookings').select(['id', 'status', 'settlement']).where('id', 'in', [one.id, two.id]).execute();
    expect(rows.map((r) => [r.status, r.settlement])).toEqual([
      ['cancelled_mentor_suspended', 'refunded'],
      ['cancelled_mentor_suspended', 'refunded'],
    ]);
    expect(await wallet(learner)).toBe(500_000n);
    expect(await hasRole(env.deps.db, imran.user.id, 'mentor')).toBe(false);
    const learnerTold = await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', learner.user.id).where('kind', '=', 'mentoring_cancelled').execute();
    expect(learnerTold).toHaveLength(2);
    const bell = visibleText(await (await learner.client.get('/notifications')).text());
    expect(bell).toContain('Imran Qureshi کے ساتھ');
    expect(bell).toContain('منسوخ ہو گیا');
    const own = visibleText(await (await imran.client.get('/mentoring/profile')).text());
    expect(own).toContain('Your mentor page is suspended');
    expect(own).toContain('Several learners reported rude behaviour');
    const audit = await env.deps.db.selectFrom('audit_events').select(['kind', 'actor_id']).where('subject_id', '=', imran.user.id).where('kind', 'like', 'mentor.%').orderBy('created_at').execute();
    expect(audit.map((a) => a.kind).sort()).toEqual(['mentor.approved', 'mentor.suspended']);
    // Suspending twice is refused.
    expect((await admin.client.post(`/admin/mentors/${imran.user.id}/suspend`, {})).status).toBe(409);
    await ledgerClean();
  });

  it('reinstates: listed and bookable again, with the mentor role, audited', async () => {
    expect((await learner.client.post(`/admin/mentors/${imran.user.id}/reinstate`, {})).status).toBe(403);
    expect((await admin.client.post(`/admin/mentors/${imran.user.id}/reinstate`, { note: 'Cleared after review.' })).status).toBe(303);
    expect(visibleText(await (await learner.client.get('/mentors')).text())).toContain('Imran Qureshi');
    expect(await hasRole(env.deps.db, imran.user.id, 'mentor')).toBe(true);
    const [slot] = await freeSlots(learner, imranHandle);
    expect((await book(learner, imranHandle, slot!.starts_at)).status).toBe(201);
    const kinds = await env.deps.db.selectFrom('audit_events').select('kind').where('subject_id', '=', imran.user.id).where('kind', '=', 'mentor.reinstated').execute();
    expect(kinds).toHaveLength(1);
    expect((await admin.client.post(`/admin/mentors/${imran.user.id}/reinstate`, {})).status).toBe(409);
  });

  it('publishes the suspension and contest rules', async () => {
    const rules = visibleText(await (await hamza.client.get('/mentors/rules')).text());
    expect(rules).toContain('An admin suspends the mentor: every session of theirs that has not started yet is cancelled');
    expect(rules).toContain('contests the report within 48 hours');
    const urdu = visibleText(await (await learner.client.get('/mentors/rules')).text());
    expect(urdu).toContain('ایڈمن مینٹر کو معطل کرے');
    expect(urdu).toContain('48 گھنٹوں کے اندر اعتراض کرے');
  });
});

describe('calendar files', () => {
  it('gives each party the booking in their own zone and language, and a stranger 404', async () => {
    env.clock.set(MONDAY);
    const b = (await bookingsOf(ayesha)).find((x) => x.learner_id === hamza.user.id);
    const res = await hamza.client.get(`/mentoring/bookings/${b!.id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain(`UID:mentoring-${b!.id}@localhost:3000`);
    expect(lines.some((l) => l.startsWith('DTSTAMP:') && l.endsWith('Z'))).toBe(true);
    expect(lines.some((l) => l.startsWith('DTSTART;TZID=Europe/London:'))).toBe(true);
    expect(lines).toContain('SUMMARY;LANGUAGE=en-PK:Mentoring session with Ayesha Khan (Hunar)');
    const mentor = await ayesha.client.get(`/api/v1/me/mentoring/bookings/${b!.id}/ics`);
    expect(mentor.status).toBe(200);
    const mentorLines = (await mentor.text()).replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(mentorLines.some((l) => l.startsWith('DTSTART;TZID=Asia/Karachi:'))).toBe(true);
    const stranger = await person(env, 'Stranger', { role: 'client' });
    expect((await stranger.client.get(`/mentoring/bookings/${b!.id}.ics`)).status).toBe(404);
    expect((await stranger.client.get(`/api/v1/me/mentoring/bookings/${b!.id}/ics`)).status).toBe(404);
  });
});

describe('the pages', () => {
  it('read fully in Urdu and English, with no untranslated text', async () => {
    env.clock.set(MONDAY);
    for (const [p, paths] of [
      [bilal, ['/mentors', '/mentors/rules', `/mentors/${ayeshaHandle}`, '/mentoring', '/mentoring/profile']],
      [hamza, ['/mentors', '/mentors/rules', `/mentors/${bilalHandle}`, '/mentoring', '/mentoring/profile']],
      [admin, ['/admin/mentors', '/admin']],
    ] as const) {
      for (const path of paths) {
        const res = await p.client.get(path);
        expect(res.status, path).toBe(200);
        const text = visibleText(await res.text());
        expect(text, path).not.toMatch(/\b(mentorship|field|errors)\.[a-z_]/);
      }
    }
    const urdu = visibleText(await (await bilal.client.get('/mentors/rules')).text());
    expect(urdu).toContain('منسوخی اور غیر حاضری کے اصول');
    expect(urdu).toContain('24 گھنٹے');
  });
});
