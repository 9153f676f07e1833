// 0002 gives every existing user a handle: this loads users in the shape 0001 left them (no handle),
// applies 0002, and checks the backfill; then checks that new users get one from the trigger.
import { type Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDatabase, migrationsUpTo } from '../../test/support.ts';

// The schema changes half-way through this test, so the database is untyped.
let db: Kysely<any>;
let drop: () => Promise<void>;
const upTo = migrationsUpTo;

beforeAll(async () => {
  ({ db, drop } = await emptyDatabase());
}, 60_000);
afterAll(() => drop?.());

const oldShapeEmails = [
  'ayesha.khan@example.pk',
  'Ayesha_Khan@gmail.com', // same safe base once lower-cased and dots dropped: ayesha_khan vs ayeshakhan
  'ayeshakhan@yahoo.com',
  'ayeshakhan@hotmail.com', // same base as the one before: must get a suffix
  'ayeshakhan@outlook.com',
  'a@example.pk', // too short: padded
  'x.y@example.pk',
  '--__--@example.pk', // nothing usable
  'عائشہ@example.pk', // an Urdu local part has no safe characters
  `${'verylongname'.repeat(5)}@example.pk`, // cut to 24
  'admin@example.pk',
  'ali+freelance@example.pk',
];

describe('migration 0002_profiles on users in the 0001 shape', () => {
  it('gives every existing user a unique, valid handle, earlier accounts keeping the plain form', async () => {
    const first = await new Migrator({ db, provider: upTo('0001_foundation') }).migrateToLatest();
    expect(first.error).toBeUndefined();
    expect(first.results?.map((r) => r.migrationName)).toEqual(['0001_foundation']);

    let t = Date.parse('2025-01-01T00:00:00Z');
    for (const email of oldShapeEmails) {
      t += 60_000;
      await db
        .insertInto('users')
        .values({ email, password_hash: 'x', display_name: 'Someone', created_at: new Date(t), updated_at: new Date(t) })
        .execute();
    }
    // A profile row in the old shape too: it must keep its values.
    const ayesha = await db.selectFrom('users').select('id').where('email', '=', 'ayeshakhan@yahoo.com').executeTakeFirstOrThrow();
    await db.insertInto('profiles').values({ user_id: ayesha.id, city_slug: null, languages: ['urdu'], show_city: false }).execute();

    const second = await new Migrator({ db, provider: upTo('0002_profiles') }).migrateToLatest();
    expect(second.error).toBeUndefined();
    expect(second.results?.map((r) => r.migrationName)).toEqual(['0002_profiles']);

    const rows = await db.selectFrom('users').select(['email', sql<string>`handle::text`.as('handle')]).orderBy('created_at').execute();
    expect(rows).toHaveLength(oldShapeEmails.length);
    const handles = rows.map((r) => r.handle);
    expect(new Set(handles).size).toBe(handles.length);
    for (const h of handles) expect(h).toMatch(/^[a-z0-9_-]{3,30}$/);

    const by = new Map(rows.map((r) => [r.email, r.handle]));
    expect(by.get('ayesha.khan@example.pk')).toBe('ayeshakhan');
    expect(by.get('Ayesha_Khan@gmail.com')).toBe('ayesha_khan');
    // The earliest "ayeshakhan" base was taken by the first account: the later ones get suffixes.
    expect(by.get('ayeshakhan@yahoo.com')).toMatch(/^ayeshakhan-[0-9a-f]{4}$/);
    expect(by.get('ayeshakhan@hotmail.com')).toMatch(/^ayeshakhan-[0-9a-f]{4}$/);
    expect(by.get('a@example.pk')).toBe('usera');
    expect(by.get('x.y@example.pk')).toBe('userxy');
    expect(by.get('--__--@example.pk')).toBe('user');
    expect(by.get('عائشہ@example.pk')).toMatch(/^user-[0-9a-f]{4}$/);
    expect(by.get(`${'verylongname'.repeat(5)}@example.pk`)).toBe('verylongname'.repeat(2));
    expect(by.get('ali+freelance@example.pk')).toBe('alifreelance');
    // Reserved words (RESERVED_HANDLES in domain.ts) are never given as they are.
    expect(by.get('admin@example.pk')).toMatch(/^admin-[0-9a-f]{4}$/);

    const profile = await db.selectFrom('profiles').selectAll().where('user_id', '=', ayesha.id).executeTakeFirstOrThrow();
    expect(profile).toMatchObject({ languages: ['urdu'], show_city: false, bio_en: '', skills: [], availability: 'available', hourly_rate_minor: null });

    // The column is now required and unique.
    await expect(sql`UPDATE users SET handle = NULL WHERE email = 'a@example.pk'`.execute(db)).rejects.toThrow(/null value/);
    await expect(sql`UPDATE users SET handle = 'AyeshaKhan' WHERE email = 'a@example.pk'`.execute(db)).rejects.toThrow(/users_handle/);
    await expect(sql`UPDATE users SET handle = 'Bad Handle' WHERE email = 'a@example.pk'`.execute(db)).rejects.toThrow(/users_handle_shape/);
  });

  it('gives users created afterwards a handle too (the trigger), unless one is chosen', async () => {
    await db.insertInto('users').values({ email: 'ayesha.khan@new.pk', password_hash: 'x', display_name: 'New' }).execute();
    await db.insertInto('users').values({ email: 'zara@new.pk', password_hash: 'x', display_name: 'New', handle: 'zara-designs' }).execute();
    const rows = await db.selectFrom('users').select(['email', sql<string>`handle::text`.as('handle')]).where('email', 'like', '%@new.pk').orderBy('email').execute();
    expect(rows[0]?.handle).toMatch(/^ayeshakhan-[0-9a-f]{4}$/);
    expect(rows[1]?.handle).toBe('zara-designs');
  });

  it('refuses profile values beyond the limits and links that are not http(s)', async () => {
    const u = await db.selectFrom('users').select('id').where('email', '=', 'zara@new.pk').executeTakeFirstOrThrow();
    await expect(db.insertInto('profiles').values({ user_id: u.id, hourly_rate_minor: -1, hourly_rate_currency: 'PKR' }).execute()).rejects.toThrow(/check/);
    await expect(db.insertInto('profiles').values({ user_id: u.id, hourly_rate_minor: 100 }).execute()).rejects.toThrow(/profiles_rate_whole/);
    await expect(db.insertInto('portfolio_items').values({ user_id: u.id, title: 'x', link: 'javascript:alert(1)', position: 0 }).execute()).rejects.toThrow(/check/);
  });
});
