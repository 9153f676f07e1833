// The tax profile's rules (domain.ts): CNIC and NTN as people type them, masking, the PSEB
// registration's dates, and the one schema the form and the API share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../platform/forms.ts';
import { money } from '../platform/money.ts';
import { addYears, formatCnic, isDay, maskCnic, normalisePsebNumber, parseCnic, parseNtn, psebExpiryProblem, psebState, revealInput, taxProfileInput } from './domain.ts';

const urdu = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const arabicIndic = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

describe('a CNIC as typed (payments-pakistan.md §5)', () => {
  it.each([
    ['35202-1234567-1', '3520212345671'],
    ['3520212345671', '3520212345671'],
    ['35202-12345671', '3520212345671'],
    [' 35202 - 1234567 - 1 ', '3520212345671'],
    ['35202–1234567–1', '3520212345671'], // en dashes pasted from a document
    [urdu('35202-1234567-1'), '3520212345671'],
    [arabicIndic('6110112345678'), '6110112345678'],
    ['\u206635202-1234567-1\u2069', '3520212345671'], // isolated inside an Urdu sentence
  ])('reads %j as %s', (input, digits) => {
    expect(parseCnic(input)).toEqual({ ok: true, digits });
  });

  it.each(['352021234567', '35202123456712', '3520-21234567-1', '35202-123456-71', 'ABCDE-1234567-1', '35202/1234567/1', '35202--1234567-1', '+923001234567', '35202-1234567-'])(
    'refuses %j',
    (input) => {
      expect(parseCnic(input)).toEqual({ ok: false, key: 'field.tax_cnic_shape' });
    },
  );

  it('asks for one when nothing was typed', () => {
    expect(parseCnic('  ')).toEqual({ ok: false, key: 'field.required' });
  });

  it('is masked to its last four digits in the card’s layout, and formatted whole only on request', () => {
    expect(maskCnic('5671')).toBe('•••••-••••567-1');
    expect(formatCnic('3520212345671')).toBe('35202-1234567-1');
    expect(() => maskCnic('35202')).toThrow();
  });

  it('never shows more than four of its digits when masked (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{13}$/), (digits) => {
        const masked = maskCnic(digits.slice(-4));
        expect(masked.replace(/[^0-9]/g, '')).toBe(digits.slice(-4));
        expect(masked.length).toBe(formatCnic(digits).length);
      }),
    );
  });
});

describe('an NTN as typed (payments-pakistan.md §6)', () => {
  it.each([
    ['4174941-3', { kind: 'entity', ntn: '4174941-3' }],
    ['41749413', { kind: 'entity', ntn: '4174941-3' }],
    ['4174941', { kind: 'entity', ntn: '4174941' }],
    [urdu('4174941-3'), { kind: 'entity', ntn: '4174941-3' }],
    // The check digit is not verified: the published algorithm gives 0 here, the reference's example 3.
    ['4174941-0', { kind: 'entity', ntn: '4174941-0' }],
    ['35202-1234567-1', { kind: 'individual', digits: '3520212345671' }],
    [arabicIndic('3520212345671'), { kind: 'individual', digits: '3520212345671' }],
  ])('reads %j', (input, expected) => {
    expect(parseNtn(input)).toEqual({ ok: true, ...expected });
  });

  it.each(['417494', '4174941-34', '417-4941', 'NTN4174941', '41749413-1', '352021234567', '4174941_3'])('refuses %j', (input) => {
    expect(parseNtn(input)).toEqual({ ok: false, key: 'field.tax_ntn_shape' });
  });
});

