// A phonetic key shared by Urdu script and Latin letters, so that a loanword meets itself across
// scripts without the taxonomy: "wordpress" and "ورڈپریس" both read "rdprs", "python" and "پائتھن"
// "ptn", "excel" and "ایکسل" "ksl", "tarjama" and "ترجمہ" "trjm" (docs/decisions/0042).
//
// The key is a consonant skeleton in a small common alphabet: vowels are dropped in both scripts
// (Urdu writes most short vowels not at all, and ا و ی ے stand for vowels as often as for
// consonants), and so are h, w, v and y (ہ ھ ح و ی), which each script writes where the other does
// not (the h of "python", the aspirate ھ of "پائتھن", the و of "لوگو"). Letters that sound alike
// share one symbol: ت ٹ ط t → t; ث س ص ش ز ذ ض ظ ژ s z → s; ک ق خ k q c → k; گ غ g → g; د ڈ → d;
// ر ڑ → r. English spellings are read as they sound first: ph → f, ch → چ, ck → k, tion/sion → sn,
// c and g before e/i/y → s and j ("excel", "page", "digital"), x → ks, ign → in ("design" has no g
// to hear). Runs of one letter count once ("wordpress" has one s).
//
// Pure: no I/O. The SQL twin hunar_phonetic() in src/db/migrations/0038_search_documents_faster.ts applies
// the same rules to indexed text, and search.int.test.ts checks that both give the same key for
// every word of the vocabulary.
//
// Invariants (phonetic.test.ts):
// - the key holds only b c d f g j k l m n p r s t and digits; the same for a word in either script
//   when both are spelt as they sound;
// - keys are computed on normalised words (normalize.ts): lowercase, Urdu letters for Arabic ones,
//   no harakat;
// - a word whose key is shorter than PHONETIC_MIN is given no key (too many words would share it).

/** Keys shorter than this are not indexed nor searched ("logo" → "lg" would meet "lag", "leg", "لگ"). */
export const PHONETIC_MIN = 3;

/**
 * English spellings read as they sound: plain replacements, applied in this order to a Latin word
 * (lowercase), before the letters are mapped one by one (LATIN_LETTERS). Plain so that the SQL twin
 * runs them with replace(), far cheaper than regular expressions.
 */
export const LATIN_SPELLINGS: readonly (readonly [string, string])[] = [
  ['tion', 'sn'],
  ['sion', 'sn'],
  ['ign', 'in'],
  ['ph', 'f'],
  ['ch', 'C'],
  ['ck', 'k'],
  ['x', 'ks'],
  ['ce', 'se'],
  ['ci', 'si'],
  ['cy', 'sy'],
  ['ge', 'je'],
  ['gi', 'ji'],
  ['gy', 'jy'],
];

/** Latin letters left after the spellings: c q → k, z → s; vowels and h w v y dropped (''). */
export const LATIN_LETTERS: Readonly<Record<string, string>> = { c: 'k', q: 'k', z: 's', a: '', e: '', i: '', o: '', u: '', y: '', h: '', w: '', v: '' };

/** Urdu letters → the common alphabet ('' drops the letter). C stands for چ until the end. */
export const URDU_LETTERS: Readonly<Record<string, string>> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ط: 't',
  ث: 's',
  س: 's',
  ص: 's',
  ش: 's',
  ز: 's',
  ذ: 's',
  ض: 's',
  ظ: 's',
  ژ: 's',
  ج: 'j',
  چ: 'C',
  خ: 'k',
  ک: 'k',
  ق: 'k',
  گ: 'g',
  غ: 'g',
  د: 'd',
  ڈ: 'd',
  ر: 'r',
  ڑ: 'r',
  ف: 'f',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
};

const URDU_LETTER = /[\u0600-\u06FF]/g;
const LATIN_LETTER = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'g');
/** The symbols of the common alphabet whose runs count once (digits keep theirs: 2000 is not 20). */
export const ALPHABET = 'bcdfgjklmnprst';
const RUN = new RegExp(`([${ALPHABET}])\\1+`, 'g');

/** The phonetic key of one normalised word, or '' when it is shorter than PHONETIC_MIN. */
export function phoneticKey(word: string): string {
  let w = word;
  for (const [from, to] of LATIN_SPELLINGS) w = w.replaceAll(from, to);
  w = w
    .replace(LATIN_LETTER, (c) => LATIN_LETTERS[c]!)
    .replace(URDU_LETTER, (c) => URDU_LETTERS[c] ?? '')
    .replace(/C/g, 'c')
    .replace(RUN, '$1');
  return w.length >= PHONETIC_MIN ? w : '';
}
