import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFreeSlug, numberedSlug, SLUG_MAX, SLUG_PATTERN, slugFor, transliterate, transliterateWord } from './slug.ts';

describe('gig slugs from titles', () => {
  it('keeps the Latin words of a title, accents dropped, no random code', () => {
    expect(slugFor('I will design your Logo!')).toBe('i-will-design-your-logo');
    expect(slugFor('Café menu — design')).toBe('cafe-menu-design');
    expect(slugFor('  WordPress   site, 5 pages  ')).toBe('wordpress-site-5-pages');
  });

  it('transliterates Urdu titles, common words and loanwords as Pakistanis write them in Latin', () => {
    expect(slugFor('لوگو ڈیزائن')).toBe('logo-design');
    expect(slugFor('اردو سے انگریزی ترجمہ')).toBe('urdu-se-angrezi-tarjuma');
    expect(slugFor('میں آپ کی ویب سائٹ بناؤں گا')).toBe('mein-aap-ki-web-site-bnaon-ga');
    expect(slugFor('یوٹیوب ویڈیو ایڈیٹنگ')).toBe('youtube-video-editing');
    expect(slugFor('سندھی کھانوں کی ترکیبیں')).toBe('sndhi-khanon-ki-trkibin');
    expect(slugFor('لوگو logo ڈیزائن')).toBe('logo-logo-design');
    // Cities by their English names (src/taxonomy/data.ts).
    expect(slugFor('لوگو، پوسٹر اور سوشل میڈیا ڈیزائن — ملتان سے')).toBe('logo-poster-aur-social-media-design-multan-se');
    expect(slugFor('لاہور میں فوٹوگرافی')).toBe('lahore-mein-fotografi');
  });

  it('reads the letters by their place in the word', () => {
    expect(transliterateWord('گِگ')).toBe('gig');
    expect(transliterateWord('دکان')).toBe('dkan');
    expect(transliterateWord('وقت')).toBe('wqt'); // و first is w
    expect(transliterateWord('دو')).toBe('do'); // و after a letter is o
    expect(transliterateWord('پیار')).toBe('pyar'); // ی before a vowel letter is y
    expect(transliterateWord('بچی')).toBe('bchi'); // ی last is i
    expect(transliterateWord('کمرہ')).toBe('kmra'); // final ہ is a
    expect(transliterateWord('ہاتھ')).toBe('hath'); // ہ first is h, ھ is h
    expect(transliterateWord('علم')).toBe('alm');
    expect(transliterateWord('خوبصورت')).toBe('khobsort');
  });

  it('folds Arabic letter forms and Urdu digits', () => {
    expect(transliterate('كتاب ۳')).toBe(transliterate('کتاب 3'));
    expect(slugFor('٥ صفحات')).toBe('5-sfhat');
  });

  it('says "gig" when nothing is left, and cuts long titles at a word', () => {
    expect(slugFor('!!! ۔۔۔')).toBe('gig');
    expect(slugFor('')).toBe('gig');
    const long = slugFor('professional logo design for your small business '.repeat(4));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
    expect('professional logo design for your small business '.repeat(4).replace(/ /g, '-')).toContain(long);
  });

  it('numbers a slug that is taken: base, base-2, base-3', () => {
    expect(numberedSlug('logo-design', 1)).toBe('logo-design');
    expect(firstFreeSlug('logo-design', new Set())).toBe('logo-design');
    expect(firstFreeSlug('logo-design', new Set(['logo-design', 'logo-design-2']))).toBe('logo-design-3');
  });

  it('always gives a valid, short slug, the same for the same title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 99 }), (title, n) => {
        const base = slugFor(title);
        const slug = numberedSlug(base, n);
        return SLUG_PATTERN.test(slug) && slug.length <= SLUG_MAX && slugFor(title) === base;
      }),
    );
    const urdu = fc.array(fc.constantFrom(...'ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےآئؤ ۔،'.split('')), { maxLength: 80 }).map((a) => a.join(''));
    fc.assert(fc.property(urdu, (title) => SLUG_PATTERN.test(slugFor(title)) && slugFor(title).length <= SLUG_MAX));
  });
});
