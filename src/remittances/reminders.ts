// The daily tax reminders job (TAX_REMINDERS_JOB, scheduled in src/boot.ts; docs/decisions/0054):
// (a) the income tax return: 30 and 7 days before 30 September, to everyone who earned anything on
//     Hunar in the tax year that ended on 30 June;
// (b) PSEB registration: 30 and 7 days before tax_profiles.pseb_expires_on;
// (c) a PRC missing: once, PRC_REMINDER_AFTER_DAYS after a dollar payout was paid, when no PRC is
//     attached by then.
// In the app and by mail, in the person's language, through notify(). Each reminder is claimed in
// the same transaction as its notification (a tax_reminders row for (a) and (b), the record's
// reminded_at for (c)), so running the job twice, or in two processes at once, tells nobody twice.
// Days are Pakistan's calendar days of deps.clock.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import { notify } from '../notifications/notify.ts';
import { withdrawalReference } from '../payouts/domain.ts';
import type { Deps } from '../platform/deps.ts';
import { taxYearBounds } from '../tax/domain.ts';
import { daysBetween, karachiDay, nextReturnDeadline, PRC_REMINDER_AFTER_DAYS, PRC_REMINDER_WITHIN_DAYS, type ReminderStage, reminderOccasion, reminderStage } from './domain.ts';
import { ensureRecords } from './service.ts';

export const TAX_REMINDERS_JOB = 'tax.reminders';

const DAY_MS = 86_400_000;
const BATCH = 500;

export interface RemindersSent {
  returnDue: number;
  psebExpiring: number;
  prcMissing: number;
}

/** Claims one (person, kind, occasion); false when it was already sent. */
async function claim(tx: Executor, userId: string, kind: 'tax_return_due' | 'pseb_expiring', occasion: string, now: Date): Promise<boolean> {
  const row = await tx
    .insertInto('tax_reminders')
    .values({ user_id: userId, kind, occasion, sent_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'kind', 'occasion']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return !!row;
}

/** (a) The return of the tax year whose deadline is next, to everyone who earned in that year. */
async function returnReminders(deps: Deps, now: Date, today: string): Promise<number> {
  const due = nextReturnDeadline(today);
  const stage = reminderStage(due.daysLeft);
  if (!stage) return 0;
  const occasion = reminderOccasion(due.taxYear, stage);
  const { start, end } = taxYearBounds(due.taxYear);
  let sent = 0;
  for (;;) {
    // Earnings reach a freelancer through freelancer_pending (released escrow, billed hours, a
    // dispute's share): any credit there in the year is "earned anything".
    const { rows } = await sql<{ user_id: string }>`
      SELECT DISTINCT a.owner_id AS user_id FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
      WHERE a.kind = 'freelancer_pending' AND e.amount > 0 AND e.created_at >= ${start} AND e.created_at < ${end}
        AND NOT EXISTS (SELECT 1 FROM tax_reminders r WHERE r.user_id = a.owner_id AND r.kind = 'tax_return_due' AND r.occasion = ${occasion})
      LIMIT ${BATCH}`.execute(deps.db);
    if (rows.length === 0) break;
    for (const { user_id } of rows) {
      const told = await deps.db.transaction().execute(async (tx) => {
        if (!(await claim(tx, user_id, 'tax_return_due', occasion, now))) return false;
        await notify(deps, tx, { userId: user_id, kind: 'tax_return_due', params: { year: due.taxYear, date: due.deadline, days: due.daysLeft }, link: '/tax' });
        return true;
      });
      if (told) sent++;
    }
    if (rows.length < BATCH) break;
  }
  return sent;
}

/** (b) PSEB registrations ending within 30 days. A new expiry date is a new occasion. */
async function psebReminders(deps: Deps, now: Date, today: string): Promise<number> {
  const { rows } = await sql<{ user_id: string; expires: string }>`
    SELECT user_id, to_char(pseb_expires_on, 'YYYY-MM-DD') AS expires FROM tax_profiles
    WHERE pseb_expires_on > ${today}::date AND pseb_expires_on <= ${today}::date + 30`.execute(deps.db);
  let sent = 0;
  for (const r of rows) {
    const daysLeft = daysBetween(today, r.expires);
    const stage: ReminderStage | null = reminderStage(daysLeft);
    if (!stage) continue;
    const told = await deps.db.transaction().execute(async (tx) => {
      if (!(await claim(tx, r.user_id, 'pseb_expiring', reminderOccasion(r.expires, stage), now))) return false;
      await notify(deps, tx, { userId: r.user_id, kind: 'pseb_expiring', params: { date: r.expires, days: daysLeft }, link: '/tax/profile' });
      return true;
    });
    if (told) sent++;
  }
  return sent;
}

/** (c) Dollar payouts paid a week ago or more (within the window) with no PRC and no reminder yet. */
async function prcReminders(deps: Deps, now: Date): Promise<number> {
  const oldest = new Date(now.getTime() - PRC_REMINDER_WITHIN_DAYS * DAY_MS);
  const latest = new Date(now.getTime() - PRC_REMINDER_AFTER_DAYS * DAY_MS);
  // Payouts from before records existed (or the demo's) get theirs first, so they are reminded too.
  await ensureRecords(deps.db, deps, { paidSince: oldest });
  let sent = 0;
  for (;;) {
    const rows = await deps.db
      .selectFrom('remittance_records as r')
      .innerJoin('withdrawals as w', 'w.id', 'r.withdrawal_id')
      .select(['r.withdrawal_id', 'r.user_id', 'w.amount', 'w.fee', 'w.currency'])
      .where('w.status', '=', 'paid')
      .where('w.settled_at', '>', oldest)
      .where('w.settled_at', '<=', latest)
      .where('r.prc_media_id', 'is', null)
      .where('r.reminded_at', 'is', null)
      .orderBy('w.settled_at')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const told = await deps.db.transaction().execute(async (tx) => {
        const claimed = await tx
          .updateTable('remittance_records')
          .set({ reminded_at: now })
          .where('withdrawal_id', '=', r.withdrawal_id)
          .where('reminded_at', 'is', null)
          .where('prc_media_id', 'is', null)
          .returning('withdrawal_id')
          .executeTakeFirst();
        if (!claimed) return false;
        const net = (BigInt(r.amount) - BigInt(r.fee)).toString();
        await notify(deps, tx, {
          userId: r.user_id,
          kind: 'prc_missing',
          params: { amount: { minor: net, currency: r.currency }, reference: withdrawalReference(r.withdrawal_id) },
          link: `/tax/remittances#r-${r.withdrawal_id}`,
        });
        return true;
      });
      if (told) sent++;
    }
    if (rows.length < BATCH) break;
  }
  return sent;
}

/** The job's work: every reminder due today, each once. Returns how many went out of each kind. */
export async function sendTaxReminders(deps: Deps): Promise<RemindersSent> {
  const now = deps.clock.now();
  const today = karachiDay(now);
  return {
    returnDue: await returnReminders(deps, now, today),
    psebExpiring: await psebReminders(deps, now, today),
    prcMissing: await prcReminders(deps, now),
  };
}
