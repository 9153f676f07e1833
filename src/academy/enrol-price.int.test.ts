// Enrolling pays the price the learner was shown: when the instructor changes a paid course's price
// between the learner opening the page and pressing "Enrol", the enrolment is refused with the new
// price, and nothing is charged (src/academy/service.ts enrol, the page's form and the API).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { fundWallet, person, type Person } from '../../test/world.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';

let env: TestEnv;
let teacher: Person;
let learner: Person;
let urduLearner: Person;
let apiLearner: Person;
let oldCaller: Person;

const SLUG = 'cloud-budgets';
const course = (price: string) => ({ track: 'cloud', skill: 'cloud-computing', title_en: 'Cloud budgets', title_ur: 'کلاؤڈ بجٹ', price, currency: 'PKR' });

beforeAll(async () => {
  env = await testEnv();
  const admin = await person(env, 'Sana Admin', { role: 'admin' });
  teacher = await person(env, 'Usman Tariq', { role: 'freelancer' });
  learner = await person(env, 'Emma Client', { role: 'client' });
  urduLearner = await person(env, 'عائشہ صدیقی', { role: 'freelancer', locale: 'ur' });
  apiLearner = await person(env, 'Bilal App', { role: 'client' });
  oldCaller = await person(env, 'Hamza Script', { role: 'client' });
  expect((await admin.client.post('/admin/roles', { person: teacher.user.email, role: 'instructor' })).status).toBe(303);
  expect((await teacher.client.post('/academy/teach/new', { slug: SLUG, ...course('1,500') })).status).toBe(303);
  expect((await teacher.client.post(`/academy/teach/${SLUG}/lessons/new`, { title_en: 'Budgets', body_en: 'Set a budget of $1.' })).status).toBe(303);
  expect((await teacher.client.post(`/academy/teach/${SLUG}/publish`, {})).status).toBe(303);
  for (const p of [learner, urduLearner, apiLearner, oldCaller]) await fundWallet(env, p, 500_000n, 'PKR');
});
afterAll(() => env.close());

const wallet = (p: Person) => balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: p.user.id, currency: 'PKR' });
const enrolments = (p: Person) => env.deps.db.selectFrom('enrolments').select('id').where('user_id', '=', p.user.id).execute();
const setPrice = async (price: string) => expect((await teacher.client.post(`/academy/teach/${SLUG}`, course(price))).status).toBe(303);
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The enrol form's fields as the course page sent them. */
async function enrolForm(p: Person): Promise<Record<string, string>> {
  const html = await (await p.client.get(`/academy/courses/${SLUG}`)).text();
  const field = (name: string) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? '';
  return { idempotency_key: field('idempotency_key'), expected_amount: field('expected_amount'), expected_currency: field('expected_currency') };
}

describe('the price a learner was shown', () => {
  it('refuses the form when the price changed since the page was opened, naming the new price; nothing is charged', async () => {
    const shown = await enrolForm(learner);
    expect(shown).toMatchObject({ expected_amount: '150000', expected_currency: 'PKR' });
    const urduShown = await enrolForm(urduLearner);
    await setPrice('2,000');

    const refused = await learner.client.post(`/academy/courses/${SLUG}/enrol`, shown);
    expect(refused.status).toBe(409);
    const page = squash(visibleText(await refused.text()));
    expect(page).toContain('The price of this course changed to Rs 2,000 after you opened the page. Nothing was charged');
    expect(page).toContain('Enrol for Rs 2,000');
    expect(await wallet(learner)).toBe(500_000n);
    expect(await enrolments(learner)).toEqual([]);

    const ur = await urduLearner.client.post(`/academy/courses/${SLUG}/enrol`, urduShown);
    expect(ur.status).toBe(409);
    expect(squash(visibleText(await ur.text()))).toContain('آپ کے صفحہ کھولنے کے بعد اس کورس کی قیمت بدل کر Rs 2,000 ہو گئی ہے۔ کوئی رقم نہیں کٹی');
    expect(await wallet(urduLearner)).toBe(500_000n);

    // The page now shows the new price; pressing again pays it, once.
    const again = await enrolForm(learner);
    expect(again.expected_amount).toBe('200000');
    const ok = await learner.client.post(`/academy/courses/${SLUG}/enrol`, again);
    expect(ok.status).toBe(303);
    expect(await wallet(learner)).toBe(300_000n);
    expect(await enrolments(learner)).toHaveLength(1);
  });

  it('refuses an API enrolment with another expected price (409 academy.price_changed), and keeps callers without one working', async () => {
    const enrol = (p: Person, body?: unknown) => p.client.json('POST', `/api/v1/academy/courses/${SLUG}/enrol`, body, { 'idempotency-key': crypto.randomUUID() });
    const stale = await enrol(apiLearner, { expected_price: { amount: '150000', currency: 'PKR' } });
    expect(stale.status).toBe(409);
    const problem = await stale.json();
    expect(problem.code).toBe('academy.price_changed');
    expect(squash(problem.title)).toContain('changed to Rs 2,000');
    // Another currency is another price, too.
    expect((await enrol(apiLearner, { expected_price: { amount: '200000', currency: 'USD' } })).status).toBe(409);
    expect(await wallet(apiLearner)).toBe(500_000n);
    expect(await enrolments(apiLearner)).toEqual([]);
    // A malformed expectation is a field message, not a charge.
    const bad = await enrol(apiLearner, { expected_price: { amount: 'lots', currency: 'PKR' } });
    expect(bad.status).toBe(400);
    expect(await wallet(apiLearner)).toBe(500_000n);

    const current = await enrol(apiLearner, { expected_price: { amount: '200000', currency: 'PKR' } });
    expect(current.status).toBe(200);
    expect(await current.json()).toMatchObject({ paid: { amount: '200000', currency: 'PKR' }, created: true });
    expect(await wallet(apiLearner)).toBe(300_000n);

    // No body at all (callers from before the field): the price now, as before.
    const old = await enrol(oldCaller);
    expect(old.status).toBe(200);
    expect(await wallet(oldCaller)).toBe(300_000n);

    const { results } = await checkWholeLedger(env.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});
