import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../platform/forms.ts';
import { announcementInput, associationEditInput, associationInput, duesDecision, duesInput, duesPeriod, inLanguage, joinOutcome, karachiDay, mayLeave } from './domain.ts';

const fieldsOf = (schema: Parameters<typeof parseWith>[0], raw: unknown) => {
  try {
    parseWith(schema, raw);
    return {};
  } catch (e) {
    return Object.fromEntries(Object.entries((e as { fields: Record<string, { key: string }> }).fields).map(([k, v]) => [k, v.key]));
  }
};

describe('starting an association', () => {
  it('takes a name in either language and a city, a skill or both', () => {
    const ok = parseWith(associationInput, { slug: ' Multan-Women-Designers ', name_ur: 'ملتان ویمن ڈیزائنرز', name_en: '', city: 'multan', skill: '' });
    expect(ok).toMatchObject({ slug: 'multan-women-designers', name_ur: 'ملتان ویمن ڈیزائنرز', name_en: null, city: 'multan', skill: null, join_mode: 'open' });
  });

  it('says which fields are wrong, all at once: no name, no focus, a bad address, an unknown way to join', () => {
    expect(fieldsOf(associationInput, { slug: 'lahore devs', name_en: '', name_ur: '', city: '', skill: '', join_mode: 'invite' })).toEqual({
      slug: 'field.association_slug',
      name_en: 'field.association_name',
      city: 'field.association_focus',
      join_mode: 'field.choose',
    });
    expect(fieldsOf(associationInput, { slug: 'lahore-devs', name_en: '', name_ur: '', city: '', skill: '' })).toEqual({ name_en: 'field.association_name', city: 'field.association_focus' });
    expect(fieldsOf(associationInput, { slug: 'x--y', name_en: 'Lahore <b>Devs</b>', city: 'lahore' })).toEqual({ slug: 'field.association_slug', name_en: 'field.no_markup' });
    // A name too short keeps its own message (not "give it a name").
    expect(fieldsOf(associationInput, { slug: 'ab c', name_en: 'LD', city: '' })).toEqual({ slug: 'field.association_slug', name_en: 'field.too_short', city: 'field.association_focus' });
    expect(fieldsOf(associationInput, null)).toMatchObject({ _form: expect.any(String) });
  });
});

describe('editing an association', () => {
  it('follows the same rules as starting one, and has no address to change', () => {
    expect(fieldsOf(associationEditInput, { name_en: '', name_ur: '', city: '', skill: '', join_mode: 'invite' })).toEqual({
      name_en: 'field.association_name',
      city: 'field.association_focus',
      join_mode: 'field.choose',
    });
    const ok = parseWith(associationEditInput, { slug: 'another-address', name_en: 'Lahore Developers', skill: 'wordpress', join_mode: 'request' });
    expect(ok).toEqual({ name_en: 'Lahore Developers', name_ur: null, about_en: null, about_ur: null, rules_en: null, rules_ur: null, city: null, skill: 'wordpress', join_mode: 'request' });
  });
});

describe('announcements', () => {
  it('needs a title with its text in at least one language', () => {
    expect(fieldsOf(announcementInput, {})).toEqual({ title_ur: 'field.association_announcement' });
    expect(fieldsOf(announcementInput, { title_en: 'Meet-up on Saturday' })).toEqual({ body_en: 'field.required' });
    expect(parseWith(announcementInput, { title_ur: 'ہفتے کو ملاقات', body_ur: 'ای روزگار سینٹر میں، شام چار بجے۔' })).toMatchObject({ title_en: null, body_en: null });
  });
});

describe('dues', () => {
  it('reads an amount in rupees and a day from 1 to 28; 0 stops the dues', () => {
    expect(parseWith(duesInput, { amount: 'Rs 500', day_of_month: '5' })).toEqual({ amount: { amount: 50_000n, currency: 'PKR' }, dayOfMonth: 5 });
    expect(parseWith(duesInput, { amount: '0', day_of_month: '1' })).toEqual({ amount: null, dayOfMonth: 1 });
    expect(fieldsOf(duesInput, { amount: 'five hundred', day_of_month: '3' })).toEqual({ amount: 'field.money_invalid' });
    expect(fieldsOf(duesInput, { amount: '500', day_of_month: '31' })).toEqual({ day_of_month: 'field.association_day' });
  });

  it('falls due from the collection day of each month in Karachi', () => {
    // 31 March 2026, 20:00 UTC is already 1 April in Karachi (UTC+5).
    expect(karachiDay(new Date('2026-03-31T20:00:00Z'))).toEqual({ period: '2026-04', day: 1 });
    expect(duesPeriod(new Date('2026-03-31T20:00:00Z'), 1)).toBe('2026-04');
    expect(duesPeriod(new Date('2026-04-04T12:00:00Z'), 5)).toBeNull();
    expect(duesPeriod(new Date('2026-04-05T00:00:00Z'), 5)).toBe('2026-04');
  });

  it('is paid whole or not at all, never leaving a balance below zero', () => {
    expect(duesDecision(50_000n, 50_000n)).toBe('paid');
    expect(duesDecision(49_999n, 50_000n)).toBe('unpaid');
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (balance, amount) => {
        const after = duesDecision(balance, amount) === 'paid' ? balance - amount : balance;
        expect(after >= 0n).toBe(true);
        expect(after === balance || after === balance - amount).toBe(true);
      }),
    );
  });
});

describe('joining and leaving', () => {
  it('joins an open association at once, waits for an officer where requests are asked, and refuses twice', () => {
    expect(joinOutcome('open', null)).toEqual({ ok: true, status: 'active' });
    expect(joinOutcome('request', null)).toEqual({ ok: true, status: 'pending' });
    expect(joinOutcome('open', 'left')).toEqual({ ok: true, status: 'active' });
    expect(joinOutcome('open', 'removed')).toEqual({ ok: true, status: 'pending' });
    expect(joinOutcome('open', 'active')).toEqual({ ok: false, code: 'associations.already_member' });
    expect(joinOutcome('request', 'pending')).toEqual({ ok: false, code: 'associations.already_requested' });
  });

  it('keeps an officer while there are members', () => {
    expect(mayLeave('member', 1, 5)).toBe(true);
    expect(mayLeave('officer', 1, 5)).toBe(false);
    expect(mayLeave('officer', 2, 5)).toBe(true);
    expect(mayLeave('officer', 1, 1)).toBe(true);
  });
});

describe('languages', () => {
  it('shows the reader’s language when written in it, else the other', () => {
    expect(inLanguage('ur', 'Lahore Developers', null)).toEqual({ text: 'Lahore Developers', lang: 'en' });
    expect(inLanguage('ur', 'Lahore Developers', 'لاہور ڈویلپرز')).toEqual({ text: 'لاہور ڈویلپرز', lang: 'ur' });
    expect(inLanguage('en', null, null)).toBeNull();
  });
});
