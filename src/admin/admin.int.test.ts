import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

async function signedIn(isAdmin: boolean, locale: 'en' | 'ur') {
  const email = `admin-${isAdmin}-${locale}-${Date.now()}@example.pk`;
  await createAccount(env.deps.db, env.deps, { email, password: 'a long enough password', displayName: 'Sana', isFreelancer: false, isClient: true, isAdmin, locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: 'a long enough password' })).status).toBe(303);
  return client;
}

describe('/admin', () => {
  it('is for administrators only, in their language', async () => {
    const res = await (await signedIn(true, 'ur')).get('/admin');
    expect(res.status).toBe(200);
    expect(visibleText(await res.text())).toContain('انتظامیہ');
    expect((await (await signedIn(false, 'en')).get('/admin')).status).toBe(403);
    const visitor = await new TestClient(env.app).get('/admin');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toBe('/login?next=%2Fadmin');
  });
});
