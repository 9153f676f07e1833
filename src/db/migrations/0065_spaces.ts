// Co-working spaces (issue 21, docs/decisions/0068-coworking-spaces.md).
//
// - spaces: a listing by a space owner (role space_owner): name, city, address, about in English,
//   Urdu or both, opening hours (minutes of the day in Asia/Karachi, on the ISO weekdays listed), the
//   number of desks, the price of a day and of a month, and amenities (backup power and for how many
//   hours, internet speed, women-only floor or hours, prayer space, parking). Whether a visitor may
//   choose to pay at the space. Hidden listings are seen by their owner only.
// - space_bookings: a desk for one calendar day (Pakistan's date). Paid from the wallet: the price
//   plus the client fee sits in an escrow account of the booking (ledger ref_id = the booking) from
//   fund_transaction_id until it is released to the owner (minus Hunar's fees) after the day, or
//   refunded by the published rule (settle_transaction_id); the hold then clears. Paid at the space
//   (or free): no money moves here. A check-in code per booking, unique per space and day, that the
//   owner enters when the person arrives. One live booking per person, space and day.
// - space_reviews: once per person and space, only by someone who booked (the service checks).
// Limits repeat the zod schemas' (src/spaces/domain.ts) as a last guard.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE spaces (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
      owner_id uuid NOT NULL REFERENCES users(id),
      name text NOT NULL CHECK (char_length(name) BETWEEN 3 AND 100),
      city_slug text NOT NULL REFERENCES cities(slug),
      address text NOT NULL CHECK (char_length(address) BETWEEN 5 AND 300),
      about_en text CHECK (char_length(about_en) BETWEEN 20 AND 2000),
      about_ur text CHECK (char_length(about_ur) BETWEEN 20 AND 2000),
      open_days smallint[] NOT NULL CHECK (cardinality(open_days) BETWEEN 1 AND 7 AND open_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
      opens_minute smallint NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
      closes_minute smallint NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
      desks integer NOT NULL CHECK (desks BETWEEN 1 AND 500),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR', 'USD')),
      day_price_minor bigint NOT NULL CHECK (day_price_minor >= 0),
      month_price_minor bigint CHECK (month_price_minor > 0),
      pay_at_space boolean NOT NULL DEFAULT true,
      backup_power text NOT NULL DEFAULT 'none' CHECK (backup_power IN ('none', 'ups', 'generator', 'ups_and_generator', 'solar')),
      backup_hours smallint CHECK (backup_hours BETWEEN 1 AND 24),
      internet_mbps integer CHECK (internet_mbps BETWEEN 1 AND 10000),
      women_only text CHECK (char_length(women_only) BETWEEN 3 AND 200),
      prayer_space boolean NOT NULL DEFAULT false,
      parking text NOT NULL DEFAULT 'none' CHECK (parking IN ('none', 'motorbikes', 'cars_and_motorbikes')),
      status text NOT NULL DEFAULT 'listed' CHECK (status IN ('listed', 'hidden')),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (about_en IS NOT NULL OR about_ur IS NOT NULL),
      CHECK (opens_minute < closes_minute),
      CHECK ((backup_power = 'none') = (backup_hours IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX spaces_city ON spaces (city_slug) WHERE status = 'listed'`.execute(db);
  await sql`CREATE INDEX spaces_owner ON spaces (owner_id)`.execute(db);

  await sql`
    CREATE TABLE space_bookings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      space_id uuid NOT NULL REFERENCES spaces(id),
      booker_id uuid NOT NULL REFERENCES users(id),
      day date NOT NULL,
      status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled_by_booker', 'cancelled_by_owner', 'completed')),
      payment text NOT NULL CHECK (payment IN ('wallet', 'at_space', 'free')),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR', 'USD')),
      price_minor bigint NOT NULL CHECK (price_minor >= 0),
      client_fee_minor bigint NOT NULL DEFAULT 0 CHECK (client_fee_minor >= 0),
      owner_fee_minor bigint NOT NULL DEFAULT 0 CHECK (owner_fee_minor >= 0 AND owner_fee_minor <= price_minor),
      fund_transaction_id uuid REFERENCES ledger_transactions(id),
      settlement text CHECK (settlement IN ('released', 'refunded')),
      settle_transaction_id uuid REFERENCES ledger_transactions(id),
      settled_at timestamptz,
      hold_until timestamptz,
      clear_transaction_id uuid REFERENCES ledger_transactions(id),
      cleared_at timestamptz,
      checkin_code text NOT NULL CHECK (checkin_code ~ '^[A-Z0-9]{6}$'),
      checked_in_at timestamptz,
      ended_by uuid REFERENCES users(id),
      ended_at timestamptz,
      created_at timestamptz NOT NULL,
      CHECK ((payment = 'wallet') = (fund_transaction_id IS NOT NULL)),
      CHECK (payment <> 'free' OR price_minor = 0),
      CHECK ((settlement IS NULL) = (settle_transaction_id IS NULL)),
      CHECK (settlement IS NULL OR payment = 'wallet'),
      CHECK ((status = 'booked') = (ended_at IS NULL))
    )`.execute(db);
  // One live booking per person, space and day; a cancelled one frees it.
  await sql`
    CREATE UNIQUE INDEX space_bookings_one_a_day ON space_bookings (space_id, day, booker_id)
    WHERE status IN ('booked', 'completed')`.execute(db);
  await sql`CREATE UNIQUE INDEX space_bookings_code ON space_bookings (space_id, day, checkin_code)`.execute(db);
  await sql`CREATE INDEX space_bookings_booker ON space_bookings (booker_id, day DESC)`.execute(db);
  // The sweep's work: days still booked, and holds to clear.
  await sql`CREATE INDEX space_bookings_open ON space_bookings (day) WHERE status = 'booked'`.execute(db);
  await sql`CREATE INDEX space_bookings_holds ON space_bookings (hold_until) WHERE settlement = 'released' AND cleared_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE space_reviews (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
      body text NOT NULL DEFAULT '' CHECK (char_length(body) <= 1000),
      created_at timestamptz NOT NULL,
      UNIQUE (space_id, author_id)
    )`.execute(db);

  await rewriteChecks(db);
}
