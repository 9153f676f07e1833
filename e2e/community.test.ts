// Issue 21 in Chromium: the community around the work, on the demo site, with JavaScript off, on a
// 390-px phone. Asma (a demo freelancer in Sukkur, in Urdu, in no association yet):
// 1. asks to join "Multan Women Designers" (by request) from /associations; Ayesha, an officer,
//    approves her in the browser; Asma is told, opens the association's events, RSVPs to the
//    members-only portfolio review circle and downloads its calendar file (.ics: a VEVENT with the
//    event's UID and title, times with a TZID or in UTC).
// 2. asks a legal question at /legal in Urdu; Farzana, the demo legal advisor, answers it from her
//    queue; Asma is told and reads the answer.
// 3. books a desk at Bethak Co-work (Multan) for its next open day, paid from her Hunar balance: first
//    refused with nothing moved (the balance is empty), then topped up through the checkout simulator
//    (from the booking form's "add money" link) and booked; she sees the booking with its check-in
//    code, and her wallet page shows the balance down by the price the form showed, with the movement
//    named.
// 4. Ayesha (a logo designer in Multan, in Urdu) opens /rates from the community hub, picks logo
//    design, and sees the figures for Pakistan, where her logo gig stands, and her association's
//    recommended minimum; her gig's form says the same beside the price.
// And a visitor in English reads /associations, an association, /events, /forum, /spaces, a space and
// /legal/faq. Every page on the way is checked with axe, for sideways scroll, for directions and for
// English words on Urdu pages.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page, Response } from 'playwright-core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromUser, setLanguage } from '../src/accounts/service.ts';
import type { Running } from '../src/boot.ts';
import { feePolicy } from '../src/fees/service.ts';
import { translator } from '../src/platform/i18n.ts';
import { formatMoney, money } from '../src/platform/money.ts';
import { DEMO_ADVISOR } from '../src/seed/demo-legal.ts';
import { DEMO_PASSWORD } from '../src/seed/seed.ts';
import { deskFees } from '../src/spaces/domain.ts';
import { logIn } from './flows.ts';
import { checkPage, expectReadsLeftToRight, launch, phone, seenText, startApp, stripMarks } from './support.ts';

const SHOTS = '/tmp/shots21';
const ur = translator('ur');
const en = translator('en');
/** The demo freelancer of the journeys: in Urdu, a member of no demo association. */
const ME = 'asma';
/** The demo association she joins (by request: src/seed/demo-associations.ts) and the space she books (src/seed/demo-spaces.ts). */
const ASSOCIATION = 'multan-women-designers';
const SPACE = 'bethak-co-work-multan';

