// Association events over HTTP and the services: officers create events (others may not; bad input
// is refused field by field), RSVP and the waiting list, a second RSVP refused in the reader's
// language, giving a place up moves the first person waiting up (told), parallel RSVPs for the last
// seat, the day-before reminder sent once, members-only events hidden from strangers, an officer
// cancelling, and calendar files per event and per association that keep RFC 5545's rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { type Person, person } from '../../test/world.ts';
import { sendEventReminders } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

// Monday 2 March 2026, 11:00 in Karachi.
const MONDAY = new Date('2026-03-02T06:00:00Z');

/** An association with its officer and members, written as the associations module leaves them (its service is on another branch). */
async function association(slug: string, officer: Person, members: Person[], city = 'lahore') {
  const now = env.clock.now();
  const { id } = await env.deps.db
    .insertInto('associations')
    .values({ slug, name_en: slug === 'lahore-developers' ? 'Lahore Developers' : 'Multan Women Designers', name_ur: slug === 'lahore-developers' ? 'لاہور ڈویلپرز' : 'ملتان کی خواتین ڈیزائنرز', city_slug: city, created_by: officer.user.id, created_at: now, updated_at: now })
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
  title_en: 'Lahore Developers meet-up: freelancing with React',
  title_ur: 'لاہور ڈویلپرز کی ملاقات: ری ایکٹ کے ساتھ فری لانسنگ',
  format: 'in_person',
  venue: 'Arfa Software Technology Park, 5th floor, Ferozepur Road',
  city: 'lahore',
  online_url: '',
  date: '2026-03-14',
  start_time: '18:00',
  end_time: '20:00',
  capacity: '2',
  about_en: 'Short talks, then questions about pricing and payments.',
  about_ur: '',
  ...o,
});

async function createEvent(by: Person, slug: string, o: Record<string, string> = {}): Promise<string> {
  const res = await by.client.post(`/associations/${slug}/events`, form(o));
  expect(res.status).toBe(303);
  return (res.headers.get('location') ?? '').split('/').at(-1)!;
}

const rsvp = (p: Person, id: string) => p.client.json('POST', `/api/v1/association-events/${id}/rsvp`);
const giveUp = (p: Person, id: string) => p.client.json('DELETE', `/api/v1/association-events/${id}/rsvp`);
const places = (id: string) => env.deps.db.selectFrom('association_event_rsvps').select(['user_id', 'status']).where('event_id', '=', id).execute();
const going = async (id: string) => (await env.deps.db.selectFrom('association_events').select('going').where('id', '=', id).executeTakeFirstOrThrow()).going;
const told = (p: Person, kind: string) => env.deps.db.selectFrom('notifications').select(['params', 'link']).where('user_id', '=', p.user.id).where('kind', '=', kind as never).execute();
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

let bilal: Person; // officer of Lahore Developers
let sana: Person; // member
let usman: Person; // member
let zainab: Person; // member, reads Urdu
let stranger: Person;
let admin: Person;

beforeAll(async () => {
  env.clock.set(MONDAY);
  [bilal, sana, usman, zainab, stranger, admin] = await Promise.all([
    person(env, 'Bilal Ahmed', { role: 'freelancer' }),
    person(env, 'Sana Iqbal', { role: 'freelancer' }),
    person(env, 'Usman Tariq', { role: 'freelancer' }),
    person(env, 'زینب بلوچ', { role: 'freelancer', locale: 'ur' }),
    person(env, 'Stranger', { role: 'client' }),
    person(env, 'Admin', { role: 'admin' }),
  ]);
  await env.deps.db.updateTable('users').set({ time_zone: 'Europe/London' }).where('id', '=', usman.user.id).execute();
  await association('lahore-developers', bilal, [sana, usman, zainab]);
});

