import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { parseWith } from './forms.ts';
import { translate } from './i18n.ts';
import {
  add,
  allocate,
  CURRENCIES,
  type Currency,
  CurrencyMismatchError,
  compare,
  convertEstimate,
  currencyNamedIn,
  divideHalfEven,
  equals,
  formatMoney,
  fromMajor,
  invertRate,
  isNegative,
  isPositive,
  isZero,
  MAX_INPUT_MAJOR,
  type Money,
  maxInput,
  money,
  moneyInput,
  moneyToJson,
  multiply,
  negate,
  parseMinorUnits,
  parseMoneyInput,
  parseRate,
  percentOf,
  subtract,
  sum,
  toInputString,
  toMajorString,
} from './money.ts';

const pkr = (major: string) => fromMajor(major, 'PKR');
const usd = (major: string) => fromMajor(major, 'USD');
const currency = fc.constantFrom<Currency>(...CURRENCIES);
const anyAmount = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
const anyMoney = fc.tuple(anyAmount, currency).map(([a, c]) => money(a, c));
const inputAmount = (c: Currency) => fc.bigInt({ min: 0n, max: maxInput(c).amount });

function parsed(input: string, c: Currency = 'PKR'): Money {
  const r = parseMoneyInput(input, c);
  if (!r.ok) throw new Error(`${JSON.stringify(input)} refused with ${r.key}`);
  return r.value;
}
const refusal = (input: string, c: Currency = 'PKR') => {
  const r = parseMoneyInput(input, c);
  return r.ok ? 'accepted' : r.key;
};
// Intl puts a no-break space between "Rs" and the number, so a price never breaks across lines.
const nb = (s: string) => s.replace(/ /g, '\u00A0');
const toUrduDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const toArabicDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const group3 = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const groupLakh = (digits: string) => (digits.length <= 3 ? digits : `${digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${digits.slice(-3)}`);

describe('money and fromMajor', () => {
  it('holds minor units and a currency, frozen', () => {
    const m = money(150000n, 'PKR');
    expect(m).toEqual({ amount: 150000n, currency: 'PKR' });
    expect(Object.isFrozen(m)).toBe(true);
    expect(money(250, 'USD').amount).toBe(250n);
  });

  it('refuses numbers that are not safe integers, and unknown currencies', () => {
    expect(() => money(1.5, 'PKR')).toThrow(RangeError);
    expect(() => money(2 ** 53, 'PKR')).toThrow(RangeError);
    expect(() => money(Number.NaN, 'PKR')).toThrow(RangeError);
    expect(() => money(1n, 'EUR' as Currency)).toThrow(RangeError);
  });

  it('reads exact decimal strings in major units', () => {
    expect(pkr('1500.50').amount).toBe(150050n);
    expect(pkr('1500.5').amount).toBe(150050n);
    expect(pkr('1500').amount).toBe(150000n);
    expect(pkr('0.01').amount).toBe(1n);
    expect(pkr('-0.05').amount).toBe(-5n);
    expect(usd('12345678901234567890.99').amount).toBe(1234567890123456789099n);
    // 0.1 + 0.2 is exactly 0.3 here.
    expect(equals(add(usd('0.1'), usd('0.2')), usd('0.3'))).toBe(true);
  });

  it('refuses anything else in fromMajor', () => {
    for (const bad of ['', '1.005', '1,500', ' 1', '1e3', 'abc', '.5', '1.', '--1', '+1', 'NaN']) {
      expect(() => fromMajor(bad, 'PKR'), bad).toThrow(RangeError);
    }
  });

  it('prints exact major-unit text and form text', () => {
    expect(toMajorString(money(150050n, 'PKR'))).toBe('1500.50');
    expect(toMajorString(money(5n, 'USD'))).toBe('0.05');
    expect(toMajorString(money(-5n, 'USD'))).toBe('-0.05');
    expect(toMajorString(money(0n, 'USD'))).toBe('0.00');
    expect(toInputString(money(150000n, 'PKR'))).toBe('1500');
    expect(toInputString(money(150050n, 'PKR'))).toBe('1500.50');
  });

  it('round-trips every amount through toMajorString and fromMajor', () => {
    fc.assert(fc.property(anyMoney, (m) => equals(fromMajor(toMajorString(m), m.currency), m)));
  });

  it('speaks JSON with the amount as a string of minor units', () => {
    expect(moneyToJson(pkr('1500'))).toEqual({ amount: '150000', currency: 'PKR' });
    expect(JSON.stringify(moneyToJson(money(2n ** 70n, 'USD')))).toContain('"1180591620717411303424"');
  });
});

