// Co-working spaces end to end over HTTP and the services: owners list and manage only their own
// spaces; desks booked from the wallet through the ledger (escrow), at the space, refused for a day
// past or with too little balance (nothing moved); the last desk under two bookings at once; the
// published cancellation rule with its money; check-in codes; reviews only by people who booked;
// the sweep that pays the space after the day; `ledger:check` clean throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { fundWallet, type Person, person } from '../../test/world.ts';
import { balanceOf, checkWholeLedger, REVENUE_SHARDS, revenueAccount } from '../ledger/service.ts';
import { sweepSpaces } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const H = 3_600_000;
// Monday 2 March 2026, 11:00 in Karachi.
const MONDAY = new Date('2026-03-02T06:00:00Z');
const at = (dayAndTime: string) => new Date(`${dayAndTime}+05:00`);

const wallet = (p: Person) => balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: p.user.id, currency: 'PKR' });
const pending = (p: Person) => balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: p.user.id, currency: 'PKR' });
const available = (p: Person) => balanceOf(env.deps.db, { kind: 'freelancer_available', ownerId: p.user.id, currency: 'PKR' });
const escrow = (bookingId: string) => balanceOf(env.deps.db, { kind: 'escrow', refId: bookingId, currency: 'PKR' });
async function revenue(): Promise<bigint> {
  let total = 0n;
  for (let i = 0; i < REVENUE_SHARDS; i++) total += await balanceOf(env.deps.db, revenueAccount('PKR', `${i.toString(16).padStart(2, '0')}000000`));
  return total;
}
async function ledgerClean() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}

