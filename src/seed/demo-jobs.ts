// The demo jobs: what the demo clients (and the freelancers who also hire) want done, in their own
// words and language, with the category and skills a freelancer would search for, and budgets as
// they would set them: rupees at home, dollars abroad. One job is invite-only and one is closed;
// search and the open-jobs list must show neither to strangers. All businesses here are invented.
import type { JobDuration, JobExperience } from '../jobs/tables.ts';
import type { CategorySlug } from '../taxonomy/data.ts';

export interface DemoJob {
  /** The client's key in DEMO_CLIENTS, or a freelancer's with alsoHires. */
  key: string;
  title: string;
  description: string;
  category: CategorySlug;
  /** Skill slugs of SKILLS, all in `category`. */
  skills: readonly string[];
  currency: 'PKR' | 'USD';
  /** Whole rupees or dollars. */
  pay: { kind: 'fixed'; budget: number } | { kind: 'hourly'; min: number; max: number; weeklyHours: number };
  duration: JobDuration;
  experience: JobExperience;
  visibility: 'public' | 'invite_only';
  status: 'open' | 'closed';
  /** Freelancers invited (by key), for invite-only jobs. */
  invite?: readonly string[];
}

/** Oldest first: demo-marketplace.ts dates them in this order. */
export const DEMO_JOBS: readonly DemoJob[] = [
  {
    // Hamza's first open job: Ayesha's and Uzma's proposals are on it (demo-contract.ts, demo-work.ts).
    key: 'hamza',
    title: 'Instagram posts and product photo editing for our clothing brand',
    description:
      'We are a women’s clothing brand in Karachi and sell mostly through Instagram. We need our product photos edited (background cleaned, colours matched to the real fabric) and 12 posts a month in English and Urdu for our new lawn collection. Our logo, fonts and colours are ready. Please share two or three posts you have made for clothing brands.',
    category: 'design',
    skills: ['social-media-design', 'graphic-design'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 30_000 },
    duration: '1_4_weeks',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'nida',
    title: 'ریستوران کے نئے مینیو کا ڈیزائن — اردو اور انگریزی میں',
    description:
      'لاہور میں ہمارا دیسی کھانوں کا ریستوران ہے اور ہم نیا مینیو چھپوا رہے ہیں۔ تقریباً 60 کھانوں کے نام اور قیمتیں اردو اور انگریزی دونوں میں ہوں گی، ساتھ میں میز پر رکھنے والا ایک چھوٹا کارڈ بھی چاہیے۔ کھانوں کی تصاویر ہمارے پاس ہیں۔ پرنٹ کے لیے تیار فائل چاہیے۔',
    category: 'design',
    skills: ['graphic-design', 'poster-design'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 12_000 },
    duration: 'lt_1_week',
    experience: 'entry',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'margalla',
    title: 'School management web app in React and Node.js',
    description:
      'We are an education start-up in Islamabad. We need a web app for schools: student records, attendance, fee vouchers and results, with separate logins for admins and teachers. React on the front end, Node.js and PostgreSQL behind it, and an API that our mobile app will use later. Please describe a similar system you have built.',
    category: 'web-mobile',
    skills: ['web-development', 'software-development'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 450_000 },
    duration: '1_3_months',
    experience: 'expert',
    visibility: 'public',
    status: 'open',
  },
  {
    // Closed: James found a designer. Search and the open-jobs list must not show it.
    key: 'james',
    title: 'Logo for a small candle brand',
    description:
      'A simple, elegant logo for "Porch Light Candles" that prints well on small jar labels and looks good on the website. Two or three concepts first, then revisions on the one I choose.',
    category: 'design',
    skills: ['logo-design'],
    currency: 'USD',
    pay: { kind: 'fixed', budget: 120 },
    duration: 'lt_1_week',
    experience: 'entry',
    visibility: 'public',
    status: 'closed',
  },
  {
    key: 'saima',
    title: 'ٹیکسٹائل ایکسپورٹ کے لیے انگریزی پروڈکٹ کیٹلاگ کی تحریر',
    description:
      'فیصل آباد میں ہماری ہوم ٹیکسٹائل ایکسپورٹ کمپنی ہے: بیڈ شیٹس، تولیے اور پردے۔ یورپی خریداروں کے لیے 80 پروڈکٹس کی انگریزی تفصیل اور کمپنی کا تعارف لکھوانا ہے۔ لکھنے والا کپڑے کی اصطلاحات، جیسے تھریڈ کاؤنٹ اور جی ایس ایم، سمجھتا ہو تو بہتر ہے۔',
    category: 'writing',
    skills: ['copywriting', 'content-writing'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 35_000 },
    duration: '1_4_weeks',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'emma',
    title: 'Urdu and Punjabi translation of health leaflets for a clinic in Birmingham',
    description:
      'Our community clinic has six leaflets in English, about 4,000 words in all, on diabetes, vaccinations and booking appointments. We need them in Urdu and in Punjabi (Shahmukhi), in plain words an older reader understands, laid out in Word like the originals. Please tell us which of the two languages you write natively.',
    category: 'translation',
    skills: ['translation'],
    currency: 'USD',
    pay: { kind: 'fixed', budget: 350 },
    duration: '1_4_weeks',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'khalid',
    title: 'Part-time customer support team: Arabic, English and Urdu',
    description:
      'Our logistics company in Dubai needs two or three support agents to answer customers’ WhatsApp messages and emails about their deliveries, in Arabic, English and Urdu. Shifts are four hours a day, six days a week, on Gulf time. You will work in our help desk, and the first week is paid training.',
    category: 'virtual-assistance',
    skills: ['customer-support'],
    currency: 'USD',
    pay: { kind: 'hourly', min: 5, max: 8, weeklyHours: 24 },
    duration: 'gt_3_months',
    experience: 'entry',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'abdullah',
    title: 'Flutter ordering app for a restaurant chain in Riyadh',
    description:
      'We run nine restaurants in Riyadh and want our own ordering app for Android and iPhone: the menu by branch, a cart, pickup or delivery, payment with Mada and Apple Pay, and order tracking. The app must be in Arabic and English, with a right-to-left layout. Experience with a live food-ordering app is required.',
    category: 'web-mobile',
    skills: ['mobile-apps'],
    currency: 'USD',
    pay: { kind: 'fixed', budget: 4_000 },
    duration: '1_3_months',
    experience: 'expert',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'usman',
    title: 'Designer for client dashboards and architecture diagrams',
    description:
      'I deliver cloud projects and need help making them look professional: Grafana dashboard layouts, a clean set of architecture diagrams in our colours, and a template for short PDF guides. The work comes in small batches every few weeks. Figma skills and an eye for clear diagrams matter most.',
    category: 'design',
    skills: ['ui-ux-design', 'graphic-design'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 40_000 },
    duration: '1_4_weeks',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'lena',
    title: 'Data entry and Excel clean-up of about 2,000 products',
    description:
      'Our online shop in Berlin is moving to a new system. About 2,000 products are spread over old Excel files and PDF price lists, and we need them in one clean spreadsheet with fixed columns (SKU, name, size, price, stock) and no duplicates. Product names are in English and German; careful copying is all the German you need.',
    category: 'data-ai',
    skills: ['data-entry', 'excel'],
    currency: 'USD',
    pay: { kind: 'fixed', budget: 300 },
    duration: '1_4_weeks',
    experience: 'entry',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'nida',
    title: 'ریستوران کا فیس بک اور انسٹاگرام پیج سنبھالنے کے لیے کوئی چاہیے',
    description:
      'ہمارے پیج پر ہفتے میں چار پانچ پوسٹس، روزانہ کی ڈیلز اور گاہکوں کے میسجز کے جواب کے لیے لاہور کا کوئی فری لانسر چاہیے۔ ہر مہینے تھوڑا سا بجٹ فیس بک اشتہارات پر بھی لگانا ہے۔ پہلے تین مہینے کا کام ہے، اچھا رہا تو آگے بھی جاری رہے گا۔',
    category: 'marketing',
    skills: ['social-media-management', 'advertising'],
    currency: 'PKR',
    pay: { kind: 'hourly', min: 500, max: 900, weeklyHours: 10 },
    duration: '1_3_months',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'james',
    title: 'Shopify store set-up for a small candle business',
    description:
      'I make soy candles in Austin and sell them at markets. I need a simple Shopify store: a clean theme, 25 products with scent variants, US shipping rates and gift cards. I already have photos and a logo. I am looking for someone who can finish in about two weeks and show me how to add products.',
    category: 'web-mobile',
    skills: ['shopify', 'website-building'],
    currency: 'USD',
    pay: { kind: 'fixed', budget: 600 },
    duration: '1_4_weeks',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'zeeshan',
    title: 'موبائل گیم کے لیے 2D کرداروں اور پس منظر کا آرٹ',
    description:
      'میری نئی پزل گیم کے لیے چار کردار، ان کے چلنے اور چھلانگ لگانے کی اینیمیشن کے فریم اور پانچ لیولز کے پس منظر چاہئیں۔ انداز کارٹون جیسا ہو اور رنگ روشن۔ فائلیں اسپرائٹ شیٹ کی صورت میں چاہئیں جو یونٹی میں سیدھی لگ سکیں۔',
    category: 'design',
    skills: ['illustration'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 60_000 },
    duration: '1_4_weeks',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'ahmed',
    title: 'Online Urdu tutor for my two children in Toronto',
    description:
      'My children are 8 and 11. They speak some Urdu at home but cannot read or write it. We want two one-hour lessons a week on Zoom, on weekday evenings Toronto time, with homework they can do on their own. A patient teacher who makes it fun matters more to us than qualifications.',
    category: 'teaching',
    skills: ['online-tutoring'],
    currency: 'USD',
    pay: { kind: 'hourly', min: 10, max: 15, weeklyHours: 2 },
    duration: 'gt_3_months',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    // Invite-only: Margalla invited Karim, whose Flutter apps they know. Only he and they see it.
    key: 'margalla',
    title: 'Parents’ Android app in Flutter for our school system',
    description:
      'After the web app, we need a Flutter app for parents: attendance alerts, fee reminders with payment links, and report cards. We are inviting a few developers whose Flutter work we have already seen.',
    category: 'web-mobile',
    skills: ['mobile-apps'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 250_000 },
    duration: '1_3_months',
    experience: 'intermediate',
    visibility: 'invite_only',
    status: 'open',
    invite: ['karim'],
  },
  {
    key: 'saima',
    title: 'ایکسپورٹ کمپنی کے لیے ورڈپریس ویب سائٹ',
    description:
      'کیٹلاگ کے بعد ہمیں انگریزی میں ایک ورڈپریس ویب سائٹ چاہیے جس میں پروڈکٹس کی گیلری، کمپنی کا تعارف، سرٹیفکیٹس اور خریداروں کے لیے انکوائری فارم ہو۔ ڈومین ہمارے پاس ہے۔ سائٹ تیز ہو اور باہر کے ملکوں میں بھی جلد کھلے۔',
    category: 'web-mobile',
    skills: ['wordpress', 'website-building'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 80_000 },
    duration: '1_4_weeks',
    experience: 'intermediate',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'adeel',
    title: 'Technical writer for smart-contract documentation',
    description:
      'We are launching a lending protocol and need clear documentation: how the contracts work, integration guides for developers and a plain-English overview for users. You should read Solidity well enough to ask the right questions. The docs are written in Markdown for Docusaurus.',
    category: 'writing',
    skills: ['content-writing'],
    currency: 'USD',
    pay: { kind: 'fixed', budget: 500 },
    duration: '1_4_weeks',
    experience: 'expert',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'emma',
    title: 'Urdu voice-over for a two-minute health video',
    description:
      'We are making a short animated video about booking GP appointments and need a calm Urdu voice to read a 300-word script; we will supply the translation. A female voice is preferred. We need WAV files timed to our draft video.',
    category: 'video',
    skills: ['voice-over'],
    currency: 'USD',
    pay: { kind: 'fixed', budget: 120 },
    duration: 'lt_1_week',
    experience: 'entry',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'zeeshan',
    title: 'گیم کے کرداروں کے لیے اردو وائس اوور',
    description:
      'گیم میں بچوں کے لیے ایک کہانی ہے جس کے تین کرداروں کی آواز چاہیے: ایک بزرگ، ایک لڑکا اور ایک لڑکی۔ کل تقریباً 80 چھوٹے جملے ہیں۔ صاف ریکارڈنگ اور ہر جملے کی الگ فائل چاہیے۔',
    category: 'video',
    skills: ['voice-over'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 15_000 },
    duration: 'lt_1_week',
    experience: 'entry',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'james',
    title: 'SEO product descriptions for 25 handmade candles',
    description:
      'For the new store I need a short, warm description of each of 25 candles, around 120 words each, plus titles and meta descriptions that help them show up on Google. The tone should be cosy and honest, with no exaggerated claims.',
    category: 'writing',
    skills: ['copywriting', 'seo-articles'],
    currency: 'USD',
    pay: { kind: 'fixed', budget: 150 },
    duration: 'lt_1_week',
    experience: 'entry',
    visibility: 'public',
    status: 'open',
  },
  {
    key: 'hamza',
    title: 'Short Reels of our new collection for Instagram and TikTok',
    description:
      'We shoot our own clips on a phone at the shop. We need them cut into 10 vertical Reels of 15 to 30 seconds, with captions, music and our logo, ready before Eid. A quick turnaround matters more to us than fancy effects.',
    category: 'video',
    skills: ['video-editing'],
    currency: 'PKR',
    pay: { kind: 'fixed', budget: 15_000 },
    duration: 'lt_1_week',
    experience: 'entry',
    visibility: 'public',
    status: 'open',
  },
];
