import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { translate } from '../platform/i18n.ts';
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH } from './cursor.ts';

const secret = 'test-secret-that-is-at-least-32-characters-long';
const payload = { score: 0.4213, published: '2025-01-02T03:04:05.000Z', id: '8c0e6f4e-7c55-4a8e-9d0a-2b7f1c3d4e5f' };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return `${e.code} ${e.status}`;
    throw e;
  }
  return 'accepted';
}

describe('search cursors', () => {
  it('round-trips a payload', () => {
    const cursor = encodeCursor(secret, payload);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(decodeCursor(secret, cursor)).toEqual(payload);
    expect(decodeCursor(Buffer.from(secret), cursor)).toEqual(payload);
    expect(decodeCursor(secret, encodeCursor(secret, { title: 'لوگو ڈیزائن', n: -3 }))).toEqual({ title: 'لوگو ڈیزائن', n: -3 });
  });

  it('round-trips any small payload (property)', () => {
    const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { maxKeys: 4 }), (p) => {
        const json = JSON.parse(JSON.stringify(p)); // -0 becomes 0 through JSON, as for any client
        expect(decodeCursor(secret, encodeCursor(secret, p))).toEqual(json);
      }),
    );
  });

  it('refuses a cursor with any one character changed (property)', () => {
    const cursor = encodeCursor(secret, payload);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    fc.assert(
      fc.property(fc.nat({ max: cursor.length - 1 }), fc.constantFrom(...alphabet), (i, c) => {
        fc.pre(cursor[i] !== c);
        const changed = cursor.slice(0, i) + c + cursor.slice(i + 1);
        expect(refusal(() => decodeCursor(secret, changed))).toBe('search.bad_cursor 400');
      }),
      { numRuns: 500 },
    );
    // Every position of the signature, including the last character's spare bits.
    for (let i = cursor.length - 22; i < cursor.length; i++) {
      const c = cursor[i] === 'A' ? 'B' : String.fromCharCode(cursor.charCodeAt(i) ^ 1);
      const changed = cursor.slice(0, i) + c + cursor.slice(i + 1);
      expect(refusal(() => decodeCursor(secret, changed)), changed).toBe('search.bad_cursor 400');
    }
  });

  it('refuses a changed payload, even with a well-formed body', () => {
    const cursor = encodeCursor(secret, payload);
    const [, signature] = cursor.split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload, score: 99 })).toString('base64url');
    expect(refusal(() => decodeCursor(secret, `${forged}.${signature}`))).toBe('search.bad_cursor 400');
    // Bytes flipped inside the decoded JSON.
    const bytes = Buffer.from(cursor.split('.')[0]!, 'base64url');
    bytes[5]! ^= 0x01;
    expect(refusal(() => decodeCursor(secret, `${bytes.toString('base64url')}.${signature}`))).toBe('search.bad_cursor 400');
  });

  it('refuses a cursor made with another secret', () => {
    const cursor = encodeCursor('another-secret-of-a-good-length-too-12345', payload);
    expect(refusal(() => decodeCursor(secret, cursor))).toBe('search.bad_cursor 400');
  });

  it('refuses garbage of every kind', () => {
    const samples: unknown[] = [
      '',
      '.',
      'abc',
      'abc.',
      '.abcdefghijklmnopqrstuv',
      'abc.def',
      'not base64!.abcdefghijklmnopqrstuv',
      "'; DROP TABLE gigs; --",
      '<script>alert(1)</script>',
      `${'a'.repeat(40)}.${'b'.repeat(22)}`,
      `${encodeCursor(secret, payload)}.extra`,
      ` ${encodeCursor(secret, payload)}`,
      undefined,
      null,
      42,
      { cursor: 'x' },
      ['x'],
    ];
    for (const s of samples) expect(refusal(() => decodeCursor(secret, s)), String(s)).toBe('search.bad_cursor 400');
  });

  it('refuses random strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (s) => {
        expect(refusal(() => decodeCursor(secret, s))).toBe('search.bad_cursor 400');
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses an over-long cursor before doing any work, and never makes one', () => {
    expect(MAX_CURSOR_LENGTH).toBe(512);
    expect(refusal(() => decodeCursor(secret, `${'a'.repeat(MAX_CURSOR_LENGTH)}.${'b'.repeat(22)}`))).toBe('search.bad_cursor 400');
    expect(refusal(() => decodeCursor(secret, 'x'.repeat(1_000_000)))).toBe('search.bad_cursor 400');
    expect(() => encodeCursor(secret, { q: 'x'.repeat(400) })).toThrow(/longer than 512/);
  });

  it('refuses payloads that cannot be a cursor when encoding (a bug, not bad input)', () => {
    expect(() => encodeCursor(secret, { x: Number.NaN })).toThrow();
    expect(() => encodeCursor(secret, { x: Number.POSITIVE_INFINITY })).toThrow();
    expect(() => encodeCursor(secret, { x: { y: 1 } } as never)).toThrow();
    expect(() => encodeCursor(secret, [1, 2] as never)).toThrow();
    expect(() => encodeCursor('', payload)).toThrow();
  });

  it('tells the person what happened, in English and Urdu', () => {
    expect(translate('en', 'errors.search.bad_cursor')).toMatch(/start the search again/);
    expect(translate('ur', 'errors.search.bad_cursor')).toMatch(/دوبارہ تلاش/);
  });
});
