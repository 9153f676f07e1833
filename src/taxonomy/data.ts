// Reference data every form and search uses: provinces, cities, the bilingual skill taxonomy and the
// languages people speak. Source: ../shared/reference/pakistan-locale.md (§1 provinces, §2 cities,
// §6 skills). syncReferenceData (service.ts) copies cities, categories and skills into their tables.
// "proposed" below means our own spelling, with no source behind it: review it with native readers.

export interface Province {
  slug: string;
  en: string;
  ur: string;
}

export interface City {
  slug: string;
  en: string;
  ur: string;
  /** Other Urdu spellings seen in sources: search should match them too (pakistan-locale.md §2). */
  urAlt?: readonly string[];
  province: string;
}

export interface SkillCategory {
  slug: string;
  en: string;
  ur: string;
  urAlt?: readonly string[];
  position: number;
}

export interface Skill {
  slug: string;
  category: string;
  en: string;
  ur: string;
  urAlt?: readonly string[];
  /** Roman-Urdu (and plain English) spellings people type; all proposed, offered as search synonyms. */
  romanUr: readonly string[];
}

export interface Language {
  /** ISO 639 code (639-1 where one exists, else 639-2/639-3): stored in profiles.languages. */
  slug: string;
  en: string;
  ur: string;
}

// §1. Whether GB and AJK are called provinces is a sensitive naming choice, so the UI says
// "province or territory" (صوبہ یا علاقہ) and lists them all.
export const PROVINCES = [
  { slug: 'punjab', en: 'Punjab', ur: 'پنجاب' },
  { slug: 'sindh', en: 'Sindh', ur: 'سندھ' },
  { slug: 'khyber-pakhtunkhwa', en: 'Khyber Pakhtunkhwa', ur: 'خیبر پختونخوا' },
  { slug: 'balochistan', en: 'Balochistan', ur: 'بلوچستان' },
  { slug: 'gilgit-baltistan', en: 'Gilgit-Baltistan', ur: 'گلگت بلتستان' },
  { slug: 'azad-kashmir', en: 'Azad Jammu and Kashmir', ur: 'آزاد جموں و کشمیر' },
  // The territory's own Urdu name is unconfirmed (§1); the city's name is sourced.
  { slug: 'ict', en: 'Islamabad Capital Territory', ur: 'اسلام آباد' },
] as const satisfies readonly Province[];

export type ProvinceSlug = (typeof PROVINCES)[number]['slug'];

