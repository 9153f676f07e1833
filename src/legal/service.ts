// Legal help desk use cases (docs/decisions/0067-legal-help-desk.md): a freelancer asks a private
// question, optionally about one of their own orders; legal advisors (role legal_advisor; admins may
// do what every role may) see the queue and answer, and the first to answer becomes the question's
// advisor; the asker follows up, closes it, and may consent to an anonymised FAQ entry, which the
// advisor publishes. Contract templates are filled from an order or contract of the reader's.
//
// Who may: a question is read by its asker and its advisor (or, before anyone answered it, by every
// advisor); anyone else gets not_found, so ids cannot be probed. The order attached to a question is
// read through the orders service as its party (the asker) sees it, and only inside the question:
// the advisor gets no other way to it, and each time an advisor opens it, the look is audited.
import type { Executor } from '../db/pool.ts';
import { notify } from '../notifications/notify.ts';
import { getContract, listMyContracts } from '../orders/contracts.ts';
import { getOrder, listMyOrders, type OrderView, orderNumber } from '../orders/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { translate, type Locale } from '../platform/i18n.ts';
import { money, type Money } from '../platform/money.ts';
import { hasRole, requireRole } from '../platform/roles.ts';
import {
  afterMessage,
  anonymise,
  type AnonTokens,
  askInput,
  consentInput,
  consentOffered,
  faqCategory,
  type FaqCategory,
  faqInput,
  type Identifiers,
  messageInput,
  OPEN_QUESTIONS_MAX,
  type QuestionCategory,
  type QuestionStatus,
  type Side,
  sideOf,
  type TemplateKind,
  type TemplateSource,
} from './domain.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An actor for reading an order as its party sees it (the receipts job does the same). */
const partyActor = (userId: string): Actor => ({ userId, email: '', displayName: '', emailVerified: true, isFreelancer: true, isClient: true, isAdmin: false, locale: 'en', sessionId: null, onboardingDone: true });

async function isAdvisor(db: Executor, actor: Actor): Promise<boolean> {
  return actor.isAdmin || hasRole(db, actor.userId, 'legal_advisor');
}

async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, subjectId: string, data: Record<string, unknown> = {}) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() }).execute();
}

// --- Asking -----------------------------------------------------------------------------------------

/** The orders a person may attach to a question: their own, on either side, newest first. */
export async function orderChoices(deps: Deps, actorIn: Actor | null) {
  const orders = await listMyOrders(deps, requireActor(actorIn));
  return orders.map((o) => ({ id: o.id, number: orderNumber(o.number), title: o.title }));
}