describe('parseMoneyInput: what a person types', () => {
  it('accepts the usual ways of writing an amount', () => {
    expect(parsed('1,500').amount).toBe(150000n);
    expect(parsed('1500.5').amount).toBe(150050n);
    expect(parsed(' Rs 1,500 ').amount).toBe(150000n);
    expect(parsed('Rs. 1,500').amount).toBe(150000n);
    expect(parsed('rs1500').amount).toBe(150000n);
    expect(parsed('PKR 1500').amount).toBe(150000n);
    expect(parsed('1500 PKR').amount).toBe(150000n);
    expect(parsed('₨ 20').amount).toBe(2000n);
    expect(parsed('500 روپے').amount).toBe(50000n);
    expect(parsed('1,50,000').amount).toBe(15000000n); // lakh grouping
    expect(parsed('1,500,000.75').amount).toBe(150000075n);
    expect(parsed('.5').amount).toBe(50n);
    expect(parsed('1500.').amount).toBe(150000n);
    expect(parsed('1.500').amount).toBe(150n); // trailing zeros lose nothing
    expect(parsed('0').amount).toBe(0n);
    expect(parsed('1,500.00\u00A0Rs').amount).toBe(150000n);
    expect(parsed('$20', 'USD').amount).toBe(2000n);
    expect(parsed('US$ 1,000', 'USD').amount).toBe(100000n);
    expect(parsed('19.99 usd', 'USD').amount).toBe(1999n);
  });

  it('accepts Urdu, Arabic-Indic and full-width digits and separators', () => {
    expect(parsed('۱۵۰۰').amount).toBe(150000n);
    expect(parsed('۱,۵۰۰.۵۰').amount).toBe(150050n);
    expect(parsed('١٬٥٠٠٫٥').amount).toBe(150050n); // Arabic thousands and decimal separators
    expect(parsed('۱۵،۰۰۰').amount).toBe(1500000n); // Arabic comma as a separator
    expect(parsed('１５００').amount).toBe(150000n);
  });

  it('refuses empty text, letters and malformed numbers', () => {
    expect(refusal('')).toBe('field.required');
    expect(refusal('   ')).toBe('field.required');
    for (const bad of ['abc', 'Rs', '1500abc', 'fifteen hundred', '1e5', '0x10', '1,5', '1,50', ',500', '1,,500', '1.5.0', '15 00', 'Infinity', 'NaN', '$20', '20 dollars', '1500 rsx', '½']) {
      expect(refusal(bad), bad).toBe('field.money_invalid');
    }
    expect(refusal('20 PKR', 'USD')).toBe('field.money_invalid'); // the wrong currency's word
    expect(refusal('1'.repeat(41))).toBe('field.money_invalid');
  });

  it('refuses negative amounts, however the minus is written', () => {
    for (const bad of ['-5', '-1,500.50', 'Rs -5', '-Rs 5', '\u22125', '- 5']) expect(refusal(bad), bad).toBe('field.money_negative');
  });

  it('refuses fractions of a paisa or cent', () => {
    expect(refusal('1.005')).toBe('field.money_decimals');
    expect(refusal('0.001', 'USD')).toBe('field.money_decimals');
    expect(refusal('1.0001')).toBe('field.money_decimals');
  });

  it('refuses absurd amounts and names the limit', () => {
    expect(MAX_INPUT_MAJOR).toEqual({ PKR: 100_000_000n, USD: 1_000_000n });
    expect(parsed('100,000,000').amount).toBe(10_000_000_000n);
    expect(parseMoneyInput('100,000,000.01', 'PKR')).toEqual({ ok: false, key: 'field.money_too_large', params: { max: nb('Rs 100,000,000') } });
    expect(parseMoneyInput('1000001', 'USD')).toEqual({ ok: false, key: 'field.money_too_large', params: { max: '$1,000,000' } });
    expect(refusal('999999999999999999999999999999')).toBe('field.money_too_large');
  });

  it('reads back any amount up to the limit, however it is written', () => {
    fc.assert(
      fc.property(
        currency.chain((c) => fc.tuple(fc.constant(c), inputAmount(c))),
        fc.constantFrom('plain', 'group3', 'lakh', 'prefix', 'suffix', 'urdu', 'arabic'),
        ([c, amount], style) => {
          const m = money(amount, c);
          const [whole = '', frac = ''] = toMajorString(m).split('.');
          const body = (w: string) => `${w}.${frac}`;
          const text = {
            plain: body(whole),
            group3: body(group3(whole)),
            lakh: body(groupLakh(whole)),
            prefix: `${c === 'PKR' ? 'Rs' : '$'} ${body(group3(whole))}`,
            suffix: `${body(whole)} ${c}`,
            urdu: toUrduDigits(body(group3(whole))),
            arabic: toArabicDigits(body(whole)),
          }[style];
          expect(equals(parsed(text, c), m)).toBe(true);
          // The form text of an amount reads back as the same amount.
          expect(equals(parsed(toInputString(m), c), m)).toBe(true);
        },
      ),
    );
  });

  it('never accepts a negative amount or more than the limit, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), currency, (s, c) => {
        const r = parseMoneyInput(s, c);
        if (r.ok) expect(r.value.amount >= 0n && r.value.amount <= maxInput(c).amount && r.value.currency === c).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds which currency a typed amount names', () => {
    expect(currencyNamedIn('Rs 500')).toBe('PKR');
    expect(currencyNamedIn('500 روپے')).toBe('PKR');
    expect(currencyNamedIn('$20')).toBe('USD');
    expect(currencyNamedIn('20 USD')).toBe('USD');
    expect(currencyNamedIn('20')).toBeUndefined();
    expect(currencyNamedIn('20 dollars')).toBeUndefined();
  });

  it('reads API minor units given as text', () => {
    expect(parseMinorUnits('150000', 'PKR')).toEqual({ ok: true, value: money(150000n, 'PKR') });
    expect(parseMinorUnits('-1', 'PKR')).toEqual({ ok: false, key: 'field.money_negative' });
    expect(parseMinorUnits('15.5', 'PKR')).toEqual({ ok: false, key: 'field.money_invalid' });
    expect(parseMinorUnits('', 'PKR')).toEqual({ ok: false, key: 'field.required' });
    expect(parseMinorUnits('10000000001', 'PKR')).toMatchObject({ ok: false, key: 'field.money_too_large' });
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, multiplies, negates and sums in one currency', () => {
    expect(add(pkr('10.50'), pkr('0.75')).amount).toBe(1125n);
    expect(subtract(pkr('10'), pkr('10.01')).amount).toBe(-1n);
    expect(multiply(usd('19.99'), 3).amount).toBe(5997n);
    expect(multiply(usd('19.99'), 3n).amount).toBe(5997n);
    expect(negate(usd('1')).amount).toBe(-100n);
    expect(sum('PKR', [pkr('1'), pkr('2'), pkr('3.5')]).amount).toBe(650n);
    expect(sum('USD', []).amount).toBe(0n);
    expect(() => multiply(usd('1'), 1.5)).toThrow(RangeError);
  });

  it('never mixes currencies', () => {
    expect(() => add(pkr('1'), usd('1'))).toThrow(CurrencyMismatchError);
    expect(() => subtract(pkr('1'), usd('1'))).toThrow(CurrencyMismatchError);
    expect(() => compare(pkr('1'), usd('1'))).toThrow(CurrencyMismatchError);
    expect(() => sum('PKR', [pkr('1'), usd('1')])).toThrow(CurrencyMismatchError);
    expect(equals(pkr('1'), usd('1'))).toBe(false);
  });

  it('compares and tells the sign', () => {
    expect(compare(pkr('1'), pkr('2'))).toBe(-1);
    expect(compare(pkr('2'), pkr('2.00'))).toBe(0);
    expect(compare(pkr('2.01'), pkr('2'))).toBe(1);
    expect(isZero(pkr('0'))).toBe(true);
    expect(isNegative(pkr('-0.01'))).toBe(true);
    expect(isPositive(pkr('0.01'))).toBe(true);
    expect(isNegative(pkr('0')) || isPositive(pkr('0'))).toBe(false);
  });

  it('behaves like integer arithmetic (properties)', () => {
    fc.assert(
      fc.property(currency, anyAmount, anyAmount, (c, a, b) => {
        const x = money(a, c);
        const y = money(b, c);
        expect(equals(subtract(add(x, y), y), x)).toBe(true);
        expect(equals(add(x, y), add(y, x))).toBe(true);
        expect(compare(x, y) + compare(y, x)).toBe(0);
        expect(isZero(subtract(x, x))).toBe(true);
      }),
    );
  });
});

