// The phonetic key shared by Urdu script and Latin letters (phonetic.ts, docs/decisions/0042).
import { describe, expect, it } from 'vitest';
import { SKILL_CATEGORIES, SKILLS } from '../taxonomy/data.ts';
import { normalizeForSearch } from './normalize.ts';
import { PHONETIC_MIN, phoneticKey } from './phonetic.ts';

const key = (text: string) => phoneticKey(normalizeForSearch(text).replace(/ /g, ''));

describe('phoneticKey', () => {
  it.each([
    ['wordpress', 'ورڈپریس', 'rdprs'],
    ['python', 'پائتھن', 'ptn'],
    ['excel', 'ایکسل', 'ksl'],
    ['tarjama', 'ترجمہ', 'trjm'],
    ['tarjuma', 'ترجمہ', 'trjm'],
    ['design', 'ڈیزائن', 'dsn'],
    ['designer', 'ڈیزائنر', 'dsnr'],
    ['graphic', 'گرافک', 'grfk'],
    ['marketing', 'مارکیٹنگ', 'mrktng'],
    ['management', 'مینجمنٹ', 'mnjmnt'],
    ['digital', 'ڈیجیٹل', 'djtl'],
    ['animation', 'اینیمیشن', 'nmsn'],
    ['shopify', 'شاپیفائی', 'spf'],
    ['tuition', 'ٹیوشن', 'tsn'],
    ['flutter', 'فلٹر', 'fltr'],
    ['photoshop', 'فوٹوشاپ', 'ftsp'],
    ['laravel', 'لاراول', 'lrl'],
    ['content', 'کانٹینٹ', 'kntnt'],
  ])('gives "%s" and "%s" one key (%s), in both directions', (latin, urdu, expected) => {
    expect(key(latin)).toBe(expected);
    expect(key(urdu)).toBe(expected);
  });

  it('reads Arabic code points, harakat and tatweel as the Urdu letters they stand for', () => {
    // ي ك ه typed on an Arabic keyboard, a zabar and a kashida.
    expect(key('ايكسل')).toBe('ksl');
    expect(key('وَرڈپریـس')).toBe('rdprs');
    expect(key('ترجمه')).toBe('trjm');
  });

  it('reads English spellings as they sound: ph, ch, ck, tion, soft c and g, x, silent g', () => {
    expect(key('phone')).toBe(key('fone'));
    expect(key('teacher')).toBe(key('ٹیچر'));
    expect(key('translation')).toBe(key('ٹرانسلیشن'));
    expect(key('pages')).toBe('pjs');
    expect(key('box')).toBe('bks');
    expect(key('sign')).toBe('');
  });

  it(`gives no key shorter than ${PHONETIC_MIN} symbols (logo, video, data would meet too many words)`, () => {
    for (const w of ['logo', 'لوگو', 'video', 'data', 'seo', 'a']) expect(key(w)).toBe('');
  });

  it('holds only the common alphabet and digits', () => {
    for (const s of [...SKILLS, ...SKILL_CATEGORIES]) {
      for (const name of [s.en, s.ur]) for (const w of normalizeForSearch(name).split(' ')) expect(phoneticKey(w)).toMatch(/^[bcdfgjklmnprst0-9]*$/);
    }
  });

  it('round-trips the taxonomy: most skills written in English and in Urdu script have one key', () => {
    // Where the Urdu name is the English one in Urdu letters. The rest are other words ("Translation",
    // "ترجمہ"), or longer in one script ("Poster / flyer design"), or a sound the rules do not hear
    // alike (the t of "virtual" said as چ).
    const same = SKILLS.filter((s) => key(s.en.replace(/\(.*\)/, '')) !== '' && key(s.en.replace(/\(.*\)/, '')) === key(s.ur.replace(/\(.*\)/, '')));
    expect(same.map((s) => s.slug)).toEqual(expect.arrayContaining(['logo-design', 'graphic-design', 'wordpress', 'web-development', 'data-entry', 'video-editing', 'content-writing', 'digital-marketing', 'animation', 'transcription']));
    expect(same.length).toBeGreaterThanOrEqual(33);
  });
});
