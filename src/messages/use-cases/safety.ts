// Blocking and reporting. A person blocks the other person of one of their conversations: from then
// on neither a new conversation nor a message from the blocked person is accepted (and the blocker
// is asked to unblock before writing to them). A report (a reason and an optional note) puts the
// conversation in the admins' queue at /admin/reports, where an admin reads it and marks it
// resolved; every admin look and decision is audited. An admin may also read a conversation about a
// disputed order or contract (to decide the dispute).
import type { Executor } from '../../db/pool.ts';
import { type Actor, requireActor, requireAdmin } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { PAGE_SIZE, type ReportReason, reportInput } from '../domain.ts';
import { conversationFor, UUID } from './access.ts';
import { type EventView, eventsOfConversation, type MessageView, messagesOf, type Person } from './read-conversations.ts';

/** Blocks the other person of one of the actor's conversations (blocking twice changes nothing). */
export async function blockInConversation(deps: Deps, actorIn: Actor | null, conversationId: string): Promise<void> {
  const actor = requireActor(actorIn);
  const conv = await conversationFor(deps.db, conversationId, actor.userId);
  await deps.db.insertInto('blocks').values({ blocker_id: actor.userId, blocked_id: conv.otherId, created_at: deps.clock.now() }).onConflict((oc) => oc.doNothing()).execute();
}

export async function unblockInConversation(deps: Deps, actorIn: Actor | null, conversationId: string): Promise<void> {
  const actor = requireActor(actorIn);
  const conv = await conversationFor(deps.db, conversationId, actor.userId);
  await deps.db.deleteFrom('blocks').where('blocker_id', '=', actor.userId).where('blocked_id', '=', conv.otherId).execute();
}

/** Reports one of the actor's conversations to the admins; one open report per person and conversation. */
export async function reportConversation(deps: Deps, actorIn: Actor | null, conversationId: string, raw: unknown): Promise<{ id: string }> {
  const actor = requireActor(actorIn);
  const conv = await conversationFor(deps.db, conversationId, actor.userId);
  const input = parseWith(reportInput, raw ?? {});
  const row = await deps.db
    .insertInto('conversation_reports')
    .values({ conversation_id: conv.id, reporter_id: actor.userId, reason: input.reason, note: input.note, created_at: deps.clock.now() })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new AppError('message.already_reported');
  return row;
}

// --- Admins --------------------------------------------------------------------------------------

export interface ReportSummary {
  id: string;
  conversationId: string;
  reason: ReportReason;
  note: string;
  reporter: Person;
  reported: Person;
  createdAt: Date;
  resolvedAt: Date | null;
}

function reportQuery(db: Executor) {
  return db
    .selectFrom('conversation_reports as r')
    .innerJoin('conversation_members as m', (j) => j.onRef('m.conversation_id', '=', 'r.conversation_id').onRef('m.user_id', '=', 'r.reporter_id'))
    .innerJoin('users as a', 'a.id', 'r.reporter_id')
    .innerJoin('users as b', 'b.id', 'm.other_id')
    .select(['r.id', 'r.conversation_id', 'r.reason', 'r.note', 'r.created_at', 'r.resolved_at', 'a.id as a_id', 'a.display_name as a_name', 'a.handle as a_handle', 'b.id as b_id', 'b.display_name as b_name', 'b.handle as b_handle']);
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>;

const summaryOf = (r: ReportRow): ReportSummary => ({
  id: r.id,
  conversationId: r.conversation_id,
  reason: r.reason,
  note: r.note,
  reporter: { id: r.a_id, displayName: r.a_name, handle: String(r.a_handle) },
  reported: { id: r.b_id, displayName: r.b_name, handle: String(r.b_handle) },
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
});

/** The admins' queue: open reports oldest first, then the last resolved ones. */
export async function listReports(deps: Deps, actorIn: Actor | null): Promise<{ open: ReportSummary[]; resolved: ReportSummary[] }> {
  requireAdmin(actorIn);
  const open = await reportQuery(deps.db).where('r.resolved_at', 'is', null).orderBy('r.created_at').limit(200).execute();
  const resolved = await reportQuery(deps.db).where('r.resolved_at', 'is not', null).orderBy('r.resolved_at', 'desc').limit(50).execute();
  return { open: open.map(summaryOf), resolved: resolved.map(summaryOf) };
}

export interface AdminConversation {
  id: string;
  people: [Person, Person];
  messages: MessageView[];
  events: EventView[];
}

/** Whether an admin may read this conversation: it was reported, or its order (or one of its contract's) has a dispute, open or decided. */
async function adminMayRead(db: Executor, id: string): Promise<boolean> {
  const r = await db
    .selectFrom('conversations as c')
    .select('c.id')
    .where('c.id', '=', id)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('conversation_reports as r').select('r.id').whereRef('r.conversation_id', '=', 'c.id')),
        eb.exists(
          eb
            .selectFrom('disputes as d')
            .innerJoin('orders as o', 'o.id', 'd.order_id')
            .select('o.id')
            .where((o) => o.or([o('o.id', '=', o.ref('c.order_id')), o('o.contract_id', '=', o.ref('c.contract_id'))])),
        ),
      ]),
    )
    .executeTakeFirst();
  return r !== undefined;
}