describe('creating an event', () => {
  it('lets an officer create one, in Pakistan time, and refuses others and bad input, changing nothing', async () => {
    // A member who is not an officer: refused, translated.
    const member = await sana.client.post('/associations/lahore-developers/events', form());
    expect(member.status).toBe(403);
    expect(visibleText(await member.text())).toContain('Only the association’s officers can create, change or cancel its events.');
    expect((await stranger.client.get('/associations/lahore-developers/events/new')).status).toBe(403);
    // Bad input: each field's message, the form again with what was typed.
    const bad = await bilal.client.post('/associations/lahore-developers/events', form({ format: 'online', online_url: 'zoom.us/j/1', capacity: '0' }));
    expect(bad.status).toBe(400);
    const text = visibleText(await bad.text());
    expect(text).toContain('Enter the meeting link, starting with https://');
    expect(text).toContain('Enter a number of seats from 1 to 5,000.');
    // What depends on several fields is checked once each field is right.
    const whole = visibleText(await (await bilal.client.post('/associations/lahore-developers/events', form({ title_en: '', title_ur: '', end_time: '17:00' }))).text());
    expect(whole).toContain('Write the title in English or Urdu');
    expect(whole).toContain('The end must be after the start');
    const past = await bilal.client.post('/associations/lahore-developers/events', form({ date: '2026-03-01' }));
    expect(past.status).toBe(400);
    expect(visibleText(await past.text())).toContain('This time has passed');
    expect(await env.deps.db.selectFrom('association_events').select('id').execute()).toHaveLength(0);

    expect((await bilal.client.get('/associations/lahore-developers/events/new')).status).toBe(200);
    const id = await createEvent(bilal, 'lahore-developers');
    const api = (await (await stranger.client.get(`/api/v1/association-events/${id}`)).json()) as Record<string, unknown>;
    expect(api).toMatchObject({ starts_at: '2026-03-14T13:00:00.000Z', ends_at: '2026-03-14T15:00:00.000Z', capacity: 2, going: 0, format: 'in_person', can_manage: false, attendees: null, mine: null });
    // Each reader sees the time in their zone: Karachi 6 pm, London 1 pm with Pakistan's beside it.
    expect(visibleText(await (await sana.client.get(`/events/${id}`)).text())).toContain('14 Mar 2026, 6:00 pm PKT');
    const london = visibleText(await (await usman.client.get(`/events/${id}`)).text());
    expect(london).toContain('14 Mar 2026, 1:00 pm GMT');
    expect(london).toContain('In Pakistan: 14 Mar 2026, 6:00 pm PKT');
    // The page links back to the association.
    expect(await (await sana.client.get(`/events/${id}`)).text()).toContain('href="/associations/lahore-developers"');
  });
});

