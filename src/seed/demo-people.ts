// The demo population: freelancers across Pakistan's cities, small towns and rural districts, and
// clients at home and abroad. Fixed data (no randomness), so every seeded database looks the same.
// Names are written the way people write their own: some in Urdu script, some in English.
// All people and businesses here are invented.
import type { PayoutMethod } from '../db/schema.ts';
import type { Locale } from '../platform/i18n.ts';
import type { CategorySlug, LanguageSlug } from '../taxonomy/data.ts';

export const DEMO_DOMAIN = 'demo.hunar.pk';
/** Shared by every demo account; printed at first start and listed in the README. */
export const DEMO_PASSWORD = 'hunar-demo-2026';

export interface DemoFreelancer {
  /** The e-mail's local part: <key>@demo.hunar.pk */
  key: string;
  name: string;
  gender: 'f' | 'm';
  locale: Locale;
  city: string;
  category: CategorySlug;
  languages: LanguageSlug[];
  payout: PayoutMethod;
  showPhoto: boolean;
  showCity: boolean;
  headline: string;
  /** Set for people who both work and hire (role "both"). */
  alsoHires?: string;
}

export interface DemoClient {
  key: string;
  name: string;
  locale: Locale;
  /** ISO 3166 country code; city only for clients in Pakistan. */
  country: string;
  city: string | null;
  languages: LanguageSlug[];
  needs: string;
}

