// What every messages use case shares: finding a conversation for one of its two people (anyone
// else gets not_found, so ids cannot be probed), blocks between two people, and whether they have
// worked together (an order or a contract), which turns the off-platform warning off.
import { sql } from 'kysely';
import type { Executor, Tx } from '../../db/pool.ts';
import { AppError } from '../../platform/errors.ts';
import { type ConversationKind, pair } from '../domain.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  startedBy: string;
  gigId: string | null;
  jobId: string | null;
  orderId: string | null;
  contractId: string | null;
  createdAt: Date;
  /** The viewer and the other person. */
  viewerId: string;
  otherId: string;
  /** The id of the last message the viewer has seen, and the other person (0 when none). */
  readUpTo: bigint;
  otherReadUpTo: bigint;
}

/** The conversation as one of its people sees it; not_found for anyone else (and for a bad id). */
export async function conversationFor(db: Executor, id: string, viewerId: string, opts: { lock?: boolean } = {}): Promise<ConversationRow> {
  if (!UUID.test(id)) throw new AppError('not_found');
  let q = db
    .selectFrom('conversation_members as m')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .innerJoin('conversation_members as o', (j) => j.onRef('o.conversation_id', '=', 'm.conversation_id').onRef('o.user_id', '=', 'm.other_id'))
    .select(['c.id', 'c.kind', 'c.started_by', 'c.gig_id', 'c.job_id', 'c.order_id', 'c.contract_id', 'c.created_at', 'm.other_id', 'm.read_up_to', 'o.read_up_to as other_read_up_to'])
    .where('m.conversation_id', '=', id)
    .where('m.user_id', '=', viewerId);
  if (opts.lock) q = q.forUpdate('c');
  const r = await q.executeTakeFirst();
  if (!r) throw new AppError('not_found');
  return {
    id: r.id,
    kind: r.kind,
    startedBy: r.started_by,
    gigId: r.gig_id,
    jobId: r.job_id,
    orderId: r.order_id,
    contractId: r.contract_id,
    createdAt: r.created_at,
    viewerId,
    otherId: r.other_id,
    readUpTo: BigInt(r.read_up_to),
    otherReadUpTo: BigInt(r.other_read_up_to),
  };
}

/** Who has blocked whom between the two. */
export async function blocksBetween(db: Executor, me: string, other: string): Promise<{ byMe: boolean; byThem: boolean }> {
  const rows = await db
    .selectFrom('blocks')
    .select(['blocker_id'])
    .where((eb) => eb.or([eb.and([eb('blocker_id', '=', me), eb('blocked_id', '=', other)]), eb.and([eb('blocker_id', '=', other), eb('blocked_id', '=', me)])]))
    .execute();
  return { byMe: rows.some((r) => r.blocker_id === me), byThem: rows.some((r) => r.blocker_id === other) };
}

/** Refuses a new conversation or message when either has blocked the other, with the sender's reason. */
export async function checkNotBlocked(db: Executor, sender: string, recipient: string): Promise<void> {
  const b = await blocksBetween(db, sender, recipient);
  if (b.byThem) throw new AppError('message.blocked');
  if (b.byMe) throw new AppError('message.you_blocked');
}

/** Whether the two have an order or a contract together (either way round), in any state. */
export async function workedTogether(db: Executor, a: string, b: string): Promise<boolean> {
  const r = await sql<{ yes: boolean }>`
    SELECT EXISTS (SELECT 1 FROM orders WHERE (client_id = ${a} AND freelancer_id = ${b}) OR (client_id = ${b} AND freelancer_id = ${a}))
        OR EXISTS (SELECT 1 FROM contracts WHERE (client_id = ${a} AND freelancer_id = ${b}) OR (client_id = ${b} AND freelancer_id = ${a})) AS yes`.execute(db);
  return r.rows[0]?.yes ?? false;
}

/** A new conversation with its two members; returns its id, or null when the pair's enquiry, the order's or the contract's conversation already exists. */
export async function insertConversation(
  tx: Tx,
  values: { kind: ConversationKind; startedBy: string; other: string; gigId?: string | null; jobId?: string | null; orderId?: string | null; contractId?: string | null; at: Date },
): Promise<string | null> {
  const { low, high } = pair(values.startedBy, values.other);
  const row = await tx
    .insertInto('conversations')
    .values({
      kind: values.kind,
      started_by: values.startedBy,
      user_low: low,
      user_high: high,
      gig_id: values.gigId ?? null,
      job_id: values.jobId ?? null,
      order_id: values.orderId ?? null,
      contract_id: values.contractId ?? null,
      created_at: values.at,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  await tx
    .insertInto('conversation_members')
    .values([
      { conversation_id: row.id, user_id: values.startedBy, other_id: values.other },
      { conversation_id: row.id, user_id: values.other, other_id: values.startedBy },
    ])
    .execute();
  return row.id;
}
