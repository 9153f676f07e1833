// Year statements and their verification, end to end over HTTP: a freelancer issues a statement for
// a tax year of real orders and withdrawals; its totals are recomputed here straight from the
// ledger's entries, independently of the code; it is read as a page, as CSV and through the API;
// anyone checks it by its code (page and API); its owner withdraws it and /verify says so. Strangers
// see nothing; bad input is refused with a translated message and stores nothing.
import { sql } from 'kysely';
import { secretKeys, seal } from '../platform/secrets.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccessToken } from '../accounts/service.ts';
import type { Currency } from '../platform/money.ts';
import { LOOKUP_LIMIT } from '../verify/domain.ts';
import { completedOrder, statementWorld } from './test-data.ts';

let env: TestEnv;
let world: Awaited<ReturnType<typeof statementWorld>>;
beforeAll(async () => {
  // No Chromium at this path: the PDF link serves the print-ready page (pdf.int.test.ts prints).
  env = await testEnv({ CHROMIUM_PATH: '/nonexistent/chromium', OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd', BASE_URL: 'https://hunar.example.pk' });
  world = await statementWorld(env);
}, 60_000);
afterAll(() => env.close());

// Karachi's 1 July 2025 00:00 is 30 June 19:00 UTC.
const TY2026 = ['2025-06-30T19:00:00Z', '2026-06-30T19:00:00Z'] as const;

/** Straight from the ledger: the freelancer's credits to pending earnings in the year, per currency. */
async function ledgerEarnings(userId: string): Promise<Partial<Record<Currency, bigint>>> {
  const { rows } = await sql<{ currency: Currency; total: string }>`
    SELECT e.currency, sum(e.amount)::text AS total FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
    WHERE a.kind = 'freelancer_pending' AND a.owner_id = ${userId} AND e.amount > 0
      AND e.created_at >= ${TY2026[0]}::timestamptz AND e.created_at < ${TY2026[1]}::timestamptz
    GROUP BY e.currency`.execute(env.deps.db);
  return Object.fromEntries(rows.map((r) => [r.currency, BigInt(r.total)]));
}

/** Straight from the ledger: what left the platform for the freelancer's withdrawals paid in the year (payout_sent credits). */
async function ledgerPaidOut(userId: string): Promise<Partial<Record<Currency, bigint>>> {
  const { rows } = await sql<{ currency: Currency; total: string }>`
    SELECT e.currency, sum(e.amount)::text AS total FROM withdrawals w
    JOIN ledger_entries e ON e.transaction_id = w.settle_tx AND e.amount > 0
    JOIN ledger_accounts a ON a.id = e.account_id AND a.kind = 'payout_sent'
    WHERE w.user_id = ${userId} AND e.created_at >= ${TY2026[0]}::timestamptz AND e.created_at < ${TY2026[1]}::timestamptz
    GROUP BY e.currency`.execute(env.deps.db);
  return Object.fromEntries(rows.map((r) => [r.currency, BigInt(r.total)]));
}

const counts = async () => ({
  statements: Number((await env.deps.db.selectFrom('tax_statements').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
  codes: Number((await env.deps.db.selectFrom('verifiable_documents').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
});

interface Amount {
  amount: string;
  currency: Currency;
}
interface StatementJson {
  id: string;
  tax_year: number;
  code: string;
  code_display: string;
  status: 'valid' | 'withdrawn';
  verify_url: string;
  figures: {
    holder: { name: string; ntn: string | null };
    earnings: { lines: { month: string; currency: Currency; source: string }[]; totals: { currency: Currency; gross: Amount; fees: Amount; earned: Amount; pkr: Amount }[]; export_pkr: Amount; local_pkr: Amount; total_pkr: Amount };
    withdrawals: { lines: { reference: string; channel: string; net: Amount; bank_reference: string | null; prc: { number: string | null } | null }[]; totals: { channel: string; currency: Currency; count: number; net: Amount }[] };
    estimate: { regimes: { final_154a: { tax: Amount }; normal: { tax: Amount } }; assumed: { filer: boolean } };
  };
}

let statement: StatementJson;
const anon = () => new TestClient(env.app, { 'accept-language': 'en' });

describe('issuing a year statement', () => {
  it('lists the tax years with activity and issues one whose totals equal the ledger’s to the paisa', async () => {
    const list = (await (await world.seller.client.json('GET', '/api/v1/tax/statements')).json()) as { years: number[]; items: unknown[] };
    expect(list).toEqual({ years: [2026, 2025], items: [] });

    const res = await world.seller.client.json('POST', '/api/v1/tax/statements', { tax_year: 2026 });
    expect(res.status).toBe(201);
    statement = (await res.json()) as StatementJson;
    expect(statement.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(statement.code_display).toBe(statement.code.match(/.{4}/g)!.join('-'));
    expect(statement.verify_url).toBe(`https://hunar.example.pk/verify/${statement.code}`);
    expect(statement.figures.holder).toEqual({ name: 'عائشہ صدیقی', ntn: '4210112-3' });

    const f = statement.figures;
    const earned = await ledgerEarnings(world.seller.user.id);
    const totals = Object.fromEntries(f.earnings.totals.map((t) => [t.currency, t]));
    expect(Object.keys(totals).sort()).toEqual(Object.keys(earned).sort());
    expect(Object.keys(earned).sort()).toEqual(['PKR', 'USD']);
    for (const c of ['PKR', 'USD'] as const) {
      expect(BigInt(totals[c]!.earned.amount), c).toBe(earned[c]);
      // What the clients paid = earned + Hunar's fee, to the paisa.
      expect(BigInt(totals[c]!.gross.amount)).toBe(BigInt(totals[c]!.earned.amount) + BigInt(totals[c]!.fees.amount));
    }
    // Two Rs 15,000 orders in the year (the one on 30 June 2025 belongs to TY2025), one $200 order.
    expect(totals.PKR!.gross.amount).toBe('3000000');
    expect(totals.USD!.gross.amount).toBe('20000');
    // Dollars in rupees at the day's rate (280.50), rupees as they are.
    expect(BigInt(f.earnings.export_pkr.amount)).toBe((earned.USD! * 28050n + 50n) / 100n);
    expect(f.earnings.local_pkr.amount).toBe(String(earned.PKR));
    expect(BigInt(f.earnings.total_pkr.amount)).toBe(BigInt(f.earnings.export_pkr.amount) + BigInt(f.earnings.local_pkr.amount));
    expect(f.earnings.lines.map((l) => `${l.month} ${l.currency} ${l.source}`)).toEqual(['2025-08 PKR local', '2025-09 USD export', '2025-11 PKR local']);

    // Withdrawals paid in the year, from the ledger's payout_sent entries: Rs 5,000 and $250 (the June 2025 one is TY2025).
    const paid = await ledgerPaidOut(world.seller.user.id);
    expect(paid).toEqual({ PKR: 500_000n, USD: 25_000n });
    expect(Object.fromEntries(f.withdrawals.totals.map((t) => [t.currency, BigInt(t.net.amount)]))).toEqual(paid);
    expect(f.withdrawals.totals.map((t) => `${t.channel} ${t.currency} ${t.count}`)).toEqual(['bank PKR 1', 'payoneer USD 1']);
    expect(f.withdrawals.lines.map((w) => [w.channel, w.bank_reference, w.prc?.number ?? null])).toEqual([
      ['bank', 'FT-2025-0042', null],
      ['payoneer', 'PY-778812', 'PRC-2025-118'],
    ]);
    expect(f.estimate.assumed.filer).toBe(true);

    // Frozen, and the code issued with it.
    const row = await env.deps.db.selectFrom('verifiable_documents').selectAll().where('code', '=', statement.code).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'year_statement', subject_id: statement.id, owner_id: world.seller.user.id, withdrawn_at: null });
    expect(row.summary).toEqual({ v: 1, name: 'عائشہ صدیقی', tax_year: 2026, earned: f.earnings.totals.map((t) => t.earned), income_pkr: f.earnings.total_pkr, withdrawn: [{ amount: '500000', currency: 'PKR' }, { amount: '25000', currency: 'USD' }] });
  });

  it('does not change after it is issued: new earnings go into the next statement', async () => {
    await completedOrder(env, world.seller, world.hamza, world.rupeeGig, '2026-03-10T06:00:00Z');
    const again = (await (await world.seller.client.json('GET', `/api/v1/tax/statements/${statement.id}`)).json()) as StatementJson;
    expect(again.figures).toEqual(statement.figures);
    const next = (await (await world.seller.client.json('POST', '/api/v1/tax/statements', { tax_year: 2026 })).json()) as StatementJson;
    expect(next.code).not.toBe(statement.code);
    const pkr = (s: StatementJson) => BigInt(s.figures.earnings.totals.find((t) => t.currency === 'PKR')!.gross.amount);
    expect(pkr(next) - pkr(statement)).toBe(1_500_000n);
    const list = (await (await world.seller.client.json('GET', '/api/v1/tax/statements')).json()) as { items: { id: string }[] };
    expect(list.items.map((i) => i.id)).toEqual([next.id, statement.id]);
  });
});

describe('reading a statement', () => {
  it('is a print-ready page in the reader’s language with the code, the QR code and every figure', async () => {
    const res = await world.seller.client.get(`/tax/statements/${statement.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="ur" dir="rtl">/);
    expect(html).toContain('/assets/receipt.css?v=');
    // The QR code: inline SVG with its accessible name, linking the code's public page.
    expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1" role="img" aria-label="اسٹیٹمنٹ کے تصدیقی صفحے کا QR کوڈ"/);
    const t = visibleText(html);
    for (const s of ['ٹیکس سال کی اسٹیٹمنٹ', statement.code_display, `https://hunar.example.pk/verify/${statement.code}`, 'عائشہ صدیقی', '4210112-3', 'Rs 30,000.00', '$200.00', 'FT-2025-0042', 'PRC-2025-118', 'اندازہ ہیں، ٹیکس کا مشورہ نہیں', 'Hunar Labs (Pvt) Ltd']) expect(t).toContain(s);

    const en = visibleText(await (await world.seller.client.get(`/tax/statements/${statement.id}?lang=en`)).text());
    for (const s of ['Tax year statement', 'TY2026 (1 July 2025 – 30 June 2026)', 'Verification code', 'August 2025', 'In Pakistan', 'Abroad (export)', 'Total in rupees (PKR)', 'Bank account (IBAN)', 'Payoneer', 'Estimated tax', 'not tax advice', 'Download CSV', 'Download PDF']) expect(en).toContain(s);
    // Without Chromium the PDF link serves the print-ready page with a notice.
    const pdf = await world.seller.client.get(`/tax/statements/${statement.id}.pdf?lang=en`);
    expect(pdf.status).toBe(200);
    expect(visibleText(await pdf.text())).toContain('PDF not available on this server; print this page.');
  });

  it('is CSV with a BOM, one row per line, amounts as decimal strings, in the reader’s language', async () => {
    const res = await world.seller.client.get(`/tax/statements/${statement.id}.csv?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="hunar-TY2026-statement-${statement.code}-en.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Section,Period,Detail,Currency,Gross,Fees,Net,Refunds,In rupees,Reference,Bank reference,PRC');
    expect(lines[1]).toBe(`Statement,TY2026,عائشہ صدیقی,,,,,,,${statement.code_display},,`);
    const earnings = lines.filter((l) => l.startsWith('Earnings,'));
    expect(earnings).toHaveLength(3);
    expect(earnings[0]).toMatch(/^Earnings,2025-08,In Pakistan,PKR,15000\.00,\d+\.\d{2},\d+\.\d{2},0\.00,\d+\.\d{2},,,$/);
    const usdTotal = statement.figures.earnings.totals.find((x) => x.currency === 'USD')!;
    expect(lines).toContain(`Earnings total,TY2026,,USD,200.00,${(Number(usdTotal.fees.amount) / 100).toFixed(2)},${(Number(usdTotal.earned.amount) / 100).toFixed(2)},0.00,${(Number(usdTotal.pkr.amount) / 100).toFixed(2)},,,`);
    expect(lines.find((l) => l.startsWith('Withdrawal,2025-12-01,'))).toMatch(/^Withdrawal,2025-12-01,Payoneer [^,]+,USD,250\.00,0\.00,250\.00,,,HNR-[0-9A-Z-]+,PY-778812,PRC-2025-118$/);
    expect(lines).toContain('Withdrawals total,TY2026,Bank account (IBAN),PKR,5000.00,0.00,5000.00,,,,,');
    expect(lines.filter((l) => l.startsWith('Tax estimate,'))).toHaveLength(2);

    const ur = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await (await world.seller.client.get(`/tax/statements/${statement.id}.csv`)).arrayBuffer()));
    expect(ur.split('\r\n')[0]).toBe('\uFEFFحصہ,مدت,تفصیل,کرنسی,کل رقم,فیس,خالص رقم,رقم واپسی,روپوں میں,حوالہ نمبر,بینک کا حوالہ نمبر,پی آر سی');
  });

  it('is not found for anyone but its owner and admins, and sends visitors to log in', async () => {
    for (const path of [`/tax/statements/${statement.id}`, `/tax/statements/${statement.id}.pdf`, `/tax/statements/${statement.id}.csv`]) {
      expect((await world.stranger.client.get(path)).status, path).toBe(404);
    }
    expect((await world.stranger.client.json('GET', `/api/v1/tax/statements/${statement.id}`)).status).toBe(404);
    expect((await world.stranger.client.json('POST', `/api/v1/tax/statements/${statement.id}/withdraw`)).status).toBe(404);
    expect((await world.seller.client.get('/tax/statements/not-a-statement')).status).toBe(404);
    expect((await world.seller.client.json('GET', '/api/v1/tax/statements/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    // Admins may read it (not withdraw it).
    expect((await world.admin.client.get(`/tax/statements/${statement.id}`)).status).toBe(200);
    expect((await world.admin.client.json('POST', `/api/v1/tax/statements/${statement.id}/withdraw`)).status).toBe(404);
    const visitor = await anon().get(`/tax/statements/${statement.id}`);
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toContain('/login?next=');
    // An app with the owner's token reads it.
    const { token } = await createAccessToken(env.deps, world.seller.actor, { name: 'phone' });
    const phone = new TestClient(env.app, { authorization: `Bearer ${token}` });
    expect((await phone.json('GET', `/api/v1/tax/statements/${statement.id}`)).status).toBe(200);
    const csv = await phone.get(`/api/v1/tax/statements/${statement.id}/statement.csv?lang=en`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer())).toMatch(/^\uFEFFSection,Period,/);
    // No Chromium here: the API names the print-ready page instead.
    const pdf = await phone.get(`/api/v1/tax/statements/${statement.id}/statement.pdf`);
    expect(pdf.status).toBe(503);
    expect(await pdf.json()).toMatchObject({ code: 'receipts.pdf_unavailable', title: expect.stringContaining(`/tax/statements/${statement.id}?lang=ur`) });
    expect((await world.stranger.client.get(`/api/v1/tax/statements/${statement.id}/statement.csv`)).status).toBe(404);
  });

  it('shows the freelancer’s NTN on the client’s invoice and receipt', async () => {
    const text = visibleText(await (await world.hamza.client.get(`/orders/${world.rupeeOrder}/receipt`)).text());
    expect(text).toContain('NTN: 4210112-3');
    // The freelancer's own earnings statement does not need it; nor does a freelancer without one show any.
    expect(visibleText(await (await world.seller.client.get(`/orders/${world.rupeeOrder}/receipt`)).text())).not.toContain('4210112-3');
    await env.deps.db.updateTable('tax_profiles').set({ ntn: null }).where('user_id', '=', world.seller.user.id).execute();
    try {
      expect(visibleText(await (await world.hamza.client.get(`/orders/${world.rupeeOrder}/receipt`)).text())).not.toContain('NTN');
      // An individual's NTN is their CNIC, kept sealed (0048): the invoice opens it, in full.
      await env.deps.db
        .updateTable('tax_profiles')
        .set({ ntn_is_cnic: true, cnic_sealed: seal(secretKeys(env.deps.config), '4210198765431'), cnic_last4: '5431' })
        .where('user_id', '=', world.seller.user.id)
        .execute();
      expect(visibleText(await (await world.hamza.client.get(`/orders/${world.rupeeOrder}/receipt`)).text())).toContain('NTN: 42101-9876543-1');
    } finally {
      await env.deps.db.updateTable('tax_profiles').set({ ntn: '4210112-3', ntn_is_cnic: false, cnic_sealed: null, cnic_last4: null }).where('user_id', '=', world.seller.user.id).execute();
    }
  });
});

describe('verifying a statement by its code', () => {
  it('tells anyone, without signing in, that it is valid: issuer, person, tax year, totals, date issued', async () => {
    const res = await anon().get(`/verify/${statement.code}`);
    expect(res.status).toBe(200);
    const t = visibleText(await res.text());
    for (const s of ['Valid', 'Tax year statement', statement.code_display, 'Hunar Labs (Pvt) Ltd', 'https://hunar.example.pk', 'عائشہ صدیقی', 'TY2026 (July 2025 – June 2026)', 'Earnings (after Hunar’s fee) Rs 28,500.00 · $190.00', 'Total income in rupees Rs 81,795.00', 'Withdrawals paid out Rs 5,000.00 · $250.00', 'Issued on 5 March 2026']) expect(t).toContain(s);
    // Nothing private: no NTN, no account, no bank or PRC reference.
    for (const s of ['4210112-3', 'FT-2025-0042', 'PRC-2025-118', '6702', 'ayesha@']) expect(t).not.toContain(s);

    // Typed as a person would: dashes, lower case, Urdu digits — sent to its canonical address.
    const typed = await anon().get(`/verify/${encodeURIComponent(statement.code_display.toLowerCase().replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))))}`);
    expect(typed.status).toBe(301);
    expect(typed.headers.get('location')).toBe(`/verify/${statement.code}`);
    const form = await anon().get(`/verify?code=${encodeURIComponent(` ${statement.code_display.toLowerCase()} `)}`);
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(`/verify/${statement.code}`);

    // In Urdu for an Urdu reader.
    const ur = visibleText(await (await new TestClient(env.app, { 'accept-language': 'ur' }).get(`/verify/${statement.code}`)).text());
    for (const s of ['درست', 'ٹیکس سال کی اسٹیٹمنٹ', 'جاری کرنے والا', 'کل آمدنی روپوں میں']) expect(ur).toContain(s);
  });

  it('gives the same facts as JSON', async () => {
    const res = await anon().json('GET', `/api/v1/verify/${statement.code_display.toLowerCase()}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & { facts: { key: string; text: string; value: unknown }[] };
    expect(body).toMatchObject({ code: statement.code, code_display: statement.code_display, status: 'valid', kind: 'year_statement', title: 'Tax year statement', holder: 'عائشہ صدیقی', issuer: { name: 'Hunar Labs (Pvt) Ltd', url: 'https://hunar.example.pk' }, withdrawn_at: null });
    expect(body.facts.map((f) => f.key)).toEqual(['tax_year', 'earned', 'income_pkr', 'withdrawn']);
    expect(body.facts[0]!.value).toEqual({ type: 'tax_year', year: 2026 });
    expect(body.facts[2]!.value).toEqual({ type: 'money', amounts: [statement.figures.earnings.total_pkr] });
    expect(body.facts[3]!.value).toEqual({ type: 'money', amounts: [{ amount: '500000', currency: 'PKR' }, { amount: '25000', currency: 'USD' }] });
  });

  it('says no document has an unknown code (404) and that a malformed one is not a code (400), translated', async () => {
    const unknown = await anon().json('GET', '/api/v1/verify/ZZZZZZZZZZZZZZZZZZZZ');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'verify.unknown', title: expect.stringContaining('No document has this code') });
    const urUnknown = await new TestClient(env.app, { 'accept-language': 'ur' }).json('GET', '/api/v1/verify/ZZZZZZZZZZZZZZZZZZZZ');
    expect(((await urUnknown.json()) as { title: string }).title).toContain('اس کوڈ کی کوئی دستاویز نہیں ملی');
    const bad = await anon().json('GET', '/api/v1/verify/not-a-code');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'verify.bad_code' });
    const page = await anon().get('/verify/ZZZZZZZZZZZZZZZZZZZZ');
    expect(page.status).toBe(404);
    expect(visibleText(await page.text())).toContain('No document has this code.');
    const badPage = await anon().get('/verify?code=hello');
    expect(badPage.status).toBe(400);
    expect(visibleText(await badPage.text())).toContain('That is not a verification code.');
  });
});