describe('RSVP and the waiting list', () => {
  let id: string;
  beforeAll(async () => {
    env.clock.set(MONDAY);
    id = await createEvent(bilal, 'lahore-developers', { title_en: 'Pricing your first gig', title_ur: 'اپنی پہلی گِگ کی قیمت', date: '2026-03-20' });
  });

  it('seats people while seats are free, then puts them on the waiting list in order', async () => {
    // Through the page, as a browser without JavaScript does.
    const first = await sana.client.post(`/events/${id}/rsvp`, {});
    expect(first.status).toBe(303);
    expect(visibleText(await (await sana.client.get(`/events/${id}`)).text())).toContain('You are going.');
    expect(await (await rsvp(usman, id)).json()).toMatchObject({ mine: { status: 'going', position: null }, going: 2 });
    expect(await (await rsvp(zainab, id)).json()).toMatchObject({ mine: { status: 'waiting', position: 1 }, going: 2, waiting: 1 });
    expect(await (await rsvp(stranger, id)).json()).toMatchObject({ mine: { status: 'waiting', position: 2 }, waiting: 2 });
    expect(visibleText(await (await stranger.client.get(`/events/${id}`)).text())).toContain('You are number 2 on the waiting list.');
    // The officer sees who comes and who waits, in order.
    const officer = (await (await bilal.client.get(`/api/v1/association-events/${id}`)).json()) as { attendees: { going: { display_name: string }[]; waiting: { display_name: string }[] } };
    expect(officer.attendees.going.map((p) => p.display_name)).toEqual(['Sana Iqbal', 'Usman Tariq']);
    expect(officer.attendees.waiting.map((p) => p.display_name)).toEqual(['زینب بلوچ', 'Stranger']);
    expect(await going(id)).toBe(2);
  });

  it('refuses a second RSVP in the reader’s language and changes nothing', async () => {
    const before = await places(id);
    const page = await zainab.client.post(`/events/${id}/rsvp`, {});
    expect(page.status).toBe(409);
    expect(visibleText(await page.text())).toContain('آپ اس ایونٹ کے لیے پہلے ہی شرکت کی تصدیق کر چکے ہیں۔');
    const api = await rsvp(sana, id);
    expect(api.status).toBe(409);
    expect(((await api.json()) as { title: string }).title).toContain('You have already RSVPed to this event.');
    expect(await places(id)).toEqual(before);
    expect(await going(id)).toBe(2);
  });

  it('moves the first person waiting up when someone going gives their seat up, and tells them', async () => {
    expect((await giveUp(usman, id)).status).toBe(200);
    const after = Object.fromEntries((await places(id)).map((p) => [p.user_id, p.status]));
    expect(after[usman.user.id]).toBe('cancelled');
    expect(after[zainab.user.id]).toBe('going');
    expect(after[stranger.user.id]).toBe('waiting');
    expect(await going(id)).toBe(2);
    const moved = await told(zainab, 'event_moved_up');
    expect(moved).toHaveLength(1);
    // Worded in her language: the Urdu title is the one she reads.
    expect(moved[0]).toMatchObject({ params: { event: 'اپنی پہلی گِگ کی قیمت' }, link: `/events/${id}` });
    expect(await (await stranger.client.get(`/api/v1/association-events/${id}`)).json()).toMatchObject({ mine: { status: 'waiting', position: 1 } });
    // Leaving the waiting list frees no seat and moves nobody.
    expect((await giveUp(stranger, id)).status).toBe(200);
    expect(await going(id)).toBe(2);
    // Giving up a place one does not hold: refused.
    expect((await giveUp(stranger, id)).status).toBe(409);
    // Usman may come back: at the end of the line.
    expect(await (await rsvp(usman, id)).json()).toMatchObject({ mine: { status: 'waiting', position: 1 } });
  });

  it('gives the last seat to exactly one of many people asking at once', async () => {
    const crowd = await Promise.all(['Ali Raza', 'Mehwish Iqbal', 'Karim Shah', 'Hassan Mahmood', 'Nadia Khattak', 'Junaid Iqbal'].map((n) => person(env, n, { role: 'freelancer' })));
    const last = await createEvent(bilal, 'lahore-developers', { title_en: 'Code review evening', capacity: '3', date: '2026-03-21' });
    expect((await rsvp(sana, last)).status).toBe(200);
    expect((await rsvp(zainab, last)).status).toBe(200);
    const answers = await Promise.all(crowd.map((p) => rsvp(p, last)));
    expect(answers.map((a) => a.status)).toEqual(crowd.map(() => 200));
    const mine = (await Promise.all(answers.map((a) => a.json()))) as { mine: { status: string } }[];
    expect(mine.filter((m) => m.mine.status === 'going')).toHaveLength(1);
    expect(mine.filter((m) => m.mine.status === 'waiting')).toHaveLength(5);
    expect(await going(last)).toBe(3);
    expect((await places(last)).filter((p) => p.status === 'going')).toHaveLength(3);
  });

  it('closes RSVPs once the event has started', async () => {
    env.clock.set(new Date('2026-03-20T13:30:00Z'));
    const late = await rsvp(admin, id);
    expect(late.status).toBe(409);
    expect((await giveUp(sana, id)).status).toBe(409);
    expect(visibleText(await (await admin.client.get(`/events/${id}`)).text())).toContain('RSVPs are closed');
    env.clock.set(MONDAY);
  });
});