describe('divideHalfEven and percentOf', () => {
  it('rounds ties to the even neighbour, symmetrically around zero', () => {
    const cases: [bigint, bigint, bigint][] = [
      [1n, 2n, 0n],
      [3n, 2n, 2n],
      [5n, 2n, 2n],
      [7n, 2n, 4n],
      [-1n, 2n, 0n],
      [-3n, 2n, -2n],
      [-5n, 2n, -2n],
      [1n, 3n, 0n],
      [2n, 3n, 1n],
      [-2n, 3n, -1n],
      [10n, 5n, 2n],
      [5n, -2n, -2n],
      [0n, 7n, 0n],
    ];
    for (const [n, d, q] of cases) expect(divideHalfEven(n, d), `${n}/${d}`).toBe(q);
    expect(() => divideHalfEven(1n, 0n)).toThrow(RangeError);
  });

  it('is the nearest integer, ties to even (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const q = divideHalfEven(n, d);
        const err = n - q * d; // the rounding error, in units of 1/d
        expect(2n * (err < 0n ? -err : err) <= d).toBe(true);
        if (2n * (err < 0n ? -err : err) === d) expect(q % 2n).toBe(0n);
        expect(divideHalfEven(-n, d)).toBe(-q);
      }),
    );
  });

  it('takes basis points of an amount, rounded half-even to the paisa or cent', () => {
    expect(percentOf(pkr('1000'), 500).amount).toBe(5000n); // 5% of Rs 1,000 = Rs 50
    expect(percentOf(pkr('10.10'), 500).amount).toBe(50n); // 50.5 paisa → 50 (even)
    expect(percentOf(pkr('10.30'), 500).amount).toBe(52n); // 51.5 paisa → 52 (even)
    expect(percentOf(usd('0.01'), 5000).amount).toBe(0n); // half a cent → 0
    expect(percentOf(usd('0.03'), 5000).amount).toBe(2n); // 1.5 cents → 2
    expect(percentOf(usd('-10.10'), 500).amount).toBe(-50n);
    expect(percentOf(usd('99.99'), 10_000).amount).toBe(9999n);
    expect(percentOf(usd('99.99'), 0).amount).toBe(0n);
  });

  it('a fee and what is left always add up to the whole (property)', () => {
    fc.assert(
      fc.property(anyMoney, fc.integer({ min: 0, max: 10_000 }), (m, bp) => {
        const fee = percentOf(m, bp);
        const rest = subtract(m, fee);
        expect(equals(add(fee, rest), m)).toBe(true);
        const err = m.amount * BigInt(bp) - fee.amount * 10_000n;
        expect(2n * (err < 0n ? -err : err) <= 10_000n).toBe(true);
      }),
    );
  });
});

