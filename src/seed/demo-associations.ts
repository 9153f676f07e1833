// Associations in the demo (issue 21):
// - "ملتان ویمن ڈیزائنرز" / "Multan Women Designers" (Multan, graphic design; join by request),
//   started by Ayesha, with Sadia as a second officer, Gul and Rabia as members (Rabia listed in the
//   directory), and Uzma's request waiting (both officers were told); an announcement in Urdu and
//   English; no dues.
// - "Lahore Developers" / "لاہور ڈویلپرز" (Lahore, web development; open), started by Bilal, with
//   Zeeshan as officer and Mehwish, Usman, Faisal and Naveed as members; Rs 300 a month from the 1st,
//   collected last month and this month through the ledger (chargeDues, as the daily job does) from
//   bank top-ups; Naveed's balance was short this month, so his month is unpaid and he was told;
//   announcements in English and Urdu.
// Members' in-app notifications of the announcements are written as notify() leaves them, and read
// (no mail is queued: the CLI's seed has no job queue).
import { chargeDues, type DueRow } from '../associations/service.ts';
import { karachiDay } from '../associations/domain.ts';
import type { Tx } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { demoEmail } from './demo-people.ts';
import { demoBankTopUp } from './demo-top-up.ts';

const DAY = 86_400_000;

interface DemoAssociation {
  slug: string;
  nameEn: string;
  nameUr: string;
  city: string;
  skill: string;
  joinMode: 'open' | 'request';
  aboutEn: string;
  aboutUr: string;
  rulesEn: string;
  rulesUr: string;
  officers: string[];
  members: string[];
  listed: string[];
  pending: string[];
  foundedDaysAgo: number;
}

const MULTAN: DemoAssociation = {
  slug: 'multan-women-designers',
  nameEn: 'Multan Women Designers',
  nameUr: 'ملتان ویمن ڈیزائنرز',
  city: 'multan',
  skill: 'graphic-design',
  joinMode: 'request',
  aboutEn:
    'Women who design for a living in and around Multan: logos, posters, social media and Ajrak and Multani tile patterns. We meet once a month, share leads and client advice, and agree on the least we charge so nobody undercuts anyone.\n\nNew to freelancing? Ask in the group: someone has faced your problem before.',
  aboutUr:
    'ملتان اور آس پاس کی وہ خواتین جو ڈیزائن سے روزی کماتی ہیں: لوگو، پوسٹر، سوشل میڈیا، اجرک اور ملتانی ٹائلوں کے نمونے۔ ہم مہینے میں ایک بار ملتی ہیں، کام کی خبریں اور کلائنٹس کے بارے میں مشورے بانٹتی ہیں، اور کم از کم ریٹ پر اتفاق کرتی ہیں تاکہ کوئی کسی کا ریٹ نہ گرائے۔\n\nفری لانسنگ میں نئی ہیں؟ گروپ میں پوچھیں: کسی نہ کسی کو یہ مسئلہ پہلے پیش آ چکا ہو گا۔',
  rulesEn: '- Respect each other; no harassment of any kind.\n- Never share a client’s files or details outside the group.\n- Do not quote below the rates the group agreed.',
  rulesUr: '- ایک دوسرے کا احترام کریں؛ کسی بھی قسم کی ہراسانی کی اجازت نہیں۔\n- کسی کلائنٹ کی فائلیں یا معلومات گروپ سے باہر نہ بتائیں۔\n- گروپ کے طے کردہ ریٹ سے کم قیمت نہ بتائیں۔',
  officers: ['ayesha', 'sadia'],
  members: ['gul', 'rabia'],
  listed: ['rabia'],
  pending: ['uzma'],
  foundedDaysAgo: 120,
};

