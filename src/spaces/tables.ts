// Kysely's view of the co-working tables (src/db/migrations/0065_spaces.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Currency } from '../platform/money.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint columns: pg returns them as strings; written as bigint or string. */
type Minor = ColumnType<string, string | bigint | undefined, string | bigint>;
/** date columns: written as 'YYYY-MM-DD'; read them with to_char(…, 'YYYY-MM-DD'), never as a Date (time zones). */
type Day = ColumnType<Date | string, string, string>;

export type BackupPower = 'none' | 'ups' | 'generator' | 'ups_and_generator' | 'solar';
export type Parking = 'none' | 'motorbikes' | 'cars_and_motorbikes';
export type SpaceStatus = 'listed' | 'hidden';
export type SpaceBookingStatus = 'booked' | 'cancelled_by_booker' | 'cancelled_by_owner' | 'cancelled_by_hunar' | 'completed';
export type SpacePayment = 'wallet' | 'at_space' | 'free';

export interface SpacesTable {
  id: Generated<string>;
  slug: string;
  owner_id: string;
  name: string;
  city_slug: string;
  address: string;
  about_en: string | null;
  about_ur: string | null;
  open_days: number[];
  opens_minute: number;
  closes_minute: number;
  desks: number;
  currency: ColumnType<Currency, Currency | undefined, Currency>;
  day_price_minor: Minor;
  month_price_minor: ColumnType<string | null, string | bigint | null | undefined, string | bigint | null>;
  pay_at_space: ColumnType<boolean, boolean | undefined, boolean>;
  backup_power: ColumnType<BackupPower, BackupPower | undefined, BackupPower>;
  backup_hours: number | null;
  internet_mbps: number | null;
  women_only: string | null;
  prayer_space: ColumnType<boolean, boolean | undefined, boolean>;
  parking: ColumnType<Parking, Parking | undefined, Parking>;
  status: ColumnType<SpaceStatus, SpaceStatus | undefined, SpaceStatus>;
  /** An admin took the listing down (migration 0070); null while it may be shown. */
  hidden_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  hidden_by: ColumnType<string | null, string | null | undefined, string | null>;
  hidden_reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SpaceBookingsTable {
  id: Generated<string>;
  space_id: string;
  booker_id: string;
  day: Day;
  status: ColumnType<SpaceBookingStatus, SpaceBookingStatus | undefined, SpaceBookingStatus>;
  payment: SpacePayment;
  currency: ColumnType<Currency, Currency | undefined, Currency>;
  price_minor: Minor;
  client_fee_minor: Minor;
  owner_fee_minor: Minor;
  fund_transaction_id: string | null;
  settlement: 'released' | 'refunded' | null;
  settle_transaction_id: string | null;
  settled_at: Timestamp | null;
  hold_until: Timestamp | null;
  clear_transaction_id: string | null;
  cleared_at: Timestamp | null;
  checkin_code: string;
  checked_in_at: Timestamp | null;
  ended_by: string | null;
  ended_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SpaceReviewsTable {
  id: Generated<string>;
  space_id: string;
  author_id: string;
  rating: number;
  body: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
}

export interface SpaceTables {
  spaces: SpacesTable;
  space_bookings: SpaceBookingsTable;
  space_reviews: SpaceReviewsTable;
}
