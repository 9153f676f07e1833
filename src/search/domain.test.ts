// Query planning and ranking (domain.ts, docs/decisions/0042).
import { describe, expect, it } from 'vitest';
import { matchText, OPTIONAL_WORDS, type PlannedWord, planWords, RANK, rankOf, rankPlan, SKILL_BONUS, streamsFor, type WordFacts } from './domain.ts';

const known = (stems: string[] = []): WordFacts => ({ known: true, stems, corrections: [], completions: [] });
const unknown = (corrections: string[], stems: string[] = []): WordFacts => ({ known: false, stems, corrections, completions: [] });
const plan = (words: string[], facts: Record<string, WordFacts>) => planWords(words, new Map(Object.entries(facts)));
const doc = (title: string[], skills: string[] = [], description: string[] = []) => ({ title, skills, description });

describe('planWords', () => {
  it('gives each word its exact form, stems, phonetic key, and the last word a prefix', () => {
    const [logo, designer] = plan(['logo', 'designer'], { logo: known(['logo']), designer: known(['design', 'designer']) });
    expect(logo).toMatchObject({ word: 'logo', optional: false, prefix: false, tiers: { exact: ['logo'], stem: ['~logo'], corrected: [], phonetic: [] } });
    expect(designer).toMatchObject({ prefix: true, tiers: { exact: ['designer'], stem: ['~design', '~designer'], corrected: [], phonetic: ['#dsnr'] } });
  });

  it('corrects an unknown word of four letters or more, never a known or a short one', () => {
    const [desing] = plan(['desing', 'x'], { desing: unknown(['design', 'desi']) });
    expect(desing!.tiers.corrected).toEqual(['design', 'desi']);
    // The corrections' keys join the phonetic tier (design → #dsn), beside the typo's own.
    expect(desing!.tiers.phonetic).toEqual(['#dsng', '#dsn']);
    expect(plan(['seo'], { seo: unknown(['sea']) })[0]!.tiers.corrected).toEqual([]);
    expect(plan(['design'], { design: { ...known(), corrections: ['designs'] } })[0]!.tiers.corrected).toEqual([]);
  });

  it('leaves glue words out of the match unless the query is nothing else', () => {
    const words = plan(['mujhe', 'logo', 'banana', 'hai'], {});
    expect(words.filter((w) => !w.optional).map((w) => w.word)).toEqual(['logo']);
    expect(plan(['banana'], {})[0]!.optional).toBe(false);
    for (const w of ['for', 'ka', 'banana', 'chahiye', 'کے', 'بنانا']) expect(OPTIONAL_WORDS.has(w)).toBe(true);
  });

  it('gives Roman-Urdu words what they mean ("likhna" → writing)', () => {
    expect(plan(['content', 'likhna'], {})[1]!.tiers.exact).toEqual(['likhna', 'writing', 'write', 'writer', 'لکھنا']);
  });

  it('cannot walk a prefix that begins too many words (null lexemes)', () => {
    const [g] = plan(['gra'], { gra: { ...unknown([]), completions: null } });
    expect(g!.lexemes).toBeNull();
    const [graph] = plan(['graph'], { graph: { ...unknown([]), completions: ['graphic', 'graphics'] } });
    expect(graph!.lexemes).toEqual(['graph', '#grf', 'graphic', 'graphics']);
  });
});

describe('matchText', () => {
  it('needs every required word, each by any of its alternatives; the last also as a prefix', () => {
    const words = plan(['logo', 'desing'], { logo: known(['logo']), desing: unknown(['design'], ['desing']) });
    expect(matchText(words)).toBe("('logo' | '~logo') & ('desing' | '~desing' | 'design' | '#dsng' | '#dsn' | 'desing':*)");
  });

  it('also accepts the taxonomy names in the query written another way, whole', () => {
    const words = plan(['logo'], { logo: known() });
    expect(matchText(words, ['لوگو ڈیزائن'])).toBe("(('logo' | 'logo':*)) | (('لوگو' & 'ڈیزائن'))");
  });

  it('is empty for nothing to match', () => {
    expect(matchText([])).toBe('');
  });
});

