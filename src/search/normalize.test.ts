import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIES, SKILL_CATEGORIES, SKILLS } from '../taxonomy/data.ts';
import { compactKey, expandQuery, MAX_EXPANSIONS, normalizeForSearch as norm, SEARCH_TAXONOMY, slugsNamedIn, tokens } from './normalize.ts';

// Characters the normaliser treats specially, mixed into random text by the properties below.
const special = fc.constantFrom(
  ...'يىكهةۃۂۀەأإٱیکہھےۓئآا\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u06D6\u06ED\u0640\u200B\u200C\u200D\uFEFF\u00AD\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069۰۱۲۹٠١٩İıßẞǅﬁ①½ﻙﺭﯽ\u0301\u0307\u0338 \t\n.,;:-\'"()<>%'.split(''),
);
const mixedText = fc.array(fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('normalizeForSearch', () => {
  it('reads each Arabic-keyboard letter as its Urdu counterpart', () => {
    const pairs: [string, string][] = [
      ['کراچی', 'كراچي'], // ي Arabic yeh, ك Arabic kaf
      ['ہنر', 'هنر'], // ه Arabic heh at the start
      ['شہر', 'شهر'], // ه in the middle
      ['ترجمہ', 'ترجمه'], // ه at the end
      ['ترجمہ', 'ترجمة'], // ة teh marbuta
      ['ترجمہ', 'ترجمۃ'], // ۃ Urdu teh marbuta goal
      ['علی', 'على'], // ى alef maksura
      ['مسئلہ', 'مسئلۂ'], // izafat hamza on heh goal
      ['ڈیزائن', 'ڈيزائن'],
      ['کمپیوٹنگ', 'كمپيوٹنگ'],
      ['لوگو ڈیزائن', 'لوگو ڈيزائن'],
      ['تاثیر', 'تأثیر'], // hamza on alef
    ];
    for (const [urdu, arabic] of pairs) expect(norm(arabic), arabic).toBe(norm(urdu));
    expect(norm('كراچي')).toBe('کراچی');
    expect(norm('هنر')).toBe('ہنر');
  });

  it('keeps the Urdu letters that are not variants apart', () => {
    // ھ (do-chashmi he, in aspirates) and ہ are different letters; ے and ی too; آ keeps its madda.
    expect(norm('کھانا')).not.toBe(norm('کہانا'));
    expect(norm('لڑکے')).not.toBe(norm('لڑکی'));
    expect(norm('آباد')).toBe('آباد');
    expect(norm('آباد')).not.toBe(norm('اباد'));
    // A madda typed as a separate mark composes to the same آ.
    expect(norm('ا\u0653باد')).toBe('آباد');
  });

  it('ignores diacritics (zer, zabar, pesh and the rest)', () => {
    expect(norm('اِن')).toBe(norm('ان'));
    expect(norm('مُحَمَّد')).toBe('محمد');
    expect(norm('کِتاب')).toBe('کتاب');
    expect(norm('قُرْآن')).toBe('قرآن');
    expect(norm('اللّٰہ')).toBe('اللہ'); // shadda and superscript alef
    expect(norm('بِسْمِ')).toBe('بسم');
    expect(norm('عِلْمٌ')).toBe('علم'); // tanween
    expect(norm('صلى\u06D6')).toBe('صلی'); // Quranic annotation sign
  });

  it('ignores tatweel (kashida)', () => {
    expect(norm('کتابـــــیں')).toBe('کتابیں');
    expect(norm('ڈیـزائـن')).toBe(norm('ڈیزائن'));
  });

  it('treats ZWNJ and zero-width space as word breaks and drops other invisible characters', () => {
    expect(norm('فیصل\u200Cآباد')).toBe(norm('فیصل آباد'));
    expect(norm('logo\u200Bdesign')).toBe('logo design');
    expect(norm('لو\u200Dگو')).toBe('لوگو'); // ZWJ
    expect(norm('\uFEFFlogo')).toBe('logo'); // BOM
    expect(norm('lo\u00ADgo')).toBe('logo'); // soft hyphen
    expect(norm('\u202Elogo\u202C \u2067ڈیزائن\u2069 \u200Fx\u200E')).toBe('logo ڈیزائن x'); // bidi controls
  });

  it('reads Urdu and Arabic-Indic digits as 0–9', () => {
    expect(norm('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(norm('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(norm('۵ دن')).toBe('5 دن');
    expect(norm('０３００')).toBe('0300'); // full-width
  });

  it('folds Latin case and accents and compatibility forms', () => {
    expect(norm('LOGO Design')).toBe('logo design');
    expect(norm('Café Résumé')).toBe('cafe resume');
    expect(norm('ﬁle')).toBe('file'); // ligature
    expect(norm('ＷＯＲＤＰＲＥＳＳ')).toBe('wordpress');
    expect(norm('ﻙﺭﺍﭼﯽ')).toBe('کراچی'); // Arabic presentation forms
  });

  it('turns punctuation and symbols into single spaces', () => {
    expect(norm('  logo,   design!! (UI/UX)\n\t')).toBe('logo design ui ux');
    expect(norm('ڈیزائن، لوگو۔ کیا؟')).toBe('ڈیزائن لوگو کیا');
    expect(norm('C++ & C#')).toBe('c c');
    expect(norm('')).toBe('');
    expect(norm(' \t\n ')).toBe('');
  });

  it('turns SQL-looking and markup strings into harmless words', () => {
    expect(norm("'; DROP TABLE gigs; --")).toBe('drop table gigs');
    expect(tokens("'; DROP TABLE gigs; --")).toEqual(['drop', 'table', 'gigs']);
    expect(tokens("1' OR '1'='1")).toEqual(['1', 'or']);
    expect(norm('<script>alert("x")</script>')).toBe('script alert x script');
    expect(norm('%_\\*?[]{}|&!:')).toBe('');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const once = norm(s);
        expect(norm(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(norm(norm(s))).toBe(norm(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('produces only words separated by single spaces (property)', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const out = norm(s);
        expect(out).not.toMatch(/^ | $| {2}/);
        expect(out).not.toMatch(/[^\p{L}\p{N}\p{M} ]/u);
        expect(out).not.toMatch(/[\u064A\u0649\u0643\u0647\u0629\u06C3\u0640\u064B-\u065F\u0670\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u06F0-\u06F9\u0660-\u0669]/);
        expect(out).toBe(out.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });

  it('gives every Arabic-keyboard spelling of a taxonomy name the same form (property)', () => {
    const toArabicKeyboard = (s: string) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/ہ/g, 'ه');
    const names = [...SKILLS, ...SKILL_CATEGORIES, ...CITIES].map((r) => r.ur);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), (name, seed) => {
        // Sprinkle diacritics and tatweel after some letters, and use Arabic letters.
        const decorated = [...toArabicKeyboard(name)].map((c, i) => (c !== ' ' && (seed >> i % 30) & 1 ? `${c}\u0650\u0640` : c)).join('');
        expect(norm(decorated)).toBe(norm(name));
      }),
    );
  });
});

describe('compactKey', () => {
  it('matches names written with a space, a ZWNJ or neither', () => {
    expect(compactKey('فیصل آباد')).toBe(compactKey('فیصل‌آباد'));
    expect(compactKey('فیصل آباد')).toBe(compactKey('فیصلآباد'));
    expect(compactKey('مظفر آباد')).toBe(compactKey('مظفرآباد'));
    expect(compactKey('Word Press')).toBe(compactKey('WordPress'));
    expect(compactKey('حیدرآباد')).toBe('حیدرآباد');
  });
});

describe('tokens', () => {
  it('gives the distinct normalised words in order', () => {
    expect(tokens('Logo design, LOGO Design; لوگو ڈیزائن')).toEqual(['logo', 'design', 'لوگو', 'ڈیزائن']);
    expect(tokens('')).toEqual([]);
  });

  it('drops single Latin letters but keeps Urdu words and numbers', () => {
    expect(tokens('a logo I made')).toEqual(['logo', 'made']);
    expect(tokens('و ب 5 3d')).toEqual(['و', 'ب', '5', '3d']);
  });

  it('stops at a limit', () => {
    expect(tokens('one two three four', 2)).toEqual(['one', 'two']);
  });

  it('tokenises normalised text the same as the raw text (property)', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        expect(tokens(norm(s))).toEqual(tokens(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('expandQuery', () => {
  const sameSet = (a: string[], b: string[]) => expect(new Set(a)).toEqual(new Set(b));

  it('expands the three spellings of "logo design" to one set', () => {
    const urdu = expandQuery('لوگو ڈیزائن');
    sameSet(urdu, ['لوگو ڈیزائن', 'logo design', 'logo dizain']);
    sameSet(expandQuery('logo design'), urdu);
    sameSet(expandQuery('logo dizain'), urdu);
    sameSet(expandQuery('Logo Design'), urdu);
    sameSet(expandQuery('لوگو ڈيزائن'), urdu); // Arabic yeh
    expect(expandQuery('logo dizain')[0]).toBe('logo dizain'); // the query's own phrasing first
  });

  it('expands other taxonomy rows in English, Urdu and Roman Urdu', () => {
    const rows: [string, string, string][] = [
      ['Content writing', 'کانٹینٹ رائٹنگ', 'mawad naweesi'],
      ['Translation', 'ترجمہ', 'tarjuma'],
      ['Bookkeeping', 'حساب کتاب', 'hisab kitab'],
      ['Advertising', 'اشتہارات', 'ishtiharat'],
      ['Website building', 'ویب سائٹ بنانا', 'website banana'],
      ['Creative writing', 'تخلیقی تحریر', 'takhleeqi tehreer'],
      ['Data analytics', 'ڈیٹا کا تجزیہ', 'data ka tajzia'],
      ['Graphic design', 'گرافک ڈیزائننگ', 'grafik dizain'],
    ];
    for (const [en, ur, roman] of rows) {
      const set = new Set(expandQuery(en));
      expect(set.size, en).toBeGreaterThanOrEqual(3);
      expect(new Set(expandQuery(ur)), ur).toEqual(set);
      expect(new Set(expandQuery(roman)), roman).toEqual(set);
      expect(set.has(norm(en)) && set.has(norm(ur)) && set.has(norm(roman)), en).toBe(true);
    }
  });

  it('finds every skill by each of its names, and the names lead back to the skill', () => {
    for (const skill of SKILLS) {
      for (const name of [skill.en, skill.ur, ...(skill.urAlt ?? []), ...skill.romanUr]) {
        const expanded = expandQuery(name);
        expect(expanded, name).toContain(norm(skill.ur));
        expect(expanded.length, name).toBeLessThanOrEqual(MAX_EXPANSIONS);
        expect(slugsNamedIn(name), name).toContain(skill.slug);
      }
    }
  });

  it('matches names written with or without spaces inside them', () => {
    expect(expandQuery('word press')).toContain('ورڈپریس');
    expect(expandQuery('ورڈ پریس')).toContain('wordpress');
    expect(expandQuery('dev ops')).toContain('ڈیو آپس');
  });

  it('keeps the rest of the query around a known name', () => {
    const out = expandQuery('logo design Karachi');
    expect(out[0]).toBe('logo design karachi');
    expect(out).toContain('لوگو ڈیزائن karachi');
    expect(out).toContain('logo dizain karachi');
    expect(slugsNamedIn('sasta logo dizain chahiye')).toEqual(['logo-design']);
  });

  it('expands category names too', () => {
    expect(expandQuery('design')).toContain('ڈیزائن');
    expect(expandQuery('تدریس')).toContain('teaching tutoring');
    expect(slugsNamedIn('ٹیوشن')).toEqual(['teaching']);
  });

  it('returns an unknown query as itself, normalised, and nothing for an empty one', () => {
    expect(expandQuery('banana bread')).toEqual(['banana bread']);
    expect(expandQuery('  Hello,  WORLD ')).toEqual(['hello world']);
    expect(expandQuery("'; DROP TABLE gigs; --")).toEqual(['drop table gigs']);
    expect(expandQuery('')).toEqual([]);
    expect(expandQuery('!!!')).toEqual([]);
    expect(slugsNamedIn('banana bread')).toEqual([]);
  });

  it('caps the number of phrasings when a query names many things', () => {
    const out = expandQuery('seo logo design translation wordpress seo');
    expect(out.length).toBeLessThanOrEqual(MAX_EXPANSIONS);
    expect(out[0]).toBe('seo logo design translation wordpress seo');
  });

  it('accepts another taxonomy, and is quick on long queries', () => {
    const tiny = [{ slug: 'x', en: 'Pottery', ur: 'کوزہ گری', romanUr: ['kooza gari'] }];
    expect(new Set(expandQuery('kooza gari', tiny))).toEqual(new Set(['kooza gari', 'pottery', 'کوزہ گری']));
    expect(SEARCH_TAXONOMY.length).toBe(SKILLS.length + SKILL_CATEGORIES.length);
    const long = 'logo design '.repeat(500);
    const start = performance.now();
    expect(expandQuery(long).length).toBeLessThanOrEqual(MAX_EXPANSIONS);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
