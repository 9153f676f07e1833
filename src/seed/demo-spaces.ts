// Co-working spaces in the demo (issue 21): a new demo space owner, Nasreen Akhtar
// (nasreen@demo.hunar.pk, the demo password, role space_owner granted by the admin), runs three
// spaces (all invented): Bethak Co-work in Multan, Kaam Ghar in Lahore and Margalla Desk in
// Islamabad, priced in rupees, with the amenities people ask about first. Each has one photo: not a
// photo of a room (there are none to reuse) but the gig pictures' generator (demo-images.ts) with the
// space's name and "demo picture" written on it, stored as an upload is, so the directory's cards and
// the space's page show what they show for a real listing without pretending to be one.
// Bookings and reviews as the use cases leave them: Ayesha worked a day at Bethak (paid at the
// space, checked in) and reviewed it in Urdu, and has a desk there the next open day paid from her
// Hunar balance (in escrow, from a bank top-up); Bilal's past day at Kaam Ghar was paid from his
// balance and released to the space less Hunar's fee; Mehwish and Usman reviewed the spaces they
// worked from; Sadia has a desk at Margalla Desk coming up.
import sharp from 'sharp';
import type { Tx } from '../db/pool.ts';
import { mediaColumns, prepareImage, storeWithin } from '../media/service.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post, revenueAccount } from '../ledger/service.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { addDays, checkInCode, deskFees, settlementLegs, today, weekdayOf } from '../spaces/domain.ts';
import { gigPictureSvg } from './demo-images.ts';
import { demoEmail } from './demo-people.ts';
import { demoBankTopUp } from './demo-top-up.ts';

const DAY = 86_400_000;
export const DEMO_SPACE_OWNER = { key: 'nasreen', name: 'نسرین اختر' };

const SPACES = [
  {
    slug: 'bethak-co-work-multan',
    name: 'Bethak Co-work',
    city_slug: 'multan',
    address: 'First floor, Al-Hafeez Plaza, Bosan Road, near Chungi No. 9',
    about_ur: 'بوسن روڈ پر بیس ڈیسک والی پرسکون جگہ، بہاءالدین زکریا یونیورسٹی سے دس منٹ۔ لوڈ شیڈنگ میں یو پی ایس اور جنریٹر، فائبر انٹرنیٹ، اور خواتین کے لیے گراؤنڈ فلور پر الگ کمرہ۔ چائے مفت ہے۔',
    about_en: 'A quiet room of twenty desks on Bosan Road, ten minutes from Bahauddin Zakariya University. UPS and a generator through load-shedding, fibre internet, and a separate ground-floor room for women. Tea is on the house.',
    open_days: [1, 2, 3, 4, 5, 6],
    opens_minute: 9 * 60,
    closes_minute: 22 * 60,
    desks: 20,
    day_price_minor: 80_000n,
    month_price_minor: 1_200_000n,
    pay_at_space: true,
    backup_power: 'ups_and_generator' as const,
    backup_hours: 10,
    internet_mbps: 40,
    women_only: 'گراؤنڈ فلور کا کمرہ، سارا دن',
    prayer_space: true,
    parking: 'motorbikes' as const,
  },
  {
    slug: 'kaam-ghar-lahore',
    name: 'Kaam Ghar',
    city_slug: 'lahore',
    address: '3rd floor, 88-B Khayaban-e-Firdousi, Johar Town, opposite Emporium Mall',
    about_ur: null,
    about_en: 'Thirty-five desks in Johar Town, open late for freelancers who work US hours. Solar panels with batteries keep the lights and Wi-Fi on in a power cut; the second floor is for women until 6 pm. Car and bike parking in the basement.',
    open_days: [1, 2, 3, 4, 5, 6, 7],
    opens_minute: 8 * 60,
    closes_minute: 24 * 60,
    desks: 35,
    day_price_minor: 150_000n,
    month_price_minor: 2_200_000n,
    pay_at_space: true,
    backup_power: 'solar' as const,
    backup_hours: 6,
    internet_mbps: 100,
    women_only: 'Second floor, 9:00–18:00',
    prayer_space: true,
    parking: 'cars_and_motorbikes' as const,
  },
  {
    slug: 'margalla-desk-islamabad',
    name: 'Margalla Desk',
    city_slug: 'islamabad',
    address: 'Office 14, 2nd floor, Saudi Pak Tower, Jinnah Avenue, Blue Area',
    about_ur: 'بلیو ایریا میں پیشہ ور ماحول: میٹنگ روم، 200 Mbps انٹرنیٹ اور بارہ گھنٹے کا بیک اپ۔ غیر ملکی کلائنٹس سے ویڈیو کال کے لیے فون بوتھ بھی ہیں۔',
    about_en: 'A professional floor in Blue Area: a meeting room, 200 Mbps internet and twelve hours of backup. Phone booths for video calls with foreign clients.',
    open_days: [1, 2, 3, 4, 5],
    opens_minute: 9 * 60,
    closes_minute: 21 * 60,
    desks: 25,
    day_price_minor: 200_000n,
    month_price_minor: 3_000_000n,
    pay_at_space: false,
    backup_power: 'ups_and_generator' as const,
    backup_hours: 12,
    internet_mbps: 200,
    women_only: null,
    prayer_space: true,
    parking: 'cars_and_motorbikes' as const,
  },
];

