// The community hub (/community): one door to each part of issue 21, counting only what a visitor may
// see. An association's members-only event and a suspended association are not counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { person } from '../../test/world.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

async function association(slug: string, createdBy: string, status: 'active' | 'suspended' = 'active') {
  const now = env.clock.now();
  const { id } = await env.deps.db
    .insertInto('associations')
    .values({
      slug,
      name_en: `Association ${slug}`,
      city_slug: 'multan',
      created_by: createdBy,
      created_at: now,
      updated_at: now,
      status,
      ...(status === 'suspended' ? { suspended_at: now, suspended_by: createdBy, suspended_reason: 'Spam' } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

async function event(associationId: string, createdBy: string, membersOnly: boolean) {
  const now = env.clock.now();
  const starts = new Date(now.getTime() + 3 * 86_400_000);
  await env.deps.db
    .insertInto('association_events')
    .values({
      association_id: associationId,
      title_en: 'Pricing workshop',
      title_ur: null,
      about_en: null,
      about_ur: null,
      format: 'online',
      online_url: 'https://meet.example.org/pricing',
      venue: null,
      city_slug: null,
      starts_at: starts,
      ends_at: new Date(starts.getTime() + 7_200_000),
      capacity: 20,
      members_only: membersOnly,
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

describe('the community hub', () => {
  it('opens every part of the community to a visitor, counting only what a visitor may see', async () => {
    const ayesha = await person(env, 'Ayesha Siddiqui', { role: 'freelancer' });
    const open = await association('multan-women-designers', ayesha.user.id);
    const suspended = await association('closed-circle', ayesha.user.id, 'suspended');
    await event(open, ayesha.user.id, false);
    await event(open, ayesha.user.id, true);
    await event(suspended, ayesha.user.id, false);

    const visitor = new TestClient(env.app, { 'accept-language': 'en' });
    const res = await visitor.get('/community');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const href of ['/associations', '/events', '/forum', '/legal', '/legal/faq', '/spaces', '/rates', '/referrals']) expect(html).toContain(`href="${href}"`);
    const text = visibleText(html);
    expect(text).toContain('1 association');
    expect(text).toContain('1 event coming up');
    expect(text).toContain('No threads yet');
    expect(text).toContain('No spaces listed yet in 0 cities');
  });

  it('speaks Urdu, and the header leads to it', async () => {
    const visitor = new TestClient(env.app, { 'accept-language': 'ur' });
    const home = await (await visitor.get('/')).text();
    expect(home).toContain('href="/community"');
    const text = visibleText(await (await visitor.get('/community')).text());
    expect(text).toContain('کمیونٹی');
    expect(text).toContain('1 ایسوسی ایشن');
    expect(text).toContain('1 ایونٹ آ رہا ہے');
  });
});