// §2: all 42 cities, in the reference file's order, then four smaller places (see below).
export const CITIES: readonly (City & { province: ProvinceSlug })[] = [
  { slug: 'karachi', en: 'Karachi', ur: 'کراچی', province: 'sindh' },
  { slug: 'lahore', en: 'Lahore', ur: 'لاہور', province: 'punjab' },
  { slug: 'faisalabad', en: 'Faisalabad', ur: 'فیصل آباد', province: 'punjab' },
  { slug: 'rawalpindi', en: 'Rawalpindi', ur: 'راولپنڈی', province: 'punjab' },
  { slug: 'islamabad', en: 'Islamabad', ur: 'اسلام آباد', province: 'ict' },
  { slug: 'multan', en: 'Multan', ur: 'ملتان', province: 'punjab' },
  { slug: 'hyderabad', en: 'Hyderabad', ur: 'حیدرآباد', province: 'sindh' },
  { slug: 'peshawar', en: 'Peshawar', ur: 'پشاور', province: 'khyber-pakhtunkhwa' },
  { slug: 'quetta', en: 'Quetta', ur: 'کوئٹہ', province: 'balochistan' },
  { slug: 'gujranwala', en: 'Gujranwala', ur: 'گوجرانوالہ', urAlt: ['گوجرانوالا'], province: 'punjab' },
  { slug: 'sialkot', en: 'Sialkot', ur: 'سیالکوٹ', province: 'punjab' },
  { slug: 'bahawalpur', en: 'Bahawalpur', ur: 'بہاولپور', province: 'punjab' },
  { slug: 'sargodha', en: 'Sargodha', ur: 'سرگودھا', province: 'punjab' },
  { slug: 'sukkur', en: 'Sukkur', ur: 'سکھر', province: 'sindh' },
  { slug: 'larkana', en: 'Larkana', ur: 'لاڑکانہ', province: 'sindh' },
  { slug: 'sahiwal', en: 'Sahiwal', ur: 'ساہیوال', province: 'punjab' },
  { slug: 'rahim-yar-khan', en: 'Rahim Yar Khan', ur: 'رحیم یار خان', province: 'punjab' },
  { slug: 'dera-ghazi-khan', en: 'Dera Ghazi Khan', ur: 'ڈیرہ غازی خان', province: 'punjab' },
  { slug: 'sheikhupura', en: 'Sheikhupura', ur: 'شیخوپورہ', province: 'punjab' },
  { slug: 'jhang', en: 'Jhang', ur: 'جھنگ', province: 'punjab' },
  { slug: 'gujrat', en: 'Gujrat', ur: 'گجرات', province: 'punjab' },
  { slug: 'kasur', en: 'Kasur', ur: 'قصور', province: 'punjab' },
  { slug: 'okara', en: 'Okara', ur: 'اوکاڑہ', urAlt: ['اوکاڑا'], province: 'punjab' },
  { slug: 'jhelum', en: 'Jhelum', ur: 'جہلم', province: 'punjab' },
  { slug: 'khanewal', en: 'Khanewal', ur: 'خانیوال', province: 'punjab' },
  { slug: 'nawabshah', en: 'Nawabshah (Shaheed Benazirabad)', ur: 'نوابشاہ', province: 'sindh' },
  { slug: 'mirpur-khas', en: 'Mirpur Khas', ur: 'میرپور خاص', province: 'sindh' },
  { slug: 'shikarpur', en: 'Shikarpur', ur: 'شکارپور', province: 'sindh' }, // one source only
  { slug: 'dadu', en: 'Dadu', ur: 'دادو', province: 'sindh' }, // one source only
  { slug: 'jacobabad', en: 'Jacobabad', ur: 'جیکب آباد', province: 'sindh' }, // one source only
  { slug: 'mardan', en: 'Mardan', ur: 'مردان', province: 'khyber-pakhtunkhwa' }, // one source only
  { slug: 'nowshera', en: 'Nowshera', ur: 'نوشہرہ', province: 'khyber-pakhtunkhwa' },
  { slug: 'kohat', en: 'Kohat', ur: 'کوہاٹ', province: 'khyber-pakhtunkhwa' }, // one source only
  { slug: 'abbottabad', en: 'Abbottabad', ur: 'ایبٹ آباد', province: 'khyber-pakhtunkhwa' }, // one source only
  { slug: 'mansehra', en: 'Mansehra', ur: 'مانسہرہ', province: 'khyber-pakhtunkhwa' }, // one source only
  { slug: 'chitral', en: 'Chitral', ur: 'چترال', province: 'khyber-pakhtunkhwa' }, // one source only
  { slug: 'swat', en: 'Swat', ur: 'سوات', province: 'khyber-pakhtunkhwa' }, // one source only
  { slug: 'turbat', en: 'Turbat', ur: 'تربت', province: 'balochistan' },
  { slug: 'khuzdar', en: 'Khuzdar', ur: 'خضدار', province: 'balochistan' }, // one source only
  { slug: 'loralai', en: 'Loralai', ur: 'لورالائی', province: 'balochistan' }, // one source only
  { slug: 'gilgit', en: 'Gilgit', ur: 'گلگت', province: 'gilgit-baltistan' }, // one source only
  { slug: 'muzaffarabad', en: 'Muzaffarabad', ur: 'مظفر آباد', urAlt: ['مظفرآباد'], province: 'azad-kashmir' },
  // Smaller places beyond §2, so rural freelancers have a home in the list. Rawalakot is in the
  // pakdatakit place list (§2 note); all four Urdu spellings are proposed (no source captured).
  { slug: 'tharparkar', en: 'Tharparkar', ur: 'تھرپارکر', province: 'sindh' }, // Urdu proposed
  { slug: 'hunza', en: 'Hunza', ur: 'ہنزہ', province: 'gilgit-baltistan' }, // Urdu proposed
  { slug: 'skardu', en: 'Skardu', ur: 'سکردو', province: 'gilgit-baltistan' }, // Urdu proposed
  { slug: 'rawalakot', en: 'Rawalakot', ur: 'راولاکوٹ', province: 'azad-kashmir' }, // Urdu proposed
];

/**
 * Small towns and rural districts in CITIES (our own grouping, not from a source): the demo data
 * puts freelancers here so that the marketplace is not only the big cities.
 */
export const SMALL_TOWNS_AND_RURAL_DISTRICTS: ReadonlySet<string> = new Set([
  'chitral',
  'swat',
  'mansehra',
  'dadu',
  'jacobabad',
  'shikarpur',
  'tharparkar',
  'loralai',
  'khuzdar',
  'turbat',
  'hunza',
  'skardu',
  'rawalakot',
]);

