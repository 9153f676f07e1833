import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../platform/money.ts';
import {
  checkCharacter,
  classifyLine,
  findReference,
  isValidReference,
  makeReference,
  needsTopUpConfirmation,
  nextTopUpStatus,
  parseCsv,
  parseDay,
  parseStatement,
  REFERENCE_ALPHABET,
  signWebhook,
  TOP_UP_STATUSES,
  verifyWebhook,
} from './domain.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('top-up references', () => {
  it('look like HNR-XXXX-XXXX, with no look-alike characters, and check themselves', () => {
    const ref = makeReference(bytes(1, 2, 3, 4, 5, 6, 7));
    expect(ref).toMatch(/^HNR-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(isValidReference(ref)).toBe(true);
    for (const ch of '01OILU') expect(REFERENCE_ALPHABET).not.toContain(ch);
  });

  it('catch every single mistyped character and every swap of neighbours but 2 ↔ Z', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 7, maxLength: 7 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 29 }), (random, pos, shift) => {
        const ref = makeReference(random);
        const chars = ref.replace(/-/g, '').slice(3).split('');
        const typo = [...chars];
        typo[pos] = REFERENCE_ALPHABET[(REFERENCE_ALPHABET.indexOf(chars[pos]!) + shift) % 30]!;
        const t = typo.join('');
        expect(isValidReference(`HNR-${t.slice(0, 4)}-${t.slice(4)}`)).toBe(false);
        // Luhn mod N's one blind spot (like 09 ↔ 90 in card numbers): the first and last characters, 2 and Z.
        const blind = new Set([chars[pos], chars[pos + 1]]).size === 2 && [chars[pos], chars[pos + 1]].every((c) => c === '2' || c === 'Z');
        if (pos < 7 && chars[pos] !== chars[pos + 1] && !blind) {
          const swapped = [...chars];
          [swapped[pos], swapped[pos + 1]] = [swapped[pos + 1]!, swapped[pos]!];
          const s = swapped.join('');
          expect(isValidReference(`HNR-${s.slice(0, 4)}-${s.slice(4)}`)).toBe(false);
        }
      }),
    );
  });

  it('are found in bank narrations however they were typed', () => {
    const ref = makeReference(bytes(9, 8, 7, 6, 5, 4, 3));
    const [, a, b] = ref.split('-');
    expect(findReference(`IBFT FROM ALI ${ref} INV 22`)).toBe(ref);
    expect(findReference(`ibft hnr${a}${b} from ali`.toLowerCase())).toBe(ref);
    expect(findReference(`HNR ${a} ${b}`)).toBe(ref);
    expect(findReference(`ادائیگی HNR.${a}.${b} شکریہ`)).toBe(ref);
    expect(findReference('HNR-AAAA-AAAA')).toBe(isValidReference('HNR-AAAA-AAAA') ? 'HNR-AAAA-AAAA' : null);
    expect(findReference('no reference here')).toBeNull();
    expect(checkCharacter('2222222')).toBe('2');
  });
});

describe('webhook signatures', () => {
  const secret = 'a-secret-of-some-length';
  const body = '{"id":"evt_1"}';
  const now = 1_750_000_000;

  it('accept a fresh, correct signature', () => {
    expect(verifyWebhook(secret, body, signWebhook(secret, body, now), now + 10)).toEqual({ ok: true, timestamp: now });
  });

  it('refuse another secret, another body, a missing or malformed header', () => {
    expect(verifyWebhook(secret, body, signWebhook('another-secret-entirely', body, now), now)).toEqual({ ok: false, problem: 'signature' });
    expect(verifyWebhook(secret, `${body} `, signWebhook(secret, body, now), now)).toEqual({ ok: false, problem: 'signature' });
    for (const h of [undefined, '', 't=abc,v1=00', `v1=${'0'.repeat(64)}`, `t=${now},v1=zz`, `t=${now}`]) expect(verifyWebhook(secret, body, h, now)).toEqual({ ok: false, problem: 'signature' });
  });

  it('refuse a correct signature more than five minutes old (or ahead)', () => {
    expect(verifyWebhook(secret, body, signWebhook(secret, body, now), now + 301)).toEqual({ ok: false, problem: 'stale' });
    expect(verifyWebhook(secret, body, signWebhook(secret, body, now + 301), now)).toEqual({ ok: false, problem: 'stale' });
    expect(verifyWebhook(secret, body, signWebhook(secret, body, now), now + 300).ok).toBe(true);
  });

  it('accept either of two v1 values (secret rotation)', () => {
    const good = signWebhook(secret, body, now).split('v1=')[1];
    expect(verifyWebhook(secret, body, `t=${now},v1=${'a'.repeat(64)},v1=${good}`, now).ok).toBe(true);
  });
});

