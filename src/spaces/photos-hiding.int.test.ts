// Co-working spaces, second part: a listing's photos (owners add, reorder and remove up to eight;
// the directory shows the first at card size, the page all of them; nobody else touches them; a file
// that is not a picture stores nothing), notifications of desks booked and cancelled, and admins
// taking a listing down (audited; out of the directory, the API and booking; desks not yet used
// refunded by the published rule and their bookers told) and showing it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png, svgFile, webp } from '../../test/images.ts';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { fundWallet, type Person, person } from '../../test/world.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

// Monday 2 March 2026, 11:00 in Karachi.
const MONDAY = new Date('2026-03-02T06:00:00Z');
const at = (dayAndTime: string) => new Date(`${dayAndTime}+05:00`);

let admin: Person;
let owner: Person;
let rival: Person;
let ayesha: Person;
let hamza: Person;
const slug = 'daftar-co-work-multan';

const listing = {
  name: 'Daftar Co-work',
  city: 'multan',
  address: 'First floor, Bosan Road, near Chungi No. 9',
  about_en: 'Quiet desks on Bosan Road with UPS and fibre internet, ten minutes from the university.',
  open_days: [1, 2, 3, 4, 5, 6],
  opens: '09:00',
  closes: '21:00',
  desks: 10,
  day_price: '1,200',
  pay_at_space: true,
  listed: true,
};

const wallet = (p: Person) => balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: p.user.id, currency: 'PKR' });
const photoRows = () => env.deps.db.selectFrom('media').select(['key', 'position']).where('purpose', '=', 'space_photo').orderBy('position').execute();
const notes = (p: Person, kind: string) => env.deps.db.selectFrom('notifications').select(['params', 'link']).where('user_id', '=', p.user.id).where('kind', '=', kind).execute();
async function ledgerClean() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}

beforeAll(async () => {
  env.clock.set(MONDAY);
  admin = await person(env, 'Admin', { role: 'admin' });
  owner = await person(env, 'Tariq Mehmood', { role: 'freelancer', locale: 'ur' });
  rival = await person(env, 'Saba Anwar', { role: 'freelancer' });
  ayesha = await person(env, 'Ayesha Siddiqui', { role: 'freelancer', locale: 'ur' });
  hamza = await person(env, 'Hamza Sheikh', { role: 'client' });
  for (const p of [owner, rival]) expect((await admin.client.post('/admin/roles', { person: p.user.email, role: 'space_owner', note: 'Checked the lease and the premises' })).status).toBe(303);
  expect((await owner.client.json('POST', '/api/v1/spaces', listing)).status).toBe(201);
});