describe('allocate', () => {
  it('splits without losing a paisa', () => {
    expect(allocate(pkr('1.00'), [1, 1, 1]).map((m) => m.amount)).toEqual([34n, 33n, 33n]);
    expect(allocate(pkr('0.05'), [3, 7]).map((m) => m.amount)).toEqual([2n, 3n]); // 1.5 and 3.5: a tie, the earlier part first
    expect(allocate(pkr('100'), [95, 5]).map((m) => m.amount)).toEqual([9500n, 500n]);
    expect(allocate(pkr('0.01'), [1, 1]).map((m) => m.amount)).toEqual([1n, 0n]);
    expect(allocate(pkr('-1.00'), [1, 1, 1]).map((m) => m.amount)).toEqual([-34n, -33n, -33n]);
    expect(allocate(pkr('10'), [0, 1]).map((m) => m.amount)).toEqual([0n, 1000n]);
    expect(allocate(usd('7'), [1]).map((m) => m.amount)).toEqual([700n]);
    expect(allocate(usd('7'), [1, 1]).every((m) => m.currency === 'USD')).toBe(true);
  });

  it('refuses meaningless ratios', () => {
    expect(() => allocate(pkr('1'), [])).toThrow(RangeError);
    expect(() => allocate(pkr('1'), [0, 0])).toThrow(RangeError);
    expect(() => allocate(pkr('1'), [1, -1])).toThrow(RangeError);
    expect(() => allocate(pkr('1'), [0.5, 0.5])).toThrow(RangeError);
  });

  it('parts sum to the whole and each is within one unit of its exact share (property)', () => {
    fc.assert(
      fc.property(anyMoney, fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((rs) => rs.some((r) => r > 0)), (m, ratios) => {
        const parts = allocate(m, ratios);
        expect(parts).toHaveLength(ratios.length);
        expect(equals(sum(m.currency, parts), m)).toBe(true);
        const total = BigInt(ratios.reduce((a, b) => a + b, 0));
        parts.forEach((p, i) => {
          const r = BigInt(ratios[i]!);
          if (r === 0n) expect(p.amount).toBe(0n);
          // |part * total - amount * ratio| < total
          const diff = p.amount * total - m.amount * r;
          expect((diff < 0n ? -diff : diff) < total).toBe(true);
        });
      }),
    );
  });
});

