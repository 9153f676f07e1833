import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_BYTES, codeFromBytes, groupCode, isCode, readCode, verifyUrl } from './domain.ts';

describe('verification codes', () => {
  it('are 20 characters of Crockford base32 holding 100 random bits', () => {
    expect(CODE_ALPHABET).toBe('0123456789ABCDEFGHJKMNPQRSTVWXYZ');
    expect(CODE_ALPHABET).toHaveLength(32);
    // 20 × 5 = 100 bits: at least the 80 the issue asks for.
    expect(codeFromBytes(new Uint8Array(CODE_BYTES))).toBe('00000000000000000000');
    expect(codeFromBytes(new Uint8Array(CODE_BYTES).fill(0xff))).toBe('ZZZZZZZZZZZZZZZZZZZZ');
    // The first 5 bits of 0b10101010… are 10101 = 21 = 'N', then 01010 = 10 = 'A'.
    expect(codeFromBytes(new Uint8Array(CODE_BYTES).fill(0xaa)).slice(0, 2)).toBe('NA');
    for (let i = 0; i < 200; i++) expect(isCode(codeFromBytes(randomBytes(CODE_BYTES)))).toBe(true);
    expect(() => codeFromBytes(new Uint8Array(12))).toThrow(RangeError);
  });

  it('use every bit: each of the first 100 bits changes the code', () => {
    const base = codeFromBytes(new Uint8Array(CODE_BYTES));
    for (let bit = 0; bit < 100; bit++) {
      const bytes = new Uint8Array(CODE_BYTES);
      bytes[bit >> 3] = 0x80 >> (bit & 7);
      expect(codeFromBytes(bytes)).not.toBe(base);
    }
  });

  it('are printed in five groups of four', () => {
    expect(groupCode('7K3M9QW2XD4HRT6BN8PZ')).toBe('7K3M-9QW2-XD4H-RT6B-N8PZ');
    expect(verifyUrl('https://hunar.example.pk/', '7K3M9QW2XD4HRT6BN8PZ')).toBe('https://hunar.example.pk/verify/7K3M9QW2XD4HRT6BN8PZ');
  });

  it('read back however a person types them', () => {
    const code = '7K3M9QW2XD4HRT6BN8PZ';
    for (const typed of [code, '7K3M-9QW2-XD4H-RT6B-N8PZ', '7k3m-9qw2-xd4h-rt6b-n8pz', ' 7K3M 9QW2 XD4H RT6B N8PZ ', '7K3M–9QW2—XD4H‐RT6B−N8PZ', '۷K۳M-۹QW۲-XD۴H-RT۶B-N۸PZ', '٧K٣M٩QW٢XD٤HRT٦BN٨PZ', '７Ｋ３Ｍ９ＱＷ２ＸＤ４ＨＲＴ６ＢＮ８ＰＺ']) {
      expect(readCode(typed), typed).toBe(code);
    }
    // Crockford's look-alikes: O is 0, I and L are 1.
    expect(readCode('O1IL-0000-0000-0000-0000')).toBe('01110000000000000000');
  });

  it('refuse anything that cannot be a code, never turning it into another one', () => {
    for (const bad of ['', '7K3M-9QW2-XD4H-RT6B', '7K3M9QW2XD4HRT6BN8PZ0', '7K3M9QW2XD4HRT6BN8PU', '7K3M9QW2XD4HRT6BN8P!', '<script>', 'x'.repeat(81), '7K3M9QW2XD4HRT6BN8P/Z']) {
      expect(readCode(bad), bad).toBeNull();
    }
  });

  it('round-trip through their printed form for any random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: CODE_BYTES, maxLength: CODE_BYTES }), (bytes) => {
        const code = codeFromBytes(bytes);
        expect(readCode(groupCode(code))).toBe(code);
        expect(readCode(groupCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});
