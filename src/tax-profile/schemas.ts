// What the tax profile API answers (listed in src/api/schemas.ts responseSchemas). The CNIC appears
// only as its last four digits: no answer carries it whole.
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';
import { PROVINCES } from '../tax/tables.ts';
import { CHECKLIST_STEPS } from './checklist.ts';

const day = z.string().describe('YYYY-MM-DD');

export const taxCertificateResponse = z.object({
  name: z.string().describe('The cleaned file name, with the extension of its real type'),
  url: z.string().describe('Downloads the file; only its owner may (staff read it through the audited admin view)'),
  content_type: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  bytes: z.number().int(),
  uploaded_at: z.iso.datetime({ offset: true }),
});

export const taxProfileResponse = z.object({
  saved: z.boolean().describe('False until the profile is first saved; every other field then has its empty value'),
  ntn: z
    .object({
      kind: z.enum(['cnic', 'entity']).describe('cnic: an individual, whose NTN is their CNIC (shown masked); entity: a 7-digit NTN'),
      shown: z.string().describe('The entity NTN (4174941-3), or the masked CNIC (•••••-••••567-1)'),
    })
    .nullable(),
  cnic: z
    .object({
      masked: z.string().describe('•••••-••••567-1: never more than the last four digits'),
      last4: z.string().regex(/^[0-9]{4}$/),
    })
    .nullable(),
  pseb: z.object({
    number: z.string().nullable(),
    expires_on: day.nullable(),
    state: z.enum(['valid', 'expiring', 'expired']).nullable().describe('On today’s date in Pakistan; expiring within 30 days of the expiry'),
    certificate: taxCertificateResponse.nullable(),
  }),
  filer: z.boolean().describe('On the Active Taxpayers List'),
  province: z.enum(PROVINCES).nullable(),
  has_salary: z.boolean(),
  salary: moneyResponse.nullable().describe('Yearly, in PKR'),
  updated_at: z.iso.datetime({ offset: true }).nullable(),
});

const sourceResponse = z.object({
  title: z.string(),
  url: z.string(),
  date: z.string().describe('When it was published or checked, as the reference gives it'),
  confidence: z.enum(['confirmed', 'reported', 'unconfirmed']),
});

export const taxChecklistResponse = z.object({
  steps: z.array(
    z.object({
      step: z.enum(CHECKLIST_STEPS),
      title: z.string().describe("In the caller's language"),
      what: z.string(),
      documents: z.array(z.string()),
      fee: z.object({
        confirmed: z.boolean().describe('False when the reference marks the fee unconfirmed or gives none'),
        amount: moneyResponse.nullable().describe('The amount the reference gives (for an unconfirmed fee, the one claim it cites), if any'),
        note: z.string(),
        source: sourceResponse.nullable(),
      }),
      links: z.array(z.object({ label: z.string(), url: z.string() })).describe('Official addresses, only those our reference gives'),
      sources: z.array(sourceResponse),
      done: z.boolean(),
      done_at: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
});

export const taxStepInput = z.object({ done: z.boolean({ error: 'field.required' }).describe('true: mark the step done; false: not done') });

export const taxProfileResponseSchemas = {
  TaxProfile: taxProfileResponse,
  TaxCertificate: taxCertificateResponse,
  TaxChecklist: taxChecklistResponse,
} as const;
