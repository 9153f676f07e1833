import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../platform/forms.ts';
import {
  availableActions,
  canPublish,
  GIG_ACTIONS,
  GIG_STATUSES,
  type GigContent,
  type GigStatus,
  gigInput,
  nextStatus,
  type PackageContent,
  toContent,
} from './domain.ts';

const pkg = (amount: bigint, extra: Partial<PackageContent> = {}): PackageContent => ({
  name: 'Basic',
  description: '',
  price: { amount, currency: 'PKR' },
  delivery_days: 3,
  revisions: 1,
  features: [],
  ...extra,
});

const complete = (extra: Partial<GigContent> = {}): GigContent => ({
  title: 'I will design your logo',
  description: 'Three concepts and the source files.',
  category_slug: 'design',
  skills: [],
  currency: 'PKR',
  packages: [pkg(150000n)],
  faqs: [],
  questions: [],
  ...extra,
});

const errorsOf = (input: unknown) => {
  const r = gigInput.safeParse(input, { reportInput: true });
  return r.success ? {} : Object.fromEntries(Object.entries(fieldErrors(r.error)).map(([k, v]) => [k, v.key]));
};

describe('the gig status machine', () => {
  const table: Record<GigStatus, Record<(typeof GIG_ACTIONS)[number], GigStatus | null>> = {
    draft: { publish: 'published', pause: null, resume: null },
    published: { publish: null, pause: 'paused', resume: null },
    paused: { publish: null, pause: null, resume: 'published' },
  };
  for (const status of GIG_STATUSES) {
    for (const action of GIG_ACTIONS) {
      it(`${action} from ${status} → ${table[status][action] ?? 'refused'}`, () => {
        expect(nextStatus(status, action)).toBe(table[status][action]);
      });
    }
  }
  it('never leads back to draft, and offers exactly the allowed actions', () => {
    for (const s of GIG_STATUSES) for (const a of GIG_ACTIONS) expect(nextStatus(s, a)).not.toBe('draft');
    expect(availableActions('draft')).toEqual(['publish']);
    expect(availableActions('published')).toEqual(['pause']);
    expect(availableActions('paused')).toEqual(['resume']);
  });
});

describe('canPublish', () => {
  it('accepts a complete gig with one package', () => {
    expect(canPublish(complete())).toEqual([]);
  });

  it('lists everything missing from an empty draft', () => {
    const missing = canPublish(complete({ title: ' ', description: '', category_slug: null, packages: [] }));
    expect(missing.map((m) => m.key)).toEqual(['gigs.missing.title', 'gigs.missing.description', 'gigs.missing.category', 'gigs.missing.package']);
  });

  it('names the incomplete package and the field', () => {
    const missing = canPublish(complete({ packages: [pkg(100000n), pkg(0n, { name: '', price: null, delivery_days: null })] }));
    expect(missing).toEqual([
      { field: 'packages.1.name', key: 'gigs.missing.package_name', params: { n: 2 } },
      { field: 'packages.1.price', key: 'gigs.missing.package_price', params: { n: 2 } },
      { field: 'packages.1.delivery_days', key: 'gigs.missing.package_delivery', params: { n: 2 } },
    ]);
  });

  it('demands strictly increasing prices by position', () => {
    expect(canPublish(complete({ packages: [pkg(100n), pkg(200n), pkg(300n)] }))).toEqual([]);
    const same = canPublish(complete({ packages: [pkg(200n), pkg(200n)] }));
    expect(same).toEqual([{ field: 'packages.1.price', key: 'gigs.missing.price_order', params: { n: 2, prev: 1 } }]);
    expect(canPublish(complete({ packages: [pkg(300n), pkg(400n), pkg(100n)] })).map((m) => m.field)).toEqual(['packages.2.price']);
  });

  it('refuses a package in another currency than the gig', () => {
    const p = pkg(100n, { price: { amount: 100n, currency: 'USD' } });
    expect(canPublish(complete({ packages: [p] })).map((m) => m.key)).toEqual(['field.gig_one_currency']);
  });
});

