// Demo money for the wallet, payouts and admin batch pages (issue 16), written as the use cases write
// it: every movement one ledger transaction (src/ledger), in the seed's own database transaction.
// Fixed data, dated from the seed's clock:
// - Hamza (client) added Rs 60,000 by bank transfer 20 days ago and ordered two of Ayesha's packages:
//   Premium, accepted 12 days ago (its hold has ended: Ayesha can withdraw it), and Standard,
//   accepted 2 days ago (on hold for FUNDS_HOLD_DAYS, so it shows the day it clears);
// - Ayesha withdrew Rs 5,000 of her earnings and Hamza Rs 10,000 of his unused balance, both to
//   JazzCash; the admin put both in one JazzCash batch, still being sent;
// - what is left: Ayesha has earnings available and on hold, Hamza an unused balance to withdraw.
import { feesFor } from '../fees/domain.ts';
import type { Tx } from '../db/pool.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, type Leg, post, revenueAccount } from '../ledger/service.ts';
import { makeReference } from '../payments/domain.ts';
import type { Deps } from '../platform/deps.ts';
import { type Money, money } from '../platform/money.ts';
import { demoEmail } from './demo-people.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export async function loadDemoMoney(tx: Tx, deps: Pick<Deps, 'config'>, now: Date): Promise<{ orders: number; withdrawals: number }> {
  const user = async (key: string) => (await tx.selectFrom('users').select('id').where('email', '=', demoEmail(key)).executeTakeFirst())?.id;
  const [ayesha, hamza, admin] = [await user('ayesha'), await user('hamza'), await user('admin')];
  if (!ayesha || !hamza || !admin) return { orders: 0, withdrawals: 0 };
  const gig = await tx.selectFrom('gigs').select(['id', 'title']).where('seller_id', '=', ayesha).orderBy('created_at').executeTakeFirst();
  if (!gig) return { orders: 0, withdrawals: 0 };
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const at = (when: Date) => ({ clock: { now: () => when } });
  const wallet: AccountRef = { kind: 'client_wallet', ownerId: hamza, currency: 'PKR' };
  const pending: AccountRef = { kind: 'freelancer_pending', ownerId: ayesha, currency: 'PKR' };
  const available: AccountRef = { kind: 'freelancer_available', ownerId: ayesha, currency: 'PKR' };
  const move = (when: Date, kind: Parameters<typeof post>[2]['kind'], key: string, reason: string, legs: Leg[]) =>
    post(tx, at(when), { kind, key: `demo:${key}`, fingerprint: requestFingerprint('demo', kind, { key }), actorId: null, reason, legs });

  // Money in: a bank transfer matched by the admin.
  const topUpAt = ago(20 * DAY);
  const topUp = money(6_000_000n, 'PKR');
  const topUpTx = await move(topUpAt, 'payment_in', 'hamza-top-up', 'top-up by bank transfer (demo)', [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: wallet, amount: topUp }]);
  await tx
    .insertInto('top_ups')
    .values({
      user_id: hamza,
      method: 'bank_transfer',
      reference: makeReference(Uint8Array.from([16, 32, 48, 64, 80, 96, 112])),
      amount_minor: topUp.amount,
      currency: 'PKR',
      status: 'succeeded',
      credited_minor: topUp.amount,
      credited_currency: 'PKR',
      ledger_transaction_id: topUpTx,
      return_to: null,
      start_key: 'demo-hamza-top-up',
      start_fingerprint: requestFingerprint(hamza, 'demo.top_up', {}),
      expires_at: null,
      settled_at: new Date(topUpAt.getTime() + 3 * HOUR),
      created_at: topUpAt,
      updated_at: topUpAt,
    })
    .execute();

  // Two of Ayesha's packages, paid, delivered and accepted; the first one's hold has ended.
  const packages = await tx.selectFrom('gig_packages').select(['position', 'name', 'price_minor', 'delivery_days', 'revisions']).where('gig_id', '=', gig.id).orderBy('position').execute();
  const plans = [
    { position: 3, placed: ago(18 * DAY), accepted: ago(12 * DAY), answers: [] },
    { position: 2, placed: ago(6 * DAY), accepted: ago(2 * DAY), answers: [] },
  ];
  let orders = 0;
  for (const plan of plans) {
    const pkg = packages.find((p) => p.position === plan.position);
    if (!pkg?.price_minor) continue;
    const fees = feesFor(money(BigInt(pkg.price_minor), 'PKR'), deps.config.fees);
    const paidAt = new Date(plan.placed.getTime() + HOUR);
    const deliveredAt = new Date(plan.accepted.getTime() - 20 * HOUR);
    const holdUntil = new Date(plan.accepted.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY);
    const cleared = holdUntil <= now ? holdUntil : null;
    const order = await tx
      .insertInto('orders')
      .values({
        kind: 'gig',
        client_id: hamza,
        freelancer_id: ayesha,
        gig_id: gig.id,
        package_position: pkg.position,
        title: gig.title,
        package_name: pkg.name,
        currency: 'PKR',
        price_minor: fees.price.amount,
        client_fee_minor: fees.clientFee.amount,
        freelancer_fee_minor: fees.freelancerFee.amount,
        delivery_days: pkg.delivery_days,
        revisions_included: pkg.revisions,
        answers: JSON.stringify(plan.answers),
        state: 'completed',
        paid_at: paidAt,
        due_at: pkg.delivery_days ? new Date(paidAt.getTime() + pkg.delivery_days * DAY) : null,
        delivered_at: deliveredAt,
        completed_at: plan.accepted,
        hold_until: holdUntil,
        cleared_at: cleared,
        created_at: plan.placed,
        updated_at: cleared ?? plan.accepted,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    const events: [string, string | null, Date][] = [
      ['placed', hamza, plan.placed],
      ['paid', hamza, paidAt],
      ['delivered', ayesha, deliveredAt],
      ['accepted', hamza, plan.accepted],
      ...(cleared ? ([['funds_cleared', null, cleared]] as [string, string | null, Date][]) : []),
    ];
    await tx
      .insertInto('order_events')
      .values(events.map(([kind, actor, when]) => ({ order_id: order.id, kind, actor_id: actor, message: kind === 'delivered' ? 'ڈیزائن کی فائلیں حاضر ہیں۔ / The design files are attached.' : null, created_at: when })))
      .execute();
    const escrow: AccountRef = { kind: 'escrow', refId: order.id, currency: 'PKR' };
    const n = `HNR-${order.number}`;
    await move(paidAt, 'escrow_fund', `order-${order.id}-pay`, `Order ${n}: paid into escrow (demo)`, [{ from: wallet, to: escrow, amount: fees.clientPays }]);
    const release: Leg[] = [{ from: escrow, to: pending, amount: fees.freelancerReceives }];
    if (fees.hunarKeeps.amount > 0n) release.push({ from: escrow, to: revenueAccount('PKR', order.id), amount: fees.hunarKeeps });
    await move(plan.accepted, 'escrow_release', `order-${order.id}-accept`, `Order ${n}: accepted; escrow released with Hunar's fee (demo)`, release);
    if (cleared) await move(cleared, 'hold_clear', `order-${order.id}-hold-clear`, `Order ${n}: hold ended; earnings available (demo)`, [{ from: pending, to: available, amount: fees.freelancerReceives }]);
    orders += 1;
  }

  // Both withdraw to JazzCash; the admin batches them together (JazzCash's bulk file).
  const methodAt = ago(11 * DAY);
  const methods = await tx
    .insertInto('payout_methods')
    .values([
      { user_id: ayesha, channel: 'jazzcash', destination: '+923017654321', account_title: 'عائشہ صدیقی', is_default: true, created_at: methodAt },
      { user_id: hamza, channel: 'jazzcash', destination: '+923215550101', account_title: 'Hamza Sheikh', is_default: true, created_at: methodAt },
    ])
    .returning(['id', 'user_id', 'destination', 'account_title'])
    .execute();
  const batchAt = ago(4 * HOUR);
  const batch = await tx.insertInto('payout_batches').values({ channel: 'jazzcash', created_by: admin, created_at: batchAt }).returning('id').executeTakeFirstOrThrow();
  // Fixed ids, so every seeded database shows the same references (HNR-A7C31E52, HNR-C2F94D18).
  const asks: { id: string; who: string; from: AccountRef; source: 'earnings' | 'wallet'; amount: Money; when: Date }[] = [
    { id: 'a7c31e52-4b1d-4f6e-9c3a-5d2e8f104b61', who: ayesha, from: available, source: 'earnings', amount: money(500_000n, 'PKR'), when: ago(DAY) },
    { id: 'c2f94d18-7e35-4a0b-8d61-3b9e5a7f2c04', who: hamza, from: wallet, source: 'wallet', amount: money(1_000_000n, 'PKR'), when: ago(20 * HOUR) },
  ];
  for (const ask of asks) {
    const method = methods.find((m) => m.user_id === ask.who)!;
    const id = ask.id;
    const requestTx = await move(ask.when, 'payout_request', `withdrawal-${ask.who}`, `withdrawal to jazzcash (demo)`, [{ from: ask.from, to: { kind: 'payout_clearing', refId: id, currency: 'PKR' }, amount: ask.amount }]);
    await tx
      .insertInto('withdrawals')
      .values({
        id,
        user_id: ask.who,
        method_id: method.id,
        channel: 'jazzcash',
        destination: method.destination,
        account_title: method.account_title,
        currency: 'PKR',
        amount: ask.amount.amount,
        fee: 0n,
        status: 'in_batch',
        source: ask.source,
        batch_id: batch.id,
        request_tx: requestTx,
        created_at: ask.when,
      })
      .execute();
  }
  await tx
    .insertInto('audit_events')
    .values({ kind: 'payout.batch_created', actor_id: admin, subject_id: batch.id, data: JSON.stringify({ channel: 'jazzcash', withdrawals: asks.length }), ip: null, created_at: batchAt })
    .execute();
  return { orders, withdrawals: asks.length };
}
