// The pure half of "nothing is a dead end" (suggest.ts): closeness by trigrams and phonetic key, the
// categories and names closest to a query in both scripts, and the corrected query.
import { describe, expect, it } from 'vitest';
import { closestCategories, closestEntries, correctedQuery, isUrduScript, suggestedQueries, trigramSimilarity, wordCloseness } from './suggest.ts';

describe('closeness of two words', () => {
  it('is 1 for the same word and 0 for words with no trigram in common, as pg_trgm counts', () => {
    expect(trigramSimilarity('design', 'design')).toBe(1);
    expect(trigramSimilarity('qqq', 'design')).toBe(0);
    // "  d", " de" and "des" shared, of 7 and 5 trigrams: 3 of 9.
    expect(trigramSimilarity('design', 'desk')).toBeCloseTo(3 / 9);
  });

  it('meets across scripts through the phonetic key', () => {
    expect(wordCloseness('ورڈپریس', 'wordpress')).toBeGreaterThanOrEqual(0.8);
    expect(wordCloseness('tarjama', 'ترجمہ')).toBeGreaterThanOrEqual(0.8);
    expect(wordCloseness('logo', 'ترجمہ')).toBe(0);
  });
});

describe('the categories closest to a query', () => {
  it.each([
    ['logo desgn qqq', 'design'],
    ['ڈیزاین', 'design'],
    ['vidio editng', 'video'],
    ['wordpres', 'web-mobile'],
    ['ورڈپریس ویبسائٹ', 'web-mobile'],
    ['tarjma', 'translation'],
    ['excell', 'data-ai'],
    ['contnt writng', 'writing'],
  ])('%s → %s first', (query, category) => {
    expect(closestCategories(query)[0]).toBe(category);
  });

  it('ranks a skill that matches more of the query words above one that matches fewer', () => {
    const [first, second] = closestEntries('logo desgn');
    expect(first!.slug).toBe('logo-design');
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('finds none for nonsense or an empty query, and gives at most three', () => {
    expect(closestCategories('qqq zzz')).toEqual([]);
    expect(closestCategories('')).toEqual([]);
    expect(closestCategories('design writing marketing video translation data').length).toBe(3);
  });
});

describe('suggested queries', () => {
  it('puts the corrected query first, then the closest names in the query script, none twice', () => {
    expect(suggestedQueries('logo desgn qqq', 'logo design')).toEqual(['logo design', 'Graphic design', 'Social media post design', 'Poster / flyer design']);
    expect(suggestedQueries('ورڈپریسس', null)[0]).toBe('ورڈپریس');
    expect(suggestedQueries('qqq', null)).toEqual([]);
  });

  it('tells the script of a query by most of its letters', () => {
    expect(isUrduScript('لوگو ڈیزائن')).toBe(true);
    expect(isUrduScript('logo ڈیزائن design')).toBe(false);
    expect(isUrduScript('123')).toBe(false);
  });
});

describe('the corrected query', () => {
  it('is offered only when a word changed and something besides glue words is left', () => {
    expect(correctedQuery(['logo', 'desgn', 'qqq'], ['logo', 'design'])).toBe('logo design');
    expect(correctedQuery(['logo', 'design'], ['logo', 'design'])).toBeNull();
    expect(correctedQuery(['for', 'qqq'], ['for'])).toBeNull();
    expect(correctedQuery(['qqq'], [])).toBeNull();
    expect(correctedQuery(['desgn', 'desing'], ['design', 'design'])).toBe('design');
  });
});
