import { describe, expect, it } from 'vitest';
import { multiLine, singleLine, unreadableAddress } from './text.ts';

describe('text a request carries', () => {
  it('refuses addresses with a NUL, a broken escape or bytes that are not UTF-8', () => {
    for (const bad of ['/g/a%00b', '/search?q=logo%00', '/search?q=%C3%28', '/g/%FF', '/g/%e0%a4', '/search?q=100%', '/search?q=%zz']) expect(unreadableAddress(bad), bad).toBe(true);
  });

  it('reads ordinary and Urdu addresses', () => {
    for (const ok of ['/', '/g/logo-design', '/search?q=logo+design', `/search?q=${encodeURIComponent('لوگو ڈیزائن')}`, '/search?q=100%25', '/u/ayesha?next=%2Fdashboard']) expect(unreadableAddress(ok), ok).toBe(false);
  });

  it('leaves text in bodies to the schemas, which refuse a NUL with a field message', () => {
    for (const schema of [singleLine(40), multiLine(400)]) {
      const r = schema.safeParse('Karachi\u0000');
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('field.control_chars');
    }
  });
});
