import fc from 'fast-check';
import { formatMoney, money, toInputString } from '../platform/money.ts';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../platform/forms.ts';
import {
  hireRatePercent,
  responseTime,
  checkReferences,
  completeness,
  completenessParts,
  handleProblem,
  initials,
  isPermutation,
  completeLink,
  isWebLink,
  moveInList,
  parseRate,
  portfolioItemInput,
  portfolioOrderInput,
  profileInput,
  RATE_MAX,
  RESERVED_HANDLES,
} from './domain.ts';

const errorsOf = (schema: { safeParse: (v: unknown, o?: object) => { success: boolean; error?: unknown } }, input: unknown) => {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? {} : fieldErrors(r.error as never);
};

describe('handles', () => {
  it('accepts 3 to 30 of a-z 0-9 _ -, starting with a letter or digit, case-insensitively', () => {
    for (const ok of ['ali', 'ayesha_khan', 'dev-99', '007', 'a'.repeat(30), 'Ayesha', ' zara ']) expect(handleProblem(ok), ok).toBeNull();
  });

  it('names what is wrong', () => {
    expect(handleProblem('')).toBe('field.required');
    expect(handleProblem('ab')).toBe('field.too_short');
    expect(handleProblem('a'.repeat(31))).toBe('field.too_long');
    expect(handleProblem('-ali')).toBe('field.handle_shape');
    expect(handleProblem('_ali')).toBe('field.handle_shape');
    expect(handleProblem('ali khan')).toBe('field.handle_shape');
    expect(handleProblem('عائشہ')).toBe('field.handle_shape');
    expect(handleProblem('ali<b>')).toBe('field.handle_shape');
    expect(handleProblem('ali\u202Eabc')).toBe('field.handle_shape');
    expect(handleProblem('ali.khan')).toBe('field.handle_shape');
  });

  it('refuses reserved words in any case', () => {
    for (const r of RESERVED_HANDLES) expect(handleProblem(r.length < 3 ? r : r.toUpperCase()), r).not.toBeNull();
    expect(handleProblem('Admin')).toBe('field.handle_reserved');
  });

  it('every accepted handle matches the database rule', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        if (handleProblem(s) === null) expect(s.trim().toLowerCase()).toMatch(/^[a-z0-9_-]{3,30}$/);
      }),
    );
  });
});

describe('hourly rates', () => {
  const ok = (minor: bigint, currency: 'PKR' | 'USD') => ({ ok: true, value: money(minor, currency) });
  it('reads amounts as people type them, as Money', () => {
    expect(parseRate('1500', 'PKR')).toEqual(ok(150000n, 'PKR'));
    expect(parseRate('1,500', 'PKR')).toEqual(ok(150000n, 'PKR'));
    expect(parseRate('Rs 1,500', 'PKR')).toEqual(ok(150000n, 'PKR'));
    expect(parseRate('۱۵۰۰', 'PKR')).toEqual(ok(150000n, 'PKR'));
    expect(parseRate('٢٥', 'USD')).toEqual(ok(2500n, 'USD'));
    expect(parseRate('$12.5', 'USD')).toEqual(ok(1250n, 'USD'));
    expect(parseRate('12.50', 'USD')).toEqual(ok(1250n, 'USD'));
    expect(parseRate('0.01', 'USD')).toEqual(ok(1n, 'USD'));
  });

  it('refuses negative, zero, malformed and absurd amounts with the matching message', () => {
    for (const bad of ['0', '0.00']) expect(parseRate(bad, 'PKR'), bad).toEqual({ ok: false, key: 'field.rate_invalid' });
    for (const bad of ['abc', '1e5', 'Infinity', 'NaN', '1/2', '$5']) expect(parseRate(bad, 'PKR'), bad).toMatchObject({ ok: false, key: 'field.money_invalid' });
    expect(parseRate('-100', 'PKR')).toMatchObject({ ok: false, key: 'field.money_negative' });
    expect(parseRate('12.345', 'USD')).toMatchObject({ ok: false, key: 'field.money_decimals' });
    expect(parseRate('', 'USD')).toMatchObject({ ok: false, key: 'field.required' });
    expect(parseRate('99999999', 'PKR')).toEqual({ ok: false, key: 'field.rate_too_high', params: { max: formatMoney('en', RATE_MAX.PKR) } });
    expect(parseRate('999999999999', 'PKR')).toMatchObject({ ok: false, key: 'field.rate_too_high' });
    expect(parseRate('1000.01', 'USD')).toEqual({ ok: false, key: 'field.rate_too_high', params: { max: '$1,000.00' } });
    expect(parseRate('1000', 'USD')).toEqual(ok(100000n, 'USD'));
  });

  it('a parsed rate is positive, within the cap, and survives the form round trip', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: RATE_MAX.USD.amount }), (minor) => {
        expect(parseRate(toInputString(money(minor, 'USD')), 'USD')).toEqual(ok(minor, 'USD'));
      }),
    );
  });
});

