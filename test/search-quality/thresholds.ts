// The recall@10 below which quality.int.test.ts fails: a guard against search getting worse. Each
// figure is the lowest the search reached over several runs when it was last set, less 0.02, rounded
// down to two decimals (never below 0): results that score the same come in the order of their
// random ids, so a figure moves a little from one seeded database to the next (prefix: 0.432 to
// 0.455). Raise them when the search gets better (the test prints today's figures).
import type { QueryKind } from './queries.ts';

/** Set on the search before issue 17's new matching, over the demo gigs of src/seed/demo-gigs.ts (71 published). */
export const RECALL_THRESHOLDS: { overall: number; byKind: Record<QueryKind, number> } = {
  overall: 0.65, // 0.671
  byKind: {
    english: 0.94, // 0.961
    urdu: 0.91, // 0.939
    roman: 0.59, // 0.615
    arabic: 0.95, // 0.971
    typo: 0.4, // 0.426
    'word-form': 0.28, // 0.303
    'single-word': 0.46, // 0.486
    spacing: 0.86, // 0.880
    transliteration: 0.24, // 0.261
    prefix: 0.41, // 0.432
  },
};

/**
 * Typo queries (by their text) whose correct spelling still finds fewer gigs than they do, as the
 * search stood when these were set. The test fails on any other such query, and on one listed here
 * that no longer finds more than its correct spelling (remove it then): the list only shrinks.
 */
export const KNOWN_INVERSIONS: readonly string[] = [
  'grafic design', // graphic design 4, grafic design 9
  'wordpres', // wordpress 4, wordpres 5
  'anmation', // animation 1, anmation 6-8
  'ilustration', // illustration 3, ilustration 4
];