/** What a reader sees: the invisible bidi isolates of an Urdu amount taken away. */
const unisolated = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('formatMoney', () => {
  it('prints PKR as "Rs 1,500" and USD as "$1,500.00" in both languages, with Western digits', () => {
    for (const locale of ['en', 'ur'] as const) {
      const shown = (m: Money) => unisolated(formatMoney(locale, m));
      expect(shown(pkr('1500'))).toBe(nb('Rs 1,500'));
      expect(shown(pkr('12345678'))).toBe(nb('Rs 12,345,678'));
      expect(shown(usd('1500'))).toBe('$1,500.00');
      expect(shown(usd('0.05'))).toBe('$0.05');
    }
  });

  it('keeps an Urdu amount a left-to-right island ("$10.00" after Urdu words, never "10.00$")', () => {
    expect(formatMoney('ur', usd('10'))).toBe('\u2066$10.00\u2069');
    expect(formatMoney('ur', pkr('-1500'))).toBe(`\u2066${nb('-Rs 1,500')}\u2069`);
    // English pages are left to right already: their amounts are plain.
    expect(formatMoney('en', usd('10'))).toBe('$10.00');
  });

  it('never hides a paisa: a fraction is always shown', () => {
    expect(formatMoney('en', pkr('1500.50'))).toBe(nb('Rs 1,500.50'));
    expect(unisolated(formatMoney('ur', pkr('0.01')))).toBe(nb('Rs 0.01'));
  });

  it('shows two decimals when asked (statements, receipts)', () => {
    expect(formatMoney('en', pkr('1500'), { decimals: 'always' })).toBe(nb('Rs 1,500.00'));
    expect(unisolated(formatMoney('ur', usd('3'), { decimals: 'always' }))).toBe('$3.00');
  });

  it('prints negative amounts with a minus sign', () => {
    expect(formatMoney('en', pkr('-1500'))).toBe(nb('-Rs 1,500'));
    expect(unisolated(formatMoney('ur', pkr('-1500')))).toBe(nb('-Rs 1,500'));
  });

  it('is exact for amounts beyond floating point', () => {
    expect(formatMoney('en', money(123456789012345678901n, 'USD'))).toBe('$1,234,567,890,123,456,789.01');
  });

  it('shows exactly the digits of the amount (property)', () => {
    fc.assert(
      fc.property(anyMoney, fc.constantFrom('en' as const, 'ur' as const), (m, locale) => {
        const shown = formatMoney(locale, m, { decimals: 'always' });
        expect(shown).toMatch(m.currency === 'PKR' ? /Rs/ : /\$/);
        expect(shown).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
        expect(shown.replace(/[^\d.-]/g, '').replace(/^(-?)\./, '$1')).toBe(toMajorString(m));
      }),
    );
  });
});

