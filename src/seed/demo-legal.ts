// The legal help desk for the demo (issue 21, src/legal): Farzana Rizvi, an advocate in Lahore, is a
// verified legal advisor (farzana@demo.hunar.pk, the demo password; the role granted by the demo admin
// after checking her bar licence). She has answered Bilal's question about an unpaid invoice from a
// client abroad (published, anonymised, in the FAQ), Ayesha's NDA question in Urdu (published in
// Urdu), and Ayesha's harassment question (kept private: never offered for the FAQ). Bilal has asked
// who owns the code of the first milestone of his real contract with Hamza (the order is attached, so
// Farzana sees its record) and followed up; Fatima's tax question waits in the queue. Deterministic but
// for the clock; written as the use cases leave the rows.
import type { Tx } from '../db/pool.ts';
import { createAccount } from '../accounts/service.ts';
import type { Deps } from '../platform/deps.ts';
import { DEMO_PASSWORD, demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEMO_ADVISOR = { key: 'farzana', name: 'Farzana Rizvi' } as const;

export async function loadDemoLegal(tx: Tx, deps: Pick<Deps, 'clock'>, passwordHash: string): Promise<{ questions: number; faq: number }> {
  const now = deps.clock.now().getTime();
  const at = (daysAgo: number, hours = 0) => new Date(now - daysAgo * DAY + hours * HOUR);
  const people = await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', ['ayesha', 'bilal', 'fatima', 'admin'].map((k) => demoEmail(k))).execute();
  const id = (key: string) => people.find((u) => u.email === demoEmail(key))?.id;
  const [ayesha, bilal, fatima, admin] = ['ayesha', 'bilal', 'fatima', 'admin'].map(id);
  if (!ayesha || !bilal || !fatima || !admin) return { questions: 0, faq: 0 };

  const joined = { clock: { now: () => at(60) } };
  const advisor = await createAccount(tx, joined, { email: demoEmail(DEMO_ADVISOR.key), password: DEMO_PASSWORD, passwordHash, displayName: DEMO_ADVISOR.name, isFreelancer: false, isClient: false, locale: 'en', verified: true, onboarded: true });
  const note = 'Advocate, Lahore: bar licence and chamber address checked by video call';
  const grant = await tx.insertInto('user_roles').values({ user_id: advisor.id, role: 'legal_advisor', granted_by: admin, granted_at: at(58), note }).returning('id').executeTakeFirstOrThrow();
  // As /admin/roles records a grant (src/academy/staff-roles.ts).
  await tx.insertInto('audit_events').values({ kind: 'role.granted', actor_id: admin, subject_id: advisor.id, data: JSON.stringify({ grant: grant.id, role: 'legal_advisor', note }), ip: null, created_at: at(58) }).execute();

  // The first milestone of Bilal's contract with Hamza (demo-contract.ts), a real order.
  const milestone = await tx.selectFrom('orders').select('id').where('freelancer_id', '=', bilal).where('contract_id', 'is not', null).orderBy('position').executeTakeFirst();

  type Msg = { side: 'asker' | 'advisor'; body: string; at: Date };
  const questions: {
    id: string;
    asker: string;
    category: 'contracts' | 'unpaid_work' | 'tax' | 'intellectual_property' | 'harassment';
    title: string;
    body: string;
    orderId?: string | undefined;
    status: 'open' | 'answered' | 'follow_up' | 'closed';
    consent?: boolean;
    asked: Date;
    messages: Msg[];
  }[] = [
    {
      id: '5eed0021-0000-4000-8000-000000000001',
      asker: bilal,
      category: 'unpaid_work',
      title: 'A client in Germany has not paid my invoice for two months',
      body: 'I built a WordPress site for a small company in Munich outside Hunar. We agreed €900 by e-mail, I delivered in March and sent an invoice, and since then they only say "next week". I have the e-mails and the site is live on their domain. What can I realistically do from Lahore?',
      status: 'closed',
      consent: true,
      asked: at(24),
      messages: [
        {
          side: 'advisor',
          at: at(23, 3),
          body: 'Your e-mails are your contract: they show the price, the work and your delivery. Three steps, in order:\n1. Send a short, polite final reminder in English with the invoice attached, the amount, and a firm date (for example 14 days).\n2. If nothing comes, send a formal letter of demand. A lawyer can write one; it often works because it shows you are serious.\n3. A court case abroad usually costs more than a small invoice. Many freelancers in this position use a debt-collection service in the client\'s country, which takes a share only if it collects.\nFor the future: take an advance (30–50%) from new clients abroad, or work through an escrow platform so the money is there before you start.',
        },
        { side: 'asker', at: at(22), body: 'Thank you. Is it all right to take the site offline until they pay?' },
        {
          side: 'advisor',
          at: at(21, 5),
          body: 'Do not take it down on your own. If you still control the hosting, switching it off can be seen as damaging their business, and it weakens your position. Keep your claim clean: reminder, letter of demand, then collection. If your agreement had said the rights pass only on full payment, that would help you; put that in your next contract.',
        },
      ],
    },
    {
      id: '5eed0021-0000-4000-8000-000000000002',
      asker: ayesha,
      category: 'contracts',
      title: 'کلائنٹ این ڈی اے پر دستخط کروانا چاہتا ہے، کیا دیکھوں؟',
      body: 'دبئی کی ایک کمپنی لوگو کے کام سے پہلے مجھ سے این ڈی اے (رازداری کا معاہدہ) پر دستخط کروانا چاہتی ہے۔ اس میں لکھا ہے کہ میں پانچ سال تک “اسی طرح کا کوئی کام” کسی اور کے لیے نہیں کروں گی۔ کیا یہ ٹھیک ہے؟',
      status: 'answered',
      consent: true,
      asked: at(12),
      messages: [
        {
          side: 'advisor',
          at: at(11, 2),
          body: 'رازداری کا معاہدہ عام بات ہے، لیکن جو شق آپ نے بتائی وہ رازداری نہیں بلکہ کام سے روکنے کی شق ہے۔ پانچ سال تک “اسی طرح کا کوئی کام” نہ کرنے کا مطلب ہو سکتا ہے کہ آپ کسی اور کے لیے لوگو ہی نہ بنا سکیں۔\nکلائنٹ سے کہیں کہ:\n1. رازداری صرف ان کی دی ہوئی معلومات تک محدود ہو۔\n2. کام سے روکنے والی شق نکال دیں، یا اسے صرف ان کے براہِ راست حریفوں اور کم مدت (مثلاً چھ ماہ) تک محدود کریں۔\n3. آپ کو اپنا کام پورٹ فولیو میں دکھانے کی اجازت ہو، شائع ہونے کے بعد۔\nدستخط سے پہلے کسی وکیل کو پورا معاہدہ دکھا دیں۔ ہنر پر “کنٹریکٹ کے نمونے” میں رازداری کے معاہدے کا ایک سادہ نمونہ بھی ہے۔',
        },
      ],
    },
    {
      id: '5eed0021-0000-4000-8000-000000000003',
      asker: ayesha,
      category: 'harassment',
      title: 'ایک کلائنٹ رات کو ذاتی پیغامات بھیجتا ہے',
      body: 'آرڈر مکمل ہونے کے بعد ایک کلائنٹ مجھے رات گئے ذاتی پیغامات بھیج رہا ہے اور میرا نمبر مانگ رہا ہے۔ میں کیا کروں؟',
      status: 'answered',
      asked: at(6),
      messages: [
        {
          side: 'advisor',
          at: at(5, 4),
          body: 'آپ کا کسی بھی ذاتی پیغام کا جواب دینا ضروری نہیں۔ یہ کریں:\n1. پیغامات کے اسکرین شاٹ تاریخ کے ساتھ محفوظ کریں۔\n2. ہنر پر اس گفتگو کو رپورٹ کریں اور کلائنٹ کو بلاک کر دیں؛ ہنر کے ایڈمن رپورٹ دیکھتے ہیں۔\n3. اپنا نمبر یا ذاتی اکاؤنٹ نہ دیں۔\nاگر دھمکی ملے یا پیغامات پلیٹ فارم سے باہر بھی آئیں تو مجھے یہاں بتائیں، پھر ہم اگلا قدم دیکھیں گے۔ یہ سوال صرف آپ اور میرے درمیان ہے اور کبھی شائع نہیں ہوگا۔',
        },
      ],
    },
    {
      id: '5eed0021-0000-4000-8000-000000000004',
      asker: bilal,
      category: 'intellectual_property',
      title: 'Who owns the code of a milestone that is paid?',
      body: 'The first milestone of my Shopify contract is accepted and paid. The client now wants the theme code to reuse for another brand of his. I used my own starter theme that I have built over years. Does he own all of it?',
      orderId: milestone?.id,
      status: 'follow_up',
      asked: at(3),
      messages: [
        {
          side: 'advisor',
          at: at(2, 6),
          body: 'From the order record: the milestone is paid, and nothing was agreed in writing about ownership. A fair reading is that the client owns what you made for this store, and may use it for this store. Your starter theme, which you had before, stays yours; he may use it as part of this store but not take it to another brand unless you agree. Write that down now in a short message, and use the work-for-hire template for the next milestones: clause 5 covers your own materials.',
        },
        { side: 'asker', at: at(1, 2), body: 'He says it is all his because he paid. Should I send him the work-for-hire template now, or wait for the second milestone?' },
      ],
    },
    {
      id: '5eed0021-0000-4000-8000-000000000005',
      asker: fatima,
      category: 'tax',
      title: 'کیا مجھے پی ایس ای بی میں رجسٹریشن کے بغیر ٹیکس ریٹرن جمع کرانا ہوگا؟',
      body: 'میں کراچی سے کانٹینٹ رائٹنگ کرتی ہوں اور سال میں تقریباً تین لاکھ روپے کماتی ہوں، زیادہ تر بیرونِ ملک کلائنٹس سے۔ میرا این ٹی این نہیں ہے۔ کیا مجھے ریٹرن جمع کرانا ضروری ہے؟',
      status: 'open',
      asked: at(0, -5),
      messages: [],
    },
  ];

  let count = 0;
  for (const q of questions) {
    const advisorMessages = q.messages.filter((m) => m.side === 'advisor');
    const last = q.messages.at(-1)?.at ?? q.asked;
    await tx
      .insertInto('legal_questions')
      .values({
        id: q.id,
        asker_id: q.asker,
        category: q.category,
        title: q.title,
        body: q.body,
        order_id: q.orderId ?? null,
        status: q.status,
        advisor_id: advisorMessages.length ? advisor.id : null,
        publish_consent: q.consent ?? false,
        consent_at: q.consent ? (advisorMessages[0]?.at ?? null) : null,
        created_at: q.asked,
        updated_at: last,
        answered_at: advisorMessages[0]?.at ?? null,
        closed_at: q.status === 'closed' ? last : null,
      })
      .execute();
    if (q.messages.length) await tx.insertInto('legal_messages').values(q.messages.map((m) => ({ question_id: q.id, author_id: m.side === 'advisor' ? advisor.id : q.asker, side: m.side, body: m.body, created_at: m.at }))).execute();
    count++;
  }

  // The two published entries, anonymised as the advisor wrote them from the consented questions.
  await tx
    .insertInto('legal_faq')
    .values([
      {
        question_id: questions[0]!.id,
        category: 'unpaid_work',
        language: 'en',
        title: 'A client abroad has not paid my invoice for work outside Hunar',
        question: 'I built a website for a small company in Europe outside any platform. We agreed the price by e-mail, I delivered and sent an invoice, and for two months they only say "next week". What can I realistically do from Pakistan?',
        answer: `${questions[0]!.messages[0]!.body}\n\nDo not take the work offline on your own: it can be seen as damaging their business and weakens your position. If your agreement says the rights pass only on full payment, that helps you; put it in your next contract.`,
        published_by: advisor.id,
        published_at: at(21),
      },
      {
        question_id: questions[1]!.id,
        category: 'contracts',
        language: 'ur',
        title: 'این ڈی اے میں کام سے روکنے والی شق',
        question: 'ایک بیرونِ ملک کمپنی کام سے پہلے رازداری کے معاہدے (این ڈی اے) پر دستخط کروانا چاہتی ہے، جس میں لکھا ہے کہ میں کئی سال تک “اسی طرح کا کوئی کام” کسی اور کے لیے نہیں کروں گی۔ کیا یہ ٹھیک ہے؟',
        answer: questions[1]!.messages[0]!.body,
        published_by: advisor.id,
        published_at: at(10),
      },
    ])
    .execute();
  return { questions: count, faq: 2 };
}