describe('PSEB dates', () => {
  it('knows a real calendar day', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26-01-01')).toBe(false);
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2026-12-05', -3)).toBe('2023-12-05');
  });

  it('takes an expiry from three years back to two years ahead, and names the limit it passed', () => {
    const today = '2026-12-05';
    expect(psebExpiryProblem('2027-12-04', today)).toBeNull();
    expect(psebExpiryProblem('2023-12-05', today)).toBeNull();
    expect(psebExpiryProblem('2028-12-05', today)).toBeNull();
    expect(psebExpiryProblem('2023-12-04', today)).toEqual({ key: 'field.tax_pseb_expiry_past', params: { date: '2023-12-05' } });
    expect(psebExpiryProblem('2028-12-06', today)).toEqual({ key: 'field.tax_pseb_expiry_future', params: { date: '2028-12-05' } });
    expect(psebExpiryProblem('1999-01-01', today)?.key).toBe('field.tax_pseb_expiry_past');
    expect(psebExpiryProblem('2099-01-01', today)?.key).toBe('field.tax_pseb_expiry_future');
  });

  it('says expired after the last day and expiring within 30 days of it', () => {
    expect(psebState('2026-12-04', '2026-12-05')).toBe('expired');
    expect(psebState('2026-12-05', '2026-12-05')).toBe('expiring');
    expect(psebState('2027-01-04', '2026-12-05')).toBe('expiring');
    expect(psebState('2027-01-05', '2026-12-05')).toBe('valid');
  });

  it('keeps a registration number in one spelling', () => {
    expect(normalisePsebNumber('  pseb/ifl / ۲۰۲۶–۰۴۱۲ ')).toBe('PSEB/IFL / 2026-0412');
  });
});

/** The schema's field messages, as a form or API caller would get them. */
function problems(body: Record<string, unknown>) {
  const r = taxProfileInput.safeParse(body, { reportInput: true });
  return r.success ? {} : Object.fromEntries(Object.entries(fieldErrors(r.error)).map(([k, v]) => [k, v.key]));
}