/** The nearest open day on or after (step 1) or on or before (step −1) `day`. */
function openDay(day: string, openDays: readonly number[], step: 1 | -1): string {
  let d = day;
  while (!openDays.includes(weekdayOf(d))) d = addDays(d, step);
  return d;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A placeholder photo for a demo space: the gig pictures' drawing with a band naming the space and saying it is a demo picture. */
export function spacePictureSvg(name: string, category: string, variant: number): string {
  const caption = `<rect x="0" y="590" width="960" height="130" fill="#000" opacity="0.45"/><text x="48" y="672" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="700" font-size="54" fill="#fff">${escapeXml(name)} · demo picture</text>`;
  return gigPictureSvg(category, '', variant).replace(/<\/svg>\s*$/, `${caption}</svg>`);
}

const PICTURE_CATEGORY: Record<string, string> = { 'bethak-co-work-multan': 'design', 'kaam-ghar-lahore': 'web-mobile', 'margalla-desk-islamabad': 'cloud' };

export async function loadDemoSpaces(tx: Tx, deps: Deps): Promise<{ spaces: number; bookings: number; reviews: number }> {
  const keys = ['ayesha', 'bilal', 'mehwish', 'usman', 'sadia', 'admin'];
  const users = await tx.selectFrom('users').select(['id', 'email', 'password_hash']).where('email', 'in', keys.map(demoEmail)).execute();
  const id = (key: string) => users.find((u) => u.email === demoEmail(key))?.id;
  const admin = users.find((u) => u.email === demoEmail('admin'));
  if (!admin || keys.some((k) => !id(k))) return { spaces: 0, bookings: 0, reviews: 0 };
  const now = deps.clock.now();
  const since = new Date(now.getTime() - 60 * DAY);

  // The owner signs in with the demo password (the admin's hash: the same password).
  const owner = await tx
    .insertInto('users')
    .values({ email: demoEmail(DEMO_SPACE_OWNER.key), password_hash: admin.password_hash, display_name: DEMO_SPACE_OWNER.name, is_freelancer: true, is_client: false, locale: 'ur', email_verified_at: since, onboarding_completed_at: since, onboarding_step: null, created_at: since, updated_at: since })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('user_roles').values({ user_id: owner.id, role: 'space_owner', granted_by: admin.id, granted_at: since, note: 'Lease and premises checked in person' }).execute();
  await tx
    .insertInto('audit_events')
    .values({ kind: 'role.granted', actor_id: admin.id, subject_id: owner.id, data: JSON.stringify({ role: 'space_owner' }), ip: null, created_at: since })
    .execute();
  const spaceIds = new Map<string, { id: string; openDays: number[]; price: bigint }>();
  for (const s of SPACES) {
    const row = await tx
      .insertInto('spaces')
      .values({ ...s, owner_id: owner.id, currency: 'PKR', status: 'listed', created_at: since, updated_at: since })
      .returning('id')
      .executeTakeFirstOrThrow();
    spaceIds.set(s.slug, { id: row.id, openDays: s.open_days, price: s.day_price_minor });
    const png = await sharp(Buffer.from(spacePictureSvg(s.name, PICTURE_CATEGORY[s.slug] ?? 'teaching', spaceIds.size)))
      .png({ compressionLevel: 1 })
      .toBuffer();
    const prepared = await prepareImage('space_photo', { name: 'demo.png', bytes: png });
    await storeWithin(deps, tx, prepared, (t, key) =>
      t
        .insertInto('media')
        .values({ ...mediaColumns(prepared, key), owner_id: owner.id, space_id: row.id, position: 0, created_at: since })
        .execute(),
    );
  }

  const t = today(now);
  const policy = feePolicy(deps);
  let bookings = 0;
  let seq = 0;
  /** A booking as bookDesk leaves it (and, for a past day, as the sweep leaves it). */
  async function booking(key: string, slug: string, dayOffset: number, payment: 'wallet' | 'at_space', opts: { checkedIn?: boolean; topUpSeed?: number } = {}) {
    const space = spaceIds.get(slug)!;
    const userId = id(key)!;
    const day = openDay(addDays(t, dayOffset), space.openDays, dayOffset < 0 ? -1 : 1);
    const past = day < t;
    const bookedAt = new Date(now.getTime() + (dayOffset - 3) * DAY);
    const fees = deskFees(money(space.price, 'PKR'), policy);
    const bookingId = crypto.randomUUID();
    let fund: string | null = null;
    if (payment === 'wallet') {
      await demoBankTopUp(tx, { clock: { now: () => bookedAt } }, { userId, amount: fees.bookerPays, at: new Date(bookedAt.getTime() - 3 * 3_600_000), seed: opts.topUpSeed ?? 0, referenceBytes: [19, 29, 37, 53, 67, 83] });
      fund = await post(tx, { clock: { now: () => bookedAt } }, {
        kind: 'space_booking',
        key: `space-booking:${bookingId}:fund`,
        fingerprint: requestFingerprint(userId, 'spaces.book', { booking: bookingId, amount: fees.bookerPays.amount, currency: 'PKR' }),
        actorId: userId,
        reason: `Desk on ${day}: paid into escrow`,
        legs: [{ from: { kind: 'client_wallet', ownerId: userId, currency: 'PKR' }, to: { kind: 'escrow', refId: bookingId, currency: 'PKR' }, amount: fees.bookerPays }],
      });
    }
    let settled: { settlement: 'released'; settle_transaction_id: string; settled_at: Date; hold_until: Date } | null = null;
    if (past && fund) {
      const at = new Date(now.getTime() + (dayOffset + 1) * DAY);
      const legs = settlementLegs('release', fees);
      const txId = await post(tx, { clock: { now: () => at } }, {
        kind: 'space_release',
        key: `space-booking:${bookingId}:settle`,
        fingerprint: requestFingerprint('system', 'spaces.settle', { booking: bookingId, outcome: 'release', rule: 'day_over' }),
        actorId: null,
        reason: `Desk on ${day}: day_over (paid to the space)`,
        legs: legs.map((l) => ({ from: { kind: 'escrow' as const, refId: bookingId, currency: 'PKR' as const }, to: l.to === 'owner' ? { kind: 'freelancer_pending' as const, ownerId: owner.id, currency: 'PKR' as const } : revenueAccount('PKR', bookingId), amount: l.amount })),
      });
      settled = { settlement: 'released', settle_transaction_id: txId, settled_at: at, hold_until: new Date(at.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY) };
    }
    await tx
      .insertInto('space_bookings')
      .values({
        id: bookingId,
        space_id: space.id,
        booker_id: userId,
        day,
        status: past ? 'completed' : 'booked',
        payment,
        currency: 'PKR',
        price_minor: fees.price.amount,
        client_fee_minor: fees.clientFee.amount,
        owner_fee_minor: fees.ownerFee.amount,
        fund_transaction_id: fund,
        ...(settled ?? {}),
        checkin_code: checkInCode(Uint8Array.from([++seq * 7, seq * 11, seq * 13, seq * 17, seq * 19, seq * 23])),
        checked_in_at: opts.checkedIn ? new Date(`${day}T04:30:00Z`) : null,
        ended_at: past ? new Date(now.getTime() + (dayOffset + 1) * DAY) : null,
        created_at: bookedAt,
      })
      .execute();
    bookings++;
  }
  await booking('ayesha', 'bethak-co-work-multan', -9, 'at_space', { checkedIn: true });
  await booking('ayesha', 'bethak-co-work-multan', 1, 'wallet', { topUpSeed: 131 });
  await booking('bilal', 'kaam-ghar-lahore', -5, 'wallet', { checkedIn: true, topUpSeed: 132 });
  await booking('mehwish', 'kaam-ghar-lahore', -12, 'at_space', { checkedIn: true });
  await booking('usman', 'margalla-desk-islamabad', -6, 'at_space', { checkedIn: true });
  await booking('sadia', 'margalla-desk-islamabad', 2, 'at_space');

  const reviews = [
    { key: 'ayesha', slug: 'bethak-co-work-multan', rating: 5, body: 'دوپہر کی لوڈ شیڈنگ میں بھی جنریٹر فوراً چل گیا اور انٹرنیٹ نہیں رکا۔ خواتین کا الگ کمرہ صاف ستھرا اور پرسکون ہے۔ ملتان میں کام کے لیے بہترین جگہ۔', daysAgo: 8 },
    { key: 'bilal', slug: 'kaam-ghar-lahore', rating: 4, body: 'Stayed till midnight for a US client call and the solar backup held through a cut. Gets noisy after 8 pm on weekends; bring headphones.', daysAgo: 4 },
    { key: 'mehwish', slug: 'kaam-ghar-lahore', rating: 5, body: 'دوسری منزل صرف خواتین کے لیے ہے، اس لیے گھر والے بھی مطمئن ہیں۔ نماز کی جگہ اور پارکنگ دونوں موجود ہیں۔', daysAgo: 11 },
    { key: 'usman', slug: 'margalla-desk-islamabad', rating: 4, body: 'Fast, stable internet and a proper phone booth for client calls. Pricey for a day desk, but the monthly rate is fair for Blue Area.', daysAgo: 5 },
  ];
  for (const r of reviews) {
    await tx
      .insertInto('space_reviews')
      .values({ space_id: spaceIds.get(r.slug)!.id, author_id: id(r.key)!, rating: r.rating, body: r.body, created_at: new Date(now.getTime() - r.daysAgo * DAY) })
      .execute();
  }
  return { spaces: SPACES.length, bookings, reviews: reviews.length };
}
