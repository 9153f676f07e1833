import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format.ts';
import { localeFromAcceptLanguage, pluralChoices, formatMessage, translate } from './i18n.ts';

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

describe('plural choices', () => {
  it('picks the branch by the language\'s plural rules, with # as the count passed', () => {
    const text = 'Delivery in {days, plural, one {# day} other {# days}}';
    expect(formatMessage('en', text, { days: 1 })).toBe('Delivery in 1 day');
    expect(formatMessage('en', text, { days: 2 })).toBe('Delivery in 2 days');
    expect(formatMessage('en', text, { days: 0 })).toBe('Delivery in 0 days');
    expect(formatMessage('en', text, { days: 1.5 })).toBe('Delivery in 1.5 days');
    expect(formatMessage('ur', '{n, plural, one {# نتیجہ} other {# نتائج}}', { n: 1 })).toBe('1 نتیجہ');
    expect(formatMessage('ur', '{n, plural, one {# نتیجہ} other {# نتائج}}', { n: 7 })).toBe('7 نتائج');
  });
  it('reads a count formatted with grouping, and prints it as formatted', () => {
    expect(formatMessage('en', '{n, plural, one {# gig} other {# gigs}}', { n: '1,001' })).toBe('1,001 gigs');
    expect(formatMessage('en', '{n, plural, one {# gig} other {# gigs}}', { n: '1' })).toBe('1 gig');
  });
  it('prefers an exact branch, fills placeholders inside branches, and keeps the text around', () => {
    const text = 'Apply {n, plural, =0 {nothing} one {the matched line} other {the {n} matched lines}} now';
    expect(formatMessage('en', text, { n: 0 })).toBe('Apply nothing now');
    expect(formatMessage('en', text, { n: 1 })).toBe('Apply the matched line now');
    expect(formatMessage('en', text, { n: 3 })).toBe('Apply the 3 matched lines now');
  });
  it('takes "other" when the count is missing or not a number, and leaves the placeholder visible', () => {
    expect(formatMessage('en', '{n, plural, one {# hour} other {# hours}}', {})).toBe('{n} hours');
    expect(formatMessage('en', '{n, plural, one {# hour} other {# hours}}', { n: 'many' })).toBe('many hours');
  });
  it('handles two choices in one message', () => {
    const text = '{a, plural, one {# rate} other {# rates}} added, {b, plural, one {# was} other {# were}} there';
    expect(formatMessage('en', text, { a: 1, b: 2 })).toBe('1 rate added, 2 were there');
  });
  it('refuses a malformed choice', () => {
    expect(() => pluralChoices('{n, plural, one {# day}}')).toThrow(/other/);
    expect(() => pluralChoices('{n, plural, other {# days}')).toThrow();
    expect(() => pluralChoices('{n, plural, lots {# days} other {x}}')).toThrow(/branch/);
  });
  it('is used for the counts people see: one day, one revision, one result', () => {
    expect(translate('en', 'search.delivery', { days: 1 })).toBe('Delivery in 1 day');
    expect(translate('en', 'gigs.page.revisions', { n: 1 })).toBe('1 revision');
    expect(translate('en', 'search.count', { n: '1', count: 1 })).toBe('1 result');
    expect(translate('ur', 'search.count', { n: '1', count: 1 })).toBe('1 نتیجہ');
    expect(translate('ur', 'gigs.page.revisions', { n: 1 })).toBe('1 ریویژن');
    expect(translate('ur', 'orders.left.hours', { n: 1 })).toBe('1 گھنٹہ باقی');
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
