import { describe, expect, it } from 'vitest';
import { CITIES, LANGUAGES, PROVINCES, SKILL_CATEGORIES, SKILLS, SMALL_TOWNS_AND_RURAL_DISTRICTS } from './data.ts';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;

function expectUniqueSlugs(rows: readonly { slug: string }[]) {
  const slugs = rows.map((r) => r.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
}

function expectBilingual(rows: readonly { en: string; ur: string; urAlt?: readonly string[] }[]) {
  for (const r of rows) {
    expect(r.en.trim(), JSON.stringify(r)).not.toBe('');
    expect(r.ur.trim(), r.en).not.toBe('');
    expect(r.ur, r.en).toMatch(ARABIC_SCRIPT);
    // An Urdu name written in Latin letters would show up as English on an Urdu page.
    expect(r.ur, r.en).not.toMatch(LATIN);
    for (const alt of r.urAlt ?? []) expect(alt, r.en).toMatch(ARABIC_SCRIPT);
  }
}

describe('reference data (pakistan-locale.md)', () => {
  it('has unique, URL-safe slugs in every list', () => {
    expectUniqueSlugs(PROVINCES);
    expectUniqueSlugs(CITIES);
    expectUniqueSlugs(SKILL_CATEGORIES);
    expectUniqueSlugs(SKILLS);
    expectUniqueSlugs(LANGUAGES);
  });

  it('names everything in English and in Urdu script', () => {
    expectBilingual(PROVINCES);
    expectBilingual(CITIES);
    expectBilingual(SKILL_CATEGORIES);
    expectBilingual(SKILLS);
    expectBilingual(LANGUAGES);
  });

  it('puts every city in a listed province or territory, and has all 42 cities of §2 and more', () => {
    const provinces = new Set(PROVINCES.map((p) => p.slug));
    for (const c of CITIES) expect(provinces.has(c.province), c.slug).toBe(true);
    expect(CITIES.length).toBeGreaterThanOrEqual(42);
    for (const slug of ['karachi', 'lahore', 'islamabad', 'peshawar', 'quetta', 'multan', 'faisalabad', 'hyderabad', 'gilgit', 'muzaffarabad']) {
      expect(CITIES.some((c) => c.slug === slug), slug).toBe(true);
    }
    // Every province and territory has at least one city.
    for (const p of PROVINCES) expect(CITIES.some((c) => c.province === p.slug), p.slug).toBe(true);
  });

  it('names small towns and rural districts that exist in the city list', () => {
    expect(SMALL_TOWNS_AND_RURAL_DISTRICTS.size).toBeGreaterThanOrEqual(5);
    for (const slug of SMALL_TOWNS_AND_RURAL_DISTRICTS) expect(CITIES.some((c) => c.slug === slug), slug).toBe(true);
  });

  it('has all 51 skills of §6, each in a listed category, with Roman-Urdu spellings', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(51);
    const categories = new Set<string>(SKILL_CATEGORIES.map((c) => c.slug));
    for (const s of SKILLS) {
      expect(categories.has(s.category), s.slug).toBe(true);
      expect(s.romanUr.length, s.slug).toBeGreaterThan(0);
      for (const r of s.romanUr) expect(r, s.slug).toMatch(/^[A-Za-z][A-Za-z -]*$/);
    }
  });

  it('gives every category skills and a distinct position', () => {
    for (const c of SKILL_CATEGORIES) expect(SKILLS.filter((s) => s.category === c.slug).length, c.slug).toBeGreaterThan(0);
    const positions = SKILL_CATEGORIES.map((c) => c.position);
    expect(new Set(positions).size).toBe(positions.length);
    for (const slug of ['design', 'writing', 'marketing', 'web-mobile', 'data-ai', 'blockchain', 'cloud', 'video', 'virtual-assistance', 'translation', 'teaching']) {
      expect(SKILL_CATEGORIES.some((c) => c.slug === slug), slug).toBe(true);
    }
  });

  it('offers Urdu and English first among the languages spoken', () => {
    expect(LANGUAGES.slice(0, 2).map((l) => l.slug)).toEqual(['ur', 'en']);
    expect(LANGUAGES.length).toBe(14);
  });
});

