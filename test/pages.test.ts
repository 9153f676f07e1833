// Every page as a reader meets it: no English left on Urdu pages, translated 404 and 500 pages
// with a request id and no stack trace, oversized bodies refused politely, and the operator's
// endpoints (/healthz, /readyz, /metrics).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/accounts/service.ts';
import { onboardingSteps } from '../src/onboarding/domain.ts';
import { syncReferenceData } from '../src/taxonomy/service.ts';
import { TestClient, type TestEnv, testEnv, visibleText } from './support.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
  await syncReferenceData(env.deps.db);
  await createAccount(env.deps.db, env.deps, { email: 'both@example.pk', password: 'both password 1', displayName: 'نادیہ', isFreelancer: true, isClient: true, locale: 'ur', verified: false });
  env.app.get('/test/boom', () => {
    throw new Error('secret internals at /srv/hunar/src/boom.ts:12');
  });
});
afterAll(() => env.close());

// Latin-script words that belong on an Urdu page: names of things that are written in Latin
// letters in Urdu text too, and what the test itself typed.
const allowed = new Set(['KB', 'JSON', 'SMTP_URL', 'IBAN', 'API', 'Bearer', 'Authorization', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OpenAPI', 'English', 'Hunar', 'Raast', 'JazzCash', 'Easypaisa', 'Payoneer', 'cookie', 'hunar_session', 'hunar_pat_', 'application', 'problem', 'json', 'api', 'openapi', 'v1', 'me', 'xx', 'Rs', 'USD', 'PKR', 'GBP', 'EUR', 'AED', 'SAR', 'MB', 'JPEG', 'PNG', 'WebP', 'PDF', 'DOCX', 'XLSX', 'PK', 'CSV', 'Idempotency', 'Key',
  // Protocol and file-format names quoted in the API page's Urdu (the webhook signature header, CSV column names, a JSON flag).
  'Signature', 'unix', 'body', 'HMAC', 'SHA', 'hex', 'confirm', 'true', 'fx', 'placeholder', 'date', 'from', 'to', 'rate',
  // Order and payment references (HNR-1001) and the date format people are asked to type.
  'HNR', 'YYYY', 'MM', 'DD',
  // Time zone offsets are written GMT+5 in Urdu too.
  'GMT',
  // The live event stream's protocol names (text/event-stream, EventSource, the Last-Event-ID header, SSE).
  'SSE', 'EventSource', 'Last', 'Event', 'ID', 'text',
  // Sections of the Income Tax Ordinance are written as the law writes them (154A, 4AB).
  'AB',
  // Tax and banking abbreviations Pakistani readers know in Latin letters (docs/urdu-glossary.md, "Tax").
  'PSEB', 'PRC', 'PRCs', 'CNIC', 'ATL', 'IRIS', 'ESFCA', 'FBR', 'SBP', 'BPRD', 'NTN', 'SMS', 'QR',
  // Credential and calendar formats named on the API page (VC-JWT, iCalendar .ics).
  'VC', 'JWT', 'iCalendar', 'ics',
  // Training programmes known by their Latin initials (programs.md): the National Freelance Training Programme.
  'NFTP']); // 'xx' as in 4xx; Rs is CLDR's ur-PK symbol

