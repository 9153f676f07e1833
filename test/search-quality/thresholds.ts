// The recall@10 below which quality.int.test.ts fails: a guard against search getting worse. Each
// figure is the lowest the search reached over several runs when it was last set, less 0.02, rounded
// down to two decimals (never below 0): results that score the same come in the order of their
// random ids, so a figure moves a little from one seeded database to the next (prefix: 0.432 to
// 0.455). Raise them when the search gets better (the test prints today's figures).
import type { QueryKind } from './queries.ts';

/**
 * Set on issue 17's matching (docs/decisions/0042), over the demo gigs of src/seed/demo-gigs.ts (71
 * published): the figures of two runs in comments; before it, overall 0.671.
 */
export const RECALL_THRESHOLDS: { overall: number; byKind: Record<QueryKind, number> } = {
  overall: 0.9, // 0.925-0.927 (0.671 before)
  byKind: {
    english: 0.94, // 0.961 (0.961)
    urdu: 0.93, // 0.958 (0.939)
    roman: 0.83, // 0.856 (0.615)
    arabic: 0.95, // 0.971 (0.971)
    typo: 0.91, // 0.933 (0.426)
    'word-form': 0.9, // 0.920 (0.303)
    'single-word': 0.93, // 0.951 (0.486)
    spacing: 0.9, // 0.928 (0.880)
    transliteration: 0.75, // 0.778 (0.261)
    prefix: 0.9, // 0.924-0.947 (0.432)
  },
};

/**
 * Typo queries (by their text) whose correct spelling still finds fewer gigs than they do. The test
 * fails on any other such query, and on one listed here that no longer finds more than its correct
 * spelling (remove it then): the list only shrinks. Empty since corrections keep only the nearest
 * known words (src/search/vocabulary.ts); before, grafic design, wordpres, anmation and ilustration.
 */
export const KNOWN_INVERSIONS: readonly string[] = [];