describe('the tax profile form and API body', () => {
  it('reads a whole form as the browser sends it', () => {
    const r = taxProfileInput.parse({
      ntn_kind: 'entity',
      ntn: '4174941-3',
      cnic: urdu('35202-1234567-1'),
      pseb_number: 'pseb/ifl/2026/0412',
      pseb_expires_on: urdu('2027-06-30'),
      filer: 'on',
      province: 'punjab',
      has_salary: 'on',
      salary: 'Rs 1,800,000',
    });
    expect(r).toEqual({
      ntn: { kind: 'entity', number: '4174941-3' },
      cnic: { action: 'set', digits: '3520212345671' },
      psebNumber: 'PSEB/IFL/2026/0412',
      psebExpiresOn: '2027-06-30',
      filer: true,
      province: 'punjab',
      hasSalary: true,
      salary: money(180_000_000n, 'PKR'),
    });
  });

  it('reads the same as JSON, with money in paisa', () => {
    const r = taxProfileInput.parse({ ntn_kind: 'cnic', cnic: '3520212345671', filer: true, province: 'islamabad', has_salary: true, salary: { amount: '120000000', currency: 'PKR' } });
    expect(r.ntn).toEqual({ kind: 'cnic' });
    expect(r.salary).toEqual(money(120_000_000n, 'PKR'));
    expect(r.filer).toBe(true);
  });

  it('keeps the CNIC on file when the field is left blank or out, and removes it only for JSON null', () => {
    expect(taxProfileInput.parse({}).cnic).toEqual({ action: 'keep' });
    expect(taxProfileInput.parse({ cnic: '  ' }).cnic).toEqual({ action: 'keep' });
    expect(taxProfileInput.parse({ cnic: null }).cnic).toEqual({ action: 'remove' });
  });

  it('is empty when nothing is given: no NTN, not a filer, no salary', () => {
    expect(taxProfileInput.parse({})).toEqual({ ntn: { kind: 'none' }, cnic: { action: 'keep' }, psebNumber: null, psebExpiresOn: null, filer: false, province: null, hasSalary: false, salary: null });
    // An NTN typed without its kind is an entity's.
    expect(taxProfileInput.parse({ ntn: '4174941' }).ntn).toEqual({ kind: 'entity', number: '4174941' });
    // A salary typed but not ticked is not kept.
    expect(taxProfileInput.parse({ salary: 'Rs 500,000' }).salary).toBeNull();
  });

  it('refuses malformed numbers with a message on their own field', () => {
    expect(problems({ ntn_kind: 'entity', ntn: '12345' })).toEqual({ ntn: 'field.tax_ntn_shape' });
    expect(problems({ ntn_kind: 'entity', ntn: '' })).toEqual({ ntn: 'field.required' });
    expect(problems({ cnic: '35202-123456-1' })).toEqual({ cnic: 'field.tax_cnic_shape' });
    expect(problems({ cnic: 'x'.repeat(200) })).toEqual({ cnic: 'field.tax_cnic_shape' });
    expect(problems({ ntn_kind: 'passport' })).toEqual({ ntn_kind: 'field.choose' });
    expect(problems({ province: 'kashmir' })).toEqual({ province: 'field.choose' });
  });

  it('refuses a 13-digit entity NTN: that is a CNIC, said with "my NTN is my CNIC"', () => {
    expect(problems({ ntn_kind: 'entity', ntn: '35202-1234567-1' })).toEqual({ ntn: 'field.tax_ntn_is_cnic' });
    expect(problems({ ntn: '3520212345671' })).toEqual({ ntn: 'field.tax_ntn_is_cnic' });
  });

  it('wants a PSEB number and its expiry together, each well formed', () => {
    expect(problems({ pseb_number: 'PSEB-1234' })).toEqual({ pseb_expires_on: 'field.tax_pseb_expiry_needed' });
    expect(problems({ pseb_expires_on: '2027-01-01' })).toEqual({ pseb_number: 'field.tax_pseb_number_needed' });
    expect(problems({ pseb_number: 'PSEB-1234', pseb_expires_on: '2027-02-30' })).toEqual({ pseb_expires_on: 'field.tax_date' });
    expect(problems({ pseb_number: 'PSEB-1234', pseb_expires_on: '30/06/2027' })).toEqual({ pseb_expires_on: 'field.tax_date' });
    expect(problems({ pseb_number: '<b>1234</b>', pseb_expires_on: '2027-06-30' })).toEqual({ pseb_number: 'field.tax_pseb_number' });
    expect(problems({ pseb_number: 'P1', pseb_expires_on: '2027-06-30' })).toEqual({ pseb_number: 'field.too_short' });
    expect(problems({ pseb_number: 'P'.repeat(41), pseb_expires_on: '2027-06-30' })).toEqual({ pseb_number: 'field.too_long' });
  });

  it('wants a yearly salary above zero and within the money limit when they say they draw one', () => {
    expect(problems({ has_salary: 'on' })).toEqual({ salary: 'field.required' });
    expect(problems({ has_salary: 'on', salary: '' })).toEqual({ salary: 'field.required' });
    expect(problems({ has_salary: 'on', salary: '0' })).toEqual({ salary: 'field.tax_salary_zero' });
    expect(problems({ has_salary: 'on', salary: 'lots' })).toEqual({ salary: 'field.money_invalid' });
    expect(problems({ has_salary: 'on', salary: '-5000' })).toEqual({ salary: 'field.money_negative' });
    expect(problems({ has_salary: 'on', salary: 'Rs 999,999,999,999' })).toEqual({ salary: 'field.money_too_large' });
    expect(problems({ has_salary: true, salary: { amount: '100', currency: 'USD' } })).toEqual({ 'salary.currency': 'field.choose' });
  });

  it('asks staff for a reason of at least ten characters before a reveal', () => {
    expect(revealInput.safeParse({ reason: 'why not' }).success).toBe(false);
    expect(revealInput.parse({ reason: '  PSEB certificate name check, ticket 42 ' }).reason).toBe('PSEB certificate name check, ticket 42');
  });
});
