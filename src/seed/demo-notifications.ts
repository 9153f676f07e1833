// Demo notifications (issue 18): what each demo person would have been told about the demo orders,
// contracts, jobs and withdrawals already seeded, read long ago except the newest two, so the bell
// shows a small number and /notifications a lived-in list in the person's language (each kind is
// worded from its facts when shown). Written straight into the table, as already e-mailed: seeding
// sends no mail and enqueues no job.
import type { Tx } from '../db/pool.ts';
import type { NotificationInput } from '../notifications/kinds.ts';
import { withdrawalReference } from '../payouts/domain.ts';
import type { Currency } from '../platform/money.ts';
import { demoEmail } from './demo-people.ts';

const PEOPLE = ['ayesha', 'bilal', 'usman', 'hamza', 'emma'] as const;
/** The newest this many stay unread; older ones were read an hour after they came. */
const UNREAD = 2;
const PER_PERSON = 8;
const HOUR = 3_600_000;

type Told = NotificationInput & { at: Date };

const amount = (minor: string | bigint, currency: Currency) => ({ minor: String(minor), currency });

export async function loadDemoNotifications(tx: Tx, now: Date): Promise<{ notifications: number }> {
  const users = await tx
    .selectFrom('users')
    .select(['id', 'email', 'display_name'])
    .where(
      'email',
      'in',
      PEOPLE.map((k) => demoEmail(k)),
    )
    .execute();
  const names = new Map((await tx.selectFrom('users').select(['id', 'display_name']).execute()).map((u) => [u.id, u.display_name]));
  let written = 0;
  for (const u of users) {
    const told: Told[] = [];
    const ago = (d: Date | null | undefined, fallbackHours: number) => d ?? new Date(now.getTime() - fallbackHours * HOUR);

    // As the freelancer: orders placed, paid, accepted and cleared.
    const sold = await tx
      .selectFrom('orders')
      .select(['id', 'number', 'title', 'state', 'currency', 'price_minor', 'freelancer_fee_minor', 'client_id', 'created_at', 'paid_at', 'completed_at', 'cleared_at', 'kind'])
      .where('freelancer_id', '=', u.id)
      .orderBy('created_at', 'desc')
      .limit(6)
      .execute();
    for (const o of sold) {
      const facts = { order: String(o.number), title: o.title };
      const link = `/orders/${o.id}`;
      if (o.kind === 'gig') told.push({ userId: u.id, kind: 'order_placed', params: facts, link, at: o.created_at });
      if (o.paid_at) told.push({ userId: u.id, kind: 'order_paid', params: { ...facts, amount: amount(o.price_minor, o.currency) }, link, at: o.paid_at });
      const earned = amount(BigInt(o.price_minor) - BigInt(o.freelancer_fee_minor), o.currency);
      if (o.completed_at) told.push({ userId: u.id, kind: 'order_accepted', params: { ...facts, amount: earned }, link, at: o.completed_at });
      if (o.cleared_at) told.push({ userId: u.id, kind: 'earnings_available', params: { ...facts, amount: earned }, link: '/payouts', at: o.cleared_at });
    }
    // As the client: deliveries waiting for them, with the day-before warning when it is that close.
    const bought = await tx
      .selectFrom('orders')
      .select(['id', 'number', 'title', 'delivered_at', 'auto_accept_at'])
      .where('client_id', '=', u.id)
      .where('state', '=', 'delivered')
      .execute();
    for (const o of bought) {
      const facts = { order: String(o.number), title: o.title };
      told.push({ userId: u.id, kind: 'order_delivered', params: facts, link: `/orders/${o.id}`, at: ago(o.delivered_at, 30) });
      if (o.auto_accept_at && o.auto_accept_at.getTime() - now.getTime() < 36 * HOUR) {
        told.push({ userId: u.id, kind: 'auto_accept_soon', params: facts, link: `/orders/${o.id}`, at: new Date(o.auto_accept_at.getTime() - 24 * HOUR) });
      }
    }
    // Contracts they were hired on, invitations, proposals on their jobs, withdrawals settled.
    const hired = await tx.selectFrom('contracts').select(['id', 'title', 'client_id', 'created_at']).where('freelancer_id', '=', u.id).execute();
    for (const c of hired) told.push({ userId: u.id, kind: 'hired', params: { contract: c.title, from: names.get(c.client_id) ?? '' }, link: `/contracts/${c.id}`, at: c.created_at });
    const invites = await tx
      .selectFrom('job_invites as i')
      .innerJoin('jobs', 'jobs.id', 'i.job_id')
      .select(['jobs.id', 'jobs.title', 'jobs.client_id', 'i.created_at'])
      .where('i.freelancer_id', '=', u.id)
      .execute();
    for (const i of invites) told.push({ userId: u.id, kind: 'invited', params: { job: i.title, from: names.get(i.client_id) ?? '' }, link: `/jobs/${i.id}`, at: i.created_at });
    const proposals = await tx
      .selectFrom('proposals as p')
      .innerJoin('jobs', 'jobs.id', 'p.job_id')
      .select(['jobs.id', 'jobs.title', 'p.freelancer_id', 'p.created_at'])
      .where('jobs.client_id', '=', u.id)
      .orderBy('p.created_at', 'desc')
      .limit(4)
      .execute();
    for (const p of proposals) told.push({ userId: u.id, kind: 'proposal_received', params: { job: p.title, from: names.get(p.freelancer_id) ?? '' }, link: `/jobs/${p.id}`, at: p.created_at });
    const withdrawals = await tx.selectFrom('withdrawals').select(['id', 'status', 'amount', 'currency', 'failure_reason', 'settled_at']).where('user_id', '=', u.id).where('status', 'in', ['paid', 'failed']).execute();
    for (const w of withdrawals) {
      const params = { amount: amount(w.amount, w.currency), reference: withdrawalReference(w.id), ...(w.status === 'failed' ? { reason: w.failure_reason ?? '' } : {}) };
      told.push({ userId: u.id, kind: w.status === 'paid' ? 'withdrawal_paid' : 'withdrawal_failed', params, link: '/payouts', at: ago(w.settled_at, 20) });
    }

    const newest = told.filter((t) => t.at.getTime() <= now.getTime()).sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, PER_PERSON);
    if (newest.length === 0) continue;
    await tx
      .insertInto('notifications')
      .values(
        newest.map((t, i) => ({
          user_id: t.userId,
          kind: t.kind,
          params: JSON.stringify(t.params),
          link: t.link,
          created_at: t.at,
          read_at: i < UNREAD ? null : new Date(Math.min(t.at.getTime() + HOUR, now.getTime())),
          emailed_at: t.at,
        })),
      )
      .execute();
    written += newest.length;
  }
  return { notifications: written };
}
