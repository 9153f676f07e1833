// What GET /api/v1/me/saved answers (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';

export const savedItemResponse = z.object({
  kind: z.enum(['gig', 'job', 'freelancer']),
  id: z.uuid().describe('The gig’s or job’s id, or the freelancer’s user id'),
  title: z.string().describe('The gig’s or job’s title, or the freelancer’s display name, as written'),
  url: z.string().describe('The public page: /g/<slug>, /jobs/<id> or /u/<handle>'),
  saved_at: z.iso.datetime({ offset: true }),
});

export const savedListResponse = z.object({ items: z.array(savedItemResponse).describe('Newest first') });

export const favouriteResponseSchemas = {
  SavedItem: savedItemResponse,
  SavedList: savedListResponse,
} as const;