const LAHORE: DemoAssociation = {
  slug: 'lahore-developers',
  nameEn: 'Lahore Developers',
  nameUr: 'لاہور ڈویلپرز',
  city: 'lahore',
  skill: 'web-development',
  joinMode: 'open',
  aboutEn:
    'Web and mobile developers of Lahore working for clients at home and abroad: React, Laravel, WordPress, Flutter. A monthly meet-up at Arfa Software Technology Park, code reviews for each other, and a shared list of clients who did not pay.',
  aboutUr: 'لاہور کے ویب اور موبائل ڈویلپرز جو ملک اور بیرونِ ملک کلائنٹس کے لیے کام کرتے ہیں: ری ایکٹ، لاراویل، ورڈپریس، فلٹر۔ ارفع سافٹ ویئر ٹیکنالوجی پارک میں ماہانہ ملاقات، ایک دوسرے کے کوڈ کا جائزہ، اور ادائیگی نہ کرنے والے کلائنٹس کی مشترکہ فہرست۔',
  rulesEn: '- Dues are Rs 300 a month; they pay for the meet-up hall and tea.\n- Share leads you cannot take before passing them outside the group.',
  rulesUr: '- ماہانہ چندہ 300 روپے ہے؛ اس سے ملاقات کا ہال اور چائے کا خرچ چلتا ہے۔\n- جو کام آپ نہ لے سکیں، وہ گروپ سے باہر دینے سے پہلے یہاں بتائیں۔',
  officers: ['bilal', 'zeeshan'],
  members: ['mehwish', 'usman', 'faisal', 'naveed'],
  listed: ['mehwish', 'usman'],
  pending: [],
  foundedDaysAgo: 200,
};

const ANNOUNCEMENTS: { slug: string; by: string; daysAgo: number; titleEn: string | null; bodyEn: string | null; titleUr: string | null; bodyUr: string | null }[] = [
  {
    slug: MULTAN.slug,
    by: 'ayesha',
    daysAgo: 3,
    titleEn: 'Monthly meet-up on Saturday',
    bodyEn: 'We meet this Saturday at 4 pm at the e-Rozgaar centre, Bahauddin Zakariya University. Bring your portfolio: we will review each other’s work and talk about the rates for logo packages.',
    titleUr: 'ہفتے کو ماہانہ ملاقات',
    bodyUr: 'اس ہفتے شام چار بجے بہاء الدین زکریا یونیورسٹی کے ای روزگار سینٹر میں ملاقات ہو گی۔ اپنا پورٹ فولیو ساتھ لائیں: ہم ایک دوسرے کا کام دیکھیں گے اور لوگو پیکج کے ریٹس پر بات کریں گے۔',
  },
  {
    slug: MULTAN.slug,
    by: 'sadia',
    daysAgo: 20,
    titleEn: null,
    bodyEn: null,
    titleUr: 'کلائنٹ سے ایڈوانس ضرور لیں',
    bodyUr: 'پچھلے مہینے دو بہنوں کے ساتھ ایک کلائنٹ نے کام لے کر ادائیگی نہیں کی۔ ہنر پر آرڈر کے ذریعے کام کریں تاکہ رقم ایسکرو میں رہے، اور باہر کے کام میں کم از کم آدھا ایڈوانس لیں۔',
  },
  {
    slug: LAHORE.slug,
    by: 'bilal',
    daysAgo: 5,
    titleEn: 'Code review night and dues',
    bodyEn: 'Code review night is next Thursday at 7 pm at Arfa Tower, 6th floor. This month’s dues of Rs 300 have been collected from your Hunar balance; the statement is on the association page. If yours is unpaid, top up and it will be taken within a day.',
    titleUr: 'کوڈ ریویو کی شام اور چندہ',
    bodyUr: 'کوڈ ریویو کی شام اگلی جمعرات شام سات بجے ارفع ٹاور کی چھٹی منزل پر ہو گی۔ اس مہینے کا 300 روپے چندہ آپ کے ہنر بیلنس سے لے لیا گیا ہے؛ اسٹیٹمنٹ ایسوسی ایشن کے صفحے پر ہے۔ اگر آپ کا چندہ ادا نہیں ہوا تو بیلنس میں رقم ڈالیں، ایک دن میں لے لیا جائے گا۔',
  },
];

