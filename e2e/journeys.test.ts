// The five journeys of issue 16, as new users go through them on the demo site, in Chromium at
// 390 × 900 with JavaScript off, once in English and once in Urdu:
// 1. a new freelancer signs up, confirms the address, onboards (the role is not asked again) and
//    publishes a gig, whose address is made from its title;
// 2. a client in the UK (Europe/London) orders it, adds dollars through the checkout simulator (the
//    return page refreshes itself until the money lands, then goes back to the order) and pays the
//    rupee price by converting in one confirmed step;
// 3. the freelancer delivers, the client asks for a revision, the freelancer delivers again and the
//    client accepts;
// 4. the freelancer sees the earnings on hold and a withdrawal refused until they clear, then
//    withdraws to JazzCash; the admin lands on /admin and pays the batch;
// 5. the client posts a job, the freelancer's proposal is first refused (milestones not adding up to
//    the price) then sent; the client hires through the confirmation page, lands on the contract
//    and funds the first milestone; the freelancer's proposals link to the contract.
// Every page a journey passes is checked (check()): the status it should have, no sideways scroll, the
// page's direction, amounts and rates reading left to right, no message key shown in place of words,
// stacked table rows named like their columns, and (in Urdu) no untranslated English sentence.
// People the journeys are about sign up and onboard through the pages; the others (the client, the
// admin) are made by the services or come from the demo data. Every ledger invariant holds at the end.
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromUser, createAccount, setLanguage } from '../src/accounts/service.ts';
import type { Running } from '../src/boot.ts';
import { slugFor } from '../src/gigs/slug.ts';
import { checkWholeLedger, } from '../src/ledger/service.ts';
import { sweepOrders } from '../src/orders/service.ts';
import { TestClock } from '../src/platform/clock.ts';
import { catalog } from '../src/i18n/catalog.ts';
import { translator } from '../src/platform/i18n.ts';
import { money } from '../src/platform/money.ts';
import { DEMO_PASSWORD } from '../src/seed/seed.ts';
import { logIn, pathOf, signUp, uniqueEmail, verifyThroughOutbox } from './flows.ts';
import { credit } from '../test/support.ts';
import { englishOnUrduPage, expectDirections, expectNoSidewaysScroll, launch, phone, startApp } from './support.ts';

