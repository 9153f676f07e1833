// Associations over HTTP and the services: starting one, the list and pages in both languages,
// joining open and by request (and twice), officers deciding, removing and appointing (and members who
// may not), leaving, announcements told to each member in their language, the directory, dues
// collected through the ledger (a short balance is marked unpaid and nothing moves), the statement
// (members only), and admins' audited suspension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { fundWallet, type Person, person } from '../../test/world.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';
import { collectDues } from './service.ts';

let env: TestEnv;
let admin: Person;
let ayesha: Person; // founds "Multan Women Designers" (by request), reads Urdu
let bilal: Person; // founds "Lahore Developers" (open)
let sadia: Person; // asks to join Multan Women Designers
let zeeshan: Person; // joins Lahore Developers, reads Urdu
let usman: Person; // joins Lahore Developers
let hamza: Person; // a client who never joins

beforeAll(async () => {
  env = await testEnv();
  env.clock.set(new Date('2026-03-02T06:00:00Z'));
  admin = await person(env, 'Admin', { role: 'admin' });
  ayesha = await person(env, 'عائشہ صدیقی', { role: 'freelancer', locale: 'ur' });
  bilal = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
  sadia = await person(env, 'Sadia Noor', { role: 'freelancer' });
  zeeshan = await person(env, 'ذیشان علی', { role: 'freelancer', locale: 'ur' });
  usman = await person(env, 'Usman Tariq', { role: 'freelancer' });
  hamza = await person(env, 'Hamza Ali', { role: 'client' });
});
afterAll(() => env.close());

const memberRow = (slug: string, p: Person) =>
  env.deps.db
    .selectFrom('association_members as m')
    .innerJoin('associations as a', 'a.id', 'm.association_id')
    .select(['m.status', 'm.role', 'm.in_directory'])
    .where('a.slug', '=', slug)
    .where('m.user_id', '=', p.user.id)
    .executeTakeFirst();
