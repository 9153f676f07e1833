// What the API answers, as zod schemas. Handlers' results are parsed through these before they are
// sent (so an answer cannot differ from its description), and the OpenAPI document is generated
// from them. Requests are described by the accounts module's own input schemas (domain.ts).
import { z } from 'zod';
import { favouriteResponseSchemas } from '../favourites/schemas.ts';
import { feeResponseSchemas } from '../fees/schemas.ts';
import { gigResponseSchemas } from '../gigs/schemas.ts';
import { jobResponseSchemas } from '../jobs/schemas.ts';
import { mediaResponseSchemas } from '../media/schemas.ts';
import { messageResponseSchemas } from '../messages/schemas.ts';
import { notificationResponseSchemas } from '../notifications/schemas.ts';
import { orderResponseSchemas } from '../orders/schemas.ts';
import { contractResponseSchemas } from '../orders/contract-api.ts';
import { walletResponseSchemas } from '../wallet/api.ts';
import { payoutResponseSchemas } from '../payouts/schemas.ts';
import { paymentResponseSchemas } from '../payments/schemas.ts';
import { errorStatus } from '../platform/errors.ts';
import { profileResponseSchemas } from '../profiles/schemas.ts';
import { searchResponseSchemas } from '../search/schemas.ts';
import { reviewResponseSchemas } from '../reviews/schemas.ts';
import { disputeResponseSchemas } from '../disputes/schemas.ts';
import { taxProfileResponseSchemas } from '../tax-profile/schemas.ts';
import { remittanceResponseSchemas } from '../remittances/schemas.ts';
import { statementResponseSchemas } from '../statements/schemas.ts';
import { verifyResponseSchemas } from '../verify/schemas.ts';
import { credentialResponseSchemas } from '../credentials/schemas.ts';
import { taxResponseSchemas } from '../tax/schemas.ts';
import { academyResponseSchemas } from '../academy/schemas.ts';
import { assessmentResponseSchemas } from '../assessments/schemas.ts';
import { mentorshipResponseSchemas } from '../mentorship/schemas.ts';
import { eventResponseSchemas } from '../events/schemas.ts';
import { associationResponseSchemas } from '../associations/schemas.ts';
import { forumResponseSchemas } from '../forum/schemas.ts';
import { spaceResponseSchemas } from '../spaces/schemas.ts';
import { legalResponseSchemas } from '../legal/schemas.ts';
import { ratesResponseSchemas } from '../rates/schemas.ts';
import { referralsResponseSchemas } from '../referrals/schemas.ts';

const id = z.uuid();
const timestamp = z.iso.datetime({ offset: true });

export const meResponse = z.object({
  id,
  email: z.string(),
  email_verified: z.boolean(),
  display_name: z.string(),
  phone: z.string().nullable().describe('E.164, e.g. +923001234567'),
  roles: z.array(z.enum(['freelancer', 'client', 'admin'])),
  locale: z.enum(['en', 'ur']),
  time_zone: z.string().describe('The IANA zone times are shown in (pages, mails, receipts), e.g. Asia/Karachi or Europe/London'),
  onboarding_completed: z.boolean(),
  created_at: timestamp,
});

export const logInResponse = z.object({ user: meResponse });

export const checkEmailResponse = z.object({
  status: z.literal('check_email'),
  email: z.string(),
});

export const acceptedResponse = z.object({ status: z.literal('check_email') });

export const sessionResponse = z.object({
  id,
  browser: z.string(),
  os: z.string(),
  ip: z.string(),
  created_at: timestamp,
  last_seen_at: timestamp,
  current: z.boolean().describe('True for the session that made this request'),
});

export const sessionListResponse = z.object({ sessions: z.array(sessionResponse) });

export const languageResponse = z.object({ locale: z.enum(['en', 'ur']) });

export const timeZoneResponse = z.object({ time_zone: z.string().describe('The IANA zone, under the name this server knows it by (Asia/Kolkata is stored as Asia/Calcutta)') });

export const accessTokenResponse = z.object({
  id,
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to tell tokens apart'),
  created_at: timestamp,
  last_used_at: timestamp.nullable(),
});

export const accessTokenListResponse = z.object({ tokens: z.array(accessTokenResponse) });

export const createdAccessTokenResponse = z.object({
  id,
  name: z.string(),
  token: z.string().describe('The secret, shown only in this answer; send it as `Authorization: Bearer <token>`'),
  prefix: z.string(),
  created_at: timestamp,
});

/** RFC 9457 problem details, as rendered by the error handler in platform/http.ts. */
export const problemResponse = z.object({
  type: z.string().describe('A URI naming the problem'),
  title: z.string().describe("The message, in the caller's language"),
  status: z.number().int(),
  code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
  request_id: z.string().describe('Quote it when reporting a problem'),
  errors: z.record(z.string(), z.string()).optional().describe("For invalid input: field name → message in the caller's language"),
});

/** Every answer schema with its name in the OpenAPI document. */
export const responseSchemas = {
  Me: meResponse,
  LogInResponse: logInResponse,
  CheckEmailResponse: checkEmailResponse,
  AcceptedResponse: acceptedResponse,
  Session: sessionResponse,
  SessionList: sessionListResponse,
  Language: languageResponse,
  TimeZone: timeZoneResponse,
  AccessToken: accessTokenResponse,
  AccessTokenList: accessTokenListResponse,
  CreatedAccessToken: createdAccessTokenResponse,
  Problem: problemResponse,
  ...profileResponseSchemas,
  ...gigResponseSchemas,
  ...jobResponseSchemas,
  ...searchResponseSchemas,
  ...favouriteResponseSchemas,
  ...notificationResponseSchemas,
  ...feeResponseSchemas,
  ...mediaResponseSchemas,
  ...orderResponseSchemas,
  ...contractResponseSchemas,
  ...walletResponseSchemas,
  ...payoutResponseSchemas,
  ...paymentResponseSchemas,
  ...messageResponseSchemas,
  ...reviewResponseSchemas,
  ...disputeResponseSchemas,
  ...taxProfileResponseSchemas,
  ...remittanceResponseSchemas,
  ...statementResponseSchemas,
  ...verifyResponseSchemas,
  ...credentialResponseSchemas,
  ...taxResponseSchemas,
  ...academyResponseSchemas,
  ...assessmentResponseSchemas,
  ...mentorshipResponseSchemas,
  ...eventResponseSchemas,
  ...associationResponseSchemas,
  ...forumResponseSchemas,
  ...spaceResponseSchemas,
  ...legalResponseSchemas,
  ...ratesResponseSchemas,
  ...referralsResponseSchemas,
} as const;

export const iso = (d: Date): string => d.toISOString();
