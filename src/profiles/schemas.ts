// What the profiles API answers, as zod schemas (listed in src/api/schemas.ts responseSchemas, so
// the OpenAPI document describes them and every answer is parsed through them before it is sent).
import { z } from 'zod';
import { imageResponse } from '../media/schemas.ts';
import { moneyResponse } from '../platform/money.ts';

const named = z.object({ slug: z.string(), en: z.string(), ur: z.string() });

export const portfolioItemResponse = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  link: z.string().nullable(),
  position: z.number().int(),
  images: z.array(imageResponse),
});

export const portfolioListResponse = z.object({ items: z.array(portfolioItemResponse) });

export const profileResponse = z.object({
  handle: z.string(),
  url: z.string().describe('The public page, /u/<handle>'),
  display_name: z.string(),
  initials: z.string().describe('Shown instead of a photo'),
  photo: imageResponse.nullable().describe('Null unless the person added a photo and chose to show it'),
  member_since: z.iso.datetime({ offset: true }),
  city: named.nullable().describe('Null when not given or hidden by its owner'),
  freelancer: z
    .object({
      headline: z.string(),
      bio_en: z.string(),
      bio_ur: z.string(),
      skills: z.array(named),
      languages: z.array(named),
      hourly_rate: moneyResponse.nullable(),
      availability: z.enum(['available', 'limited', 'unavailable']),
      education: z.string(),
      certificates: z.string(),
      portfolio: z.array(portfolioItemResponse),
      response_minutes: z.number().int().nullable().describe('Average minutes from a job invitation to their proposal; null until they have answered at least two'),
    })
    .nullable(),
  client: z
    .object({
      company_name: z.string(),
      about: z.string(),
      country: z.string().describe('PK, or ZZ for outside Pakistan'),
      jobs_posted: z.number().int(),
      hire_rate_percent: z.number().int().nullable().describe('Share of their jobs that ended in a hire; null before their first job'),
    })
    .nullable(),
});

export const ownProfileResponse = profileResponse.extend({
  show_city: z.boolean(),
  show_photo: z.boolean(),
  billing: z
    .object({
      company_name: z.string(),
      address: z.string().describe('Lines separated by \\n'),
      tax_number: z.string().describe('A VAT or tax number (e.g. GB 123 4567 89, an NTN 1234567-8); empty when not given'),
    })
    .nullable()
    .describe("What the client's invoices and receipts print about them; never on the public profile. Null unless a client"),
  completeness: z
    .object({
      percent: z.number().int().min(0).max(100),
      missing: z.array(z.object({ part: z.string(), message: z.string().describe("In the caller's language"), url: z.string() })),
    })
    .nullable(),
});

export const profileResponseSchemas = {
  Profile: profileResponse,
  OwnProfile: ownProfileResponse,
  PortfolioItem: portfolioItemResponse,
  PortfolioList: portfolioListResponse,
} as const;