const DAY = 86_400_000;
const clock = new TestClock();
let app: Running;
let browser: Browser;
beforeAll(async () => {
  // The demo data, so that shared pages (admin payouts, dashboards) hold realistic rows; the
  // default hold of 7 days, passed by moving the app's clock forward.
  [app, browser] = await Promise.all([startApp({ SEED_ON_START: 'true' }, { clock }), launch()]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

type Locale = 'en' | 'ur';
const strip = (s: string) => s.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ');
/** What the person sees on the page: its visible text, isolate marks and runs of spaces removed. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (folded and hidden parts left out).
const seen = async (page: Page) => strip(await page.innerText('body'));

const KEYS = Object.keys(catalog.en);

/**
 * What a phone shows of the page's words beyond its text: a stacked table's column names (its cells'
 * data-label, drawn by CSS). Each must be a translated message, not a key, and name its column as
 * the table's header does.
 */
async function wordsOnPage(page: Page): Promise<{ text: string; labels: string[]; mismatched: string[] }> {
  return page.evaluate(() => {
    const labels: string[] = [];
    const mismatched: string[] = [];
    for (const table of Array.from(document.querySelectorAll('table'))) {
      const headers = Array.from(table.querySelectorAll('thead th')).map((th) => (th.textContent ?? '').trim());
      for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
        Array.from(row.children).forEach((cell, i) => {
          const label = cell.getAttribute('data-label');
          if (label === null) return;
          labels.push(label);
          if (headers.length && headers[i] !== label) mismatched.push(`"${label}" under "${headers[i]}"`);
        });
      }
    }
    return { text: document.body.textContent ?? '', labels, mismatched: [...new Set(mismatched)] };
  });
}

/** The checks every page a journey passes must pass. */
async function check(page: Page, label: string, res?: Response | null, status = 200): Promise<void> {
  if (res) expect(res.status(), `${label}: ${page.url()}`).toBe(status);
  await expectNoSidewaysScroll(page, label);
  await expectDirections(page, label);
  const words = await wordsOnPage(page);
  const shown = [words.text, ...words.labels].join('\n');
  // A key of the catalog, or one missing from it ("payouts.admin.col.freelancer"), shown as it is.
  const keys = [...KEYS.filter((k) => shown.includes(k)), ...[...shown.matchAll(/(?<![\w@/.:-])[a-z][a-z_]*(?:\.[a-z0-9_]+){2,}(?![\w@/.-])/g)].map((m) => m[0])];
  expect(keys, `${label} (${page.url()}): message keys shown instead of words`).toEqual([]);
  expect(words.mismatched, `${label} (${page.url()}): stacked rows named unlike their columns`).toEqual([]);
  if ((await page.getAttribute('html', 'lang')) === 'ur') expect(await englishOnUrduPage(page), `${label} (${page.url()}): English on an Urdu page`).toEqual([]);
}

/** Opens a page by its address, as a person following a link they were given. */
async function visit(page: Page, path: string, label: string): Promise<void> {
  const res = await page.goto(`${app.url}${path}`);
  await check(page, label, res);
}

/** Clicks a link or a button that loads a new page (a form post lands after its redirect). */
async function go(page: Page, selector: string, label: string, status = 200): Promise<void> {
  const [res] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  await check(page, label, res, status);
}

/** Submits a form by its own button. */
const submit = (page: Page, form: string, label: string, status = 200) => go(page, `${form} button[type=submit]`, label, status);

/** A phone 390 × 900 in the journey's language, JavaScript off. */
async function newPhone(locale: Locale): Promise<Page> {
  const page = await (await phone(browser, locale, { width: 390, height: 900 })).newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

const demo = (key: string) => `${key}@demo.hunar.pk`;
const PASSWORD = 'safar jaari hai 2026';

/** Someone who only needs to exist: an account made by the service, logged in on a phone. */
async function person(name: string, locale: Locale, roles: { freelancer?: boolean; client?: boolean }) {
  const email = uniqueEmail('journey');
  const user = await createAccount(app.deps.db, app.deps, { email, password: PASSWORD, displayName: name, isFreelancer: !!roles.freelancer, isClient: !!roles.client, locale, verified: true, onboarded: true });
  const page = await newPhone(locale);
  await logIn(page, app.url, email, PASSWORD);
  return { user, page };
}

/** Rupees into a client's wallet, as a settled payment would bring them (the ledger's own posting). */
async function fundRupees(ownerId: string, rupees: bigint) {
  await credit(app.deps, { kind: 'client_wallet', ownerId, currency: 'PKR' }, money(rupees * 100n, 'PKR'));
}

const PEOPLE = {
  en: { freelancer: 'Sana Javed', client: 'Oliver Hughes', gig: 'I will translate your documents from English to Urdu', job: 'Translate our charity newsletter into Urdu' },
  ur: { freelancer: 'ثنا جاوید', client: 'عمران بٹ', gig: 'انگریزی سے اردو ترجمہ اور ٹائپنگ', job: 'ہمارے خیراتی ادارے کے خبرنامے کا اردو ترجمہ' },
} as const;

describe.each(['en', 'ur'] as const)('the five journeys at 390 px (%s)', (locale) => {
  const t = (key: string, params?: Record<string, string | number>) => strip(translator(locale)(key, params));
  const who = PEOPLE[locale];
  let freelancer: Page;
  let client: Page;
  let clientId = '';
  let gigPath = '';
  let orderPath = '';
  const freelancerEmail = uniqueEmail('new-freelancer');

  it('1. a new freelancer signs up, onboards without being asked the role again, and publishes a gig', async () => {
    freelancer = await newPhone(locale);
    const f = freelancer;
    await visit(f, '/signup', 'sign-up');
    await signUp(f, app.url, { name: who.freelancer, email: freelancerEmail, password: PASSWORD, role: 'freelancer' });
    await check(f, 'check your inbox');
    expect(await f.textContent('h1')).toBe(t('accounts.check_email.title'));
    await verifyThroughOutbox(f, app.url, freelancerEmail);
    await check(f, 'onboarding after confirming');

    // Freelancer steps: language, category, city, languages, payout, privacy, done. No role step.
    expect(pathOf(f)).toBe('/onboarding/language');
    expect(await f.textContent('.wizard-progress p')).toContain(t('onboarding.progress', { index: 1, total: 7 }));
    expect(await f.isChecked(`input[name=locale][value=${locale}]`)).toBe(true);
    const next = (label: string) => go(f, 'main button[name=action][value=continue]', label);
    await next('onboarding: category');
    expect(pathOf(f)).toBe('/onboarding/category');
    await f.check('input[name=main_category][value=translation]');
    await next('onboarding: city');
    await f.selectOption('#city_slug', 'lahore');
    await next('onboarding: languages');
    await f.check('input[name=languages][value=ur]');
    await f.check('input[name=languages][value=en]');
    await next('onboarding: payout');
    await f.check('input[name=payout_method][value=jazzcash]');
    await next('onboarding: privacy');
    await next('onboarding: done');
    expect(pathOf(f)).toBe('/onboarding/done');
    await go(f, 'main button[type=submit]', 'dashboard after onboarding');
    expect(pathOf(f)).toBe('/dashboard');
    const dashboard = await seen(f);
    expect(dashboard).toContain(t('onboarding.finished'));
    expect(dashboard).toContain(t('dashboard.role.freelancer'));

    // A gig in rupees, delivered in 4 days, with one revision.
    await visit(f, '/gigs/new', 'new gig');
    await f.fill('main [name=title]', who.gig);
    await f.fill('main [name=description]', locale === 'ur' ? 'دفتری کاغذات، ویب سائٹ اور خطوط کا صاف اور درست اردو ترجمہ۔' : 'Letters, websites and office papers, in clear and natural Urdu.');
    await f.selectOption('[name=category_slug]', 'translation');
    await f.click('details:has(input[value=translation]) > summary');
    await f.check('input[name=skills][value=translation]');
    await f.fill('[name="packages.0.name"]', locale === 'ur' ? 'بنیادی' : 'Basic');
    await f.fill('[name="packages.0.price"]', locale === 'ur' ? '۵,۰۰۰' : '5,000');
    await f.fill('[name="packages.0.delivery_days"]', '4');
    await go(f, 'button[name=intent][value=publish]', 'published gig');
    // The address is readable, made from the title (Urdu transliterated).
    gigPath = pathOf(f);
    expect(gigPath).toBe(`/g/${slugFor(who.gig)}`);
    const gig = await seen(f);
    expect(gig).toContain(t('gigs.flash.published'));
    expect(gig).toContain(who.gig);
    expect(gig).toContain('5,000');
  });

  it('2. a client in the UK orders it, adds dollars through the checkout, and converts and pays in one step', async () => {
    const buyer = await person(who.client, locale, { client: true });
    client = buyer.page;
    clientId = buyer.user.id;
    const c = client;
    // The client lives in London: the time zone is set in the settings.
    await visit(c, '/settings', 'settings');
    await c.selectOption('#time_zone', 'Europe/London');
    await submit(c, 'form[action="/settings/time-zone"]', 'settings after the time zone');
    expect(await seen(c)).toContain(t('accounts.time_zone.saved'));

    await visit(c, gigPath, 'gig page for the client');
    await go(c, 'main a[href^="/orders/new"]', 'order form');
    await submit(c, 'form[action="/orders"]', 'new order');
    orderPath = pathOf(c);
    expect(orderPath).toMatch(/^\/orders\/[0-9a-f-]{36}$/);
    let order = await seen(c);
    expect(order).toContain(t('orders.flash.placed'));
    expect(order).toContain(t('orders.state.awaiting_payment'));

    // Short of rupees: the top-up form opens with the shortfall in rupees; the client pays in dollars.
    await go(c, 'main a[href^="/wallet/top-up"]', 'top-up form from the order');
    expect(await c.inputValue('input[name=amount]')).not.toBe('');
    await go(c, '.currency-tabs a[href*="currency=USD"]', 'top-up form in dollars');
    // Switching the currency clears the amount.
    expect(await c.inputValue('input[name=amount]')).toBe('');
    // A slip of the finger ($3,000 for a Rs 5,000 order) is asked about first.
    await c.fill('input[name=amount]', '3000');
    await c.check('input[name=method][value=simulator]');
    await submit(c, 'form[action="/wallet/top-ups"]', 'top-up: is this amount right?');
    expect(await seen(c)).toContain(t('payments.large.title'));
    await go(c, 'main a[href*="currency=USD"]', 'top-up form again');
    expect(await c.inputValue('input[name=amount]')).toBe('');
    await c.fill('input[name=amount]', '25');
    await c.check('input[name=method][value=simulator]');
    await submit(c, 'form[action="/wallet/top-ups"]', 'checkout simulator');
    expect(pathOf(c)).toMatch(/^\/simulator\/checkout\//);
    expect(await seen(c)).toContain('$25.00');
    // Back from the checkout: the return page checks again by itself until the money lands, then
    // goes on to the order (a meta refresh, no JavaScript).
    await go(c, 'form[action$="/succeed"] button', 'back from the checkout');
    if (pathOf(c) !== orderPath) {
      expect(await seen(c)).toContain(t('payments.topup.checking', { seconds: 3 }));
      await c.waitForURL(`${app.url}${orderPath}`, { timeout: 30_000 });
      await check(c, 'order after the top-up');
    }
    order = await seen(c);
    expect(order).toContain(t('payments.flash.topup_landed'));
    // Dollars, and an order in rupees: one confirmed step converts and pays, at the shown rate.
    expect(order).toContain(t('orders.convert_pay.title'));
    const button = strip((await c.textContent('form[action$="/pay"]:has(input[name=convert_from]) button')) ?? '');
    expect(button).toMatch(locale === 'ur' ? /^\$[\d.]+ کو 1 USD = [\d.]+ PKR پر Rs [\d,.]+ میں تبدیل کریں اور ادائیگی کریں$/ : /^Convert \$[\d.]+ to Rs [\d,.]+ at 1 USD = [\d.]+ PKR and pay$/);
    await submit(c, 'form[action$="/pay"]:has(input[name=convert_from])', 'order paid by converting');
    order = await seen(c);
    expect(order).toContain(t('orders.flash.converted_paid'));
    expect(order).toContain(t('orders.state.in_progress'));
    // A 4-day package has 4 days left right after ordering, shown in the client's own time zone.
    expect(order).toContain(t('orders.left.days', { n: 4 }));
    const due = strip((await c.textContent('main ul.invites li')) ?? '');
    expect(due).toMatch(locale === 'ur' ? /GMT|BST|سلطنت متحدہ/ : /GMT|BST/);
    expect(due).not.toContain('PKT');
  });

  it('3. the freelancer delivers, the client asks for a revision, the freelancer delivers again, the client accepts', async () => {
    const f = freelancer;
    const c = client;
    // The freelancer's dashboard leads with the order to deliver.
    await visit(f, '/dashboard', 'freelancer dashboard with an order');
    expect(await seen(f)).toContain(t('dashboard.actions.title'));
    await go(f, `main a[href="${orderPath}"]`, 'order for the freelancer');
    await f.fill('form[action$="/deliver"] textarea[name=message]', 'https://example.pk/tarjuma-v1.docx');
    await submit(f, 'form[action$="/deliver"]', 'delivered');
    let page = await seen(f);
    expect(page).toContain(t('orders.flash.delivered'));
    expect(page).not.toMatch(/has been told|بتا دیا گیا/);
    expect(page).toContain(t('orders.state.delivered'));

    await visit(c, orderPath, 'delivery for the client');
    await c.fill('form[action$="/revision"] textarea[name=message]', locale === 'ur' ? 'دوسرے صفحے پر نام درست کر دیں۔' : 'Please spell the name on page 2 as in the original.');
    await submit(c, 'form[action$="/revision"]', 'revision asked');
    page = await seen(c);
    expect(page).toContain(t('orders.flash.revision_requested'));
    expect(page).toContain(t('orders.state.revision_requested'));

    await visit(f, orderPath, 'revision for the freelancer');
    await f.fill('form[action$="/deliver"] textarea[name=message]', 'https://example.pk/tarjuma-v2.docx');
    await submit(f, 'form[action$="/deliver"]', 'delivered again');
    expect(await seen(f)).toContain(t('orders.flash.delivered'));

    await visit(c, orderPath, 'second delivery for the client');
    await submit(c, 'form[action$="/accept"]', 'accepted');
    page = await seen(c);
    expect(page).toContain(t('orders.flash.accepted'));
    expect(page).toContain(t('orders.state.completed'));
  });

  it('4. the freelancer withdraws to JazzCash once the hold clears, and the admin pays the batch', async () => {
    const f = freelancer;
    // Rs 5,000 less the 5% fee, on hold for 7 days: the payouts page says so, with the date.
    await visit(f, '/payouts', 'payouts with earnings on hold');
    const onHold = locale === 'ur' ? /Rs 4,750\.00 کی کمائی \d+ \S+، \d{4} تک روکی ہوئی ہے/ : /Rs 4,750\.00 is on hold until \d+ [A-Z][a-z]+ \d{4}/;
    let page = await seen(f);
    expect(page).toContain(t('payouts.holds.title'));
    expect(page).toMatch(onHold);
    await visit(f, '/payouts/methods/new?channel=jazzcash', 'new JazzCash account');
    await f.fill('input[name=account_title]', who.freelancer);
    await f.fill('input[name=mobile]', '0300-7654321');
    await submit(f, 'form[action="/payouts/methods"]', 'JazzCash added');
    expect(await seen(f)).toContain(t('payouts.flash.method_added'));
    await visit(f, '/payouts', 'payouts with a method');
    await f.fill('form[action="/payouts/withdraw/review"] input[name=amount]', '4750');
    await submit(f, 'form[action="/payouts/withdraw/review"]', 'withdrawal refused while on hold', 409);
    // Refused, saying what is available now, what is on hold and until when.
    expect(await seen(f)).toMatch(
      locale === 'ur' ? /ابھی آپ کے پاس نکلوانے کے لیے Rs 0\.00 دستیاب ہیں۔ Rs 4,750\.00 کی کمائی .+ تک روکی ہوئی ہے/ : /You have Rs 0\.00 available to withdraw now\. Rs 4,750\.00 is on hold until \d+ [A-Z][a-z]+ \d{4}/,
    );

    // A week passes; the hold clears at the next sweep.
    clock.advance(8 * DAY);
    await sweepOrders(app.deps);
    await visit(f, '/payouts', 'payouts after the hold');
    expect(await seen(f)).toContain(t('payouts.holds.none'));
    await f.fill('form[action="/payouts/withdraw/review"] input[name=amount]', '4750');
    await submit(f, 'form[action="/payouts/withdraw/review"]', 'withdrawal review');
    await submit(f, 'form[action="/payouts/withdraw"]', 'withdrawal requested');
    page = await seen(f);
    expect(page).toContain(t('payouts.flash.requested'));
    expect(page).toContain('•••• 4321');

    // The admin logs in, lands on /admin with the header link, batches JazzCash and pays it.
    const admin = await newPhone(locale);
    const adminUser = await app.deps.db.selectFrom('users').selectAll().where('email', '=', demo('admin')).executeTakeFirstOrThrow();
    await setLanguage(app.deps, actorFromUser(adminUser, null), { locale });
    await visit(admin, '/login', 'admin log-in');
    await admin.fill('#email', demo('admin'));
    await admin.fill('#password', DEMO_PASSWORD);
    await go(admin, 'main button[type=submit]', 'admin home');
    expect(pathOf(admin)).toBe('/admin');
    expect(strip((await admin.textContent('header a[href="/admin"]')) ?? '')).toBe(t('nav.admin'));
    await go(admin, 'main a[href="/admin/payouts"]', 'admin payouts');
    await submit(admin, 'form[action="/admin/payouts/batches"]:has(input[value=jazzcash])', 'admin batch');
    expect(await seen(admin)).toContain(t('payouts.flash.batch_created'));
    const me = await app.deps.db.selectFrom('users').select('id').where('email', '=', freelancerEmail).executeTakeFirstOrThrow();
    const w = await app.deps.db.selectFrom('withdrawals').select('id').where('user_id', '=', me.id).executeTakeFirstOrThrow();
    const paid = `form[action="/admin/payouts/withdrawals/${w.id}/paid"]`;
    await admin.fill(`${paid} input[name=reference]`, `JC-${Date.now()}`);
    await submit(admin, paid, 'admin batch after paying');
    expect(await seen(admin)).toContain(t('payouts.flash.paid'));
    await visit(f, '/payouts', 'payouts after the batch is paid');
    expect(await seen(f)).toContain(t('payouts.status.paid'));
    await admin.context().close();
  });

  it('5. a client posts a job, hires from a proposal whose milestones add up, and funds the first one', async () => {
    const c = client;
    const f = freelancer;
    await visit(c, '/jobs/new', 'new job');
    await c.fill('main [name=title]', who.job);
    await c.fill('main [name=description]', locale === 'ur' ? 'بارہ صفحات کا خبرنامہ، انگریزی سے سادہ اردو میں۔' : 'A twelve-page newsletter, from English into plain Urdu.');
    await c.selectOption('[name=category_slug]', 'translation');
    await c.check('input[name=kind][value=fixed]');
    await c.fill('[name=budget]', '30,000');
    await c.check('input[name=visibility][value=public]');
    await go(c, 'main form[action="/jobs"] button[type=submit]', 'job posted');
    const jobPath = pathOf(c);
    expect(jobPath).toMatch(/^\/jobs\/[0-9a-f-]{36}$/);
    expect(await seen(c)).toContain(t('jobs.flash.posted'));

    // The freelancer's plan of 15,000 + 10,000 for a price of 30,000 is refused, in their language.
    await visit(f, jobPath, 'job for the freelancer');
    const form = 'main form:has([name=cover_letter])';
    await f.fill('[name=cover_letter]', locale === 'ur' ? 'میں نے کئی خبرناموں کا ترجمہ کیا ہے۔' : 'I have translated several newsletters for charities.');
    await f.fill('[name=amount]', '30,000');
    await f.fill('[name=delivery_days]', '10');
    await f.fill('[name="milestones.0.title"]', locale === 'ur' ? 'پہلے چھ صفحات' : 'Pages 1 to 6');
    await f.fill('[name="milestones.0.amount"]', '15,000');
    await f.fill('[name="milestones.1.title"]', locale === 'ur' ? 'باقی چھ صفحات' : 'Pages 7 to 12');
    await f.fill('[name="milestones.1.amount"]', '10,000');
    await go(f, `${form} button[type=submit]:not([name=preview])`, 'proposal refused', 400);
    expect(strip((await f.textContent('#milestones-error')) ?? '')).toBe(t('field.proposal_plan_sum', { sum: 'Rs 25,000', price: 'Rs 30,000' }));
    await f.fill('[name="milestones.1.amount"]', '15,000');
    await go(f, `${form} button[type=submit]:not([name=preview])`, 'proposal sent');
    expect(await seen(f)).toContain(t('proposals.flash.submitted'));

    // The client hires through the confirmation page and lands on the contract.
    await visit(c, jobPath, 'job with a proposal');
    await submit(c, 'main form[action$="/shortlist"]', 'proposal shortlisted');
    expect(await seen(c)).toContain(t('proposals.flash.shortlisted'));
    await go(c, 'main a[href$="/hire"]', 'hire confirmation');
    let page = await seen(c);
    expect(page).toContain(t('hire.total'));
    expect(page).toContain(t('hire.first_fixed'));
    expect(page).toContain('30,000');
    await submit(c, 'main form[action$="/hire"]', 'contract after hiring');
    const contractPath = pathOf(c);
    expect(contractPath).toMatch(/^\/contracts\/[0-9a-f-]{36}$/);
    page = await seen(c);
    for (const k of ['contracts.money.total', 'contracts.money.funded', 'contracts.money.released', 'contracts.money.to_fund']) expect(page).toContain(t(k));
    const totals = async () => strip((await c.textContent('.contract-money dl')) ?? '');
    expect(await totals()).toMatch(/Rs 30,000.*Rs 0.*Rs 0.*Rs 30,000/);

    // The client funds the first milestone from rupees in their wallet.
    await fundRupees(clientId, 40_000n);
    await go(c, '.contract-money a[href^="/orders/"]', 'first milestone to fund');
    await submit(c, 'form[action$="/pay"]:not(:has(input[name=convert_from]))', 'first milestone funded');
    expect(await seen(c)).toContain(t('orders.flash.paid'));
    await visit(c, contractPath, 'contract with a funded milestone');
    expect(await totals()).toMatch(/Rs 30,000.*Rs 15,000.*Rs 0.*Rs 15,000/);

    // The freelancer's proposals link the hired one to its contract.
    await visit(f, '/proposals', 'my proposals');
    await go(f, `main a[href="${contractPath}"]`, 'contract for the freelancer');
    expect(await seen(f)).toContain(who.job);
  });
});

describe('after both journeys', () => {
  it('every ledger invariant holds', async () => {
    const { results } = await checkWholeLedger(app.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});
