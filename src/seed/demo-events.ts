// Association events in the demo (issue 21): the two demo associations, "Multan Women Designers"
// (Ayesha is an officer) and "Lahore Developers" (Bilal is an officer), are written here only if the
// associations' own demo has not written them (ON CONFLICT DO NOTHING on the slug, then read back),
// with their officers and a few members likewise. Their events, around the clock's now:
// - Lahore Developers meet up at a co-working space in Gulberg next Saturday, 17:00 to 19:30 PKT:
//   8 seats, all taken (Usman among them), and a waiting list of two, Hamza first;
// - Multan Women Designers hold an online workshop on pricing logos for clients abroad next
//   Wednesday at 20:00 PKT (30 seats, a Jitsi link for the people going), and a members-only
//   portfolio review circle the week after;
// - Lahore Developers' meet-up of two weeks ago, under past events.
// People and places are invented. Seats are written as the use cases leave them: `going` equals the
// places marked going, and nobody waits while a seat is free.
import type { Tx } from '../db/pool.ts';
import { EVENT_TIME_ZONE } from '../events/domain.ts';
import { wallToUtc, zonedParts } from '../mentorship/domain.ts';
import type { Deps } from '../platform/deps.ts';
import { demoEmail } from './demo-people.ts';

const DAY = 86_400_000;

/** The first `weekday` (ISO, 1 = Monday) at least `minDays` after now, at `hour`:`minute` in Karachi. */
function next(now: Date, weekday: number, minDays: number, hour: number, minute = 0): Date {
  for (let i = minDays; i < minDays + 8; i++) {
    const p = zonedParts(EVENT_TIME_ZONE, new Date(now.getTime() + i * DAY));
    if (p.weekday === weekday) return wallToUtc(EVENT_TIME_ZONE, p.year, p.month, p.day, hour * 60 + minute) as Date;
  }
  throw new Error('unreachable');
}

const ASSOCIATIONS = [
  {
    slug: 'multan-women-designers',
    name_en: 'Multan Women Designers',
    name_ur: 'ملتان ویمن ڈیزائنرز',
    about_en: 'Women in and around Multan who design logos, posters and social media posts for clients in Pakistan and abroad. We share clients, prices and advice, and meet online every month.',
    about_ur: 'ملتان اور آس پاس کی وہ خواتین جو پاکستان اور بیرونِ ملک کے کلائنٹس کے لیے لوگو، پوسٹر اور سوشل میڈیا پوسٹس ڈیزائن کرتی ہیں۔ ہم کلائنٹس، قیمتوں اور مشوروں کا تبادلہ کرتی ہیں اور ہر مہینے آن لائن ملتی ہیں۔',
    city_slug: 'multan',
    skill_slug: 'graphic-design',
    join_mode: 'request' as const,
    officer: 'ayesha',
    members: ['sadia', 'gul', 'rabia', 'fatima', 'zainab', 'nadia'],
  },
  {
    slug: 'lahore-developers',
    name_en: 'Lahore Developers',
    name_ur: 'لاہور ڈویلپرز',
    about_en: 'Web and mobile developers freelancing from Lahore: monthly meet-ups, code reviews, and honest talk about rates and getting paid.',
    about_ur: 'لاہور سے فری لانسنگ کرنے والے ویب اور موبائل ڈویلپرز: ہر مہینے ملاقات، کوڈ ریویو، اور ریٹس اور ادائیگی پر کھل کر بات۔',
    city_slug: 'lahore',
    skill_slug: 'web-development',
    join_mode: 'open' as const,
    officer: 'bilal',
    members: ['usman', 'mehwish', 'karim', 'ali', 'hassan', 'junaid', 'shehzad', 'imran'],
  },
];

