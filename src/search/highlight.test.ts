import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight.ts';

describe('highlight', () => {
  it('marks the terms, ignoring case and Arabic-keyboard letters', () => {
    expect(highlight('Logo design for LOGO lovers', ['logo'])).toEqual([
      { text: 'Logo', mark: true },
      { text: ' design for ', mark: false },
      { text: 'LOGO', mark: true },
      { text: ' lovers', mark: false },
    ]);
    expect(highlight('شادي كارڈ', ['شادی', 'کارڈ']).filter((p) => p.mark).map((p) => p.text)).toEqual(['شادي', 'كارڈ']);
  });

  it('treats markup and regex characters in text and terms as plain text', () => {
    const parts = highlight('<script>alert(1)</script> (a+b)*', ['script', 'a+b', '.*']);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['script', 'script', 'a+b']);
    expect(parts.map((p) => p.text).join('')).toBe('<script>alert(1)</script> (a+b)*');
  });

  it('leaves text alone without terms', () => {
    expect(highlight('plain', [])).toEqual([{ text: 'plain', mark: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });
});

describe('snippet', () => {
  it('starts near a match far into the text', () => {
    const text = `${'word '.repeat(100)}logo here ${'tail '.repeat(100)}`;
    const s = snippet(text, ['logo']);
    expect(s.startsWith('… ')).toBe(true);
    expect(s).toContain('logo here');
    expect(s.length).toBeLessThanOrEqual(206);
    expect(snippet('short logo', ['logo'])).toBe('short logo');
  });

  it('folds every run of white space into one space', () => {
    expect(snippet('  one\n\ntwo\tthree\u00a0four  five ', [])).toBe('one two three four five');
    expect(snippet('one two', ['two'])).toBe('one two');
  });

  it('leaves the shared pattern ready for highlighting the cut', () => {
    const terms = ['logo'];
    const text = `${'word '.repeat(30)}logo one logo two`;
    snippet(text, terms);
    // The same terms' pattern is used again: every match is still found from the start.
    expect(highlight('logo here, logo there', terms).filter((p) => p.mark)).toHaveLength(2);
  });
});