// §6 categories. Category names are our choice (proposed) built from the loanwords §6 sources use
// ("گرافک ڈیزائن", "کانٹینٹ رائٹنگ", "ڈیجیٹل مارکیٹنگ", "ویب ڈویلپمنٹ", "ویڈیو ایڈیٹنگ" in [S1]);
// ترجمہ is in [S1]. urAlt lists the plain-Urdu words people may search for instead.
export const SKILL_CATEGORIES = [
  { slug: 'design', en: 'Design', ur: 'ڈیزائن', position: 1 }, // proposed
  { slug: 'writing', en: 'Writing', ur: 'رائٹنگ', urAlt: ['تحریر', 'لکھائی'], position: 2 }, // proposed
  { slug: 'marketing', en: 'Marketing', ur: 'مارکیٹنگ', position: 3 }, // proposed
  { slug: 'web-mobile', en: 'Web & mobile development', ur: 'ویب اور موبائل ڈویلپمنٹ', position: 4 }, // proposed
  { slug: 'data-ai', en: 'Data & AI', ur: 'ڈیٹا اور مصنوعی ذہانت', position: 5 }, // proposed
  { slug: 'blockchain', en: 'Blockchain', ur: 'بلاک چین', position: 6 }, // proposed
  { slug: 'cloud', en: 'Cloud & DevOps', ur: 'کلاؤڈ اور ڈیو آپس', position: 7 }, // proposed
  { slug: 'video', en: 'Video & animation', ur: 'ویڈیو اور اینیمیشن', position: 8 }, // proposed
  { slug: 'virtual-assistance', en: 'Virtual assistance', ur: 'ورچوئل اسسٹنس', urAlt: ['ذاتی معاونت'], position: 9 }, // proposed
  { slug: 'translation', en: 'Translation', ur: 'ترجمہ', position: 10 }, // [S1]
  { slug: 'teaching', en: 'Teaching & tutoring', ur: 'تدریس', urAlt: ['ٹیوشن', 'پڑھانا'], position: 11 }, // proposed
] as const satisfies readonly SkillCategory[];

export type CategorySlug = (typeof SKILL_CATEGORIES)[number]['slug'];

