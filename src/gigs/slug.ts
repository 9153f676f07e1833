// Readable gig addresses: /g/<slug>, the slug made from the title (docs/decisions/0038). Latin words
// are kept (accents dropped); Urdu is transliterated letter by letter with the table below, and a few
// very common words are written as Pakistanis spell them in Roman Urdu and in English loanwords
// (../shared/reference/pakistan-locale.md §6: "logo design", "web development", "tarjuma").
// Pure: no I/O. The service adds "-2", "-3" ... when another gig has the slug.
//
// Invariants (slug.test.ts):
// - a slug matches ^[a-z0-9]+(-[a-z0-9]+)*$ and is at most SLUG_MAX characters, suffix included
//   (the gigs.slug CHECK of 0003_gigs.ts allows 80);
// - the same title always gives the same slug; a title with nothing to write gives "gig".

import { CITIES } from '../taxonomy/data.ts';

/** The longest base a title gives, so that "-99" still fits well inside the column's 80. */
export const SLUG_BASE_MAX = 60;
export const SLUG_MAX = 72;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Urdu letters in Latin. Vowels written as letters (ا و ی ے) and the contextual ones are handled in transliterateWord. */
const LETTERS: Readonly<Record<string, string>> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ث: 's',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ڈ: 'd',
  ذ: 'z',
  ر: 'r',
  ڑ: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
  ھ: 'h',
  ے: 'e',
  ۓ: 'e',
  ؤ: 'o',
  ۂ: 'a',
  ة: 'a',
  آ: 'aa',
  ا: 'a',
  أ: 'a',
  إ: 'i',
  ء: '',
  // Short vowels, when the writer added them (گِگ → gig), and the superscript alef.
  '\u064E': 'a',
  '\u0650': 'i',
  '\u064F': 'u',
  '\u0670': 'a',
};

/** Whole words whose letter-by-letter reading would look wrong: common words and loanwords in gig titles. */
const WORDS: Readonly<Record<string, string>> = {
  اردو: 'urdu',
  انگریزی: 'angrezi',
  اور: 'aur',
  میں: 'mein',
  کا: 'ka',
  کی: 'ki',
  کے: 'ke',
  کو: 'ko',
  سے: 'se',
  پر: 'par',
  ہے: 'hai',
  ہیں: 'hain',
  لیے: 'liye',
  آپ: 'aap',
  ہنر: 'hunar',
  پاکستان: 'pakistan',
  لوگو: 'logo',
  پوسٹر: 'poster',
  ڈیزائن: 'design',
  ڈیزائننگ: 'designing',
  ویب: 'web',
  سائٹ: 'site',
  ویڈیو: 'video',
  ویڈیوز: 'videos',
  یوٹیوب: 'youtube',
  ایڈیٹنگ: 'editing',
  رائٹنگ: 'writing',
  مارکیٹنگ: 'marketing',
  ڈیجیٹل: 'digital',
  ڈویلپمنٹ: 'development',
  سوشل: 'social',
  میڈیا: 'media',
  ایپ: 'app',
  ڈیٹا: 'data',
  انٹری: 'entry',
  ترجمہ: 'tarjuma',
  ٹیوشن: 'tuition',
  آن: 'on',
  لائن: 'line',
};

/** Pakistan's cities by their Urdu name (one-word names; src/taxonomy/data.ts), as their English slug. */
const CITY_WORDS: ReadonlyMap<string, string> = new Map(CITIES.filter((c) => !c.ur.includes(' ')).map((c) => [c.ur, c.slug]));

/** Arabic letter forms and digits folded to the Urdu ones and ASCII, tatweel and other marks dropped. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ه/g, 'ہ')
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u0640\u0651\u0652\u064B-\u064D\u0653-\u065F]/g, '');
}

const isUrduLetter = (ch: string | undefined) => ch !== undefined && /[\u0600-\u06FF]/.test(ch);

/** One Urdu word in Latin letters. */
export function transliterateWord(word: string): string {
  const known = WORDS[word] ?? CITY_WORDS.get(word);
  if (known) return known;
  const chars = [...word];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const first = i === 0;
    const last = i === chars.length - 1;
    if (ch === 'و') out += first ? 'w' : 'o';
    else if (ch === 'ی') out += first || next === 'ا' || next === 'و' ? 'y' : 'i';
    else if (ch === 'ئ') out += next === 'ی' || next === 'ے' ? '' : 'i';
    else if (ch === 'ہ') out += !first && last ? 'a' : 'h';
    else if (ch === 'ع') out += first ? 'a' : '';
    else out += LETTERS[ch] ?? (isUrduLetter(ch) ? '' : ch);
  }
  return out;
}

/** A title in Latin letters: Urdu words transliterated, Latin kept, accents dropped, lower case. */
export function transliterate(title: string): string {
  return fold(title)
    .split(/(\s+|[\u060C\u06D4\u061F\u061B])/)
    .map((part) => part.replace(/[\u0600-\u06FF]+/g, (w) => ` ${transliterateWord(w)} `))
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The slug a title gives, before any suffix: its words joined by hyphens, at most SLUG_BASE_MAX characters. */
export function slugFor(title: string): string {
  const words = transliterate(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let base = words;
  if (base.length > SLUG_BASE_MAX) {
    base = base.slice(0, SLUG_BASE_MAX + 1);
    // Cut at a word boundary when there is one.
    base = base.includes('-') ? base.slice(0, base.lastIndexOf('-')) : base.slice(0, SLUG_BASE_MAX);
  }
  return base.replace(/-+$/g, '') || 'gig';
}

/** The n-th slug of a base: the base itself, then base-2, base-3 ... */
export function numberedSlug(base: string, n: number): string {
  return n <= 1 ? base : `${base}-${n}`;
}

/** The first numbered slug of `base` that is not in `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const slug = numberedSlug(base, n);
    if (!taken.has(slug)) return slug;
  }
}
