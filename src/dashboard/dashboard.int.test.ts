import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

async function dashboard(role: { isFreelancer: boolean; isClient: boolean }, locale: 'en' | 'ur') {
  const email = `dash-${Date.now()}-${Math.random().toString(36).slice(2)}@example.pk`;
  await createAccount(env.deps.db, env.deps, { email, password: 'a long enough password', displayName: 'Sana', ...role, locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: 'a long enough password' })).status).toBe(303);
  const html = await (await client.get('/dashboard')).text();
  return { html, text: visibleText(html) };
}

describe('the dashboard', () => {
  it('leads to the work and the money, by role, in the reader’s language', async () => {
    const freelancer = await dashboard({ isFreelancer: true, isClient: false }, 'ur');
    expect(freelancer.text).toContain('آپ کا کام اور رقم');
    for (const href of ['/orders', '/contracts', '/wallet', '/payouts', '/proposals']) expect(freelancer.html).toContain(`href="${href}"`);
    expect(freelancer.html).not.toContain('href="/wallet/top-ups"');
    const client = await dashboard({ isFreelancer: false, isClient: true }, 'en');
    expect(client.text).toContain('Your work and money');
    for (const href of ['/orders', '/contracts', '/wallet', '/wallet/top-ups', '/jobs/mine']) expect(client.html).toContain(`href="${href}"`);
    // Clients withdraw unused balance on /payouts too (issue 16).
    expect(client.html).toMatch(/<a href="\/payouts">Withdraw unused balance<\/a>/);
    expect(client.html).not.toContain('Withdraw your earnings');
  });
});