// §6, all 51 rows in order. The Urdu forms with a source there are marked [S1]/[S2]/[S3]; the rest
// are proposed in the reference file itself. Every Roman-Urdu spelling is proposed (§6: "there is
// no standard"); they are search synonyms, not display names.
export const SKILLS: readonly (Skill & { category: CategorySlug })[] = [
  { slug: 'logo-design', category: 'design', en: 'Logo design', ur: 'لوگو ڈیزائن', romanUr: ['logo design', 'logo dizain'] },
  { slug: 'graphic-design', category: 'design', en: 'Graphic design', ur: 'گرافک ڈیزائن', urAlt: ['گرافک ڈیزائننگ'], romanUr: ['graphic designing', 'grafik dizain'] }, // [S1] [S2]
  { slug: 'social-media-design', category: 'design', en: 'Social media post design', ur: 'سوشل میڈیا ڈیزائن', romanUr: ['social media design'] }, // [S1]
  { slug: 'poster-design', category: 'design', en: 'Poster / flyer design', ur: 'پوسٹر ڈیزائن', romanUr: ['poster design'] },
  { slug: 'ui-ux-design', category: 'design', en: 'UI/UX design', ur: 'یو آئی / یو ایکس ڈیزائن', romanUr: ['ui ux design'] },
  { slug: 'illustration', category: 'design', en: 'Illustration', ur: 'السٹریشن', romanUr: ['illustration'] },
  { slug: 'autocad-drafting', category: 'design', en: 'AutoCAD drafting', ur: 'آٹو کیڈ ڈرافٹنگ', romanUr: ['autocad drafting'] },
  { slug: 'content-writing', category: 'writing', en: 'Content writing', ur: 'کانٹینٹ رائٹنگ', romanUr: ['content writing', 'mawad naweesi'] }, // [S1]
  { slug: 'blog-writing', category: 'writing', en: 'Blog writing', ur: 'بلاگ رائٹنگ', urAlt: ['بلاگ پوسٹ'], romanUr: ['blog writing', 'blog likhna'] },
  { slug: 'copywriting', category: 'writing', en: 'Copywriting (web copy)', ur: 'کاپی رائٹنگ', urAlt: ['ویب کاپی'], romanUr: ['copywriting'] },
  { slug: 'seo-articles', category: 'writing', en: 'SEO articles', ur: 'ایس ای او آرٹیکلز', romanUr: ['seo articles'] }, // [S1]
  { slug: 'creative-writing', category: 'writing', en: 'Creative writing', ur: 'تخلیقی تحریر', romanUr: ['takhleeqi tehreer', 'creative writing'] },
  { slug: 'ghostwriting', category: 'writing', en: 'Ghostwriting', ur: 'گھوسٹ رائٹنگ', romanUr: ['ghost writing'] },
  { slug: 'book-writing', category: 'writing', en: 'Book / long-form writing', ur: 'تصانیف لکھنا', romanUr: ['kitab likhna'] }, // [S2]
  { slug: 'proofreading', category: 'writing', en: 'Proofreading & editing', ur: 'پروف ریڈنگ', romanUr: ['proof reading'] },
  { slug: 'digital-marketing', category: 'marketing', en: 'Digital marketing', ur: 'ڈیجیٹل مارکیٹنگ', romanUr: ['digital marketing'] }, // [S1] [S2]
  { slug: 'seo', category: 'marketing', en: 'SEO', ur: 'ایس ای او (سرچ انجن آپٹیمائزیشن)', urAlt: ['ایس ای او', 'سرچ انجن اوپٹیمائزیشن'], romanUr: ['seo', 'search engine optimization'] }, // [S2]
  { slug: 'social-media-management', category: 'marketing', en: 'Social media management', ur: 'سوشل میڈیا مینجمنٹ', romanUr: ['social media management'] }, // [S1]
  { slug: 'advertising', category: 'marketing', en: 'Advertising / paid ads', ur: 'ایڈورٹائزنگ', urAlt: ['اشتہارات'], romanUr: ['advertising', 'ishtiharat'] }, // [S1]
  { slug: 'affiliate-marketing', category: 'marketing', en: 'Affiliate marketing', ur: 'ایفیلیئٹ مارکیٹنگ', romanUr: ['affiliate marketing'] },
  { slug: 'email-marketing', category: 'marketing', en: 'Email marketing', ur: 'ای میل مارکیٹنگ', romanUr: ['email marketing'] },
  { slug: 'e-commerce', category: 'marketing', en: 'E-commerce management', ur: 'ای کامرس', romanUr: ['e-commerce', 'online dukaan'] }, // [S2]
  { slug: 'web-development', category: 'web-mobile', en: 'Web development', ur: 'ویب ڈویلپمنٹ', romanUr: ['web development', 'web developmint'] }, // [S1] [S3]
  { slug: 'website-building', category: 'web-mobile', en: 'Website building', ur: 'ویب سائٹ بنانا', romanUr: ['website banana'] }, // [S1] [S2]
  { slug: 'wordpress', category: 'web-mobile', en: 'WordPress', ur: 'ورڈپریس', romanUr: ['wordpress'] }, // [S1]
  { slug: 'shopify', category: 'web-mobile', en: 'Shopify store setup', ur: 'شاپیفائی اسٹور', romanUr: ['shopify store'] },
  { slug: 'mobile-apps', category: 'web-mobile', en: 'Mobile app development', ur: 'موبائل ایپ ڈویلپمنٹ', romanUr: ['mobile app development', 'app banana'] },
  { slug: 'software-development', category: 'web-mobile', en: 'Software development', ur: 'سافٹ ویئر ڈویلپمنٹ', romanUr: ['software development'] },
  { slug: 'game-development', category: 'web-mobile', en: 'Game development', ur: 'گیم ڈویلپمنٹ', romanUr: ['game development'] },
  { slug: 'data-entry', category: 'data-ai', en: 'Data entry', ur: 'ڈیٹا انٹری', romanUr: ['data entry'] },
  { slug: 'data-analytics', category: 'data-ai', en: 'Data analytics', ur: 'ڈیٹا اینالیٹکس', urAlt: ['ڈیٹا کا تجزیہ'], romanUr: ['data analytics', 'data ka tajzia'] },
  { slug: 'excel', category: 'data-ai', en: 'Excel / spreadsheets', ur: 'ایکسل شیٹس', romanUr: ['excel sheets'] },
  { slug: 'business-intelligence', category: 'data-ai', en: 'Business intelligence', ur: 'بزنس انٹیلیجنس', romanUr: ['business intelligence'] },
  { slug: 'ai-ml', category: 'data-ai', en: 'AI / machine learning', ur: 'مصنوعی ذہانت (اے آئی)', urAlt: ['مصنوعی ذہانت', 'اے آئی'], romanUr: ['masnooi zehanat', 'AI'] },
  { slug: 'blockchain-development', category: 'blockchain', en: 'Blockchain development', ur: 'بلاک چین ڈویلپمنٹ', romanUr: ['blockchain development'] },
  { slug: 'smart-contracts', category: 'blockchain', en: 'Smart contracts', ur: 'اسمارٹ کنٹریکٹس', romanUr: ['smart contracts'] },
  { slug: 'cloud-computing', category: 'cloud', en: 'Cloud computing (AWS, Azure, GCP)', ur: 'کلاؤڈ کمپیوٹنگ', romanUr: ['cloud computing'] },
  { slug: 'devops', category: 'cloud', en: 'DevOps', ur: 'ڈیو آپس', romanUr: ['devops'] },
  { slug: 'cyber-security', category: 'cloud', en: 'Cyber security', ur: 'سائبر سیکیورٹی', romanUr: ['cyber security'] },
  { slug: 'web-hosting', category: 'cloud', en: 'Web hosting / servers', ur: 'ویب ہوسٹنگ', romanUr: ['web hosting'] },
  { slug: 'video-editing', category: 'video', en: 'Video editing', ur: 'ویڈیو ایڈیٹنگ', romanUr: ['video editing'] }, // [S1]
  { slug: 'youtube-videos', category: 'video', en: 'YouTube videos', ur: 'یوٹیوب ویڈیوز', romanUr: ['youtube videos'] }, // [S1]
  { slug: 'animation', category: 'video', en: 'Animation', ur: 'اینیمیشن', romanUr: ['animation'] },
  { slug: 'voice-over', category: 'video', en: 'Voice-over', ur: 'وائس اوور', romanUr: ['voice over', 'awaz'] },
  { slug: 'virtual-assistant', category: 'virtual-assistance', en: 'Virtual assistant', ur: 'ورچوئل اسسٹنٹ', urAlt: ['ذاتی معاون'], romanUr: ['virtual assistant', 'VA'] }, // ذاتی معاون [S3]
  { slug: 'customer-support', category: 'virtual-assistance', en: 'Customer support', ur: 'کسٹمر سپورٹ', romanUr: ['customer support'] },
  { slug: 'bookkeeping', category: 'virtual-assistance', en: 'Bookkeeping (QuickBooks)', ur: 'بک کیپنگ', urAlt: ['حساب کتاب'], romanUr: ['bookkeeping', 'hisab kitab'] },
  { slug: 'translation', category: 'translation', en: 'Translation', ur: 'ترجمہ', romanUr: ['tarjuma', 'translation'] }, // [S1]
  { slug: 'urdu-typing', category: 'translation', en: 'Urdu typing / composing', ur: 'اردو ٹائپنگ', romanUr: ['urdu typing', 'urdu composing'] }, // [S1]
  { slug: 'transcription', category: 'translation', en: 'Transcription', ur: 'ٹرانسکرپشن', romanUr: ['transcription'] },
  { slug: 'online-tutoring', category: 'teaching', en: 'Online tutoring', ur: 'آن لائن ٹیوشن', romanUr: ['online tuition'] },
];