describe('withdrawing a statement', () => {
  it('lets its owner withdraw it; /verify then says withdrawn and shows no figures', async () => {
    const page = await world.seller.client.get('/tax/statements');
    expect(visibleText(await page.text())).toContain(statement.code_display);
    const res = await world.seller.client.post(`/tax/statements/${statement.id}/withdraw`, {});
    expect(res.status).toBe(303);
    expect(visibleText(await (await world.seller.client.get('/tax/statements')).text())).toContain('اسٹیٹمنٹ واپس لے لی گئی ہے');

    const v = visibleText(await (await anon().get(`/verify/${statement.code}`)).text());
    expect(v).toContain('Withdrawn');
    expect(v).toContain('its owner withdrew it on 10 March 2026');
    expect(v).not.toContain('Rs 28,500.00');
    const json = (await (await anon().json('GET', `/api/v1/verify/${statement.code}`)).json()) as { status: string; facts: unknown[]; withdrawn_at: string };
    expect(json).toMatchObject({ status: 'withdrawn', facts: [] });
    expect(json.withdrawn_at).toMatch(/^2026-03-/);
    // The statement itself says so, and withdrawing again changes nothing.
    expect(visibleText(await (await world.seller.client.get(`/tax/statements/${statement.id}?lang=en`)).text())).toContain('Withdrawn on 10 March 2026 by its owner');
    const again = (await (await world.seller.client.json('POST', `/api/v1/tax/statements/${statement.id}/withdraw`)).json()) as StatementJson & { withdrawn_at: string };
    expect(again.status).toBe('withdrawn');
    expect(again.withdrawn_at).toBe(json.withdrawn_at);
  });
});

