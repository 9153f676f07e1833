// The one t(). Messages live beside each feature (src/<feature>/messages.ts) and are merged in
// src/i18n/catalog.ts; a unit test fails when a key exists in one language only. Placeholders are
// written {name}. Urdu wording follows docs/urdu-glossary.md.
import { catalog } from '../i18n/catalog.ts';

export const locales = ['en', 'ur'] as const;
export type Locale = (typeof locales)[number];
export type MessageKey = keyof (typeof catalog)['en'];
export type Params = Record<string, string | number>;
export type T = (key: MessageKey | (string & {}), params?: Params) => string;

export function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'ur';
}

export function translate(locale: Locale, key: string, params: Params = {}): string {
  const table = catalog[locale] as Record<string, string>;
  const text = table[key] ?? (catalog.en as Record<string, string>)[key];
  if (text === undefined) return key;
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): T {
  return (key, params) => translate(locale, key, params);
}

export function hasKey(key: string): boolean {
  return key in catalog.en;
}

/** Picks the best supported language from an Accept-Language header (q-values honoured). */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale);
}

export const dir = (locale: Locale) => (locale === 'ur' ? 'rtl' : 'ltr');
