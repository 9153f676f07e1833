// The labelled query set: what people type into Hunar's search, each with the demo gigs
// (src/seed/demo-gigs.ts, by slug) a person typing it wants to find. Gigs only, relevance sort, no
// filters. How to add a query: docs/search.md, "Measuring search quality".

export const QUERY_KINDS = [
  /** Plain English words as a client types them ("wordpress website"). */
  'english',
  /** Urdu script ("لوگو ڈیزائن"). */
  'urdu',
  /** Roman Urdu ("logo banana", "data entri", "content likhna", "tarjama"). */
  'roman',
  /** Typed with Arabic code points (ي ك ه instead of ی ک ہ), harakat, tatweel. */
  'arabic',
  /** Misspellings ("logo desing", "grafic design", "video edting"). */
  'typo',
  /** Other forms of a word ("logo designer", "video editor", "designs", "edited"). */
  'word-form',
  /** One word of a skill name ("logo", "graphic", "لوگو", "ڈیزائن"). */
  'single-word',
  /** Spaces, ZWNJ, case and punctuation variants ("word press", "WORDPRESS", "data-entry", "فیصل‌آباد"). */
  'spacing',
  /** The other script of a loanword outside the taxonomy ("پائتھن" → Python, "ایکسل" → Excel, "ورڈپریس" → a WordPress gig in English). */
  'transliteration',
  /** An unfinished last word ("graph", "logo des", "wordp"). */
  'prefix',
] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

export interface LabelledQuery {
  q: string;
  kind: QueryKind;
  /** Slugs of the demo gigs this query must find (recall counts how many are in the first 10 results). */
  expect: readonly string[];
  /** Optional note on why these gigs are the right answers. */
  note?: string;
  /** Typo queries: the query spelled correctly, which must find at least as many gigs as the typo. */
  correct?: string;
}

type Slugs = readonly string[];
const query =
  (kind: QueryKind) =>
  (q: string, expect: Slugs, note?: string): LabelledQuery => ({ q, kind, expect, ...(note ? { note } : {}) });
const english = query('english');
const urdu = query('urdu');
const roman = query('roman');
const singleWord = query('single-word');
const wordForm = query('word-form');
const spacing = query('spacing');
const transliteration = query('transliteration');
const prefix = query('prefix');
/** A misspelling: it must find what its correct spelling finds, and never more gigs than it. */
const typo = (q: string, correct: string, expect: Slugs, note?: string): LabelledQuery => ({ q, kind: 'typo', correct, expect, ...(note ? { note } : {}) });
/** Urdu as typed on an Arabic keyboard: ي ك ه for ی ک ہ (same look, other code points). */
const ARABIC_LETTERS: Record<string, string> = { 'ی': '\u064A', 'ک': '\u0643', 'ہ': '\u0647' };
const arabic = (urduText: string, expect: Slugs, note?: string): LabelledQuery => query('arabic')(urduText.replace(/[یکہ]/g, (c) => ARABIC_LETTERS[c]!), expect, note);
/** The same with harakat or tatweel typed as written (the note says which). */
const arabicAsWritten = query('arabic');

