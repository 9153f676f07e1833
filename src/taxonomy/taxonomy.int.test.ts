import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv } from '../../test/support.ts';
import { CITIES, SKILL_CATEGORIES, SKILLS } from './data.ts';
import { listCategories, listCities, listLanguages, listSkills, syncReferenceData } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

async function counts() {
  const db = env.deps.db;
  const n = async (table: 'cities' | 'skill_categories' | 'skills') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return { cities: await n('cities'), categories: await n('skill_categories'), skills: await n('skills') };
}

describe('reference data in the database', () => {
  it('loads cities, categories and skills, and a second run changes nothing', async () => {
    const first = await syncReferenceData(env.deps.db);
    expect(first).toEqual({ cities: CITIES.length, categories: SKILL_CATEGORIES.length, skills: SKILLS.length });
    const after1 = await counts();
    expect(after1).toEqual(first);
    const snapshot = await env.deps.db.selectFrom('skills').selectAll().orderBy('slug').execute();

    await syncReferenceData(env.deps.db);
    expect(await counts()).toEqual(after1);
    expect(await env.deps.db.selectFrom('skills').selectAll().orderBy('slug').execute()).toEqual(snapshot);
  });

  it('puts back a name that was changed in the database', async () => {
    await syncReferenceData(env.deps.db);
    await env.deps.db.updateTable('cities').set({ name_ur: 'غلط' }).where('slug', '=', 'multan').execute();
    await syncReferenceData(env.deps.db);
    const multan = await env.deps.db.selectFrom('cities').selectAll().where('slug', '=', 'multan').executeTakeFirstOrThrow();
    expect(multan).toEqual({ slug: 'multan', name_en: 'Multan', name_ur: 'ملتان', province: 'punjab' });
  });

  it('lists what the forms show, in both languages', async () => {
    await syncReferenceData(env.deps.db);
    const cities = await listCities(env.deps.db, 'en');
    expect(cities.length).toBeGreaterThanOrEqual(42);
    expect(cities[0]!.en).toBe('Abbottabad');
    expect(cities.find((c) => c.slug === 'gilgit')).toEqual({ slug: 'gilgit', en: 'Gilgit', ur: 'گلگت', province: 'gilgit-baltistan' });
    const urdu = await listCities(env.deps.db, 'ur');
    expect(urdu.map((c) => c.slug).sort()).toEqual(cities.map((c) => c.slug).sort());

    const categories = await listCategories(env.deps.db);
    expect(categories.map((c) => c.en).slice(0, 3)).toEqual(['Design', 'Writing', 'Marketing']);
    expect(categories.find((c) => c.slug === 'translation')?.ur).toBe('ترجمہ');

    const translation = await listSkills(env.deps.db, 'translation');
    expect(translation.map((s) => s.slug).sort()).toEqual(['transcription', 'translation', 'urdu-typing']);
    expect(translation.find((s) => s.slug === 'translation')?.romanUr).toContain('tarjuma');
    expect((await listSkills(env.deps.db)).length).toBe(SKILLS.length);

    expect(listLanguages().map((l) => l.ur)).toContain('سرائیکی');
  });
});
