// A job passed on in the demo (issue 21, src/referrals/pass-on.ts): Nida Rehman's Lahore restaurant
// wants a website; Hira Yousaf is fully booked and passes the job on to Saad Anwar for a 10% referral
// fee; Saad agrees, is hired, delivers the first milestone, Nida accepts it, and the referral fee
// moves through the ledger from Saad's pending earnings to Hira's (as the referrals sweep moves it).
// The money moves as the use cases move it: payment in, escrow, release with Hunar's fee, then the
// fee. The hold has not ended yet, so both amounts are still "on hold" on /payouts. Runs after
// demo-rates.ts (which brings Hira and Saad); does nothing if they are missing.
import type { Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, type Leg, post, revenueAccount } from '../ledger/service.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { settleReferralFeesIn } from '../referrals/pass-on.ts';
import { demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function loadDemoPassOn(tx: Tx, deps: Deps): Promise<{ passedOn: number; feesPaid: number }> {
  const now = deps.clock.now().getTime();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const people = await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', ['nida', 'hira', 'saad'].map(demoEmail)).execute();
  const id = (key: string) => people.find((p) => p.email === demoEmail(key))?.id;
  const nida = id('nida');
  const hira = id('hira');
  const saad = id('saad');
  if (!nida || !hira || !saad) return { passedOn: 0, feesPaid: 0 };

  const job = await tx
    .insertInto('jobs')
    .values({
      client_id: nida,
      title: 'Website for our Lahore restaurant, with the menu in Urdu and English',
      description:
        'We run a family restaurant on M.M. Alam Road, Lahore. We need a fast WordPress website: our menu in Urdu and English, photos, opening hours, a map, and a WhatsApp button for table bookings. Two milestones: the design, then the finished site.',
      category_slug: 'web-mobile',
      skills: ['website-building'],
      kind: 'fixed',
      budget_minor: 6_000_000n,
      currency: 'PKR',
      duration: '1_4_weeks',
      experience: 'intermediate',
      visibility: 'public',
      status: 'closed',
      created_at: at(24),
      updated_at: at(20),
      closed_at: at(20),
    })
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('job_referrals')
    .values({
      job_id: job.id,
      referrer_id: hira,
      referee_id: saad,
      fee_bps: 1000,
      note: 'I am fully booked until next month. Saad builds fast bilingual WordPress sites; I would trust him with this.',
      status: 'agreed',
      created_at: at(23),
      decided_at: at(22),
    })
    .execute();
  const milestones = [
    { title: 'Design and menu layout', amount: 2_000_000n },
    { title: 'Finished site with bookings button', amount: 3_500_000n },
  ];
  const proposal = await tx
    .insertInto('proposals')
    .values({
      job_id: job.id,
      freelancer_id: saad,
      cover_letter: 'ہیرا نے مجھے یہ کام بتایا۔ میں نے لاہور کے کئی ریستورانوں کی اردو اور انگریزی ویب سائٹس بنائی ہیں؛ دو ہفتوں میں مکمل کر دوں گا۔',
      price_minor: 5_500_000n,
      rate_minor: null,
      currency: 'PKR',
      delivery_days: 14,
      milestones: JSON.stringify(milestones.map((m) => ({ title: m.title, amount_minor: m.amount.toString() }))),
      status: 'hired',
      created_at: at(21),
      updated_at: at(20),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const contract = await tx
    .insertInto('contracts')
    .values({ proposal_id: proposal.id, job_id: job.id, client_id: nida, freelancer_id: saad, title: job.title, kind: 'fixed', currency: 'PKR', rate_minor: null, weekly_hours: null, created_at: at(20) })
    .returning('id')
    .executeTakeFirstOrThrow();

  const policy = feePolicy(deps);
  const move = (when: Date, kind: 'payment_in' | 'escrow_fund' | 'escrow_release', key: string, reason: string, legs: Leg[]) =>
    post(tx, { clock: { now: () => when } }, { kind, key: `demo-passon:${key}`, fingerprint: requestFingerprint(nida, `demo.${kind}`, { key }), actorId: null, reason, legs });
  for (const [i, m] of milestones.entries()) {
    const fees = feesFor(money(m.amount, 'PKR'), policy);
    const done = i === 0;
    const paidAt = at(19);
    const accepted = at(2);
    const order = await tx
      .insertInto('orders')
      .values({
        kind: 'milestone',
        client_id: nida,
        freelancer_id: saad,
        contract_id: contract.id,
        title: m.title,
        currency: 'PKR',
        price_minor: m.amount,
        client_fee_minor: fees.clientFee.amount,
        freelancer_fee_minor: fees.freelancerFee.amount,
        delivery_days: 14,
        revisions_included: -1,
        position: i + 1,
        state: done ? 'completed' : 'awaiting_payment',
        paid_at: done ? paidAt : null,
        due_at: done ? new Date(paidAt.getTime() + 14 * DAY) : null,
        delivered_at: done ? at(4) : null,
        completed_at: done ? accepted : null,
        hold_until: done ? new Date(accepted.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY) : null,
        created_at: at(20),
        updated_at: done ? accepted : at(20),
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    await tx.insertInto('order_events').values({ order_id: order.id, kind: 'placed', actor_id: nida, message: null, created_at: at(20) }).execute();
    if (!done) continue;
    const wallet: AccountRef = { kind: 'client_wallet', ownerId: nida, currency: 'PKR' };
    const escrow: AccountRef = { kind: 'escrow', refId: order.id, currency: 'PKR' };
    const n = `HNR-${order.number}`;
    await move(paidAt, 'payment_in', `${order.id}:card`, `Order ${n}: paid by card (demo)`, [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: wallet, amount: fees.clientPays }]);
    await move(paidAt, 'escrow_fund', `${order.id}:pay`, `Order ${n}: paid into escrow (demo)`, [{ from: wallet, to: escrow, amount: fees.clientPays }]);
    const release: Leg[] = [{ from: escrow, to: { kind: 'freelancer_pending', ownerId: saad, currency: 'PKR' }, amount: fees.freelancerReceives }];
    if (fees.hunarKeeps.amount > 0n) release.push({ from: escrow, to: revenueAccount('PKR', order.id), amount: fees.hunarKeeps });
    await move(accepted, 'escrow_release', `${order.id}:accept`, `Order ${n}: accepted; escrow released with Hunar's fee (demo)`, release);
    await tx
      .insertInto('order_events')
      .values([
        { order_id: order.id, kind: 'paid', actor_id: nida, message: null, created_at: paidAt },
        { order_id: order.id, kind: 'delivered', actor_id: saad, message: 'ڈیزائن اور مینیو کا خاکہ منسلک ہے۔', created_at: at(4) },
        { order_id: order.id, kind: 'accepted', actor_id: nida, message: null, created_at: accepted },
      ])
      .execute();
  }
  // The referral fee, as the referrals sweep pays it right after the milestone completed.
  const feesPaid = await settleReferralFeesIn(tx, { ...deps, clock: { ...deps.clock, now: () => at(2) } });
  return { passedOn: 1, feesPaid };
}