const wallet = (p: Person) => balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: p.user.id, currency: 'PKR' });
const associationId = async (slug: string) => (await env.deps.db.selectFrom('associations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
const associationBalance = async (slug: string) => balanceOf(env.deps.db, { kind: 'association', refId: await associationId(slug), currency: 'PKR' });
async function ledgerClean() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}
const page = async (p: Person, path: string) => {
  const res = await p.client.get(path);
  return { status: res.status, text: visibleText(await res.text()) };
};

const MULTAN = {
  slug: 'multan-women-designers',
  name_ur: 'ملتان ویمن ڈیزائنرز',
  name_en: 'Multan Women Designers',
  city: 'multan',
  skill: 'logo-design',
  join_mode: 'request',
  about_ur: 'ملتان کی خواتین ڈیزائنرز کا گروپ: **ہر مہینے** ملاقات، کام کے مشورے اور مناسب ریٹس۔',
  about_en: 'Women designers of Multan: a monthly meet-up, advice on work, and fair rates.',
  rules_ur: '- ایک دوسرے کا احترام کریں\n- کلائنٹس کی معلومات باہر نہ بتائیں',
  rules_en: '',
};

describe('starting an association', () => {
  it('lets a freelancer start one, who becomes its first officer; bad input and a taken address change nothing', async () => {
    const badSlug = await ayesha.client.post('/associations/new', { ...MULTAN, slug: 'Multan Women!' });
    expect(badSlug.status).toBe(400);
    expect(visibleText(await badSlug.text())).toContain('انگریزی کے چھوٹے حروف، ہندسے اور اکیلے ہائفن استعمال کریں');
    const bad = await ayesha.client.post('/associations/new', { ...MULTAN, name_ur: '', name_en: '', city: '', skill: '' });
    expect(bad.status).toBe(400);
    const badText = visibleText(await bad.text());
    expect(badText).toContain('ایسوسی ایشن کو اردو یا انگریزی میں نام دیں');
    expect(badText).toContain('شہر، ہنر یا دونوں چنیں۔');
    expect(await env.deps.db.selectFrom('associations').select('id').execute()).toHaveLength(0);

    const res = await ayesha.client.post('/associations/new', MULTAN);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/associations/multan-women-designers');
    expect(await memberRow(MULTAN.slug, ayesha)).toEqual({ status: 'active', role: 'officer', in_directory: false });

    const taken = await bilal.client.post('/associations/new', { ...MULTAN, name_ur: '', name_en: 'Another Multan group' });
    expect(taken.status).toBe(409);
    expect(visibleText(await taken.text())).toContain('Another association already uses this web address');

    expect((await bilal.client.post('/associations/new', { slug: 'lahore-developers', name_en: 'Lahore Developers', name_ur: 'لاہور ڈویلپرز', city: 'lahore', skill: '', join_mode: 'open', about_en: 'Developers of Lahore: React, Laravel, Flutter.' })).status).toBe(303);
  });

  it('shows every field’s message at once on the creation form, not only the bad address’s', async () => {
    const res = await ayesha.client.post('/associations/new', { slug: 'Multan Women!', name_ur: '', name_en: '', city: '', skill: '', join_mode: 'open' });
    expect(res.status).toBe(400);
    const text = visibleText(await res.text());
    expect(text).toContain('انگریزی کے چھوٹے حروف، ہندسے اور اکیلے ہائفن استعمال کریں');
    expect(text).toContain('ایسوسی ایشن کو اردو یا انگریزی میں نام دیں');
    expect(text).toContain('شہر، ہنر یا دونوں چنیں۔');
    expect(await env.deps.db.selectFrom('associations').select('id').where('slug', 'like', 'multan%').execute()).toHaveLength(1);
  });

  it('shows the list and each page in the reader’s language, to visitors too, and the same through the API', async () => {
    const ur = await page(ayesha, '/associations');
    expect(ur.text).toContain('ملتان ویمن ڈیزائنرز');
    expect(ur.text).toContain('لاہور ڈویلپرز');
    const en = await page(hamza, '/associations/multan-women-designers');
    expect(en.status).toBe(200);
    expect(en.text).toContain('Multan Women Designers');
    expect(en.text).toContain('Women designers of Multan');
    // Rules written only in Urdu are shown in Urdu to an English reader.
    expect(en.text).toContain('ایک دوسرے کا احترام کریں');
    expect(en.text).toContain('عائشہ صدیقی');
    expect(en.text).toContain('Ask to join');
    // No announcements or statement link for a non-member.
    expect(en.text).not.toContain('Statement of the association’s account');

    const list = (await (await hamza.client.get('/api/v1/associations?city=lahore')).json()) as { items: { slug: string; members: number; join_mode: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ slug: 'lahore-developers', members: 1, join_mode: 'open' })]);
    const one = (await (await hamza.client.get('/api/v1/associations/multan-women-designers')).json()) as { name_ur: string; officers: { display_name: string }[]; membership: unknown };
    expect(one).toMatchObject({ name_ur: 'ملتان ویمن ڈیزائنرز', officers: [{ display_name: 'عائشہ صدیقی' }], membership: null });
    expect((await hamza.client.get('/api/v1/associations/no-such-group')).status).toBe(404);
  });
});

