// The demo gigs: what each demo freelancer (demo-people.ts) sells, written the way they would write
// it. Urdu-locale people write in Urdu script, with English loanwords in Urdu script (لوگو، ایکسل،
// ورڈپریس، پائتھن); English-locale people write in English; a few write both. Each gig has its own
// description, the specific skills of src/taxonomy/data.ts it is about, and prices a Pakistani
// freelancer asks (rupees at home, dollars for those who sell abroad).
//
// Slugs are fixed (not made from the titles), so the labelled search queries
// (test/search-quality/queries.ts) and the tests can name the gigs they expect. Together the
// published gigs cover every one of the 51 skills. A freelancer's first gig in this list is their
// oldest (demo-marketplace.ts dates them), published, and the one the other demo seeds order from.
// All businesses, places of work and figures here are invented.
import type { CategorySlug } from '../taxonomy/data.ts';

export interface DemoPackage {
  name: string;
  /** Whole rupees or dollars, in the gig's currency. */
  price: number;
  deliveryDays: number;
  revisions: number;
  features: readonly string[];
}

export interface DemoGig {
  /** The gig's address, /g/<slug>: fixed, unique, ^[a-z0-9]+(-[a-z0-9]+)*$, at most 60 characters. */
  slug: string;
  /** The freelancer's key in DEMO_FREELANCERS. */
  key: string;
  title: string;
  description: string;
  /** The languages its text is written in. */
  languages: readonly ('ur' | 'en')[];
  category: CategorySlug;
  /** 1–4 skill slugs of SKILLS, all in `category`. */
  skills: readonly string[];
  currency: 'PKR' | 'USD';
  packages: readonly [DemoPackage, DemoPackage, DemoPackage];
  status: 'published' | 'paused';
}

type Tier = readonly [price: number, deliveryDays: number, revisions: number, features: readonly string[]];

const TIER_NAMES = { en: ['Basic', 'Standard', 'Premium'], ur: ['بنیادی', 'معیاری', 'پریمیم'] } as const;

/** Three packages named in the gig's language. */
function tiers(lang: 'en' | 'ur', ...rows: readonly [Tier, Tier, Tier]): DemoGig['packages'] {
  const [a, b, c] = rows.map(([price, deliveryDays, revisions, features], i) => ({ name: TIER_NAMES[lang][i]!, price, deliveryDays, revisions, features }));
  return [a!, b!, c!];
}

