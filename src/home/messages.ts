import { defineMessages } from '../i18n/define.ts';

export const homeMessages = defineMessages(
  {
    'home.title': 'Freelancing in Pakistan, in your language',
    'home.heading': 'Sell your skills. Get paid at home.',
    'home.lead': 'Hunar is the freelancing marketplace built for Pakistan: Urdu first, the lowest fees, and payouts to your bank, Raast, JazzCash, Easypaisa or Payoneer.',
    'home.cta_signup': 'Create your free account',
    'home.cta_login': 'I already have an account',
    'home.cta_dashboard': 'Go to your dashboard',
    'home.why': 'Why Hunar',
    'home.point_urdu': 'Everything in Urdu and English, from sign-up to tax statements.',
    'home.point_fees': 'Lower fees than the big international platforms, shown before you commit.',
    'home.point_payouts': 'Payouts in PKR to local accounts and wallets, no detour through foreign wallets.',
    'home.point_tax': 'Tax clarity: FBR rules explained and a statement for every tax year.',
    'home.point_learning': 'Training toward high-income skills, with certificates anyone can verify.',
  },
  {
    'home.title': 'پاکستان میں فری لانسنگ، آپ کی اپنی زبان میں',
    'home.heading': 'اپنا ہنر بیچیں۔ اپنی کمائی گھر بیٹھے وصول کریں۔',
    'home.lead': 'ہنر پاکستان کے لیے بنایا گیا فری لانسنگ پلیٹ فارم ہے: اردو سب سے پہلے، سب سے کم فیس، اور کمائی کی وصولی آپ کے بینک، راست، جاز کیش، ایزی پیسہ یا پائونیر میں۔',
    'home.cta_signup': 'اپنا مفت اکاؤنٹ بنائیں',
    'home.cta_login': 'میرا اکاؤنٹ پہلے سے ہے',
    'home.cta_dashboard': 'اپنے ڈیش بورڈ پر جائیں',
    'home.why': 'ہنر کیوں',
    'home.point_urdu': 'سائن اَپ سے ٹیکس اسٹیٹمنٹ تک، سب کچھ اردو اور انگریزی میں۔',
    'home.point_fees': 'بڑے بین الاقوامی پلیٹ فارمز سے کم فیس، جو فیصلے سے پہلے دکھائی جاتی ہے۔',
    'home.point_payouts': 'کمائی کی وصولی روپوں میں، مقامی بینک اکاؤنٹ اور موبائل والٹ میں، غیر ملکی والٹس کے چکر کے بغیر۔',
    'home.point_tax': 'ٹیکس کی وضاحت: ایف بی آر کے قواعد آسان زبان میں اور ہر ٹیکس سال کی اسٹیٹمنٹ۔',
    'home.point_learning': 'زیادہ آمدنی والے ہنر کی تربیت، ایسے سرٹیفکیٹس کے ساتھ جن کی تصدیق کوئی بھی کر سکے۔',
  },
);
