// The demo's deliveries with files, revision and open dispute (demo-disputes.ts), as the demo
// accounts see them after a seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { checkWholeLedger } from '../ledger/service.ts';
import { demoEmail } from './demo-people.ts';
import { DEMO_PASSWORD, seedIfEmpty } from './seed.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
  await seedIfEmpty(env.deps, () => {});
}, 120_000);
afterAll(() => env.close());

async function signIn(key: string) {
  const client = new TestClient(env.app);
  expect((await client.post('/login', { email: demoEmail(key), password: DEMO_PASSWORD })).status).toBe(303);
  return client;
}

describe('demo deliveries and disputes', () => {
  it('Emma has a delivery with files to review, Ayesha a revision to do, and the admin an open dispute with both sides’ evidence', async () => {
    const emma = await signIn('emma');
    const orders = (await (await emma.get('/api/v1/orders')).json()) as { orders: { id: string; state: string }[] };
    const delivered = orders.orders.find((o) => o.state === 'delivered')!;
    const page = await (await emma.get(`/orders/${delivered.id}`)).text();
    expect(visibleText(page)).toContain('sparkhill-logo-concepts.pdf');
    const pdf = await emma.get(page.match(/href="(\/media\/[\w-]{22}\/file)"/)![1]!);
    expect(pdf.status).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(await pdf.arrayBuffer())).startsWith('%PDF-')).toBe(true);

    const ayesha = await signIn('ayesha');
    const mine = (await (await ayesha.get('/api/v1/orders')).json()) as { orders: { id: string; state: string }[] };
    expect(mine.orders.some((o) => o.state === 'revision_requested')).toBe(true);

    const admin = await signIn('admin');
    const queue = await (await admin.get('/admin/disputes')).text();
    const link = queue.match(/href="(\/admin\/disputes\/[0-9a-f-]{36})"/)![1]!;
    const record = visibleText(await (await admin.get(link)).text());
    for (const seen of ['mobile-pagespeed.png', 'pagespeed-report.pdf', 'Not as described', 'Decide and move the money']) expect(record).toContain(seen);
    expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
  });
});