describe('the top-up state machine', () => {
  it('leaves pending once, keeps succeeded final, and ignores stale events', () => {
    expect(nextTopUpStatus('pending', 'succeeded')).toEqual({ status: 'succeeded', changed: true });
    expect(nextTopUpStatus('pending', 'failed')).toEqual({ status: 'failed', changed: true });
    expect(nextTopUpStatus('pending', 'expired')).toEqual({ status: 'expired', changed: true });
    expect(nextTopUpStatus('pending', 'pending')).toEqual({ status: 'pending', changed: false });
    expect(nextTopUpStatus('succeeded', 'failed')).toEqual({ status: 'succeeded', changed: false });
    expect(nextTopUpStatus('succeeded', 'pending')).toEqual({ status: 'succeeded', changed: false });
    expect(nextTopUpStatus('failed', 'expired')).toEqual({ status: 'failed', changed: false });
    // The money arrived after all: crediting it late beats losing it.
    expect(nextTopUpStatus('expired', 'succeeded')).toEqual({ status: 'succeeded', changed: true });
  });

  it('whatever order events come in, succeeded once seen stays', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOP_UP_STATUSES), { maxLength: 12 }), (events) => {
        let s: (typeof TOP_UP_STATUSES)[number] = 'pending';
        let seenSuccess = false;
        for (const e of events) {
          s = nextTopUpStatus(s, e).status;
          if (e === 'succeeded') seenSuccess = true;
          if (seenSuccess) expect(s).toBe('succeeded');
        }
      }),
    );
  });
});

