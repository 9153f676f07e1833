// The legal help desk endpoints under /api/v1/legal: thin calls into the legal service, the same use
// cases the pages call.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { askInput, consentInput, faqInput, messageInput, templateOfSlug } from './domain.ts';
import { templatePage } from './routes.tsx';
import { legalConsentResponse, legalFaqListResponse, legalFaqResponse, legalQueueResponse, legalQuestionListResponse, legalQuestionResponse, legalTemplateResponse } from './schemas.ts';
import * as legal from './service.ts';
import { clausesOf } from './sheet.tsx';
import { AppError } from '../platform/errors.ts';

const V1 = '/api/v1/legal';
const deps = (c: Ctx) => c.get('deps');
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const question = { question: 'api.param.question' };

const summaryJson = (q: legal.QuestionSummary) => ({ id: q.id, category: q.category, title: q.title, status: q.status, has_order: q.hasOrder, created_at: q.createdAt.toISOString(), updated_at: q.updatedAt.toISOString() });

const faqJson = (f: legal.FaqEntry): z.input<typeof legalFaqResponse> => ({
  id: f.id,
  category: f.category,
  language: f.language,
  title: f.title,
  question: f.question,
  answer: f.answer,
  published_at: f.publishedAt.toISOString(),
});

function questionJson(q: legal.QuestionView): z.input<typeof legalQuestionResponse> {
  const o = q.order;
  return {
    id: q.id,
    category: q.category,
    title: q.title,
    body: q.body,
    status: q.status,
    side: q.side,
    advisor_name: q.advisorName,
    created_at: q.createdAt.toISOString(),
    order: o
      ? {
          id: o.id,
          number: `HNR-${o.number}`,
          title: o.title,
          state: o.state,
          client: { display_name: o.client.displayName, handle: o.client.handle },
          freelancer: { display_name: o.freelancer.displayName, handle: o.freelancer.handle },
          price: moneyToJson(o.fees.price),
          client_fee: moneyToJson(o.fees.clientFee),
          freelancer_fee: moneyToJson(o.fees.freelancerFee),
          created_at: o.createdAt.toISOString(),
          paid_at: iso(o.paidAt),
          due_at: iso(o.dueAt),
          delivered_at: iso(o.deliveredAt),
          completed_at: iso(o.completedAt),
          cancelled_at: iso(o.cancelledAt),
          events: o.events.map((e) => ({ kind: e.kind, by: e.actor, message: e.message, at: e.at.toISOString() })),
        }
      : null,
    messages: q.messages.map((m) => ({ side: m.side, mine: m.mine, body: m.body, at: m.at.toISOString() })),
    consent: q.consent,
    consent_offered: q.consentOffered,
    can_publish: q.canPublish,
    faq: q.faq ? { ...faqJson(q.faq), withdrawn_at: iso(q.faq.withdrawnAt) } : null,
  };
}

const reread = async (c: Ctx) => questionJson(await legal.getQuestion(deps(c), c.get('actor'), c.req.param('question') ?? ''));