interface Booking {
  id: string;
  day: string;
  status: string;
  payment: string;
  total: { amount: string };
  settlement: string | null;
  checkin_code: string | null;
  checked_in_at: string | null;
}
const book = (p: Person, slug: string, day: string, payment = 'wallet') => p.client.json('POST', `/api/v1/spaces/${slug}/bookings`, { day, payment });
const bookingRow = (id: string) => env.deps.db.selectFrom('space_bookings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

let admin: Person;
let owner: Person; // Daftar Co-work, Multan: 18 desks, Rs 1,200 a day, pay at the space allowed
let rival: Person; // another space owner, in Lahore: 2 desks, Rs 1,500 a day
let ayesha: Person; // a freelancer who pays from her balance
let hamza: Person; // a client who pays at the space
let daftar: string;
let nook: string;

const listing = {
  name: 'Daftar Co-work',
  city: 'multan',
  address: 'First floor, Bosan Road, near Chungi No. 9',
  about_ur: 'بوسن روڈ پر پرسکون ڈیسک، یو پی ایس اور فائبر انٹرنیٹ کے ساتھ۔ بہاءالدین زکریا یونیورسٹی سے دس منٹ۔',
  about_en: '',
  open_days: ['1', '2', '3', '4', '5', '6'],
  opens: '09:00',
  closes: '21:00',
  desks: '18',
  currency: 'PKR',
  day_price: '1,200',
  month_price: '18,000',
  pay_at_space: 'on',
  backup_power: 'ups_and_generator',
  backup_hours: '8',
  internet_mbps: '50',
  women_only: 'Second floor, all day',
  prayer_space: 'on',
  parking: 'motorbikes',
  listed: 'on',
};

async function grantOwner(p: Person) {
  expect((await admin.client.post('/admin/roles', { person: p.user.email, role: 'space_owner', note: 'Checked the lease and the premises' })).status).toBe(303);
}

beforeAll(async () => {
  env.clock.set(MONDAY);
  admin = await person(env, 'Admin', { role: 'admin' });
  owner = await person(env, 'Tariq Mehmood', { role: 'freelancer' });
  rival = await person(env, 'Saba Anwar', { role: 'freelancer' });
  ayesha = await person(env, 'Ayesha Siddiqui', { role: 'freelancer', locale: 'ur' });
  hamza = await person(env, 'Hamza Sheikh', { role: 'client' });
  await grantOwner(owner);
  await grantOwner(rival);
});

describe('listings', () => {
  it('lets only space owners list a space, with each mistake named on its field', async () => {
    const refused = await hamza.client.json('POST', '/api/v1/spaces', { ...listing, day_price: '1000' });
    expect(refused.status).toBe(403);
    const bad = await owner.client.post('/spaces/manage', { ...listing, about_ur: '', closes: '08:00' });
    expect(bad.status).toBe(400);
    const text = visibleText(await bad.text());
    expect(text).toContain('Write about the space in Urdu or English');
    expect(text).toContain('The closing time must be after the opening time.');
    expect(await env.deps.db.selectFrom('spaces').select('id').execute()).toHaveLength(0);

    const made = await owner.client.post('/spaces/manage', listing);
    expect(made.status).toBe(303);
    daftar = 'daftar-co-work-multan';
    expect(made.headers.get('location')).toBe(`/spaces/manage/${daftar}`);
    const second = await rival.client.json('POST', '/api/v1/spaces', { ...listing, name: 'The Nook', city: 'lahore', address: 'Main Boulevard, Gulberg III', desks: 2, day_price: '1,500', pay_at_space: false, women_only: '', prayer_space: false });
    expect(second.status).toBe(201);
    nook = ((await second.json()) as { slug: string }).slug;
    expect(nook).toBe('the-nook-lahore');
  });

  it('keeps another owner out of a listing they do not own', async () => {
    expect((await rival.client.get(`/spaces/manage/${daftar}`)).status).toBe(404);
    expect((await rival.client.post(`/spaces/manage/${daftar}`, { ...listing, name: 'Taken over' })).status).toBe(404);
    expect((await rival.client.json('PUT', `/api/v1/spaces/${daftar}`, { ...listing, name: 'Taken over' })).status).toBe(404);
    expect((await rival.client.get(`/api/v1/spaces/${daftar}/bookings`)).status).toBe(404);
    expect((await rival.client.json('POST', `/api/v1/spaces/${daftar}/check-in`, { code: 'ACDEFG' })).status).toBe(404);
    expect((await hamza.client.get(`/spaces/manage/${daftar}`)).status).toBe(403);
    const still = await env.deps.db.selectFrom('spaces').select('name').where('slug', '=', daftar).executeTakeFirstOrThrow();
    expect(still.name).toBe('Daftar Co-work');
    // The owner's pages: the list, the new-listing form, the listing with its check-in form.
    for (const path of ['/spaces/manage', '/spaces/manage/new', `/spaces/manage/${daftar}`]) expect((await owner.client.get(path)).status, path).toBe(200);
    const rules = visibleText(await (await ayesha.client.get('/spaces/rules')).text());
    expect(rules).toContain('منسوخی کا اصول');
    // The owner's own edit goes through.
    expect((await owner.client.post(`/spaces/manage/${daftar}`, { ...listing, internet_mbps: '100' })).status).toBe(303);
  });

  it('shows the directory by city with amenities, and e-Rozgaar centres as the reference names them', async () => {
    const page = visibleText(await (await hamza.client.get('/spaces?city=multan')).text());
    expect(page).toContain('Daftar Co-work');
    expect(page).toContain('Rs 1,200 a day');
    expect(page).toContain('UPS and generator: power for 8 hours in a power cut');
    expect(page).toContain('Internet: 100 Mbps');
    expect(page).toContain('Women only: Second floor, all day');
    expect(page).toContain('A place to pray');
    expect(page).not.toContain('The Nook');
    expect(page).toContain('e-Rozgaar centres (Punjab)');
    const api = (await (await hamza.client.get('/api/v1/spaces?city=lahore')).json()) as { items: { slug: string }[]; e_rozgaar: { first_centre_in_city: boolean; facts: { fact: string }[] } };
    expect(api.items.map((s) => s.slug)).toEqual([nook]);
    expect(api.e_rozgaar.first_centre_in_city).toBe(true);
    expect(api.e_rozgaar.facts.map((f) => f.fact).join(' ')).toContain('Lahore, Gujrat, Taxila, Wah Cantt and Faisalabad');
    const ur = visibleText(await (await ayesha.client.get(`/spaces/${daftar}`)).text());
    expect(ur).toContain('روزانہ');
  });
});

describe('booking a desk', () => {
  let tuesday: Booking;

  it('pays from the wallet into the booking’s escrow, shows the code, and leaves the ledger clean', async () => {
    await fundWallet(env, ayesha, 500_000n, 'PKR');
    const res = await ayesha.client.post(`/spaces/${daftar}/book`, { day: '2026-03-03', payment: 'wallet' });
    expect(res.status).toBe(303);
    const mine = (await (await ayesha.client.get('/api/v1/me/space-bookings')).json()) as { items: Booking[] };
    tuesday = mine.items[0]!;
    expect(tuesday).toMatchObject({ day: '2026-03-03', status: 'booked', payment: 'wallet', total: { amount: '120000' } });
    expect(tuesday.checkin_code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await wallet(ayesha)).toBe(380_000n);
    expect(await escrow(tuesday.id)).toBe(120_000n);
    const page = visibleText(await (await ayesha.client.get('/spaces/bookings')).text());
    expect(page).toContain(tuesday.checkin_code!);
    // The owner sees the booking but not its code.
    const theirs = (await (await owner.client.get(`/api/v1/spaces/${daftar}/bookings`)).json()) as { items: Booking[] };
    expect(theirs.items.map((b) => [b.id, b.checkin_code])).toEqual([[tuesday.id, null]]);
    // Booking the same day twice is refused.
    expect((await book(ayesha, daftar, '2026-03-03')).status).toBe(409);
    await ledgerClean();
  });

  it('marks "pay at the space" without moving money, where the space allows it', async () => {
    const res = await book(hamza, daftar, '2026-03-03', 'at_space');
    expect(res.status).toBe(201);
    expect(((await res.json()) as Booking).payment).toBe('at_space');
    expect(await wallet(hamza)).toBe(0n);
    const refused = await book(hamza, nook, '2026-03-03', 'at_space');
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('spaces.pay_at_space_off');
  });

  it('refuses a day already past, or a day the space is closed, with a message on the day', async () => {
    const past = await ayesha.client.post(`/spaces/${daftar}/book`, { day: '2026-03-01', payment: 'wallet' }, {});
    expect(past.status).toBe(400);
    expect(visibleText(await past.text())).toContain('یہ دن گزر چکا ہے');
    const api = await book(hamza, daftar, '2026-03-01', 'at_space');
    expect(api.status).toBe(400);
    expect(((await api.json()) as { errors: Record<string, string> }).errors.day).toBe('This day is over: choose today or a later day.');
    const sunday = await book(hamza, daftar, '2026-03-08', 'at_space');
    expect(sunday.status).toBe(400);
    expect(await wallet(ayesha)).toBe(380_000n);
  });

  it('refuses a booking with too little balance and moves nothing', async () => {
    const short = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
    await fundWallet(env, short, 50_000n, 'PKR');
    const res = await book(short, daftar, '2026-03-04');
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('ledger.insufficient_funds');
    expect(await wallet(short)).toBe(50_000n);
    expect(await env.deps.db.selectFrom('space_bookings').select('id').where('booker_id', '=', short.user.id).execute()).toHaveLength(0);
    await ledgerClean();
  });

  it('gives the last desk of a day to exactly one of two people booking at once', async () => {
    const first = await book(ayesha, nook, '2026-03-04');
    expect(first.status).toBe(201);
    const [sana, emma] = await Promise.all([person(env, 'Sana Iqbal', { role: 'client' }), person(env, 'Emma Clarke', { role: 'client' })]);
    await Promise.all([fundWallet(env, sana, 500_000n, 'PKR'), fundWallet(env, emma, 500_000n, 'PKR')]);
    const results = await Promise.all([book(sana, nook, '2026-03-04'), book(emma, nook, '2026-03-04')]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const lost = results.find((r) => r.status === 409)!;
    expect(((await lost.json()) as { code: string }).code).toBe('spaces.full');
    expect([await wallet(sana), await wallet(emma)].sort()).toEqual([350_000n, 500_000n]);
    const day = await env.deps.db.selectFrom('space_bookings as b').innerJoin('spaces as s', 's.id', 'b.space_id').select('b.id').where('s.slug', '=', nook).where('b.day', '=', '2026-03-04').execute();
    expect(day).toHaveLength(2);
    const page = visibleText(await (await hamza.client.get(`/spaces/${nook}`)).text());
    expect(page).toMatch(/Wednesday 4 Mar(ch)? 2026\s*Full/);
    await ledgerClean();
  });

  it('cancels by the published rule: before the day all back, on the day the space is paid', async () => {
    // Before the day: Ayesha's Tuesday desk, refunded in full.
    const early = await ayesha.client.json('POST', `/api/v1/me/space-bookings/${tuesday.id}/cancel`);
    expect(early.status).toBe(200);
    expect((await early.json()) as Booking).toMatchObject({ status: 'cancelled_by_booker', settlement: 'refunded' });
    expect(await wallet(ayesha)).toBe(350_000n); // 500,000 − 150,000 (The Nook, Wednesday); Tuesday's 120,000 came back
    expect(await escrow(tuesday.id)).toBe(0n);
    // Nobody else may cancel it, and it cannot be cancelled twice.
    expect((await rival.client.json('POST', `/api/v1/me/space-bookings/${tuesday.id}/cancel`)).status).toBe(404);
    expect((await ayesha.client.json('POST', `/api/v1/me/space-bookings/${tuesday.id}/cancel`)).status).toBe(409);

    // On the day: Ayesha's Wednesday desk at The Nook; the space is paid, less Hunar's 5%.
    const wednesday = (await env.deps.db.selectFrom('space_bookings').select('id').where('booker_id', '=', ayesha.user.id).where('status', '=', 'booked').executeTakeFirstOrThrow()).id;
    const before = await revenue();
    env.clock.set(at('2026-03-04T10:00:00'));
    const late = await ayesha.client.json('POST', `/api/v1/me/space-bookings/${wednesday}/cancel`);
    expect((await late.json()) as Booking).toMatchObject({ status: 'cancelled_by_booker', settlement: 'released' });
    expect(await wallet(ayesha)).toBe(350_000n);
    expect(await pending(rival)).toBe(142_500n);
    expect((await revenue()) - before).toBe(7_500n);

    // The owner cancels a booking: always a full refund.
    const theirs = (await env.deps.db.selectFrom('space_bookings').select(['id', 'booker_id']).where('status', '=', 'booked').where('day', '=', '2026-03-04').executeTakeFirstOrThrow());
    const booker = theirs.booker_id;
    const walletBefore = await balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: booker, currency: 'PKR' });
    expect((await rival.client.post(`/spaces/bookings/${theirs.id}/cancel`, {})).status).toBe(303);
    expect(await balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: booker, currency: 'PKR' })).toBe(walletBefore + 150_000n);
    expect((await bookingRow(theirs.id)).status).toBe('cancelled_by_owner');
    await ledgerClean();
  });
});