describe('bank statement CSV', () => {
  const ref = makeReference(bytes(11, 22, 33, 44, 55, 66, 77));

  it('reads quoted fields, CRLF, a BOM and columns in any order', () => {
    expect(parseCsv('\uFEFFa,"b,c","say ""hi"""\r\n1,2,3\r\n\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
    const csv = `\uFEFFBank Txn ID,Date,Reference,Amount,Currency\r\nTX-1,31/01/2025,"IBFT, from Ali ${ref}","5,000.00",pkr\r\n`;
    const { lines, problems } = parseStatement(csv);
    expect(problems).toEqual([]);
    expect(lines).toEqual([{ line: 2, date: '2025-01-31', amount: money(500_000n, 'PKR'), reference: `IBFT, from Ali ${ref}`, bankTxnId: 'TX-1', found: ref }]);
  });

  it('reports bad rows by line and field, and keeps the good ones', () => {
    const csv = [
      'date,amount,currency,reference,bank_txn_id',
      `2025-02-30,100,PKR,${ref},T1`,
      `2025-02-01,=1+1,PKR,${ref},T2`,
      `2025-02-01,-500,PKR,${ref},T3`,
      `2025-02-01,500,EUR,${ref},T4`,
      `2025-02-01,500,PKR,${ref},`,
      '2025-02-01,500,PKR,"=HYPERLINK(""http://evil"")",T6',
      `2025-02-01,500,USD,${ref},T6`,
      '۲۰۲۵-۰۲-۰۱,۱۵۰۰,PKR,رقم HNR بھیجی,T8',
    ].join('\n');
    const { lines, problems } = parseStatement(csv);
    expect(problems.map((p) => [p.line, p.field, p.key])).toEqual([
      [2, 'date', 'field.date_invalid'],
      [3, 'amount', 'field.money_invalid'],
      [4, 'amount', 'payments.statement.not_a_credit'],
      [5, 'currency', 'field.choose'],
      [6, 'bank_txn_id', 'field.required'],
      [8, 'bank_txn_id', 'payments.statement.repeated_txn'],
    ]);
    // A formula is only text: kept as written, never evaluated, no reference in it.
    expect(lines.find((l) => l.line === 7)).toMatchObject({ reference: '=HYPERLINK("http://evil")', found: null, amount: money(50_000n, 'PKR') });
    // Urdu digits and Urdu text.
    expect(lines.find((l) => l.line === 9)).toMatchObject({ date: '2025-02-01', amount: money(150_000n, 'PKR'), reference: 'رقم HNR بھیجی', found: null });
  });

  it('refuses a file without the five columns', () => {
    expect(parseStatement('date,amount,reference\n2025-01-01,1,x').problems).toEqual([{ line: 1, field: 'row', key: 'payments.statement.bad_header' }]);
    expect(parseStatement('').problems[0]?.key).toBe('payments.statement.bad_header');
  });

  it('reads dates the ISO and the Pakistani way, and nothing impossible', () => {
    expect(parseDay('2025-01-31')).toBe('2025-01-31');
    expect(parseDay('31/01/2025')).toBe('2025-01-31');
    expect(parseDay('31-1-2025')).toBe('2025-01-31');
    expect(parseDay('2025-13-01')).toBeNull();
    expect(parseDay('29/02/2025')).toBeNull();
    expect(parseDay('yesterday')).toBeNull();
  });

  it('classifies lines for the preview', () => {
    const topUp = { status: 'pending' as const, amount: money(500_000n, 'PKR'), method: 'bank_transfer' as const };
    expect(classifyLine({ amount: money(500_000n, 'PKR'), found: ref }, topUp, false)).toBe('matched');
    expect(classifyLine({ amount: money(400_000n, 'PKR'), found: ref }, topUp, false)).toBe('amount_differs');
    expect(classifyLine({ amount: money(500_000n, 'USD'), found: ref }, topUp, false)).toBe('amount_differs');
    expect(classifyLine({ amount: money(500_000n, 'PKR'), found: ref }, topUp, true)).toBe('already_applied');
    expect(classifyLine({ amount: money(500_000n, 'PKR'), found: ref }, { ...topUp, status: 'succeeded' }, false)).toBe('already_applied');
    expect(classifyLine({ amount: money(500_000n, 'PKR'), found: null }, null, false)).toBe('unmatched');
    expect(classifyLine({ amount: money(500_000n, 'PKR'), found: ref }, { ...topUp, method: 'simulator' }, false)).toBe('unmatched');
  });
});

describe('large top-ups', () => {
  const rs = (rupees: bigint) => money(rupees * 100n, 'PKR');
  const usd = (dollars: bigint) => money(dollars * 100n, 'USD');
  it('ask for a confirmation above the floor when far above the client’s past top-ups, or the first', () => {
    // Below or at the floor: never.
    expect(needsTopUpConfirmation(rs(100_000n), null)).toBe(false);
    expect(needsTopUpConfirmation(usd(500n), null)).toBe(false);
    expect(needsTopUpConfirmation(usd(3_000n), usd(11n))).toBe(true);
    // "3000" meant as rupees but sent as dollars: a first dollar top-up above the floor.
    expect(needsTopUpConfirmation(usd(3_000n), null)).toBe(true);
    expect(needsTopUpConfirmation(rs(150_000n), null)).toBe(true);
    // Up to five times the largest completed one is usual; more is asked about.
    expect(needsTopUpConfirmation(rs(150_000n), rs(30_000n))).toBe(false);
    expect(needsTopUpConfirmation(rs(150_001n), rs(30_000n))).toBe(true);
    // Past top-ups in the other currency say nothing about this one.
    expect(needsTopUpConfirmation(usd(600n), rs(500_000n))).toBe(true);
  });
});