let app: Running;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [app, browser] = await Promise.all([startApp({ SEED_ON_START: 'true', RATE_LIMIT_LOGIN: '1000' }), launch()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const strip = stripMarks;
const seen = seenText;
const path = (page: Page) => new URL(page.url()).pathname;
const rs = (locale: 'en' | 'ur', m: Parameters<typeof formatMoney>[1]) => strip(formatMoney(locale, m, { decimals: 'always' }));

/** The checks every page passes (e2e/support.ts checkPage), with its screenshot. */
const check = (page: Page, label: string, res?: Response | null, status = 200) => checkPage(page, label, SHOTS, res, status);

async function visit(page: Page, to: string, label: string): Promise<void> {
  await check(page, label, await page.goto(`${app.url}${to}`));
}

/** Clicks a link or a form's button and waits for the page it leads to (checked when a label is given). */
async function go(page: Page, selector: string, label?: string, status = 200): Promise<void> {
  const [res] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  expect(res?.status(), `${selector} from ${page.url()}`).toBe(status);
  if (label) await check(page, label, res, status);
}

const demo = (key: string) => `${key}@demo.hunar.pk`;
const userOf = (key: string) => app.deps.db.selectFrom('users').selectAll().where('email', '=', demo(key)).executeTakeFirstOrThrow();

/** A 390 × 844 phone (JavaScript off) in `locale`, signed in as the demo account (its language set first), or a visitor. */
async function newPhone(locale: 'en' | 'ur', key: string | null): Promise<Page> {
  const ctx = await phone(browser, locale, { width: 390, height: 844 });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  if (key) {
    await setLanguage(app.deps, actorFromUser(await userOf(key), null), { locale });
    await logIn(page, app.url, demo(key), DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/login');
  }
  return page;
}

/** Her notifications page has one about `text`; following it leads to `to`. */
async function followNotification(page: Page, text: string, to: string, label: string): Promise<void> {
  await visit(page, '/notifications', `notifications: ${label}`);
  // As she reads them (names isolated by direction marks in the page's text).
  const items = (await page.locator('ul.notification-list > li').allInnerTexts()).map(strip);
  const at = items.findIndex((s) => s.includes(text));
  expect(at, `a notification "${text}" in ${JSON.stringify(items)}`).toBeGreaterThanOrEqual(0);
  await Promise.all([page.waitForNavigation(), page.locator('ul.notification-list > li').nth(at).locator('a').first().click()]);
  expect(path(page)).toBe(to);
  await check(page, label);
}

let asma: Page;

describe('the community in Urdu, on a 390-px phone', () => {
  it('a freelancer asks to join an association, an officer approves her, she RSVPs to a members’ event and downloads its calendar file', async () => {
    asma = await newPhone('ur', ME);
    const me = await userOf(ME);
    const a = await app.deps.db.selectFrom('associations').selectAll().where('slug', '=', ASSOCIATION).executeTakeFirstOrThrow();
    expect(a.join_mode).toBe('request');
    const before = await app.deps.db.selectFrom('association_members').select('status').where('association_id', '=', a.id).where('user_id', '=', me.id).executeTakeFirst();
    expect(before, `${ME} is in no demo association yet`).toBeUndefined();

    // The list, and the association from it, in its Urdu name.
    await visit(asma, '/associations', 'associations');
    await go(asma, `main a[href="/associations/${ASSOCIATION}"]`, 'association, not a member');
    expect(await seen(asma, 'main h1')).toBe(strip(a.name_ur!));
    // Members-only parts are not shown to her yet.
    expect(await asma.locator(`main a[href="/associations/${ASSOCIATION}/members"]`).count()).toBe(0);

    await go(asma, `form[action="/associations/${ASSOCIATION}/join"] button[type=submit]`, 'association, request sent');
    expect(await seen(asma)).toContain(strip(ur('associations.flash.requested')));
    expect(await seen(asma)).toContain(strip(ur('associations.request_waiting')));

    // Ayesha, an officer, sees the request on the association's page and approves it.
    const ayesha = await newPhone('ur', 'ayesha');
    await visit(ayesha, `/associations/${ASSOCIATION}`, 'association, officer with a request');
    const request = ayesha.locator('ul.association-requests li', { hasText: me.display_name });
    expect(await request.count()).toBe(1);
    await go(ayesha, `form[action="/associations/${ASSOCIATION}/members/${me.id}/approve"] button[type=submit]`, 'association, request approved');
    expect(await seen(ayesha)).toContain(strip(ur('associations.flash.approve')));
    expect(await ayesha.locator('ul.association-requests li', { hasText: me.display_name }).count()).toBe(0);
    await ayesha.context().close();

    // Asma is told, and the notification leads to the association, where she is now a member.
    await followNotification(asma, strip(ur('notifications.association_joined.text', { association: a.name_ur! })), `/associations/${ASSOCIATION}`, 'association, a member');
    expect(await seen(asma)).toContain(strip(ur('associations.you_are_member')));

    // Its events, from the association's page: the members-only circle is open to her now.
    const circle = await app.deps.db
      .selectFrom('association_events')
      .selectAll()
      .where('association_id', '=', a.id)
      .where('members_only', '=', true)
      .where('starts_at', '>', app.deps.clock.now())
      .where('status', '=', 'scheduled')
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    expect(circle.going).toBeLessThan(circle.capacity);
    await go(asma, `main a[href="/associations/${ASSOCIATION}/events"]`, 'association events');
    await go(asma, `main a[href="/events/${circle.id}"]`, 'event, members only');
    expect(await seen(asma, 'main h1')).toBe(`${strip(circle.title_ur!)} ${ur('events.members_only')}`);
    // The online link is for the people going only.
    expect(await asma.locator(`main a[href="${circle.online_url}"]`).count()).toBe(0);

    await go(asma, `form[action="/events/${circle.id}/rsvp"] button[type=submit]`, 'event, going');
    expect(await seen(asma)).toContain(strip(ur('events.flash.going')));
    expect(await asma.locator(`main a[href="${circle.online_url}"]`).count()).toBe(1);
    const rsvp = await app.deps.db.selectFrom('association_event_rsvps').select('status').where('event_id', '=', circle.id).where('user_id', '=', me.id).executeTakeFirstOrThrow();
    expect(rsvp.status).toBe('going');
    const seats = await app.deps.db.selectFrom('association_events').select('going').where('id', '=', circle.id).executeTakeFirstOrThrow();
    expect(seats.going).toBe(circle.going + 1);

    // The calendar file, through the page's link: a download, text/calendar, one VEVENT of this event.
    const link = `main a[href="/events/${circle.id}.ics"]`;
    expect(await seen(asma, link)).toBe(strip(ur('events.calendar')));
    // The file's kind reads ".ics" on an Urdu page, not "ics.".
    await expectReadsLeftToRight(asma, link, '.ics');
    const [download] = await Promise.all([asma.waitForEvent('download'), asma.click(link)]);
    expect(download.suggestedFilename()).toMatch(/^hunar-event-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n[ \t]/g, '');
    const again = await asma.context().request.get(`${app.url}/events/${circle.id}.ics`);
    expect(again.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/^BEGIN:VEVENT$/gm)?.length).toBe(1);
    expect(ics).toMatch(new RegExp(`^UID:event-${circle.id}@`, 'm'));
    // In her language (Urdu), as the page is.
    const summary = ics.match(/^SUMMARY(?:;[^:]*)?:(.*)$/m)?.[1];
    expect(summary).toBe(circle.title_ur);
    expect(ics).toMatch(/^DTSTART(;TZID=[A-Za-z_/+-]+:\d{8}T\d{6}|:\d{8}T\d{6}Z)$/m);
    const tzid = ics.match(/^DTSTART;TZID=([^:]+):/m)?.[1];
    if (tzid) expect(ics).toContain(`BEGIN:VTIMEZONE\r\nTZID:${tzid}\r\n`);
  });

  it('she asks a legal question in Urdu; the demo advisor answers it; she is told and reads the answer', async () => {
    const title = 'کلائنٹ نے لوگو استعمال کر لیا مگر ادائیگی نہیں کی';
    const body = 'کراچی کے ایک کلائنٹ نے واٹس ایپ پر 6,000 روپے میں لوگو کا کام طے کیا۔ میں نے فائلیں بھیج دیں اور وہ لوگو اب ان کی دکان کے بورڈ پر لگا ہے، مگر تین ہفتوں سے ادائیگی نہیں ہوئی۔ میرے پاس پوری گفتگو کے اسکرین شاٹ ہیں۔ میں کیا کر سکتی ہوں؟';
    await visit(asma, '/legal', 'legal help desk');
    await asma.selectOption('#category', 'unpaid_work');
    await asma.fill('#title', title);
    await asma.fill('#body', body);
    await go(asma, 'form[action="/legal/questions"] button[type=submit]', 'legal question, asked');
    const questionPath = path(asma);
    expect(questionPath).toMatch(/^\/legal\/questions\/[0-9a-f-]{36}$/);
    expect(await seen(asma)).toContain(strip(ur('legal.flash.asked')));
    expect(await seen(asma, 'main h1')).toBe(title);
    expect(await seen(asma)).toContain(strip(ur('legal.status.open')));

    // Farzana, the verified advisor, finds it in her queue (in English, her language) and answers.
    const answer =
      'واٹس ایپ کی گفتگو بھی معاہدہ ہے: اس میں قیمت اور کام دونوں طے ہیں۔ پہلے کلائنٹ کو ایک تحریری یاد دہانی بھیجیں جس میں رقم اور ادائیگی کی آخری تاریخ (مثلاً سات دن) لکھی ہو۔ جواب نہ آئے تو وکیل کے ذریعے قانونی نوٹس بھجوائیں؛ اکثر اسی سے ادائیگی ہو جاتی ہے۔ آئندہ آدھی رقم ایڈوانس لیں یا ہنر پر آرڈر کے ذریعے کام کریں تاکہ رقم ایسکرو میں رہے۔';
    const farzana = await newPhone('en', DEMO_ADVISOR.key);
    await visit(farzana, '/legal/advisor', 'advisor queue');
    await go(farzana, `main a[href="${questionPath}"]`, 'legal question, advisor');
    expect(await seen(farzana)).toContain(body);
    await farzana.fill('#body', answer);
    await go(farzana, `form[action="${questionPath}/messages"] button[type=submit]`, 'legal question, answered');
    expect(await seen(farzana)).toContain(en('legal.flash.answered'));
    await farzana.context().close();

    // Asma is told; the notification leads to her question with the answer under it.
    await followNotification(asma, strip(ur('notifications.legal_answered.text')), questionPath, 'legal question, the answer');
    const thread = await seen(asma, 'ol.legal-thread');
    expect(thread).toContain(strip(ur('legal.thread.advisor', { name: DEMO_ADVISOR.name })));
    expect(thread).toContain(strip(answer));
    expect(await seen(asma)).toContain(strip(ur('legal.status.answered')));
  });

  it('she books a desk at a co-working space, paid from her Hunar balance once she has added money, and sees the code and the balance moved', async () => {
    const me = await userOf(ME);
    const space = await app.deps.db.selectFrom('spaces').selectAll().where('slug', '=', SPACE).executeTakeFirstOrThrow();
    const fees = deskFees(money(BigInt(space.day_price_minor), space.currency), feePolicy(app.deps));
    const balance = async () => {
      const row = await app.deps.db
        .selectFrom('ledger_accounts')
        .select('balance')
        .where('kind', '=', 'client_wallet')
        .where('owner_id', '=', me.id)
        .where('currency', '=', space.currency)
        .executeTakeFirst();
      return BigInt(row?.balance ?? 0);
    };
    expect(await balance(), `${ME} starts with an empty Hunar balance`).toBe(0n);

    // The directory in Multan, and the space from it.
    await visit(asma, `/spaces?city=${space.city_slug}`, 'spaces in Multan');
    await go(asma, `main a[href="/spaces/${SPACE}"]`, 'space');
    expect(await seen(asma, 'main h1')).toBe(space.name);
    const day = await asma.inputValue('#day');
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await seen(asma, 'fieldset#payment')).toContain(strip(ur('spaces.book.pay_wallet', { total: formatMoney('ur', fees.bookerPays) })));
    expect(await asma.isChecked('input[name=payment][value=wallet]')).toBe(true);

    // From an empty balance: refused, with the message; nothing booked, nothing moved.
    await go(asma, `form[action="/spaces/${SPACE}/book"] button[type=submit]`, 'space, balance short', 409);
    expect(await seen(asma)).toContain(strip(ur('errors.ledger.insufficient_funds')));
    expect(await app.deps.db.selectFrom('space_bookings').select('id').where('booker_id', '=', me.id).execute()).toEqual([]);
    expect(await balance()).toBe(0n);

    // She adds Rs 2,000 through the checkout simulator and comes back to the space.
    const added = money(200_000n, 'PKR');
    // From the booking form's own link (the desk's price asked for, back to the space after).
    await go(asma, 'main form.space-book a[href^="/wallet/top-up"]', 'add money');
    expect(new URL(asma.url()).searchParams.get('return_to')).toBe(`/spaces/${SPACE}`);
    await asma.fill('input[name=amount]', '2000');
    await asma.check('input[name=method][value=simulator]');
    await go(asma, 'form[action="/wallet/top-ups"] button[type=submit]', 'checkout simulator');
    expect(path(asma)).toMatch(/^\/simulator\/checkout\//);
    // Back from the checkout: the return page checks again by itself (a meta refresh) until the money lands.
    await go(asma, 'form[action$="/succeed"] button');
    if (path(asma) !== `/spaces/${SPACE}`) await asma.waitForURL(`${app.url}/spaces/${SPACE}`, { timeout: 30_000 });
    await check(asma, 'space, money added');
    expect(await seen(asma)).toContain(strip(ur('payments.flash.topup_landed')));
    expect(await balance()).toBe(added.amount);

    // Her wallet page before the booking.
    await visit(asma, '/wallet', 'wallet before the booking');
    const walletLine = async () => seen(asma, `dl.summary dt:text-is("${ur('wallet.account.client_wallet')}") + dd`);
    expect(await walletLine()).toBe(rs('ur', added));

    // The booking, paid from the wallet.
    await visit(asma, `/spaces/${SPACE}`, 'space, booking again');
    await asma.selectOption('#day', day);
    await go(asma, `form[action="/spaces/${SPACE}/book"] button[type=submit]`, 'my desks, booked');
    expect(path(asma)).toBe('/spaces/bookings');
    expect(await seen(asma)).toContain(strip(ur('spaces.flash.booked')));
    const b = await app.deps.db
      .selectFrom('space_bookings')
      .select(['id', 'payment', 'status', 'checkin_code', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')])
      .where('booker_id', '=', me.id)
      .executeTakeFirstOrThrow();
    expect(b.day).toBe(day);
    expect(b.payment).toBe('wallet');
    expect(b.status).toBe('booked');
    const card = await seen(asma, `#booking-${b.id}`);
    expect(card).toContain(space.name);
    expect(card).toContain(strip(ur('spaces.payment.wallet', { total: formatMoney('ur', fees.bookerPays) })));
    expect(await seen(asma, `#booking-${b.id} .checkin-code strong`)).toBe(b.checkin_code);

    // The ledger moved: the wallet page shows the balance down by the price shown, and the movement named.
    expect(await balance()).toBe(added.amount - fees.bookerPays.amount);
    await visit(asma, '/wallet', 'wallet after the booking');
    expect(await walletLine()).toBe(rs('ur', money(added.amount - fees.bookerPays.amount, 'PKR')));
    const newest = await seen(asma, 'table.stack tbody tr:first-child');
    expect(newest).toContain(ur('wallet.movement.space_booking'));
    expect(newest).toContain(rs('ur', money(-fees.bookerPays.amount, 'PKR')));
    expect(await seen(asma, 'table.stack')).not.toMatch(/wallet\.movement\./);
  });

  it('a designer sees where her logo price stands on /rates, beside her association’s minimum, and again on her gig’s form', async () => {
    // Ayesha (Urdu, a logo designer in Multan, an officer of Multan Women Designers, whose minimum for
    // a logo the demo sets) compares her logo gig with what completed logo orders paid.
    const ayesha = await userOf('ayesha');
    const gig = await app.deps.db.selectFrom('gigs').select(['id', 'slug', 'title']).where('seller_id', '=', ayesha.id).where('slug', '=', 'ayesha-logo-design').executeTakeFirstOrThrow();
    const association = await app.deps.db.selectFrom('associations').select(['id', 'name_ur']).where('slug', '=', ASSOCIATION).executeTakeFirstOrThrow();
    const minimum = await app.deps.db
      .selectFrom('association_min_rates')
      .select('order_minor')
      .where('association_id', '=', association.id)
      .where('skill_slug', '=', 'logo-design')
      .executeTakeFirstOrThrow();
    const page = await newPhone('ur', 'ayesha');
    await visit(page, '/community', 'community hub');
    await go(page, 'main a[href="/rates"]', 'market rates');
    await page.selectOption('#skill', 'logo-design');
    await go(page, 'form.rates-form button[type=submit]', 'market rates: logo design');
    expect(new URL(page.url()).searchParams.get('skill')).toBe('logo-design');
    // The figures for all of Pakistan (at least ten orders: the demo has them), with their time range.
    const orders = await seen(page, 'section[aria-labelledby=orders]');
    expect(orders).toContain(strip(ur('rates.place.pakistan')));
    expect(orders).toMatch(/Rs\s?[\d,]+/);
    // Her own gig, and where it stands against the middle half of orders.
    const mine = await seen(page, 'section[aria-labelledby=mine]');
    expect(mine).toContain(strip(gig.title));
    expect(mine).toMatch(new RegExp(['below', 'lower_middle', 'upper_middle', 'above'].map((k) => strip(ur(`rates.standing.${k}`))).join('|')));
    // Her association's recommended minimum for a logo.
    const minimums = await seen(page, 'section[aria-labelledby=minimums]');
    expect(minimums).toContain(strip(association.name_ur!));
    expect(minimums).toContain(strip(ur('rates.minimums.order', { price: formatMoney('ur', money(BigInt(minimum.order_minor ?? 0), 'PKR')) })));

    // The same comparison where she sets the price: her gig's form.
    await visit(page, `/gigs/${gig.id}/edit`, 'gig form with the price note');
    const note = await seen(page, 'aside.price-note');
    expect(note).toContain(strip(ur('rates.note.title')));
    expect(note).toMatch(new RegExp(['below', 'lower_middle', 'upper_middle', 'above'].map((k) => strip(ur(`rates.standing.${k}`))).join('|')));
    expect(note).toContain(strip(association.name_ur!));
    await page.context().close();
  });
});

describe('the community in English, for a visitor', () => {
  it('reads associations, events, the forum, co-working spaces and the legal FAQ', async () => {
    const visitor = await newPhone('en', null);
    await visit(visitor, '/associations', 'associations (English)');
    const a = await app.deps.db.selectFrom('associations').select(['name_en']).where('slug', '=', 'lahore-developers').executeTakeFirstOrThrow();
    await go(visitor, 'main a[href="/associations/lahore-developers"]', 'association (English)');
    expect(await seen(visitor, 'main h1')).toBe(a.name_en);
    expect(await seen(visitor)).toContain(en('associations.login_to_join'));

    await visit(visitor, '/events', 'events (English)');
    expect(await visitor.locator('main a[href^="/events/"]').count()).toBeGreaterThan(0);

    await visit(visitor, '/forum', 'forum (English)');
    const thread = visitor.locator('main a[href^="/forum/t/"]').first();
    expect(await thread.count()).toBe(1);

    await visit(visitor, '/spaces', 'spaces (English)');
    const spaces = await app.deps.db.selectFrom('spaces').select(['slug', 'name']).where('status', '=', 'listed').execute();
    expect(spaces.length).toBeGreaterThanOrEqual(3);
    for (const s of spaces) expect(await visitor.locator(`main a[href="/spaces/${s.slug}"]`).count(), s.slug).toBeGreaterThan(0);
    await go(visitor, `main a[href="/spaces/${SPACE}"]`, 'space (English)');
    expect(await seen(visitor)).toContain(en('spaces.book.login'));

    await visit(visitor, '/legal/faq', 'legal FAQ (English)');
    expect(await visitor.locator('article.legal-faq').count()).toBeGreaterThan(0);
    await visit(visitor, '/legal', 'legal help desk (English)');
    expect(await seen(visitor)).toContain(en('legal.ask.login'));
  });
});
