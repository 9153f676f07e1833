// Starting a conversation. An enquiry (before any order) comes from a gig page (to its seller), a
// job page (between its client and a freelancer) or a profile; there is one enquiry per pair of
// people, so a second enquiry about another gig lands in the same conversation and names the new
// subject. An order or a contract has exactly one conversation between its parties, made the first
// time either opens it (get-or-create); a milestone or a week of a contract uses the contract's.
import type { Executor, Tx } from '../../db/pool.ts';
import { getPublicGig } from '../../gigs/service.ts';
import { getJob } from '../../jobs/service.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { ENQUIRIES_PER_DAY, pair, startInput } from '../domain.ts';
import { checkNotBlocked, insertConversation, UUID } from './access.ts';
import { addMessage, type SentMessage } from './send-message.ts';

/** The other person by handle (as in /u/<handle>); not_found when there is none. */
export async function personByHandle(db: Executor, handle: string): Promise<{ id: string; displayName: string; handle: string }> {
  const h = handle.trim().replace(/^@/, '').toLowerCase();
  if (!/^[a-z0-9_-]{3,30}$/.test(h)) throw new AppError('not_found');
  const u = await db.selectFrom('users').select(['id', 'display_name', 'handle']).where('handle', '=', h).executeTakeFirst();
  if (!u) throw new AppError('not_found');
  return { id: u.id, displayName: u.display_name, handle: String(u.handle) };
}

/** The order's or contract's conversation (made now if neither party has opened it yet). */
async function partiesConversation(tx: Tx, deps: Deps, me: string, kind: 'order' | 'contract', id: string): Promise<string> {
  const table = kind === 'order' ? 'orders' : 'contracts';
  const row = await tx.selectFrom(table).select(['id', 'client_id', 'freelancer_id']).where('id', '=', id).executeTakeFirst();
  if (!row || (row.client_id !== me && row.freelancer_id !== me)) throw new AppError('not_found');
  const column = kind === 'order' ? 'order_id' : 'contract_id';
  const existing = await tx.selectFrom('conversations').select('id').where(column, '=', id).executeTakeFirst();
  if (existing) return existing.id;
  const other = row.client_id === me ? row.freelancer_id : row.client_id;
  const made = await insertConversation(tx, { kind, startedBy: me, other, ...(kind === 'order' ? { orderId: id } : { contractId: id }), at: deps.clock.now() });
  // Two people opening it at once: the second insert waited for the first and found nothing to do.
  return made ?? (await tx.selectFrom('conversations').select('id').where(column, '=', id).executeTakeFirstOrThrow()).id;
}

/** The conversation of an order (its contract's, for a milestone or a week); for its two parties only. */
export async function orderConversation(deps: Deps, actorIn: Actor | null, orderId: string): Promise<string> {
  const actor = requireActor(actorIn);
  if (!UUID.test(orderId)) throw new AppError('not_found');
  return deps.db.transaction().execute(async (tx) => {
    const order = await tx.selectFrom('orders').select(['contract_id', 'client_id', 'freelancer_id']).where('id', '=', orderId).executeTakeFirst();
    if (!order || (order.client_id !== actor.userId && order.freelancer_id !== actor.userId)) throw new AppError('not_found');
    return order.contract_id ? partiesConversation(tx, deps, actor.userId, 'contract', order.contract_id) : partiesConversation(tx, deps, actor.userId, 'order', orderId);
  });
}

/** The conversation of a contract; for its two parties only. */
export async function contractConversation(deps: Deps, actorIn: Actor | null, contractId: string): Promise<string> {
  const actor = requireActor(actorIn);
  if (!UUID.test(contractId)) throw new AppError('not_found');
  return deps.db.transaction().execute((tx) => partiesConversation(tx, deps, actor.userId, 'contract', contractId));
}

/** The pair's enquiry, made now if they have none; its subject becomes the gig or job given. */
async function enquiry(tx: Tx, deps: Deps, me: string, other: string, subject: { gigId?: string; jobId?: string }): Promise<string> {
  const { low, high } = pair(me, other);
  const find = () => tx.selectFrom('conversations').select('id').where('kind', '=', 'enquiry').where('user_low', '=', low).where('user_high', '=', high).executeTakeFirst();
  const existing = await find();
  if (!existing) {
    // A new enquiry counts towards the daily limit, under a lock on the person so parallel requests cannot pass it.
    await tx.selectFrom('users').select('id').where('id', '=', me).forUpdate().execute();
    const since = new Date(deps.clock.now().getTime() - 86_400_000);
    const started = await tx.selectFrom('conversations').select((eb) => eb.fn.countAll<string>().as('n')).where('started_by', '=', me).where('kind', '=', 'enquiry').where('created_at', '>', since).executeTakeFirstOrThrow();
    if (Number(started.n) >= ENQUIRIES_PER_DAY) throw new AppError('message.daily_limit', { limit: ENQUIRIES_PER_DAY });
  }
  let id = existing?.id ?? (await insertConversation(tx, { kind: 'enquiry', startedBy: me, other, gigId: subject.gigId ?? null, jobId: subject.jobId ?? null, at: deps.clock.now() }));
  id ??= (await find())!.id;
  if (subject.gigId || subject.jobId) await tx.updateTable('conversations').set({ gig_id: subject.gigId ?? null, job_id: subject.jobId ?? null }).where('id', '=', id).execute();
  return id;
}

/**
 * Starts (or continues) a conversation with another person and sends its first message:
 * `{ with: handle, about?: { gig | job | order: id }, text }`. For an order, the order's own
 * conversation. Refused when either has blocked the other; nothing is saved then.
 */
export async function startConversation(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<SentMessage> {
  const actor = requireActor(actorIn);
  if (!actor.emailVerified) throw new AppError('auth.email_unverified');
  const input = parseWith(startInput, raw ?? {});
  const other = await personByHandle(deps.db, input.with);
  if (other.id === actor.userId) throw new AppError('message.to_yourself');
  const about = input.about;
  const gigId = about && 'gig' in about ? about.gig : undefined;
  const jobId = about && 'job' in about ? about.job : undefined;
  const orderId = about && 'order' in about ? about.order : undefined;
  const notThem = () => new AppError('validation.failed', {}, { with: { key: 'messages.field.not_about_them' } });
  // The subject must be one the actor may see, and the other person must belong to it.
  if (gigId) {
    const gig = await getPublicGig(deps, actor, gigId);
    if (gig.seller.id !== other.id) throw notThem();
  }
  if (jobId) {
    const job = await getJob(deps, actor, jobId);
    if (job.client.id !== other.id && job.client.id !== actor.userId) throw notThem();
  }
  return deps.db.transaction().execute(async (tx) => {
    await checkNotBlocked(tx, actor.userId, other.id);
    let id: string;
    if (orderId) {
      const order = await tx.selectFrom('orders').select(['contract_id', 'client_id', 'freelancer_id']).where('id', '=', orderId).executeTakeFirst();
      const parties = order ? [order.client_id, order.freelancer_id] : [];
      if (!order || !parties.includes(actor.userId)) throw new AppError('not_found');
      if (!parties.includes(other.id)) throw notThem();
      id = await (order.contract_id ? partiesConversation(tx, deps, actor.userId, 'contract', order.contract_id) : partiesConversation(tx, deps, actor.userId, 'order', orderId));
    } else {
      id = await enquiry(tx, deps, actor.userId, other.id, gigId ? { gigId } : jobId ? { jobId } : {});
    }
    const conv = await tx.selectFrom('conversations').select('id').where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    return addMessage(tx, deps, { id: conv.id, otherId: other.id }, actor, input.text);
  });
}