describe('bad input', () => {
  it('refuses a tax year the rules do not cover, one without activity, or no year at all, storing nothing', async () => {
    const before = await counts();
    // The freelancer reads Urdu: the messages are hers.
    const cases: [unknown, number, RegExp][] = [
      [{ tax_year: 2090 }, 400, /^TY2090 ابھی شروع نہیں ہوا/],
      [{ tax_year: 2024 }, 400, /^ہنر کے پاس TY2024 کے ٹیکس قواعد نہیں ہیں/],
      [{ tax_year: 1999 }, 400, /^فہرست میں سے ٹیکس سال چنیں۔$/],
      [{ tax_year: 'twenty' }, 400, /^یہ اندراج درست نہیں ہے۔$/],
      [{}, 400, /^یہ خانہ ضروری ہے۔$/],
    ];
    for (const [body, status, message] of cases) {
      const res = await world.seller.client.json('POST', '/api/v1/tax/statements', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const problem = (await res.json()) as { code: string; errors: Record<string, string> };
      expect(problem.code).toBe('validation.failed');
      expect(problem.errors.tax_year).toMatch(message);
    }
    // The form says it in Urdu on the page, keeping the list of years.
    const form = await world.seller.client.post('/tax/statements', { tax_year: '2090' });
    expect(form.status).toBe(400);
    const text = visibleText(await form.text());
    expect(text).toContain('TY2090 ابھی شروع نہیں ہوا');
    expect(text).toContain('TY2026');
    // Clients have no statements.
    const client = await world.hamza.client.json('POST', '/api/v1/tax/statements', { tax_year: 2026 });
    expect(client.status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe('lookups per address', () => {
  it('are limited, so codes cannot be tried in bulk', async () => {
    // A fresh window.
    env.clock.advance(LOOKUP_LIMIT.windowSeconds * 1000);
    for (let i = 0; i < LOOKUP_LIMIT.max; i++) expect((await anon().json('GET', `/api/v1/verify/${'Z'.repeat(19)}${i % 10}`)).status).toBe(404);
    const over = await anon().json('GET', `/api/v1/verify/${statement.code}`);
    expect(over.status).toBe(429);
    expect(((await over.json()) as { code: string }).code).toBe('rate.limited');
    expect((await anon().get(`/verify/${statement.code}`)).status).toBe(429);
  });
});
