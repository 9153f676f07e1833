// What GET /api/v1/verify/{code} answers (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });

export const verificationResponse = z.object({
  code: z.string().describe('The code in its stored form: 20 characters of Crockford base32'),
  code_display: z.string().describe('As printed on the document: XXXX-XXXX-XXXX-XXXX-XXXX'),
  status: z.enum(['valid', 'withdrawn', 'revoked']).describe('valid: issued and not withdrawn; withdrawn: its owner withdrew it; revoked: the issuer revoked it (a certificate). Withdrawn or revoked, it vouches for nothing (no facts are given)'),
  kind: z.string().describe('What was issued: year_statement, course_certificate'),
  title: z.string().describe('The document’s name, in the caller’s language'),
  holder: z.string().describe('The person the document is about, as named when it was issued'),
  issuer: z.object({ name: z.string().describe('The operator of this Hunar site'), url: z.string() }),
  issued_at: timestamp,
  withdrawn_at: timestamp.nullable(),
  verify_url: z.string().describe('The public page of this code'),
  facts: z
    .array(
      z.object({
        key: z.string().describe('Stable: tax_year, earned, income_pkr, withdrawn …'),
        label: z.string().describe('In the caller’s language'),
        text: z.string().describe('The value as a person reads it, in the caller’s language'),
        value: z.discriminatedUnion('type', [
          z.object({ type: z.literal('text'), text: z.string() }),
          z.object({ type: z.literal('tax_year'), year: z.number().int().describe('Named by the year it ends: 2026 is 1 July 2025 – 30 June 2026') }),
          z.object({ type: z.literal('money'), amounts: z.array(moneyResponse).describe('One per currency') }),
          z.object({ type: z.literal('date'), at: timestamp }),
          z.object({ type: z.literal('localized'), en: z.string().nullable(), ur: z.string().nullable() }).describe('A name in both languages (a course, a skill); either may be missing'),
        ]),
      }),
    )
    .describe('What the document says, frozen when it was issued; empty once withdrawn'),
});

export const verifyResponseSchemas = { Verification: verificationResponse } as const;
