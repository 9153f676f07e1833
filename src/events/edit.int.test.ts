// Changing an association event and a member's private calendar link, over HTTP: only officers
// change an event; more seats move the first people waiting up (told); fewer seats than people going
// is refused in the reader's language with nothing changed; a new time or place is told to everyone
// going and waiting; each saved change raises the .ics SEQUENCE (RFC 5545 §3.8.7.4) so calendars
// replace the event; a private feed link brings members-only events to a calendar app (which sends
// no cookies) only while it is a current member's current link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { type Person, person } from '../../test/world.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

// Monday 2 March 2026, 11:00 in Karachi.
const MONDAY = new Date('2026-03-02T06:00:00Z');

async function association(slug: string, officer: Person, members: Person[]) {
  const now = env.clock.now();
  const { id } = await env.deps.db
    .insertInto('associations')
    .values({ slug, name_en: 'Multan Women Designers', name_ur: 'ملتان کی خواتین ڈیزائنرز', city_slug: 'multan', created_by: officer.user.id, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await env.deps.db
    .insertInto('association_members')
    .values([
      { association_id: id, user_id: officer.user.id, status: 'active', role: 'officer', requested_at: now, joined_at: now },
      ...members.map((m) => ({ association_id: id, user_id: m.user.id, status: 'active' as const, role: 'member' as const, requested_at: now, joined_at: now })),
    ])
    .execute();
  return id;
}

const form = (o: Record<string, string> = {}) => ({
  title_en: 'Pricing logos in Multan',
  title_ur: 'ملتان میں لوگو کی قیمت',
  format: 'in_person',
  venue: 'e-Rozgaar Centre, Bahauddin Zakariya University',
  city: 'multan',
  online_url: '',
  date: '2026-03-14',
  start_time: '16:00',
  end_time: '18:00',
  capacity: '2',
  about_en: 'Bring two logos you made and what you charged for them.',
  about_ur: '',
  members_only: '',
  ...o,
});

async function createEvent(by: Person, o: Record<string, string> = {}): Promise<string> {
  const res = await by.client.post('/associations/multan-women-designers/events', form(o));
  expect(res.status).toBe(303);
  return (res.headers.get('location') ?? '').split('/').at(-1)!;
}

const patch = (p: Person, id: string, body: unknown) => p.client.json('PATCH', `/api/v1/association-events/${id}`, body);
const rsvp = (p: Person, id: string) => p.client.json('POST', `/api/v1/association-events/${id}/rsvp`);
const row = (id: string) => env.deps.db.selectFrom('association_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const placeOf = async (p: Person, id: string) => (await env.deps.db.selectFrom('association_event_rsvps').select('status').where('event_id', '=', id).where('user_id', '=', p.user.id).executeTakeFirst())?.status;
const told = (p: Person, kind: string, id: string) => env.deps.db.selectFrom('notifications').select(['params', 'link']).where('user_id', '=', p.user.id).where('kind', '=', kind as never).where('link', '=', `/events/${id}`).execute();
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const field = (ls: string[], name: string) => ls.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);

let ayesha: Person; // officer
let fatima: Person; // member
let hina: Person; // member, reads Urdu
let sadia: Person; // member
let stranger: Person;

beforeAll(async () => {
  env.clock.set(MONDAY);
  [ayesha, fatima, hina, sadia, stranger] = await Promise.all([
    person(env, 'Ayesha Khan', { role: 'freelancer' }),
    person(env, 'Fatima Noor', { role: 'freelancer' }),
    person(env, 'حنا ملک', { role: 'freelancer', locale: 'ur' }),
    person(env, 'Sadia Perveen', { role: 'freelancer' }),
    person(env, 'Stranger', { role: 'client' }),
  ]);
  await association('multan-women-designers', ayesha, [fatima, hina, sadia]);
});

describe('changing an event', () => {
  let id: string;
  beforeAll(async () => {
    env.clock.set(MONDAY);
    id = await createEvent(ayesha);
    await rsvp(fatima, id); // going
    await rsvp(sadia, id); // going
    await rsvp(hina, id); // waiting, 1st
    await rsvp(stranger, id); // waiting, 2nd
  });

  it('is for officers only: a member who is not one gets 403 and nothing changes', async () => {
    const before = await row(id);
    const api = await patch(fatima, id, { capacity: 10 });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { title: string }).title).toBe('Only the association’s officers can create, change or cancel its events.');
    const page = await fatima.client.post(`/events/${id}/edit`, form({ capacity: '10' }));
    expect(page.status).toBe(403);
    expect((await fatima.client.get(`/events/${id}/edit`)).status).toBe(403);
    expect(await row(id)).toEqual(before);
    // The officer sees the link and the form, filled with the event in Pakistan time.
    expect(await (await ayesha.client.get(`/events/${id}`)).text()).toContain(`href="/events/${id}/edit"`);
    const edit = await ayesha.client.get(`/events/${id}/edit`);
    expect(edit.status).toBe(200);
    const html = await edit.text();
    expect(html).toContain('value="2026-03-14"');
    expect(html).toContain('value="16:00"');
    expect(visibleText(html)).toContain('2 people are going and 2 people are on the waiting list.');
  });

  it('refuses fewer seats than the people going, in the reader’s language, changing nothing', async () => {
    const before = await row(id);
    const api = await patch(ayesha, id, { capacity: 1, title_en: 'A new title' });
    expect(api.status).toBe(400);
    expect(JSON.stringify(await api.json())).toContain('2 people are already going, so there cannot be fewer seats than that.');
    const form400 = await ayesha.client.post(`/events/${id}/edit`, form({ capacity: '1' }));
    expect(form400.status).toBe(400);
    expect(visibleText(await form400.text())).toContain('Ask people to give their seats up first, or keep the number.');
    // In Urdu for an officer who reads Urdu.
    await env.deps.db.updateTable('association_members').set({ role: 'officer' }).where('user_id', '=', hina.user.id).execute();
    const urdu = await patch(hina, id, { capacity: 1 });
    expect(urdu.status).toBe(400);
    expect(JSON.stringify(await urdu.json())).toContain('2 افراد پہلے ہی شرکت کر رہے ہیں، اس لیے نشستیں اس سے کم نہیں ہو سکتیں۔');
    await env.deps.db.updateTable('association_members').set({ role: 'member' }).where('user_id', '=', hina.user.id).execute();
    expect(await row(id)).toEqual(before);
    expect(await placeOf(fatima, id)).toBe('going');
    expect(await placeOf(sadia, id)).toBe('going');
  });

  it('moves the first person waiting up when seats are added, and tells them', async () => {
    const res = await patch(ayesha, id, { capacity: 3 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ capacity: 3, going: 3, waiting: 1, sequence: 1 });
    expect(await placeOf(hina, id)).toBe('going');
    expect(await placeOf(stranger, id)).toBe('waiting');
    expect(await told(hina, 'event_moved_up', id)).toEqual([{ params: { event: 'ملتان میں لوگو کی قیمت' }, link: `/events/${id}` }]);
    expect(await told(stranger, 'event_moved_up', id)).toEqual([]);
    // Seats and the title only: nobody is told of a change of time or place.
    expect(await told(fatima, 'event_changed', id)).toEqual([]);
  });

  it('raises the calendar SEQUENCE with each change, and tells everyone going and waiting of a new time or place', async () => {
    const visitor = new TestClient(env.app);
    const first = lines(await (await visitor.get(`/events/${id}.ics`)).text());
    expect(field(first, 'SEQUENCE')).toBe('1');
    expect(field(first, 'UID')).toBe(`event-${id}@localhost:3000`);

    env.clock.set(new Date('2026-03-03T09:15:00Z'));
    const page = await ayesha.client.post(`/events/${id}/edit`, form({ capacity: '3', start_time: '17:00', end_time: '19:00', venue: 'Multan Chamber of Commerce, Abdali Road' }));
    expect(page.status).toBe(303);
    const after = lines(await (await visitor.get(`/events/${id}.ics`)).text());
    expect(field(after, 'UID')).toBe(field(first, 'UID'));
    expect(field(after, 'SEQUENCE')).toBe('2');
    expect(field(after, 'DTSTAMP')).toBe('20260303T091500Z');
    expect(field(after, 'LAST-MODIFIED')).toBe('20260303T091500Z');
    expect(after).toContain('DTSTART;TZID=Asia/Karachi:20260314T170000');
    expect(after.find((l) => l.startsWith('LOCATION'))).toContain('Multan Chamber of Commerce');
    for (const p of [fatima, sadia, hina, stranger]) expect(await told(p, 'event_changed', id), p.user.display_name).toHaveLength(1);
    expect(await told(hina, 'event_changed', id)).toEqual([{ params: { event: 'ملتان میں لوگو کی قیمت' }, link: `/events/${id}` }]);
    expect(await told(ayesha, 'event_changed', id)).toEqual([]);

    // Saving the same values again is no change: the SEQUENCE stays.
    expect((await ayesha.client.post(`/events/${id}/edit`, form({ capacity: '3', start_time: '17:00', end_time: '19:00', venue: 'Multan Chamber of Commerce, Abdali Road' }))).status).toBe(303);
    expect((await row(id)).sequence).toBe(2);
    // Cancelling is one more revision.
    await ayesha.client.json('POST', `/api/v1/association-events/${id}/cancel`);
    expect(field(lines(await (await visitor.get(`/events/${id}.ics`)).text()), 'SEQUENCE')).toBe('3');
    expect((await patch(ayesha, id, { capacity: 10 })).status).toBe(409);
    env.clock.set(MONDAY);
  });
});