describe('check-in and reviews', () => {
  let code: string;
  let id: string;

  it('checks a booker in with the code they show, on the day only', async () => {
    env.clock.set(at('2026-03-02T15:00:00'));
    const res = await book(hamza, daftar, '2026-03-05', 'at_space');
    const thursday = (await res.json()) as Booking;
    const tuesday = ((await (await hamza.client.get('/api/v1/me/space-bookings')).json()) as { items: Booking[] }).items.find((b) => b.day === '2026-03-03')!;
    code = tuesday.checkin_code!;
    id = tuesday.id;
    env.clock.set(at('2026-03-03T10:15:00'));
    // A wrong code: a message on the field; another day's code: refused.
    const wrong = await owner.client.post(`/spaces/manage/${daftar}/check-in`, { code: code === 'ACDEFG' ? 'ACDEFH' : 'ACDEFG' });
    expect(wrong.status).toBe(400);
    expect(visibleText(await wrong.text())).toContain('No booking for today has this code.');
    const early = await owner.client.json('POST', `/api/v1/spaces/${daftar}/check-in`, { code: thursday.checkin_code });
    expect(early.status).toBe(409);
    // Typed in lower case with a space: checked in.
    const ok = await owner.client.post(`/spaces/manage/${daftar}/check-in`, { code: `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}` });
    expect(ok.status).toBe(303);
    expect((await bookingRow(id)).checked_in_at).not.toBeNull();
    // The owner of another space cannot use it.
    expect((await rival.client.json('POST', `/api/v1/spaces/${daftar}/check-in`, { code })).status).toBe(404);
  });

  it('takes reviews only from people who booked, once', async () => {
    expect((await rival.client.json('POST', `/api/v1/spaces/${daftar}/reviews`, { rating: 1, text: 'Too noisy' })).status).toBe(403);
    // Ayesha's only booking here was cancelled.
    expect((await ayesha.client.json('POST', `/api/v1/spaces/${daftar}/reviews`, { rating: 5 })).status).toBe(403);
    const res = await hamza.client.post(`/spaces/${daftar}/reviews`, { rating: '4', text: 'The generator came on within seconds in the 2 pm load-shedding. Tea is free.' });
    expect(res.status).toBe(303);
    expect((await hamza.client.json('POST', `/api/v1/spaces/${daftar}/reviews`, { rating: 5 })).status).toBe(409);
    const detail = (await (await ayesha.client.get(`/api/v1/spaces/${daftar}`)).json()) as { rating: { average: number; count: number }; reviews: { text: string }[] };
    expect(detail.rating).toEqual({ average: 4, count: 1 });
    expect(detail.reviews[0]!.text).toContain('generator');
  });

  it('pays the space once the day is over and clears the hold, once', async () => {
    // A paid desk on Tuesday at Daftar, by a new booker, then the day ends.
    env.clock.set(at('2026-03-02T16:00:00'));
    const zara = await person(env, 'Zara Hussain', { role: 'freelancer' });
    await fundWallet(env, zara, 120_000n, 'PKR');
    const paid = (await (await book(zara, daftar, '2026-03-03')).json()) as Booking;
    expect(await wallet(zara)).toBe(0n);
    env.clock.set(at('2026-03-04T00:30:00'));
    const swept = await sweepSpaces(env.deps);
    expect(swept.completed).toBeGreaterThanOrEqual(2);
    expect(await sweepSpaces(env.deps)).toEqual({ completed: 0, cleared: 0 });
    expect(await bookingRow(paid.id)).toMatchObject({ status: 'completed', settlement: 'released' });
    expect((await bookingRow(id)).status).toBe('completed');
    expect(await pending(owner)).toBe(114_000n);
    env.clock.set(new Date(at('2026-03-04T00:30:00').getTime() + (env.deps.config.FUNDS_HOLD_DAYS * 24 + 1) * H));
    expect((await sweepSpaces(env.deps)).cleared).toBe(1);
    expect(await pending(owner)).toBe(0n);
    expect(await available(owner)).toBe(114_000n);
    await ledgerClean();
  });
});
