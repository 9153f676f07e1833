import { describe, expect, it } from 'vitest';
import { pluralChoices } from '../platform/i18n.ts';
import { catalog, catalogTables } from './catalog.ts';

/** The names a message fills: its {name} placeholders and the counts of its plural choices. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();

describe('the message catalog', () => {
  it('has every key in both languages, in every feature table', () => {
    for (const [name, table] of Object.entries(catalogTables)) {
      const en = Object.keys(table.en).sort();
      const ur = Object.keys(table.ur).sort();
      expect(ur, `${name}: keys in one language only`).toEqual(en);
    }
    expect(Object.keys(catalog.ur).sort()).toEqual(Object.keys(catalog.en).sort());
  });

  it('never defines one key in two feature tables', () => {
    const seen = new Map<string, string>();
    for (const [name, table] of Object.entries(catalogTables)) {
      for (const key of Object.keys(table.en)) {
        expect(seen.get(key), `${key} is defined in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, en] of Object.entries(catalog.en)) {
      const ur = (catalog.ur as Record<string, string>)[key] ?? '';
      expect(placeholders(ur), key).toEqual(placeholders(en as string));
    }
  });

  it('writes every plural choice so it can be read, with an "other" branch', () => {
    for (const locale of ['en', 'ur'] as const) {
      for (const [key, text] of Object.entries(catalog[locale])) expect(() => pluralChoices(text as string), `${locale} ${key}`).not.toThrow();
    }
  });

  it('writes Urdu in Urdu: every Urdu message has Arabic-script letters and is not a copy of the English', () => {
    for (const [key, en] of Object.entries(catalog.en)) {
      const ur = (catalog.ur as Record<string, string>)[key] ?? '';
      if (/^[A-Z]{2,}$/.test(en as string)) continue; // acronyms such as API
      expect(ur, key).toMatch(/[\u0600-\u06FF]/);
      expect(ur, key).not.toBe(en);
    }
  });

  it('has an error message for every error code', async () => {
    const { errorStatus } = await import('../platform/errors.ts');
    for (const code of Object.keys(errorStatus)) expect(catalog.en, code).toHaveProperty(`errors.${code}`);
  });
});