export async function loadDemoEvents(tx: Tx, deps: Pick<Deps, 'clock'>): Promise<{ associations: number; events: number; rsvps: number }> {
  const now = deps.clock.now();
  const keys = [...new Set([...ASSOCIATIONS.flatMap((a) => [a.officer, ...a.members]), 'hamza'])];
  const users = await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', keys.map(demoEmail)).execute();
  const id = (key: string) => users.find((u) => u.email === demoEmail(key))?.id;
  if (keys.some((k) => !id(k))) return { associations: 0, events: 0, rsvps: 0 };
  const since = new Date(now.getTime() - 60 * DAY);

  const ids: Record<string, string> = {};
  for (const a of ASSOCIATIONS) {
    const { officer, members, ...row } = a;
    await tx
      .insertInto('associations')
      .values({ ...row, rules_en: null, rules_ur: null, created_by: id(officer)!, created_at: since, updated_at: since })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    const { id: associationId } = await tx.selectFrom('associations').select('id').where('slug', '=', a.slug).executeTakeFirstOrThrow();
    ids[a.slug] = associationId;
    await tx
      .insertInto('association_members')
      .values([
        { association_id: associationId, user_id: id(officer)!, status: 'active', role: 'officer', requested_at: since, joined_at: since },
        ...members.map((m, i) => ({ association_id: associationId, user_id: id(m)!, status: 'active' as const, role: 'member' as const, requested_at: new Date(since.getTime() + (i + 1) * DAY), joined_at: new Date(since.getTime() + (i + 1) * DAY) })),
      ])
      .onConflict((oc) => oc.columns(['association_id', 'user_id']).doNothing())
      .execute();
  }

  const meetup = next(now, 6, 3, 17);
  const workshop = next(now, 3, 2, 20);
  const circle = next(now, 3, 9, 21);
  const past = new Date(next(now, 6, 3, 17).getTime() - 21 * DAY);
  const events = [
    {
      association: 'lahore-developers',
      officer: 'bilal',
      title_en: 'Lahore Developers meet-up: getting paid from abroad',
      title_ur: 'لاہور ڈویلپرز کی ملاقات: بیرونِ ملک سے ادائیگی کیسے لیں',
      about_en: 'Three short talks and then questions: Payoneer or a bank transfer, what the PRC is and why you want it, and how to quote in dollars without losing on the rate. Tea and samosas; bring a laptop if you want your invoices looked at.',
      about_ur: 'تین مختصر گفتگو اور پھر سوال جواب: پیونیئر یا بینک ٹرانسفر، پی آر سی کیا ہے اور کیوں ضروری ہے، اور ڈالر میں قیمت بتاتے ہوئے ریٹ کا نقصان کیسے نہ ہو۔ چائے اور سموسے ہوں گے؛ اپنی انوائسز دکھانی ہوں تو لیپ ٹاپ ساتھ لائیں۔',
      format: 'in_person' as const,
      online_url: null,
      venue: 'Desk One co-working, 3rd floor, 42-B Main Boulevard, Gulberg III',
      city_slug: 'lahore',
      starts_at: meetup,
      ends_at: new Date(meetup.getTime() + 150 * 60_000),
      capacity: 8,
      members_only: false,
      going: ['bilal', 'usman', 'mehwish', 'karim', 'ali', 'hassan', 'junaid', 'shehzad'],
      waiting: ['hamza', 'imran'],
    },
    {
      association: 'multan-women-designers',
      officer: 'ayesha',
      title_en: 'Pricing logos for clients abroad',
      title_ur: 'بیرونِ ملک کے کلائنٹس کے لیے لوگو کی قیمت کیسے طے کریں',
      about_en: 'Ayesha shows three real quotes she sent to clients in the UK and the Gulf, what they paid, and how she explains revisions. An hour online, in Urdu and English.',
      about_ur: 'عائشہ برطانیہ اور خلیج کے کلائنٹس کو بھیجی گئی اپنی تین اصل قیمتیں دکھائیں گی، کلائنٹس نے کتنا دیا، اور وہ ریویژنز کی بات کیسے سمجھاتی ہیں۔ ایک گھنٹہ آن لائن، اردو اور انگریزی میں۔',
      format: 'online' as const,
      online_url: 'https://meet.jit.si/hunar-multan-women-designers-pricing',
      venue: null,
      city_slug: null,
      starts_at: workshop,
      ends_at: new Date(workshop.getTime() + 60 * 60_000),
      capacity: 30,
      members_only: false,
      going: ['ayesha', 'sadia', 'gul', 'rabia', 'zainab'],
      waiting: [],
    },
    {
      association: 'multan-women-designers',
      officer: 'ayesha',
      title_en: 'Members’ portfolio review circle',
      title_ur: 'ممبرز کا پورٹ فولیو ریویو حلقہ',
      about_en: 'Each of us shows two pieces and gets honest feedback from the others. For members only, so we can speak freely about clients.',
      about_ur: 'ہر ممبر اپنے دو کام دکھائے گی اور باقی سب سے کھل کر رائے لے گی۔ صرف ممبرز کے لیے، تاکہ کلائنٹس کے بارے میں آزادی سے بات ہو سکے۔',
      format: 'online' as const,
      online_url: 'https://meet.jit.si/hunar-mwd-portfolio-circle',
      venue: null,
      city_slug: null,
      starts_at: circle,
      ends_at: new Date(circle.getTime() + 90 * 60_000),
      capacity: 10,
      members_only: true,
      going: ['ayesha', 'fatima', 'nadia'],
      waiting: [],
    },
    {
      association: 'lahore-developers',
      officer: 'bilal',
      title_en: 'Code review evening: React and Laravel',
      title_ur: 'کوڈ ریویو کی شام: ری ایکٹ اور لاراویل',
      about_en: 'Bring a pull request from client work (with the client’s name removed) and get it reviewed by two other members.',
      about_ur: 'کلائنٹ کے کام کی کوئی پُل ریکویسٹ لائیں (کلائنٹ کا نام ہٹا کر) اور دو دوسرے ممبرز سے اس کا ریویو کروائیں۔',
      format: 'in_person' as const,
      online_url: null,
      venue: 'Desk One co-working, 3rd floor, 42-B Main Boulevard, Gulberg III',
      city_slug: 'lahore',
      starts_at: past,
      ends_at: new Date(past.getTime() + 120 * 60_000),
      capacity: 15,
      members_only: false,
      going: ['bilal', 'karim', 'ali', 'usman'],
      waiting: [],
    },
  ];

  let rsvps = 0;
  for (const e of events) {
    const created = new Date(Math.min(now.getTime() - 10 * DAY, e.starts_at.getTime() - 14 * DAY));
    const { association, officer, going, waiting, ...row } = e;
    const { id: eventId } = await tx
      .insertInto('association_events')
      .values({ ...row, association_id: ids[association]!, going: going.length, created_by: id(officer)!, created_at: created, updated_at: created })
      .returning('id')
      .executeTakeFirstOrThrow();
    const places = [...going.map((k) => ({ k, status: 'going' as const })), ...waiting.map((k) => ({ k, status: 'waiting' as const }))];
    await tx
      .insertInto('association_event_rsvps')
      .values(
        places.map((p, i) => {
          const at = new Date(created.getTime() + (i + 1) * 3_600_000);
          return { event_id: eventId, user_id: id(p.k)!, status: p.status, queued_at: at, updated_at: at, reminded_at: e.starts_at < now ? e.starts_at : null };
        }),
      )
      .execute();
    rsvps += places.length;
  }
  return { associations: ASSOCIATIONS.length, events: events.length, rsvps };
}