function englishLeftovers(html: string): string[] {
  const withoutCode = html.replace(/<(code|pre|bdi)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    // Text marked as English on purpose (a time zone's Latin city name in a list)
    .replace(/<option[^>]*\slang="en"[^>]*>[^<]*<\/option>/g, ' ');
  const attrs = [...withoutCode.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = `${visibleText(withoutCode)} ${attrs.join(' ')}`
    .replace(/\S+@\S+/g, ' ')
    .replace(/https?:\/\/\S*/g, ' ')
    .replace(/\b[\w-]+\.(?:com|net|org|pk)\b\S*/g, ' ')
    .replace(/\/[\w/{}.-]+/g, ' ')
    // Verification codes, as printed (7K3M-9QW2-XD4H-RT6B-N8PZ).
    .replace(/\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}\b/g, ' ');
  const words = text.match(/[A-Za-z][A-Za-z_]+/g) ?? [];
  return [...new Set(words.filter((w) => !allowed.has(w)))];
}

describe('Urdu pages', () => {
  it('have no untranslated English, anywhere a person can go', async () => {
    const anon = new TestClient(env.app, { 'accept-language': 'ur' });
    const pages = ['/', '/signup', '/login', '/forgot-password', '/verify-email?token=abc', '/reset-password?token=bad', '/settings/email/confirm?token=abc', '/api', '/dev/mail', '/no-such-page', '/fees', '/fees?amount=%24200&currency=USD', '/tax', '/tax?tax_year=2026&income=12000000&source=export_it&pseb=false&filer=false'];
    const problems: Record<string, string[]> = {};
    const check = async (client: TestClient, path: string, res?: Response) => {
      const r = res ?? (await client.get(path));
      const html = await r.text();
      expect(html, path).toContain('<html lang="ur" dir="rtl">');
      const left = englishLeftovers(html);
      if (left.length) problems[path] = left;
    };
    for (const path of pages) await check(anon, path);
    await check(anon, 'POST /signup (errors)', await anon.post('/signup', { display_name: '', email: 'x', password: 'y', role: 'z' }));
    await check(anon, 'POST /login (error)', await anon.post('/login', { email: 'nobody@example.pk', password: 'wrong password' }));
    await check(anon, '/fees (error)', await anon.get('/fees?amount=abc'));
    await check(anon, '/tax (error)', await anon.get('/tax?income=abc&tax_year=2019'));
    await check(anon, '/verify (unknown code)', await anon.get('/verify/ABCDEFGHJKMNPQRSTVWX'));

    const me = new TestClient(env.app, { 'accept-language': 'ur' });
    expect((await me.post('/login', { email: 'both@example.pk', password: 'both password 1' })).status).toBe(303);
    // The role step is skipped (a redirect) for someone who chose a role at sign-up, as this account did.
    for (const path of ['/dashboard', '/settings', '/tax', '/tax/profile', '/tax/checklist', '/tax/remittances', '/tax/statements', ...onboardingSteps.filter((s) => s !== 'role').map((s) => `/onboarding/${s}`)]) await check(me, path);
    await check(me, 'POST /settings/password (errors)', await me.post('/settings/password', { current_password: 'wrong', password: 'x' }));

    // The marketplace pages of a freelancer with a published gig.
    const created = await me.json('POST', '/api/v1/gigs', {
      title: 'اردو سے انگریزی ترجمہ',
      description: 'درست اور رواں ترجمہ۔',
      category_slug: 'translation',
      skills: [],
      packages: [{ name: 'ایک صفحہ', price: { amount: '100000', currency: 'PKR' }, delivery_days: 2, revisions: 1, features: [] }],
      faqs: [],
      questions: [],
    });
    expect(created.status).toBe(201);
    const gig = (await created.json()) as { id: string; slug: string };
    expect((await me.json('POST', `/api/v1/gigs/${gig.id}/publish`, {})).status).toBe(200);
    const handle = (await env.deps.db.selectFrom('users').select('handle').where('email', '=', 'both@example.pk').executeTakeFirstOrThrow()).handle;
    for (const path of ['/profile/edit', '/profile/portfolio', `/u/${handle}`, '/gigs', '/gigs/new', `/gigs/${gig.id}/edit`, `/g/${gig.slug}`, `/g/${gig.slug}?currency=USD`]) await check(me, path);

    // Jobs, proposals and search, for a person who both hires and works.
    const job = await me.json('POST', '/api/v1/jobs', {
      title: 'ویب سائٹ کا ترجمہ',
      description: 'ہماری ویب سائٹ کا انگریزی سے اردو میں ترجمہ۔',
      category_slug: 'translation',
      skills: [],
      kind: 'fixed',
      currency: 'PKR',
      budget: { amount: '3000000', currency: 'PKR' },
      duration: '1_4_weeks',
      experience: 'intermediate',
      visibility: 'public',
    });
    expect(job.status).toBe(201);
    const jobId = ((await job.json()) as { id: string }).id;
    for (const path of ['/jobs', '/jobs/new', '/jobs/mine', `/jobs/${jobId}`, `/jobs/${jobId}/edit`, '/proposals', '/search?q=ترجمہ', '/search?q=translation&type=freelancer', '/c/translation']) await check(me, path);

    // Payouts: a bank account with an Urdu title, then every payout page and the withdrawal review.
    const method = await me.json('POST', '/api/v1/me/payout-methods', { channel: 'bank', account_title: 'نادیہ خان', iban: 'PK36SCBL0000001123456702' });
    expect(method.status).toBe(201);
    for (const path of ['/payouts', '/payouts/methods/new', '/payouts/methods/new?channel=bank', '/payouts/methods/new?channel=jazzcash', '/payouts/methods/new?channel=payoneer']) await check(me, path);
    await check(me, 'POST /payouts/withdraw/review (error)', await me.post('/payouts/withdraw/review', { idempotency_key: 'pages-test-key', method_id: ((await method.json()) as { id: string }).id, amount: '5', currency: 'PKR' }));
    // Orders and money: a second person orders the gig; both sides' order pages, receipts, wallet, contracts.
    await createAccount(env.deps.db, env.deps, { email: 'buyer@example.pk', password: 'buyer password 1', displayName: 'حمزہ', isFreelancer: false, isClient: true, locale: 'ur', verified: true, onboarded: true });
    const buyer = new TestClient(env.app, { 'accept-language': 'ur' });
    expect((await buyer.post('/login', { email: 'buyer@example.pk', password: 'buyer password 1' })).status).toBe(303);
    const order = await buyer.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: [] });
    expect(order.status).toBe(201);
    const orderId = ((await order.json()) as { id: string }).id;
    for (const path of [`/orders/new?gig=${gig.slug}&package=1`, '/orders', `/orders/${orderId}`, `/orders/${orderId}/receipt`, '/wallet', '/wallet?from=2026-01-01&to=2026-12-31', '/wallet/top-ups', '/contracts'])
      await check(buyer, path);
    await check(buyer, '/wallet (error)', await buyer.get('/wallet?from=yesterday'));
    for (const path of [`/orders/${orderId}`, `/orders/${orderId}/receipt`, '/orders', '/wallet']) await check(me, `${path} (seller)`, await me.get(path));
    for (const path of [`/u/${handle}`, `/g/${gig.slug}`]) {
      const res = await anon.get(path);
      expect(res.status, path).toBe(200);
      await check(anon, `${path} (visitor)`, res);
    }
    expect(problems).toEqual({});
  });
});

