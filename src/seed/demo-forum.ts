// The forum for the demo accounts (issue 21): threads with replies in every category, in Urdu,
// English and Roman Urdu, as freelancers in Pakistan write them. A checklist is pinned in "Getting
// started" and a Fiverr-versus-Upwork argument is locked, both by the demo admin with the action in
// the log, as the moderation use cases leave them. When the association 'multan-women-designers'
// exists at seed time (the associations module seeds it), its private board gets a thread by its
// officer; otherwise that is skipped. Deterministic but for the clock: posts fall in the weeks
// before now. Tax facts in the replies follow ../shared/reference/tax-pakistan.md and
// payments-pakistan.md (the 9186 purpose code is what freelancers cite, unconfirmed officially, and
// the reply says so).
import type { Tx } from '../db/pool.ts';
import { reindexThread } from '../forum/service.ts';
import type { CategorySlug } from '../forum/tables.ts';
import type { Deps } from '../platform/deps.ts';
import { demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DemoPost {
  by: string;
  /** Hours after the thread was started. */
  after: number;
  body: string;
  /** Index of an earlier post of the thread to quote. */
  quote?: number;
}

interface DemoThread {
  category: CategorySlug;
  by: string;
  title: string;
  body: string;
  /** Days before now. */
  daysAgo: number;
  replies: DemoPost[];
  moderation?: { action: 'pin' | 'lock'; reason: string };
}

const THREADS: readonly DemoThread[] = [
  {
    category: 'getting-started',
    by: 'usman',
    title: 'Start here: a profile checklist that wins your first order',
    daysAgo: 40,
    body: 'What worked for me and for the people I hire:\n\n- A clear photo or your initials, and a headline that says **what you deliver**, not "hard-working freelancer".\n- Three portfolio pieces, even if they are practice projects. Say so honestly.\n- One small gig priced so a client can try you without risk.\n- Reply to messages within a few hours for the first month.\n\nAdd your own tips below.',
    replies: [
      { by: 'ayesha', after: 5, body: 'بہت اچھی فہرست۔ میں یہ بھی کہوں گی کہ پروفائل اردو اور انگریزی دونوں میں لکھیں، ملتان اور لاہور کے کئی کلائنٹس اردو میں بات کرنا پسند کرتے ہیں۔' },
      { by: 'zainab', after: 30, body: 'Portfolio ke liye Canva pe 3 fake brands bana ke unke social media posts design kiye the, pehla client unhi ko dekh ke aaya.' },
    ],
    moderation: { action: 'pin', reason: 'A good first read for new members' },
  },
  {
    category: 'getting-started',
    by: 'imran',
    title: 'پہلا کلائنٹ کیسے ملے؟',
    daysAgo: 12,
    body: 'ڈیٹا انٹری کی گِگ تین ہفتے سے لگی ہوئی ہے، دو سو سے زیادہ لوگوں نے دیکھی لیکن ایک بھی آرڈر نہیں آیا۔ آپ لوگوں کو پہلا کلائنٹ کیسے ملا؟',
    replies: [
      { by: 'bilal', after: 3, body: 'My first client came from a local Facebook group, not a platform. I offered a small job cheaply and asked for an honest review. After the first review, the second order came within a week.' },
      { by: 'ayesha', after: 9, body: 'گِگ کی پہلی تصویر بدل کر دیکھیں: پہلے اور بعد کی شیٹ کا اسکرین شاٹ لگائیں۔ کلائنٹ کو فوراً سمجھ آنا چاہیے کہ آپ کیا کریں گے۔', quote: 0 },
      { by: 'imran', after: 26, body: 'Shukriya dono ka. Thumbnail badal di hai aur Multan ke ek Facebook group mein bhi post kiya hai, dekhte hain.' },
    ],
  },
  {
    category: 'tax-payments',
    by: 'bilal',
    title: 'PRC for Payoneer payouts?',
    daysAgo: 20,
    body: 'I withdraw from Payoneer to my bank account every month. Do I need a PRC for each withdrawal, and which purpose code should the bank put on it? I want to keep my PSEB registration and the lower tax rate.',
    replies: [
      { by: 'usman', after: 4, body: 'Ask your branch for a PRC for each inward remittance. Freelancers usually cite purpose code 9186 for IT exports, but that is not confirmed officially, so check with your bank and a tax consultant. Hunar lists your remittances at /tax/remittances so you can match each PRC.' },
      { by: 'fatima', after: 20, body: 'میرے بینک نے ایک ساتھ تین مہینوں کی پی آر سی دے دی، بس درخواست لکھ کر دینی پڑی۔ ای میل پر بھی منگوا سکتے ہیں۔' },
    ],
  },
  {
    category: 'tax-payments',
    by: 'mehwish',
    title: 'پائونیر سے جاز کیش میں رقم کیسے منگوائیں؟',
    daysAgo: 6,
    body: 'لاہور میں ہوں اور بینک اکاؤنٹ نہیں ہے۔ کیا پائونیر سے رقم سیدھی جاز کیش والٹ میں آ سکتی ہے، یا پہلے بینک اکاؤنٹ کھلوانا پڑے گا؟',
    replies: [
      { by: 'zainab', after: 7, body: 'Hunar par kamai JazzCash ya Easypaisa mein seedhi nikalwa sakti hain, Payoneer ki zaroorat nahi. Payoneer wali raqam ke liye bank account behtar hai, PRC bhi wahi se milta hai.' },
    ],
  },
  {
    category: 'skills',
    by: 'rabia',
    title: 'Figma seekhne ke liye best free course?',
    daysAgo: 15,
    body: 'Main proofreading karti hoon lekin ab UI design seekhna chahti hoon. Koi free course batayein jo Urdu ya asaan English mein ho?',
    replies: [
      { by: 'sadia', after: 6, body: 'Start with the Hunar Academy design track, then copy three real apps screen by screen in Figma. Copying teaches you spacing and type faster than any video. Post your screens here and I will give feedback.' },
      { by: 'ayesha', after: 28, body: 'ڈیجی اسکلز کا گرافک ڈیزائن کورس بھی مفت ہے اور اردو میں سمجھاتے ہیں۔ شروع میں ٹولز سے زیادہ رنگ اور فونٹس پر دھیان دیں۔' },
    ],
  },
  {
    category: 'clients-contracts',
    by: 'ayesha',
    title: 'لوگو کی قیمت: یوکے کے کلائنٹ کے لیے Rs 5,000 کم ہیں؟',
    daysAgo: 9,
    body: 'برمنگھم کی ایک بیکری لوگو بنوانا چاہتی ہے، تین کانسیپٹ اور دو ریویژنز۔ میں نے Rs 5,000 کہا تو انہوں نے فوراً ہاں کر دی، اب لگ رہا ہے کم بتایا۔ آپ لوگ بیرونِ ملک کلائنٹس سے لوگو کے کتنے لیتے ہیں؟',
    replies: [
      { by: 'sadia', after: 2, body: 'If they said yes instantly, it was low. For a UK small business, three concepts and two revisions, I quote Rs 18,000 to 25,000 and deliver the files in every format. Keep this order at the agreed price, and raise it for the next client.' },
      { by: 'emma', after: 11, body: 'As a client in the UK: I would expect to pay £60–£120 for that from a freelancer. A clear price list and delivery date matter more to me than the cheapest quote.' },
      { by: 'mehwish', after: 20, body: 'ہنر پر /rates صفحہ دیکھیں، وہاں لوگو ڈیزائن کی درمیانی قیمت نظر آتی ہے۔ اپنی ایسوسی ایشن کی کم از کم قیمت سے نیچے نہ جائیں۔', quote: 0 },
    ],
  },
  {
    category: 'clients-contracts',
    by: 'ali',
    title: 'Fiverr vs Upwork vs Hunar: which is better for beginners?',
    daysAgo: 30,
    body: 'Everyone in my WhatsApp group says something different. Which platform should a beginner in Faisalabad start on?',
    replies: [
      { by: 'bilal', after: 2, body: 'Compare the fees first: /fees shows what each platform keeps. Then pick one and stay long enough to earn reviews.' },
      { by: 'hamid', after: 5, body: 'ہر جگہ کا اپنا فائدہ ہے، اصل بات مستقل مزاجی ہے۔' },
    ],
    moderation: { action: 'lock', reason: 'The discussion went in circles; the fee comparison at /fees answers it' },
  },
  {
    category: 'women-freelancers',
    by: 'fatima',
    title: 'گھر سے کام کے بارے میں گھر والوں کو کیسے سمجھائیں؟',
    daysAgo: 18,
    body: 'کراچی میں گھر سے کانٹینٹ رائٹنگ کرتی ہوں۔ امریکی کلائنٹس کی کالیں رات کو ہوتی ہیں اور گھر والے پریشان ہوتے ہیں۔ آپ سب یہ کیسے سنبھالتی ہیں؟',
    replies: [
      { by: 'nadia', after: 4, body: 'What helped me: I showed my parents the Hunar dashboard with the payments coming in, and I keep all client talk inside the platform. Calls go on my calendar a week ahead so nobody is surprised.' },
      { by: 'zainab', after: 10, body: 'Main clients ko pehle hi bata deti hoon ke calls sirf Pakistan time raat 10 baje tak. Achhe clients maan jaate hain.' },
      { by: 'mehwish', after: 22, body: 'اپنا ذاتی واٹس ایپ نمبر آرڈر سے پہلے کبھی نہ دیں۔ ہنر کے پیغامات کافی ہیں، اور کچھ غلط ہو تو رپورٹ بھی کر سکتی ہیں۔', quote: 1 },
    ],
  },
];

const PRIVATE_SLUG = 'multan-women-designers';

export async function loadDemoForum(tx: Tx, deps: Pick<Deps, 'clock'>): Promise<{ threads: number; posts: number }> {
  const now = deps.clock.now();
  const keys = [...new Set([...THREADS.flatMap((t) => [t.by, ...t.replies.map((r) => r.by)]), 'admin'])];
  const users = await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', keys.map(demoEmail)).execute();
  const id = (key: string) => users.find((u) => u.email === demoEmail(key))?.id;
  const admin = id('admin');
  let threads = 0;
  let posts = 0;

  async function write(t: { by: string; title: string; body: string; daysAgo: number; replies: { by: string; after: number; body: string; quote?: number }[]; category: CategorySlug | null; associationId: string | null }, moderation?: DemoThread['moderation']) {
    const startedAt = new Date(now.getTime() - t.daysAgo * DAY);
    const last = t.replies.at(-1);
    const thread = await tx
      .insertInto('forum_threads')
      .values({
        category: t.category,
        association_id: t.associationId,
        author_id: t.by,
        title: t.title,
        reply_count: t.replies.length,
        last_post_at: last ? new Date(startedAt.getTime() + last.after * HOUR) : startedAt,
        created_at: startedAt,
        pinned_at: moderation?.action === 'pin' ? new Date(startedAt.getTime() + DAY) : null,
        locked_at: moderation?.action === 'lock' ? new Date(startedAt.getTime() + 6 * HOUR) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids: string[] = [];
    const opening = await tx.insertInto('forum_posts').values({ thread_id: thread.id, author_id: t.by, body: t.body, is_opening: true, created_at: startedAt }).returning('id').executeTakeFirstOrThrow();
    ids.push(opening.id);
    for (const r of t.replies) {
      const p = await tx
        .insertInto('forum_posts')
        .values({ thread_id: thread.id, author_id: r.by, body: r.body, quote_post_id: r.quote === undefined ? null : (ids[r.quote] ?? null), created_at: new Date(startedAt.getTime() + r.after * HOUR) })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(p.id);
    }
    await reindexThread(tx, thread.id);
    if (moderation && admin) {
      await tx
        .insertInto('audit_events')
        .values({
          kind: `forum.thread.${moderation.action}`,
          actor_id: admin,
          subject_id: thread.id,
          data: JSON.stringify({ board: t.category, association: null, thread: thread.id, title: t.title, reason: moderation.reason, before: { pinned: false, locked: false, hidden: false }, after: { pinned: moderation.action === 'pin', locked: moderation.action === 'lock', hidden: false } }),
          ip: null,
          created_at: new Date(startedAt.getTime() + (moderation.action === 'pin' ? DAY : 6 * HOUR)),
        })
        .execute();
    }
    threads++;
    posts += ids.length;
  }

  for (const t of THREADS) {
    const by = id(t.by);
    const replies = t.replies.map((r) => ({ ...r, by: id(r.by) ?? '' }));
    if (!by || replies.some((r) => !r.by)) continue;
    await write({ ...t, by, replies, associationId: null }, t.moderation);
  }

  // The private board, when the associations module has seeded the association: its officers and
  // members write (only members post on a private board).
  const association = await tx.selectFrom('associations').select('id').where('slug', '=', PRIVATE_SLUG).where('status', '=', 'active').executeTakeFirst();
  if (association) {
    const members = await tx
      .selectFrom('association_members')
      .select(['user_id', 'role'])
      .where('association_id', '=', association.id)
      .where('status', '=', 'active')
      .orderBy('role', 'desc')
      .orderBy('joined_at')
      .execute();
    const officer = members.find((m) => m.role === 'officer') ?? members[0];
    const other = members.find((m) => m.user_id !== officer?.user_id);
    if (officer) {
      await write({
        category: null,
        associationId: association.id,
        by: officer.user_id,
        title: 'اگلی ملاقات: پورٹ فولیو ریویو اور کم از کم ریٹس',
        body: 'السلام علیکم بہنو! اگلے ہفتے ہفتے کے دن شام 4 بجے ملاقات ہے۔ اپنے فون پر تین بہترین ڈیزائن لے کر آئیں، ہم ایک دوسرے کے پورٹ فولیو پر رائے دیں گے۔ لوگو کی کم از کم قیمت پر بھی بات ہو گی۔\n\n**This board is for members only.**',
        daysAgo: 3,
        replies: other ? [{ by: other.user_id, after: 5, body: 'Main aaungi, aur apni cousin ko bhi laana chahti hoon jo abhi join karna chahti hai. Kya woh pehle request bhej de?' }] : [],
      });
    }
  }
  return { threads, posts };
}