export async function askQuestion(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<{ id: string }> {
  const actor = requireActor(actorIn);
  if (!actor.isFreelancer) throw new AppError('legal.freelancers_only');
  const input = parseWith(askInput, raw);
  if (input.order_id) {
    // Their own order, read as the orders service reads it for them; anyone else's is "not theirs".
    try {
      await getOrder(deps, actor, input.order_id);
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') throw new AppError('validation.failed', {}, { order_id: { key: 'legal.field.order' } });
      throw e;
    }
  }
  return deps.db.transaction().execute(async (tx) => {
    // One person's questions are counted under a lock on their user row, so two at once cannot pass the limit.
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    const open = await tx.selectFrom('legal_questions').select((eb) => eb.fn.countAll<string>().as('n')).where('asker_id', '=', actor.userId).where('status', '=', 'open').executeTakeFirstOrThrow();
    if (Number(open.n) >= OPEN_QUESTIONS_MAX) throw new AppError('legal.too_many_open', { max: OPEN_QUESTIONS_MAX });
    const now = deps.clock.now();
    const row = await tx
      .insertInto('legal_questions')
      .values({ asker_id: actor.userId, category: input.category, title: input.title, body: input.body, order_id: input.order_id, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  });
}

// --- Reading ----------------------------------------------------------------------------------------

export interface QuestionSummary {
  id: string;
  category: QuestionCategory;
  title: string;
  status: QuestionStatus;
  hasOrder: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const summaryColumns = ['q.id', 'q.category', 'q.title', 'q.status', 'q.order_id', 'q.created_at', 'q.updated_at'] as const;
const toSummary = (r: { id: string; category: QuestionCategory; title: string; status: QuestionStatus; order_id: string | null; created_at: Date; updated_at: Date }): QuestionSummary => ({
  id: r.id,
  category: r.category,
  title: r.title,
  status: r.status,
  hasOrder: r.order_id !== null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The asker's own questions, newest first. */
export async function myQuestions(deps: Deps, actorIn: Actor | null): Promise<QuestionSummary[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db.selectFrom('legal_questions as q').select(summaryColumns).where('q.asker_id', '=', actor.userId).orderBy('q.created_at', 'desc').limit(200).execute();
  return rows.map(toSummary);
}

/** The advisors' queue: questions no advisor has taken (oldest first), and the advisor's own (follow-ups first). */
export async function advisorQueue(deps: Deps, actorIn: Actor | null): Promise<{ waiting: QuestionSummary[]; mine: QuestionSummary[] }> {
  const actor = await requireRole(deps.db, actorIn, 'legal_advisor');
  const waiting = await deps.db
    .selectFrom('legal_questions as q')
    .select(summaryColumns)
    .where('q.advisor_id', 'is', null)
    .where('q.status', '=', 'open')
    .where('q.asker_id', '!=', actor.userId)
    .orderBy('q.created_at', 'asc')
    .limit(200)
    .execute();
  const mine = await deps.db
    .selectFrom('legal_questions as q')
    .select(summaryColumns)
    .where('q.advisor_id', '=', actor.userId)
    .orderBy((eb) => eb.case().when('q.status', '=', 'follow_up').then(0).else(1).end())
    .orderBy('q.updated_at', 'desc')
    .limit(200)
    .execute();
  return { waiting: waiting.map(toSummary), mine: mine.map(toSummary) };
}

export interface ThreadMessage {
  side: Side;
  authorName: string;
  mine: boolean;
  body: string;
  at: Date;
}

export interface FaqEntry {
  id: string;
  category: FaqCategory;
  language: Locale;
  title: string;
  question: string;
  answer: string;
  publishedAt: Date;
  withdrawnAt: Date | null;
}

export interface QuestionView {
  id: string;
  category: QuestionCategory;
  title: string;
  body: string;
  status: QuestionStatus;
  /** The reader's side. */
  side: Side;
  askerName: string;
  advisorName: string | null;
  createdAt: Date;
  /** The attached order as its party (the asker) sees it; for the asker and the advisor only. */
  order: OrderView | null;
  messages: ThreadMessage[];
  consent: boolean;
  consentAt: Date | null;
  /** The asker may give (or take back) consent now. */
  consentOffered: boolean;
  faq: FaqEntry | null;
  /** The advisor may publish the FAQ entry now (consent given, none published). */
  canPublish: boolean;
  /** What publishing would start from: the question and the last answer, anonymised in the question's likely language. */
  draft: { language: Locale; title: string; question: string; answer: string } | null;
}

async function questionRow(db: Executor, id: string) {
  if (!UUID.test(id)) return undefined;
  return db
    .selectFrom('legal_questions as q')
    .innerJoin('users as a', 'a.id', 'q.asker_id')
    .leftJoin('users as v', 'v.id', 'q.advisor_id')
    .selectAll('q')
    .select(['a.display_name as asker_name', 'a.handle as asker_handle', 'a.email as asker_email', 'v.display_name as advisor_name'])
    .where('q.id', '=', id)
    .executeTakeFirst();
}
type QuestionRow = NonNullable<Awaited<ReturnType<typeof questionRow>>>;

/** The question and the reader's side, or not_found for anyone who may not read it. */
async function readable(deps: Deps, db: Executor, actor: Actor, id: string): Promise<{ q: QuestionRow; side: Side }> {
  const q = await questionRow(db, id);
  if (!q) throw new AppError('not_found');
  const side = sideOf({ askerId: q.asker_id, advisorId: q.advisor_id, status: q.status, category: q.category }, { userId: actor.userId, advisor: q.asker_id === actor.userId ? false : await isAdvisor(db, actor) });
  if (!side) throw new AppError('not_found');
  return { q, side };
}

/** What the FAQ must not name: both parties of the attached order, the asker, their e-mail, the order number. */
function identifiersOf(q: QuestionRow, order: OrderView | null): Identifiers {
  return {
    names: [q.asker_name, ...(order ? [order.client.displayName, order.freelancer.displayName] : [])],
    handles: [String(q.asker_handle), ...(order ? [order.client.handle, order.freelancer.handle] : [])],
    emails: [q.asker_email],
    orderNumbers: order ? [order.number] : [],
  };
}

const anonTokens = (locale: Locale): AnonTokens => ({
  name: translate(locale, 'legal.anon.name'),
  order: translate(locale, 'legal.anon.order'),
  amount: translate(locale, 'legal.anon.amount'),
  contact: translate(locale, 'legal.anon.contact'),
  link: translate(locale, 'legal.anon.link'),
});

/** Urdu when the text is mostly in Arabic script. */
const languageOf = (text: string): Locale => ((text.match(/[\u0600-\u06FF]/g)?.length ?? 0) > text.length / 3 ? 'ur' : 'en');

async function faqOf(db: Executor, questionId: string): Promise<FaqEntry | null> {
  const r = await db.selectFrom('legal_faq').selectAll().where('question_id', '=', questionId).executeTakeFirst();
  return r ? toFaq(r) : null;
}

const toFaq = (r: { id: string; category: FaqCategory; language: Locale; title: string; question: string; answer: string; published_at: Date; withdrawn_at: Date | null }): FaqEntry => ({
  id: r.id,
  category: r.category,
  language: r.language,
  title: r.title,
  question: r.question,
  answer: r.answer,
  publishedAt: r.published_at,
  withdrawnAt: r.withdrawn_at,
});

/** One question with its thread, for its asker or its advisor. */
export async function getQuestion(deps: Deps, actorIn: Actor | null, id: string): Promise<QuestionView> {
  const actor = requireActor(actorIn);
  const { q, side } = await readable(deps, deps.db, actor, id);
  const order = q.order_id ? await getOrder(deps, partyActor(q.asker_id), q.order_id).catch(() => null) : null;
  if (order && side === 'advisor') await audit(deps.db, deps, 'legal.order_viewed', actor, q.id, { order: order.id });
  const rows = await deps.db
    .selectFrom('legal_messages as m')
    .innerJoin('users as u', 'u.id', 'm.author_id')
    .select(['m.side', 'm.body', 'm.created_at', 'm.author_id', 'u.display_name'])
    .where('m.question_id', '=', q.id)
    .orderBy('m.id')
    .execute();
  const messages = rows.map((m) => ({ side: m.side, authorName: m.display_name, mine: m.author_id === actor.userId, body: m.body, at: m.created_at }));
  const answered = rows.some((m) => m.side === 'advisor');
  const faq = await faqOf(deps.db, q.id);
  const canPublish = side === 'advisor' && q.publish_consent && faqCategory(q.category) !== null && (faq === null || faq.withdrawnAt !== null) && answered;
  let draft: QuestionView['draft'] = null;
  if (canPublish) {
    const lastAnswer = [...rows].reverse().find((m) => m.side === 'advisor')?.body ?? '';
    const language = languageOf(q.body);
    const ids = identifiersOf(q, order);
    const tokens = anonTokens(language);
    draft = { language, title: anonymise(q.title, ids, tokens), question: anonymise(q.body, ids, tokens), answer: anonymise(lastAnswer, ids, tokens) };
  }
  return {
    id: q.id,
    category: q.category,
    title: q.title,
    body: q.body,
    status: q.status,
    side,
    askerName: q.asker_name,
    advisorName: q.advisor_name,
    createdAt: q.created_at,
    order,
    messages,
    consent: q.publish_consent,
    consentAt: q.consent_at,
    consentOffered: side === 'asker' && consentOffered({ category: q.category, answered }),
    faq,
    canPublish,
    draft,
  };
}

// --- Answering and following up ---------------------------------------------------------------------

/** An answer (the advisor; the first answer makes them the question's advisor) or a follow-up (the asker). */
export async function postMessage(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<{ side: Side }> {
  const actor = requireActor(actorIn);
  const input = parseWith(messageInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    if (!UUID.test(id)) throw new AppError('not_found');
    // Two advisors answering at once: the row lock makes the second see the first as its advisor.
    await tx.selectFrom('legal_questions').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    const { q, side } = await readable(deps, tx, actor, id);
    const next = afterMessage(q.status, side);
    if (!next) throw new AppError('legal.closed');
    const now = deps.clock.now();
    await tx.insertInto('legal_messages').values({ question_id: q.id, author_id: actor.userId, side, body: input.body, created_at: now }).execute();
    await tx
      .updateTable('legal_questions')
      .set({ status: next, updated_at: now, ...(side === 'advisor' ? { advisor_id: actor.userId, answered_at: q.answered_at ?? now } : {}) })
      .where('id', '=', q.id)
      .execute();
    const link = `/legal/questions/${q.id}`;
    if (side === 'advisor') {
      await audit(tx, deps, 'legal.answered', actor, q.id, { first: q.advisor_id === null });
      await notify(deps, tx, { userId: q.asker_id, kind: 'legal_answered', params: {}, link });
    } else if (q.advisor_id) {
      await notify(deps, tx, { userId: q.advisor_id, kind: 'legal_follow_up', params: {}, link });
    }
    return { side };
  });
}

/** The asker closes the question; nothing more can be written into it. */
export async function closeQuestion(deps: Deps, actorIn: Actor | null, id: string): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const { q, side } = await readable(deps, tx, actor, id);
    if (side !== 'asker') throw new AppError('auth.forbidden');
    if (q.status === 'closed') throw new AppError('legal.closed');
    const now = deps.clock.now();
    await tx.updateTable('legal_questions').set({ status: 'closed', closed_at: now, updated_at: now }).where('id', '=', q.id).execute();
  });
}

// --- Consent and the FAQ ----------------------------------------------------------------------------

/** The asker's consent to an anonymised FAQ entry; taking it back withdraws a published entry. */
export async function setConsent(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<{ consent: boolean }> {
  const actor = requireActor(actorIn);
  const { consent } = parseWith(consentInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const { q, side } = await readable(deps, tx, actor, id);
    if (side !== 'asker') throw new AppError('auth.forbidden');
    const now = deps.clock.now();
    if (consent) {
      if (!faqCategory(q.category)) throw new AppError('legal.kept_private');
      if (!q.answered_at) throw new AppError('legal.not_answered');
      await tx.updateTable('legal_questions').set({ publish_consent: true, consent_at: now }).where('id', '=', q.id).execute();
    } else {
      await tx.updateTable('legal_questions').set({ publish_consent: false, consent_at: null }).where('id', '=', q.id).execute();
      await tx.updateTable('legal_faq').set({ withdrawn_at: now }).where('question_id', '=', q.id).where('withdrawn_at', 'is', null).execute();
    }
    return { consent };
  });
}

/** The advisor publishes the anonymised entry, with the asker's consent; the texts are anonymised again here. */
export async function publishFaq(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<FaqEntry> {
  const actor = requireActor(actorIn);
  const input = parseWith(faqInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    if (!UUID.test(id)) throw new AppError('not_found');
    await tx.selectFrom('legal_questions').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    const { q, side } = await readable(deps, tx, actor, id);
    if (side !== 'advisor' || q.advisor_id === null) throw new AppError(side === 'advisor' ? 'legal.not_answered' : 'auth.forbidden');
    const category = faqCategory(q.category);
    if (!category) throw new AppError('legal.kept_private');
    if (!q.publish_consent) throw new AppError('legal.no_consent');
    const order = q.order_id ? await getOrder({ ...deps, db: tx }, partyActor(q.asker_id), q.order_id).catch(() => null) : null;
    const ids = identifiersOf(q, order);
    const tokens = anonTokens(input.language);
    const values = {
      category,
      language: input.language,
      title: anonymise(input.title, ids, tokens),
      question: anonymise(input.question, ids, tokens),
      answer: anonymise(input.answer, ids, tokens),
      published_by: actor.userId,
      published_at: deps.clock.now(),
      withdrawn_at: null,
    };
    const row = await tx
      .insertInto('legal_faq')
      .values({ question_id: q.id, ...values })
      .onConflict((oc) => oc.column('question_id').doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, deps, 'legal.faq_published', actor, q.id, { faq: row.id });
    return toFaq(row);
  });
}

/** The public FAQ: published entries, newest first. */
export async function listFaq(deps: Pick<Deps, 'db'>): Promise<FaqEntry[]> {
  const rows = await deps.db.selectFrom('legal_faq').selectAll().where('withdrawn_at', 'is', null).orderBy('published_at', 'desc').limit(500).execute();
  return rows.map(toFaq);
}

// --- Contract templates -----------------------------------------------------------------------------

export const TEMPLATE_DOCUMENTS = { service_agreement: 'legal_service_agreement', nda: 'legal_nda', work_for_hire: 'legal_work_for_hire' } as const;
export type TemplateDocument = (typeof TEMPLATE_DOCUMENTS)[TemplateKind];
const KIND_OF: Record<TemplateDocument, TemplateKind> = { legal_service_agreement: 'service_agreement', legal_nda: 'nda', legal_work_for_hire: 'work_for_hire' };
export const isTemplateDocument = (d: string): d is TemplateDocument => d in KIND_OF;

/** A filled template as the receipts pipeline prints it (src/receipts: print-ready page and PDF). */
export interface TemplateReceipt {
  document: TemplateDocument;
  subjectId: string;
  kind: TemplateKind;
  operatorName: string;
  /** Templates change with their order until it is completed or cancelled. */
  final: boolean;
  /** The reader's zone for the dates; the same for both parties (the client's). */
  timeZone: string;
  /** When the facts were read: the template says "as it stood on". */
  asOf: Date;
  reference: string;
  source: TemplateSource;
}

/** The orders and contracts a person may fill a template from. */
export async function templateSubjects(deps: Deps, actorIn: Actor | null) {
  const actor = requireActor(actorIn);
  const [orders, contracts] = await Promise.all([listMyOrders(deps, actor), listMyContracts(deps, actor)]);
  return {
    // A contract's milestones and weeks are filled from the contract itself.
    orders: orders.map((o) => ({ id: o.id, number: orderNumber(o.number), title: o.title })),
    contracts: contracts.map((c) => ({ id: c.id, title: c.title })),
  };
}

function orderSource(o: OrderView): TemplateSource {
  return {
    orderNumber: orderNumber(o.number),
    contractTitle: null,
    client: o.client.displayName,
    freelancer: o.freelancer.displayName,
    scope: o.kind === 'gig' && o.packageName ? `${o.title} (${o.packageName})` : o.title,
    price: o.fees.price,
    hourly: null,
    fees: { clientFee: o.fees.clientFee, freelancerFee: o.fees.freelancerFee },
    start: o.paidAt ?? o.createdAt,
    due: o.dueAt,
    deliveryDays: o.deliveryDays,
    revisions: o.revisionsIncluded,
    milestones: false,
  };
}

async function contractSource(db: Executor, c: Awaited<ReturnType<typeof getContract>>): Promise<TemplateSource> {
  let fees: TemplateSource['fees'] = null;
  if (c.kind === 'fixed') {
    const f = await db
      .selectFrom('orders')
      .select((eb) => [eb.fn.sum<string>('client_fee_minor').as('client'), eb.fn.sum<string>('freelancer_fee_minor').as('freelancer')])
      .where('contract_id', '=', c.id)
      .where('state', '!=', 'cancelled')
      .executeTakeFirst();
    if (f?.client !== null && f?.client !== undefined) fees = { clientFee: money(BigInt(f.client), c.currency), freelancerFee: money(BigInt(f.freelancer ?? '0'), c.currency) };
  }
  const price: Money | null = c.kind === 'fixed' ? (c.agreedPrice ?? c.totals.total) : null;
  return {
    orderNumber: null,
    contractTitle: c.title,
    client: c.client.displayName,
    freelancer: c.freelancer.displayName,
    scope: c.title,
    price,
    hourly: c.kind === 'hourly' && c.rate && c.weeklyHours ? { rate: c.rate, hours: c.weeklyHours } : null,
    fees,
    start: c.createdAt,
    due: null,
    deliveryDays: null,
    revisions: c.kind === 'fixed' ? -1 : null,
    milestones: c.kind === 'fixed',
  };
}

async function timeZoneOfUser(db: Executor, userId: string): Promise<string> {
  const r = await db.selectFrom('users').select('time_zone').where('id', '=', userId).executeTakeFirst();
  return r?.time_zone ?? 'Asia/Karachi';
}

async function templateFor(deps: Deps, party: Actor, kind: TemplateKind, subjectId: string): Promise<TemplateReceipt> {
  if (!UUID.test(subjectId)) throw new AppError('not_found');
  const isOrder = await deps.db.selectFrom('orders').select('id').where('id', '=', subjectId).executeTakeFirst();
  const base = { document: TEMPLATE_DOCUMENTS[kind], subjectId, kind, operatorName: deps.config.OPERATOR_NAME, asOf: deps.clock.now() };
  if (isOrder) {
    const o = await getOrder(deps, party, subjectId);
    return { ...base, final: o.state === 'completed' || o.state === 'cancelled', timeZone: await timeZoneOfUser(deps.db, o.client.id), reference: orderNumber(o.number), source: orderSource(o) };
  }
  const c = await getContract(deps, party, subjectId);
  return { ...base, final: c.status === 'ended', timeZone: await timeZoneOfUser(deps.db, c.client.id), reference: c.title, source: await contractSource(deps.db, c) };
}

/** A template filled from one of the reader's orders or contracts; anyone else's is not_found. */
export async function filledTemplate(deps: Deps, actorIn: Actor | null, kind: TemplateKind, subjectId: string): Promise<TemplateReceipt> {
  return templateFor(deps, requireActor(actorIn), kind, subjectId);
}

/** The PDF job reloads the template as the order's or contract's client sees it (the same for both parties). */
export async function loadTemplateForJob(deps: Deps, document: TemplateDocument, subjectId: string): Promise<TemplateReceipt | null> {
  if (!UUID.test(subjectId)) return null;
  const o = await deps.db.selectFrom('orders').select('client_id').where('id', '=', subjectId).executeTakeFirst();
  const c = o ? null : await deps.db.selectFrom('contracts').select('client_id').where('id', '=', subjectId).executeTakeFirst();
  const clientId = o?.client_id ?? c?.client_id;
  if (!clientId) return null;
  return templateFor(deps, partyActor(clientId), KIND_OF[document], subjectId);
}

/** Whether the reader may see the advisors' queue (the help desk links to it for them). */
export async function canAdvise(deps: Pick<Deps, 'db'>, actor: Actor | null): Promise<boolean> {
  return actor ? isAdvisor(deps.db, actor) : false;
}
