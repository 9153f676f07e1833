// Co-working use cases (docs/decisions/0068-coworking-spaces.md): the directory by city, a space's
// page with its free desks and reviews, owners' listings (role space_owner), booking a desk for a
// day (paid from the wallet into an escrow account of the booking, or at the space), the published
// cancellation rule with its money, check-in by code, reviews by people who booked, and the sweep
// that pays the space once the day is over and clears the hold.
//
// Who may: anyone reads listed spaces; a space owner creates listings and manages only their own
// (another owner gets not_found, as if it did not exist); a booking is seen by its booker and the
// space's owner only. Money moves only through the ledger, inside the transaction that changes the
// booking. Desks of one space are booked one at a time (the space's row is locked), so two people
// never get the last desk of a day.
//
// Admins take a listing down and show it again (audited): it leaves the directory, the API and
// booking; desks not yet used are cancelled and refunded by the published rule listing_hidden. The
// owner is told; so are bookers of desks cancelled. Owners are told of desks booked and cancelled by
// the booker; bookers of desks the space cancelled.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, post, revenueAccount } from '../ledger/service.ts';
import { type GigCardImage, gigCardImage, imagesOf, type StoredImage } from '../media/service.ts';
import { notify } from '../notifications/notify.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { type Currency, type Money, money } from '../platform/money.ts';
import { requireRole } from '../platform/roles.ts';
import {
  addDays,
  bookingInput,
  checkBookingDay,
  checkInCode,
  checkInInput,
  decide,
  type DeskFees,
  hideInput,
  withdrawnWhenHidden,
  deskFees,
  mayReview,
  type MoneyOutcome,
  type Party,
  type RuleId,
  reviewInput,
  settlementLegs,
  slugFor,
  spaceInput,
  type SpaceInput,
  today,
} from './domain.ts';
import type { BackupPower, Parking, SpaceBookingStatus, SpacePayment, SpaceStatus } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY_MS = 86_400_000;
/** How many days of free desks a space's page shows. */
export const DAYS_SHOWN = 14;

// --- Reading spaces ------------------------------------------------------------------------------

export interface Space {
  id: string;
  slug: string;
  ownerId: string;
  ownerName: string;
  name: string;
  city: { slug: string; en: string; ur: string };
  address: string;
  aboutEn: string | null;
  aboutUr: string | null;
  openDays: number[];
  opensMinute: number;
  closesMinute: number;
  desks: number;
  dayPrice: Money;
  monthPrice: Money | null;
  payAtSpace: boolean;
  backupPower: BackupPower;
  backupHours: number | null;
  internetMbps: number | null;
  womenOnly: string | null;
  prayerSpace: boolean;
  parking: Parking;
  status: SpaceStatus;
  /** Taken down by an admin (seen by the owner and admins only). */
  takenDown: { at: Date; reason: string } | null;
  /** In the directory, the API and bookable: listed by its owner and not taken down. */
  shown: boolean;
  /** The first photo at card size, for lists. */
  photo: GigCardImage | null;
  rating: { sum: number; count: number };
  updatedAt: Date;
}

const spaceQuery = (db: Executor) =>
  db
    .selectFrom('spaces as s')
    .innerJoin('cities as c', 'c.slug', 's.city_slug')
    .innerJoin('users as o', 'o.id', 's.owner_id')
    .selectAll('s')
    .select(['c.name_en as city_en', 'c.name_ur as city_ur', 'o.display_name as owner_name'])
    .select(sql<string>`(SELECT coalesce(sum(r.rating), 0) FROM space_reviews r WHERE r.space_id = s.id)`.as('rating_sum'))
    .select(sql<string>`(SELECT count(*) FROM space_reviews r WHERE r.space_id = s.id)`.as('rating_count'))
    .select(sql<string | null>`(SELECT fm.key FROM media fm WHERE fm.space_id = s.id ORDER BY fm.position, fm.created_at LIMIT 1)`.as('photo_key'));
type SpaceRow = NonNullable<Awaited<ReturnType<ReturnType<typeof spaceQuery>['executeTakeFirst']>>>;