describe('convertEstimate', () => {
  const usdToPkr = { from: 'USD', to: 'PKR', rate: '278.45' } as const;
  const pkrToUsd = { from: 'PKR', to: 'USD', rate: '0.0035714' } as const;

  it('converts at an exact decimal rate, rounded half-even', () => {
    expect(convertEstimate(usd('10'), 'PKR', usdToPkr)).toEqual(pkr('2784.50'));
    expect(convertEstimate(usd('0.01'), 'PKR', usdToPkr)).toEqual(pkr('2.78')); // 2.7845 → 2.78
    expect(convertEstimate(pkr('1500'), 'USD', pkrToUsd)).toEqual(usd('5.36')); // 5.3571
    expect(convertEstimate(usd('0.01'), 'PKR', { from: 'USD', to: 'PKR', rate: '250.5' })).toEqual(pkr('2.50')); // 2.505 → 2.50 (tie, even)
    expect(convertEstimate(usd('0.03'), 'PKR', { from: 'USD', to: 'PKR', rate: '250.5' })).toEqual(pkr('7.52')); // 7.515 → 7.52 (tie, even)
  });

  it('leaves an amount already in the target currency alone', () => {
    expect(convertEstimate(pkr('1500'), 'PKR', usdToPkr)).toEqual(pkr('1500'));
  });

  it('refuses a rate for other currencies and malformed rates', () => {
    expect(() => convertEstimate(pkr('1'), 'USD', usdToPkr)).toThrow(CurrencyMismatchError);
    for (const rate of ['', '0', '0.000', '-1', '1e3', 'abc', '1,000', '.5', '1.']) {
      expect(() => convertEstimate(usd('1'), 'PKR', { from: 'USD', to: 'PKR', rate }), rate).toThrow(RangeError);
    }
  });

  it('parses rates exactly and inverts them', () => {
    expect(parseRate('278.45')).toEqual({ numerator: 27845n, denominator: 100n });
    expect(invertRate({ from: 'USD', to: 'PKR', rate: '280' })).toEqual({ from: 'PKR', to: 'USD', rate: '0.00357143' });
    expect(invertRate({ from: 'USD', to: 'PKR', rate: '0.5' }, 0)).toEqual({ from: 'PKR', to: 'USD', rate: '2' });
    expect(invertRate({ from: 'PKR', to: 'USD', rate: '0.25' })).toEqual({ from: 'USD', to: 'PKR', rate: '4' });
  });

  it('is within half a unit of the exact conversion (property)', () => {
    fc.assert(
      // A whole-number rate written with trailing zeros ("278.000") converts exactly.
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.nat({ max: 6 }), (amount, whole, zeros) => {
        const rate = zeros === 0 ? `${whole}` : `${whole}.${'0'.repeat(zeros)}`;
        expect(convertEstimate(money(amount, 'USD'), 'PKR', { from: 'USD', to: 'PKR', rate }).amount).toBe(amount * whole);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (amount, milli) => {
        const rate = `${milli / 1000n}.${(milli % 1000n).toString().padStart(3, '0')}`;
        const out = convertEstimate(money(amount, 'PKR'), 'USD', { from: 'PKR', to: 'USD', rate });
        const err = out.amount * 1000n - amount * milli;
        expect(2n * (err < 0n ? -err : err) <= 1000n).toBe(true);
      }),
    );
  });
});

