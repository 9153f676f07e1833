// Saved listings: the kinds of things a person can save, and how many. Pure: no database here.
import type { FavouriteKind } from './tables.ts';

export type { FavouriteKind };

export const FAVOURITE_KINDS: readonly FavouriteKind[] = ['gig', 'job', 'freelancer'];

/** How many things one person may keep saved at once. */
export const MAX_SAVED = 500;

export const isFavouriteKind = (s: string): s is FavouriteKind => (FAVOURITE_KINDS as readonly string[]).includes(s);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);

/** The row's foreign key column for each kind. */
export const targetColumn = { gig: 'gig_id', job: 'job_id', freelancer: 'freelancer_id' } as const satisfies Record<FavouriteKind, string>;

/** Where the saved thing's public page is. */
export function pageOf(kind: FavouriteKind, ref: string): string {
  switch (kind) {
    case 'gig':
      return `/g/${encodeURIComponent(ref)}`;
    case 'job':
      return `/jobs/${encodeURIComponent(ref)}`;
    case 'freelancer':
      return `/u/${encodeURIComponent(ref)}`;
  }
}