describe('joining', () => {
  it('joins an open association at once; joining twice is refused with a message and changes nothing', async () => {
    expect((await zeeshan.client.post('/associations/lahore-developers/join', {})).status).toBe(303);
    expect(await memberRow('lahore-developers', zeeshan)).toMatchObject({ status: 'active', role: 'member' });
    const twice = await zeeshan.client.post('/associations/lahore-developers/join', {});
    expect(twice.status).toBe(409);
    expect(visibleText(await twice.text())).toContain('آپ پہلے سے اس ایسوسی ایشن کے ممبر ہیں۔ کچھ نہیں بدلا گیا۔');
    const api = await usman.client.json('POST', '/api/v1/associations/lahore-developers/join');
    expect(api.status).toBe(200);
    expect(await api.json()).toEqual({ status: 'active' });
    expect((await usman.client.json('POST', '/api/v1/associations/lahore-developers/join')).status).toBe(409);
    const count = await env.deps.db.selectFrom('association_members').select('user_id').where('association_id', '=', await associationId('lahore-developers')).execute();
    expect(count).toHaveLength(3);
  });

  it('waits for an officer where requests are asked; the officer approves and the newcomer is told', async () => {
    expect((await sadia.client.post('/associations/multan-women-designers/join', {})).status).toBe(303);
    expect(await memberRow(MULTAN.slug, sadia)).toMatchObject({ status: 'pending' });
    expect((await sadia.client.post('/associations/multan-women-designers/join', {})).status).toBe(409);
    // A pending person is not a member: no directory.
    expect((await sadia.client.get('/associations/multan-women-designers/members')).status).toBe(403);

    // The officer is told, in her language, in the app and by mail.
    const asked = await env.deps.db.selectFrom('notifications').select(['kind', 'params', 'link']).where('user_id', '=', ayesha.user.id).execute();
    expect(asked).toEqual([{ kind: 'association_join_requested', params: { association: 'ملتان ویمن ڈیزائنرز', by: 'Sadia Noor' }, link: '/associations/multan-women-designers#requests' }]);
    const [askedMail] = await waitForMail(env.deps, ayesha.user.email);
    expect(askedMail?.subject).toContain('Sadia Noor نے ملتان ویمن ڈیزائنرز میں شمولیت کی درخواست دی ہے');
    const officerView = await page(ayesha, '/associations/multan-women-designers');
    expect(officerView.text).toContain('شمولیت کی درخواستیں');
    expect(officerView.text).toContain('Sadia Noor');
    // A stranger cannot decide.
    expect((await hamza.client.post(`/associations/multan-women-designers/members/${sadia.user.id}/approve`, {})).status).toBe(403);
    expect(await memberRow(MULTAN.slug, sadia)).toMatchObject({ status: 'pending' });

    expect((await ayesha.client.post(`/associations/multan-women-designers/members/${sadia.user.id}/approve`, {})).status).toBe(303);
    expect(await memberRow(MULTAN.slug, sadia)).toMatchObject({ status: 'active', role: 'member' });
    const told = await env.deps.db.selectFrom('notifications').select(['kind', 'params']).where('user_id', '=', sadia.user.id).execute();
    expect(told).toEqual([{ kind: 'association_joined', params: { association: 'Multan Women Designers' } }]);
    expect((await ayesha.client.post(`/associations/multan-women-designers/members/${sadia.user.id}/approve`, {})).status).toBe(409);
  });
});

