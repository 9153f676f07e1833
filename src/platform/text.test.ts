import { describe, expect, it } from 'vitest';
import { unreadableAddress, unreadableText } from './text.ts';

describe('text a request carries', () => {
  it('refuses addresses with a NUL, a broken escape or bytes that are not UTF-8', () => {
    for (const bad of ['/g/a%00b', '/search?q=logo%00', '/search?q=%C3%28', '/g/%FF', '/g/%e0%a4', '/search?q=100%', '/search?q=%zz']) expect(unreadableAddress(bad), bad).toBe(true);
  });

  it('reads ordinary and Urdu addresses', () => {
    for (const ok of ['/', '/g/logo-design', '/search?q=logo+design', `/search?q=${encodeURIComponent('لوگو ڈیزائن')}`, '/search?q=100%25', '/u/ayesha?next=%2Fdashboard']) expect(unreadableAddress(ok), ok).toBe(false);
  });

  it('finds a NUL or a replacement character anywhere in a body, keys included', () => {
    expect(unreadableText('a\u0000b')).toBe(true);
    expect(unreadableText({ list: ['ok', { deep: 'x\uFFFDy' }] })).toBe(true);
    expect(unreadableText({ 'k\u0000': 'v' })).toBe(true);
    expect(unreadableText({ name: 'نادیہ', n: 3, ok: true, none: null, list: ['Rs 5,000'] })).toBe(false);
  });
});