describe('the profile input', () => {
  it('takes a form: checkboxes as "on" or absent, one skill as a string, Urdu digits in the rate', () => {
    const r = profileInput.parse({ handle: 'Ayesha', headline: ' لوگو ڈیزائنر ', skills: 'logo-design', languages: ['urdu', 'english'], hourly_rate: '۲۵۰۰', hourly_rate_currency: 'PKR', show_city: 'on', availability: 'limited' });
    expect(r.handle).toBe('ayesha');
    expect(r.headline).toBe('لوگو ڈیزائنر');
    expect(r.skills).toEqual(['logo-design']);
    expect(r.show_city).toBe(true);
    expect(r.show_photo).toBe(false);
    expect(r.hourly_rate).toEqual(money(250000n, 'PKR'));
    expect(r.availability).toBe('limited');
    expect(r.bio_en).toBe('');
    expect(r.city_slug).toBeNull();
    expect(r.country).toBe('PK');
  });

  it('takes JSON: booleans, arrays, a number for the rate, a missing handle', () => {
    const r = profileInput.parse({ show_city: false, show_photo: true, skills: [], hourly_rate: 12.5, hourly_rate_currency: 'USD' });
    expect(r.handle).toBeUndefined();
    expect(r.show_photo).toBe(true);
    expect(r.hourly_rate).toEqual(money(1250n, 'USD'));
    expect(profileInput.parse({}).hourly_rate).toBeNull();
  });

  it('refuses markup, oversized text and bidi overrides in one-line fields; keeps markup in the bio', () => {
    expect(errorsOf(profileInput, { headline: '<script>alert(1)</script>' }).headline?.key).toBe('field.no_markup');
    expect(errorsOf(profileInput, { headline: 'x'.repeat(10_000) }).headline).toEqual({ key: 'field.too_long', params: { max: 120 } });
    expect(errorsOf(profileInput, { headline: 'abc\u202Edef' }).headline?.key).toBe('field.bidi_chars');
    expect(errorsOf(profileInput, { bio_en: 'x'.repeat(5001) }).bio_en?.key).toBe('field.too_long');
    expect(errorsOf(profileInput, { bio_ur: 'a\u2067b' }).bio_ur?.key).toBe('field.bidi_chars');
    expect(profileInput.parse({ bio_en: '<script>alert(1)</script>' }).bio_en).toBe('<script>alert(1)</script>');
    expect(errorsOf(profileInput, { company_name: 'A<b>' }).company_name?.key).toBe('field.no_markup');
  });

  it('refuses bad rates, too many skills, odd enums, wrong types', () => {
    expect(errorsOf(profileInput, { hourly_rate: '-5' }).hourly_rate?.key).toBe('field.money_negative');
    expect(errorsOf(profileInput, { hourly_rate: '5000000' }).hourly_rate).toEqual({ key: 'field.rate_too_high', params: { max: formatMoney('en', RATE_MAX.PKR) } });
    expect(errorsOf(profileInput, { hourly_rate: '5', hourly_rate_currency: 'EUR' }).hourly_rate_currency?.key).toBe('field.choose');
    expect(errorsOf(profileInput, { skills: Array.from({ length: 16 }, (_, i) => `s${i}`) }).skills?.key).toBe('field.skills_too_many');
    expect(errorsOf(profileInput, { skills: ['<x>'] })['skills.0']?.key).toBe('field.invalid');
    expect(errorsOf(profileInput, { availability: 'busy' }).availability?.key).toBe('field.choose');
    expect(errorsOf(profileInput, { show_city: 'yes please' }).show_city?.key).toBe('field.invalid');
    expect(errorsOf(profileInput, { headline: 5 }).headline?.key).toBe('field.invalid');
    expect(errorsOf(profileInput, { handle: 'a b' }).handle?.key).toBe('field.handle_shape');
    expect(errorsOf(profileInput, { city_slug: '../etc' }).city_slug?.key).toBe('field.city_unknown');
  });

  it('dedupes repeated skills and languages', () => {
    expect(profileInput.parse({ skills: ['a', 'a', 'b'], languages: ['urdu', 'urdu'] })).toMatchObject({ skills: ['a', 'b'], languages: ['urdu'] });
  });

  it('checks choices against the taxonomy', () => {
    const ref = { cities: new Set(['lahore']), skills: new Set(['logo-design']), languages: new Set(['urdu']) };
    expect(checkReferences({ city_slug: 'lahore', skills: ['logo-design'], languages: ['urdu'] }, ref)).toEqual({});
    expect(checkReferences({ city_slug: null, skills: [], languages: [] }, ref)).toEqual({});
    expect(checkReferences({ city_slug: 'atlantis', skills: ['hacking'], languages: ['klingon'] }, ref)).toEqual({
      city_slug: { key: 'field.city_unknown' },
      skills: { key: 'field.skills_unknown' },
      languages: { key: 'field.languages_unknown' },
    });
  });
});