describe('officers and members', () => {
  it('refuses a member who is not an officer removing someone, and changes nothing', async () => {
    const res = await zeeshan.client.post(`/associations/lahore-developers/members/${usman.user.id}/remove`, {});
    expect(res.status).toBe(403);
    expect(visibleText(await res.text())).toContain('یہ کام صرف ایسوسی ایشن کے عہدیدار کر سکتے ہیں۔');
    expect(await memberRow('lahore-developers', usman)).toMatchObject({ status: 'active' });
  });

  it('lets an officer remove a member, who must then be approved to come back', async () => {
    expect((await bilal.client.post(`/associations/lahore-developers/members/${usman.user.id}/remove`, {})).status).toBe(303);
    expect(await memberRow('lahore-developers', usman)).toMatchObject({ status: 'removed' });
    expect((await usman.client.get('/associations/lahore-developers/statement')).status).toBe(403);
    // Joining an open association again after removal is a request.
    expect(await (await usman.client.json('POST', '/api/v1/associations/lahore-developers/join')).json()).toEqual({ status: 'pending' });
    expect((await bilal.client.post(`/associations/lahore-developers/members/${usman.user.id}/approve`, {})).status).toBe(303);
  });

  it('keeps the last officer until another is appointed', async () => {
    const res = await bilal.client.post('/associations/lahore-developers/leave', {});
    expect(res.status).toBe(409);
    expect(visibleText(await res.text())).toContain('You are the last officer');
    expect((await bilal.client.post(`/associations/lahore-developers/members/${zeeshan.user.id}/appoint`, {})).status).toBe(303);
    expect(await memberRow('lahore-developers', zeeshan)).toMatchObject({ role: 'officer' });
    // Now Zeeshan, an officer, can manage; Bilal stays (he will collect dues below).
    const manage = await page(zeeshan, '/associations/lahore-developers/members');
    expect(manage.text).toContain('ممبرز کا انتظام');
    expect(manage.text).toContain('Usman Tariq');
  });

  it('lets a member leave and come back to an open association', async () => {
    expect((await usman.client.json('POST', '/api/v1/associations/lahore-developers/leave')).status).toBe(204);
    expect(await memberRow('lahore-developers', usman)).toMatchObject({ status: 'left' });
    expect((await usman.client.json('POST', '/api/v1/associations/lahore-developers/leave')).status).toBe(409);
    expect(await (await usman.client.json('POST', '/api/v1/associations/lahore-developers/join')).json()).toEqual({ status: 'active' });
  });
});

describe('the directory', () => {
  it('is for members only, and lists those who opt in (and the officers)', async () => {
    expect((await hamza.client.get('/associations/lahore-developers/members')).status).toBe(403);
    let d = await page(usman, '/associations/lahore-developers/members');
    expect(d.text).toContain('Bilal Ahmed');
    expect(d.text).not.toContain('Usman Tariq');
    expect((await usman.client.post('/associations/lahore-developers/directory', { listed: 'on' })).status).toBe(303);
    d = await page(sadia, '/associations/multan-women-designers/members');
    expect(d.status).toBe(200);
    d = await page(usman, '/associations/lahore-developers/members');
    expect(d.text).toContain('Usman Tariq');
    expect(await memberRow('lahore-developers', usman)).toMatchObject({ in_directory: true });
  });
});

describe('announcements', () => {
  it('tells every other member in their own language, in-app and by mail; members who are not officers cannot announce', async () => {
    const refused = await usman.client.post('/associations/lahore-developers/announcements', { title_en: 'Hello', body_en: 'Hi all' });
    expect(refused.status).toBe(403);
    expect(await env.deps.db.selectFrom('association_announcements').select('id').execute()).toHaveLength(0);

    const empty = await bilal.client.post('/associations/lahore-developers/announcements', { title_en: 'Meet-up', body_en: '' });
    expect(empty.status).toBe(400);

    const res = await bilal.client.post('/associations/lahore-developers/announcements', {
      title_en: 'Meet-up on Saturday',
      body_en: 'We meet at Arfa Tower on Saturday at 4 pm to talk about rates for Laravel work.',
      title_ur: 'ہفتے کو ملاقات',
      body_ur: 'ہفتے کو شام چار بجے ارفع ٹاور میں ملیں گے اور لاراویل کے کام کے ریٹس پر بات کریں گے۔',
    });
    expect(res.status).toBe(303);
    const rows = await env.deps.db.selectFrom('notifications').select(['user_id', 'params']).where('kind', '=', 'association_announcement').execute();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.user_id === zeeshan.user.id)?.params).toMatchObject({ association: 'لاہور ڈویلپرز', title: 'ہفتے کو ملاقات' });
    expect(rows.find((r) => r.user_id === usman.user.id)?.params).toMatchObject({ association: 'Lahore Developers', title: 'Meet-up on Saturday' });
    const [mail] = await waitForMail(env.deps, zeeshan.user.email);
    expect(mail?.subject).toContain('ہفتے کو ملاقات');
    // Members read it on the page; a visitor does not.
    expect((await page(usman, '/associations/lahore-developers')).text).toContain('We meet at Arfa Tower');
    expect((await page(hamza, '/associations/lahore-developers')).text).not.toContain('Arfa Tower');
  });
});