describe('photos of a space', () => {
  it('lets the owner add photos on the page and through the API; the directory shows the first small, the page all', async () => {
    expect((await owner.client.get(`/spaces/manage/${slug}/photos`)).status).toBe(200);
    expect((await owner.client.upload(`/spaces/manage/${slug}/photos`, { field: 'photo', name: 'room.png', bytes: await png(), type: 'image/png' })).status).toBe(303);
    const api = await owner.client.upload(`/api/v1/spaces/${slug}/photos`, { field: 'photo', name: 'desks.webp', bytes: await webp(), type: 'image/webp' }, { api: true });
    expect(api.status).toBe(201);
    const rows = await photoRows();
    expect(rows.map((r) => r.position)).toEqual([0, 1]);

    const html = await (await hamza.client.get('/spaces?city=multan')).text();
    const card = html.match(/<img[^>]*class="card-picture"[^>]*>/)?.[0] ?? '';
    expect(card).toContain(`/media/${rows[0]!.key}/card`);
    expect(card).toContain('width="320"');
    expect(card).toContain('height="240"');
    expect(card).toContain('loading="lazy"');
    expect(html).not.toContain(`/media/${rows[1]!.key}/`);
    const page = await (await hamza.client.get(`/spaces/${slug}`)).text();
    for (const r of rows) expect(page).toContain(`/media/${r.key}/thumb`);
    const detail = (await (await hamza.client.get(`/api/v1/spaces/${slug}`)).json()) as { photos: { key: string }[]; photo: { url: string } };
    expect(detail.photos.map((p) => p.key)).toEqual(rows.map((r) => r.key));
    expect(detail.photo.url).toBe(`/media/${rows[0]!.key}/card`);
    // Anyone may fetch a listed space's photo, at the card size too.
    expect((await hamza.client.get(`/media/${rows[0]!.key}/card`)).status).toBe(200);
  });

  it('reorders and removes them; the new first photo becomes the card', async () => {
    const [first, second] = await photoRows();
    expect((await owner.client.post(`/spaces/manage/${slug}/photos/${second!.key}/move`, { direction: 'up' })).status).toBe(303);
    expect((await photoRows()).map((r) => r.key)).toEqual([second!.key, first!.key]);
    const listed = (await (await hamza.client.get('/api/v1/spaces?city=multan')).json()) as { items: { photo: { url: string } | null }[] };
    expect(listed.items[0]!.photo!.url).toBe(`/media/${second!.key}/card`);
    expect((await owner.client.json('DELETE', `/api/v1/spaces/${slug}/photos/${first!.key}`)).status).toBe(204);
    expect((await photoRows()).map((r) => r.key)).toEqual([second!.key]);
  });

  it('keeps everyone else out: another owner gets 404, a person without the role 403, and nothing changes', async () => {
    const [only] = await photoRows();
    expect((await rival.client.get(`/spaces/manage/${slug}/photos`)).status).toBe(404);
    expect((await rival.client.upload(`/spaces/manage/${slug}/photos`, { field: 'photo', name: 'mine.png', bytes: await png(), type: 'image/png' })).status).toBe(404);
    expect((await rival.client.upload(`/api/v1/spaces/${slug}/photos`, { field: 'photo', name: 'mine.png', bytes: await png(), type: 'image/png' }, { api: true })).status).toBe(404);
    expect((await rival.client.post(`/spaces/manage/${slug}/photos/${only!.key}/delete`, {})).status).toBe(404);
    expect((await rival.client.json('POST', `/api/v1/spaces/${slug}/photos/${only!.key}/move`, { direction: 'down' })).status).toBe(404);
    expect((await hamza.client.json('DELETE', `/api/v1/spaces/${slug}/photos/${only!.key}`)).status).toBe(403);
    expect((await photoRows()).map((r) => r.key)).toEqual([only!.key]);
  });

  it('refuses a file that is not a JPEG, PNG or WebP picture with a translated message, storing nothing', async () => {
    const page = await owner.client.upload(`/spaces/manage/${slug}/photos`, { field: 'photo', name: 'room.png', bytes: svgFile, type: 'image/png' });
    expect(page.status).toBe(415);
    expect(visibleText(await page.text())).toContain('یہ فائل JPEG، PNG یا WebP تصویر نہیں ہے');
    const api = await owner.client.upload(`/api/v1/spaces/${slug}/photos`, { field: 'photo', name: 'room.png', bytes: svgFile, type: 'image/png' }, { api: true });
    expect(api.status).toBe(415);
    expect(((await api.json()) as { code: string }).code).toBe('media.not_an_image');
    expect(await photoRows()).toHaveLength(1);
  });

  it('takes eight photos at most', async () => {
    for (let i = 1; i < 8; i++) expect((await owner.client.upload(`/api/v1/spaces/${slug}/photos`, { field: 'photo', name: `p${i}.png`, bytes: await png(64, 48), type: 'image/png' }, { api: true })).status).toBe(201);
    const ninth = await owner.client.upload(`/api/v1/spaces/${slug}/photos`, { field: 'photo', name: 'p9.png', bytes: await png(64, 48), type: 'image/png' }, { api: true });
    expect(ninth.status).toBe(409);
    expect(await photoRows()).toHaveLength(8);
  });
});

