// What the associations endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });
const named = z.object({ slug: z.string(), name_en: z.string(), name_ur: z.string() });
const person = z.object({ id: z.uuid(), display_name: z.string(), handle: z.string(), url: z.string() });

export const associationResponse = z.object({
  slug: z.string(),
  url: z.string(),
  name_en: z.string().nullable(),
  name_ur: z.string().nullable().describe('At least one of name_en and name_ur is set'),
  about_en: z.string().nullable().describe('Markdown (rendered safely on the page)'),
  about_ur: z.string().nullable(),
  rules_en: z.string().nullable(),
  rules_ur: z.string().nullable(),
  city: named.nullable(),
  skill: named.nullable(),
  join_mode: z.enum(['open', 'request']),
  status: z.enum(['active', 'suspended']).describe('A suspended association grants nothing: no joining, no dues'),
  members: z.number().int().describe('Active members, officers included'),
  created_at: timestamp,
});

export const associationListResponse = z.object({ items: z.array(associationResponse).describe('Active associations, largest first') });

export const associationDetailResponse = associationResponse.extend({
  officers: z.array(person),
  dues: z.object({ amount: moneyResponse, day_of_month: z.number().int().min(1).max(28) }).nullable().describe('Taken each month from that day (Asia/Karachi) from members’ Hunar balances; null: no dues'),
  membership: z
    .object({ status: z.enum(['pending', 'active', 'left', 'removed']), role: z.enum(['member', 'officer']), in_directory: z.boolean() })
    .nullable()
    .describe('The caller’s own membership, when signed in and ever involved'),
});

export const joinResponse = z.object({ status: z.enum(['active', 'pending']).describe('active: joined at once; pending: waiting for an officer') });

const charge = z.object({ member: z.string(), period: z.string().describe('YYYY-MM'), amount: moneyResponse, status: z.enum(['paid', 'unpaid']) });

export const associationStatementResponse = z.object({
  balance: moneyResponse,
  lines: z.array(z.object({ at: timestamp, member: z.string().nullable(), period: z.string().nullable(), amount: moneyResponse, balance_after: moneyResponse })).describe('Newest first'),
  mine: z.array(charge).describe('The caller’s own months'),
  unpaid: z.array(charge).describe('Officers only (empty for other members): members whose dues are unpaid'),
});

export const associationResponseSchemas = {
  Association: associationResponse,
  AssociationList: associationListResponse,
  AssociationDetail: associationDetailResponse,
  AssociationJoin: joinResponse,
  AssociationStatement: associationStatementResponse,
} as const;
