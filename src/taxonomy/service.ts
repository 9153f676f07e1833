// Reference data in the database: cities, skill categories and skills are copied from data.ts at
// every start (boot.ts) and by the seed, so foreign keys and SQL search can use them; forms read
// them back through the list* helpers. Rows that leave data.ts are kept, since profiles and later
// gigs may point at them.
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import type { Locale } from '../platform/i18n.ts';
import { CITIES, type City, LANGUAGES, type Language, PROVINCES, type Province, SKILL_CATEGORIES, SKILLS, type Skill, type SkillCategory } from './data.ts';

export interface ReferenceCounts {
  cities: number;
  categories: number;
  skills: number;
}

/**
 * Every spelling of a skill's or category's name, as documents carrying it are indexed under
 * (0036_search_documents.ts: a change here re-indexes them): English, Urdu, Roman Urdu, other Urdu.
 */
export function searchNames(item: { en: string; ur: string; urAlt?: readonly string[]; romanUr?: readonly string[] }): string {
  return [item.en, item.ur, ...(item.romanUr ?? []), ...(item.urAlt ?? [])].join(' ');
}

async function upsertAll(tx: Tx): Promise<ReferenceCounts> {
  // Rows are rewritten only when they differ, so a restart leaves no dead tuples behind.
  await tx
    .insertInto('cities')
    .values(CITIES.map((c) => ({ slug: c.slug, name_en: c.en, name_ur: c.ur, province: c.province })))
    .onConflict((oc) =>
      oc
        .column('slug')
        .doUpdateSet((eb) => ({ name_en: eb.ref('excluded.name_en'), name_ur: eb.ref('excluded.name_ur'), province: eb.ref('excluded.province') }))
        .where(sql<boolean>`(cities.name_en, cities.name_ur, cities.province) IS DISTINCT FROM (excluded.name_en, excluded.name_ur, excluded.province)`),
    )
    .execute();
  await tx
    .insertInto('skill_categories')
    .values(SKILL_CATEGORIES.map((c) => ({ slug: c.slug, name_en: c.en, name_ur: c.ur, position: c.position, search_names: searchNames(c) })))
    .onConflict((oc) =>
      oc
        .column('slug')
        .doUpdateSet((eb) => ({
          name_en: eb.ref('excluded.name_en'),
          name_ur: eb.ref('excluded.name_ur'),
          position: eb.ref('excluded.position'),
          search_names: eb.ref('excluded.search_names'),
        }))
        .where(
          sql<boolean>`(skill_categories.name_en, skill_categories.name_ur, skill_categories.position, skill_categories.search_names) IS DISTINCT FROM (excluded.name_en, excluded.name_ur, excluded.position, excluded.search_names)`,
        ),
    )
    .execute();
  await tx
    .insertInto('skills')
    .values(SKILLS.map((s) => ({ slug: s.slug, category_slug: s.category, name_en: s.en, name_ur: s.ur, roman_ur: [...s.romanUr], search_names: searchNames(s) })))
    .onConflict((oc) =>
      oc
        .column('slug')
        .doUpdateSet((eb) => ({
          category_slug: eb.ref('excluded.category_slug'),
          name_en: eb.ref('excluded.name_en'),
          name_ur: eb.ref('excluded.name_ur'),
          roman_ur: eb.ref('excluded.roman_ur'),
          search_names: eb.ref('excluded.search_names'),
        }))
        .where(
          sql<boolean>`(skills.category_slug, skills.name_en, skills.name_ur, skills.roman_ur, skills.search_names) IS DISTINCT FROM (excluded.category_slug, excluded.name_en, excluded.name_ur, excluded.roman_ur, excluded.search_names)`,
        ),
    )
    .execute();
  return { cities: CITIES.length, categories: SKILL_CATEGORIES.length, skills: SKILLS.length };
}

/** Idempotent: inserts what is missing and corrects what changed in data.ts. */
export async function syncReferenceData(db: Executor): Promise<ReferenceCounts> {
  if (db.isTransaction) return upsertAll(db as Tx);
  return db.transaction().execute(upsertAll);
}

/** The text of a bilingual item in the reader's language. */
export function nameIn(item: { en: string; ur: string }, locale: Locale): string {
  return item[locale];
}

function byName<T extends { en: string; ur: string }>(rows: T[], locale: Locale | undefined): T[] {
  if (!locale) return rows;
  const collator = new Intl.Collator(locale === 'ur' ? 'ur-PK' : 'en-PK');
  return rows.sort((a, b) => collator.compare(a[locale], b[locale]));
}

/** Cities for a form's select list; sorted by name in `locale` when given. */
export async function listCities(db: Executor, locale?: Locale): Promise<City[]> {
  const rows = await db.selectFrom('cities').selectAll().orderBy('name_en').execute();
  return byName(
    rows.map((r) => ({ slug: r.slug, en: r.name_en, ur: r.name_ur, province: r.province })),
    locale,
  );
}

/** Skill categories in their display order. */
export async function listCategories(db: Executor): Promise<SkillCategory[]> {
  const rows = await db.selectFrom('skill_categories').selectAll().orderBy('position').execute();
  return rows.map((r) => ({ slug: r.slug, en: r.name_en, ur: r.name_ur, position: r.position }));
}

/** Skills, optionally of one category, in the category's order then by English name. */
export async function listSkills(db: Executor, category?: string): Promise<Skill[]> {
  let q = db
    .selectFrom('skills')
    .innerJoin('skill_categories', 'skill_categories.slug', 'skills.category_slug')
    .selectAll('skills')
    .orderBy('skill_categories.position')
    .orderBy('skills.name_en');
  if (category !== undefined) q = q.where('skills.category_slug', '=', category);
  const rows = await q.execute();
  return rows.map((r) => ({ slug: r.slug, category: r.category_slug, en: r.name_en, ur: r.name_ur, romanUr: r.roman_ur }));
}

/** Languages a person may say they speak (fixed list; not a table). */
export function listLanguages(): readonly Language[] {
  return LANGUAGES;
}

/** Provinces and territories (fixed list), for grouping cities. */
export function listProvinces(): readonly Province[] {
  return PROVINCES;
}