describe('dues', () => {
  it('only officers set them; a bad amount is a field message', async () => {
    expect((await usman.client.post('/associations/lahore-developers/dues', { amount: '500', day_of_month: '1' })).status).toBe(403);
    const bad = await bilal.client.post('/associations/lahore-developers/dues', { amount: 'five hundred', day_of_month: '1' });
    expect(bad.status).toBe(400);
    expect(await env.deps.db.selectFrom('association_dues').select('association_id').execute()).toHaveLength(0);
    expect((await bilal.client.post('/associations/lahore-developers/dues', { amount: '500', day_of_month: '5' })).status).toBe(303);
    expect((await page(usman, '/associations/lahore-developers')).text).toContain('Rs 500 a month');
  });

  it('collects from the collection day through the ledger; a short balance is marked unpaid and nothing moves', async () => {
    await fundWallet(env, bilal, 200_000n, 'PKR');
    await fundWallet(env, usman, 10_000n, 'PKR'); // Rs 100: less than the dues
    // Zeeshan has no balance at all.
    env.clock.set(new Date('2026-03-04T06:00:00Z')); // 4 March: not due yet
    expect(await collectDues(env.deps)).toEqual({ paid: 0, unpaid: 0 });

    env.clock.set(new Date('2026-03-05T02:00:00Z')); // 07:00 on 5 March in Karachi
    expect(await collectDues(env.deps)).toEqual({ paid: 1, unpaid: 2 });
    expect(await wallet(bilal)).toBe(150_000n);
    expect(await wallet(usman)).toBe(10_000n);
    expect(await wallet(zeeshan)).toBe(0n);
    expect(await associationBalance('lahore-developers')).toBe(50_000n);
    const charges = await env.deps.db.selectFrom('association_dues_charges').select(['user_id', 'status', 'ledger_transaction_id']).execute();
    expect(charges.find((c) => c.user_id === usman.user.id)).toMatchObject({ status: 'unpaid', ledger_transaction_id: null });
    const unpaidTold = await env.deps.db.selectFrom('notifications').select(['params']).where('kind', '=', 'association_dues_unpaid').where('user_id', '=', usman.user.id).execute();
    expect(unpaidTold).toEqual([{ params: { association: 'Lahore Developers', amount: { minor: '50000', currency: 'PKR' }, date: '2026-03-01' } }]);
    await ledgerClean();

    // Run again the same day: nothing moves twice, nobody is told twice.
    expect(await collectDues(env.deps)).toEqual({ paid: 0, unpaid: 2 });
    expect(await associationBalance('lahore-developers')).toBe(50_000n);
    expect(await env.deps.db.selectFrom('notifications').select('id').where('kind', '=', 'association_dues_unpaid').execute()).toHaveLength(2);

    // Usman tops up; the next day he pays, whole.
    await fundWallet(env, usman, 100_000n, 'PKR');
    env.clock.set(new Date('2026-03-06T02:00:00Z'));
    expect(await collectDues(env.deps)).toEqual({ paid: 1, unpaid: 1 });
    expect(await wallet(usman)).toBe(60_000n);
    expect(await associationBalance('lahore-developers')).toBe(100_000n);
    await ledgerClean();
  });

  it('shows the statement to members and officers only; officers also see who has not paid', async () => {
    const member = await page(usman, '/associations/lahore-developers/statement');
    expect(member.status).toBe(200);
    expect(member.text).toContain('Balance: Rs 1,000');
    expect(member.text).toContain('Dues for March 2026 from Bilal Ahmed');
    expect(member.text).toContain('Dues for March 2026 from Usman Tariq');
    expect(member.text).not.toContain('Unpaid dues');
    const officer = await page(zeeshan, '/associations/lahore-developers/statement');
    expect(officer.text).toContain('غیر ادا شدہ چندہ');
    expect(officer.text).toContain('ذیشان علی');

    const stranger = await hamza.client.get('/associations/lahore-developers/statement');
    expect(stranger.status).toBe(403);
    expect(visibleText(await stranger.text())).toContain('Only members of this association can see this.');
    expect((await hamza.client.get('/api/v1/associations/lahore-developers/statement')).status).toBe(403);
    const api = (await (await usman.client.get('/api/v1/associations/lahore-developers/statement')).json()) as { balance: { amount: string }; lines: unknown[]; mine: { status: string }[]; unpaid: unknown[] };
    expect(api.balance.amount).toBe('100000');
    expect(api.lines).toHaveLength(2);
    expect(api.mine.map((c) => c.status)).toEqual(['paid']);
    expect(api.unpaid).toEqual([]);
  });

  it('stops with 0', async () => {
    expect((await bilal.client.post('/associations/lahore-developers/dues', { amount: '0', day_of_month: '5' })).status).toBe(303);
    expect(await env.deps.db.selectFrom('association_dues').select('association_id').execute()).toHaveLength(0);
  });
});