// Languages offered in onboarding ("languages you speak"): the country's main languages plus the
// two foreign ones clients most often ask for. Urdu names are the common spellings (proposed).
export const LANGUAGES = [
  { slug: 'ur', en: 'Urdu', ur: 'اردو' },
  { slug: 'en', en: 'English', ur: 'انگریزی' },
  { slug: 'pa', en: 'Punjabi', ur: 'پنجابی' },
  { slug: 'sd', en: 'Sindhi', ur: 'سندھی' },
  { slug: 'ps', en: 'Pashto', ur: 'پشتو' },
  { slug: 'bal', en: 'Balochi', ur: 'بلوچی' },
  { slug: 'skr', en: 'Saraiki', ur: 'سرائیکی' },
  { slug: 'hno', en: 'Hindko', ur: 'ہندکو' },
  { slug: 'brh', en: 'Brahui', ur: 'براہوی' },
  { slug: 'scl', en: 'Shina', ur: 'شینا' },
  { slug: 'bft', en: 'Balti', ur: 'بلتی' },
  { slug: 'ks', en: 'Kashmiri', ur: 'کشمیری' },
  { slug: 'ar', en: 'Arabic', ur: 'عربی' },
  { slug: 'zh', en: 'Chinese', ur: 'چینی' },
] as const satisfies readonly Language[];

export type LanguageSlug = (typeof LANGUAGES)[number]['slug'];