describe('gig input limits', () => {
  const price = (amount: string, currency = 'PKR') => ({ amount, currency });

  it('accepts a draft with only a title, in Urdu', () => {
    const parsed = gigInput.parse({ title: 'میں آپ کا لوگو ڈیزائن کروں گا' });
    expect(toContent(parsed)).toMatchObject({ title: 'میں آپ کا لوگو ڈیزائن کروں گا', packages: [], currency: 'PKR', description: '' });
  });

  it('checks the title: required, at most 100 characters, no markup, no bidi overrides', () => {
    expect(errorsOf({})).toEqual({ title: 'field.required' });
    expect(errorsOf({ title: 'x'.repeat(101) })).toEqual({ title: 'field.too_long' });
    expect(errorsOf({ title: 'x'.repeat(100) })).toEqual({});
    expect(errorsOf({ title: '<script>alert(1)</script>' })).toEqual({ title: 'field.no_markup' });
    expect(errorsOf({ title: 'logo \u202Engised' })).toEqual({ title: 'field.bidi_chars' });
  });

  it('limits the description to 5000 characters', () => {
    expect(errorsOf({ title: 't', description: 'x'.repeat(5000) })).toEqual({});
    expect(errorsOf({ title: 't', description: 'x'.repeat(5001) })).toEqual({ description: 'field.too_long' });
  });

  it('checks prices: positive whole minor units, within the money module’s limits', () => {
    const at = (amount: string, currency = 'PKR') => errorsOf({ title: 't', packages: [{ price: price(amount, currency) }] });
    expect(at('150000')).toEqual({});
    expect(at('-5')).toEqual({ 'packages.0.price.amount': 'field.money_negative' });
    expect(at('1.5')).toEqual({ 'packages.0.price.amount': 'field.money_invalid' });
    expect(at('0')).toEqual({ 'packages.0.price.amount': 'field.gig_price_positive' });
    expect(at('10000000000')).toEqual({});
    expect(at('10000000001')).toEqual({ 'packages.0.price.amount': 'field.money_too_large' });
    expect(at('100000001', 'USD')).toEqual({ 'packages.0.price.amount': 'field.money_too_large' });
    expect(at(String(10n ** 17n))).toEqual({ 'packages.0.price.amount': 'field.money_too_large' });
    expect(errorsOf({ title: 't', packages: [{ price: { amount: 5, currency: 'PKR' } }] })).toEqual({ 'packages.0.price.amount': 'field.money_invalid' });
    expect(errorsOf({ title: 't', packages: [{ price: price('100', 'EUR') }] })).toEqual({ 'packages.0.price.currency': 'field.gig_currency' });
  });

  it('keeps all packages in one currency', () => {
    expect(errorsOf({ title: 't', packages: [{ price: price('100') }, { price: price('200', 'USD') }] })).toEqual({ 'packages.1.price': 'field.gig_one_currency' });
    expect(errorsOf({ title: 't', currency: 'USD', packages: [{ price: price('100') }] })).toEqual({ 'packages.0.price': 'field.gig_one_currency' });
  });

  it('allows 1–3 packages, delivery of 1–90 days, 0–20 revisions or unlimited, 10 features of 80 characters', () => {
    expect(errorsOf({ title: 't', packages: [{}, {}, {}, {}] })).toEqual({ packages: 'field.gig_max_packages' });
    expect(errorsOf({ title: 't', packages: [{ delivery_days: 0 }] })).toEqual({ 'packages.0.delivery_days': 'field.gig_delivery_days' });
    expect(errorsOf({ title: 't', packages: [{ delivery_days: 91 }] })).toEqual({ 'packages.0.delivery_days': 'field.gig_delivery_days' });
    expect(errorsOf({ title: 't', packages: [{ delivery_days: 90, revisions: -1 }] })).toEqual({});
    expect(errorsOf({ title: 't', packages: [{ revisions: 21 }] })).toEqual({ 'packages.0.revisions': 'field.gig_revisions' });
    expect(errorsOf({ title: 't', packages: [{ revisions: -2 }] })).toEqual({ 'packages.0.revisions': 'field.gig_revisions' });
    expect(errorsOf({ title: 't', packages: [{ features: Array(11).fill('x') }] })).toEqual({ 'packages.0.features': 'field.gig_max_features' });
    expect(errorsOf({ title: 't', packages: [{ features: ['x'.repeat(81)] }] })).toEqual({ 'packages.0.features.0': 'field.too_long' });
  });

  it('limits FAQ and buyer questions to 10 rows each, with their own lengths', () => {
    const faq = { question: 'q', answer: 'a' };
    expect(errorsOf({ title: 't', faqs: Array(10).fill(faq) })).toEqual({});
    expect(errorsOf({ title: 't', faqs: Array(11).fill(faq) })).toEqual({ faqs: 'field.gig_max_rows' });
    expect(errorsOf({ title: 't', faqs: [{ question: 'x'.repeat(201), answer: 'a'.repeat(1001) }] })).toEqual({ 'faqs.0.question': 'field.too_long', 'faqs.0.answer': 'field.too_long' });
    expect(errorsOf({ title: 't', questions: Array(11).fill({ question: 'q' }) })).toEqual({ questions: 'field.gig_max_rows' });
    expect(errorsOf({ title: 't', questions: [{ question: 'x'.repeat(301) }] })).toEqual({ 'questions.0.question': 'field.too_long' });
  });
});
