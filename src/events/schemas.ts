// What the association events endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), display_name: z.string(), handle: z.string(), url: z.string() });

export const associationEventResponse = z.object({
  id: z.uuid(),
  association: z.object({ slug: z.string(), name_en: z.string().nullable(), name_ur: z.string().nullable(), url: z.string() }),
  title_en: z.string().nullable(),
  title_ur: z.string().nullable(),
  about_en: z.string().nullable(),
  about_ur: z.string().nullable(),
  format: z.enum(['online', 'in_person']),
  online_url: z.string().nullable().describe('For people going and the officers, while the event is scheduled'),
  venue: z.string().nullable(),
  city: z.object({ slug: z.string(), name_en: z.string(), name_ur: z.string() }).nullable(),
  starts_at: timestamp,
  ends_at: timestamp,
  time_zone: z.literal('Asia/Karachi').describe('The zone the event was set in; pages show it in each reader’s zone'),
  capacity: z.number().int(),
  going: z.number().int().describe('Seats taken; never more than capacity'),
  waiting: z.number().int().describe('People on the waiting list'),
  members_only: z.boolean(),
  status: z.enum(['scheduled', 'cancelled']),
  sequence: z.number().int().describe('The calendar revision (iCalendar SEQUENCE): 0 when published, one more with each change officers save and with a cancellation'),
  updated_at: timestamp.describe('When the event was created or last changed'),
  open: z.boolean().describe('RSVPs are open now (scheduled, not yet started)'),
  mine: z.object({ status: z.enum(['going', 'waiting']), position: z.number().int().nullable().describe('On the waiting list: 1 is next') }).nullable().describe('The caller’s place, if any'),
  can_manage: z.boolean().describe('The caller is an officer of the association'),
  attendees: z.object({ going: z.array(person), waiting: z.array(person).describe('In the order they move up') }).nullable().describe('For officers only'),
  url: z.string(),
  calendar_url: z.string().describe('The .ics file, in the caller’s time zone'),
});

export const associationEventListResponse = z.object({
  items: z.array(associationEventResponse),
  calendar_url: z.string().describe('The association’s feed (.ics)'),
});

export const associationEventFeedKeyResponse = z.object({
  url: z.string().describe('Your private link to the association’s feed, with its members-only events; shown only now (only a fingerprint is kept). The previous link stops working; this one stops when you leave the association.'),
});

export const eventResponseSchemas = { AssociationEvent: associationEventResponse, AssociationEventList: associationEventListResponse, AssociationEventFeedKey: associationEventFeedKeyResponse } as const;