// The demo gigs by what they offer, read from src/seed/demo-gigs.ts (title, description and skills).
// A query names the lists of what a person typing it wants.
// Design
const LOGO = ['ayesha-logo-design', 'sadia-graphic-design-brand-identity'];
const SOCIAL_POST_DESIGN = ['ayesha-social-media-posts', 'uzma-social-media-post-design'];
const POSTER = ['ayesha-poster-flyer-design', 'uzma-poster-banner-panaflex'];
/** Graphic design is the logo, poster, social media post and brand work of the design category (not UI/UX, illustration or AutoCAD). */
const GRAPHIC = [...LOGO, ...SOCIAL_POST_DESIGN, ...POSTER];
const UI_UX = ['sadia-ui-ux-design-figma'];
const ILLUSTRATION = ['gul-rilli-hand-drawn-illustration'];
const AUTOCAD = ['kamran-house-plans-autocad'];
/** Every published gig of the design category. */
const DESIGN = [...GRAPHIC, ...UI_UX, ...ILLUSTRATION, ...AUTOCAD];
// Writing
const BLOG = ['fatima-urdu-blog-posts', 'shazia-travel-blog-northern-pakistan'];
const SEO_ARTICLES = ['fatima-seo-articles-urdu-english', 'shazia-content-writing-tourism-websites'];
/** Articles, blog posts and web copy for websites. */
const CONTENT = [...SEO_ARTICLES, ...BLOG];
const COPYWRITING = ['shazia-content-writing-tourism-websites'];
const CREATIVE = ['rabia-urdu-stories-creative-writing', 'shazia-travel-blog-northern-pakistan'];
/** Rabia writes memoirs and books for others (ghostwriting and book writing). */
const GHOSTWRITING = ['rabia-urdu-ghostwriting-memoirs'];
const PROOFREADING = ['rabia-urdu-proofreading-editing'];
// Marketing
const SOCIAL_MEDIA_MANAGEMENT = ['mehwish-social-media-management'];
const ADS = ['mehwish-facebook-instagram-ads', 'shehzad-digital-marketing-google-linkedin-ads'];
const SOCIAL_MEDIA_MARKETING = ['mehwish-social-media-management', 'mehwish-facebook-instagram-ads'];
/** Search engine optimisation, and the articles written for it. */
const SEO = ['mehwish-local-seo-digital-marketing', 'shehzad-seo-export-websites', ...SEO_ARTICLES];
const EMAIL_MARKETING = ['shehzad-email-marketing-exporters'];
const DIGITAL_MARKETING = ['mehwish-social-media-management', 'mehwish-facebook-instagram-ads', 'mehwish-local-seo-digital-marketing', 'shehzad-digital-marketing-google-linkedin-ads', 'shehzad-seo-export-websites', 'shehzad-email-marketing-exporters'];
const AFFILIATE = ['asma-affiliate-marketing-website'];
const E_COMMERCE = ['asma-daraz-shopify-store-management', 'faisal-woocommerce-online-store', 'faisal-shopify-store-setup'];
/** Every published gig of the marketing category. */
const MARKETING = [...DIGITAL_MARKETING, 'asma-daraz-shopify-store-management', ...AFFILIATE];
// Web and mobile
const WEB_DEVELOPMENT = ['bilal-react-node-web-development', 'bilal-wordpress-speed-and-fixes', 'naveed-laravel-web-app'];
const WORDPRESS_SITE = ['faisal-wordpress-website-small-business', 'faisal-woocommerce-online-store', 'zeeshan-wordpress-website-urdu'];
const WORDPRESS = ['bilal-wordpress-speed-and-fixes', ...WORDPRESS_SITE];
const SHOPIFY = ['faisal-shopify-store-setup', 'asma-daraz-shopify-store-management'];
const WEBSITE = [...WORDPRESS_SITE, 'faisal-shopify-store-setup'];
const FLUTTER = ['karim-flutter-mobile-app', 'karim-flutter-app-fixes-play-store'];
const MOBILE_APPS = [...FLUTTER, 'zeeshan-unity-game-development'];
const GAME = ['zeeshan-unity-game-development'];
const REACT = ['bilal-react-node-web-development', 'adeel-web3-dapp-frontend'];
const LARAVEL = ['naveed-laravel-web-app'];
// Data and AI
const DATA_ENTRY = ['imran-data-entry-excel-sheets', 'maryam-data-entry-online-forms', 'maryam-pdf-images-to-excel', 'sobia-data-entry-pdf-forms'];
const EXCEL = ['ali-excel-dashboards-cleanup', 'ali-python-data-cleaning-automation', 'imran-data-entry-excel-sheets', 'imran-excel-formulas-reports', 'imran-python-excel-automation', 'maryam-pdf-images-to-excel', 'sobia-data-entry-pdf-forms'];
const POWER_BI = ['ali-power-bi-sales-dashboards'];
const DATA_ANALYTICS = ['ali-excel-dashboards-cleanup', 'ali-python-data-cleaning-automation', 'ali-power-bi-sales-dashboards', 'imran-excel-formulas-reports', 'imran-python-excel-automation', 'farah-machine-learning-models-python'];
const PYTHON = ['ali-python-data-cleaning-automation', 'imran-python-excel-automation', 'farah-machine-learning-models-python', 'farah-ai-chatbot-urdu-english'];
const MACHINE_LEARNING = ['farah-machine-learning-models-python'];
const AI = ['farah-ai-chatbot-urdu-english', 'farah-machine-learning-models-python'];
// Blockchain, cloud
const SMART_CONTRACTS = ['hassan-solidity-smart-contracts', 'hassan-smart-contract-audit'];
const BLOCKCHAIN = [...SMART_CONTRACTS, 'adeel-web3-dapp-frontend'];
/** Usman's AWS and CI/CD gigs: each carries both cloud computing and DevOps. */
const CLOUD = ['usman-aws-setup-and-migration', 'usman-ci-cd-docker-pipelines'];
const CYBER_SECURITY = ['junaid-linux-server-hardening', 'junaid-hacked-website-cleanup'];
/** Junaid's server set-up and hacked-site clean-up carry the web hosting skill too. */
const WEB_HOSTING = CYBER_SECURITY;
// Video
const VIDEO_EDITING = ['sanaullah-youtube-video-editing', 'sanaullah-wedding-video-editing', 'amna-reels-video-editing'];
const YOUTUBE = ['sanaullah-youtube-video-editing', 'amna-reels-video-editing'];
const ANIMATION = ['amna-2d-explainer-animation'];
const VOICE_OVER = ['tahir-urdu-voice-over', 'tahir-balochi-voice-over'];
// Virtual assistance
const VIRTUAL_ASSISTANT = ['zainab-virtual-assistant-inbox-calendar', 'samina-online-shop-orders-whatsapp'];
const CUSTOMER_SUPPORT = ['zainab-virtual-assistant-inbox-calendar', 'samina-customer-support-urdu-pashto', 'samina-online-shop-orders-whatsapp'];
const BOOKKEEPING = ['ghulamrasool-quickbooks-bookkeeping'];
// Translation
const TRANSLATION = ['hamid-pashto-urdu-english-translation', 'hamid-pashto-urdu-subtitles', 'abdulwahab-english-urdu-translation', 'sobia-urdu-english-translation'];
const URDU_TYPING = ['abdulwahab-urdu-typing-inpage', 'abdulwahab-english-urdu-translation'];
const TRANSCRIPTION = ['hamid-pashto-urdu-subtitles', 'sobia-english-urdu-transcription'];
// Teaching
const TUTORING = ['nadia-o-a-level-maths-physics', 'waqar-matric-fsc-maths-english-tuition', 'hina-urdu-lessons-children-abroad'];
const MATHS_TUITION = ['nadia-o-a-level-maths-physics', 'waqar-matric-fsc-maths-english-tuition'];