describe('moneyInput schema', () => {
  const form = z.object({ price: moneyInput('PKR') });
  const fieldsOf = (schema: z.ZodType, input: unknown) => {
    try {
      parseWith(schema, input);
    } catch (e) {
      if (e instanceof AppError) return e.fields;
      throw e;
    }
    return undefined;
  };

  it('accepts what a person types in a form', () => {
    expect(parseWith(form, { price: ' Rs 1,500 ' }).price).toEqual(pkr('1500'));
    expect(parseWith(form, { price: '۲۵۰۰' }).price).toEqual(pkr('2500'));
  });

  it('accepts API amounts as strings of minor units', () => {
    expect(parseWith(form, { price: { amount: '150000', currency: 'PKR' } }).price).toEqual(pkr('1500'));
    expect(parseWith(moneyInput(), { amount: '1999', currency: 'USD' })).toEqual(usd('19.99'));
  });

  it('gives each refusal its own translated field message', () => {
    expect(fieldsOf(form, { price: '-5' })).toEqual({ price: { key: 'field.money_negative', params: {} } });
    expect(fieldsOf(form, { price: 'abc' })).toEqual({ price: { key: 'field.money_invalid', params: {} } });
    expect(fieldsOf(form, { price: '' })).toEqual({ price: { key: 'field.required', params: {} } });
    expect(fieldsOf(form, { price: '1.001' })).toEqual({ price: { key: 'field.money_decimals', params: {} } });
    expect(fieldsOf(form, { price: '200000000' })).toEqual({ price: { key: 'field.money_too_large', params: { max: nb('Rs 100,000,000') } } });
    expect(fieldsOf(form, { price: { amount: '-100', currency: 'PKR' } })).toEqual({ 'price.amount': { key: 'field.money_negative', params: {} } });
    expect(fieldsOf(form, { price: { amount: '15.5', currency: 'PKR' } })).toEqual({ 'price.amount': { key: 'field.money_invalid', params: {} } });
    expect(fieldsOf(form, { price: { amount: '100', currency: 'USD' } })).toEqual({ 'price.currency': { key: 'field.choose', params: {} } });
    // A JSON number is refused: amounts travel as strings.
    expect(fieldsOf(form, { price: { amount: 150000, currency: 'PKR' } })?.price?.key).toBe('field.invalid');
    expect(fieldsOf(form, {})?.price?.key).toBeDefined();
  });

  it('without a currency, needs the typed amount to name one', () => {
    expect(parseWith(moneyInput(), '$20')).toEqual(usd('20'));
    expect(parseWith(moneyInput(), 'Rs 20')).toEqual(pkr('20'));
    expect(fieldsOf(moneyInput(), '20')).toEqual({ _form: { key: 'field.money_invalid', params: {} } });
  });

  it('has its messages in English and Urdu, naming the limit', () => {
    for (const key of ['field.money_invalid', 'field.money_negative', 'field.money_decimals', 'field.money_too_large']) {
      for (const locale of ['en', 'ur'] as const) expect(translate(locale, key, { max: nb('Rs 100,000,000') })).not.toBe(key);
    }
    expect(translate('en', 'field.money_too_large', { max: nb('Rs 100,000,000') })).toBe(`The amount can be at most ${nb('Rs 100,000,000')}.`);
    expect(translate('ur', 'field.money_too_large', { max: nb('Rs 100,000,000') })).toContain(nb('Rs 100,000,000'));
    expect(translate('ur', 'field.money_negative')).toBe('رقم منفی نہیں ہو سکتی۔');
  });
});