describe('notifications of desks', () => {
  it('tells the owner of a desk booked and of one the booker cancelled, and the booker of one the space cancelled', async () => {
    await fundWallet(env, ayesha, 500_000n, 'PKR');
    const booked = (await (await ayesha.client.json('POST', `/api/v1/spaces/${slug}/bookings`, { day: '2026-03-03' })).json()) as { id: string };
    const told = await notes(owner, 'space_booked');
    expect(told).toHaveLength(1);
    expect(told[0]!.params).toMatchObject({ space: 'Daftar Co-work', by: 'Ayesha Siddiqui', date: '2026-03-03' });
    expect(told[0]!.link).toBe(`/spaces/manage/${slug}`);
    // The owner reads it in Urdu, with the day as a date.
    const bell = visibleText(await (await owner.client.get('/notifications')).text());
    expect(bell).toContain('Ayesha Siddiqui نے Daftar Co-work میں');

    expect((await ayesha.client.json('POST', `/api/v1/me/space-bookings/${booked.id}/cancel`)).status).toBe(200);
    expect(await notes(owner, 'space_booking_cancelled')).toHaveLength(1);
    expect(await notes(ayesha, 'space_cancelled')).toHaveLength(0);

    const again = (await (await hamza.client.json('POST', `/api/v1/spaces/${slug}/bookings`, { day: '2026-03-04', payment: 'at_space' })).json()) as { id: string };
    expect((await owner.client.post(`/spaces/bookings/${again.id}/cancel`, {})).status).toBe(303);
    const hamzas = await notes(hamza, 'space_cancelled');
    expect(hamzas).toHaveLength(1);
    expect(hamzas[0]!.params).toMatchObject({ space: 'Daftar Co-work', date: '2026-03-04' });
    expect(await notes(owner, 'space_booking_cancelled')).toHaveLength(1);
  });
});

