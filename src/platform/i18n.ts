// The one t(). Messages live beside each feature (src/<feature>/messages.ts) and are merged in
// src/i18n/catalog.ts; a unit test fails when a key exists in one language only. Placeholders are
// written {name}. A word that depends on a count is written as a plural choice, a small part of ICU
// MessageFormat: {n, plural, one {# day} other {# days}}, where # is the count as passed and the
// branch follows the language's plural rules (Intl.PluralRules: English and Urdu have `one` and
// `other`; `=0` picks an exact number). Urdu wording follows docs/urdu-glossary.md.
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
  return formatMessage(locale, text, params);
}

/** A message's text with its plural choices made and its placeholders filled. */
export function formatMessage(locale: Locale, text: string, params: Params = {}): string {
  if (!text.includes('{')) return text;
  return fill(text.includes(', plural,') ? choosePlurals(locale, text, params) : text, params);
}

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** One plural choice: the count's name and its branches (`one`, `other`, `=0`, ...). */
interface PluralChoice {
  start: number;
  end: number;
  name: string;
  branches: Map<string, string>;
}

/**
 * The plural choices of a message, in order. Throws on a malformed one (an unclosed brace, an unknown
 * branch name, no `other`): the catalog test parses every message, so a mistake fails the build
 * rather than a page.
 */
export function pluralChoices(text: string): PluralChoice[] {
  const out: PluralChoice[] = [];
  const head = /\{(\w+), plural,/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const branches = new Map<string, string>();
    let i = m.index + m[0].length;
    for (;;) {
      while (text[i] === ' ') i++;
      if (text[i] === '}') break;
      const selector = /^(=\d+|zero|one|two|few|many|other) ?\{/.exec(text.slice(i));
      if (!selector) throw new Error(`plural choice of {${m[1]}}: expected a branch at ${i} in "${text}"`);
      i += selector[0].length;
      let depth = 1;
      const from = i;
      for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
      if (depth > 0) throw new Error(`plural choice of {${m[1]}}: unclosed branch in "${text}"`);
      branches.set(selector[1]!, text.slice(from, i - 1));
    }
    if (!branches.has('other')) throw new Error(`plural choice of {${m[1]}} has no "other" branch in "${text}"`);
    out.push({ start: m.index, end: i + 1, name: m[1]!, branches });
    head.lastIndex = i + 1;
  }
  return out;
}

const parsedPlurals = new Map<string, PluralChoice[]>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The count a placeholder was given: a number, or a number formatted with grouping ("1,234"). */
function countOf(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  return value === undefined ? Number.NaN : Number(value.replace(/[,\s]/g, ''));
}

function choosePlurals(locale: Locale, text: string, params: Params): string {
  let choices = parsedPlurals.get(text);
  if (!choices) {
    choices = pluralChoices(text);
    parsedPlurals.set(text, choices);
  }
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  let out = '';
  let at = 0;
  for (const c of choices) {
    const value = params[c.name];
    const n = countOf(value);
    const branch = (Number.isFinite(n) ? (c.branches.get(`=${n}`) ?? c.branches.get(rules.select(n))) : undefined) ?? c.branches.get('other')!;
    out += text.slice(at, c.start) + branch.replaceAll('#', value === undefined ? `{${c.name}}` : String(value));
    at = c.end;
  }
  return out + text.slice(at);
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