describe('suspension', () => {
  it('is for admins only, audited, and stops joining; reinstating is audited too', async () => {
    expect((await bilal.client.post('/admin/associations/multan-women-designers/suspend', { reason: 'Spam reports' })).status).toBe(403);
    const short = await admin.client.post('/admin/associations/multan-women-designers/suspend', { reason: '' });
    expect(short.status).toBe(400);
    expect((await admin.client.post('/admin/associations/multan-women-designers/suspend', { reason: 'Reports of fake job offers to members; under review.' })).status).toBe(303);
    const audit = await env.deps.db.selectFrom('audit_events').select(['kind', 'actor_id']).where('kind', 'like', 'association.%').execute();
    expect(audit).toEqual([{ kind: 'association.suspended', actor_id: admin.user.id }]);
    const seen = await page(hamza, '/associations/multan-women-designers');
    expect(seen.text).toContain('An administrator has suspended this association: Reports of fake job offers');
    expect((await hamza.client.json('POST', '/api/v1/associations/multan-women-designers/join')).status).toBe(409);
    // Its officer cannot act, and it is not listed.
    expect((await ayesha.client.post('/associations/multan-women-designers/announcements', { title_ur: 'اعلان', body_ur: 'متن' })).status).toBe(409);
    expect((await (await hamza.client.get('/api/v1/associations')).json()).items.map((a: { slug: string }) => a.slug)).toEqual(['lahore-developers']);

    expect((await admin.client.post('/admin/associations/multan-women-designers/reinstate', {})).status).toBe(303);
    expect((await env.deps.db.selectFrom('audit_events').select('kind').where('kind', 'like', 'association.%').orderBy('created_at').execute()).map((r) => r.kind)).toEqual(['association.suspended', 'association.reinstated']);
    expect((await hamza.client.json('POST', '/api/v1/associations/multan-women-designers/join')).status).toBe(200);
  });
});