describe('admins taking a listing down', () => {
  let future: string;
  let today: string;

  it('refuses anyone but an admin, and a reason too short, changing nothing', async () => {
    future = ((await (await ayesha.client.json('POST', `/api/v1/spaces/${slug}/bookings`, { day: '2026-03-05' })).json()) as { id: string }).id;
    env.clock.set(at('2026-03-03T10:00:00'));
    today = ((await (await hamza.client.json('POST', `/api/v1/spaces/${slug}/bookings`, { day: '2026-03-03', payment: 'at_space' })).json()) as { id: string }).id;
    const code = ((await (await hamza.client.get('/api/v1/me/space-bookings')).json()) as { items: { id: string; checkin_code: string }[] }).items.find((b) => b.id === today)!.checkin_code;
    expect((await owner.client.json('POST', `/api/v1/spaces/${slug}/check-in`, { code })).status).toBe(200);

    expect((await owner.client.json('POST', `/api/v1/spaces/${slug}/hide`, { reason: 'I want it gone' })).status).toBe(403);
    expect((await hamza.client.post(`/spaces/${slug}/hide`, { reason: 'Fake listing, reported twice' })).status).toBe(403);
    const short = await admin.client.post(`/spaces/${slug}/hide`, { reason: 'no' });
    expect(short.status).toBe(400);
    const row = await env.deps.db.selectFrom('spaces').select('hidden_at').where('slug', '=', slug).executeTakeFirstOrThrow();
    expect(row.hidden_at).toBeNull();
  });

  it('takes it out of the directory, the API and booking; refunds desks not yet used and tells their bookers; audits it', async () => {
    const before = await wallet(ayesha);
    const res = await admin.client.json('POST', `/api/v1/spaces/${slug}/hide`, { reason: 'The address does not exist: two bookers found an empty plot.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ hidden: true, bookings_cancelled: 1 });

    expect(visibleText(await (await hamza.client.get('/spaces?city=multan')).text())).not.toContain('Daftar Co-work');
    expect(((await (await hamza.client.get('/api/v1/spaces')).json()) as { items: unknown[] }).items).toHaveLength(0);
    expect((await hamza.client.get(`/spaces/${slug}`)).status).toBe(404);
    expect((await hamza.client.get(`/api/v1/spaces/${slug}`)).status).toBe(404);
    expect((await hamza.client.json('POST', `/api/v1/spaces/${slug}/bookings`, { day: '2026-03-06', payment: 'at_space' })).status).toBe(404);
    // Its photos are no longer public; the owner still sees them.
    const [photo] = await photoRows();
    expect((await hamza.client.get(`/media/${photo!.key}/card`)).status).toBe(404);
    expect((await owner.client.get(`/media/${photo!.key}/card`)).status).toBe(200);

    // Ayesha's coming desk: cancelled and refunded in full, and she is told. Hamza's desk today, already used, stays.
    const b = await env.deps.db.selectFrom('space_bookings').select(['status', 'settlement']).where('id', '=', future).executeTakeFirstOrThrow();
    expect(b).toEqual({ status: 'cancelled_by_hunar', settlement: 'refunded' });
    expect(await wallet(ayesha)).toBe(before + 120_000n);
    expect(await notes(ayesha, 'space_withdrawn')).toHaveLength(1);
    expect((await env.deps.db.selectFrom('space_bookings').select('status').where('id', '=', today).executeTakeFirstOrThrow()).status).toBe('booked');
    const mine = visibleText(await (await ayesha.client.get('/spaces/bookings')).text());
    expect(mine).toContain('منسوخ: لسٹنگ ہٹا دی گئی');

    // The owner is told why and sees it on their page; the admin sees it too.
    expect((await notes(owner, 'space_hidden'))[0]!.params).toMatchObject({ reason: 'The address does not exist: two bookers found an empty plot.' });
    expect(visibleText(await (await owner.client.get(`/spaces/${slug}`)).text())).toContain('ہنر نے یہ لسٹنگ ہٹا دی ہے');
    expect((await admin.client.get(`/spaces/${slug}`)).status).toBe(200);
    // The owner's own save does not bring it back.
    expect((await owner.client.json('PUT', `/api/v1/spaces/${slug}`, listing)).status).toBe(200);
    expect((await hamza.client.get(`/spaces/${slug}`)).status).toBe(404);

    const audit = await env.deps.db.selectFrom('audit_events').select(['actor_id', 'data']).where('kind', '=', 'space.hidden').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(admin.user.id);
    expect(JSON.stringify(audit[0]!.data)).toContain('empty plot');
    expect((await admin.client.json('POST', `/api/v1/spaces/${slug}/hide`, { reason: 'Again, by mistake' })).status).toBe(409);
    await ledgerClean();
  });

  it('publishes the rule on /spaces/rules', async () => {
    const rules = visibleText(await (await hamza.client.get('/spaces/rules')).text());
    expect(rules).toContain('Hunar takes the listing down');
    expect(rules).toContain('paid back in full');
  });

  it('shows it again (audited, the owner told); cancelled desks stay cancelled', async () => {
    expect((await hamza.client.json('POST', `/api/v1/spaces/${slug}/show`)).status).toBe(403);
    expect((await admin.client.post(`/spaces/${slug}/show`, {})).status).toBe(303);
    expect(visibleText(await (await hamza.client.get('/spaces?city=multan')).text())).toContain('Daftar Co-work');
    expect((await hamza.client.json('POST', `/api/v1/spaces/${slug}/bookings`, { day: '2026-03-06', payment: 'at_space' })).status).toBe(201);
    expect(await env.deps.db.selectFrom('audit_events').select('id').where('kind', '=', 'space.shown').execute()).toHaveLength(1);
    expect(await notes(owner, 'space_shown')).toHaveLength(1);
    expect((await env.deps.db.selectFrom('space_bookings').select('status').where('id', '=', future).executeTakeFirstOrThrow()).status).toBe('cancelled_by_hunar');
    await ledgerClean();
  });
});