describe('portfolio items', () => {
  it('accepts a title alone, and http(s) links (normalised)', () => {
    expect(portfolioItemInput.parse({ title: 'Logo for a bakery' })).toEqual({ title: 'Logo for a bakery', description: '', link: null });
    expect(portfolioItemInput.parse({ title: 't', link: 'https://Example.pk/work' }).link).toBe('https://example.pk/work');
    expect(portfolioItemInput.parse({ title: 't', link: '' }).link).toBeNull();
    expect(portfolioItemInput.parse({ title: 't', link: null }).link).toBeNull();
  });

  it('refuses script and other schemes, credentials, spaces, bidi tricks, oversized links', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'ftp://example.pk', 'https://user:pw@example.pk', 'http://localhost', 'https://exa mple.pk', 'https://example.pk/\u202Egpj.exe', '//example.pk', 'localhost', 'exa mple.pk']) {
      expect(errorsOf(portfolioItemInput, { title: 't', link: bad }).link?.key, bad).toBe('field.link');
    }
    expect(errorsOf(portfolioItemInput, { title: 't', link: `https://example.pk/${'a'.repeat(500)}` }).link?.key).toBe('field.too_long');
    expect(errorsOf(portfolioItemInput, { title: '' }).title?.key).toBe('field.required');
    expect(errorsOf(portfolioItemInput, { title: '<img src=x>' }).title?.key).toBe('field.no_markup');
    expect(errorsOf(portfolioItemInput, { title: 't', description: 'x'.repeat(2001) }).description?.key).toBe('field.too_long');
  });

  it('completes an address typed without https:// and keeps the scheme of one typed with it', () => {
    expect(portfolioItemInput.parse({ title: 't', link: 'behance.net/ayesha' }).link).toBe('https://behance.net/ayesha');
    expect(portfolioItemInput.parse({ title: 't', link: '  www.Example.pk  ' }).link).toBe('https://www.example.pk/');
    expect(portfolioItemInput.parse({ title: 't', link: 'example.pk:8080/work' }).link).toBe('https://example.pk:8080/work');
    expect(portfolioItemInput.parse({ title: 't', link: 'http://example.pk' }).link).toBe('http://example.pk/');
    expect(completeLink('HTTPS://example.pk')).toBe('HTTPS://example.pk');
    expect(completeLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(completeLink('//example.pk')).toBe('//example.pk');
    expect(completeLink('')).toBe('');
  });

  it('isWebLink accepts only http and https with a dotted host', () => {
    expect(isWebLink('https://hunar.pk')).toBe(true);
    expect(isWebLink('http://behance.net/x?y=1#z')).toBe(true);
    expect(isWebLink('mailto:a@b.pk')).toBe(false);
  });

  it('moves an item one place, leaving the ends and unknown ids alone', () => {
    expect(moveInList(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveInList(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moveInList(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveInList(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moveInList(['a', 'b'], 'z', 'up')).toEqual(['a', 'b']);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 20 }), fc.nat(), fc.boolean(), (ids, i, up) => {
        const id = ids[i % ids.length] as number;
        const moved = moveInList(ids, id, up ? 'up' : 'down');
        expect([...moved].sort()).toEqual([...ids].sort());
      }),
    );
  });

  it('an order must name each item exactly once', () => {
    expect(isPermutation(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isPermutation(['a'], ['a', 'b'])).toBe(false);
    expect(isPermutation(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isPermutation(['a', 'c'], ['a', 'b'])).toBe(false);
    expect(isPermutation([], [])).toBe(true);
    expect(errorsOf(portfolioOrderInput, { order: ['not-a-uuid'] })['order.0']?.key).toBe('field.invalid');
  });
});

describe('completeness', () => {
  const empty = { headline: null, bioEn: '', bioUr: '', skills: [], languages: [], citySlug: null, hourlyRate: null, portfolioCount: 0, education: '' };
  const full = { headline: 'Logo designer', bioEn: '', bioUr: 'میں ڈیزائنر ہوں', skills: ['a', 'b', 'c'], languages: ['urdu'], citySlug: 'lahore', hourlyRate: { minor: 1, currency: 'PKR' }, portfolioCount: 1, education: 'BA' };

  it('an empty profile is 0% and lists every part, with its message and where to fix it', () => {
    const c = completeness(empty);
    expect(c.percent).toBe(0);
    expect(c.missing.map((m) => m.part)).toEqual([...completenessParts]);
    expect(c.missing[0]).toEqual({ part: 'headline', key: 'profiles.missing.headline', href: '/profile/edit#headline' });
    expect(c.missing.find((m) => m.part === 'portfolio')?.href).toBe('/profile/portfolio');
  });

  it('a full profile is 100% with nothing missing; a bio in either language counts', () => {
    expect(completeness(full)).toEqual({ percent: 100, missing: [] });
    expect(completeness({ ...full, bioUr: '', bioEn: 'I design logos' }).percent).toBe(100);
  });

  it('whitespace is not content, and two skills are not enough', () => {
    const c = completeness({ ...full, headline: '   ', skills: ['a', 'b'] });
    expect(c.missing.map((m) => m.part)).toEqual(['headline', 'skills']);
    expect(c.percent).toBe(75);
  });

  it('percent is 0..100 and 100 exactly when nothing is missing', () => {
    fc.assert(
      fc.property(fc.record({ headline: fc.option(fc.string()), bioEn: fc.string(), bioUr: fc.string(), skills: fc.array(fc.string(), { maxLength: 5 }), languages: fc.array(fc.string(), { maxLength: 3 }), citySlug: fc.option(fc.string()), hourlyRate: fc.option(fc.constant({})), portfolioCount: fc.nat(5), education: fc.string() }), (f) => {
        const c = completeness(f);
        expect(c.percent).toBeGreaterThanOrEqual(0);
        expect(c.percent).toBeLessThanOrEqual(100);
        expect(c.percent === 100).toBe(c.missing.length === 0);
      }),
    );
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last word, upper-cased', () => {
    expect(initials('Ayesha Khan')).toBe('AK');
    expect(initials('ayesha')).toBe('A');
    expect(initials('Muhammad bin Qasim')).toBe('MQ');
    expect(initials('  bilal   ahmed  ')).toBe('BA');
    expect(initials('Émile Zola')).toBe('ÉZ');
    expect(initials('e\u0301mile')).toBe('É');
    expect(initials('sara.malik')).toBe('SM');
  });

  it('keeps Urdu letters apart with a zero-width non-joiner', () => {
    expect(initials('عائشہ خان')).toBe('ع\u200Cخ');
    expect(initials('بلال')).toBe('ب');
    expect(initials('Ali خان')).toBe('A\u200Cخ');
  });

  it('skips digits and punctuation, and falls back to ? when there are no letters', () => {
    expect(initials('(Zara) 2nd')).toBe('ZN');
    expect(initials('')).toBe('?');
    expect(initials('123 !!!')).toBe('?');
  });

  it('is at most two letters and never markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const i = initials(name);
        expect(i).not.toMatch(/[<>&"']/);
        expect(i.replace(/\u200C/g, '').replace(/\p{M}/gu, '').length).toBeLessThanOrEqual(4);
        expect(i.split('\u200C').length).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe('track record', () => {
  it('says a response time the way people do, rounding up', () => {
    expect(responseTime(0)).toEqual({ key: 'profiles.response.within_hour' });
    expect(responseTime(60)).toEqual({ key: 'profiles.response.within_hour' });
    expect(responseTime(61)).toEqual({ key: 'profiles.response.hours', n: 2 });
    expect(responseTime(23 * 60)).toEqual({ key: 'profiles.response.hours', n: 23 });
    expect(responseTime(23 * 60 + 1)).toEqual({ key: 'profiles.response.within_day' });
    expect(responseTime(24 * 60 + 1)).toEqual({ key: 'profiles.response.days', n: 2 });
    expect(responseTime(49 * 60)).toEqual({ key: 'profiles.response.days', n: 3 });
    expect(() => responseTime(-1)).toThrow(RangeError);
    expect(() => responseTime(Number.NaN)).toThrow(RangeError);
  });

  it('never says faster than the truth', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (m) => {
        const r = responseTime(m);
        const bound = r.key === 'profiles.response.within_hour' ? 60 : r.key === 'profiles.response.within_day' ? 1440 : r.key === 'profiles.response.hours' ? r.n * 60 : r.n * 1440;
        expect(m).toBeLessThanOrEqual(bound);
      }),
    );
  });

  it('gives a hire rate in whole percent, and none before the first job', () => {
    expect(hireRatePercent(0, 0)).toBeNull();
    expect(hireRatePercent(3, 1)).toBe(33);
    expect(hireRatePercent(3, 2)).toBe(67);
    expect(hireRatePercent(4, 4)).toBe(100);
    expect(() => hireRatePercent(1, 2)).toThrow(RangeError);
    expect(() => hireRatePercent(-1, 0)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const [hired, posted] = a <= b ? [a, b] : [b, a];
        const r = hireRatePercent(posted, hired);
        if (posted === 0) expect(r).toBeNull();
        else expect(r! >= 0 && r! <= 100).toBe(true);
      }),
    );
  });
});

describe('billing details (printed on a client’s invoices)', () => {
  it('keeps an address line by line, without blank lines or stray spaces, and a tax number in one spelling', () => {
    const r = profileInput.parse({ company_name: 'Hartley & Finch Ltd', billing_address: ' Unit 4, 27 Demo Yard \r\n\r\nLondon EC1M 5RN\r\nUnited Kingdom ', tax_number: ' gb  123 4567 89 ' });
    expect(r.billing_address).toBe('Unit 4, 27 Demo Yard\nLondon EC1M 5RN\nUnited Kingdom');
    expect(r.tax_number).toBe('GB 123 4567 89');
    // An NTN typed with Urdu digits.
    expect(profileInput.parse({ tax_number: '۱۲۳۴۵۶۷-۸' }).tax_number).toBe('1234567-8');
    expect(profileInput.parse({}).billing_address).toBe('');
    expect(profileInput.parse({}).tax_number).toBe('');
  });

  it('refuses long, many-line, hidden-character and odd input with a field message', () => {
    expect(errorsOf(profileInput, { billing_address: 'x'.repeat(301) }).billing_address).toEqual({ key: 'field.too_long', params: { max: 300 } });
    expect(errorsOf(profileInput, { billing_address: 'a\nb\nc\nd\ne\nf\ng' }).billing_address).toEqual({ key: 'field.address_lines', params: { max: 6 } });
    expect(errorsOf(profileInput, { billing_address: 'London\u0007' }).billing_address?.key).toBe('field.control_chars');
    expect(errorsOf(profileInput, { billing_address: 'London \u202Eevil' }).billing_address?.key).toBe('field.bidi_chars');
    expect(errorsOf(profileInput, { tax_number: 'GB1234567890123456789012345678901' }).tax_number).toEqual({ key: 'field.too_long', params: { max: 30 } });
    expect(errorsOf(profileInput, { tax_number: 'GB\u0000123' }).tax_number?.key).toBe('field.control_chars');
    for (const bad of ['VAT-FREE', 'GB#123', '—123', 'نمبر 123']) expect(errorsOf(profileInput, { tax_number: bad }).tax_number?.key, bad).toBe('field.tax_number');
  });
});
