// A year and a half of freelance income for three demo freelancers (issue 19), so /tax, the
// remittance records and the year statements show real figures on first start. Each one is in a
// different tax situation:
// - Ayesha (Multan, designer): PSEB-registered (her registration ends in 25 days, so the renewal
//   reminder shows) and on the Active Taxpayers List; illustrations every month for Emma's clinic in
//   Birmingham, paid in dollars and withdrawn to Payoneer with a PRC from her bank for each one but
//   the last two; posters for clients in Lahore and Faisalabad, paid in rupees, withdrawn to JazzCash.
// - Bilal (Lahore, web developer): not registered and not a filer, the grey area the assistant is
//   for: a monthly store-care retainer for James's candle shop in the US, withdrawn to Payoneer
//   without PRCs; a few rupee orders from Margalla EdTech in Islamabad.
// - Usman (Islamabad, cloud engineer): a salaried job (Rs 180,000 a month) and, beside it, AWS
//   support for Khalid's logistics company in Dubai, paid in dollars; a filer, not PSEB-registered;
//   PRCs on half his payouts.
// Every movement is a ledger transaction as the use cases post them (payment in, escrow, release with
// Hunar's fee, hold cleared, withdrawal requested and paid); the dollar retainers are fixed-price
// contracts of monthly milestones (at most ten to a contract, as proposals allow). Dated from the
// seed's clock; months before the platform's first recorded dollar rate get demo rates (labelled so)
// near the interbank rate of the time (../shared/reference/tax-pakistan.md, worked examples: 281.40
// on 25 September 2025), so each dollar is in rupees at the rate of its day.
import { createHash } from 'node:crypto';
import type { Tx } from '../db/pool.ts';
import { INITIAL_USD_TO_PKR } from '../db/migrations/0031_fx_initial_and_estimate_rates.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, type Leg, post, revenueAccount } from '../ledger/service.ts';
import { prepareAttachment, storeWithin, mediaColumns } from '../media/service.ts';
import { contractFromHire } from '../orders/contracts.ts';
import { withdrawalReference } from '../payouts/domain.ts';
import type { Deps } from '../platform/deps.ts';
import { type Currency, type Money, money } from '../platform/money.ts';
import { secretKeys, seal } from '../platform/secrets.ts';
import { issueStatementWithin } from '../statements/service.ts';
import { taxYearOf } from '../tax/domain.ts';
import { COVERED_TAX_YEARS } from '../tax/rules.ts';
import { withdrawVerifiable } from '../verify/service.ts';
import { demoEmail } from './demo-people.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Demo USD→PKR rates for the months before the first recorded rate (0031): demo values, not market data. */
const DEMO_HISTORIC_USD_RATES = [
  { effectiveOn: '2025-06-01', rate: '283.90' },
  { effectiveOn: '2025-07-01', rate: '283.55' },
  { effectiveOn: '2025-08-01', rate: '282.35' },
  { effectiveOn: '2025-09-01', rate: '281.60' },
  { effectiveOn: '2025-10-01', rate: '281.10' },
] as const;

interface Retainer {
  freelancer: string;
  client: string;
  job: { title: string; description: string; category: string };
  cover: string;
  /** The milestone's title for the n-th month of the retainer. */
  milestone: (n: number) => string;
  /** Dollars per month, in turn. */
  dollars: readonly number[];
  delivery: string;
  /** Months back from now (16 = sixteen months ago). */
  months: readonly number[];
  /** Whether the payout of the n-th month has a PRC from the bank. */
  prc: (n: number, of: number) => boolean;
  payerCountry: string;
}

const BACK = [16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1] as const;