function toSpace(r: SpaceRow): Space {
  return {
    id: r.id,
    slug: r.slug,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    name: r.name,
    city: { slug: r.city_slug, en: r.city_en, ur: r.city_ur },
    address: r.address,
    aboutEn: r.about_en,
    aboutUr: r.about_ur,
    openDays: r.open_days,
    opensMinute: r.opens_minute,
    closesMinute: r.closes_minute,
    desks: r.desks,
    dayPrice: money(BigInt(r.day_price_minor), r.currency),
    monthPrice: r.month_price_minor === null ? null : money(BigInt(r.month_price_minor), r.currency),
    payAtSpace: r.pay_at_space,
    backupPower: r.backup_power,
    backupHours: r.backup_hours,
    internetMbps: r.internet_mbps,
    womenOnly: r.women_only,
    prayerSpace: r.prayer_space,
    parking: r.parking,
    status: r.status,
    takenDown: r.hidden_at && r.hidden_reason ? { at: r.hidden_at, reason: r.hidden_reason } : null,
    shown: r.status === 'listed' && r.hidden_at === null,
    photo: gigCardImage(r.photo_key),
    rating: { sum: Number(r.rating_sum), count: Number(r.rating_count) },
    updatedAt: r.updated_at,
  };
}

export interface Directory {
  spaces: Space[];
  /** Cities with at least one listed space, for the filter. */
  cities: { slug: string; en: string; ur: string; count: number }[];
  city: string | null;
}