describe('the reminder a day before', () => {
  it('reminds each person going once, however often the job runs, and nobody waiting', async () => {
    env.clock.set(MONDAY);
    const id = await createEvent(bilal, 'lahore-developers', { title_en: 'WordPress clinic', title_ur: 'ورڈپریس کلینک', capacity: '2', date: '2026-03-05' });
    await rsvp(sana, id);
    await rsvp(zainab, id);
    await rsvp(usman, id); // waiting
    // Two days before: nothing due.
    env.clock.set(new Date('2026-03-03T12:00:00Z'));
    await sendEventReminders(env.deps);
    expect(await told(sana, 'event_reminder')).toEqual([]);
    // 23 hours before: due. Two runs at once, then another.
    env.clock.set(new Date('2026-03-04T14:00:00Z'));
    await Promise.all([sendEventReminders(env.deps), sendEventReminders(env.deps)]);
    await sendEventReminders(env.deps);
    const forEvent = async (p: Person) => (await told(p, 'event_reminder')).filter((n) => n.link === `/events/${id}`);
    expect(await forEvent(sana)).toHaveLength(1);
    expect(await forEvent(zainab)).toEqual([{ params: { event: 'ورڈپریس کلینک', hours: 24 }, link: `/events/${id}` }]);
    expect(await forEvent(usman)).toEqual([]);
    env.clock.set(MONDAY);
  });
});

describe('members-only events', () => {
  let id: string;
  beforeAll(async () => {
    env.clock.set(MONDAY);
    id = await createEvent(bilal, 'lahore-developers', { title_en: 'Members’ evening: rates for 2026', members_only: 'on', date: '2026-03-25' });
  });

  it('are hidden from strangers and visitors everywhere, and shown to members', async () => {
    for (const path of [`/events/${id}`, `/events/${id}.ics`, `/api/v1/association-events/${id}`, `/api/v1/association-events/${id}/ics`]) {
      expect((await stranger.client.get(path)).status, path).toBe(404);
    }
    const visitor = new (await import('../../test/support.ts')).TestClient(env.app);
    expect((await visitor.get(`/events/${id}`)).status).toBe(404);
    expect((await rsvp(stranger, id)).status).toBe(404);
    expect(await places(id)).toEqual([]);
    const strangerList = (await (await stranger.client.get('/api/v1/associations/lahore-developers/events')).json()) as { items: { id: string }[] };
    expect(strangerList.items.map((e) => e.id)).not.toContain(id);
    expect(visibleText(await (await stranger.client.get('/events')).text())).not.toContain('Members’ evening');
    expect(lines(await (await stranger.client.get('/associations/lahore-developers/events.ics')).text()).join('\n')).not.toContain(`event-${id}@`);

    expect((await sana.client.get(`/events/${id}`)).status).toBe(200);
    const memberList = (await (await sana.client.get('/api/v1/associations/lahore-developers/events')).json()) as { items: { id: string }[] };
    expect(memberList.items.map((e) => e.id)).toContain(id);
    expect(lines(await (await sana.client.get('/associations/lahore-developers/events.ics')).text())).toContain(`UID:event-${id}@localhost:3000`);
    expect((await rsvp(sana, id)).status).toBe(200);
  });
});

