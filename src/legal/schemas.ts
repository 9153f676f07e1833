// What the legal help desk endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';
import { FAQ_CATEGORIES, QUESTION_CATEGORIES, QUESTION_STATUSES, TEMPLATE_KINDS } from './domain.ts';

const timestamp = z.iso.datetime({ offset: true });

export const legalQuestionSummary = z.object({
  id: z.uuid(),
  category: z.enum(QUESTION_CATEGORIES),
  title: z.string(),
  status: z.enum(QUESTION_STATUSES).describe('open: waiting for an advisor; answered; follow_up: the asker wrote again; closed'),
  has_order: z.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const legalQuestionListResponse = z.object({ items: z.array(legalQuestionSummary) });
export const legalQueueResponse = z.object({
  waiting: z.array(legalQuestionSummary).describe('Questions no advisor has taken yet, oldest first'),
  mine: z.array(legalQuestionSummary).describe('Questions the caller answered, follow-ups first'),
});

export const legalFaqResponse = z.object({
  id: z.uuid(),
  category: z.enum(FAQ_CATEGORIES),
  language: z.enum(['en', 'ur']),
  title: z.string(),
  question: z.string().describe('Anonymised: no names, usernames, order numbers, amounts, e-mail addresses, phone numbers or links'),
  answer: z.string(),
  published_at: timestamp,
});
export const legalFaqListResponse = z.object({ items: z.array(legalFaqResponse) });

const order = z
  .object({
    id: z.uuid(),
    number: z.string().describe('HNR-1042'),
    title: z.string(),
    state: z.string(),
    client: z.object({ display_name: z.string(), handle: z.string() }),
    freelancer: z.object({ display_name: z.string(), handle: z.string() }),
    price: moneyResponse,
    client_fee: moneyResponse,
    freelancer_fee: moneyResponse,
    created_at: timestamp,
    paid_at: timestamp.nullable(),
    due_at: timestamp.nullable(),
    delivered_at: timestamp.nullable(),
    completed_at: timestamp.nullable(),
    cancelled_at: timestamp.nullable(),
    events: z.array(z.object({ kind: z.string(), by: z.enum(['client', 'freelancer', 'system', 'admin']), message: z.string().nullable(), at: timestamp })),
  })
  .describe('The attached order’s record, for the asker and the advisor of this question only');

export const legalQuestionResponse = z.object({
  id: z.uuid(),
  category: z.enum(QUESTION_CATEGORIES),
  title: z.string(),
  body: z.string(),
  status: z.enum(QUESTION_STATUSES),
  side: z.enum(['asker', 'advisor']).describe('Which side the caller reads it from'),
  advisor_name: z.string().nullable(),
  created_at: timestamp,
  order: order.nullable(),
  messages: z.array(z.object({ side: z.enum(['asker', 'advisor']), mine: z.boolean(), body: z.string(), at: timestamp })),
  consent: z.boolean().describe('The asker agreed to an anonymised FAQ entry'),
  consent_offered: z.boolean().describe('The caller (the asker) may give or take back consent now; never for harassment questions'),
  can_publish: z.boolean().describe('The caller (the advisor) may publish the FAQ entry now'),
  faq: legalFaqResponse.extend({ withdrawn_at: timestamp.nullable() }).nullable(),
});

export const legalConsentResponse = z.object({ consent: z.boolean() });

export const legalTemplateResponse = z.object({
  template: z.enum(TEMPLATE_KINDS),
  name: z.string(),
  reference: z.string().describe('The order number, or the contract’s title'),
  language: z.enum(['en', 'ur']),
  notice: z.string().describe('Not legal advice: have a lawyer review it before signing'),
  clauses: z.array(z.object({ id: z.string(), title: z.string(), text: z.string(), plain: z.string().describe('The clause in plain words') })),
  pdf_url: z.string(),
  page_url: z.string(),
});

export const legalResponseSchemas = {
  LegalQuestion: legalQuestionResponse,
  LegalQuestionList: legalQuestionListResponse,
  LegalQueue: legalQueueResponse,
  LegalFaqEntry: legalFaqResponse,
  LegalFaqList: legalFaqListResponse,
  LegalConsent: legalConsentResponse,
  LegalTemplate: legalTemplateResponse,
} as const;