describe('the association’s page as its hub', () => {
  it('shows coming events with the calendar feed, the minimum rates, and the private board to members only', async () => {
    const event = await bilal.client.post('/associations/lahore-developers/events', {
      title_en: 'Laravel rates evening',
      title_ur: 'لاراویل ریٹس کی شام',
      format: 'in_person',
      venue: 'Arfa Software Technology Park, 5th floor',
      city: 'lahore',
      online_url: '',
      date: '2026-03-20',
      start_time: '18:00',
      end_time: '20:00',
      capacity: '30',
      about_en: 'What we charge for Laravel work, and how to say no to less.',
      about_ur: '',
    });
    expect(event.status).toBe(303);
    expect((await bilal.client.post('/rates/associations/lahore-developers', { skill: 'wordpress', order: '15000', hourly: '2000' })).status).toBe(303);

    const member = await usman.client.get('/associations/lahore-developers');
    const html = await member.text();
    const text = visibleText(html);
    expect(text).toContain('Coming events');
    expect(text).toContain('Laravel rates evening');
    expect(html).toContain('href="/associations/lahore-developers/events.ics"');
    expect(html).toContain('href="/associations/lahore-developers/events"');
    expect(html).toContain('href="/forum/a/lahore-developers"');
    expect(text).toContain('Recommended minimum rates');
    expect(text).toMatch(/WordPress\s*: at least Rs 15,000 an order · at least Rs 2,000 an hour/);
    // Only officers are sent to set the minimums or edit the page.
    expect(html).not.toContain('href="/rates/associations/lahore-developers"');
    expect(html).not.toContain('href="/associations/lahore-developers/edit"');

    const officer = await zeeshan.client.get('/associations/lahore-developers');
    const officerHtml = await officer.text();
    const officerText = visibleText(officerHtml);
    expect(officerText).toContain('آنے والے ایونٹس');
    expect(officerText).toContain('لاراویل ریٹس کی شام');
    expect(officerText).toContain('کیلنڈر فیڈ (.ics)');
    expect(officerText).toContain('ممبرز کا فورم بورڈ');
    expect(officerText).toMatch(/ورڈپریس\s*: کم از کم Rs 15,000 فی آرڈر/);
    expect(officerHtml).toContain('href="/rates/associations/lahore-developers"');
    expect(officerHtml).toContain('href="/associations/lahore-developers/edit"');

    // A stranger sees the events and the minimums, but no link to the members' private board.
    const strangerHtml = await (await hamza.client.get('/associations/lahore-developers')).text();
    expect(visibleText(strangerHtml)).toContain('Laravel rates evening');
    expect(visibleText(strangerHtml)).toContain('at least Rs 15,000 an order');
    expect(strangerHtml).not.toContain('/forum/a/lahore-developers');
    expect(visibleText(strangerHtml)).not.toContain('Members’ forum board');
  });

  it('keeps a members-only event off a stranger’s view of the page', async () => {
    const res = await bilal.client.post('/associations/lahore-developers/events', {
      title_en: 'Members’ pricing clinic',
      title_ur: '',
      format: 'online',
      venue: '',
      city: '',
      online_url: 'https://meet.example.pk/lahore-devs',
      date: '2026-03-25',
      start_time: '20:00',
      end_time: '21:00',
      capacity: '20',
      about_en: 'Bring a gig you are pricing.',
      about_ur: '',
      members_only: 'on',
    });
    expect(res.status).toBe(303);
    expect(visibleText(await (await usman.client.get('/associations/lahore-developers')).text())).toContain('Members’ pricing clinic');
    expect(visibleText(await (await hamza.client.get('/associations/lahore-developers')).text())).not.toContain('Members’ pricing clinic');
  });
});