const DUES = { slug: LAHORE.slug, rupees: 300n, day: 1, short: 'naveed' };

export async function loadDemoAssociations(tx: Tx, deps: Deps): Promise<{ associations: number; members: number; announcements: number; duesPaid: number }> {
  const now = deps.clock.now().getTime();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const keys = [...new Set([MULTAN, LAHORE].flatMap((a) => [...a.officers, ...a.members, ...a.pending]))];
  const users = await tx.selectFrom('users').select(['id', 'email', 'locale', 'display_name']).where('email', 'in', keys.map(demoEmail)).execute();
  const user = (key: string) => users.find((u) => u.email === demoEmail(key));
  const result = { associations: 0, members: 0, announcements: 0, duesPaid: 0 };
  if (keys.some((k) => !user(k))) return result;
  const ids = new Map<string, string>();

  for (const a of [MULTAN, LAHORE]) {
    const founded = at(a.foundedDaysAgo);
    const row = await tx
      .insertInto('associations')
      .values({
        slug: a.slug,
        name_en: a.nameEn,
        name_ur: a.nameUr,
        about_en: a.aboutEn,
        about_ur: a.aboutUr,
        rules_en: a.rulesEn,
        rules_ur: a.rulesUr,
        city_slug: a.city,
        skill_slug: a.skill,
        join_mode: a.joinMode,
        created_by: user(a.officers[0]!)!.id,
        created_at: founded,
        updated_at: founded,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(a.slug, row.id);
    result.associations++;
    const people = [...a.officers.map((k) => [k, 'officer'] as const), ...a.members.map((k) => [k, 'member'] as const)];
    await tx
      .insertInto('association_members')
      .values([
        ...people.map(([k, role], i) => {
          const joined = at(a.foundedDaysAgo - i * 7);
          return { association_id: row.id, user_id: user(k)!.id, status: 'active' as const, role, in_directory: a.listed.includes(k), requested_at: joined, joined_at: joined, decided_by: user(a.officers[0]!)!.id };
        }),
        ...a.pending.map((k) => ({ association_id: row.id, user_id: user(k)!.id, status: 'pending' as const, requested_at: at(2) })),
      ])
      .execute();
    result.members += people.length;
    // Each officer was told of each waiting request, as join() does (read: the bells open on orders and jobs).
    const requests = a.pending.flatMap((k) => a.officers.map((o) => ({ by: user(k)!, officer: user(o)! })));
    if (requests.length) {
      await tx
        .insertInto('notifications')
        .values(
          requests.map(({ by, officer }) => ({
            user_id: officer.id,
            kind: 'association_join_requested',
            params: JSON.stringify({ association: officer.locale === 'ur' ? a.nameUr : a.nameEn, by: by.display_name }),
            link: `/associations/${a.slug}#requests`,
            created_at: at(2),
            read_at: new Date(at(2).getTime() + 3_600_000),
          })),
        )
        .execute();
    }
  }

  for (const n of ANNOUNCEMENTS) {
    const associationId = ids.get(n.slug)!;
    const a = n.slug === MULTAN.slug ? MULTAN : LAHORE;
    const row = await tx
      .insertInto('association_announcements')
      .values({ association_id: associationId, author_id: user(n.by)!.id, title_en: n.titleEn, title_ur: n.titleUr, body_en: n.bodyEn, body_ur: n.bodyUr, created_at: at(n.daysAgo) })
      .returning('id')
      .executeTakeFirstOrThrow();
    result.announcements++;
    const told = [...a.officers, ...a.members].filter((k) => k !== n.by).map((k) => user(k)!);
    await tx
      .insertInto('notifications')
      .values(
        told.map((u) => {
          const ur = u.locale === 'ur';
          const title = (ur ? n.titleUr : n.titleEn) ?? n.titleUr ?? n.titleEn ?? '';
          const body = (ur ? n.bodyUr : n.bodyEn) ?? n.bodyUr ?? n.bodyEn ?? '';
          return {
            user_id: u.id,
            kind: 'association_announcement',
            params: JSON.stringify({ association: ur ? a.nameUr : a.nameEn, title, excerpt: body.length > 300 ? `${body.slice(0, 299).trimEnd()}…` : body }),
            link: `/associations/${a.slug}#announcement-${row.id}`,
            created_at: at(n.daysAgo),
            // Read already: the demo accounts' bells open on their own orders and jobs (demo-notifications.ts).
            read_at: new Date(at(n.daysAgo).getTime() + 3_600_000),
          };
        }),
      )
      .execute();
  }

  // Dues: Rs 300 from the 1st, set when the association began collecting.
  const lahore = ids.get(DUES.slug)!;
  const amount = money(DUES.rupees * 100n, 'PKR');
  await tx.insertInto('association_dues').values({ association_id: lahore, amount_minor: amount.amount, currency: 'PKR', day_of_month: DUES.day, set_by: user('bilal')!.id, set_at: at(70) }).execute();
  const due: DueRow = { association_id: lahore, amount_minor: amount.amount.toString(), currency: 'PKR', slug: LAHORE.slug, name_en: LAHORE.nameEn, name_ur: LAHORE.nameUr };
  const members = [...LAHORE.officers, ...LAHORE.members];
  // Everyone's bank top-up covers last month; all but Naveed's also cover this month.
  let seed = 211;
  for (const k of members) {
    const months = k === DUES.short ? 1n : 2n;
    await demoBankTopUp(tx, deps, { userId: user(k)!.id, amount: money(amount.amount * months, 'PKR'), at: at(62), seed: seed++, referenceBytes: [19, 37, 53, 67, 83, 97] });
  }
  const thisMonth = karachiDay(at(0));
  const lastMonthDay = new Date(Date.UTC(Number(thisMonth.period.slice(0, 4)), Number(thisMonth.period.slice(5, 7)) - 2, 2, 4));
  const lastMonth = karachiDay(lastMonthDay).period;
  for (const [period, when] of [
    [lastMonth, lastMonthDay],
    [thisMonth.period, new Date(Math.min(now, Date.UTC(Number(thisMonth.period.slice(0, 4)), Number(thisMonth.period.slice(5, 7)) - 1, 1, 1)))],
  ] as const) {
    const atThen: Deps = { ...deps, clock: { now: () => when } };
    for (const k of members) {
      if (k === DUES.short && period === thisMonth.period) continue;
      if ((await chargeDues(tx, atThen, due, user(k)!.id, period)) === 'paid') result.duesPaid++;
    }
  }
  // Naveed's month: his balance was short, so nothing moved; marked unpaid and told, as the job leaves it.
  const firstDay = new Date(Math.min(now, Date.UTC(Number(thisMonth.period.slice(0, 4)), Number(thisMonth.period.slice(5, 7)) - 1, 1, 1)));
  await tx
    .insertInto('association_dues_charges')
    .values({ association_id: lahore, user_id: user(DUES.short)!.id, period: thisMonth.period, amount_minor: amount.amount, currency: 'PKR', status: 'unpaid', first_tried_at: firstDay, last_tried_at: at(0) })
    .execute();
  await tx
    .insertInto('notifications')
    .values({
      user_id: user(DUES.short)!.id,
      kind: 'association_dues_unpaid',
      params: JSON.stringify({ association: LAHORE.nameEn, amount: { minor: amount.amount.toString(), currency: 'PKR' }, date: `${thisMonth.period}-01` }),
      link: `/associations/${LAHORE.slug}/statement`,
      created_at: firstDay,
    })
    .execute();
  return result;
}