describe('ranking', () => {
  const words = plan(['wordpress', 'developer'], { wordpress: known(['wordpress']), developer: known(['develop']) });

  it('puts title above skills above description, whatever the tier', () => {
    expect(RANK('title', 'phonetic')).toBeGreaterThan(RANK('skills', 'exact'));
    expect(RANK('skills', 'phonetic')).toBeGreaterThan(RANK('description', 'exact'));
    const inTitle = rankOf(words, doc(['wordpress', 'developer']));
    const inSkills = rankOf(words, doc([], ['wordpress', 'developer']));
    const inDescription = rankOf(words, doc([], [], ['wordpress', 'developer']));
    expect(inTitle).toBeGreaterThan(inSkills);
    expect(inSkills).toBeGreaterThan(inDescription);
  });

  it('puts exact above stemmed above corrected above phonetic, at one place', () => {
    const typo = plan(['wordpres'], { wordpres: unknown(['wordpress'], ['wordpr']) });
    const exact = rankOf(words, doc(['wordpress', 'developer']));
    const stemmed = rankOf(words, doc(['wordpress', '~develop']));
    const phonetic = rankOf(words, doc(['wordpress', '#dlpr']));
    expect(exact).toBeGreaterThan(stemmed);
    expect(stemmed).toBeGreaterThan(phonetic);
    expect(rankOf(typo, doc(['wordpress']))).toBeGreaterThan(rankOf(typo, doc(['#rdprs'])));
    expect(rankOf(typo, doc(['wordpress']))).toBeLessThan(rankOf(typo, doc(['wordpres'])));
  });

  it('adds the skill bonus to a document tagged with a skill the query names', () => {
    expect(rankOf(words, doc([], ['wordpress']), true) - rankOf(words, doc([], ['wordpress']))).toBe(SKILL_BONUS);
  });

  it('writes one weighted query per word, place and tier, as the SQL ranks them', () => {
    const p = rankPlan(words);
    expect(p.queries.length).toBe(p.scores.length);
    expect(p.groups).toEqual([...p.groups].sort((a, b) => a - b));
    expect(p.queries[0]).toBe("'wordpress':A");
    expect(p.scores[0]).toBe(RANK('title', 'exact'));
    expect(p.queries).toContain("('~develop':A | 'developer':*A)");
    expect(p.queries).toContain("'#rdprs':C");
  });
});

describe('streamsFor', () => {
  const words = (facts: Record<string, WordFacts>, ws: string[]): PlannedWord[] => plan(ws, facts);

  it('walks the alternatives of the rarest required word', () => {
    const ws = words({ logo: known(['logo']), design: { ...known(['design']), completions: [] } }, ['logo', 'design']);
    const frequency = new Map([['design', 0.02], ['~design', 0.03], ['logo', 0.001]]);
    expect(streamsFor(ws, [], frequency, 12)).toEqual(['logo', '~logo']);
  });

  it('adds the rarest word of each other phrasing', () => {
    const ws = words({ logo: known(['logo']) }, ['logo']);
    expect(streamsFor(ws, ['لوگو ڈیزائن'], new Map([['ڈیزائن', 0.1]]), 12)).toEqual(['logo', '~logo', 'لوگو']);
  });

  it('gives up (null) when no required word can be walked or the lists are too many', () => {
    expect(streamsFor(words({ gra: { ...unknown([]), completions: null } }, ['gra']), [], new Map(), 12)).toBeNull();
    const ws = words({ desing: unknown(['design', 'desi', 'dessin', 'desig', 'desk', 'dating']) }, ['desing']);
    expect(streamsFor(ws, [], new Map(), 5)).toBeNull();
  });
});
