// Search's "certified in" filter (issue 20, docs/decisions/0060): certified_in=<skill slug> keeps the
// freelancers (and the gigs of sellers) holding a certificate in that skill — a Hunar course
// certificate that is still valid, or an outside one whose proof an admin verified. A revoked
// certificate, a self-reported outside one, or a certificate in another skill does not count. On the
// page (a plain GET form) and in GET /api/v1/search alike.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, testPerson, visibleText } from '../../test/support.ts';
import { issueCourseCertificate } from '../credentials/issue.ts';
import { revokeInTx } from '../credentials/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import type { Actor } from '../platform/actor.ts';
import { type SearchResult, search } from './service.ts';

let env: TestEnv;
let certified: Actor;
let revoked: Actor;
let outsideVerified: Actor;
let selfReported: Actor;
let otherSkill: Actor;
let uncertified: Actor;
let skill: string;
let another: string;

const find = (params: Record<string, string>) => search(env.deps, null, params);
const names = (r: SearchResult) => r.items.map((i) => i.title).sort();

async function certify(userId: string, skillSlug: string): Promise<string> {
  const now = env.clock.now();
  const course = await env.deps.db
    .insertInto('courses')
    .values({
      slug: `course-${randomUUID().slice(0, 8)}`,
      track: 'ai',
      skill_slug: skillSlug,
      author_id: uncertified.userId,
      title_en: 'Prompting and using AI tools for clients',
      title_ur: 'کلائنٹس کے لیے اے آئی ٹولز',
      summary_en: 'Use AI tools to deliver client work faster, and say so honestly.',
      status: 'published',
      published_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await env.deps.db.insertInto('enrolments').values({ course_id: course.id, user_id: userId, enrolled_at: now }).execute();
  const issued = await env.deps.db.transaction().execute((tx) => issueCourseCertificate(tx, env.deps, { userId, courseId: course.id, completedAt: now }));
  return issued!.code;
}

/** An outside certificate (DigiSkills), as src/credentials keeps it: self-reported, or verified by an admin. */
async function outside(userId: string, skillSlug: string, status: 'self_reported' | 'verified') {
  const now = env.clock.now();
  await env.deps.db
    .insertInto('credentials')
    .values({
      id: randomUUID(),
      kind: 'external',
      user_id: userId,
      skill_slug: skillSlug,
      title: 'DigiSkills: Freelancing',
      issuer_name: 'DigiSkills.pk',
      status,
      issued_at: now,
      reviewed_at: status === 'verified' ? now : null,
      reviewed_by: status === 'verified' ? uncertified.userId : null,
      created_at: now,
    })
    .execute();
}

async function gig(actor: Actor, title: string) {
  const { id } = await createGig(
    env.deps,
    actor,
    {
      title,
      description: 'Client-ready work with Gemini and ChatGPT, checked by hand.',
      category_slug: 'design',
      skills: [],
      packages: [{ name: 'Basic', price: { amount: '500000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
      faqs: [],
      questions: [],
    },
    1000,
  );
  await publishGig(env.deps, actor, id);
}

beforeAll(async () => {
  env = await testEnv();
  const skills = await env.deps.db.selectFrom('skills').select('slug').orderBy('slug').limit(2).execute();
  skill = skills[0]!.slug;
  another = skills[1]!.slug;
  const who = (name: string) => testPerson(env.deps, name, { profile: { headline: 'Qalamkari prompts for client work' } });
  certified = await who('Nida Certified');
  revoked = await who('Rafay Revoked');
  outsideVerified = await who('Sadia Verified');
  selfReported = await who('Kamran Selfreported');
  otherSkill = await who('Hina Otherskill');
  uncertified = await who('Usman Uncertified');
  await certify(certified.userId, skill);
  const code = await certify(revoked.userId, skill);
  const admin = await testPerson(env.deps, 'Admin', { freelancer: false });
  await env.deps.db.transaction().execute((tx) => revokeInTx(tx, env.deps, admin.userId, code, 'The project was copied from another learner.'));
  await outside(outsideVerified.userId, skill, 'verified');
  await outside(selfReported.userId, skill, 'self_reported');
  await certify(otherSkill.userId, another);
  for (const a of [certified, revoked, uncertified]) await gig(a, `Qalamkari prompt pack by ${a.displayName}`);
}, 60_000);
afterAll(() => env.close());

describe('"certified in" in search', () => {
  it('without the filter, finds everyone', async () => {
    const r = await find({ q: 'qalamkari', type: 'freelancer' });
    expect(names(r)).toEqual(['Hina Otherskill', 'Kamran Selfreported', 'Nida Certified', 'Rafay Revoked', 'Sadia Verified', 'Usman Uncertified']);
  });

  it('keeps only freelancers with a valid or verified certificate in the skill: not revoked, self-reported or other skills', async () => {
    for (const q of ['qalamkari', '']) {
      const r = await find({ q, type: 'freelancer', certified_in: skill });
      expect(names(r)).toEqual(['Nida Certified', 'Sadia Verified']);
      expect(r.params.certifiedIn).toBe(skill);
    }
    expect(names(await find({ q: 'qalamkari', type: 'freelancer', certified_in: another }))).toEqual(['Hina Otherskill']);
  });

  it('keeps only the gigs of certified sellers', async () => {
    expect((await find({ q: 'qalamkari', type: 'gig' })).items).toHaveLength(3);
    const r = await find({ q: 'qalamkari', type: 'gig', certified_in: skill });
    expect(r.items.map((i) => i.person.displayName)).toEqual(['Nida Certified']);
  });

  it('is ignored for jobs, and a malformed slug is a field error', async () => {
    expect((await find({ type: 'job', certified_in: skill })).params.certifiedIn).toBeNull();
    await expect(find({ type: 'freelancer', certified_in: 'Not a slug!' })).rejects.toMatchObject({ code: 'validation.failed', fields: { certified_in: { key: 'field.invalid' } } });
  });

  it('is a field of the search page’s form, kept when chosen, and filters without JavaScript', async () => {
    const client = new TestClient(env.app, { 'accept-language': 'en' });
    const all = await (await client.get('/search?q=qalamkari&type=freelancer')).text();
    expect(all).toContain('name="certified_in"');
    expect(visibleText(all)).toContain('Usman Uncertified');
    const res = await client.get(`/search?q=qalamkari&type=freelancer&certified_in=${skill}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(new RegExp(`<option value="${skill}" selected="">`));
    const text = visibleText(html);
    expect(text).toContain('Nida Certified');
    expect(text).not.toContain('Rafay Revoked');
    expect(text).not.toContain('Usman Uncertified');
    const ur = await (await new TestClient(env.app, { 'accept-language': 'ur' }).get('/search?type=freelancer')).text();
    expect(visibleText(ur)).toContain('سرٹیفکیٹ یافتہ ہنر');
  });

  it('is a parameter of GET /api/v1/search', async () => {
    const res = await new TestClient(env.app).get(`/api/v1/search?q=qalamkari&type=freelancer&certified_in=${skill}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { title: string }[] };
    expect(body.items.map((i) => i.title).sort()).toEqual(['Nida Certified', 'Sadia Verified']);
    const bad = await new TestClient(env.app).get('/api/v1/search?type=freelancer&certified_in=%3Cscript%3E');
    expect(bad.status).toBe(400);
  });
});