export const DEMO_GIGS: readonly DemoGig[] = [
  // Ayesha, Multan: graphic designer, writes in Urdu.
  {
    slug: 'ayesha-social-media-posts',
    key: 'ayesha',
    title: 'فیس بک اور انسٹاگرام کے لیے سوشل میڈیا پوسٹ ڈیزائن',
    description:
      'آپ کے برانڈ کے رنگوں اور فونٹ کے ساتھ فیس بک اور انسٹاگرام کی پوسٹس اور اسٹوریز ڈیزائن کرتی ہوں۔ کپڑوں، بیکری اور بیوٹی سیلون کے پیجز کے لیے کام کر چکی ہوں، اس لیے سیل، عید آفر اور نئی کلیکشن والی پوسٹس کا اچھا تجربہ ہے۔ ہر پوسٹ پر متن آپ کی مرضی سے اردو یا انگریزی میں ہوگا۔ فائلیں فون سے سیدھی اپ لوڈ کرنے کے لیے تیار ملیں گی۔',
    languages: ['ur'],
    category: 'design',
    skills: ['social-media-design', 'graphic-design'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [4_500, 3, 1, ['6 پوسٹس', 'برانڈ کے رنگ اور فونٹ']],
      [8_000, 5, 2, ['12 پوسٹس', '4 اسٹوریز', 'اردو یا انگریزی متن']],
      [18_000, 10, 3, ['30 پوسٹس، پورے مہینے کے لیے', '10 اسٹوریز', 'کینوا ٹیمپلیٹ بھی']],
    ),
    status: 'published',
  },
  {
    // Written only in Urdu script: the search must find it from English queries ("logo design", "logo desing").
    slug: 'ayesha-logo-design',
    key: 'ayesha',
    title: 'آپ کے کاروبار کے لیے منفرد لوگو ڈیزائن',
    description:
      'دکان، بوتیک، ریستوران یا نئے برانڈ کے لیے ایسا لوگو بناتی ہوں جو سائن بورڈ پر بھی صاف نظر آئے اور موبائل اسکرین پر بھی۔ پہلے آپ سے کاروبار، رنگوں اور پسند کے بارے میں بات ہوتی ہے، پھر میں دو سے تین خاکے بناتی ہوں۔ اردو نام کے لیے خوبصورت خطاطی والا لوگو بھی بنا سکتی ہوں۔ فائنل لوگو پرنٹ، ویب سائٹ اور سوشل میڈیا کے لیے ہر سائز میں ملے گا۔',
    languages: ['ur'],
    category: 'design',
    skills: ['logo-design', 'graphic-design'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [3_500, 3, 2, ['2 خاکے', 'شفاف پس منظر والی فائل']],
      [7_000, 5, 3, ['3 خاکے', 'پرنٹ کے لیے تیار فائلیں', 'وزیٹنگ کارڈ کا ڈیزائن']],
      [14_000, 7, 5, ['5 خاکے', 'سورس فائلیں', 'وزیٹنگ کارڈ اور لیٹر ہیڈ', 'سوشل میڈیا کے لیے پروفائل تصویر']],
    ),
    status: 'published',
  },
  {
    slug: 'ayesha-poster-flyer-design',
    key: 'ayesha',
    title: 'دکان، اسکول اور تقریبات کے لیے پوسٹر اور فلائر ڈیزائن',
    description:
      'سیل، اسکول میں داخلے، ورکشاپ یا شادی کی تقریب کا پوسٹر اور فلائر اردو اور انگریزی دونوں میں ڈیزائن کرتی ہوں۔ ملتان کے پرنٹنگ پریس والوں کے ساتھ کام کا تجربہ ہے، اس لیے فائل پرنٹ کے سائز اور کناروں کی گنجائش کے ساتھ تیار ملتی ہے۔ واٹس ایپ پر بھیجنے کے لیے الگ چھوٹی تصویر بھی دیتی ہوں۔',
    languages: ['ur'],
    category: 'design',
    skills: ['poster-design', 'graphic-design'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_500, 2, 1, ['ایک طرف کا فلائر یا پوسٹر', 'واٹس ایپ کے لیے تصویر']],
      [5_000, 3, 2, ['دونوں طرف کا فلائر یا بڑا پوسٹر', 'پرنٹ کے لیے تیار پی ڈی ایف']],
      [9_000, 5, 3, ['پوسٹر، فلائر اور بینر کا پورا سیٹ', 'سورس فائلیں']],
    ),
    status: 'published',
  },

  // Bilal, Lahore: full-stack web developer, English.
  {
    slug: 'bilal-react-node-web-development',
    key: 'bilal',
    title: 'Full-stack React and Node.js development: landing pages, dashboards and fixes',
    description:
      'I build and fix web apps in React, Node.js and PostgreSQL: a landing page that loads fast on a phone, an admin dashboard for your orders, or the bug your last developer left behind. You get the code in your GitHub repository with a short README, and a staging link to check before anything goes live. I have worked on apps for a school, a courier service and two clothing brands in Lahore. Send me a link to your app or your design before ordering so I can confirm the scope.',
    languages: ['en'],
    category: 'web-mobile',
    skills: ['web-development', 'software-development'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [6_000, 3, 1, ['One landing page or one bug fix', 'Responsive on phones']],
      [12_000, 5, 2, ['Up to 3 pages or a dashboard screen', 'API integration', 'Deployed to your server']],
      [35_000, 14, 3, ['A small web app with login and an admin panel', 'PostgreSQL database', 'Deployment and a handover call']],
    ),
    status: 'published',
  },
  {
    slug: 'bilal-wordpress-speed-and-fixes',
    key: 'bilal',
    title: 'WordPress speed-up, bug fixes and plugin updates',
    description:
      'Is your WordPress site slow, showing a white screen, or broken after an update? I find the cause, fix it on a staging copy first and then update the live site, so your customers see no downtime. Typical work: caching and image compression, theme and plugin conflicts, PHP upgrades and contact forms that stopped sending mail. Every order comes with a before-and-after PageSpeed report.',
    languages: ['en'],
    category: 'web-mobile',
    skills: ['wordpress', 'web-development'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [4_000, 2, 1, ['One issue fixed', 'Full backup first']],
      [9_000, 3, 2, ['Speed optimisation', 'Up to 3 issues fixed', 'PageSpeed report']],
      [18_000, 5, 3, ['Speed, security and updates', 'Staging site set-up', 'One month of support']],
    ),
    status: 'published',
  },

  // Usman, Islamabad: cloud and DevOps engineer, English (and Urdu when asked).
  {
    slug: 'usman-aws-setup-and-migration',
    key: 'usman',
    title: 'AWS set-up and migration for your web app',
    description:
      'I move your app from shared hosting or a single VPS to AWS, with EC2 or ECS for the app, RDS for the database and S3 for files, set up with backups and alarms. Before I start you get a one-page plan with the monthly AWS cost, so the bill holds no surprises. Everything is written as Terraform, so you can rebuild or change it later without me. I have migrated apps for clients in Pakistan, the UAE and the UK.',
    languages: ['en'],
    category: 'cloud',
    skills: ['cloud-computing', 'devops'],
    currency: 'USD',
    packages: tiers(
      'en',
      [150, 3, 1, ['Architecture review', 'Monthly cost estimate']],
      [450, 7, 2, ['Migration of one app', 'Database and file storage', 'Backups and alarms']],
      [1_200, 14, 3, ['Migration of up to 3 services', 'Terraform code', 'Load balancer and auto-scaling', 'Handover call']],
    ),
    status: 'published',
  },
  {
    slug: 'usman-ci-cd-docker-pipelines',
    key: 'usman',
    title: 'CI/CD pipelines with GitHub Actions and Docker',
    description:
      'I set up a pipeline that tests, builds and deploys your app on every push: GitHub Actions or GitLab CI, Docker images, and deployment to AWS, DigitalOcean or your own server. Your team gets a short written guide and a pipeline that fails loudly instead of breaking production. A Dockerfile that only works on one laptop is a Basic order. آپ مجھ سے اردو میں بھی بات کر سکتے ہیں۔',
    languages: ['en', 'ur'],
    category: 'cloud',
    skills: ['devops', 'cloud-computing'],
    currency: 'USD',
    packages: tiers(
      'en',
      [80, 2, 1, ['Dockerfile for one app', 'docker-compose for local work']],
      [250, 5, 2, ['CI pipeline with tests', 'Automatic deploy to one server']],
      [600, 10, 3, ['Staging and production pipelines', 'Secrets and rollbacks', 'Written guide for your team']],
    ),
    status: 'published',
  },

  // Fatima, Karachi: content writer, writes in Urdu; writes articles in both languages.
  {
    slug: 'fatima-seo-articles-urdu-english',
    key: 'fatima',
    title: 'ویب سائٹ کے لیے ایس ای او آرٹیکلز — اردو اور انگریزی میں',
    description:
      'گوگل پر رینک کرنے والے آرٹیکلز لکھتی ہوں: پہلے کی ورڈ ریسرچ، پھر سرخیوں کے ساتھ آسان اور معلوماتی تحریر۔ صحت، تعلیم، ٹیکنالوجی اور پراپرٹی کے موضوعات پر پانچ سال سے لکھ رہی ہوں۔ ہر آرٹیکل میرا اپنا لکھا ہوا ہوتا ہے، کہیں سے کاپی کیا ہوا نہیں، اور ساتھ میٹا ٹائٹل اور ڈسکرپشن بھی ملتی ہے۔ آرڈر کے ساتھ اپنی ویب سائٹ کا لنک اور موضوع ضرور بھیجیں۔',
    languages: ['ur'],
    category: 'writing',
    skills: ['seo-articles', 'content-writing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_500, 2, 1, ['1 آرٹیکل، 800 الفاظ', 'کی ورڈ ریسرچ']],
      [6_000, 4, 2, ['3 آرٹیکلز، ہر ایک 1000 الفاظ', 'میٹا ٹائٹل اور ڈسکرپشن']],
      [15_000, 10, 3, ['8 آرٹیکلز', 'کی ورڈ پلان', 'آپ کی ویب سائٹ پر اپ لوڈ']],
    ),
    status: 'published',
  },
  {
    slug: 'fatima-urdu-blog-posts',
    key: 'fatima',
    title: 'اردو بلاگ پوسٹس اور کانٹینٹ رائٹنگ',
    description:
      'آپ کے بلاگ، یوٹیوب چینل یا فیس بک پیج کے لیے سادہ اور دلچسپ اردو میں بلاگ پوسٹس لکھتی ہوں۔ کھانا پکانے، گھریلو ٹوٹکوں، تعلیم اور سفر جیسے موضوعات پر لکھنا مجھے خاص طور پر پسند ہے۔ متن یونیکوڈ اردو میں ورڈ فائل میں ملتا ہے تاکہ سیدھا ویب سائٹ پر لگ جائے۔',
    languages: ['ur'],
    category: 'writing',
    skills: ['blog-writing', 'content-writing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_000, 2, 1, ['1 بلاگ پوسٹ، 700 الفاظ']],
      [5_000, 4, 2, ['3 بلاگ پوسٹس', 'ہر پوسٹ کے لیے سرخی کے مشورے']],
      [12_000, 8, 3, ['8 بلاگ پوسٹس', 'ایک مہینے کا مواد کیلنڈر']],
    ),
    status: 'published',
  },

  // Hamid, Peshawar: translator, writes Urdu with an English line for clients abroad.
  {
    slug: 'hamid-pashto-urdu-english-translation',
    key: 'hamid',
    title: 'پشتو، اردو اور انگریزی ترجمہ | Pashto, Urdu and English translation',
    description:
      'دستاویزات، ویب سائٹس، صحت اور تعلیم کے کتابچوں اور کاروباری خطوط کا پشتو، اردو اور انگریزی میں ترجمہ کرتا ہوں۔ پشاور یونیورسٹی سے انگریزی ادب پڑھا ہے اور آٹھ سال فلاحی اداروں کے ساتھ ترجمے کا کام کیا ہے۔ ترجمہ لفظ بہ لفظ نہیں بلکہ پڑھنے والے کی اپنی زبان میں ہوتا ہے، اور اردو اور پشتو متن یونیکوڈ میں ملتا ہے۔ I also translate health leaflets and forms for clinics and councils in the UK.',
    languages: ['ur', 'en'],
    category: 'translation',
    skills: ['translation'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [3_000, 2, 1, ['500 الفاظ تک', 'ورڈ فائل']],
      [7_500, 4, 2, ['2000 الفاظ تک', 'ورڈ اور پی ڈی ایف', 'دوسرے مترجم سے نظرثانی']],
      [18_000, 8, 3, ['5000 الفاظ تک', 'ڈیزائن شدہ کتابچے میں متن لگانا', 'اصطلاحات کی فہرست']],
    ),
    status: 'published',
  },
  {
    slug: 'hamid-pashto-urdu-subtitles',
    key: 'hamid',
    title: 'پشتو اور اردو ویڈیوز کے سب ٹائٹلز اور ٹرانسکرپشن',
    description:
      'پشتو یا اردو ویڈیو کی ٹرانسکرپشن کر کے انگریزی یا اردو سب ٹائٹلز بناتا ہوں، ہر جملہ وقت کے ساتھ درست ملا کر۔ ڈاکیومنٹری، انٹرویو، ڈرامے اور یوٹیوب ویڈیوز پر کام کر چکا ہوں۔ سب ٹائٹلز ایس آر ٹی فائل میں ملتے ہیں جو یوٹیوب اور فیس بک پر سیدھی لگ جاتی ہے۔',
    languages: ['ur'],
    category: 'translation',
    skills: ['transcription', 'translation'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_500, 2, 1, ['10 منٹ کی ویڈیو', 'ایک زبان میں سب ٹائٹلز']],
      [6_000, 4, 2, ['30 منٹ کی ویڈیو', 'ایس آر ٹی فائل']],
      [14_000, 7, 3, ['90 منٹ تک کی ویڈیو', 'دو زبانوں میں سب ٹائٹلز', 'مکمل ٹرانسکرپٹ']],
    ),
    status: 'published',
  },

  // Zainab, Quetta: virtual assistant, English.
  {
    slug: 'zainab-virtual-assistant-inbox-calendar',
    key: 'zainab',
    title: 'Virtual assistant: your inbox, calendar and customer emails handled',
    description:
      'I clear and sort your Gmail or Outlook inbox every morning, answer routine customer emails from your templates and keep your Google Calendar free of double bookings. I work from Quetta between 9 am and 5 pm Pakistan time, which covers the working day in the Gulf and the morning in the UK. Every evening you get a short summary on WhatsApp or Slack of what I did and what needs you.',
    languages: ['en'],
    category: 'virtual-assistance',
    skills: ['virtual-assistant', 'customer-support'],
    currency: 'USD',
    packages: tiers(
      'en',
      [60, 7, 1, ['10 hours over a week', 'Daily summary']],
      [120, 14, 2, ['20 hours over two weeks', 'Calendar management', 'Customer emails from templates']],
      [400, 30, 3, ['80 hours over a month', 'Travel and meeting bookings', 'Weekly report']],
    ),
    status: 'published',
  },
  {
    // Paused: Zainab is fully booked. Search must not show it.
    slug: 'zainab-customer-email-support',
    key: 'zainab',
    title: 'Customer email support for online shops',
    description:
      'I answer your shop’s customer emails and chat messages in English and Urdu: order status, returns, sizes and delivery questions. I work in your help desk (Gmail, Freshdesk or Zendesk) and tag every ticket, so you can see what customers ask most.',
    languages: ['en'],
    category: 'virtual-assistance',
    skills: ['customer-support'],
    currency: 'USD',
    packages: tiers(
      'en',
      [50, 5, 1, ['Up to 100 tickets']],
      [150, 14, 2, ['Up to 400 tickets', 'Saved replies written for you']],
      [300, 30, 3, ['Up to 1,000 tickets', 'Weekly report of common questions']],
    ),
    status: 'paused',
  },

  // Ali, Faisalabad: data analyst, English.
  {
    slug: 'ali-excel-dashboards-cleanup',
    key: 'ali',
    title: 'Excel dashboards, pivot tables and spreadsheet clean-up',
    description:
      'Send me the messy spreadsheet: duplicate rows, dates in three formats, one customer spelt five ways. I clean it with Power Query so the same steps can be re-run next month, then build pivot tables and a one-page dashboard with slicers. It works in Excel 2016 and later, and in Google Sheets. You get the cleaned workbook, the dashboard and a short video showing how to refresh it.',
    languages: ['en'],
    category: 'data-ai',
    skills: ['excel', 'data-analytics'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [5_000, 2, 1, ['Clean-up of one sheet up to 5,000 rows']],
      [12_000, 4, 2, ['Clean-up and pivot tables', 'One dashboard', 'Refresh video']],
      [25_000, 7, 3, ['Up to 5 sheets merged', 'Dashboard with slicers and charts', 'Formulas explained in comments']],
    ),
    status: 'published',
  },
  {
    slug: 'ali-python-data-cleaning-automation',
    key: 'ali',
    title: 'Python scripts for data cleaning and automation',
    description:
      'I write Python scripts with pandas that do the boring work for you: merge hundreds of CSV or Excel files, fix formats, remove duplicates and produce the same report every week with one click. Each script comes with comments, a requirements file and a short guide, so it runs on your own computer. I can also schedule it to run every morning and email you the result.',
    languages: ['en'],
    category: 'data-ai',
    skills: ['data-analytics', 'excel'],
    currency: 'USD',
    packages: tiers(
      'en',
      [40, 2, 1, ['One script, one data source']],
      [120, 4, 2, ['Up to 3 data sources', 'Excel report output']],
      [300, 7, 3, ['Scheduled runs', 'Email or Google Sheets output', 'One month of fixes']],
    ),
    status: 'published',
  },
  {
    slug: 'ali-power-bi-sales-dashboards',
    key: 'ali',
    title: 'Power BI dashboards from your sales and stock data',
    description:
      'I connect Power BI to your Excel files, SQL Server or Google Sheets and build a dashboard your manager can read in a minute: sales by city, best-selling products, stock running low. Measures are written in DAX and the data model is documented. I have built dashboards for a textile mill, a pharmacy chain and an online store.',
    languages: ['en'],
    category: 'data-ai',
    skills: ['business-intelligence', 'data-analytics'],
    currency: 'USD',
    packages: tiers(
      'en',
      [60, 3, 1, ['One report page', 'Up to 2 data sources']],
      [180, 6, 2, ['3 report pages', 'DAX measures', 'Scheduled refresh']],
      [400, 12, 3, ['Full sales and stock dashboard', 'Row-level security', 'Training call']],
    ),
    status: 'published',
  },

  // Sanaullah, Hyderabad: video editor, writes in Urdu.
  {
    slug: 'sanaullah-youtube-video-editing',
    key: 'sanaullah',
    title: 'یوٹیوب چینل کے لیے ویڈیو ایڈیٹنگ — تھمب نیل کے ساتھ',
    description:
      'ولاگ، کھانا پکانے، ٹیک ریویو یا تعلیمی ویڈیوز — آپ کی یوٹیوب ویڈیوز کو کٹنگ، رنگ، صاف آواز اور ٹیکسٹ کے ساتھ دیکھنے کے قابل بناتا ہوں۔ ایڈیٹنگ پریمیئر پرو میں ہوتی ہے اور ہر ویڈیو کے ساتھ ایک نمایاں تھمب نیل بھی بنتا ہے۔ حیدرآباد سے تین سال سے کئی چینلز کی ہفتہ وار ویڈیوز ایڈٹ کر رہا ہوں۔',
    languages: ['ur'],
    category: 'video',
    skills: ['youtube-videos', 'video-editing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [3_000, 2, 1, ['10 منٹ تک کی ایک ویڈیو', 'ایک تھمب نیل']],
      [7_000, 3, 2, ['20 منٹ تک کی ویڈیو', 'سب ٹائٹلز', 'انٹرو اور اینڈ اسکرین']],
      [15_000, 5, 3, ['4 ویڈیوز', 'ہر ایک کا تھمب نیل', 'شارٹس کے لیے 4 کلپس']],
    ),
    status: 'published',
  },
  {
    slug: 'sanaullah-wedding-video-editing',
    key: 'sanaullah',
    title: 'شادی اور تقریبات کی ویڈیو ایڈیٹنگ اور ہائی لائٹس',
    description:
      'مہندی، بارات اور ولیمے کی لمبی ریکارڈنگ سے خوبصورت ہائی لائٹ ویڈیو بناتا ہوں، آپ کی پسند کے گانوں یا سندھی اور اردو کلام کے ساتھ۔ رنگ درست کرنا، آواز صاف کرنا اور آہستہ رفتار مناظر سب شامل ہیں۔ فائل فون اور ٹی وی کے لیے الگ الگ ملتی ہے، اور انسٹاگرام کے لیے ایک منٹ کی ریل بھی۔',
    languages: ['ur'],
    category: 'video',
    skills: ['video-editing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [5_000, 4, 1, ['3 منٹ کی ہائی لائٹ']],
      [12_000, 7, 2, ['8 منٹ کی ہائی لائٹ', 'ایک منٹ کی ریل']],
      [25_000, 12, 3, ['مکمل فلم اور ہائی لائٹ', '3 ریلز', 'ڈرائیو لنک پر تمام فائلیں']],
    ),
    status: 'published',
  },

  // Karim, Gilgit: Flutter developer, English.
  {
    slug: 'karim-flutter-mobile-app',
    key: 'karim',
    title: 'Flutter mobile app for Android and iOS',
    description:
      'I build your app once in Flutter and it runs on both Android and iPhone: login, lists and detail screens, payments, push notifications and a Firebase or REST back end. You see a working build on your own phone every week, not only at the end. Finished apps are published to Google Play and the App Store in your own developer account. I work from Gilgit on a steady connection and answer messages within a few hours.',
    languages: ['en'],
    category: 'web-mobile',
    skills: ['mobile-apps'],
    currency: 'USD',
    packages: tiers(
      'en',
      [150, 5, 1, ['Up to 3 screens', 'Android build']],
      [600, 15, 2, ['Up to 10 screens', 'Firebase back end', 'Android and iOS']],
      [1_800, 35, 3, ['Full app with payments', 'Admin panel', 'Store publishing', 'One month of fixes']],
    ),
    status: 'published',
  },
  {
    slug: 'karim-flutter-app-fixes-play-store',
    key: 'karim',
    title: 'Fix your Flutter app and publish it on Google Play',
    description:
      'Does your Flutter app crash, refuse to build after an upgrade, or keep getting rejected by Google Play? I update the packages, fix the build for the current Android SDK and fill in the Play Console forms: data safety, content rating and screenshots. Most fixes are done in two days.',
    languages: ['en'],
    category: 'web-mobile',
    skills: ['mobile-apps'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [6_000, 2, 1, ['One build error or crash fixed']],
      [14_000, 4, 2, ['Upgrade to the latest Flutter', 'Play Store release']],
      [30_000, 7, 3, ['Upgrade, fixes and release on both stores', 'Crash reporting set-up']],
    ),
    status: 'published',
  },

  // Mehwish, Lahore: social media and digital marketing, writes in Urdu.
  {
    slug: 'mehwish-social-media-management',
    key: 'mehwish',
    title: 'فیس بک اور انسٹاگرام پیج کی مکمل مینجمنٹ',
    description:
      'آپ کے کاروبار کا فیس بک اور انسٹاگرام پیج پورے مہینے کے لیے میں سنبھالتی ہوں: پوسٹس کا کیلنڈر، روزانہ پوسٹنگ، اور کمنٹس اور میسجز کے جواب۔ لاہور کے ریستورانوں، سیلونز اور کپڑوں کی دکانوں کے پیجز چلا چکی ہوں۔ ہر مہینے کے آخر میں رپورٹ ملتی ہے کہ پوسٹس کتنے لوگوں تک پہنچیں اور کتنے میسجز آرڈر میں بدلے۔',
    languages: ['ur'],
    category: 'marketing',
    skills: ['social-media-management', 'digital-marketing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [8_000, 14, 1, ['ایک پلیٹ فارم', '12 پوسٹس']],
      [18_000, 30, 2, ['فیس بک اور انسٹاگرام', '20 پوسٹس', 'کمنٹس اور میسجز کے جواب']],
      [35_000, 30, 3, ['فیس بک، انسٹاگرام اور ٹک ٹاک', '30 پوسٹس اور 8 ریلز', 'ماہانہ رپورٹ']],
    ),
    status: 'published',
  },
  {
    slug: 'mehwish-facebook-instagram-ads',
    key: 'mehwish',
    title: 'فیس بک اور انسٹاگرام اشتہارات — کم بجٹ میں زیادہ آرڈرز',
    description:
      'فیس بک ایڈز مینیجر میں آپ کی کیمپین بناتی ہوں جو صحیح شہر، عمر اور دلچسپی والے لوگوں تک پہنچے، تاکہ روزانہ پانچ سو روپے کا بجٹ بھی ضائع نہ ہو۔ پکسل لگانا، آزمانے کے لیے دو تین اشتہار بنانا اور ہر ہفتے نتائج دیکھ کر بجٹ بدلنا شامل ہے۔ اشتہار کا بجٹ آپ خود فیس بک کو ادا کرتے ہیں، میری فیس الگ ہے۔',
    languages: ['ur'],
    category: 'marketing',
    skills: ['advertising', 'digital-marketing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [6_000, 3, 1, ['ایک کیمپین کی تیاری']],
      [15_000, 14, 2, ['2 کیمپینز', 'پکسل سیٹ اپ', 'ہفتہ وار رپورٹ']],
      [30_000, 30, 3, ['پورے مہینے کی ایڈز مینجمنٹ', 'ری ٹارگٹنگ', 'اشتہارات کے ڈیزائن']],
    ),
    status: 'published',
  },
  {
    slug: 'mehwish-local-seo-digital-marketing',
    key: 'mehwish',
    title: 'گوگل پر آپ کا کاروبار — لوکل ایس ای او اور ڈیجیٹل مارکیٹنگ',
    description:
      'جب کوئی "میرے قریب بیکری" یا "لاہور میں ٹیوشن سینٹر" گوگل کرے تو آپ کا نام سب سے اوپر آئے۔ گوگل بزنس پروفائل بناتی یا درست کرتی ہوں، تصاویر، اوقات اور سروسز لگاتی ہوں، اور ویب سائٹ کے صفحات کا بنیادی ایس ای او کرتی ہوں۔ ساتھ میں ایک سادہ ڈیجیٹل مارکیٹنگ پلان ملتا ہے کہ اگلے تین مہینے کیا کرنا ہے۔',
    languages: ['ur'],
    category: 'marketing',
    skills: ['seo', 'digital-marketing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [4_000, 3, 1, ['گوگل بزنس پروفائل']],
      [10_000, 7, 2, ['پروفائل اور 5 صفحات کا ایس ای او', 'ریویوز بڑھانے کا طریقہ']],
      [22_000, 14, 3, ['مکمل لوکل ایس ای او', '3 مہینے کا مارکیٹنگ پلان', 'ماہانہ رپورٹ']],
    ),
    status: 'published',
  },

  // Hassan, Karachi: Solidity developer, English.
  {
    slug: 'hassan-solidity-smart-contracts',
    key: 'hassan',
    title: 'Solidity smart contracts: tokens, NFTs and staking',
    description:
      'I write Solidity smart contracts on OpenZeppelin foundations: ERC-20 tokens with vesting, ERC-721 and ERC-1155 NFT collections, staking and simple DAOs. Every contract comes with Foundry tests that cover the edge cases, gas figures and a deployment script for Ethereum, Polygon or BNB Chain. I deploy to a testnet first and you approve before mainnet.',
    languages: ['en'],
    category: 'blockchain',
    skills: ['smart-contracts', 'blockchain-development'],
    currency: 'USD',
    packages: tiers(
      'en',
      [200, 4, 1, ['One simple contract', 'Unit tests']],
      [600, 10, 2, ['Up to 3 contracts', 'Full test suite', 'Testnet deployment']],
      [1_500, 21, 3, ['A full protocol', 'Mainnet deployment', 'Verified on Etherscan', 'Documentation']],
    ),
    status: 'published',
  },
  {
    slug: 'hassan-smart-contract-audit',
    key: 'hassan',
    title: 'Smart contract security audit with a written report',
    description:
      'Before your contract holds real money, I review it line by line for reentrancy, access-control mistakes, oracle manipulation and rounding errors, and run Slither and fuzz tests against it. You get a written report that ranks each finding by severity with a suggested fix, and a re-check once you have fixed them.',
    languages: ['en'],
    category: 'blockchain',
    skills: ['smart-contracts', 'blockchain-development'],
    currency: 'USD',
    packages: tiers(
      'en',
      [300, 4, 1, ['Up to 200 lines', 'Written report']],
      [800, 8, 2, ['Up to 800 lines', 'Fuzz tests', 'One re-check']],
      [2_000, 15, 3, ['Up to 2,500 lines', 'Two re-checks', 'Call with your developers']],
    ),
    status: 'published',
  },

  // Nadia, Peshawar: maths and physics tutor, English.
  {
    slug: 'nadia-o-a-level-maths-physics',
    key: 'nadia',
    title: 'Online tutor for O and A level maths and physics',
    description:
      'I teach Cambridge O level and A level maths and physics one to one on Zoom or Google Meet, with a digital whiteboard and past papers worked through together. After the first lesson the student gets a topic plan, and homework is marked before the next one. I have taught at a school in Peshawar for six years; my students sit their exams in Pakistan and in the Gulf.',
    languages: ['en'],
    category: 'teaching',
    skills: ['online-tutoring'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [4_000, 7, 0, ['4 one-hour lessons']],
      [7_500, 14, 0, ['8 one-hour lessons', 'Homework marking']],
      [14_000, 30, 0, ['16 one-hour lessons', 'Past-paper practice', 'Progress report for parents']],
    ),
    status: 'published',
  },

  // Imran, Multan: data entry and Excel, writes in Urdu.
  {
    slug: 'imran-data-entry-excel-sheets',
    key: 'imran',
    title: 'ڈیٹا انٹری اور ایکسل شیٹس — وقت پر اور درست کام',
    description:
      'پی ڈی ایف، تصویروں، رجسٹروں یا ویب سائٹس سے ڈیٹا نکال کر صاف ستھری ایکسل شیٹ میں لکھتا ہوں۔ ہر کام دو بار چیک کرتا ہوں تاکہ ناموں، نمبروں اور تاریخوں میں کوئی غلطی نہ رہے۔ ملتان کی دکانوں، اسکولوں اور ایک ہسپتال کے ریکارڈ کا کام کر چکا ہوں۔ اردو ڈیٹا بھی یونیکوڈ میں ٹائپ کر سکتا ہوں۔',
    languages: ['ur'],
    category: 'data-ai',
    skills: ['data-entry', 'excel'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_000, 2, 1, ['500 اندراجات تک']],
      [5_000, 4, 2, ['2000 اندراجات تک', 'دہرے اندراجات کا خاتمہ']],
      [12_000, 7, 3, ['6000 اندراجات تک', 'فلٹر اور فارمیٹنگ', 'گوگل شیٹس میں بھی']],
    ),
    status: 'published',
  },
  {
    slug: 'imran-excel-formulas-reports',
    key: 'imran',
    title: 'ایکسل میں فارمولے، پیوٹ ٹیبل اور ماہانہ رپورٹس',
    description:
      'دکان کا اسٹاک، ملازمین کی تنخواہیں یا اسکول کی فیس — آپ کا حساب ایکسل میں ایسے فارمولوں سے بناتا ہوں کہ آپ صرف نئی انٹری کریں اور رپورٹ خود تیار ہو جائے۔ وی لک اپ، پیوٹ ٹیبل اور چارٹس سب استعمال ہوتے ہیں۔ شیٹ کے ساتھ اردو میں ایک مختصر ویڈیو بھی بھیجتا ہوں کہ اسے کیسے استعمال کرنا ہے۔',
    languages: ['ur'],
    category: 'data-ai',
    skills: ['excel', 'data-analytics'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [3_000, 2, 1, ['ایک شیٹ میں فارمولے']],
      [7_000, 4, 2, ['مکمل ورک بک', 'پیوٹ ٹیبل اور چارٹس']],
      [15_000, 7, 3, ['ڈیش بورڈ والی ورک بک', 'ڈراپ ڈاؤن فہرستیں اور لاک شدہ خانے', 'اردو ویڈیو گائیڈ']],
    ),
    status: 'published',
  },
  {
    slug: 'imran-python-excel-automation',
    key: 'imran',
    title: 'پائتھن اسکرپٹ سے ایکسل کا روزانہ کا کام خودکار بنوائیں',
    description:
      'اگر آپ ہر روز ایک جیسی ایکسل فائلیں جوڑتے، کاپی پیسٹ کرتے اور رپورٹ بناتے ہیں تو یہ کام پائتھن کا ایک چھوٹا سا اسکرپٹ چند سیکنڈ میں کر سکتا ہے۔ میں پانڈاز لائبریری کے ساتھ اسکرپٹ لکھتا ہوں جو آپ کے کمپیوٹر پر ایک کلک سے چلتا ہے۔ اسکرپٹ کے ساتھ اردو میں ہدایات ملتی ہیں، پروگرامنگ جاننا ضروری نہیں۔',
    languages: ['ur'],
    category: 'data-ai',
    skills: ['data-analytics', 'excel'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [4_000, 3, 1, ['ایک اسکرپٹ، ایک رپورٹ']],
      [9_000, 5, 2, ['کئی فائلیں جوڑنا', 'ایکسل رپورٹ کی تیاری']],
      [20_000, 10, 3, ['مکمل آٹومیشن', 'ای میل پر رپورٹ', 'ایک مہینہ مفت تبدیلیاں']],
    ),
    status: 'published',
  },

  // Sadia, Islamabad: UI/UX and brand designer, English with some Urdu.
  {
    slug: 'sadia-ui-ux-design-figma',
    key: 'sadia',
    title: 'UI/UX design in Figma for web and mobile apps',
    description:
      'I design app and website screens in Figma, from user flows and wireframes to a clickable prototype your developers can build from. Every design comes with a small component library and works both left-to-right and right-to-left, so an Urdu version is not an afterthought. اردو انٹرفیس کے لیے نستعلیق فونٹ اور دائیں سے بائیں ترتیب کا خاص خیال رکھتی ہوں۔ I have designed for fintech, education and e-commerce start-ups in Islamabad and abroad.',
    languages: ['en', 'ur'],
    category: 'design',
    skills: ['ui-ux-design'],
    currency: 'USD',
    packages: tiers(
      'en',
      [120, 4, 2, ['Up to 3 screens', 'Figma file']],
      [350, 8, 3, ['Up to 10 screens', 'Clickable prototype', 'Component library']],
      [900, 16, 4, ['A full app, up to 25 screens', 'Urdu right-to-left version', 'Developer handover']],
    ),
    status: 'published',
  },
  {
    slug: 'sadia-graphic-design-brand-identity',
    key: 'sadia',
    title: 'Graphic design for your brand: logo, business cards and a brand guide',
    description:
      'A complete brand identity for a new business, or a refresh of an old one: logo, colour palette, typefaces, business cards and letterhead, tied together in a short brand guide. I design in Illustrator and give you vector files, PNGs for the web and print-ready PDFs. We start with a 20-minute call about your customers and competitors, then I show you three directions.',
    languages: ['en'],
    category: 'design',
    skills: ['graphic-design', 'logo-design'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [8_000, 4, 2, ['Logo in 2 concepts', 'Vector and PNG files']],
      [20_000, 7, 3, ['Logo, colours and typefaces', 'Business card and letterhead']],
      [45_000, 14, 5, ['Full brand identity', 'Brand guide PDF', 'Social media kit']],
    ),
    status: 'published',
  },

  // Abdul Wahab, Chitral: Urdu typing and composing, writes in Urdu.
  {
    slug: 'abdulwahab-urdu-typing-inpage',
    key: 'abdulwahab',
    title: 'اردو ٹائپنگ اور کمپوزنگ — ان پیج اور ورڈ میں',
    description:
      'ہاتھ سے لکھے مسودے، پرانی کتابیں اور رسالوں کے مضامین ان پیج یا ایم ایس ورڈ میں صاف اور درست اردو میں ٹائپ کرتا ہوں۔ نستعلیق میں کمپوزنگ، صفحہ بندی اور حاشیے پرنٹ کے مطابق کرتا ہوں۔ پندرہ سال سے ناشرین اور اسکولوں کے لیے یہی کام کر رہا ہوں، چترال میں اپنے گھر سے۔ یونیکوڈ فائل بھی ساتھ دیتا ہوں تاکہ متن ویب سائٹ پر بھی لگ سکے۔',
    languages: ['ur'],
    category: 'translation',
    skills: ['urdu-typing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [1_500, 2, 1, ['10 صفحات تک']],
      [5_000, 5, 2, ['40 صفحات تک', 'ان پیج اور یونیکوڈ فائل']],
      [14_000, 12, 3, ['پوری کتاب، 150 صفحات تک', 'صفحہ بندی اور سرورق کا متن', 'پرنٹ کے لیے پی ڈی ایف']],
    ),
    status: 'published',
  },
  {
    slug: 'abdulwahab-english-urdu-translation',
    key: 'abdulwahab',
    title: 'انگریزی سے اردو ترجمہ — مضامین، کتابیں اور نصابی مواد',
    description:
      'انگریزی مضامین، کہانیوں اور نصابی کتابوں کا رواں اور بامحاورہ اردو ترجمہ کرتا ہوں۔ کام شروع کرنے سے پہلے آپ کے ساتھ اصطلاحات کی ایک فہرست طے کر لیتا ہوں تاکہ پوری کتاب میں ایک لفظ ایک ہی معنی میں آئے۔ ترجمہ ان پیج یا یونیکوڈ میں، کمپوزنگ کے ساتھ ملتا ہے۔',
    languages: ['ur'],
    category: 'translation',
    skills: ['translation', 'urdu-typing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_500, 3, 1, ['1000 الفاظ تک']],
      [8_000, 7, 2, ['4000 الفاظ تک', 'اصطلاحات کی فہرست']],
      [25_000, 20, 3, ['15000 الفاظ تک', 'کمپوزنگ کے ساتھ']],
    ),
    status: 'published',
  },

  // Gul Bano, Tharparkar: hand-drawn illustration, writes in Urdu.
  {
    slug: 'gul-rilli-hand-drawn-illustration',
    key: 'gul',
    title: 'ہاتھ سے بنی السٹریشن — رلی اور اجرک کے نمونوں کے ساتھ',
    description:
      'تھر کی رلی اور اجرک کے رنگوں اور نمونوں سے کتابوں کے سرورق، شادی کارڈ، کپڑوں کے پرنٹ اور دیواروں کے لیے السٹریشن بناتی ہوں۔ ہر تصویر پہلے کاغذ پر ہاتھ سے بنتی ہے، پھر اسکین کر کے کمپیوٹر پر صاف کی جاتی ہے۔ بڑے سائز میں پرنٹ کے لیے تیار فائل ملتی ہے۔',
    languages: ['ur'],
    category: 'design',
    skills: ['illustration'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [3_000, 5, 1, ['ایک سادہ السٹریشن']],
      [7_000, 8, 2, ['ایک رنگین السٹریشن', 'پرنٹ کے لیے فائل']],
      [15_000, 14, 3, ['3 السٹریشنز کا سیٹ', 'کپڑے کے پرنٹ کے لیے نمونہ']],
    ),
    status: 'published',
  },

  // Shehzad, Sialkot: marketing for exporters, English.
  {
    slug: 'shehzad-email-marketing-exporters',
    key: 'shehzad',
    title: 'Email marketing campaigns for exporters and online shops',
    description:
      'I plan and send email campaigns that bring repeat orders: welcome series, abandoned-cart reminders and monthly newsletters in Mailchimp or Klaviyo. I clean your contact list first, so your emails land in inboxes rather than spam. Most of my clients are Sialkot sports-goods and leather exporters selling to buyers in Europe and the US.',
    languages: ['en'],
    category: 'marketing',
    skills: ['email-marketing'],
    currency: 'USD',
    packages: tiers(
      'en',
      [80, 3, 1, ['One campaign designed and sent']],
      [250, 10, 2, ['Welcome series of 3 emails', 'List clean-up', 'Open and click report']],
      [600, 30, 3, ['Automations and 4 newsletters', 'A/B tests', 'Monthly report']],
    ),
    status: 'published',
  },
  {
    slug: 'shehzad-digital-marketing-google-linkedin-ads',
    key: 'shehzad',
    title: 'Digital marketing for exporters: Google Ads and LinkedIn ads',
    description:
      'Business buyers search on Google and scroll LinkedIn, so that is where your ads should be. I set up Google Ads search campaigns with negative keywords and conversion tracking, and LinkedIn campaigns aimed at purchasing managers in your target countries. Every week you get a one-page report of the cost per enquiry, not just clicks.',
    languages: ['en'],
    category: 'marketing',
    skills: ['advertising', 'digital-marketing'],
    currency: 'USD',
    packages: tiers(
      'en',
      [100, 4, 1, ['Account audit', 'One search campaign']],
      [300, 14, 2, ['Google and LinkedIn campaigns', 'Conversion tracking', 'Weekly report']],
      [700, 30, 3, ['A month of management', 'Landing page advice', 'Retargeting']],
    ),
    status: 'published',
  },
  {
    slug: 'shehzad-seo-export-websites',
    key: 'shehzad',
    title: 'SEO for export company websites',
    description:
      'I audit your site with Search Console and Ahrefs, fix the technical problems that keep pages out of Google, and optimise product pages for the terms foreign buyers actually type, such as "custom goalkeeper gloves manufacturer". Links come from real industry directories and trade blogs, never from bought link farms. A monthly report shows your rankings move.',
    languages: ['en'],
    category: 'marketing',
    skills: ['seo', 'digital-marketing'],
    currency: 'USD',
    packages: tiers(
      'en',
      [120, 5, 1, ['Technical SEO audit']],
      [350, 14, 2, ['Audit and on-page SEO for 10 pages', 'Keyword plan']],
      [800, 30, 3, ['A month of SEO', '10 quality backlinks', 'Monthly ranking report']],
    ),
    status: 'published',
  },

  // Rabia, Bahawalpur: creative writing and proofreading, writes in Urdu.
  {
    slug: 'rabia-urdu-stories-creative-writing',
    key: 'rabia',
    title: 'بچوں اور بڑوں کے لیے اردو کہانیاں اور تخلیقی تحریر',
    description:
      'بچوں کی سبق آموز کہانیاں، رسالوں کے افسانے، ریڈیو اور یوٹیوب کے لیے اسکرپٹ — سب سادہ اور دل کو چھونے والی اردو میں لکھتی ہوں۔ بہاولپور کے ادبی رسالوں میں میری کہانیاں چھپ چکی ہیں۔ آپ چاہیں تو کہانی میں سرائیکی رنگ بھی ڈال سکتی ہوں۔',
    languages: ['ur'],
    category: 'writing',
    skills: ['creative-writing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_500, 3, 1, ['1000 الفاظ کی ایک کہانی']],
      [6_000, 6, 2, ['3 کہانیاں یا ایک اسکرپٹ']],
      [15_000, 14, 3, ['10 کہانیوں کا مجموعہ', 'بچوں کی کتاب کے لیے ترتیب']],
    ),
    status: 'published',
  },
  {
    slug: 'rabia-urdu-proofreading-editing',
    key: 'rabia',
    title: 'اردو پروف ریڈنگ اور ایڈیٹنگ — کتابیں، مقالے اور مضامین',
    description:
      'املا، اعراب، رموزِ اوقاف اور جملوں کی بناوٹ کی غلطیاں درست کرتی ہوں، اور جہاں بات الجھی ہو وہاں بہتر جملہ تجویز کرتی ہوں۔ ایم فل کے مقالے، شعری مجموعے اور اسکول کی کتابیں پروف ریڈ کر چکی ہوں۔ تبدیلیاں ورڈ میں ٹریک چینجز کے ساتھ ملتی ہیں تاکہ آپ ہر ایک خود دیکھ سکیں۔',
    languages: ['ur'],
    category: 'writing',
    skills: ['proofreading'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_000, 2, 1, ['20 صفحات تک']],
      [6_000, 5, 2, ['80 صفحات تک', 'ٹریک چینجز کے ساتھ']],
      [14_000, 10, 3, ['250 صفحات تک', 'دو بار پروف ریڈنگ', 'پوری کتاب میں یکساں انداز']],
    ),
    status: 'published',
  },
  {
    slug: 'rabia-urdu-ghostwriting-memoirs',
    key: 'rabia',
    title: 'آپ کی آپ بیتی اور کتاب — گھوسٹ رائٹنگ',
    description:
      'آپ کے پاس کہانی ہے مگر لکھنے کا وقت نہیں؟ فون یا وائس نوٹس پر آپ کی یادیں سن کر آپ کے نام سے آپ بیتی، خاندان کی تاریخ یا کاروباری سفر کی کتاب لکھتی ہوں۔ ہر باب آپ کو پڑھنے کے لیے بھیجتی ہوں، اور کتاب پر میرا نام کہیں نہیں آتا۔',
    languages: ['ur'],
    category: 'writing',
    skills: ['ghostwriting', 'book-writing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [10_000, 10, 1, ['ایک باب، 4000 الفاظ تک']],
      [35_000, 30, 2, ['5 ابواب', 'انٹرویوز کی ریکارڈنگ سے تحریر']],
      [90_000, 75, 3, ['مکمل کتاب، 40000 الفاظ تک', 'پروف ریڈنگ', 'چھپائی کے لیے مسودہ']],
    ),
    status: 'published',
  },

  // Junaid, Abbottabad: Linux and security, English.
  {
    slug: 'junaid-linux-server-hardening',
    key: 'junaid',
    title: 'Linux server set-up and security hardening',
    description:
      'I set up your Ubuntu or Debian server the way it should be from day one: SSH keys only, a firewall, fail2ban, automatic security updates, Nginx with free TLS certificates and daily off-site backups. Servers that are already running I check against the CIS benchmark and close what is open. You get a written checklist of everything I changed.',
    languages: ['en'],
    category: 'cloud',
    skills: ['cyber-security', 'web-hosting'],
    currency: 'USD',
    packages: tiers(
      'en',
      [50, 2, 1, ['Security check of one server']],
      [150, 4, 2, ['New server set-up and hardening', 'Nginx and TLS', 'Backups']],
      [350, 7, 3, ['Up to 3 servers', 'Monitoring and alerts', 'Written checklist and handover']],
    ),
    status: 'published',
  },
  {
    slug: 'junaid-hacked-website-cleanup',
    key: 'junaid',
    title: 'Hacked website clean-up and malware removal',
    description:
      'If Google warns that your site may be hacked, or your host has suspended your account, I find the backdoors, remove the malware, patch the hole it came through and ask Google for a review on your behalf. This works for PHP sites on cPanel hosting or a VPS. Most sites are clean the same day.',
    languages: ['en'],
    category: 'cloud',
    skills: ['cyber-security', 'web-hosting'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [5_000, 1, 1, ['One site cleaned']],
      [10_000, 2, 2, ['Clean-up and hardening', 'Google review request']],
      [20_000, 3, 3, ['Up to 3 sites', 'Firewall set-up', '30 days of monitoring']],
    ),
    status: 'published',
  },

  // Samina, Swat: customer support in Urdu and Pashto, writes in Urdu.
  {
    slug: 'samina-customer-support-urdu-pashto',
    key: 'samina',
    title: 'اردو اور پشتو میں آن لائن کسٹمر سپورٹ — واٹس ایپ، فون اور چیٹ',
    description:
      'آپ کے گاہکوں کے سوالوں کے جواب واٹس ایپ، فیس بک میسنجر اور ویب سائٹ چیٹ پر اردو اور پشتو میں دیتی ہوں، نرمی اور صبر کے ساتھ۔ آرڈر کی صورتحال، واپسی اور شکایات کا ریکارڈ ایک گوگل شیٹ میں رکھتی ہوں تاکہ آپ کو سب معلوم رہے۔ سوات سے صبح دس سے شام چھ بجے تک کام کرتی ہوں۔',
    languages: ['ur'],
    category: 'virtual-assistance',
    skills: ['customer-support'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [5_000, 7, 1, ['ہفتے میں 20 گھنٹے']],
      [15_000, 30, 2, ['مہینے میں 80 گھنٹے', 'روزانہ رپورٹ']],
      [28_000, 30, 3, ['مہینے میں 160 گھنٹے', 'شکایات کا ریکارڈ', 'تیار جوابات کی فہرست']],
    ),
    status: 'published',
  },
  {
    slug: 'samina-online-shop-orders-whatsapp',
    key: 'samina',
    title: 'آن لائن دکان کے آرڈرز اور واٹس ایپ پیغامات سنبھالنا',
    description:
      'فیس بک یا انسٹاگرام پر کپڑے، جیولری یا گھر کا بنا کھانا بیچتی ہیں؟ آرڈر لینا، گاہک سے پتے اور نمبر کی تصدیق کرنا، کوریئر بک کرنا اور ٹریکنگ نمبر بھیجنا میں سنبھال لیتی ہوں۔ ہر شام آپ کو دن بھر کے آرڈرز کی فہرست ملتی ہے۔',
    languages: ['ur'],
    category: 'virtual-assistance',
    skills: ['virtual-assistant', 'customer-support'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [4_000, 7, 1, ['ہفتے میں 50 آرڈرز تک']],
      [12_000, 30, 2, ['مہینے میں 250 آرڈرز تک', 'کوریئر بکنگ']],
      [22_000, 30, 3, ['مہینے میں 600 آرڈرز تک', 'واپسی اور کیش آن ڈیلیوری کا حساب']],
    ),
    status: 'published',
  },

  // Faisal, Larkana: WordPress and Shopify sites, English only.
  {
    slug: 'faisal-wordpress-website-small-business',
    key: 'faisal',
    title: 'WordPress website for your small business',
    description:
      'A clean, fast WordPress website for your shop, clinic, school or office: the pages you need, a contact form that reaches your inbox, a WhatsApp button and a Google map. I use a lightweight theme with Elementor so you can change text and photos yourself, and I show you how on a short call. Domain and hosting set-up are included if you do not have them yet. I have built over forty sites for businesses across Sindh.',
    languages: ['en'],
    category: 'web-mobile',
    skills: ['wordpress', 'website-building'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [15_000, 5, 2, ['Up to 4 pages', 'Contact form and WhatsApp button']],
      [30_000, 8, 3, ['Up to 8 pages', 'Basic SEO', 'Domain and hosting set-up']],
      [55_000, 14, 4, ['Up to 15 pages', 'Blog and booking form', 'Training call', 'One month of support']],
    ),
    status: 'published',
  },
  {
    slug: 'faisal-woocommerce-online-store',
    key: 'faisal',
    title: 'WooCommerce online store on WordPress with cash on delivery',
    description:
      'I turn your WordPress site into an online store with WooCommerce: products with sizes and colours, cash on delivery, bank transfer and card payments, and delivery charges by city. Orders reach you by email and WhatsApp, and I add your first products so the shop opens ready to sell.',
    languages: ['en'],
    category: 'web-mobile',
    skills: ['wordpress', 'website-building'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [25_000, 7, 2, ['Up to 20 products', 'Cash on delivery']],
      [45_000, 12, 3, ['Up to 60 products', 'Card and bank payments', 'Delivery charges by city']],
      [80_000, 21, 4, ['Up to 200 products', 'Courier integration', 'Abandoned cart emails', 'Training call']],
    ),
    status: 'published',
  },
  {
    slug: 'faisal-shopify-store-setup',
    key: 'faisal',
    title: 'Shopify store set-up for clothing and handmade brands',
    description:
      'I set up your Shopify store from the theme to the checkout: collections, product pages with size charts, cash on delivery and local payment apps, and shipping rates for Pakistan and abroad. The store is ready to take its first order, and you get a screen-recorded guide to adding new stock.',
    languages: ['en'],
    category: 'web-mobile',
    skills: ['shopify', 'website-building'],
    currency: 'USD',
    packages: tiers(
      'en',
      [120, 5, 2, ['Theme set-up', 'Up to 10 products']],
      [300, 10, 3, ['Up to 50 products', 'Payments and shipping', 'Basic SEO']],
      [650, 18, 4, ['Custom theme sections', 'Up to 150 products', 'Apps and email set-up', 'Video guide']],
    ),
    status: 'published',
  },

  // Amna, Faisalabad: animation and video editing, English.
  {
    slug: 'amna-2d-explainer-animation',
    key: 'amna',
    title: '2D animated explainer video for your product or service',
    description:
      'A 60 to 90 second 2D explainer that shows what your product does in plain words: script, storyboard, illustrated characters, animation in After Effects and a licensed music track. A voice-over in English or Urdu can be added from the voice artists I work with. You approve the script and the storyboard before any animation starts.',
    languages: ['en'],
    category: 'video',
    skills: ['animation'],
    currency: 'USD',
    packages: tiers(
      'en',
      [150, 7, 1, ['30 seconds', 'Script and storyboard']],
      [350, 12, 2, ['60 seconds', 'Custom characters', 'Music']],
      [700, 20, 3, ['90 seconds', 'Professional voice-over', 'Versions for social media']],
    ),
    status: 'published',
  },
  {
    slug: 'amna-reels-video-editing',
    key: 'amna',
    title: 'Video editing for Instagram Reels, TikTok and YouTube Shorts',
    description:
      'I cut your raw clips into short vertical videos that hold attention: quick cuts, captions on screen, trending sounds and your brand colours. Share your clips in a Google Drive folder and get edited Reels back within three days. Brands from Faisalabad to Dubai use my edits for their product launches.',
    languages: ['en'],
    category: 'video',
    skills: ['video-editing'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [3_500, 2, 1, ['3 Reels up to 30 seconds']],
      [9_000, 4, 2, ['10 Reels', 'Captions and music']],
      [20_000, 7, 3, ['25 Reels', 'Cover images', 'Posting schedule']],
    ),
    status: 'published',
  },
  {
    // Paused: Amna stopped taking whiteboard work for now. Search must not show it.
    slug: 'amna-whiteboard-animation',
    key: 'amna',
    title: 'Whiteboard animation for lessons and training videos',
    description:
      'I turn your lesson or training script into a hand-drawn whiteboard animation made in VideoScribe, each idea drawn while it is explained, which keeps learners watching. It suits schools, online courses and staff training.',
    languages: ['en'],
    category: 'video',
    skills: ['animation'],
    currency: 'USD',
    packages: tiers(
      'en',
      [80, 5, 1, ['1 minute']],
      [200, 8, 2, ['3 minutes', 'Voice-over']],
      [450, 14, 3, ['8 minutes', 'Voice-over', 'Chapters for an online course']],
    ),
    status: 'paused',
  },

  // Waqar, Skardu: maths and English tutor, writes in Urdu.
  {
    slug: 'waqar-matric-fsc-maths-english-tuition',
    key: 'waqar',
    title: 'میٹرک اور ایف ایس سی کے لیے ریاضی اور انگریزی کی آن لائن ٹیوشن',
    description:
      'میٹرک اور ایف ایس سی کے طلبہ کو زوم پر ریاضی اور انگریزی پڑھاتا ہوں، پنجاب، فیڈرل اور گلگت بلتستان بورڈ کے نصاب کے مطابق۔ ہر ہفتے ٹیسٹ ہوتا ہے اور مہینے کے آخر میں والدین کو نتیجہ بھیجتا ہوں۔ آٹھ سال سے اسکردو میں پڑھا رہا ہوں اور کمزور طلبہ پر خاص توجہ دیتا ہوں۔',
    languages: ['ur'],
    category: 'teaching',
    skills: ['online-tutoring'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [3_000, 7, 0, ['ایک ہفتے میں 3 کلاسز']],
      [8_000, 30, 0, ['ایک مہینے میں 12 کلاسز', 'ہفتہ وار ٹیسٹ']],
      [14_000, 30, 0, ['ایک مہینے میں 20 کلاسز', 'پرانے پرچوں کی تیاری', 'والدین کے لیے ماہانہ رپورٹ']],
    ),
    status: 'published',
  },

  // Maryam, Dadu: data entry, writes in Urdu.
  {
    slug: 'maryam-data-entry-online-forms',
    key: 'maryam',
    title: 'ڈیٹا انٹری اور آن لائن فارم بھرنے کا کام',
    description:
      'آپ کی دی ہوئی معلومات سے آن لائن فارم بھرتی ہوں، ویب سائٹس سے رابطے کی تفصیلات جمع کرتی ہوں اور ہاتھ سے لکھی فہرستیں کمپیوٹر میں ٹائپ کرتی ہوں۔ دادو سے گھر بیٹھے کام کرتی ہوں اور روزانہ کام کی تفصیل بھیجتی ہوں۔ اردو، سندھی اور انگریزی تینوں زبانوں کا ڈیٹا ٹائپ کر سکتی ہوں۔',
    languages: ['ur'],
    category: 'data-ai',
    skills: ['data-entry'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [1_500, 2, 1, ['300 اندراجات یا 50 فارم']],
      [4_000, 4, 2, ['1000 اندراجات یا 150 فارم']],
      [9_000, 7, 3, ['3000 اندراجات', 'ایکسل میں ترتیب اور جانچ']],
    ),
    status: 'published',
  },
  {
    slug: 'maryam-pdf-images-to-excel',
    key: 'maryam',
    title: 'پی ڈی ایف اور تصویروں سے ایکسل میں ڈیٹا انٹری',
    description:
      'اسکین کی ہوئی رسیدیں، بل، حاضری رجسٹر یا پی ڈی ایف رپورٹس — ان کا سارا ڈیٹا ایکسل یا گوگل شیٹ کے کالموں میں درست لکھ دیتی ہوں۔ ہر سو اندراجات کے بعد اصل سے ملا کر دیکھتی ہوں۔ آپ کی فائلیں کسی اور کو نہیں دکھائی جاتیں اور کام ختم ہونے پر میرے کمپیوٹر سے مٹا دی جاتی ہیں۔',
    languages: ['ur'],
    category: 'data-ai',
    skills: ['data-entry', 'excel'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_000, 2, 1, ['20 صفحات تک']],
      [5_000, 4, 2, ['60 صفحات تک']],
      [11_000, 7, 3, ['150 صفحات تک', 'فارمولوں کے ساتھ ٹوٹل']],
    ),
    status: 'published',
  },

  // Naveed, Loralai: PHP and Laravel, English.
  {
    slug: 'naveed-laravel-web-app',
    key: 'naveed',
    title: 'Laravel web app development: admin panels, APIs and reports',
    description:
      'I build business web apps in PHP and Laravel: admin panels with roles, REST APIs for your mobile app, invoices and PDF reports, and payments through JazzCash, Easypaisa or Stripe. The code follows Laravel conventions and has tests, so any Laravel developer can carry it on. I also upgrade old Laravel 5 and 6 projects to the current version.',
    languages: ['en'],
    category: 'web-mobile',
    skills: ['web-development', 'software-development'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [20_000, 7, 2, ['One module or API', 'Tests']],
      [60_000, 20, 3, ['Admin panel with roles', 'Up to 5 modules', 'Deployment']],
      [150_000, 45, 4, ['A complete web app', 'Payment integration', 'Two months of support']],
    ),
    status: 'published',
  },

  // Shazia, Hunza: travel writing and web content, English.
  {
    slug: 'shazia-travel-blog-northern-pakistan',
    key: 'shazia',
    title: 'Travel blog posts about Hunza, Skardu and northern Pakistan',
    description:
      'I write travel stories and guides about places I know first-hand: the Karakoram Highway, Attabad Lake, Fairy Meadows, the valleys around Skardu. Each post has the practical details travellers search for, such as road conditions, the best months and where to stay, and can include my own photographs. Tour operators, hotels and travel magazines in the UK and the Gulf publish my work.',
    languages: ['en'],
    category: 'writing',
    skills: ['blog-writing', 'creative-writing'],
    currency: 'USD',
    packages: tiers(
      'en',
      [40, 3, 1, ['One post of 1,200 words']],
      [110, 7, 2, ['3 posts', 'Photos included']],
      [280, 14, 3, ['8 posts', 'Photos', 'Social media captions']],
    ),
    status: 'published',
  },
  {
    slug: 'shazia-content-writing-tourism-websites',
    key: 'shazia',
    title: 'Content writing for hotel and tour websites: web copy and SEO articles',
    description:
      'Your website should read as well as the view from your rooms looks. I write home and about pages, tour itineraries and SEO articles that answer what travellers ask Google, with the keywords placed naturally. Every piece is original, checked for plagiarism and delivered in Google Docs, ready to paste.',
    languages: ['en'],
    category: 'writing',
    skills: ['content-writing', 'copywriting', 'seo-articles'],
    currency: 'USD',
    packages: tiers(
      'en',
      [50, 3, 1, ['Up to 3 web pages or 2 articles']],
      [150, 7, 2, ['Up to 8 pages or 5 articles', 'Keyword research']],
      [350, 14, 3, ['Copy for a whole website', '10 SEO articles', 'Meta titles and descriptions']],
    ),
    status: 'published',
  },

  // Kamran, Rawalakot: AutoCAD drafting, English.
  {
    slug: 'kamran-house-plans-autocad',
    key: 'kamran',
    title: 'House plans and 2D floor plans in AutoCAD',
    description:
      'I draw house plans in AutoCAD for plots from 5 marla to 2 kanal: floor plans, sections, elevations, and electrical and plumbing layouts that follow your local building by-laws. Send me your plot size and a rough sketch, and I send back a plan you can discuss with your builder and submit for approval. You get DWG and PDF files sized for printing.',
    languages: ['en'],
    category: 'design',
    skills: ['autocad-drafting'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [6_000, 3, 2, ['One floor plan']],
      [15_000, 6, 3, ['Plans for 2 floors', 'Front elevation', 'Electrical layout']],
      [35_000, 12, 4, ['A full drawing set', 'Sections and plumbing', 'Sheets ready for approval']],
    ),
    status: 'published',
  },

  // Asma, Sukkur: online stores and affiliate marketing, writes in Urdu.
  {
    slug: 'asma-daraz-shopify-store-management',
    key: 'asma',
    title: 'دراز اور شاپیفائی اسٹور کی مکمل مینجمنٹ',
    description:
      'آپ کے دراز یا شاپیفائی اسٹور پر پروڈکٹس لگانا، تصاویر اور تفصیل بہتر کرنا، قیمتیں اور اسٹاک اپ ڈیٹ رکھنا اور آرڈرز وقت پر بھجوانا — سب میں سنبھالتی ہوں۔ سکھر سے چار آن لائن اسٹورز چلا رہی ہوں، اس لیے سیل کے دنوں میں آرڈرز کا رش سنبھالنا آتا ہے۔ ہر ہفتے فروخت اور اسٹاک کی رپورٹ ملتی ہے۔',
    languages: ['ur'],
    category: 'marketing',
    skills: ['e-commerce'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [5_000, 3, 1, ['20 پروڈکٹس کی لسٹنگ']],
      [15_000, 30, 2, ['ایک مہینے کی اسٹور مینجمنٹ', '60 پروڈکٹس تک']],
      [30_000, 30, 3, ['دراز اور شاپیفائی دونوں', 'سیل کیمپین کی تیاری', 'ہفتہ وار رپورٹ']],
    ),
    status: 'published',
  },
  {
    slug: 'asma-affiliate-marketing-website',
    key: 'asma',
    title: 'ایفیلیئٹ مارکیٹنگ ویب سائٹ اور ایمیزون کمیشن کا پورا منصوبہ',
    description:
      'ایمیزون ایسوسی ایٹس یا دراز ایفیلیئٹ سے کمائی کے لیے موضوع اور پروڈکٹس چنتی ہوں، ریویو آرٹیکلز کا پلان بناتی ہوں اور ایفیلیئٹ لنکس درست طریقے سے لگاتی ہوں۔ پہلے دو مہینے ساتھ رہ کر بتاتی ہوں کہ کون سے صفحات کمائی کر رہے ہیں اور کن پر محنت بڑھانی ہے۔',
    languages: ['ur'],
    category: 'marketing',
    skills: ['affiliate-marketing'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [6_000, 4, 1, ['موضوع اور پروڈکٹس کی تحقیق']],
      [18_000, 14, 2, ['ویب سائٹ کا ڈھانچہ', '10 ریویو آرٹیکلز کا پلان']],
      [40_000, 60, 3, ['دو مہینے کی رہنمائی', 'ماہانہ کمائی کی رپورٹ']],
    ),
    status: 'published',
  },

  // Tahir, Turbat: Urdu and Balochi voice-over, English with Urdu.
  {
    slug: 'tahir-urdu-voice-over',
    key: 'tahir',
    title: 'Urdu voice-over for ads, explainers and YouTube | اردو وائس اوور',
    description:
      'A clear, warm male Urdu voice for TV and radio ads, explainer videos, documentaries and phone menus. I record in a treated home studio in Turbat and deliver clean WAV and MP3 files, edited and ready to use. Send me your script before ordering and I will record a short free sample. اسکرپٹ اردو میں ہو یا انگریزی میں، ترجمہ بھی کر دیتا ہوں۔',
    languages: ['en', 'ur'],
    category: 'video',
    skills: ['voice-over'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [3_000, 1, 1, ['Up to 100 words']],
      [8_000, 2, 2, ['Up to 400 words', 'Background music']],
      [18_000, 4, 3, ['Up to 1,200 words', 'Music and sound effects', 'Commercial rights']],
    ),
    status: 'published',
  },
  {
    slug: 'tahir-balochi-voice-over',
    key: 'tahir',
    title: 'Balochi voice-over and narration for NGOs and media',
    description:
      'Native Balochi voice-over for awareness campaigns, radio spots, documentaries and e-learning, in the Makrani accent spoken across Kech and Gwadar. I have voiced health and education messages for development organisations. Scripts in Urdu, English or Arabic can be translated before recording.',
    languages: ['en'],
    category: 'video',
    skills: ['voice-over'],
    currency: 'USD',
    packages: tiers(
      'en',
      [30, 2, 1, ['Up to 150 words']],
      [90, 3, 2, ['Up to 600 words', 'Translation from Urdu or English']],
      [220, 6, 3, ['Up to 2,000 words', 'Translation', 'Synced to your video']],
    ),
    status: 'published',
  },

  // Hina, Hyderabad: Urdu teacher for children abroad, English.
  {
    slug: 'hina-urdu-lessons-children-abroad',
    key: 'hina',
    title: 'Online Urdu lessons for children abroad',
    description:
      'Patient, playful Urdu lessons on Zoom for children of Pakistani families in the UK, the US, Canada and the Gulf, from the alphabet to reading short stories. Lessons use songs, flash cards and games, and parents get a short note after every class. I teach in the evenings UK time and at weekends, and have taught children online for five years.',
    languages: ['en'],
    category: 'teaching',
    skills: ['online-tutoring'],
    currency: 'USD',
    packages: tiers(
      'en',
      [40, 7, 0, ['4 half-hour lessons']],
      [75, 14, 0, ['8 half-hour lessons', 'Worksheets']],
      [140, 30, 0, ['16 half-hour lessons', 'Worksheets and storybooks', 'Monthly progress report']],
    ),
    status: 'published',
  },

  // Zeeshan, Lahore: Unity games, and WordPress sites before that; writes in Urdu.
  {
    slug: 'zeeshan-unity-game-development',
    key: 'zeeshan',
    title: 'یونٹی میں 2D اور 3D موبائل گیم ڈویلپمنٹ | Unity game developer',
    description:
      'یونٹی اور سی شارپ میں اینڈرائیڈ اور آئی فون کے لیے گیمز بناتا ہوں: ہائپر کیژوئل، پزل، ریسنگ اور لوڈو جیسی بورڈ گیمز۔ گیم میں ایڈموب اشتہارات، ان ایپ خریداری اور لیڈر بورڈ لگانا شامل ہے۔ لاہور سے اپنی دو گیمز پلے اسٹور پر چلا رہا ہوں جو ایک لاکھ سے زیادہ بار ڈاؤن لوڈ ہو چکی ہیں۔ I also work in English with studios abroad.',
    languages: ['ur', 'en'],
    category: 'web-mobile',
    skills: ['game-development', 'mobile-apps'],
    currency: 'USD',
    packages: tiers(
      'ur',
      [150, 7, 1, ['ایک لیول کا پروٹوٹائپ']],
      [500, 20, 2, ['مکمل سادہ گیم', 'اشتہارات']],
      [1_500, 45, 3, ['20 لیولز تک مکمل گیم', 'ان ایپ خریداری', 'پلے اسٹور پر گیم لگانا']],
    ),
    status: 'published',
  },
  {
    // Urdu script for a Latin brand name: `wordpress` must find it (and ورڈپریس the English gigs).
    slug: 'zeeshan-wordpress-website-urdu',
    key: 'zeeshan',
    title: 'ورڈپریس ویب سائٹ — آپ کے کاروبار یا بلاگ کے لیے',
    description:
      'گیمز سے پہلے پانچ سال ورڈپریس ویب سائٹس بناتا رہا ہوں اور اب بھی چھوٹے کاروباروں کے لیے بناتا ہوں۔ اردو اور انگریزی دونوں زبانوں والی ویب سائٹ، نستعلیق فونٹ کے ساتھ، جو موبائل پر تیز کھلے۔ ڈومین اور ہوسٹنگ لینے سے لے کر سائٹ کو گوگل پر لانے تک سارا کام میں کرتا ہوں۔',
    languages: ['ur'],
    category: 'web-mobile',
    skills: ['wordpress', 'website-building'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [12_000, 5, 2, ['4 صفحات تک', 'رابطہ فارم']],
      [25_000, 8, 3, ['10 صفحات تک', 'اردو اور انگریزی دونوں']],
      [45_000, 14, 4, ['بلاگ یا آن لائن دکان', 'ڈومین اور ہوسٹنگ', 'ایک مہینے کی سپورٹ']],
    ),
    status: 'published',
  },

  // Farah, Karachi: machine learning and chatbots, English with some Urdu.
  {
    slug: 'farah-ai-chatbot-urdu-english',
    key: 'farah',
    title: 'AI chatbot for your website or WhatsApp, in English and Urdu',
    description:
      'I build a chatbot that answers your customers from your own documents: prices, policies, order status. It runs on your website or WhatsApp Business, understands English, Urdu and Roman Urdu, and hands the chat to a person when it is not sure. It is built in Python on a retrieval pipeline over a large language model, so it does not make up answers about your business. یہ چیٹ بوٹ اردو میں بھی جواب دیتا ہے۔',
    languages: ['en', 'ur'],
    category: 'data-ai',
    skills: ['ai-ml'],
    currency: 'USD',
    packages: tiers(
      'en',
      [200, 5, 1, ['Website chatbot from up to 20 pages']],
      [600, 12, 2, ['WhatsApp Business integration', 'Urdu and Roman Urdu']],
      [1_500, 25, 3, ['Order status from your database', 'Hand-over to your staff', 'Monthly accuracy report']],
    ),
    status: 'published',
  },
  {
    slug: 'farah-machine-learning-models-python',
    key: 'farah',
    title: 'Machine learning models in Python: forecasts, churn and classification',
    description:
      'From your historical data I build and evaluate machine learning models with scikit-learn, XGBoost or PyTorch: sales forecasts, customer churn, loan default or text classification. You get a Jupyter notebook that explains each step, the trained model and a small API to call it. Accuracy is reported honestly, on data the model has not seen.',
    languages: ['en'],
    category: 'data-ai',
    skills: ['ai-ml', 'data-analytics'],
    currency: 'USD',
    packages: tiers(
      'en',
      [150, 5, 1, ['Data review and one baseline model']],
      [450, 10, 2, ['Tuned model', 'Notebook and report']],
      [1_100, 21, 3, ['Model with an API', 'Deployment', 'Retraining script']],
    ),
    status: 'published',
  },

  // Ghulam Rasool, Khuzdar: bookkeeping, writes in Urdu.
  {
    slug: 'ghulamrasool-quickbooks-bookkeeping',
    key: 'ghulamrasool',
    title: 'کوئیک بکس میں بک کیپنگ اور ماہانہ حساب کتاب',
    description:
      'دکانوں، ٹھیکیداروں اور چھوٹی کمپنیوں کا روزانہ کا لین دین کوئیک بکس یا ایکسل میں درج کرتا ہوں اور ہر مہینے بینک اسٹیٹمنٹ سے ملاتا ہوں۔ مہینے کے آخر میں نفع نقصان کا گوشوارہ اور بیلنس شیٹ ملتی ہے، اور ادھار کی وصولی کی فہرست بھی۔ بارہ سال سے خضدار میں حساب کتاب کا کام کر رہا ہوں۔',
    languages: ['ur'],
    category: 'virtual-assistance',
    skills: ['bookkeeping'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [5_000, 5, 1, ['ایک مہینے کے 100 اندراجات تک']],
      [12_000, 10, 2, ['300 اندراجات تک', 'بینک اسٹیٹمنٹ سے ملانا', 'نفع نقصان کا گوشوارہ']],
      [25_000, 15, 3, ['800 اندراجات تک', 'بیلنس شیٹ', 'ادھار اور سیلز ٹیکس کی فہرست']],
    ),
    status: 'published',
  },

  // Sobia, Mansehra: transcription, translation and data entry, English.
  {
    slug: 'sobia-english-urdu-transcription',
    key: 'sobia',
    title: 'English and Urdu transcription of interviews, podcasts and lectures',
    description:
      'I type out your audio and video word for word in English or Urdu, with speaker names and timestamps, and mark unclear words instead of guessing them. Research interviews, podcasts, court hearings and lectures are my usual work, and Hindko or Punjabi passages can be translated into English. Files come in Word or as subtitles, and your recordings stay private.',
    languages: ['en'],
    category: 'translation',
    skills: ['transcription'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [2_000, 2, 1, ['Up to 20 minutes']],
      [5_500, 4, 2, ['Up to 60 minutes', 'Speaker names and timestamps']],
      [14_000, 8, 3, ['Up to 3 hours', 'Verbatim or clean read', 'Subtitle file']],
    ),
    status: 'published',
  },
  {
    slug: 'sobia-urdu-english-translation',
    key: 'sobia',
    title: 'Urdu to English translation of documents and letters',
    description:
      'I translate Urdu documents into clear English: family and court papers, letters, research questionnaires and website text. Names, dates and figures stay exactly as in the original, and I add a note wherever something does not translate directly. Formatting that mirrors the original is available for documents you need to submit abroad.',
    languages: ['en'],
    category: 'translation',
    skills: ['translation'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [2_500, 2, 1, ['Up to 500 words']],
      [7_000, 4, 2, ['Up to 2,000 words', 'Formatted like the original']],
      [16_000, 8, 3, ['Up to 5,000 words', 'Proofread by a second reader']],
    ),
    status: 'published',
  },
  {
    slug: 'sobia-data-entry-pdf-forms',
    key: 'sobia',
    title: 'Accurate data entry from PDFs, scanned forms and websites',
    description:
      'I enter data from scanned forms, PDFs, business cards and websites into Excel, Google Sheets or your CRM, and check a sample of every batch against the source. Survey forms filled in Urdu are no problem. You get a clean sheet with one format per column and no duplicates.',
    languages: ['en'],
    category: 'data-ai',
    skills: ['data-entry', 'excel'],
    currency: 'PKR',
    packages: tiers(
      'en',
      [2_000, 2, 1, ['Up to 500 rows']],
      [5_000, 4, 2, ['Up to 2,000 rows', 'Duplicates removed']],
      [12_000, 7, 3, ['Up to 6,000 rows', 'Entered into your CRM']],
    ),
    status: 'published',
  },

  // Adeel, Muzaffarabad: Web3 front-ends, English.
  {
    slug: 'adeel-web3-dapp-frontend',
    key: 'adeel',
    title: 'Web3 dApp front-end in React with wallet connection',
    description:
      'I build the part of your blockchain app that people actually see: a React or Next.js front-end with wagmi and viem, wallet connection through MetaMask and WalletConnect, and screens that read from and write to your contracts. Pending, confirmed and failed transactions all get clear messages, on the right network. I work from Muzaffarabad with teams in Europe and Dubai.',
    languages: ['en'],
    category: 'blockchain',
    skills: ['blockchain-development'],
    currency: 'USD',
    packages: tiers(
      'en',
      [250, 5, 1, ['Wallet connection and one contract screen']],
      [700, 12, 2, ['Up to 6 screens', 'Transaction states', 'Testnet deployment']],
      [1_800, 25, 3, ['A full dApp front-end', 'Indexer with The Graph', 'Mainnet launch']],
    ),
    status: 'published',
  },
  {
    // Paused: Adeel no longer takes NFT work. Search must not show it.
    slug: 'adeel-nft-minting-website',
    key: 'adeel',
    title: 'NFT minting website with an allowlist',
    description:
      'A mint page for your NFT collection: an allowlist checked with Merkle proofs, a live mint counter, a reveal after sell-out and the contract verified on Etherscan. I also upload your art and metadata to IPFS.',
    languages: ['en'],
    category: 'blockchain',
    skills: ['blockchain-development', 'smart-contracts'],
    currency: 'USD',
    packages: tiers(
      'en',
      [300, 5, 1, ['Mint page for an existing contract']],
      [800, 10, 2, ['Contract and mint page', 'Allowlist']],
      [1_600, 18, 3, ['Contract, mint page and reveal', 'IPFS upload', 'Launch-day support']],
    ),
    status: 'paused',
  },

  // Uzma, Quetta: social media posts and posters, writes in Urdu.
  {
    slug: 'uzma-social-media-post-design',
    key: 'uzma',
    title: 'سوشل میڈیا پوسٹ ڈیزائن — ہر ہفتے نئی پوسٹس',
    description:
      'کپڑوں، جوتوں اور جیولری کے برانڈز کے لیے انسٹاگرام اور فیس بک پوسٹس بناتی ہوں، پروڈکٹ کی تصاویر کا پس منظر صاف کر کے۔ پورے ہفتے کی پوسٹس ایک ساتھ ملتی ہیں تاکہ آپ پہلے سے شیڈول کر سکیں۔ متن اردو، انگریزی یا پشتو میں لکھ سکتی ہوں۔',
    languages: ['ur'],
    category: 'design',
    skills: ['social-media-design'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [3_000, 3, 1, ['5 پوسٹس']],
      [7_500, 5, 2, ['12 پوسٹس', 'پروڈکٹ تصاویر کی ایڈیٹنگ']],
      [16_000, 10, 3, ['30 پوسٹس', 'اسٹوریز اور ہائی لائٹ کور']],
    ),
    status: 'published',
  },
  {
    slug: 'uzma-poster-banner-panaflex',
    key: 'uzma',
    title: 'پوسٹر، بینر اور پینا فلیکس ڈیزائن',
    description:
      'دکان کا بورڈ، سیل کا بینر، اسکول یا ٹیوشن سینٹر کا پینا فلیکس اور تقریبات کے پوسٹر ڈیزائن کرتی ہوں۔ فائل پرنٹر کو دینے کے لیے بالکل صحیح سائز اور رنگوں میں تیار ہوتی ہے۔ کوئٹہ کے پرنٹرز کے ساتھ روز کا کام ہے، اس لیے پرنٹ میں رنگ وہی آتے ہیں جو اسکرین پر دکھتے ہیں۔',
    languages: ['ur'],
    category: 'design',
    skills: ['poster-design'],
    currency: 'PKR',
    packages: tiers(
      'ur',
      [2_000, 2, 1, ['ایک پوسٹر یا بینر']],
      [4_500, 3, 2, ['3 ڈیزائن', 'پرنٹ کے لیے تیار فائل']],
      [9_000, 5, 3, ['بڑا پینا فلیکس اور 4 پوسٹر', 'سورس فائلیں']],
    ),
    status: 'published',
  },
];
