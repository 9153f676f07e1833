// Urdu counts of one take the singular noun (docs/urdu-glossary.md, Style: Counts): every message
// that puts a count before a noun that changes in the plural says so with a plural choice.
import { describe, expect, it } from 'vitest';
import { pluralChoices, translate } from '../platform/i18n.ts';
import { catalog } from './catalog.ts';

/** Urdu nouns whose plural differs from the singular, as messages use them after a count. */
const URDU_PLURALS = ['تصاویر', 'حروف', 'آئٹمز', 'گِگز', 'جابز', 'پروپوزلز', 'چیزیں', 'طریقے', 'سطریں', 'سطروں', 'نتائج', 'ریویژنز', 'گھنٹے', 'گھنٹوں', 'آرڈرز', 'ممبرز'];

describe('counts in Urdu', () => {
  it('take the singular for one and the plural for more', () => {
    const cases: [string, Record<string, number>, string, Record<string, number>, string][] = [
      ['media.images.count', { count: 1, max: 10 }, '10 میں سے 1 تصویر', { count: 2, max: 10 }, '10 میں سے 2 تصاویر'],
      ['field.too_long', { max: 1 }, 'زیادہ سے زیادہ 1 حرف لکھیں', { max: 80 }, 'زیادہ سے زیادہ 80 حروف لکھیں'],
      ['profiles.portfolio.count', { count: 1, max: 12 }, '12 میں سے 1 آئٹم', { count: 3, max: 12 }, '12 میں سے 3 آئٹمز'],
      ['errors.gig.daily_limit', { limit: 1 }, '1 نئی گِگ کی حد', { limit: 5 }, '5 نئی گِگز کی حد'],
      ['errors.job.daily_limit', { limit: 1 }, '1 جاب کی حد', { limit: 5 }, '5 جابز کی حد'],
      ['errors.favourites.full', { limit: 1 }, '1 چیز محفوظ', { limit: 5 }, '5 چیزیں محفوظ'],
      ['payouts.methods_limit', { limit: 1 }, '1 طریقہ رکھ', { limit: 5 }, '5 طریقے رکھ'],
    ];
    for (const [key, one, singular, more, plural] of cases) {
      expect(translate('ur', key, one), key).toContain(singular);
      expect(translate('ur', key, more), key).toContain(plural);
    }
  });

  it('leave no count before a plural noun outside a plural choice', () => {
    for (const [key, text] of Object.entries(catalog.ur as Record<string, string>)) {
      // What is left once the plural choices are taken out.
      let plain = text;
      for (const c of pluralChoices(text).reverse()) plain = plain.slice(0, c.start) + plain.slice(c.end);
      for (const noun of URDU_PLURALS) expect(plain, key).not.toMatch(new RegExp(`\\{\\w+\\} ${noun}`));
    }
  });
});