describe('error pages', () => {
  it('say "not found" in the reader’s language, with the request id', async () => {
    for (const [lang, title] of [
      ['en', 'Page not found'],
      ['ur', 'صفحہ نہیں ملا'],
    ] as const) {
      const res = await new TestClient(env.app, { 'accept-language': lang }).get('/no/such/page');
      expect(res.status).toBe(404);
      const text = visibleText(await res.text());
      expect(text).toContain(title);
      expect(text).toContain(res.headers.get('x-request-id')!);
    }
  });

  it('never show a stack trace: a crash is a translated 500 page with the request id', async () => {
    for (const [lang, words] of [
      ['en', 'Something went wrong on our side'],
      ['ur', 'ہماری طرف کچھ خرابی ہو گئی'],
    ] as const) {
      const res = await new TestClient(env.app, { 'accept-language': lang }).get('/test/boom');
      expect(res.status).toBe(500);
      const html = await res.text();
      expect(visibleText(html)).toContain(words);
      expect(html).toContain(res.headers.get('x-request-id')!);
      expect(html).not.toContain('secret internals');
      expect(html).not.toContain('boom.ts');
    }
    const api = await new TestClient(env.app).get('/api/v1/no-such-thing');
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a 1 MB form body with a translated message and stores nothing', async () => {
    const client = new TestClient(env.app, { 'accept-language': 'ur' });
    const res = await client.post('/signup', { display_name: 'x'.repeat(1024 * 1024), email: 'big@example.pk', password: 'long enough password', role: 'client' });
    expect(res.status).toBe(413);
    expect(visibleText(await res.text())).toContain('یہ درخواست بہت بڑی ہے');
    expect(await env.deps.db.selectFrom('users').select('id').where('email', '=', 'big@example.pk').executeTakeFirst()).toBeUndefined();
  });
});

describe('operations endpoints', () => {
  it('report health, readiness and Prometheus metrics by route and status', async () => {
    const client = new TestClient(env.app);
    expect(await (await client.get('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await client.get('/readyz');
    expect(ready.status).toBe(200);
    await client.get('/login');
    await client.get('/no-such-page');
    const metrics = await (await client.get('/metrics')).text();
    expect(metrics).toContain('# TYPE hunar_http_requests_total counter');
    expect(metrics).toMatch(/hunar_http_requests_total\{method="GET",route="\/login",status="200"\} \d+/);
    expect(metrics).toMatch(/hunar_http_requests_total\{method="GET",route="unmatched",status="404"\} \d+/);
    expect(metrics).toMatch(/hunar_http_request_duration_seconds_bucket\{method="GET",route="\/login",status="200",le="0.1"\} \d+/);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await new TestClient(env.app).get('/login');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('keeps /dev/mail out of production', async () => {
    const prod = await testEnv({ NODE_ENV: 'production', SESSION_SECRET: 'a-production-secret-of-sufficient-length', SECRETS_KEYS: 'k1:aHVuYXItdGVzdC1rZXktbm90LWZvci1yZWFsLXVzZSE=' });
    try {
      expect((await new TestClient(prod.app).get('/dev/mail')).status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