describe('editing the association’s page', () => {
  const EDIT = {
    name_en: 'Lahore Developers',
    name_ur: 'لاہور ڈویلپرز',
    city: 'lahore',
    skill: 'wordpress',
    join_mode: 'request',
    about_en: 'Developers of Lahore: React, Laravel, Flutter and WordPress. We meet every month.',
    about_ur: 'لاہور کے ڈویلپرز: ری ایکٹ، لاراویل، فلٹر اور ورڈپریس۔ ہر مہینے ملاقات ہوتی ہے۔',
    rules_en: '- Share leads fairly\n- No undercutting the minimum rates',
    rules_ur: '- کام کی خبریں انصاف سے بانٹیں\n- کم از کم ریٹس سے کم پر کام نہ لیں',
  };
  const row = () => env.deps.db.selectFrom('associations').select(['name_en', 'about_ur', 'join_mode', 'skill_slug', 'updated_at']).where('slug', '=', 'lahore-developers').executeTakeFirstOrThrow();

  it('refuses a member who is not an officer, and a stranger, and changes nothing', async () => {
    const before = await row();
    const form = await usman.client.get('/associations/lahore-developers/edit');
    expect(form.status).toBe(403);
    expect(visibleText(await form.text())).toContain('Only the association’s officers can do this.');
    expect((await usman.client.post('/associations/lahore-developers/edit', EDIT)).status).toBe(403);
    expect((await hamza.client.post('/associations/lahore-developers/edit', EDIT)).status).toBe(403);
    expect(await row()).toEqual(before);
  });

  it('shows an officer the page as it is, refuses bad input with every field’s message, then saves', async () => {
    const form = await zeeshan.client.get('/associations/lahore-developers/edit');
    expect(form.status).toBe(200);
    const formHtml = await form.text();
    expect(visibleText(formHtml)).toContain('ایسوسی ایشن کے صفحے میں ترمیم');
    expect(formHtml).toContain('value="لاہور ڈویلپرز"');

    const before = await row();
    const bad = await bilal.client.post('/associations/lahore-developers/edit', { ...EDIT, name_en: '', name_ur: '', city: '', skill: '', join_mode: 'invite' });
    expect(bad.status).toBe(400);
    const badText = visibleText(await bad.text());
    expect(badText).toContain('Give the association a name in Urdu or English');
    expect(badText).toContain('Choose a city, a skill, or both.');
    const unknown = await bilal.client.post('/associations/lahore-developers/edit', { ...EDIT, city: 'atlantis', skill: 'alchemy' });
    expect(unknown.status).toBe(400);
    expect(await row()).toEqual(before);

    env.clock.set(new Date('2026-03-07T06:00:00Z'));
    const saved = await bilal.client.post('/associations/lahore-developers/edit', EDIT);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/associations/lahore-developers');
    const after = await row();
    expect(after).toEqual({ name_en: 'Lahore Developers', about_ur: EDIT.about_ur, join_mode: 'request', skill_slug: 'wordpress', updated_at: expect.any(Date) });
    expect(after.updated_at.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-07T06:00:00Z'));
    const ur = visibleText(await (await zeeshan.client.get('/associations/lahore-developers')).text());
    expect(ur).toContain('لاہور کے ڈویلپرز: ری ایکٹ، لاراویل، فلٹر اور ورڈپریس۔');
    expect(ur).toContain('درخواست پر شمولیت');
    const api = (await (await hamza.client.get('/api/v1/associations/lahore-developers')).json()) as { join_mode: string; skill: { slug: string } };
    expect(api).toMatchObject({ join_mode: 'request', skill: { slug: 'wordpress' } });
    // Joining is now by request, and the officers are told.
    expect(await (await hamza.client.json('POST', '/api/v1/associations/lahore-developers/join')).json()).toEqual({ status: 'pending' });
    const told = await env.deps.db.selectFrom('notifications').select(['user_id', 'params']).where('kind', '=', 'association_join_requested').where('link', '=', '/associations/lahore-developers#requests').execute();
    const toldOfHamza = told.filter((t) => (t.params as { by?: string }).by === 'Hamza Ali');
    expect(toldOfHamza.map((t) => t.user_id).sort()).toEqual([bilal.user.id, zeeshan.user.id].sort());
  });

  it('does the same through the API: officers only, the same messages', async () => {
    expect((await usman.client.json('PUT', '/api/v1/associations/lahore-developers', { ...EDIT, join_mode: 'open' })).status).toBe(403);
    const bad = await bilal.client.json('PUT', '/api/v1/associations/lahore-developers', { ...EDIT, name_en: '', name_ur: '', skill: '', city: '' });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: Record<string, unknown> }).errors).sort()).toEqual(['city', 'name_en']);
    const ok = await bilal.client.json('PUT', '/api/v1/associations/lahore-developers', { ...EDIT, join_mode: 'open' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ slug: 'lahore-developers', join_mode: 'open', skill: { slug: 'wordpress', name_ur: 'ورڈپریس' } });
  });
});