const RETAINERS: readonly Retainer[] = [
  {
    freelancer: 'ayesha',
    client: 'emma',
    job: {
      title: 'Illustrations for our health leaflets, every month',
      description: 'Our community clinic in Birmingham prints leaflets in Urdu, Punjabi and English. We need friendly illustrations for each month’s leaflet, drawn for South Asian families.',
      category: 'design',
    },
    cover: 'Assalam-o-alaikum Emma. I draw for clinics and schools in Multan, and I can make illustrations that families here and in Birmingham will recognise. One leaflet a month, with the source files.',
    milestone: (n) => `Leaflet illustrations, month ${n}`,
    dollars: [180, 220, 150, 200],
    delivery: 'The illustrations for this month’s leaflet are ready: PNG for print and the Illustrator files.',
    months: BACK,
    prc: (n, of) => n <= of - 2,
    payerCountry: 'GB',
  },
  {
    freelancer: 'bilal',
    client: 'james',
    job: {
      title: 'Shopify store care and new features for a candle shop, monthly',
      description: 'Wick & Wax Candles sells in the US through Shopify. We need someone each month for theme fixes, new product pages, speed and the odd new feature.',
      category: 'web-mobile',
    },
    cover: 'Hi James. I have looked after six Shopify stores for two years. Each month I will fix what you list, add your new candles and keep the store fast, with a short report.',
    milestone: (n) => `Store care and new features, month ${n}`,
    dollars: [900, 850, 950, 900],
    delivery: 'This month’s fixes and new product pages are live; the report is in the store notes.',
    months: BACK,
    prc: () => false,
    payerCountry: 'US',
  },
  {
    freelancer: 'usman',
    client: 'khalid',
    job: {
      title: 'AWS support for our logistics platform, monthly',
      description: 'We run our tracking platform on AWS in the Middle East region. We need an engineer on call for monitoring, cost reviews and small changes each month.',
      category: 'cloud',
    },
    cover: 'Salam Khalid. I run AWS for a company in Islamabad by day and support two platforms in the Gulf. Each month: monitoring, a cost review, and the changes you need.',
    milestone: (n) => `AWS support and cost review, month ${n}`,
    dollars: [400],
    delivery: 'Monthly report: alarms reviewed, two instances resized, the bill 11% lower.',
    months: BACK,
    prc: (n) => n % 2 === 0,
    payerCountry: 'AE',
  },
];

/** Rupee orders from clients in Pakistan, by gig package, with the months they were completed. */
const LOCAL_ORDERS = [
  { freelancer: 'ayesha', clients: ['nida', 'saima'], position: 2, months: [15, 13, 11, 9, 7, 5, 3, 2], withdraw: true },
  { freelancer: 'bilal', clients: ['margalla'], position: 2, months: [14, 11, 8, 5, 2], withdraw: false },
] as const;

/** The tax profiles: three situations. */
const PROFILES = [
  { key: 'ayesha', cnic: '3630212345674', ntn: '3630212345674', pseb: { number: 'PSEB/FL/2025/04817', expiresInDays: 25 }, filer: true, province: 'punjab' as const, salary: null, ticks: ['ntn', 'bank_account', 'prc', 'pseb', 'tax_return'] },
  { key: 'bilal', cnic: null, ntn: null, pseb: null, filer: false, province: 'punjab' as const, salary: null, ticks: [] },
  { key: 'usman', cnic: '6110198765433', ntn: '6110198765433', pseb: null, filer: true, province: 'islamabad' as const, salary: 2_160_000, ticks: ['ntn', 'bank_account', 'tax_return'] },
];