export const QUERIES: readonly LabelledQuery[] = [
  // English, as a client types it.
  english('logo design', LOGO, "Ayesha's gig is written only in Urdu: the skill joins them"),
  english('graphic design', GRAPHIC),
  english('wordpress', WORDPRESS, "Zeeshan's WordPress gig is written in Urdu (ورڈپریس)"),
  english('wordpress website', WORDPRESS_SITE),
  english('video editing', VIDEO_EDITING),
  english('data entry', DATA_ENTRY),
  english('content writing', CONTENT),
  english('social media marketing', SOCIAL_MEDIA_MARKETING),
  english('shopify store', SHOPIFY),
  english('mobile app development', MOBILE_APPS),
  english('seo articles', SEO_ARTICLES),
  english('translation', TRANSLATION),
  english('urdu typing', URDU_TYPING),
  english('voice over', VOICE_OVER),
  english('bookkeeping', BOOKKEEPING),
  english('online tutoring', TUTORING),
  english('smart contracts', SMART_CONTRACTS),
  english('cyber security', CYBER_SECURITY),
  english('customer support', CUSTOMER_SUPPORT),
  english('ui ux design', UI_UX),
  english('house plans', AUTOCAD),
  english('email marketing', EMAIL_MARKETING),
  english('youtube videos', YOUTUBE),
  english('explainer video', ANIMATION),
  english('machine learning', MACHINE_LEARNING),
  english('blog writing', BLOG),
  english('proofreading', PROOFREADING),
  english('transcription', TRANSCRIPTION),
  english('virtual assistant', VIRTUAL_ASSISTANT),
  english('devops', CLOUD),
  english('game development', GAME),
  english('illustration', ILLUSTRATION),
  english('affiliate marketing', AFFILIATE),
  english('data analytics', DATA_ANALYTICS),
  english('digital marketing', DIGITAL_MARKETING),
  english('power bi dashboard', POWER_BI),
  english('aws migration', ['usman-aws-setup-and-migration']),
  english('google ads', ['shehzad-digital-marketing-google-linkedin-ads']),
  english('ai chatbot', ['farah-ai-chatbot-urdu-english']),
  english('flutter app', FLUTTER),
  english('pashto translation', ['hamid-pashto-urdu-english-translation', 'hamid-pashto-urdu-subtitles']),
  english('maths tuition', MATHS_TUITION, "Waqar's gig is in Urdu (ریاضی ٹیوشن)"),
  english('hacked website', ['junaid-hacked-website-cleanup']),
  english('woocommerce', ['faisal-woocommerce-online-store']),
  english('blockchain', BLOCKCHAIN),

  // Urdu script.
  urdu('لوگو ڈیزائن', LOGO),
  urdu('گرافک ڈیزائن', GRAPHIC),
  urdu('ویڈیو ایڈیٹنگ', VIDEO_EDITING, "Amna's gig is in English: the skill joins them"),
  urdu('ڈیٹا انٹری', DATA_ENTRY),
  urdu('کانٹینٹ رائٹنگ', CONTENT),
  urdu('ترجمہ', TRANSLATION),
  urdu('اردو ٹائپنگ', URDU_TYPING),
  urdu('وائس اوور', VOICE_OVER),
  urdu('سوشل میڈیا مینجمنٹ', SOCIAL_MEDIA_MANAGEMENT),
  urdu('سوشل میڈیا پوسٹ ڈیزائن', SOCIAL_POST_DESIGN),
  urdu('ویب سائٹ بنانا', WEBSITE),
  urdu('موبائل ایپ', MOBILE_APPS),
  urdu('آن لائن ٹیوشن', TUTORING),
  urdu('حساب کتاب', BOOKKEEPING),
  urdu('کسٹمر سپورٹ', CUSTOMER_SUPPORT),
  urdu('پوسٹر ڈیزائن', POSTER),
  urdu('ایس ای او', SEO),
  urdu('ڈیجیٹل مارکیٹنگ', DIGITAL_MARKETING),
  urdu('یوٹیوب ویڈیوز', YOUTUBE),
  urdu('اینیمیشن', ANIMATION),
  urdu('تخلیقی تحریر', CREATIVE),
  urdu('پروف ریڈنگ', PROOFREADING),
  urdu('ای کامرس', E_COMMERCE),
  urdu('مصنوعی ذہانت', AI),
  urdu('بلاگ رائٹنگ', BLOG),
  urdu('ٹرانسکرپشن', TRANSCRIPTION),
  urdu('سائبر سیکیورٹی', CYBER_SECURITY),
  urdu('گیم ڈویلپمنٹ', GAME),
  urdu('گھوسٹ رائٹنگ', GHOSTWRITING),
  urdu('ورچوئل اسسٹنٹ', VIRTUAL_ASSISTANT),
  urdu('ایکسل شیٹس', EXCEL),
  urdu('فیس بک اشتہارات', ['mehwish-facebook-instagram-ads']),
  urdu('شادی کی ویڈیو', ['sanaullah-wedding-video-editing']),
  urdu('اسمارٹ کنٹریکٹس', SMART_CONTRACTS),

  // Roman Urdu, beyond the taxonomy's listed spellings as well as with them.
  roman('logo banana', LOGO),
  roman('data entri', DATA_ENTRY),
  roman('content likhna', CONTENT),
  roman('tarjama', TRANSLATION),
  roman('tarjuma', TRANSLATION),
  roman('logo dizain', LOGO),
  roman('grafik dizain', GRAPHIC),
  roman('website banana', WEBSITE),
  roman('app banana', MOBILE_APPS),
  roman('blog likhna', BLOG),
  roman('kitab likhna', GHOSTWRITING),
  roman('hisab kitab', BOOKKEEPING),
  roman('video edit karna', VIDEO_EDITING),
  roman('urdu composing', URDU_TYPING),
  roman('mawad naweesi', CONTENT),
  roman('takhleeqi tehreer', CREATIVE),
  roman('online dukaan', E_COMMERCE),
  roman('ishtiharat', ADS),
  roman('data ka tajzia', DATA_ANALYTICS),
  roman('masnooi zehanat', AI),
  roman('tuition parhana', TUTORING),
  roman('poster banana', POSTER),
  roman('kahaniyan likhna', ['rabia-urdu-stories-creative-writing']),
  roman('awaz', VOICE_OVER),
  roman('urdu mein tarjuma', TRANSLATION),
  roman('ghar ka naqsha', AUTOCAD),

  // Urdu typed with Arabic code points (ي ك ه), harakat and tatweel.
  arabic('لوگو ڈیزائن', LOGO),
  arabic('گرافک ڈیزائن', GRAPHIC),
  arabic('ویڈیو ایڈیٹنگ', VIDEO_EDITING),
  arabic('ڈیٹا انٹری', DATA_ENTRY),
  arabic('کانٹینٹ رائٹنگ', CONTENT),
  arabic('ترجمہ', TRANSLATION),
  arabic('کسٹمر سپورٹ', CUSTOMER_SUPPORT),
  arabic('بک کیپنگ', BOOKKEEPING),
  arabic('حساب کتاب', BOOKKEEPING),
  arabic('ویب سائٹ بنانا', WEBSITE),
  arabic('یوٹیوب ویڈیوز', YOUTUBE),
  arabic('سوشل میڈیا مینجمنٹ', SOCIAL_MEDIA_MANAGEMENT),
  arabic('پوسٹر ڈیزائن', POSTER),
  arabic('آن لائن ٹیوشن', TUTORING),
  arabic('ایکسل شیٹس', EXCEL),
  arabic('شاپیفائی اسٹور', SHOPIFY),
  arabicAsWritten('تَرْجَمَہ', TRANSLATION, 'harakat (fatha, sukun)'),
  arabicAsWritten('اردو ٹائـپنگ', URDU_TYPING, 'a tatweel in ٹائپنگ'),
  arabicAsWritten('لوگـو ڈیـزائن', LOGO, 'tatweels'),
  arabicAsWritten('وائِس اووَر', VOICE_OVER, 'harakat (kasra, fatha)'),

  // Misspellings: they find what their correct spelling finds.
  typo('grafic design', 'graphic design', GRAPHIC),
  typo('logo desing', 'logo design', LOGO),
  typo('data entery', 'data entry', DATA_ENTRY),
  typo('video edting', 'video editing', VIDEO_EDITING),
  typo('content writting', 'content writing', CONTENT),
  typo('social media markiting', 'social media marketing', SOCIAL_MEDIA_MARKETING),
  typo('graphic desgin', 'graphic design', GRAPHIC),
  typo('wordpres', 'wordpress', WORDPRESS),
  typo('shopfy store', 'shopify store', SHOPIFY),
  typo('transalation', 'translation', TRANSLATION),
  typo('trancription', 'transcription', TRANSCRIPTION),
  typo('bookeeping', 'bookkeeping', BOOKKEEPING),
  typo('anmation', 'animation', ANIMATION),
  typo('youtub videos', 'youtube videos', YOUTUBE),
  typo('proofreding', 'proofreading', PROOFREADING),
  typo('virtual asistant', 'virtual assistant', VIRTUAL_ASSISTANT),
  typo('custmer support', 'customer support', CUSTOMER_SUPPORT),
  typo('ilustration', 'illustration', ILLUSTRATION),
  typo('web developmnt', 'web development', WEB_DEVELOPMENT),
  typo('smart contarcts', 'smart contracts', SMART_CONTRACTS),
  typo('cyber securty', 'cyber security', CYBER_SECURITY),
  typo('email markting', 'email marketing', EMAIL_MARKETING),
  typo('machine lerning', 'machine learning', MACHINE_LEARNING),
  typo('affiliate marketting', 'affiliate marketing', AFFILIATE),
  typo('گرافک ڈیزاین', 'گرافک ڈیزائن', GRAPHIC, 'ڈیزائن without its hamza'),
  typo('ویڈیو ایڈیٹینگ', 'ویڈیو ایڈیٹنگ', VIDEO_EDITING, 'a ی too many'),

  // Other forms of a word: the person who does the skill, plurals, past tenses.
  wordForm('logo designer', LOGO),
  wordForm('video editor', VIDEO_EDITING),
  wordForm('graphic designer', GRAPHIC),
  wordForm('web developer', WEB_DEVELOPMENT),
  wordForm('content writer', CONTENT),
  wordForm('translator', TRANSLATION),
  wordForm('logo designs', LOGO),
  wordForm('edited videos', VIDEO_EDITING),
  wordForm('blog writer', BLOG),
  wordForm('copywriter', COPYWRITING),
  wordForm('proofreader', PROOFREADING),
  wordForm('animator', ANIMATION),
  wordForm('illustrations', ILLUSTRATION),
  wordForm('app developer', MOBILE_APPS),
  wordForm('game developer', GAME),
  wordForm('data analyst', DATA_ANALYTICS),
  wordForm('tutor', TUTORING),
  wordForm('bookkeeper', BOOKKEEPING),
  wordForm('wordpress developer', WORDPRESS),
  wordForm('digital marketer', DIGITAL_MARKETING),
  wordForm('designing posters', POSTER),
  wordForm('translations', TRANSLATION),

  // One word of a skill's or category's name.
  singleWord('logo', LOGO),
  singleWord('لوگو', LOGO),
  singleWord('graphic', GRAPHIC),
  singleWord('گرافک', GRAPHIC),
  singleWord('ڈیزائن', DESIGN, 'the design category: every design gig'),
  singleWord('poster', POSTER),
  singleWord('پوسٹر', POSTER),
  singleWord('typing', URDU_TYPING),
  singleWord('ٹائپنگ', URDU_TYPING),
  singleWord('entry', DATA_ENTRY),
  singleWord('انٹری', DATA_ENTRY),
  singleWord('voice', VOICE_OVER),
  singleWord('youtube', YOUTUBE),
  singleWord('یوٹیوب', YOUTUBE),
  singleWord('security', CYBER_SECURITY),
  singleWord('contracts', SMART_CONTRACTS),
  singleWord('support', CUSTOMER_SUPPORT),
  singleWord('hosting', WEB_HOSTING),
  singleWord('editing', [...VIDEO_EDITING, ...PROOFREADING], 'video editing, and proofreading & editing'),
  singleWord('ایڈیٹنگ', [...VIDEO_EDITING, ...PROOFREADING], 'video editing, and proofreading & editing'),
  singleWord('shopify', SHOPIFY),
  singleWord('affiliate', AFFILIATE),
  singleWord('marketing', MARKETING, 'the marketing category: every marketing gig'),
  singleWord('مارکیٹنگ', MARKETING, 'the marketing category: every marketing gig'),

  // Spaces, zero-width non-joiners, case and punctuation.
  spacing('word press', WORDPRESS),
  spacing('WORDPRESS', WORDPRESS),
  spacing('data-entry', DATA_ENTRY),
  spacing('LOGO DESIGN', LOGO),
  spacing('Video-Editing', VIDEO_EDITING),
  spacing('e commerce', E_COMMERCE),
  spacing('ecommerce', E_COMMERCE),
  spacing('voiceover', VOICE_OVER),
  spacing('you tube', YOUTUBE),
  spacing('ui/ux', UI_UX),
  spacing('uiux', UI_UX),
  spacing('powerbi', POWER_BI),
  spacing('لوگو\u200cڈیزائن', LOGO, 'a zero-width non-joiner instead of the space'),
  spacing('ڈیٹاانٹری', DATA_ENTRY, 'no space'),
  spacing('ورڈ پریس', WORDPRESS),
  spacing('ویب\u200cسائٹ', WEBSITE, 'a zero-width non-joiner instead of the space'),
  spacing('customer-support', CUSTOMER_SUPPORT),
  spacing('copy writing', COPYWRITING),
  spacing('proof reading', PROOFREADING),
  spacing('book keeping', BOOKKEEPING),
  spacing('Smart-Contracts', SMART_CONTRACTS),
  spacing('Data Entry!', DATA_ENTRY),
  spacing('  video   editing  ', VIDEO_EDITING),

  // The other script of a loanword, beyond the taxonomy's names.
  transliteration('ورڈپریس', WORDPRESS, 'three of the four WordPress gigs are in English'),
  transliteration('پائتھن', PYTHON, "three of the four Python gigs are in English; Imran's Urdu one says پائتھن"),
  transliteration('ایکسل', EXCEL, 'Ali and Sobia write Excel in English'),
  transliteration('python', PYTHON, "Imran's Urdu gig says پائتھن"),
  transliteration('excel', EXCEL, "Imran's and Maryam's Urdu gigs say ایکسل"),
  transliteration('شاپیفائی', SHOPIFY, "Faisal's Shopify gig is in English"),
  transliteration('فلٹر ایپ', FLUTTER),
  transliteration('ری ایکٹ', REACT),
  transliteration('لاراول', LARAVEL),
  transliteration('فگما', UI_UX),
  transliteration('quickbooks', BOOKKEEPING, 'the gig is in Urdu: کوئیک بکس'),
  transliteration('پاور بی آئی', POWER_BI),
  transliteration('ڈوکر', ['usman-ci-cd-docker-pipelines']),
  transliteration('لینکس', ['junaid-linux-server-hardening']),
  transliteration('instagram', ['ayesha-social-media-posts', 'mehwish-social-media-management', 'mehwish-facebook-instagram-ads', 'uzma-social-media-post-design', 'amna-reels-video-editing'], 'the Urdu gigs say انسٹاگرام'),
  transliteration('inpage', ['abdulwahab-urdu-typing-inpage'], 'the gig says ان پیج'),
  transliteration('daraz', ['asma-daraz-shopify-store-management'], 'the gig says دراز'),
  transliteration('thumbnail', ['sanaullah-youtube-video-editing'], 'the gig says تھمب نیل'),

  // An unfinished last word, as the page works while people type.
  prefix('graph', GRAPHIC),
  prefix('logo des', LOGO),
  prefix('wordp', WORDPRESS),
  prefix('video edi', VIDEO_EDITING),
  prefix('data ent', DATA_ENTRY),
  prefix('transl', TRANSLATION),
  prefix('shopi', SHOPIFY),
  prefix('anim', ANIMATION),
  prefix('bookk', BOOKKEEPING),
  prefix('proofr', PROOFREADING),
  prefix('لوگو ڈیز', LOGO),
  prefix('ویڈیو ایڈ', VIDEO_EDITING),
  prefix('گرافک ڈیز', GRAPHIC),
  prefix('ترج', TRANSLATION),
  prefix('cyber sec', CYBER_SECURITY),
  prefix('smart cont', SMART_CONTRACTS),
  prefix('youtu', YOUTUBE),
  prefix('illus', ILLUSTRATION),
  prefix('autoc', AUTOCAD),
  prefix('copywr', COPYWRITING),
  prefix('customer sup', CUSTOMER_SUPPORT),
  prefix('transcr', TRANSCRIPTION),
];