/** Listed spaces, in one city or all; best rated first, then by name. An unknown city lists none. */
export async function listSpaces(deps: Pick<Deps, 'db'>, opts: { city?: string | undefined } = {}): Promise<Directory> {
  const city = opts.city?.trim().toLowerCase() || null;
  let q = spaceQuery(deps.db).where('s.status', '=', 'listed').where('s.hidden_at', 'is', null);
  if (city) q = q.where('s.city_slug', '=', city);
  const rows = await q
    .orderBy(sql`(SELECT avg(r.rating) FROM space_reviews r WHERE r.space_id = s.id) DESC NULLS LAST`)
    .orderBy('s.name')
    .limit(200)
    .execute();
  const cities = await deps.db
    .selectFrom('spaces as s')
    .innerJoin('cities as c', 'c.slug', 's.city_slug')
    .select(['c.slug', 'c.name_en', 'c.name_ur'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('s.status', '=', 'listed')
    .where('s.hidden_at', 'is', null)
    .groupBy(['c.slug', 'c.name_en', 'c.name_ur'])
    .orderBy('c.name_en')
    .execute();
  return { spaces: rows.map(toSpace), cities: cities.map((c) => ({ slug: c.slug, en: c.name_en, ur: c.name_ur, count: Number(c.n) })), city };
}

export interface ReviewView {
  authorName: string;
  rating: number;
  text: string;
  at: Date;
}

export interface SpacePage {
  space: Space;
  /** Free desks on each of the next DAYS_SHOWN days it is open. */
  days: { day: string; free: number }[];
  reviews: ReviewView[];
  /** Every photo, in the owner's order. */
  photos: StoredImage[];
  own: boolean;
  /** The viewer is an admin (who may take the listing down or show it again). */
  admin: boolean;
  /** The viewer's bookings at this space, newest day first. */
  mine: DeskBooking[];
  canReview: boolean;
  fees: DeskFees;
}

async function takenByDay(db: Executor, spaceId: string, from: string, until: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('space_bookings')
    .select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('space_id', '=', spaceId)
    .where('status', 'in', ['booked', 'completed'])
    .where('day', '>=', from)
    .where('day', '<=', until)
    .groupBy('day')
    .execute();
  return new Map(rows.map((r) => [r.day, Number(r.n)]));
}

async function spaceBySlug(db: Executor, slug: string): Promise<SpaceRow | undefined> {
  if (!SLUG.test(slug) || slug.length > 80) return undefined;
  return spaceQuery(db).where('s.slug', '=', slug).executeTakeFirst();
}

/** A space's page: shown spaces to everyone; one unlisted or taken down to its owner and admins only. */
export async function spacePage(deps: Deps, viewer: Actor | null, slug: string): Promise<SpacePage> {
  const row = await spaceBySlug(deps.db, slug);
  const own = !!viewer && row?.owner_id === viewer.userId;
  const admin = !!viewer?.isAdmin;
  if (!row) throw new AppError('not_found');
  const space = toSpace(row);
  if (!space.shown && !own && !admin) throw new AppError('not_found');
  const now = deps.clock.now();
  const first = today(now);
  const last = addDays(first, DAYS_SHOWN - 1);
  const taken = await takenByDay(deps.db, space.id, first, last);
  const days: SpacePage['days'] = [];
  for (let i = 0; i < DAYS_SHOWN; i++) {
    const day = addDays(first, i);
    if (checkBookingDay(day, space.openDays, now)) continue;
    days.push({ day, free: Math.max(0, space.desks - (taken.get(day) ?? 0)) });
  }
  const reviews = await deps.db
    .selectFrom('space_reviews as r')
    .innerJoin('users as a', 'a.id', 'r.author_id')
    .select(['a.display_name', 'r.rating', 'r.body', 'r.created_at'])
    .where('r.space_id', '=', space.id)
    .orderBy('r.created_at', 'desc')
    .limit(50)
    .execute();
  const mine = viewer ? await bookingViews(deps.db, (q) => q.where('b.space_id', '=', space.id).where('b.booker_id', '=', viewer.userId), viewer.userId, now) : [];
  const reviewed = viewer ? await deps.db.selectFrom('space_reviews').select('id').where('space_id', '=', space.id).where('author_id', '=', viewer.userId).executeTakeFirst() : undefined;
  return {
    space,
    days,
    reviews: reviews.map((r) => ({ authorName: r.display_name, rating: r.rating, text: r.body, at: r.created_at })),
    photos: (await imagesOf(deps.db, 'space_id', [space.id])).get(space.id) ?? [],
    own,
    admin,
    mine,
    canReview: !own && !reviewed && mayReview(mine, now),
    fees: deskFees(space.dayPrice, feePolicy(deps)),
  };
}

// --- Owners' listings ----------------------------------------------------------------------------

/** The actor's own listings (any state). Space owners and admins only. */
export async function mySpaces(deps: Pick<Deps, 'db'>, actorIn: Actor | null): Promise<Space[]> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  const rows = await spaceQuery(deps.db).where('s.owner_id', '=', actor.userId).orderBy('s.created_at').execute();
  return rows.map(toSpace);
}

function columns(s: SpaceInput, now: Date) {
  return {
    name: s.name,
    city_slug: s.city,
    address: s.address,
    about_en: s.aboutEn,
    about_ur: s.aboutUr,
    open_days: s.openDays,
    opens_minute: s.opensMinute,
    closes_minute: s.closesMinute,
    desks: s.desks,
    currency: s.dayPrice.currency,
    day_price_minor: s.dayPrice.amount,
    month_price_minor: s.monthPrice?.amount ?? null,
    pay_at_space: s.payAtSpace,
    backup_power: s.backupPower,
    backup_hours: s.backupHours,
    internet_mbps: s.internetMbps,
    women_only: s.womenOnly,
    prayer_space: s.prayerSpace,
    parking: s.parking,
    status: s.listed ? ('listed' as const) : ('hidden' as const),
    updated_at: now,
  };
}

/** A space owner lists a new space; its address comes from its name and city (made unique). */
export async function createSpace(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<Space> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  const s = parseWith(spaceInput, raw);
  const now = deps.clock.now();
  const base = slugFor(s.name, s.city);
  const slug = await deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`spaces.slug:${base}`}))`.execute(tx);
    const taken = new Set((await tx.selectFrom('spaces').select('slug').where('slug', 'like', `${base}%`).execute()).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    await tx
      .insertInto('spaces')
      .values({ slug, owner_id: actor.userId, created_at: now, ...columns(s, now) })
      .execute();
    return slug;
  });
  return toSpace((await spaceBySlug(deps.db, slug))!);
}

/** The owner's own listing, or not_found for anyone else (another owner included). */
async function ownSpace(db: Executor, actor: Actor, slug: string, lock = false): Promise<SpaceRow> {
  const row = await spaceBySlug(db, slug);
  if (!row || row.owner_id !== actor.userId) throw new AppError('not_found');
  if (lock) await db.selectFrom('spaces').select('id').where('id', '=', row.id).forUpdate().execute();
  return row;
}

/**
 * The owner changes their listing. Bookings already made keep their price and day; fewer desks
 * than already booked on a day refuses new bookings that day, never cancels any.
 */
export async function updateSpace(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<Space> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  await ownSpace(deps.db, actor, slug);
  const s = parseWith(spaceInput, raw);
  await deps.db.updateTable('spaces').set(columns(s, deps.clock.now())).where('slug', '=', slug).where('owner_id', '=', actor.userId).execute();
  return toSpace((await spaceBySlug(deps.db, slug))!);
}

export interface ManagedSpace {
  space: Space;
  /** Bookings from today on (soonest first), then the last 30 days'. */
  coming: DeskBooking[];
  past: DeskBooking[];
  today: string;
  photoCount: number;
}

/** The owner's page of one listing: the form's values and its bookings. */
export async function manageSpace(deps: Deps, actorIn: Actor | null, slug: string): Promise<ManagedSpace> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  const row = await ownSpace(deps.db, actor, slug);
  const now = deps.clock.now();
  const t = today(now);
  const all = await bookingViews(deps.db, (q) => q.where('b.space_id', '=', row.id).where('b.day', '>=', addDays(t, -30)), actor.userId, now);
  const photos = await deps.db.selectFrom('media').select((eb) => eb.fn.countAll<string>().as('n')).where('space_id', '=', row.id).executeTakeFirstOrThrow();
  return { space: toSpace(row), coming: all.filter((b) => b.day >= t).reverse(), past: all.filter((b) => b.day < t), today: t, photoCount: Number(photos.n) };
}

// --- Bookings ------------------------------------------------------------------------------------

export interface DeskBooking {
  id: string;
  space: { slug: string; name: string; address: string; city: { en: string; ur: string }; ownerId: string };
  booker: { id: string; displayName: string };
  /** Which party the reader is. */
  side: Party;
  day: string;
  status: SpaceBookingStatus;
  payment: SpacePayment;
  price: Money;
  clientFee: Money;
  /** What the booker pays (from the wallet, or at the space): the price and the client fee. */
  total: Money;
  settlement: 'released' | 'refunded' | null;
  /** The booker's code to show at the door; the owner never sees it (it proves the booker came). */
  checkinCode: string | null;
  checkedInAt: Date | null;
  canCancel: boolean;
}

const bookingQuery = (db: Executor) =>
  db
    .selectFrom('space_bookings as b')
    .innerJoin('spaces as s', 's.id', 'b.space_id')
    .innerJoin('cities as c', 'c.slug', 's.city_slug')
    .innerJoin('users as u', 'u.id', 'b.booker_id')
    .selectAll('b')
    .select(sql<string>`to_char(b.day, 'YYYY-MM-DD')`.as('day_text'))
    .select(['s.slug', 's.name', 's.address', 's.owner_id', 'c.name_en as city_en', 'c.name_ur as city_ur', 'u.display_name as booker_name']);
type BookingQuery = ReturnType<typeof bookingQuery>;
type BookingRow = NonNullable<Awaited<ReturnType<BookingQuery['executeTakeFirst']>>>;

function toBooking(r: BookingRow, viewerId: string, now: Date): DeskBooking {
  const side: Party = r.booker_id === viewerId ? 'booker' : 'owner';
  const price = money(BigInt(r.price_minor), r.currency);
  const clientFee = money(BigInt(r.client_fee_minor), r.currency);
  return {
    id: r.id,
    space: { slug: r.slug, name: r.name, address: r.address, city: { en: r.city_en, ur: r.city_ur }, ownerId: r.owner_id },
    booker: { id: r.booker_id, displayName: r.booker_name },
    side,
    day: r.day_text,
    status: r.status,
    payment: r.payment,
    price,
    clientFee,
    total: money(price.amount + clientFee.amount, r.currency),
    settlement: r.settlement,
    checkinCode: side === 'booker' && r.status === 'booked' ? r.checkin_code : null,
    checkedInAt: r.checked_in_at,
    canCancel: decide({ status: r.status, day: r.day_text }, 'cancel', side, now).ok,
  };
}

async function bookingViews(db: Executor, where: (q: BookingQuery) => BookingQuery, viewerId: string, now: Date): Promise<DeskBooking[]> {
  const rows = await where(bookingQuery(db)).orderBy('b.day', 'desc').orderBy('b.created_at', 'desc').limit(300).execute();
  return rows.map((r) => toBooking(r, viewerId, now));
}

/** One booking, for its booker and the space's owner; anyone else gets not_found. */
export async function getDeskBooking(deps: Pick<Deps, 'db' | 'clock'>, actorIn: Actor | null, id: string): Promise<DeskBooking> {
  const actor = requireActor(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await bookingQuery(deps.db).where('b.id', '=', id).executeTakeFirst();
  if (!row || (row.booker_id !== actor.userId && row.owner_id !== actor.userId)) throw new AppError('not_found');
  return toBooking(row, actor.userId, deps.clock.now());
}

/** The actor's desk bookings: coming days first (soonest first), then past ones. */
export async function myDeskBookings(deps: Pick<Deps, 'db' | 'clock'>, actorIn: Actor | null): Promise<DeskBooking[]> {
  const actor = requireActor(actorIn);
  const now = deps.clock.now();
  const all = await bookingViews(deps.db, (q) => q.where('b.booker_id', '=', actor.userId), actor.userId, now);
  const t = today(now);
  return [...all.filter((b) => b.day >= t).reverse(), ...all.filter((b) => b.day < t)];
}

const escrowOf = (bookingId: string, currency: Currency): AccountRef => ({ kind: 'escrow', refId: bookingId, currency });

/**
 * A person books a desk at a listed space for one day. The space's row is locked, so bookings of
 * one space are taken one at a time: the desks still free that day are counted under the lock, and
 * a full day is spaces.full (409) with nothing changed. Paid from the wallet, the price and the
 * client fee move into the booking's escrow in the same transaction; without enough balance,
 * nothing is booked and nothing moves (ledger.insufficient_funds). "Pay at the space" moves no money.
 */
export async function bookDesk(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<DeskBooking> {
  const actor = requireActor(actorIn);
  const input = parseWith(bookingInput, raw);
  const now = deps.clock.now();
  const found = await spaceBySlug(deps.db, slug);
  if (found?.status !== 'listed' || found.hidden_at !== null) throw new AppError('not_found');
  if (found.owner_id === actor.userId) throw new AppError('spaces.own_space');
  const refused = checkBookingDay(input.day, found.open_days, now);
  if (refused) throw new AppError('validation.failed', {}, { day: { key: refused } });
  const policy = feePolicy(deps);
  let id: string;
  try {
    id = await deps.db.transaction().execute(async (tx) => {
      const s = await tx.selectFrom('spaces').selectAll().where('id', '=', found.id).where('status', '=', 'listed').where('hidden_at', 'is', null).forUpdate().executeTakeFirst();
      if (!s) throw new AppError('not_found');
      const again = checkBookingDay(input.day, s.open_days, now);
      if (again) throw new AppError('validation.failed', {}, { day: { key: again } });
      const mine = await tx.selectFrom('space_bookings').select('id').where('space_id', '=', s.id).where('day', '=', input.day).where('booker_id', '=', actor.userId).where('status', 'in', ['booked', 'completed']).executeTakeFirst();
      if (mine) throw new AppError('spaces.already_booked');
      const taken = (await takenByDay(tx, s.id, input.day, input.day)).get(input.day) ?? 0;
      if (taken >= s.desks) throw new AppError('spaces.full');
      const fees = deskFees(money(BigInt(s.day_price_minor), s.currency), policy);
      const free = fees.bookerPays.amount === 0n;
      const payment: SpacePayment = free ? 'free' : input.payment;
      if (payment === 'at_space' && !s.pay_at_space) throw new AppError('spaces.pay_at_space_off');
      // The booking's id is chosen here so its escrow and idempotency key can name it before the row exists.
      const bookingId = randomUUID();
      const fundTx =
        payment === 'wallet'
          ? await post(tx, deps, {
              kind: 'space_booking',
              key: `space-booking:${bookingId}:fund`,
              fingerprint: requestFingerprint(actor.userId, 'spaces.book', { booking: bookingId, amount: fees.bookerPays.amount, currency: fees.bookerPays.currency }),
              actorId: actor.userId,
              reason: `Desk at ${s.name} on ${input.day}: paid into escrow`,
              legs: [{ from: { kind: 'client_wallet', ownerId: actor.userId, currency: s.currency }, to: escrowOf(bookingId, s.currency), amount: fees.bookerPays }],
            })
          : null;
      // A code unique for the space and day: a clash (one in millions) draws again.
      const codes = new Set((await tx.selectFrom('space_bookings').select('checkin_code').where('space_id', '=', s.id).where('day', '=', input.day).execute()).map((r) => r.checkin_code));
      let code = checkInCode(randomBytes(6));
      while (codes.has(code)) code = checkInCode(randomBytes(6));
      await tx
        .insertInto('space_bookings')
        .values({
          id: bookingId,
          space_id: s.id,
          booker_id: actor.userId,
          day: input.day,
          payment,
          currency: s.currency,
          price_minor: fees.price.amount,
          client_fee_minor: fees.clientFee.amount,
          owner_fee_minor: fees.ownerFee.amount,
          fund_transaction_id: fundTx,
          checkin_code: code,
          created_at: now,
        })
        .execute();
      await notify(deps, tx, { userId: s.owner_id, kind: 'space_booked', params: { space: s.name, by: actor.displayName, date: input.day }, link: `/spaces/manage/${s.slug}` });
      return bookingId;
    });
  } catch (e) {
    if ((e as { constraint?: string }).constraint === 'space_bookings_one_a_day') throw new AppError('spaces.already_booked');
    throw e;
  }
  return getDeskBooking(deps, actor, id);
}

/** Moves a paid booking's escrow by its outcome: to the owner's pending earnings and Hunar's revenue, or back to the booker. */
async function settleMoney(
  tx: Tx,
  deps: Deps,
  row: { id: string; space_id: string; owner_id: string; booker_id: string; day: string; payment: SpacePayment; price_minor: string; client_fee_minor: string; owner_fee_minor: string; currency: Currency },
  outcome: MoneyOutcome,
  rule: RuleId,
  actorId: string | null,
) {
  if (row.payment !== 'wallet') return {};
  const c = row.currency;
  const legs = settlementLegs(outcome, { price: money(BigInt(row.price_minor), c), clientFee: money(BigInt(row.client_fee_minor), c), ownerFee: money(BigInt(row.owner_fee_minor), c) });
  const released = outcome === 'release';
  const now = deps.clock.now();
  const txId = await post(tx, deps, {
    kind: released ? 'space_release' : 'space_refund',
    key: `space-booking:${row.id}:settle`,
    fingerprint: requestFingerprint(actorId ?? 'system', 'spaces.settle', { booking: row.id, outcome, rule }),
    actorId,
    reason: `Desk on ${row.day}: ${rule} (${released ? 'paid to the space' : 'refunded to the booker'})`,
    legs: legs.map((l) => ({
      from: escrowOf(row.id, c),
      to:
        l.to === 'owner'
          ? { kind: 'freelancer_pending' as const, ownerId: row.owner_id, currency: c }
          : l.to === 'revenue'
            ? revenueAccount(c, row.id)
            : { kind: 'client_wallet' as const, ownerId: row.booker_id, currency: c },
      amount: l.amount,
    })),
  });
  const owed = legs.some((l) => l.to === 'owner');
  return { settlement: released ? ('released' as const) : ('refunded' as const), settle_transaction_id: txId, settled_at: now, hold_until: released && owed ? new Date(now.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY_MS) : null };
}

const lockedBooking = (tx: Tx, id: string) =>
  tx
    .selectFrom('space_bookings as b')
    .innerJoin('spaces as s', 's.id', 'b.space_id')
    .selectAll('b')
    .select(sql<string>`to_char(b.day, 'YYYY-MM-DD')`.as('day_text'))
    .select('s.owner_id')
    .where('b.id', '=', id)
    .forUpdate('b');

/** The booker or the space's owner cancels, by the published rule; the rule decides where the money goes. */
export async function cancelDeskBooking(deps: Deps, actorIn: Actor | null, id: string): Promise<DeskBooking> {
  const actor = requireActor(actorIn);
  await getDeskBooking(deps, actor, id);
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockedBooking(tx, id).executeTakeFirstOrThrow();
    const side: Party = row.booker_id === actor.userId ? 'booker' : 'owner';
    const now = deps.clock.now();
    const d = decide({ status: row.status, day: row.day_text }, 'cancel', side, now);
    if (!d.ok) throw new AppError(d.code);
    const moved = await settleMoney(tx, deps, { ...row, day: row.day_text }, d.money, d.rule, actor.userId);
    await tx.updateTable('space_bookings').set({ status: d.status, ended_by: actor.userId, ended_at: now, ...moved }).where('id', '=', row.id).execute();
    const s = await tx.selectFrom('spaces').select(['name', 'slug']).where('id', '=', row.space_id).executeTakeFirstOrThrow();
    await notify(
      deps,
      tx,
      side === 'booker'
        ? { userId: row.owner_id, kind: 'space_booking_cancelled', params: { space: s.name, by: actor.displayName, date: row.day_text }, link: `/spaces/manage/${s.slug}` }
        : { userId: row.booker_id, kind: 'space_cancelled', params: { space: s.name, date: row.day_text }, link: '/spaces/bookings' },
    );
  });
  return getDeskBooking(deps, actor, id);
}

/**
 * The owner checks a person in with the code they show: a booking of this space for today (in
 * Pakistan). A wrong code is a message on the field; a booking of another day is spaces.not_today.
 * Checking in twice changes nothing.
 */
export async function checkIn(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<DeskBooking> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  const s = await ownSpace(deps.db, actor, slug);
  const { code } = parseWith(checkInInput, raw);
  const now = deps.clock.now();
  const t = today(now);
  const rows = await deps.db
    .selectFrom('space_bookings')
    .select(['id', 'status', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')])
    .where('space_id', '=', s.id)
    .where('checkin_code', '=', code)
    .where('status', '=', 'booked')
    .execute();
  const hit = rows.find((r) => r.day === t);
  if (!hit) {
    if (rows.length) throw new AppError('spaces.not_today');
    throw new AppError('validation.failed', {}, { code: { key: 'field.space_code_unknown' } });
  }
  await deps.db.updateTable('space_bookings').set({ checked_in_at: now }).where('id', '=', hit.id).where('checked_in_at', 'is', null).execute();
  return getDeskBooking(deps, actor, hit.id);
}

// --- Reviews -------------------------------------------------------------------------------------

/** Someone who booked this space (a booking not cancelled, whose day has come) reviews it once. */
export async function reviewSpace(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<SpacePage> {
  const actor = requireActor(actorIn);
  const row = await spaceBySlug(deps.db, slug);
  if (row?.status !== 'listed' || row.hidden_at !== null) throw new AppError('not_found');
  const input = parseWith(reviewInput, raw);
  const booked = await deps.db
    .selectFrom('space_bookings')
    .select(['status', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')])
    .where('space_id', '=', row.id)
    .where('booker_id', '=', actor.userId)
    .execute();
  if (!mayReview(booked, deps.clock.now())) throw new AppError('spaces.review_not_allowed');
  const inserted = await deps.db
    .insertInto('space_reviews')
    .values({ space_id: row.id, author_id: actor.userId, rating: input.rating, body: input.text, created_at: deps.clock.now() })
    .onConflict((oc) => oc.columns(['space_id', 'author_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new AppError('spaces.review_given');
  return spacePage(deps, actor, slug);
}

// --- Admins ----------------------------------------------------------------------------------------

/**
 * An admin takes a listing down (audited, with a reason the owner is told). Under the space's row
 * lock, so no booking slips in: it leaves the directory, the API and booking at once, and every desk
 * whose day is not over and whose booker has not checked in is cancelled by the published rule
 * listing_hidden (all of it back, through the ledger), its booker told. A desk already used today is
 * paid after the day as usual. Returns how many desks were cancelled.
 */
export async function hideSpace(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<{ cancelled: number }> {
  const actor = requireAdmin(actorIn);
  const input = parseWith(hideInput, raw);
  const found = await spaceBySlug(deps.db, slug);
  if (!found) throw new AppError('not_found');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const s = await tx.selectFrom('spaces').select(['id', 'slug', 'name', 'owner_id', 'hidden_at']).where('id', '=', found.id).forUpdate().executeTakeFirstOrThrow();
    if (s.hidden_at) throw new AppError('spaces.already_hidden');
    await tx.updateTable('spaces').set({ hidden_at: now, hidden_by: actor.userId, hidden_reason: input.reason, updated_at: now }).where('id', '=', s.id).execute();
    // Yesterday's desks in Pakistan may still be "booked" until the sweep runs; withdrawnWhenHidden leaves days that are over alone.
    const live = await tx.selectFrom('space_bookings').select('id').where('space_id', '=', s.id).where('status', '=', 'booked').where('day', '>=', addDays(today(now), -1)).execute();
    let cancelled = 0;
    for (const { id } of live) {
      const row = await lockedBooking(tx, id).executeTakeFirstOrThrow();
      if (!withdrawnWhenHidden({ status: row.status, day: row.day_text, checkedIn: row.checked_in_at !== null }, now)) continue;
      const moved = await settleMoney(tx, deps, { ...row, day: row.day_text }, 'refund', 'listing_hidden', actor.userId);
      await tx.updateTable('space_bookings').set({ status: 'cancelled_by_hunar', ended_by: actor.userId, ended_at: now, ...moved }).where('id', '=', row.id).execute();
      await notify(deps, tx, { userId: row.booker_id, kind: 'space_withdrawn', params: { space: s.name, date: row.day_text }, link: '/spaces/bookings' });
      cancelled++;
    }
    await tx
      .insertInto('audit_events')
      .values({ kind: 'space.hidden', actor_id: actor.userId, subject_id: s.id, data: JSON.stringify({ slug: s.slug, reason: input.reason, bookings_cancelled: cancelled }), ip: null, created_at: now })
      .execute();
    await notify(deps, tx, { userId: s.owner_id, kind: 'space_hidden', params: { space: s.name, reason: input.reason }, link: `/spaces/manage/${s.slug}` });
    return { cancelled };
  });
}

/** An admin shows a listing they took down again (audited; the owner is told). Cancelled desks stay cancelled. */
export async function showSpace(deps: Deps, actorIn: Actor | null, slug: string): Promise<void> {
  const actor = requireAdmin(actorIn);
  const found = await spaceBySlug(deps.db, slug);
  if (!found) throw new AppError('not_found');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const s = await tx.selectFrom('spaces').select(['id', 'slug', 'name', 'owner_id', 'hidden_at', 'hidden_reason']).where('id', '=', found.id).forUpdate().executeTakeFirstOrThrow();
    if (!s.hidden_at) throw new AppError('spaces.not_hidden');
    await tx.updateTable('spaces').set({ hidden_at: null, hidden_by: null, hidden_reason: null, updated_at: now }).where('id', '=', s.id).execute();
    await tx
      .insertInto('audit_events')
      .values({ kind: 'space.shown', actor_id: actor.userId, subject_id: s.id, data: JSON.stringify({ slug: s.slug, reason_was: s.hidden_reason }), ip: null, created_at: now })
      .execute();
    await notify(deps, tx, { userId: s.owner_id, kind: 'space_shown', params: { space: s.name }, link: `/spaces/${s.slug}` });
  });
}

// --- The sweep -----------------------------------------------------------------------------------

/**
 * The queue's sweep: bookings whose day is over are completed and a paid one's money goes to the
 * space (less Hunar's fees); released earnings whose hold has passed become available. Each booking
 * is its own transaction with keys derived from the booking, so a sweep that runs twice moves once.
 */
export async function sweepSpaces(deps: Deps, limit = 100): Promise<{ completed: number; cleared: number }> {
  const now = deps.clock.now();
  let completed = 0;
  let cleared = 0;
  // A day is over from the next midnight in Pakistan: any day before today.
  const ended = await deps.db.selectFrom('space_bookings').select('id').where('status', '=', 'booked').where('day', '<', today(now)).orderBy('day').limit(limit).execute();
  for (const { id } of ended) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await lockedBooking(tx, id).skipLocked().executeTakeFirst();
      if (!row) return false;
      const d = decide({ status: row.status, day: row.day_text }, 'complete', 'system', now);
      if (!d.ok) return false;
      const moved = await settleMoney(tx, deps, { ...row, day: row.day_text }, d.money, d.rule, null);
      await tx.updateTable('space_bookings').set({ status: d.status, ended_at: now, ...moved }).where('id', '=', row.id).execute();
      return true;
    });
    if (done) completed++;
  }
  const holds = await deps.db.selectFrom('space_bookings').select('id').where('settlement', '=', 'released').where('cleared_at', 'is', null).where('hold_until', '<=', now).orderBy('hold_until').limit(limit).execute();
  for (const { id } of holds) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await lockedBooking(tx, id).skipLocked().executeTakeFirst();
      if (!row || row.cleared_at || row.settlement !== 'released' || !row.hold_until || row.hold_until > now) return false;
      const owed = BigInt(row.price_minor) - BigInt(row.owner_fee_minor);
      const txId = await post(tx, deps, {
        kind: 'hold_clear',
        key: `space-booking:${row.id}:hold-clear`,
        fingerprint: requestFingerprint('system', 'spaces.hold_clear', { booking: row.id }),
        actorId: null,
        reason: `Desk on ${row.day_text}: hold ended; earnings available`,
        legs: [{ from: { kind: 'freelancer_pending', ownerId: row.owner_id, currency: row.currency }, to: { kind: 'freelancer_available', ownerId: row.owner_id, currency: row.currency }, amount: money(owed, row.currency) }],
      });
      await tx.updateTable('space_bookings').set({ cleared_at: now, clear_transaction_id: txId }).where('id', '=', row.id).execute();
      return true;
    });
    if (done) cleared++;
  }
  return { completed, cleared };
}

export const SPACES_SWEEP_JOB = 'spaces.sweep';