describe('a member’s private calendar link', () => {
  let secret: string;
  let open: string;
  beforeAll(async () => {
    env.clock.set(MONDAY);
    secret = await createEvent(ayesha, { title_en: 'Members’ circle: rates for 2026', members_only: 'on', date: '2026-03-21' });
    open = await createEvent(ayesha, { title_en: 'Open portfolio evening', date: '2026-03-22' });
  });
  const uids = async (client: TestClient, query = '') => lines(await (await client.get(`/associations/multan-women-designers/events.ics${query}`)).text()).filter((l) => l.startsWith('UID:'));

  async function makeLink(p: Person): Promise<string> {
    const res = await p.client.post('/associations/multan-women-designers/events/feed-key', {});
    expect(res.status).toBe(200);
    const m = (await res.text()).match(/events\.ics\?key=([A-Za-z0-9_-]+)/);
    expect(m).not.toBeNull();
    return m![1]!;
  }

  it('brings members-only events to a calendar app only with a current member’s current link', async () => {
    const app = new TestClient(env.app); // a calendar app: no cookies
    expect(await uids(app)).toContain(`UID:event-${open}@localhost:3000`);
    expect(await uids(app)).not.toContain(`UID:event-${secret}@localhost:3000`);

    // Only members are offered a link; the page says how it works.
    expect(visibleText(await (await fatima.client.get('/associations/multan-women-designers/events')).text())).toContain('Make my private link');
    expect(visibleText(await (await stranger.client.get('/associations/multan-women-designers/events')).text())).not.toContain('Make my private link');
    expect((await stranger.client.post('/associations/multan-women-designers/events/feed-key', {})).status).toBe(403);

    const key = await makeLink(fatima);
    // Only a fingerprint is stored, never the link itself.
    const stored = await env.deps.db.selectFrom('association_event_feed_keys').select('token_hash').where('user_id', '=', fatima.user.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(key);
    // Afterwards the page does not show it again.
    expect(await (await fatima.client.get('/associations/multan-women-designers/events')).text()).not.toContain(key);

    const withKey = await app.get(`/associations/multan-women-designers/events.ics?key=${key}`);
    expect(withKey.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await uids(app, `?key=${key}`)).toEqual(expect.arrayContaining([`UID:event-${secret}@localhost:3000`, `UID:event-${open}@localhost:3000`]));
    // A made-up key, or the key for another association: the public feed.
    expect(await uids(app, `?key=${'x'.repeat(43)}`)).not.toContain(`UID:event-${secret}@localhost:3000`);
    expect(await uids(app, '?key=')).not.toContain(`UID:event-${secret}@localhost:3000`);

    // Reset: the old link stops, the new one works.
    const again = await makeLink(fatima);
    expect(again).not.toBe(key);
    expect(await uids(app, `?key=${key}`)).not.toContain(`UID:event-${secret}@localhost:3000`);
    expect(await uids(app, `?key=${again}`)).toContain(`UID:event-${secret}@localhost:3000`);
    expect(visibleText(await (await fatima.client.get('/associations/multan-women-designers/events')).text())).toContain('Reset link');

    // A former member's link stops working.
    await env.deps.db.updateTable('association_members').set({ status: 'left' }).where('user_id', '=', fatima.user.id).execute();
    expect(await uids(app, `?key=${again}`)).not.toContain(`UID:event-${secret}@localhost:3000`);
    await env.deps.db.updateTable('association_members').set({ status: 'active' }).where('user_id', '=', fatima.user.id).execute();
  });

  it('is given in the member’s language and through the API', async () => {
    const res = await hina.client.json('POST', '/api/v1/associations/multan-women-designers/events/feed-key');
    expect(res.status).toBe(200);
    const { url } = (await res.json()) as { url: string };
    expect(url).toMatch(/^http:\/\/localhost:3000\/associations\/multan-women-designers\/events\.ics\?key=[A-Za-z0-9_-]{43}$/);
    const ls = lines(await (await new TestClient(env.app).get(url.replace('http://localhost:3000', ''))).text());
    expect(ls).toContain('X-WR-CALNAME:ملتان کی خواتین ڈیزائنرز: ایونٹس (ہنر)');
    expect(ls).toContain(`UID:event-${secret}@localhost:3000`);
    expect((await stranger.client.json('POST', '/api/v1/associations/multan-women-designers/events/feed-key')).status).toBe(403);
  });

  it('reads fully in Urdu', async () => {
    const res = await hina.client.post('/associations/multan-women-designers/events/feed-key', {});
    const text = visibleText(await res.text());
    expect(text).toContain('آپ کا نجی کیلنڈر لنک');
    expect(text).not.toMatch(/\b(events|field|errors)\.[a-z_]/);
    const edit = visibleText(await (await ayesha.client.get(`/events/${open}/edit`)).text());
    expect(edit).not.toMatch(/\b(events|field|errors)\.[a-z_]/);
  });
});
