// streamsFor(): which postings lists a search walks (docs/decisions/0030-search-postings.md).
import { describe, expect, it } from 'vitest';
import { MAX_STREAMS, searchTerms, streamsFor } from './service.ts';

describe('streamsFor', () => {
  it('takes the rarest word of each phrasing, and both lists of each slug the query names', () => {
    const terms = searchTerms('logo design');
    // "design" is common, "logo" is not listed as common (so rarer); in Urdu, "ڈیزائن" is the more common.
    const frequency = new Map([['design', 0.02], ['ڈیزائن', 0.01], ['لوگو', 0.001], ['dizain', 0.0001], ['logo', 0]]);
    expect(streamsFor(terms, [['logo'], ['design']], frequency)).toEqual(['logo', 'لوگو', 'skill logo-design', 'category logo-design']);
  });

  it('prefers the longer word between equals (no statistics yet)', () => {
    expect(streamsFor(searchTerms('qz abcdef'), [], new Map())).toEqual(['abcdef']);
  });

  it('walks every alternative of the rarest misspelt word', () => {
    const terms = searchTerms('qzlogo desgin');
    const frequency = new Map([['design', 0.05], ['designs', 0.01], ['qzlogos', 0.2]]);
    // The phrasing itself (neither word is common and they are as long: the first), then every
    // alternative of the corrected word whose alternatives are rarer in all.
    expect(streamsFor(terms, [['qzlogos'], ['design', 'designs']], frequency)).toEqual(['qzlogo', 'design', 'designs']);
  });

  it('adds no corrected list when a word has no alternative (that reading matches nothing)', () => {
    expect(streamsFor(searchTerms('qzlogo desgin'), [['qzlogos'], []], new Map())).toEqual(['qzlogo']);
  });

  it('gives up (null) past MAX_STREAMS lists, so PostgreSQL plans the window', () => {
    const terms = { ...searchTerms('x'), expansions: Array.from({ length: MAX_STREAMS + 1 }, (_, i) => `word${i}`) };
    expect(streamsFor(terms, [], new Map())).toBeNull();
    expect(streamsFor({ ...terms, expansions: terms.expansions.slice(0, MAX_STREAMS) }, [], new Map())).toHaveLength(MAX_STREAMS);
  });
});
