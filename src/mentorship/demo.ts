// Mentorship for the demo accounts (issue 20): Ayesha mentors in Urdu, Saraiki and English for
// Rs 2,500 an hour; Bilal gives free 30-minute sessions; Usman's application waits for the demo admin.
// Hamza has a paid session with Ayesha (its price in escrow, from a bank top-up) and a free one with
// Bilal coming up; Emma had a session with Bilal last week and both left feedback. Hamza also
// contested Ayesha's report that he missed a paid session last week: its price waits in escrow for
// the demo admin's decision at /admin/mentors. Written as the use
// cases leave them (the role grant, the escrow funding through the ledger). Deterministic but for
// the clock: sessions fall on the mentors' real free times around now.
import type { Tx } from '../db/pool.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { demoEmail } from '../seed/demo-people.ts';
import { demoBankTopUp } from '../seed/demo-top-up.ts';
import { expandSlots, type WeeklyRange } from './domain.ts';

const DAY = 86_400_000;
const KARACHI = 'Asia/Karachi';

const AYESHA_RANGES: WeeklyRange[] = [
  { weekday: 2, startMinute: 19 * 60, endMinute: 21 * 60, timeZone: KARACHI },
  { weekday: 4, startMinute: 19 * 60, endMinute: 21 * 60, timeZone: KARACHI },
  { weekday: 6, startMinute: 11 * 60, endMinute: 14 * 60, timeZone: KARACHI },
];
const BILAL_RANGES: WeeklyRange[] = [
  { weekday: 3, startMinute: 20 * 60, endMinute: 21 * 60, timeZone: KARACHI },
  { weekday: 7, startMinute: 16 * 60, endMinute: 18 * 60, timeZone: KARACHI },
];