/**
 * A whole conversation (its latest messages, oldest first) for an admin: only one that was reported
 * or is about a disputed order or contract; any other is not_found. The look is audited.
 */
export async function adminConversation(deps: Deps, actorIn: Actor | null, id: string): Promise<AdminConversation> {
  const admin = requireAdmin(actorIn);
  if (!UUID.test(id) || !(await adminMayRead(deps.db, id))) throw new AppError('not_found');
  const c = await deps.db.selectFrom('conversations').select(['id', 'user_low', 'user_high', 'order_id', 'contract_id']).where('id', '=', id).executeTakeFirstOrThrow();
  const people = await deps.db.selectFrom('users').select(['id', 'display_name', 'handle']).where('id', 'in', [c.user_low, c.user_high]).orderBy('display_name').execute();
  const messages = (await messagesOf(deps.db, id, '', { limit: PAGE_SIZE * 4 })).reverse();
  const events = await eventsOfConversation(deps.db, { orderId: c.order_id, contractId: c.contract_id }, null);
  await deps.db.insertInto('audit_events').values({ kind: 'messages.admin_read', actor_id: admin.userId, subject_id: id, data: JSON.stringify({}), ip: null, created_at: deps.clock.now() }).execute();
  const [a, b] = people.map((p) => ({ id: p.id, displayName: p.display_name, handle: String(p.handle) }));
  return { id, people: [a!, b!], messages, events };
}

/** The conversation of a disputed order (its contract's, for a milestone or a week) for the admin deciding it; null when the parties never opened one. */
export async function adminConversationOfOrder(deps: Deps, actorIn: Actor | null, orderId: string): Promise<AdminConversation | null> {
  requireAdmin(actorIn);
  if (!UUID.test(orderId)) throw new AppError('not_found');
  const c = await deps.db
    .selectFrom('orders as o')
    .innerJoin('conversations as c', (j) => j.on((eb) => eb.or([eb('c.order_id', '=', eb.ref('o.id')), eb('c.contract_id', '=', eb.ref('o.contract_id'))])))
    .select('c.id')
    .where('o.id', '=', orderId)
    .executeTakeFirst();
  return c ? adminConversation(deps, actorIn, c.id) : null;
}

/** One report with its conversation, for an admin. */
export async function getReport(deps: Deps, actorIn: Actor | null, id: string): Promise<{ report: ReportSummary; conversation: AdminConversation }> {
  requireAdmin(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const r = await reportQuery(deps.db).where('r.id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('not_found');
  return { report: summaryOf(r), conversation: await adminConversation(deps, actorIn, r.conversation_id) };
}

/** Marks a report resolved (again: nothing changes), audited. */
export async function resolveReport(deps: Deps, actorIn: Actor | null, id: string): Promise<void> {
  const admin = requireAdmin(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  await deps.db.transaction().execute(async (tx) => {
    const r = await tx.selectFrom('conversation_reports').select(['id', 'resolved_at', 'conversation_id']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!r) throw new AppError('not_found');
    if (r.resolved_at) return;
    await tx.updateTable('conversation_reports').set({ resolved_at: deps.clock.now(), resolved_by: admin.userId }).where('id', '=', id).execute();
    await tx.insertInto('audit_events').values({ kind: 'messages.report_resolved', actor_id: admin.userId, subject_id: id, data: JSON.stringify({ conversation: r.conversation_id }), ip: null, created_at: deps.clock.now() }).execute();
  });
}