export const legalEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listMyLegalQuestions',
    method: 'get',
    path: `${V1}/questions`,
    tag: 'legal',
    auth: 'required',
    status: 200,
    response: legalQuestionListResponse,
    handle: async (c) => ({ items: (await legal.myQuestions(deps(c), c.get('actor'))).map(summaryJson) }),
  }),
  endpoint({
    operationId: 'askLegalQuestion',
    method: 'post',
    path: `${V1}/questions`,
    tag: 'legal',
    auth: 'required',
    request: { name: 'LegalQuestionRequest', schema: askInput },
    status: 201,
    response: legalQuestionResponse,
    problems: ['legal.freelancers_only', 'legal.too_many_open'],
    async handle(c, body) {
      const { id } = await legal.askQuestion(deps(c), c.get('actor'), body);
      return questionJson(await legal.getQuestion(deps(c), c.get('actor'), id));
    },
  }),
  endpoint({
    operationId: 'getLegalQuestion',
    method: 'get',
    path: `${V1}/questions/{question}`,
    tag: 'legal',
    auth: 'required',
    params: question,
    status: 200,
    response: legalQuestionResponse,
    problems: ['not_found'],
    handle: reread,
  }),
  endpoint({
    operationId: 'postLegalMessage',
    method: 'post',
    path: `${V1}/questions/{question}/messages`,
    tag: 'legal',
    auth: 'required',
    params: question,
    request: { name: 'LegalMessageRequest', schema: messageInput },
    status: 200,
    response: legalQuestionResponse,
    problems: ['not_found', 'legal.closed'],
    async handle(c, body) {
      await legal.postMessage(deps(c), c.get('actor'), c.req.param('question') ?? '', body);
      return reread(c);
    },
  }),
  endpoint({
    operationId: 'closeLegalQuestion',
    method: 'post',
    path: `${V1}/questions/{question}/close`,
    tag: 'legal',
    auth: 'required',
    params: question,
    status: 200,
    response: legalQuestionResponse,
    problems: ['not_found', 'auth.forbidden', 'legal.closed'],
    async handle(c) {
      await legal.closeQuestion(deps(c), c.get('actor'), c.req.param('question') ?? '');
      return reread(c);
    },
  }),
  endpoint({
    operationId: 'setLegalConsent',
    method: 'put',
    path: `${V1}/questions/{question}/consent`,
    tag: 'legal',
    auth: 'required',
    params: question,
    request: { name: 'LegalConsentRequest', schema: consentInput },
    status: 200,
    response: legalConsentResponse,
    problems: ['not_found', 'auth.forbidden', 'legal.kept_private', 'legal.not_answered'],
    handle: async (c, body) => legal.setConsent(deps(c), c.get('actor'), c.req.param('question') ?? '', body),
  }),
  endpoint({
    operationId: 'publishLegalFaq',
    method: 'post',
    path: `${V1}/questions/{question}/faq`,
    tag: 'legal',
    auth: 'required',
    params: question,
    request: { name: 'LegalFaqRequest', schema: faqInput },
    status: 201,
    response: legalFaqResponse,
    problems: ['not_found', 'auth.forbidden', 'legal.kept_private', 'legal.no_consent', 'legal.not_answered'],
    handle: async (c, body) => faqJson(await legal.publishFaq(deps(c), c.get('actor'), c.req.param('question') ?? '', body)),
  }),
  endpoint({
    operationId: 'getLegalQueue',
    method: 'get',
    path: `${V1}/queue`,
    tag: 'legal',
    auth: 'required',
    status: 200,
    response: legalQueueResponse,
    problems: ['auth.forbidden'],
    async handle(c) {
      const q = await legal.advisorQueue(deps(c), c.get('actor'));
      return { waiting: q.waiting.map(summaryJson), mine: q.mine.map(summaryJson) };
    },
  }),
  endpoint({
    operationId: 'listLegalFaq',
    method: 'get',
    path: `${V1}/faq`,
    tag: 'legal',
    auth: 'none',
    status: 200,
    response: legalFaqListResponse,
    handle: async (c) => ({ items: (await legal.listFaq(deps(c))).map(faqJson) }),
  }),
  endpoint({
    operationId: 'getLegalTemplate',
    method: 'get',
    path: `${V1}/templates/{template}/{subject}`,
    tag: 'legal',
    auth: 'required',
    params: { template: 'api.param.template', subject: 'api.param.subject' },
    status: 200,
    response: legalTemplateResponse,
    problems: ['not_found'],
    async handle(c) {
      const kind = templateOfSlug(c.req.param('template') ?? '');
      if (!kind) throw new AppError('not_found');
      const r = await legal.filledTemplate(deps(c), c.get('actor'), kind, c.req.param('subject') ?? '');
      const ctx = { t: c.get('t'), locale: c.get('locale') };
      const page = templatePage(kind, r.subjectId);
      return {
        template: kind,
        name: ctx.t(`legal.tpl.${kind}.name`),
        reference: r.reference,
        language: ctx.locale,
        notice: ctx.t('legal.tpl.notice'),
        clauses: clausesOf(ctx, kind, r, r.operatorName),
        pdf_url: `${page}.pdf?lang=${ctx.locale}`,
        page_url: `${page}?lang=${ctx.locale}`,
      };
    },
  }),
];