export async function loadDemoMentorship(tx: Tx, deps: Pick<Deps, 'clock'>): Promise<{ mentors: number; bookings: number }> {
  const now = deps.clock.now();
  const ids = await tx
    .selectFrom('users')
    .select(['id', 'email'])
    .where(
      'email',
      'in',
      ['ayesha', 'bilal', 'usman', 'hamza', 'emma', 'admin'].map((k) => demoEmail(k)),
    )
    .execute();
  const id = (key: string) => ids.find((u) => u.email === demoEmail(key))?.id;
  const [ayesha, bilal, usman, hamza, emma, admin] = ['ayesha', 'bilal', 'usman', 'hamza', 'emma', 'admin'].map(id);
  if (!ayesha || !bilal || !usman || !hamza || !emma || !admin) return { mentors: 0, bookings: 0 };
  const decidedAt = new Date(now.getTime() - 30 * DAY);

  await tx
    .insertInto('mentor_profiles')
    .values([
      {
        user_id: ayesha,
        topics: ['لوگو ڈیزائن', 'Fiverr gigs', 'Pricing for foreign clients'],
        languages: ['ur', 'skr', 'en'],
        bio_ur: 'ملتان سے چھ سال سے لوگو اور سوشل میڈیا ڈیزائن کر رہی ہوں، زیادہ تر برطانیہ اور خلیج کے کلائنٹس کے لیے۔ نئی ڈیزائنرز کو پورٹ فولیو بنانے، پہلی گِگ کی قیمت طے کرنے اور کلائنٹ سے بات کرنے میں مدد دیتی ہوں۔',
        bio_en: 'Logo and social media designer in Multan for six years, mostly for clients in the UK and the Gulf. I help new designers build a portfolio, price their first gig and talk to clients with confidence.',
        price_minor: 250_000n,
        currency: 'PKR',
        session_minutes: 60,
        meeting_url: 'https://meet.jit.si/hunar-ayesha-mentoring',
        status: 'approved',
        applied_at: new Date(decidedAt.getTime() - 2 * DAY),
        decided_by: admin,
        decided_at: decidedAt,
        updated_at: decidedAt,
      },
      {
        user_id: bilal,
        topics: ['WordPress speed', 'React basics', 'Your first Upwork client'],
        languages: ['ur', 'en', 'pa'],
        bio_ur: null,
        bio_en: 'Full-stack developer in Lahore. I won my first Upwork client in 2019 after forty proposals; I will read your profile and proposals with you and show what changed my results. Free, because someone did it for me.',
        price_minor: 0n,
        currency: 'PKR',
        session_minutes: 30,
        meeting_url: 'https://meet.jit.si/hunar-bilal-office-hours',
        status: 'approved',
        applied_at: new Date(decidedAt.getTime() - DAY),
        decided_by: admin,
        decided_at: decidedAt,
        updated_at: decidedAt,
      },
      {
        user_id: usman,
        topics: ['AWS free tier', 'DevOps interviews'],
        languages: ['ur', 'en'],
        bio_ur: 'اسلام آباد سے کلاؤڈ انجینئر۔ AWS کے فری ٹیئر پر پہلا پروجیکٹ بنانے اور ڈیو آپس کے انٹرویوز کی تیاری میں مدد کر سکتا ہوں۔',
        bio_en: null,
        price_minor: 150_000n,
        currency: 'PKR',
        session_minutes: 45,
        meeting_url: null,
        status: 'applied',
        applied_at: new Date(now.getTime() - 2 * DAY),
        updated_at: new Date(now.getTime() - 2 * DAY),
      },
    ])
    .execute();
  await tx
    .insertInto('mentor_availability')
    .values([
      ...AYESHA_RANGES.map((r) => ({ mentor_id: ayesha, weekday: r.weekday, start_minute: r.startMinute, end_minute: r.endMinute, time_zone: r.timeZone })),
      ...BILAL_RANGES.map((r) => ({ mentor_id: bilal, weekday: r.weekday, start_minute: r.startMinute, end_minute: r.endMinute, time_zone: r.timeZone })),
    ])
    .execute();
  await tx
    .insertInto('user_roles')
    .values([ayesha, bilal].map((user_id) => ({ user_id, role: 'mentor' as const, granted_by: admin, granted_at: decidedAt, note: 'mentor application approved' })))
    .onConflict((oc) => oc.doNothing())
    .execute();

  // Hamza's paid session with Ayesha, the first of her times two days or more from now.
  const paidSlot = expandSlots(AYESHA_RANGES, 60, new Date(now.getTime() + 2 * DAY), new Date(now.getTime() + 14 * DAY))[0]!;
  const price = money(250_000n, 'PKR');
  await demoBankTopUp(tx, deps, { userId: hamza, amount: money(750_000n, 'PKR'), at: new Date(now.getTime() - 3 * DAY), seed: 120, referenceBytes: [13, 31, 47, 61, 73, 89] });
  const paidId = '5eed0020-0000-4000-8000-000000000001';
  const fundTx = await post(tx, deps, {
    kind: 'mentorship_fund',
    key: `mentoring:${paidId}:fund`,
    fingerprint: requestFingerprint(hamza, 'mentoring.fund', { booking: paidId, amount: price.amount, currency: price.currency }),
    actorId: hamza,
    reason: `Mentoring session with Ayesha at ${paidSlot.startsAt.toISOString()}: paid into escrow (demo)`,
    legs: [{ from: { kind: 'client_wallet', ownerId: hamza, currency: 'PKR' }, to: { kind: 'escrow', refId: paidId, currency: 'PKR' }, amount: price }],
  });
  // The contested session: the latest of Ayesha's times between six and two days ago.
  const contestedSlot = expandSlots(AYESHA_RANGES, 60, new Date(now.getTime() - 6 * DAY), new Date(now.getTime() - 2 * DAY)).at(-1)!;
  const contestedId = '5eed0020-0000-4000-8000-000000000004';
  const contestedFund = await post(tx, deps, {
    kind: 'mentorship_fund',
    key: `mentoring:${contestedId}:fund`,
    fingerprint: requestFingerprint(hamza, 'mentoring.fund', { booking: contestedId, amount: price.amount, currency: price.currency }),
    actorId: hamza,
    reason: `Mentoring session with Ayesha at ${contestedSlot.startsAt.toISOString()}: paid into escrow (demo)`,
    legs: [{ from: { kind: 'client_wallet', ownerId: hamza, currency: 'PKR' }, to: { kind: 'escrow', refId: contestedId, currency: 'PKR' }, amount: price }],
  });
  const reportedAt = new Date(contestedSlot.startsAt.getTime() + 30 * 60_000);
  const freeSlot = expandSlots(BILAL_RANGES, 30, new Date(now.getTime() + DAY), new Date(now.getTime() + 14 * DAY))[0]!;
  const pastSlot = expandSlots(BILAL_RANGES, 30, new Date(now.getTime() - 10 * DAY), new Date(now.getTime() - 3 * DAY))[0]!;
  const booked = new Date(now.getTime() - DAY);
  await tx
    .insertInto('mentor_bookings')
    .values([
      {
        id: paidId,
        mentor_id: ayesha,
        learner_id: hamza,
        starts_at: paidSlot.startsAt,
        ends_at: paidSlot.endsAt,
        topic: 'Our clothing brand needs a logo refresh: how should I brief a designer, and what is a fair price?',
        price_minor: price.amount,
        currency: 'PKR',
        fund_transaction_id: fundTx,
        created_at: booked,
      },
      { mentor_id: bilal, learner_id: hamza, starts_at: freeSlot.startsAt, ends_at: freeSlot.endsAt, topic: 'Should our Shopify store be in English and Urdu?', created_at: booked },
      {
        id: '5eed0020-0000-4000-8000-000000000003',
        mentor_id: bilal,
        learner_id: emma,
        starts_at: pastSlot.startsAt,
        ends_at: pastSlot.endsAt,
        topic: 'Making our clinic’s WordPress site fast on phones',
        status: 'completed',
        ended_by: emma,
        ended_at: pastSlot.endsAt,
        reminded_day_at: new Date(pastSlot.startsAt.getTime() - DAY),
        reminded_hour_at: new Date(pastSlot.startsAt.getTime() - 3_600_000),
        created_at: new Date(pastSlot.startsAt.getTime() - 3 * DAY),
      },
      {
        id: contestedId,
        mentor_id: ayesha,
        learner_id: hamza,
        starts_at: contestedSlot.startsAt,
        ends_at: contestedSlot.endsAt,
        topic: 'Colours and fonts for our clothing brand’s Instagram posts',
        price_minor: price.amount,
        currency: 'PKR',
        fund_transaction_id: contestedFund,
        status: 'contested',
        ended_by: ayesha,
        ended_at: reportedAt,
        contest_until: new Date(reportedAt.getTime() + 48 * 3_600_000),
        contested_at: new Date(reportedAt.getTime() + 5 * 3_600_000),
        contest_note: 'I was in the Jitsi room from the start for 25 minutes and messaged Ayesha twice on Hunar; the link on the booking may have been an old one. I would be glad to rebook.',
        reminded_day_at: new Date(contestedSlot.startsAt.getTime() - DAY),
        reminded_hour_at: new Date(contestedSlot.startsAt.getTime() - 3_600_000),
        created_at: new Date(contestedSlot.startsAt.getTime() - 4 * DAY),
      },
    ])
    .execute();
  await tx
    .insertInto('mentor_feedback')
    .values([
      { booking_id: '5eed0020-0000-4000-8000-000000000003', author_id: emma, author_side: 'learner', rating: 5, body: 'Bilal found three slow plugins in ten minutes and showed me how to test the site myself. Very kind and clear.', created_at: new Date(pastSlot.endsAt.getTime() + 3_600_000) },
      { booking_id: '5eed0020-0000-4000-8000-000000000003', author_id: bilal, author_side: 'mentor', rating: 5, body: 'Emma came with clear questions and a list of pages. A pleasure.', created_at: new Date(pastSlot.endsAt.getTime() + 2 * 3_600_000) },
    ])
    .execute();
  return { mentors: 2, bookings: 4 };
}
