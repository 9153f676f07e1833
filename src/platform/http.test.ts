import { describe, expect, it } from 'vitest';
import { safeNext } from './http.ts';

describe('where to go after a form (safeNext)', () => {
  it.each(['/settings', '/onboarding/city?x=1', '/'])('keeps the local path %s', (p) => {
    expect(safeNext(p)).toBe(p);
  });
  it.each([undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'javascript:alert(1)', 'settings'])('refuses %j', (p) => {
    expect(safeNext(p)).toBe('/dashboard');
  });
});
