// The tax assistant against the real app: GET /api/v1/tax/estimate (public; the reference's worked
// examples; translated reasons; every bad parameter a translated 400), and /tax for a visitor (the
// calculator without JavaScript, in English and Urdu) and for a freelancer whose year comes from
// real orders in the ledger and whose tax profile says PSEB-registered filer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { completedOrder, fundWallet, gigOf, PASSWORD, type Person, person } from '../../test/world.ts';
import { formatMoney, type Money, money } from '../platform/money.ts';
import { assess } from './domain.ts';
import { yearIncome } from './figures.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const rs = (rupees: number) => money(BigInt(rupees) * 100n, 'PKR');
// What a reader sees: spaces as spaces, no invisible bidi isolates (as visibleText).
const plain = (s: string) => s.replace(/\s/g, ' ').replace(/[\u2066-\u2069]/g, '');
const shown = (m: Money, locale: 'en' | 'ur' = 'en') => plain(formatMoney(locale, m));
const text = async (client: TestClient, path: string) => {
  const res = await client.get(path);
  const html = await res.text();
  return { res, html, text: plain(visibleText(html)) };
};
const visitor = (locale: 'en' | 'ur' = 'en') => new TestClient(env.app, { 'accept-language': locale });

const Q = (over: Record<string, string> = {}) => new URLSearchParams({ tax_year: '2026', income: '3372000', source: 'export_it', pseb: 'true', filer: 'true', ...over }).toString();

type Estimate = {
  tax_year: number;
  income: { amount: string; currency: string };
  regimes: { final_154a: { tax: { amount: string; currency: string }; rate_bp: number; applies: boolean; why: string[] }; normal: { tax: { amount: string; currency: string }; why: string[] } };
  recommended: string;
  sources: { title: string; url: string; date: string; confidence: string }[];
};

