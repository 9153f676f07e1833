// Kysely's view of the association events tables (src/db/migrations/0062_association_events.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type EventFormat = 'online' | 'in_person';
export type EventStatus = 'scheduled' | 'cancelled';
export type RsvpStatus = 'going' | 'waiting' | 'cancelled';

export interface AssociationEventsTable {
  id: Generated<string>;
  association_id: string;
  title_en: string | null;
  title_ur: string | null;
  about_en: string | null;
  about_ur: string | null;
  format: EventFormat;
  online_url: string | null;
  venue: string | null;
  city_slug: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  capacity: number;
  going: ColumnType<number, number | undefined, number>;
  members_only: ColumnType<boolean, boolean | undefined, boolean>;
  status: ColumnType<EventStatus, EventStatus | undefined, EventStatus>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  cancelled_by: string | null;
  cancelled_at: Timestamp | null;
  /** The iCalendar SEQUENCE: raised with each saved change and with a cancellation (migration 0071). */
  sequence: ColumnType<number, number | undefined, number>;
}

export interface AssociationEventRsvpsTable {
  event_id: string;
  user_id: string;
  status: RsvpStatus;
  queued_at: Timestamp;
  updated_at: Timestamp;
  moved_up_at: Timestamp | null;
  reminded_at: Timestamp | null;
}

/** A member's private calendar feed link: only the token's SHA-256 is kept (migration 0071). */
export interface AssociationEventFeedKeysTable {
  association_id: string;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
}

export interface EventTables {
  association_events: AssociationEventsTable;
  association_event_rsvps: AssociationEventRsvpsTable;
  association_event_feed_keys: AssociationEventFeedKeysTable;
}