export const DEMO_FREELANCERS: readonly DemoFreelancer[] = [
  { key: 'ayesha', name: 'عائشہ صدیقی', gender: 'f', locale: 'ur', city: 'multan', category: 'design', languages: ['ur', 'skr', 'en'], payout: 'jazzcash', showPhoto: false, showCity: true, headline: 'لوگو، پوسٹر اور سوشل میڈیا ڈیزائن — ملتان سے' },
  { key: 'bilal', name: 'Bilal Ahmed', gender: 'm', locale: 'en', city: 'lahore', category: 'web-mobile', languages: ['ur', 'en', 'pa'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'Full-stack web developer · React, Node.js, WordPress' },
  { key: 'usman', name: 'Usman Tariq', gender: 'm', locale: 'en', city: 'islamabad', category: 'cloud', languages: ['ur', 'en'], payout: 'bank', showPhoto: true, showCity: true, headline: 'AWS and DevOps engineer | کلاؤڈ انجینئر', alsoHires: 'I hire designers now and then for client dashboards and documentation.' },
  { key: 'fatima', name: 'فاطمہ زہرا', gender: 'f', locale: 'ur', city: 'karachi', category: 'writing', languages: ['ur', 'en'], payout: 'easypaisa', showPhoto: false, showCity: false, headline: 'کانٹینٹ رائٹر: بلاگ، ایس ای او آرٹیکلز اور ویب کاپی' },
  { key: 'hamid', name: 'حامد خان', gender: 'm', locale: 'ur', city: 'peshawar', category: 'translation', languages: ['ps', 'ur', 'en'], payout: 'jazzcash', showPhoto: false, showCity: true, headline: 'پشتو، اردو اور انگریزی میں ترجمہ | Pashto, Urdu and English translation' },
  { key: 'zainab', name: 'Zainab Baloch', gender: 'f', locale: 'en', city: 'quetta', category: 'virtual-assistance', languages: ['ur', 'en', 'bal', 'brh'], payout: 'easypaisa', showPhoto: false, showCity: false, headline: 'Virtual assistant: inbox, calendars and customer emails' },
  { key: 'ali', name: 'Ali Raza', gender: 'm', locale: 'en', city: 'faisalabad', category: 'data-ai', languages: ['ur', 'en', 'pa'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'Data analyst · Excel, Power BI, Python' },
  { key: 'sanaullah', name: 'ثناء اللہ میمن', gender: 'm', locale: 'ur', city: 'hyderabad', category: 'video', languages: ['sd', 'ur', 'en'], payout: 'jazzcash', showPhoto: false, showCity: true, headline: 'ویڈیو ایڈیٹنگ اور یوٹیوب ویڈیوز' },
  { key: 'karim', name: 'Karim Shah', gender: 'm', locale: 'en', city: 'gilgit', category: 'web-mobile', languages: ['ur', 'en', 'scl'], payout: 'bank', showPhoto: true, showCity: true, headline: 'Flutter mobile apps, built in Gilgit' },
  { key: 'mehwish', name: 'مہوش اقبال', gender: 'f', locale: 'ur', city: 'lahore', category: 'marketing', languages: ['ur', 'pa', 'en'], payout: 'easypaisa', showPhoto: true, showCity: true, headline: 'سوشل میڈیا مینجمنٹ اور ڈیجیٹل مارکیٹنگ' },
  { key: 'hassan', name: 'Hassan Mahmood', gender: 'm', locale: 'en', city: 'karachi', category: 'blockchain', languages: ['ur', 'en'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'Solidity smart contracts and audits' },
  { key: 'nadia', name: 'Nadia Khattak', gender: 'f', locale: 'en', city: 'peshawar', category: 'teaching', languages: ['ps', 'ur', 'en'], payout: 'bank', showPhoto: false, showCity: false, headline: 'Online tutor: O and A level maths and physics' },
  { key: 'imran', name: 'عمران قریشی', gender: 'm', locale: 'ur', city: 'multan', category: 'data-ai', languages: ['skr', 'ur', 'en'], payout: 'jazzcash', showPhoto: false, showCity: true, headline: 'ڈیٹا انٹری اور ایکسل شیٹس — وقت پر اور درست کام' },
  { key: 'sadia', name: 'Sadia Noor', gender: 'f', locale: 'en', city: 'islamabad', category: 'design', languages: ['ur', 'en'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'UI/UX designer · Figma · یو آئی / یو ایکس ڈیزائن' },
  { key: 'abdulwahab', name: 'عبدالوہاب', gender: 'm', locale: 'ur', city: 'chitral', category: 'translation', languages: ['ur', 'en'], payout: 'easypaisa', showPhoto: false, showCity: true, headline: 'اردو ٹائپنگ اور کمپوزنگ، کتابوں اور رسالوں کے لیے' },
  { key: 'gul', name: 'گل بانو', gender: 'f', locale: 'ur', city: 'tharparkar', category: 'design', languages: ['sd', 'ur'], payout: 'jazzcash', showPhoto: false, showCity: false, headline: 'ہاتھ سے بنی السٹریشن اور رلی کے نمونوں کے ڈیزائن' },
  { key: 'shehzad', name: 'Shehzad Akhtar', gender: 'm', locale: 'en', city: 'sialkot', category: 'marketing', languages: ['ur', 'pa', 'en'], payout: 'bank', showPhoto: false, showCity: true, headline: 'Email marketing and paid ads for exporters' },
  { key: 'rabia', name: 'رابعہ بتول', gender: 'f', locale: 'ur', city: 'bahawalpur', category: 'writing', languages: ['skr', 'ur', 'en'], payout: 'easypaisa', showPhoto: false, showCity: false, headline: 'تخلیقی تحریر، کہانیاں اور پروف ریڈنگ' },
  { key: 'junaid', name: 'Junaid Iqbal', gender: 'm', locale: 'en', city: 'abbottabad', category: 'cloud', languages: ['hno', 'ur', 'en'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'Cyber security and Linux servers' },
  { key: 'samina', name: 'ثمینہ بی بی', gender: 'f', locale: 'ur', city: 'swat', category: 'virtual-assistance', languages: ['ps', 'ur'], payout: 'jazzcash', showPhoto: false, showCity: false, headline: 'آن لائن کسٹمر سپورٹ — اردو اور پشتو میں' },
  { key: 'faisal', name: 'Faisal Jatoi', gender: 'm', locale: 'en', city: 'larkana', category: 'web-mobile', languages: ['sd', 'ur', 'en'], payout: 'bank', showPhoto: false, showCity: true, headline: 'WordPress websites for small businesses' },
  { key: 'amna', name: 'Amna Tariq', gender: 'f', locale: 'en', city: 'faisalabad', category: 'video', languages: ['ur', 'pa', 'en'], payout: 'payoneer', showPhoto: true, showCity: true, headline: '2D animation and explainer videos' },
  { key: 'waqar', name: 'وقار حسین', gender: 'm', locale: 'ur', city: 'skardu', category: 'teaching', languages: ['bft', 'ur', 'en'], payout: 'bank', showPhoto: false, showCity: true, headline: 'آن لائن ٹیوشن: انگریزی اور ریاضی، میٹرک اور ایف ایس سی' },
  { key: 'maryam', name: 'مریم جمالی', gender: 'f', locale: 'ur', city: 'dadu', category: 'data-ai', languages: ['sd', 'ur'], payout: 'easypaisa', showPhoto: false, showCity: false, headline: 'ڈیٹا انٹری اور آن لائن فارم بھرنا' },
  { key: 'naveed', name: 'Naveed Kakar', gender: 'm', locale: 'en', city: 'loralai', category: 'web-mobile', languages: ['ps', 'ur', 'en'], payout: 'jazzcash', showPhoto: false, showCity: true, headline: 'PHP and Laravel developer' },
  { key: 'shazia', name: 'Shazia Hunzai', gender: 'f', locale: 'en', city: 'hunza', category: 'writing', languages: ['ur', 'en'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'Travel writing and SEO blogs from Hunza' },
  { key: 'kamran', name: 'Kamran Baig', gender: 'm', locale: 'en', city: 'rawalakot', category: 'design', languages: ['ur', 'en'], payout: 'bank', showPhoto: false, showCity: true, headline: 'AutoCAD drafting and house plans' },
  { key: 'asma', name: 'اسماء شیخ', gender: 'f', locale: 'ur', city: 'sukkur', category: 'marketing', languages: ['sd', 'ur', 'en'], payout: 'easypaisa', showPhoto: false, showCity: true, headline: 'ای کامرس اسٹور اور ایفیلیئٹ مارکیٹنگ' },
  { key: 'tahir', name: 'Tahir Baloch', gender: 'm', locale: 'en', city: 'turbat', category: 'video', languages: ['bal', 'ur', 'en', 'ar'], payout: 'bank', showPhoto: false, showCity: true, headline: 'Urdu and Balochi voice-over | اردو اور بلوچی وائس اوور' },
  { key: 'hina', name: 'Hina Shah', gender: 'f', locale: 'en', city: 'hyderabad', category: 'teaching', languages: ['sd', 'ur', 'en'], payout: 'payoneer', showPhoto: false, showCity: false, headline: 'Online Urdu lessons for children abroad' },
  { key: 'zeeshan', name: 'ذیشان علی', gender: 'm', locale: 'ur', city: 'lahore', category: 'web-mobile', languages: ['ur', 'pa', 'en'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'گیم ڈویلپمنٹ | Unity game developer', alsoHires: 'اپنی گیمز کے لیے 2D آرٹ اور وائس اوور کا کام کروانا ہے۔' },
  { key: 'farah', name: 'Farah Naz', gender: 'f', locale: 'en', city: 'karachi', category: 'data-ai', languages: ['ur', 'en'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'Machine learning and chatbots · مصنوعی ذہانت' },
  { key: 'ghulamrasool', name: 'غلام رسول', gender: 'm', locale: 'ur', city: 'khuzdar', category: 'virtual-assistance', languages: ['brh', 'bal', 'ur'], payout: 'easypaisa', showPhoto: false, showCity: true, headline: 'بک کیپنگ اور حساب کتاب — QuickBooks' },
  { key: 'sobia', name: 'Sobia Khan', gender: 'f', locale: 'en', city: 'mansehra', category: 'translation', languages: ['hno', 'ur', 'en'], payout: 'jazzcash', showPhoto: false, showCity: false, headline: 'English and Urdu transcription' },
  { key: 'adeel', name: 'Adeel Chaudhry', gender: 'm', locale: 'en', city: 'muzaffarabad', category: 'blockchain', languages: ['ur', 'ks', 'en'], payout: 'payoneer', showPhoto: true, showCity: true, headline: 'Web3 front-ends and blockchain apps', alsoHires: 'Looking for a technical writer for smart-contract documentation.' },
  { key: 'uzma', name: 'عظمیٰ ناز', gender: 'f', locale: 'ur', city: 'quetta', category: 'design', languages: ['ps', 'ur'], payout: 'easypaisa', showPhoto: false, showCity: false, headline: 'سوشل میڈیا پوسٹ اور پوسٹر ڈیزائن' },
];

export const DEMO_CLIENTS: readonly DemoClient[] = [
  { key: 'hamza', name: 'Hamza Sheikh', locale: 'en', country: 'PK', city: 'karachi', languages: ['ur', 'en'], needs: 'We run a clothing brand in Karachi. We need product photos edited, Instagram posts, and a Shopify store in English and Urdu.' },
  { key: 'nida', name: 'ندا رحمان', locale: 'ur', country: 'PK', city: 'lahore', languages: ['ur', 'pa'], needs: 'لاہور میں ہمارا ریستوران ہے۔ نئے مینیو کا ڈیزائن اور فیس بک پیج سنبھالنے کے لیے کوئی چاہیے۔' },
  { key: 'margalla', name: 'Margalla EdTech', locale: 'en', country: 'PK', city: 'islamabad', languages: ['en', 'ur'], needs: 'A school-management web app in React and Node.js, then an Android app for parents.' },
  { key: 'saima', name: 'صائمہ ملک', locale: 'ur', country: 'PK', city: 'faisalabad', languages: ['ur', 'en'], needs: 'ٹیکسٹائل ایکسپورٹ کے لیے انگریزی کیٹلاگ اور ویب سائٹ چاہیے۔' },
  { key: 'emma', name: 'Emma Clarke', locale: 'en', country: 'GB', city: null, languages: ['en'], needs: 'Urdu and Punjabi translations of health leaflets for a community clinic in Birmingham.' },
  { key: 'james', name: 'James Miller', locale: 'en', country: 'US', city: null, languages: ['en'], needs: 'Shopify store set-up and SEO product descriptions for a small candle business.' },
  { key: 'khalid', name: 'Khalid Al Mansoori', locale: 'en', country: 'AE', city: null, languages: ['ar', 'en'], needs: 'A part-time customer support team (Arabic, English, Urdu) for a logistics company in Dubai.' },
  { key: 'abdullah', name: 'Abdullah Al-Harbi', locale: 'en', country: 'SA', city: null, languages: ['ar', 'en'], needs: 'A Flutter app for ordering from a restaurant chain in Riyadh.' },
  { key: 'lena', name: 'Lena Schmidt', locale: 'en', country: 'DE', city: null, languages: ['en'], needs: 'Data entry and an Excel clean-up of about 2,000 products for an online shop in Berlin.' },
  { key: 'ahmed', name: 'Ahmed Siddiqui', locale: 'en', country: 'CA', city: null, languages: ['en', 'ur'], needs: 'An online Urdu tutor for my two children in Toronto, twice a week.' },
];

export const DEMO_ADMIN = { key: 'admin', name: 'Hunar Admin', locale: 'en' as Locale };

export interface DemoAccount {
  email: string;
  password: string;
  role: 'freelancer' | 'client' | 'both' | 'admin' | 'advisor' | 'space owner';
  description: string;
}

const at = (key: string) => `${key}@${DEMO_DOMAIN}`;

/** The logins the README lists and the first start prints. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: at('ayesha'), password: DEMO_PASSWORD, role: 'freelancer', description: 'Ayesha, a graphic designer in Multan who uses Hunar in Urdu' },
  { email: at('bilal'), password: DEMO_PASSWORD, role: 'freelancer', description: 'Bilal, a web developer in Lahore (English)' },
  { email: at('hamza'), password: DEMO_PASSWORD, role: 'client', description: 'Hamza, a clothing brand owner in Karachi' },
  { email: at('emma'), password: DEMO_PASSWORD, role: 'client', description: 'Emma, a client in the United Kingdom' },
  { email: at('usman'), password: DEMO_PASSWORD, role: 'both', description: 'Usman, a cloud engineer in Islamabad who also hires' },
  { email: at(DEMO_ADMIN.key), password: DEMO_PASSWORD, role: 'admin', description: 'the platform administrator' },
  { email: at('farzana'), password: DEMO_PASSWORD, role: 'advisor', description: 'Farzana, an advocate in Lahore who answers the legal help desk' },
  { email: at('nasreen'), password: DEMO_PASSWORD, role: 'space owner', description: 'Nasreen, who runs co-working spaces in Multan, Lahore and Islamabad' },
];

export const demoEmail = at;

/**
 * Clients' time zones and what their invoices print (issue 16: foreign clients). The tax numbers
 * and addresses are made up for the demo: sequential digits, "Demo" in the street names.
 */
export const DEMO_CLIENT_BILLING: Readonly<Record<string, { timeZone: string; company: string; address: string; taxNumber: string }>> = {
  emma: { timeZone: 'Europe/London', company: 'Hartley & Finch Ltd', address: 'Unit 4, 27 Demo Yard\nClerkenwell Road\nLondon EC1M 5RN\nUnited Kingdom', taxNumber: 'GB 123 4567 89' },
  hamza: { timeZone: 'Asia/Karachi', company: 'Sheikh Apparel (Pvt) Ltd', address: 'Office 12, Demo Plaza\nShahrah-e-Faisal, PECHS\nKarachi 75400\nPakistan', taxNumber: '1234567-8' },
};