describe('calendar files', () => {
  it('gives one event’s file in the reader’s zone and language, keeping RFC 5545’s line rules', async () => {
    env.clock.set(MONDAY);
    const id = await createEvent(bilal, 'lahore-developers', { title_en: 'Freelancing taxes, explained', title_ur: 'فری لانسنگ کے ٹیکس، آسان زبان میں', date: '2026-03-28', format: 'online', online_url: 'https://meet.jit.si/hunar-lahore-developers-tax', venue: '', city: '' });
    await rsvp(zainab, id);
    const res = await zainab.client.get(`/events/${id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    // Every line ends in CRLF and is at most 75 octets; continuation lines start with a space.
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const l of ics.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const ls = lines(ics);
    expect(ls[0]).toBe('BEGIN:VCALENDAR');
    expect(ls).toContain('VERSION:2.0');
    expect(ls.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(ls).toContain(`UID:event-${id}@localhost:3000`);
    expect(ls.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    expect(ls).toContain('DTSTART;TZID=Asia/Karachi:20260328T180000');
    expect(ls).toContain('TZID:Asia/Karachi');
    expect(ls).toContain('SUMMARY;LANGUAGE=ur-PK:فری لانسنگ کے ٹیکس، آسان زبان میں');
    // She is going: the meeting link is in her file.
    expect(ls.join('\n')).toContain('https://meet.jit.si/hunar-lahore-developers-tax');
    // A visitor's file: Pakistan time, English, and no link.
    const visitor = new (await import('../../test/support.ts')).TestClient(env.app);
    const pub = lines(await (await visitor.get(`/events/${id}.ics`)).text());
    expect(pub).toContain('SUMMARY;LANGUAGE=en-PK:Freelancing taxes\\, explained');
    expect(pub.join('\n')).not.toContain('meet.jit.si');
    // London reader.
    expect(lines(await (await usman.client.get(`/api/v1/association-events/${id}/ics`)).text())).toContain('DTSTART;TZID=Europe/London:20260328T130000');
  });

  it('cancelling an event tells everyone and marks it cancelled in calendars', async () => {
    env.clock.set(MONDAY);
    const id = await createEvent(bilal, 'lahore-developers', { title_en: 'Portfolio reviews', capacity: '1', date: '2026-03-29' });
    await rsvp(sana, id);
    await rsvp(usman, id);
    expect((await sana.client.json('POST', `/api/v1/association-events/${id}/cancel`)).status).toBe(403);
    expect((await bilal.client.post(`/events/${id}/cancel`, {})).status).toBe(303);
    expect((await told(sana, 'event_cancelled')).filter((n) => n.link === `/events/${id}`)).toHaveLength(1);
    expect((await told(usman, 'event_cancelled')).filter((n) => n.link === `/events/${id}`)).toHaveLength(1);
    expect(lines(await (await sana.client.get(`/events/${id}.ics`)).text())).toContain('STATUS:CANCELLED');
    expect((await rsvp(zainab, id)).status).toBe(409);
    expect(visibleText(await (await sana.client.get(`/events/${id}`)).text())).toContain('The association’s officers cancelled this event.');
  });

  it('gives the association’s feed with its events, and a 404 for an unknown association', async () => {
    const feed = await stranger.client.get('/associations/lahore-developers/events.ics');
    expect(feed.status).toBe(200);
    const ls = lines(await feed.text());
    expect(ls).toContain('X-WR-CALNAME:Lahore Developers: events (Hunar)');
    expect(ls.filter((l) => l === 'BEGIN:VEVENT').length).toBeGreaterThanOrEqual(4);
    expect((await stranger.client.get('/associations/nobody-here/events.ics')).status).toBe(404);
  });
});

describe('the pages', () => {
  it('read fully in Urdu and English, with no untranslated text', async () => {
    env.clock.set(MONDAY);
    const [first] = ((await (await sana.client.get('/api/v1/associations/lahore-developers/events')).json()) as { items: { id: string }[] }).items;
    for (const p of [zainab, sana, bilal]) {
      for (const path of ['/events', '/associations/lahore-developers/events', `/events/${first!.id}`, ...(p === bilal ? ['/associations/lahore-developers/events/new'] : [])]) {
        const res = await p.client.get(path);
        expect(res.status, path).toBe(200);
        expect(visibleText(await res.text()), path).not.toMatch(/\b(events|field|errors)\.[a-z_]/);
      }
    }
    const urdu = visibleText(await (await zainab.client.get('/events')).text());
    expect(urdu).toContain('ایونٹس');
    expect(urdu).toContain('لاہور ڈویلپرز کی ملاقات');
  });
});
