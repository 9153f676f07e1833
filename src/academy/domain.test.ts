import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { courseInput, languageFor, lessonInput, MIN_ORDERS_FOR_PRICES, priceQuartiles, progressPercent, resumePosition } from './domain.ts';

const fieldsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v.key]));
    throw e;
  }
  return {};
};

describe('a lesson’s language', () => {
  it('is the reader’s when it exists, with the other as a switch only when both exist', () => {
    expect(languageFor('ur', { en: 'Hello', ur: 'سلام' })).toEqual({ shown: 'ur', other: 'en' });
    expect(languageFor('en', { en: 'Hello', ur: 'سلام' })).toEqual({ shown: 'en', other: 'ur' });
    expect(languageFor('ur', { en: 'Hello', ur: null })).toEqual({ shown: 'en', other: null });
    expect(languageFor('en', { en: '  ', ur: 'سلام' })).toEqual({ shown: 'ur', other: null });
    // The switch link asks for the other language.
    expect(languageFor('ur', { en: 'Hello', ur: 'سلام' }, 'en')).toEqual({ shown: 'en', other: 'ur' });
    expect(languageFor('ur', { en: null, ur: 'سلام' }, 'en')).toEqual({ shown: 'ur', other: null });
  });
});

describe('progress and resuming', () => {
  it('counts the share of lessons done, 100 only when all are', () => {
    expect(progressPercent(0, 5)).toBe(0);
    expect(progressPercent(2, 3)).toBe(66);
    expect(progressPercent(5, 5)).toBe(100);
    expect(progressPercent(0, 0)).toBe(0);
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), (total, d) => {
      const done = Math.min(d, total);
      const p = progressPercent(done, total);
      return p >= 0 && p <= 100 && (p === 100) === (done === total);
    }));
  });

  it('resumes at the lesson last opened, else the first not done', () => {
    expect(resumePosition([1, 2, 3], 2, new Set([1]))).toBe(2);
    expect(resumePosition([1, 2, 3], null, new Set([1]))).toBe(2);
    expect(resumePosition([1, 2, 3], 9, new Set([1, 2, 3]))).toBe(1);
    expect(resumePosition([], null, new Set())).toBeNull();
  });
});

describe('price quartiles of a skill’s completed orders', () => {
  it('are not shown below ten orders', () => {
    expect(priceQuartiles(Array.from({ length: MIN_ORDERS_FOR_PRICES - 1 }, (_, i) => BigInt(i * 100)))).toBeNull();
  });

  it('interpolate exactly between the nearest orders', () => {
    const prices = [500_000n, 100_000n, 200_000n, 300_000n, 400_000n, 600_000n, 700_000n, 800_000n, 900_000n, 1_000_000n];
    // Sorted 1..10 lakh-paisa; positions 2.25, 4.5, 6.75.
    expect(priceQuartiles(prices)).toEqual({ q1: 325_000n, median: 550_000n, q3: 775_000n, count: 10 });
    expect(priceQuartiles(Array.from({ length: 11 }, () => 150_000n))).toEqual({ q1: 150_000n, median: 150_000n, q3: 150_000n, count: 11 });
  });

  it('always have q1 <= median <= q3 within the prices', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: MIN_ORDERS_FOR_PRICES, maxLength: 60 }), (prices) => {
        const q = priceQuartiles(prices)!;
        const sorted = [...prices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const [min, max] = [sorted[0]!, sorted.at(-1)!];
        return min <= q.q1 && q.q1 <= q.median && q.median <= q.q3 && q.q3 <= max && q.count === prices.length;
      }),
    );
  });
});

describe('course and lesson input', () => {
  it('needs a title in one language, a known skill, a slug and a price read as money', () => {
    const ok = parseWith(courseInput, { slug: 'Cloud-Basics', track: 'cloud', skill: 'cloud-computing', title_ur: 'کلاؤڈ کی بنیادی باتیں', price: '1,500' });
    expect(ok).toMatchObject({ slug: 'cloud-basics', title_en: null, title_ur: 'کلاؤڈ کی بنیادی باتیں', priceMinor: 150_000n, currency: 'PKR' });
    expect(parseWith(courseInput, { slug: 'free-one', track: 'ai', skill: 'ai-ml', title_en: 'Free one' }).priceMinor).toBe(0n);
    expect(fieldsOf(() => parseWith(courseInput, { slug: 'bad slug!', track: 'space', skill: 'juggling', price: 'lots' }))).toEqual({
      slug: 'field.course_slug',
      track: 'field.choose',
      skill: 'field.choose',
    });
    expect(fieldsOf(() => parseWith(courseInput, { slug: 'x', track: 'ai', skill: 'ai-ml', price: 'lots' }))).toEqual({ title_en: 'field.title_one_language', price: 'field.money_invalid' });
  });

  it('keeps a lesson’s Markdown as written but refuses a video that is not https', () => {
    const l = parseWith(lessonInput, { title_en: 'Intro', body_en: '<script>alert(1)</script>', video_url: 'https://youtu.be/abc' });
    expect(l.body_en).toBe('<script>alert(1)</script>');
    expect(fieldsOf(() => parseWith(lessonInput, { title_en: 'Intro', video_url: 'javascript:alert(1)' }))).toEqual({ video_url: 'field.https_link' });
    expect(fieldsOf(() => parseWith(lessonInput, { body_en: 'no title' }))).toEqual({ title_en: 'field.title_one_language' });
    expect(fieldsOf(() => parseWith(lessonInput, { title_en: 'x'.repeat(161) }))).toEqual({ title_en: 'field.too_long' });
  });
});
