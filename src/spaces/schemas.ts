// What the co-working endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { imageResponse } from '../media/schemas.ts';
import { moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });
const day = z.string().describe('YYYY-MM-DD, a calendar day in Pakistan');

export const spaceResponse = z.object({
  slug: z.string(),
  url: z.string(),
  name: z.string(),
  city: z.object({ slug: z.string(), name_en: z.string(), name_ur: z.string() }),
  address: z.string(),
  about_en: z.string().nullable(),
  about_ur: z.string().nullable(),
  hours: z.object({ days: z.array(z.number().int().min(1).max(7)).describe('ISO weekdays: 1 = Monday … 7 = Sunday'), opens: z.string().describe('HH:MM, Pakistan time'), closes: z.string().describe('HH:MM; 24:00 is midnight') }),
  desks: z.number().int(),
  day_price: moneyResponse.describe('A desk for a day; amount "0" when free'),
  month_price: moneyResponse.nullable().describe('A desk for a month, paid at the space; null when not offered'),
  pay_at_space: z.boolean().describe('Whether a booker may choose to pay at the space'),
  amenities: z.object({
    backup_power: z.enum(['none', 'ups', 'generator', 'ups_and_generator', 'solar']),
    backup_hours: z.number().int().nullable().describe('How long the backup lasts in a power cut'),
    internet_mbps: z.number().int().nullable(),
    women_only: z.string().nullable().describe('A women-only floor or hours, in the owner’s words'),
    prayer_space: z.boolean(),
    parking: z.enum(['none', 'motorbikes', 'cars_and_motorbikes']),
  }),
  status: z.enum(['listed', 'hidden']).describe('Hidden spaces are seen by their owner only'),
  taken_down: z.object({ at: timestamp, reason: z.string() }).nullable().describe('An admin took the listing down (seen by its owner and admins only): out of the directory and not bookable'),
  photo: z.object({ url: z.string(), width: z.number().int(), height: z.number().int() }).nullable().describe('The first photo at card size (WebP, 320 × 240), for lists'),
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }).describe('From reviews by people who booked'),
});

const eRozgaar = z.object({
  fact: z.string().describe('In English'),
  source: z.object({ title: z.string(), url: z.string(), date: day }),
});

export const spaceListResponse = z.object({
  items: z.array(spaceResponse).describe('Listed spaces, best rated first'),
  cities: z.array(z.object({ slug: z.string(), count: z.number().int() })).describe('Cities with at least one listed space'),
  e_rozgaar: z.object({ first_centre_in_city: z.boolean().describe('Whether the reference names a first e-Rozgaar centre in the city asked for'), facts: z.array(eRozgaar) }).describe('e-Rozgaar centres as ../shared/reference/programs.md names them: no addresses are known'),
});

const review = z.object({ author: z.string(), rating: z.number().int().min(1).max(5), text: z.string(), at: timestamp });

export const spaceDetailResponse = spaceResponse.extend({
  days: z.array(z.object({ day, free: z.number().int() })).describe('Free desks on the open days of the next two weeks'),
  reviews: z.array(review),
  photos: z.array(imageResponse).describe('Every photo of the space, in the owner’s order'),
  fees: z.object({ booker_pays: moneyResponse, space_receives: moneyResponse, hunar_keeps: moneyResponse }).describe('A day’s desk paid from the wallet, under this site’s fee policy'),
  can_review: z.boolean().describe('Whether the caller may review the space now (they booked a day that has come, and have not reviewed it)'),
});

export const deskBookingResponse = z.object({
  id: z.uuid(),
  space: z.object({ slug: z.string(), name: z.string(), address: z.string() }),
  booker: z.object({ id: z.uuid(), display_name: z.string() }),
  side: z.enum(['booker', 'owner']).describe('Which party the caller is'),
  day,
  status: z.enum(['booked', 'cancelled_by_booker', 'cancelled_by_owner', 'cancelled_by_hunar', 'completed']).describe('cancelled_by_hunar: the listing was taken down by an admin and the desk refunded in full'),
  payment: z.enum(['wallet', 'at_space', 'free']),
  price: moneyResponse.describe('The space’s price for the day'),
  total: moneyResponse.describe('What the booker pays: the price and the client fee'),
  settlement: z.enum(['released', 'refunded']).nullable().describe('Where money paid from the wallet went, by the published rule (/spaces/rules)'),
  checkin_code: z.string().nullable().describe('For the booker, while booked: the code to show at the door'),
  checked_in_at: timestamp.nullable(),
  can_cancel: z.boolean(),
});

export const deskBookingListResponse = z.object({ items: z.array(deskBookingResponse) });

export const spaceHiddenResponse = z.object({ hidden: z.boolean(), bookings_cancelled: z.number().int().describe('Desks cancelled and refunded by the rule listing_hidden') });

export const spaceResponseSchemas = { SpaceHidden: spaceHiddenResponse, Space: spaceResponse, SpaceList: spaceListResponse, SpaceDetail: spaceDetailResponse, DeskBooking: deskBookingResponse, DeskBookingList: deskBookingListResponse } as const;
