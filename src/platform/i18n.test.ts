import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format.ts';
import { localeFromAcceptLanguage, translate } from './i18n.ts';

describe('language choice from Accept-Language', () => {
  it.each([
    [undefined, undefined],
    ['ur-PK,ur;q=0.9,en;q=0.8', 'ur'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,ur;q=0.5,en;q=0.4', 'ur'],
    ['de,fr', undefined],
    ['en;q=0.1,ur;q=0.9', 'ur'],
    ['ur;q=0', undefined],
  ])('%s -> %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe('translate', () => {
  it('fills placeholders and falls back to English, then the key', () => {
    expect(translate('ur', 'field.too_long', { max: 80 })).toBe('براہِ کرم زیادہ سے زیادہ 80 حروف لکھیں۔');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('formatting', () => {
  it('prints numbers with Western digits and three-digit grouping in both languages (CLDR ur-PK)', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('ur', 1234567)).toBe('1,234,567');
  });
  it('prints dates in Asia/Karachi with Urdu month names', () => {
    const d = new Date('2026-03-31T20:30:00Z'); // already 1 April in Karachi
    expect(formatDate('en', d)).toBe('1 April 2026');
    expect(formatDate('ur', d)).toContain('اپریل');
  });
});

describe('times', () => {
  it('uses a 24-hour clock in Urdu, with no Latin AM/PM', async () => {
    const { formatDateTime } = await import('./format.ts');
    const s = formatDateTime('ur', new Date('2026-11-25T18:40:00Z'));
    expect(s).toContain('23:40');
    expect(s).not.toMatch(/[AP]M/i);
  });
});
