// What the gig endpoints answer, as zod schemas (listed in src/api/schemas.ts responseSchemas, so
// they appear in the OpenAPI document). Prices are minor units as decimal strings: JSON numbers
// lose precision past 2^53 and money is never a float.
import { z } from 'zod';
import { imageResponse } from '../media/schemas.ts';
import { DISPLAY_CURRENCIES, ESTIMATE_ONLY_CURRENCIES, RATE_SOURCES } from '../fx/domain.ts';
import { moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });
const currency = z.enum(['PKR', 'USD']);

export const priceResponse = moneyResponse;

const named = z.object({ slug: z.string(), name_en: z.string(), name_ur: z.string() });
const status = z.enum(['draft', 'published', 'paused']);

export const gigResponse = z.object({
  id: z.uuid(),
  slug: z.string(),
  url: z.string().describe('The public page, /g/<slug>'),
  status,
  title: z.string(),
  description: z.string(),
  category: named.nullable(),
  skills: z.array(named),
  currency,
  packages: z.array(
    z.object({
      position: z.number().int(),
      name: z.string(),
      description: z.string(),
      price: priceResponse.nullable().describe('Null only in an unfinished draft'),
      estimate: z
        .object({ amount: z.string().describe('Minor units (pence, cents, fils, halalas, paisa) as a decimal string'), currency: z.enum(DISPLAY_CURRENCIES) })
        .nullable()
        .describe('About what the price comes to in the currency asked for with ?currency=, at estimate_rate (display only); null when not asked, the same currency, or no rate for it'),
      delivery_days: z.number().int().nullable(),
      revisions: z.number().int().describe('-1 means unlimited'),
      features: z.array(z.string()),
    }),
  ),
  estimate_rate: z
    .object({
      usd_to_pkr: z.string().describe('Rupees per US dollar: the rate wallet conversions and order payments use'),
      source: z.enum(RATE_SOURCES).nullable().describe('initial: the rate shipped with Hunar until an admin sets one; form, csv, api: set by an admin'),
      effective_on: z.string().nullable(),
      reader: z
        .object({ currency: z.enum(ESTIMATE_ONLY_CURRENCIES), pkr_per_unit: z.string(), source: z.enum(RATE_SOURCES), effective_on: z.string() })
        .nullable()
        .describe('For GBP, EUR, AED, SAR: the display-only rate (rupees per unit) behind the estimate'),
    })
    .nullable()
    .describe('The rate behind the estimates: display only, orders are in the seller’s currency'),
  faqs: z.array(z.object({ question: z.string(), answer: z.string() })),
  questions: z.array(z.object({ question: z.string(), required: z.boolean() })),
  seller: z.object({ id: z.uuid(), display_name: z.string(), handle: z.string(), url: z.string().describe('The public profile, /u/<handle>') }),
  created_at: timestamp,
  updated_at: timestamp,
  published_at: timestamp.nullable(),
  images: z.array(imageResponse).describe('In the seller’s order; the first one’s thumb_url is the gig’s thumbnail'),
});

export const gigSummaryResponse = z.object({
  id: z.uuid(),
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  status,
  packages: z.number().int(),
  from_price: priceResponse.nullable(),
  updated_at: timestamp,
});

export const gigListResponse = z.object({ gigs: z.array(gigSummaryResponse) });

export const gigStatusResponse = z.object({ id: z.uuid(), slug: z.string(), status });

export const gigResponseSchemas = {
  Gig: gigResponse,
  GigSummary: gigSummaryResponse,
  GigList: gigListResponse,
  GigStatus: gigStatusResponse,
  Price: priceResponse,
} as const;
