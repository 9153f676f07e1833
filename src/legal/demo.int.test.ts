// The legal help desk in the demo data (src/seed/demo-legal.ts), as the demo accounts see it: the
// advocate's queue with a follow-up and a waiting question, the real order's record inside Bilal's
// question, two anonymised FAQ entries in English and Urdu, Ayesha's harassment question kept private.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { checkWholeLedger } from '../ledger/service.ts';
import { demoEmail } from '../seed/demo-people.ts';
import { DEMO_PASSWORD, seed } from '../seed/seed.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
  await seed(env.deps, () => {});
}, 120_000);
afterAll(() => env.close());

async function login(key: string, lang = 'en') {
  const client = new TestClient(env.app, { 'accept-language': lang });
  expect((await client.post('/login', { email: demoEmail(key), password: DEMO_PASSWORD })).status).toBe(303);
  return client;
}
const text = async (res: Response) => visibleText(await res.text()).replace(/[\u2066-\u2069]/g, '');

describe('the legal help desk in the demo', () => {
  it('gives the advocate a queue with a follow-up and a waiting question, and the order’s record inside Bilal’s question', async () => {
    const farzana = await login('farzana');
    const queue = await text(await farzana.get('/legal/advisor'));
    expect(queue).toContain('Who owns the code of a milestone that is paid?');
    expect(queue).toContain('کیا مجھے پی ایس ای بی میں رجسٹریشن کے بغیر ٹیکس ریٹرن جمع کرانا ہوگا؟');
    const q = await text(await farzana.get('/legal/questions/5eed0021-0000-4000-8000-000000000004'));
    expect(q).toContain('The order’s record');
    expect(q).toContain('Hamza Sheikh');
    expect(q).toContain('Follow-up waiting');
  });

  it('publishes two anonymised answers, in English and Urdu, and keeps the harassment question private', async () => {
    const anon = new TestClient(env.app);
    const faq = await text(await anon.get('/legal/faq'));
    expect(faq).toContain('A client abroad has not paid my invoice for work outside Hunar');
    expect(faq).toContain('این ڈی اے میں کام سے روکنے والی شق');
    expect(faq).not.toContain('رات کو ذاتی پیغامات');
    const ayesha = await login('ayesha', 'ur');
    const mine = await text(await ayesha.get('/legal'));
    expect(mine).toContain('ایک کلائنٹ رات کو ذاتی پیغامات بھیجتا ہے');
    const bilal = await login('bilal');
    expect((await bilal.get('/legal/questions/5eed0021-0000-4000-8000-000000000003')).status).toBe(404);
    const { results } = await checkWholeLedger(env.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});