/** The same id on every seeded database (references like HNR-1A2B3C4D stay put). */
function demoUuid(label: string): string {
  const h = createHash('sha256').update(`hunar-demo-tax:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A small PDF, as a bank's scanned certificate would arrive (the demo's stand-in). */
function demoPdf(title: string, lines: readonly string[]): Uint8Array {
  const text = [title, ...lines].map((l, i) => `BT /F1 ${i ? 11 : 15} Tf 60 ${780 - i * 22} Td (${l.replace(/[()\\]/g, '')}) Tj ET`).join('\n');
  const body = `%PDF-1.4
1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>> endobj
4 0 obj <</Length ${text.length}>> stream
${text}
endstream endobj
5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj
trailer <</Root 1 0 R>>
%%EOF
`;
  return new TextEncoder().encode(body);
}

export interface DemoTax {
  orders: number;
  withdrawals: number;
  prcs: number;
  profiles: number;
  statements: number;
}

export async function loadDemoTax(tx: Tx, deps: Deps): Promise<DemoTax> {
  const keys = ['ayesha', 'bilal', 'usman', 'emma', 'james', 'khalid', 'nida', 'saima', 'margalla', 'admin'];
  const rows = await tx.selectFrom('users').select(['id', 'email', 'display_name']).where('email', 'in', keys.map(demoEmail)).execute();
  const user = new Map(rows.map((r) => [r.email, r]));
  const id = (key: string) => user.get(demoEmail(key))?.id;
  if (keys.some((k) => !id(k))) return { orders: 0, withdrawals: 0, prcs: 0, profiles: 0, statements: 0 };
  const admin = id('admin')!;
  const policy = feePolicy(deps);
  const now = deps.clock.now();
  const on = (when: Date): Deps => ({ ...deps, clock: { now: () => when } });
  /** The `day`th of the month `back` months before now, 11:00 in Karachi. */
  const monthDay = (back: number, day: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, day, 6));
  const result: DemoTax = { orders: 0, withdrawals: 0, prcs: 0, profiles: 0, statements: 0 };

  // Dollar rates for the months before the first recorded one, so old dollars convert at their day's rate.
  const historic = DEMO_HISTORIC_USD_RATES.filter((r) => r.effectiveOn < INITIAL_USD_TO_PKR.effectiveOn);
  if (historic.length)
    await tx
      .insertInto('fx_rates')
      .values(historic.map((r) => ({ from_currency: 'USD', to_currency: 'PKR' as const, rate: r.rate, effective_on: r.effectiveOn, source: 'demo' as const, set_by: null, created_at: new Date(`${r.effectiveOn}T04:00:00Z`) })))
      .execute();

  const move = (when: Date, kind: Parameters<typeof post>[2]['kind'], key: string, reason: string, legs: Leg[]) =>
    post(tx, on(when), { kind, key: `demo:tax:${key}`, fingerprint: requestFingerprint('demo', kind, { key }), actorId: null, reason, legs });
  const event = (orderId: string, kind: string, actorId: string | null, when: Date, message: string | null = null) =>
    tx.insertInto('order_events').values({ order_id: orderId, kind, actor_id: actorId, message, created_at: when }).execute();

  /** A paid order's life: money in from the client, escrow, delivery, acceptance with Hunar's fee, the hold cleared. */
  async function work(o: { id: string; number: string; client: string; freelancer: string; currency: Currency; fees: ReturnType<typeof feesFor> }, accepted: Date, delivery: string) {
    const paidAt = new Date(accepted.getTime() - 6 * DAY);
    const deliveredAt = new Date(accepted.getTime() - DAY);
    const cleared = new Date(accepted.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY);
    const wallet: AccountRef = { kind: 'client_wallet', ownerId: o.client, currency: o.currency };
    const escrow: AccountRef = { kind: 'escrow', refId: o.id, currency: o.currency };
    const pending: AccountRef = { kind: 'freelancer_pending', ownerId: o.freelancer, currency: o.currency };
    const available: AccountRef = { kind: 'freelancer_available', ownerId: o.freelancer, currency: o.currency };
    const n = `HNR-${o.number}`;
    await move(paidAt, 'payment_in', `${o.id}:card`, `Order ${n}: paid by card (demo)`, [{ from: { kind: 'payment_clearing', currency: o.currency }, to: wallet, amount: o.fees.clientPays }]);
    await move(paidAt, 'escrow_fund', `${o.id}:pay`, `Order ${n}: paid into escrow (demo)`, [{ from: wallet, to: escrow, amount: o.fees.clientPays }]);
    const release: Leg[] = [{ from: escrow, to: pending, amount: o.fees.freelancerReceives }];
    if (o.fees.hunarKeeps.amount > 0n) release.push({ from: escrow, to: revenueAccount(o.currency, o.id), amount: o.fees.hunarKeeps });
    await move(accepted, 'escrow_release', `${o.id}:accept`, `Order ${n}: accepted; escrow released with Hunar's fee (demo)`, release);
    await move(cleared, 'hold_clear', `${o.id}:hold-clear`, `Order ${n}: hold ended; earnings available (demo)`, [{ from: pending, to: available, amount: o.fees.freelancerReceives }]);
    await tx
      .updateTable('orders')
      .set({ state: 'completed', paid_at: paidAt, due_at: new Date(paidAt.getTime() + 7 * DAY), delivered_at: deliveredAt, completed_at: accepted, hold_until: cleared, cleared_at: cleared, created_at: new Date(paidAt.getTime() - HOUR), updated_at: cleared })
      .where('id', '=', o.id)
      .execute();
    await event(o.id, 'placed', o.client, new Date(paidAt.getTime() - HOUR));
    await event(o.id, 'paid', o.client, paidAt);
    await event(o.id, 'delivered', o.freelancer, deliveredAt, delivery);
    await event(o.id, 'accepted', o.client, accepted);
    await event(o.id, 'funds_cleared', null, cleared);
    result.orders += 1;
    return cleared;
  }

  const methods = new Map<string, string>();
  async function method(freelancer: string, channel: 'payoneer' | 'jazzcash', destination: string, title: string) {
    const key = `${freelancer}:${channel}`;
    const known = methods.get(key) ?? (await tx.selectFrom('payout_methods').select('id').where('user_id', '=', freelancer).where('channel', '=', channel).where('removed_at', 'is', null).executeTakeFirst())?.id;
    if (known) {
      methods.set(key, known);
      return known;
    }
    const hasDefault = await tx.selectFrom('payout_methods').select('id').where('user_id', '=', freelancer).where('is_default', '=', true).executeTakeFirst();
    const row = await tx
      .insertInto('payout_methods')
      .values({ user_id: freelancer, channel, destination, account_title: title, is_default: !hasDefault, created_at: monthDay(17, 1) })
      .returning('id')
      .executeTakeFirstOrThrow();
    methods.set(key, row.id);
    return row.id;
  }

  /** A withdrawal of `amount` requested the day after `after`, paid the day after that. */
  async function withdraw(freelancer: string, methodId: string, channel: 'payoneer' | 'jazzcash', destination: string, title: string, amount: Money, after: Date, seq: string) {
    const requested = new Date(after.getTime() + DAY);
    const paid = new Date(requested.getTime() + DAY);
    const wid = demoUuid(`withdrawal:${seq}`);
    const clearing: AccountRef = { kind: 'payout_clearing', refId: wid, currency: amount.currency };
    const requestTx = await move(requested, 'payout_request', `${wid}:request`, `withdrawal to ${channel} (demo)`, [{ from: { kind: 'freelancer_available', ownerId: freelancer, currency: amount.currency }, to: clearing, amount }]);
    const bankReference = channel === 'payoneer' ? `PYN-${seq}` : `JC${seq}`;
    const settleTx = await move(paid, 'payout_paid', `${wid}:paid`, `withdrawal ${withdrawalReference(wid)} paid, reference ${bankReference} (demo)`, [{ from: clearing, to: { kind: 'payout_sent', ownerId: freelancer, currency: amount.currency }, amount }]);
    // Paid withdrawals went out in a batch an admin made the next morning (one per payout, in the demo).
    const batch = await tx.insertInto('payout_batches').values({ channel, created_by: admin, created_at: new Date(requested.getTime() + 4 * HOUR) }).returning('id').executeTakeFirstOrThrow();
    await tx
      .insertInto('withdrawals')
      .values({ id: wid, batch_id: batch.id, user_id: freelancer, method_id: methodId, channel, destination, account_title: title, currency: amount.currency, amount: amount.amount, fee: 0n, status: 'paid', source: 'earnings', bank_reference: bankReference, request_tx: requestTx, settle_tx: settleTx, settled_by: admin, created_at: requested, settled_at: paid })
      .execute();
    result.withdrawals += 1;
    return { id: wid, paid };
  }

  // The dollar retainers: contracts of monthly milestones, each withdrawn to Payoneer once cleared.
  for (const r of RETAINERS) {
    const freelancer = user.get(demoEmail(r.freelancer))!;
    const client = id(r.client)!;
    const payoneer = `${r.freelancer}.payouts@example.pk`;
    const payoneerId = await method(freelancer.id, 'payoneer', payoneer, freelancer.display_name);
    for (let start = 0; start < r.months.length; start += 10) {
      const months = r.months.slice(start, start + 10);
      const hiredAt = monthDay(months[0]!, 1);
      const milestones = months.map((_, i) => ({ title: r.milestone(start + i + 1), amount_minor: String(r.dollars[(start + i) % r.dollars.length]! * 100) }));
      const total = milestones.reduce((s, m) => s + BigInt(m.amount_minor), 0n);
      const job = await tx
        .insertInto('jobs')
        .values({ client_id: client, title: r.job.title, description: r.job.description, category_slug: r.job.category, skills: [], kind: 'fixed', budget_minor: total, currency: 'USD', duration: 'gt_3_months', experience: 'intermediate', visibility: 'public', status: 'closed', closed_at: hiredAt, created_at: new Date(hiredAt.getTime() - 3 * DAY), updated_at: hiredAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      const proposal = await tx
        .insertInto('proposals')
        .values({ job_id: job.id, freelancer_id: freelancer.id, cover_letter: r.cover, price_minor: total, currency: 'USD', delivery_days: 25, milestones: JSON.stringify(milestones), status: 'hired', created_at: new Date(hiredAt.getTime() - 2 * DAY), updated_at: hiredAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      const contractId = await contractFromHire(tx, on(hiredAt), proposal.id);
      const orders = await tx.selectFrom('orders').select(['id', 'number', 'price_minor']).where('contract_id', '=', contractId).orderBy('position').execute();
      let lastCleared = hiredAt;
      for (const [i, o] of orders.entries()) {
        const n = start + i + 1;
        const fees = feesFor(money(BigInt(o.price_minor), 'USD'), policy);
        const cleared = await work({ id: o.id, number: o.number, client, freelancer: freelancer.id, currency: 'USD', fees }, monthDay(months[i]!, 8), r.delivery);
        lastCleared = cleared;
        const w = await withdraw(freelancer.id, payoneerId, 'payoneer', payoneer, freelancer.display_name, fees.freelancerReceives, cleared, `${r.freelancer.toUpperCase()}-${String(n).padStart(4, '0')}`);
        // What a PRC needs; the certificate itself where the bank has issued one.
        let prcMedia: string | null = null;
        if (r.prc(n, r.months.length)) {
          const pdf = demoPdf('Proceeds Realisation Certificate (demo)', [
            `Beneficiary: ${freelancer.display_name}`,
            `Amount: USD ${(Number(fees.freelancerReceives.amount) / 100).toFixed(2)}`,
            `Purpose code: 9186 (IT export)`,
            `Remitter country: ${r.payerCountry}`,
            `Reference: PYN-${r.freelancer.toUpperCase()}-${String(n).padStart(4, '0')}`,
          ]);
          const prepared = await prepareAttachment({ name: `PRC-${n}.pdf`, bytes: pdf }, 'remittance_prc');
          prcMedia = await storeWithin(deps, tx, prepared, async (t, key) => (await t.insertInto('media').values({ ...mediaColumns(prepared, key), owner_id: freelancer.id, created_at: new Date(w.paid.getTime() + 3 * DAY) }).returning('id').executeTakeFirstOrThrow()).id);
          result.prcs += 1;
        }
        await tx
          .insertInto('remittance_records')
          .values({
            withdrawal_id: w.id,
            user_id: freelancer.id,
            payer_country: r.payerCountry,
            purpose_code: '9186',
            prc_number: prcMedia ? `PRC-${r.payerCountry}-${String(n).padStart(5, '0')}` : null,
            prc_media_id: prcMedia,
            prc_attached_at: prcMedia ? new Date(w.paid.getTime() + 3 * DAY) : null,
            created_at: w.paid,
            updated_at: prcMedia ? new Date(w.paid.getTime() + 3 * DAY) : w.paid,
          })
          .execute();
      }
      await tx.updateTable('contracts').set({ status: 'ended', ended_at: lastCleared }).where('id', '=', contractId).execute();
    }
  }

  // Rupee work for clients in Pakistan through the freelancers' gigs.
  for (const l of LOCAL_ORDERS) {
    const freelancer = user.get(demoEmail(l.freelancer))!;
    const gig = await tx.selectFrom('gigs').select(['id', 'title']).where('seller_id', '=', freelancer.id).where('status', '=', 'published').orderBy('created_at').executeTakeFirst();
    const pkg = gig && (await tx.selectFrom('gig_packages').selectAll().where('gig_id', '=', gig.id).where('position', '=', l.position).executeTakeFirst());
    if (!gig || !pkg?.price_minor || pkg.currency !== 'PKR') continue;
    const jazzcash = l.withdraw ? await method(freelancer.id, 'jazzcash', '+923017654321', freelancer.display_name) : null;
    for (const [i, back] of l.months.entries()) {
      const client = id(l.clients[i % l.clients.length]!)!;
      const fees = feesFor(money(BigInt(pkg.price_minor), 'PKR'), policy);
      const order = await tx
        .insertInto('orders')
        .values({ kind: 'gig', client_id: client, freelancer_id: freelancer.id, gig_id: gig.id, package_position: pkg.position, title: gig.title, package_name: pkg.name, currency: 'PKR', price_minor: fees.price.amount, client_fee_minor: fees.clientFee.amount, freelancer_fee_minor: fees.freelancerFee.amount, delivery_days: pkg.delivery_days, revisions_included: pkg.revisions,
          answers: JSON.stringify([]),
          ...{ contract_id: null, cancel_requested_by: null, paid_at: null, due_at: null, delivered_at: null, auto_accept_at: null, completed_at: null, cancelled_at: null, hold_until: null, cleared_at: null, position: null, week_ends_at: null },
          created_at: monthDay(back, 10),
          updated_at: monthDay(back, 10),
        })
        .returning(['id', 'number'])
        .executeTakeFirstOrThrow();
      const cleared = await work({ id: order.id, number: order.number, client, freelancer: freelancer.id, currency: 'PKR', fees }, monthDay(back, 18), 'ڈیزائن کی فائلیں حاضر ہیں۔ / The files are attached.');
      if (jazzcash) await withdraw(freelancer.id, jazzcash, 'jazzcash', '+923017654321', freelancer.display_name, fees.freelancerReceives, cleared, `${l.freelancer.toUpperCase()}${7_300_000 + i * 7919}`);
    }
  }

  // Tax profiles: the CNIC sealed as the profile form seals it, never in the clear.
  const sealing = secretKeys(deps.config);
  for (const p of PROFILES) {
    const userId = id(p.key)!;
    let certificate: string | null = null;
    if (p.pseb) {
      const prepared = await prepareAttachment({ name: 'PSEB-certificate.pdf', bytes: demoPdf('PSEB freelancer registration (demo)', [`Registration: ${p.pseb.number}`, 'Valid for one year']) }, 'tax_certificate');
      certificate = await storeWithin(deps, tx, prepared, async (t, key) => (await t.insertInto('media').values({ ...mediaColumns(prepared, key), owner_id: userId, created_at: monthDay(11, 3) }).returning('id').executeTakeFirstOrThrow()).id);
    }
    const expires = p.pseb ? new Date(now.getTime() + p.pseb.expiresInDays * DAY).toISOString().slice(0, 10) : null;
    await tx
      .insertInto('tax_profiles')
      .values({
        user_id: userId,
        // An individual's NTN is their CNIC: kept as a flag beside the sealed CNIC, never in the clear (0048).
        ntn: p.ntn === p.cnic ? null : p.ntn,
        ntn_is_cnic: p.ntn !== null && p.ntn === p.cnic,
        cnic_sealed: p.cnic ? seal(sealing, p.cnic) : null,
        cnic_last4: p.cnic ? p.cnic.slice(-4) : null,
        pseb_number: p.pseb?.number ?? null,
        pseb_expires_on: expires,
        pseb_certificate_media_id: certificate,
        filer: p.filer,
        province: p.province,
        has_salary: p.salary !== null,
        salary_minor: p.salary === null ? null : BigInt(p.salary) * 100n,
        created_at: monthDay(11, 3),
        updated_at: monthDay(1, 20),
      })
      .execute();
    if (p.ticks.length) await tx.insertInto('tax_checklist_ticks').values(p.ticks.map((step, i) => ({ user_id: userId, step, done_at: monthDay(11 - i, 5) }))).execute();
    result.profiles += 1;
  }

  // Year statements for last tax year: Ayesha's first one withdrawn (issued before her last PRCs were
  // in), the one she gave her bank since; Usman's for his landlord. Each verifies at /verify/<code>.
  const lastYear = taxYearOf(now) - 1;
  if (COVERED_TAX_YEARS.includes(lastYear)) {
    const early = await issueStatementWithin(tx, deps, id('ayesha')!, lastYear, new Date(now.getTime() - 40 * DAY));
    const withdrawnAt = new Date(now.getTime() - 39 * DAY);
    await tx.updateTable('tax_statements').set({ withdrawn_at: withdrawnAt }).where('id', '=', early.id).execute();
    await withdrawVerifiable(tx, { kind: 'year_statement', subjectId: early.id, withdrawnAt });
    await issueStatementWithin(tx, deps, id('ayesha')!, lastYear, new Date(now.getTime() - 12 * DAY));
    await issueStatementWithin(tx, deps, id('usman')!, lastYear, new Date(now.getTime() - 20 * DAY));
    result.statements = 3;
  }
  return result;
}