describe('GET /api/v1/tax/estimate', () => {
  it('answers the reference’s first worked example without sign-in: Rs 8,430 under the final tax, Rs 718,800 under the slabs', async () => {
    const res = await visitor().get(`/api/v1/tax/estimate?${Q()}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Estimate;
    expect(Object.keys(body).sort()).toEqual(['income', 'recommended', 'regimes', 'sources', 'tax_year']);
    expect(body.tax_year).toBe(2026);
    expect(body.income).toEqual({ amount: '337200000', currency: 'PKR' });
    expect(body.regimes.final_154a).toMatchObject({ tax: { amount: '843000', currency: 'PKR' }, rate_bp: 25, applies: true });
    expect(body.regimes.normal.tax).toEqual({ amount: '71880000', currency: 'PKR' });
    expect(Object.keys(body.regimes.normal).sort()).toEqual(['tax', 'why']);
    expect(body.recommended).toBe('final_154a');
    expect(body.regimes.final_154a.why).toContain('You are registered with PSEB, so the final tax is 0.25% of your export proceeds, deducted by the bank when the money arrives.');
    expect(body.regimes.final_154a.why).toContain('No source we have confirms these rates as enacted for tax year 2026; they appear to still apply.');
    expect(body.regimes.normal.why[0]).toBe('All your income is taxed under the slabs for non-salaried people (business and freelance income). Your top slab is 40%.');
    // Every source has its title, address, date and confidence; the 154A rate for TY2026 is unconfirmed.
    expect(body.sources.find((s) => s.url.includes('pehel.com'))).toEqual({
      title: '“P@SHA wants 0.25% tax regime retained…”',
      url: 'https://pehel.com/en/article/psha-wants-025-tax-regime-retained-for-it-exporters-genuine-freelancers-m1jw7s',
      date: '2026',
      confidence: 'unconfirmed',
    });
    expect(body.sources.find((s) => s.url.includes('ihtishamlaw'))?.confidence).toBe('reported');
  });

  it('answers the second and third examples, registered or not', async () => {
    const two = (await (await visitor().get(`/api/v1/tax/estimate?${Q({ income: '1686000', pseb: 'false' })}`)).json()) as Estimate;
    expect(two.regimes.final_154a).toMatchObject({ tax: { amount: '1686000' }, rate_bp: 100, applies: true });
    expect(two.regimes.normal.tax.amount).toBe('19580000');
    expect(two.regimes.final_154a.why).toContain(
      'Without PSEB registration, the final tax also needs the sales-tax returns the law requires of you filed. PSEB registration removes this condition (our reading of the law; unconfirmed).',
    );
    const three = (await (await visitor().get(`/api/v1/tax/estimate?${Q({ income: '6744000' })}`)).json()) as Estimate;
    expect(three.regimes.final_154a.tax.amount).toBe('1686000');
    expect(three.regimes.normal.tax.amount).toBe('212480000');
  });

  it('keeps a non-filer under the slabs, and local income out of the final tax', async () => {
    const nonFiler = (await (await visitor().get(`/api/v1/tax/estimate?${Q({ filer: 'false' })}`)).json()) as Estimate;
    expect(nonFiler.regimes.final_154a.applies).toBe(false);
    expect(nonFiler.recommended).toBe('normal');
    const local = (await (await visitor().get(`/api/v1/tax/estimate?${Q({ source: 'local', tax_year: '2025' })}`)).json()) as Estimate;
    expect(local).toMatchObject({ tax_year: 2025, recommended: 'normal', regimes: { final_154a: { applies: false, tax: { amount: '71880000' } } } });
    expect(local.regimes.final_154a.why).toEqual(['Section 154A covers only proceeds of IT and IT-enabled services exported to clients abroad; this income is from clients in Pakistan.']);
  });

  it('gives the reasons in Urdu to an Urdu caller', async () => {
    const body = (await (await visitor('ur').get(`/api/v1/tax/estimate?${Q()}`)).json()) as Estimate;
    // The rate is isolated left to right, or after Urdu letters "0.25%" would read "%0.25".
    expect(body.regimes.final_154a.why[0]).toBe('آپ پی ایس ای بی میں رجسٹرڈ ہیں، اس لیے فائنل ٹیکس آپ کی ایکسپورٹ کی آمدنی کا \u20660.25%\u2069 ہے، جو رقم آنے پر بینک کاٹ لیتا ہے۔');
    expect(body.regimes.normal.tax.amount).toBe('71880000');
  });

  const bad: [string, string, Record<string, string>][] = [
    ['every parameter missing', '', { tax_year: 'This field is required.', income: 'This field is required.', source: 'Please choose one of the options.', pseb: 'Please choose one of the options.', filer: 'Please choose one of the options.' }],
    ['a tax year the rules do not cover', Q({ tax_year: '2024' }), { tax_year: 'We have the rules of tax years 2025, 2026 only.' }],
    ['a tax year that is not a year', Q({ tax_year: 'next' }), { tax_year: 'We have the rules of tax years 2025, 2026 only.' }],
    ['a negative income', Q({ income: '-5' }), { income: 'The amount cannot be negative.' }],
    ['a non-numeric income', Q({ income: 'lots' }), { income: 'Please enter an amount in figures, like 1,500 or 1500.50.' }],
    ['an income in scientific notation', Q({ income: '1e9' }), { income: 'Please enter an amount in figures, like 1,500 or 1500.50.' }],
    ['fractions of a paisa', Q({ income: '100.005' }), { income: 'Please use at most 2 digits after the decimal point.' }],
    ['an absurd income', Q({ income: '10000000001' }), { income: 'The income can be at most Rs 10,000,000,000 a year.' }],
    ['10 KB of digits', Q({ income: '9'.repeat(10_240) }), { income: 'Please enter an amount in figures, like 1,500 or 1500.50.' }],
    ['an unknown source', Q({ source: 'abroad' }), { source: 'Please choose one of the options.' }],
    ['a yes that is not true or false', Q({ pseb: 'yes', filer: '1' }), { pseb: 'Please choose one of the options.', filer: 'Please choose one of the options.' }],
  ];
  it.each(bad)('refuses %s with a translated 400 problem naming each parameter', async (_, query, errors) => {
    const res = await visitor().get(`/api/v1/tax/estimate?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { code: string; title: string; errors: Record<string, string> };
    expect(body.code).toBe('validation.failed');
    expect(body.title).toBe('Some fields need your attention.');
    for (const [field, message] of Object.entries(errors)) expect(plain(body.errors[field] ?? ''), field).toBe(message);
  });

  it('refuses in Urdu for an Urdu caller', async () => {
    const res = await visitor('ur').get(`/api/v1/tax/estimate?${Q({ tax_year: '2030', income: '-1' })}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { title: string; errors: Record<string, string> };
    expect(body.title).toBe('کچھ خانوں پر توجہ درکار ہے۔');
    expect(body.errors.tax_year).toBe('ہمارے پاس صرف ٹیکس سال 2025, 2026 کے قواعد ہیں۔');
    expect(body.errors.income).toBe('رقم منفی نہیں ہو سکتی۔');
  });

  it('is in the OpenAPI document under the tax tag, public, with its five parameters', async () => {
    const doc = (await (await visitor().get('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { tags: string[]; security: unknown[]; parameters: { name: string; required: boolean }[] }>>; tags: { name: string }[] };
    const op = doc.paths['/api/v1/tax/estimate']!.get!;
    expect(op.tags).toEqual(['tax']);
    expect(op.security).toEqual([]);
    expect(op.parameters.map((p) => [p.name, p.required])).toEqual([
      ['tax_year', true],
      ['income', true],
      ['source', true],
      ['pseb', true],
      ['filer', true],
    ]);
    expect(doc.tags.map((t) => t.name)).toContain('tax');
  });
});

describe('/tax for a visitor', () => {
  it('has the calculator, the deadline, the explanation and the sources, and says it is not advice', async () => {
    env.clock.set(new Date('2026-03-01T06:00:00Z'));
    const { res, html, text: t } = await text(visitor(), '/tax');
    expect(res.status).toBe(200);
    expect(t).toContain('This is an estimate to help you understand your tax, not tax advice.');
    expect(t).toContain('What if? Work out the tax on an income');
    expect(html).toMatch(/<form method="get" action="\/tax#what-if"/);
    // The latest tax year the rules cover is chosen, and no one's own figures are shown.
    expect(html).toMatch(/<option value="2026" selected/);
    expect(t).not.toContain('Your income this tax year');
    expect(html).not.toContain('class="tax-nav"');
    expect(t).toContain('The income tax return for tax year 2026 is due on 30 September 2026: 213 days from today.');
    expect(t).toContain('The FBR often extends this date');
    expect(t).toContain('Filed late, you can still join the Active Taxpayers List by paying a surcharge of Rs 1,000.');
    expect(t).toContain('Not on the list, a bank deducts 1% when the cash you withdraw in a day comes to more than Rs 50,000');
    expect(t).toContain('The normal slabs for non-salaried people, tax year 2026');
    expect(t).toContain('Rs 3,200,000 Rs 650,000 plus 40% of the amount above Rs 3,200,000');
    // Sources with dates and confidence; the unconfirmed cash-withdrawal rate says so.
    expect(t).toMatch(/Source: Dunya News, “Govt increases withholding tax on cash withdrawals by non-filers” , 10 June 2025 Unconfirmed/);
    expect(t).toContain('Sources');
    expect(html).toContain('href="https://tax.net.pk/2023/03/06/how-to-create-atl-surcharge-payment-challan"');
  });

  it('works out an income without JavaScript: the form re-renders with both regimes and the recommendation', async () => {
    const { res, html, text: t } = await text(visitor(), `/tax?${Q()}`);
    expect(res.status).toBe(200);
    expect(t).toContain(`On ${shown(rs(3_372_000))} in tax year 2026`);
    expect(t).toMatch(/Final tax \(section 154A\) Recommended Open to you Rs 8,430 a year About 0.25% of the income\./);
    expect(t).toMatch(/Normal slabs Open to you Rs 718,800 a year About 21.3% of the income\./);
    expect(t).toContain('The final tax under section 154A: it costs you Rs 710,370 a year less than the normal slabs.');
    expect(t).toContain('Source: “P@SHA wants 0.25% tax regime retained…” , 2026 Unconfirmed');
    // The form keeps what was asked.
    expect(html).toContain('value="3372000"');
    expect(html).toMatch(/<input type="radio" name="pseb" value="true" checked/);
  });

  it('re-renders the form with a field message and a 400 on bad input, and shows no result', async () => {
    for (const [query, message] of [
      ['income=lots', 'Please enter an amount in figures'],
      ['income=-5', 'The amount cannot be negative.'],
      ['income=99999999999', 'The income can be at most Rs 10,000,000,000 a year.'],
      [`income=${'9'.repeat(5_000)}`, 'Please enter an amount in figures'],
      ['income=1000&tax_year=2019', 'We have the rules of tax years 2025, 2026 only.'],
      ['income=1000&source=mars', 'Please choose one of the options.'],
    ] as const) {
      const { res, html, text: t } = await text(visitor(), `/tax?${query}`);
      expect(res.status, query).toBe(400);
      expect(t, query).toContain(message);
      expect(t, query).toContain('Some fields need your attention.');
      expect(html, query).toMatch(query.includes('source') ? /<p class="error" id="source-error">/ : /aria-invalid="true"/);
      expect(t, query).not.toMatch(/On Rs [\d,]+ in tax year/);
      expect(html.length, query).toBeLessThan(60_000);
    }
  });

  it('speaks Urdu, right to left, with the amounts isolated', async () => {
    const { res, html, text: t } = await text(visitor('ur'), `/tax?${Q({ income: '۳۳۷۲۰۰۰', pseb: 'false' })}`);
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(t).toContain('یہ آپ کا ٹیکس سمجھنے میں مدد کے لیے ایک اندازہ ہے، ٹیکس کا مشورہ نہیں۔');
    expect(t).toContain(`ٹیکس سال 2026 میں ${shown(rs(3_372_000), 'ur')} پر`);
    expect(t).toContain('فائنل ٹیکس (سیکشن 154A)');
    expect(t).toContain(shown(rs(33_720), 'ur'));
    expect(t).toContain('عام ٹیکس سلیبز');
    expect(t).toContain('غیر تصدیق شدہ');
    // Amounts are <bdi> islands with an LTR isolate inside.
    expect(html).toContain('<bdi>\u2066Rs\u00a033,720\u2069</bdi>');
  });
});

// --- A freelancer's own year, from the ledger ---------------------------------------------------------






/** A tax profile as the tax-profile module stores it (its form is another module's; the row is the contract). */
async function taxProfile(p: Person, values: { filer: boolean; psebExpiresOn?: string; salary?: number }) {
  await env.deps.db
    .insertInto('tax_profiles')
    .values({
      user_id: p.user.id,
      filer: values.filer,
      pseb_number: values.psebExpiresOn ? 'PSEB/FL/2025/04817' : null,
      pseb_expires_on: values.psebExpiresOn ?? null,
      has_salary: values.salary !== undefined,
      salary_minor: values.salary === undefined ? null : BigInt(values.salary) * 100n,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
}

describe('/tax for a freelancer', () => {
  let ayesha: Person;
  beforeAll(async () => {
    ayesha = await person(env, 'Ayesha Siddiqui', { role: 'freelancer' });
    const hamza = await person(env, 'Hamza Sheikh', { role: 'client', country: 'PK' });
    const emma = await person(env, 'Emma Clarke', { role: 'client', country: 'GB' });
    await fundWallet(env, hamza, 10_000_000n, 'PKR');
    await fundWallet(env, emma, 1_000_000n, 'USD');
    await env.deps.db.insertInto('fx_rates').values({ from_currency: 'USD', to_currency: 'PKR', rate: '281', effective_on: '2025-07-01', source: 'demo', set_by: null, created_at: new Date('2025-07-01T03:00:00Z') }).execute();
    const dollarGig = await gigOf(env, ayesha, 100_000, 'USD'); // $1,000: $950 after Hunar's 5%
    const rupeeGig = await gigOf(env, ayesha, 10_000_000, 'PKR'); // Rs 100,000: Rs 95,000 after the fee
    for (const at of ['2025-08-10T06:00:00Z', '2025-09-10T06:00:00Z', '2025-10-10T06:00:00Z']) await completedOrder(env, ayesha, emma, dollarGig, at);
    await completedOrder(env, ayesha, hamza, rupeeGig, '2025-08-15T06:00:00Z');
    await taxProfile(ayesha, { filer: true, psebExpiresOn: '2026-03-26' });
    env.clock.set(new Date('2026-03-01T06:00:00Z'));
  });

  it('shows the year’s income from the ledger, by currency and in rupees at the day’s rate, and the estimate the domain makes of it', async () => {
    env.clock.set(new Date('2026-03-01T06:00:00Z'));
    const { res, html, text: t } = await text(ayesha.client, '/tax');
    expect(res.status).toBe(200);
    expect(html).toContain('class="tax-nav"');
    expect(html).toContain('<a href="/tax" aria-current="page">Tax assistant</a>');
    expect(t).toContain('Tax year 2026 1 July 2025 to 30 June 2026');
    // 3 × $950 = $2,850 at Rs 281 = Rs 800,850 from abroad; Rs 95,000 from Pakistan.
    expect(t).toContain(`USD ${shown(money(300_000n, 'USD'))} ${shown(money(15_000n, 'USD'))} ${shown(money(285_000n, 'USD'))} ${shown(rs(800_850))}`);
    expect(t).toContain(`PKR ${shown(rs(100_000))} ${shown(rs(5_000))} ${shown(rs(95_000))} ${shown(rs(95_000))}`);
    expect(t).toContain(`From clients abroad (export proceeds) ${shown(rs(800_850))} From clients in Pakistan ${shown(rs(95_000))} Total income for the estimate ${shown(rs(895_850))}`);
    expect(t).toContain('Dollar earnings are counted in rupees at the rate Hunar recorded on the day each was received.');
    expect(t).toContain('From your Hunar account’s records, as of 1 March 2026.');
    // The same figures the ledger query and the rules give, to the rupee.
    const year = await yearIncome(env.deps.db, ayesha.user.id, 2026);
    expect(year.exportPkr).toEqual(rs(800_850));
    const a = assess({ taxYear: 2026, exportIncome: year.exportPkr, localIncome: year.localPkr, salary: rs(0), psebRegistered: true, filer: true });
    // 0.25% of 800,850 = 2,002.125 → Rs 2,002; the slabs: 15% of 295,850 = 44,377.50 → Rs 44,378 (half to even).
    expect(a.regimes.final_154a.tax).toEqual(rs(2_002));
    expect(a.regimes.normal.tax).toEqual(rs(44_378));
    expect(t).toMatch(/Final tax \(section 154A\) Recommended Open to you Rs 2,002 a year/);
    expect(t).toMatch(/Normal slabs Open to you Rs 44,378 a year/);
    expect(t).toContain('The final tax under section 154A: it costs you Rs 42,376 a year less than the normal slabs.');
  });

  it('shows their profile, the steps already done with what each keeps saving, and the PSEB renewal before the next deadline', async () => {
    env.clock.set(new Date('2026-03-01T06:00:00Z'));
    const { text: t, html } = await text(ayesha.client, '/tax');
    expect(t).toContain('On the Active Taxpayers List (a filer).');
    expect(t).toContain('Registered with PSEB until 26 March 2026.');
    expect(t).toContain('No salary.');
    expect(html).toContain('<a href="/tax/profile">Update your tax profile</a>');
    expect(t).toContain('File your income tax return every year, to be on the Active Taxpayers List. Done: without it you would pay Rs 42,376 a year more.');
    // Unregistered, the 1% would be Rs 8,008 (8,008.50 to even): registration keeps saving Rs 6,006.
    expect(t).toContain('renew it every year. Done: without it you would pay Rs 6,006 a year more.');
    // Whether her proceeds come with PRCs is assumed, and said so.
    expect(t).toContain('(9186, unconfirmed) for each. We assume you do: without it you would pay Rs 42,376 a year more. Your remittance records show which withdrawals have a PRC. Remittances and PRCs');
    expect(t).toContain('Your PSEB registration ends on 26 March 2026: renew it before then.');
    expect(html).toContain('<a href="/tax/checklist">');
    // The calculator starts from their own year.
    expect(html).toContain('value="800850"');
  });

  it('lists the steps still to take for an unregistered non-filer, each with its saving', async () => {
    const bilal = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
    const client = await person(env, 'Sarah Miller', { role: 'client', country: 'US' });
    await fundWallet(env, client, 1_000_000n, 'USD');
    const gig = await gigOf(env, bilal, 200_000, 'USD'); // $2,000: $1,900 after the fee = Rs 533,900
    await completedOrder(env, bilal, client, gig, '2025-09-01T06:00:00Z');
    await completedOrder(env, bilal, client, gig, '2025-10-01T06:00:00Z');
    env.clock.set(new Date('2026-03-01T06:00:00Z'));
    const { text: t } = await text(bilal.client, '/tax');
    expect(t).toContain('You have not filled in your tax profile yet, so we assume you are not registered with PSEB and not on the Active Taxpayers List.');
    // Rs 1,067,800 from abroad: slabs 15% of 467,800 = 70,170; 1% = 10,678; 0.25% = 2,669.50 → 2,670.
    expect(t).toMatch(/Final tax \(section 154A\) Not open to you yet Rs 10,678 a year/);
    expect(t).toMatch(/Normal slabs Recommended Open to you Rs 70,170 a year/);
    expect(t).toContain('The normal slabs, because the final tax’s conditions are not met as things stand. That costs you Rs 59,492 a year more');
    expect(t).toContain('File your income tax return every year, to be on the Active Taxpayers List. Saves you Rs 59,492 a year.');
    expect(t).toContain('renew it every year. Saves you Rs 8,008 a year.');
    expect(t).toContain('(9186, unconfirmed) for each. We assume you do; your remittance records show which withdrawals have a PRC.');
    expect(t).toContain('With every step done: Rs 2,670 a year instead of Rs 70,170.');
  });

  it('uses the latest rules for a tax year they do not cover yet, and says so; last year stays a click away', async () => {
    env.clock.set(new Date('2026-12-05T06:00:00Z'));
    // Nine months on, the session of March has ended: she signs in again.
    const client = new TestClient(env.app, { 'accept-language': 'en' });
    expect((await client.post('/login', { email: ayesha.actor.email, password: PASSWORD })).status).toBe(303);
    const { res, text: t, html } = await text(client, '/tax');
    expect(res.status).toBe(200);
    expect(t).toContain('Tax year 2027');
    expect(t).toContain('No earnings on Hunar in this tax year yet.');
    expect(t).toContain('Hunar does not have the rules of tax year 2027 yet, so these figures use the rules of tax year 2026. They may change.');
    expect(t).toContain('The income tax return for tax year 2027 is due on 30 September 2027: 299 days from today.');
    expect(t).toContain('The date is taken from earlier years’ rules.');
    expect(t).toContain('Your PSEB registration ended on 26 March 2026.');
    expect(html).toContain('<a href="/tax?year=2026">Show tax year 2026</a>');
    const last = await text(client, '/tax?year=2026');
    expect(last.res.status).toBe(200);
    expect(last.text).toContain(`Total income for the estimate ${shown(rs(895_850))}`);
    // Their PSEB registration has ended by now: the 1% applies to last year's estimate.
    expect(last.text).toMatch(/Final tax \(section 154A\) Recommended Open to you Rs 8,008 a year/);
    // The calculator keeps the year in view.
    expect(last.html).toContain('<input type="hidden" name="year" value="2026"/>');
  });

  it('refuses a tax year it cannot show with a 400, and still shows this year', async () => {
    env.clock.set(new Date('2026-03-01T06:00:00Z'));
    const { res, text: t } = await text(ayesha.client, '/tax?year=1999');
    expect(res.status).toBe(400);
    expect(t).toContain('We can show this tax year or the one before it only.');
    expect(t).toContain('Tax year 2026');
  });

  it('shows the page in Urdu to an Urdu-speaking freelancer', async () => {
    const usman = await person(env, 'عثمان غنی', { role: 'freelancer', country: 'PK', locale: 'ur' });
    await taxProfile(usman, { filer: true, salary: 2_160_000 });
    env.clock.set(new Date('2026-03-01T06:00:00Z'));
    const { res, html, text: t } = await text(usman.client, '/tax');
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(t).toContain('ٹیکس سال 2026');
    expect(t).toContain(`سالانہ ${shown(rs(2_160_000), 'ur')} تنخواہ۔`);
    expect(t).toContain('ایکٹیو ٹیکس پیئرز لسٹ میں شامل (فائلر)۔');
    // All salary: the salaried slabs of TY2026, 6,000 + 11% of (2,160,000 − 1,200,000) = 111,600.
    expect(t).toContain(shown(rs(111_600), 'ur'));
    expect(t).toContain('آپ کی تنخواہ آپ کی قابلِ ٹیکس آمدنی کے 75% سے زیادہ ہے، اس لیے تنخواہ دار لوگوں کے سلیبز لگتے ہیں۔');
  });

  it('is linked from a freelancer’s dashboard', async () => {
    const { html } = await text(ayesha.client, '/dashboard');
    expect(html).toContain('<a href="/tax">Tax: what you owe and how to pay less</a>');
  });

  it('shows a client who does not freelance the calculator only', async () => {
    const client = await person(env, 'Hamza Client', { role: 'client' });
    const { res, text: t } = await text(client.client, '/tax');
    expect(res.status).toBe(200);
    expect(t).not.toContain('Your income this tax year');
    expect(t).toContain('What if? Work out the tax on an income');
  });
});
