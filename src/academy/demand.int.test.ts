// A skill's page shows what clients paid for it, from completed orders: "not enough data yet" below
// ten of them, then the median and the middle half (src/academy/demand.ts, priceQuartiles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { completedOrder, fundWallet, gigOf, paidOrder, person, type Person } from '../../test/world.ts';
import { checkWholeLedger } from '../ledger/service.ts';
import { formatMoney, money } from '../platform/money.ts';

let env: TestEnv;
let seller: Person;
let buyer: Person;
let visitor: Person;
const gigs: string[] = [];

beforeAll(async () => {
  env = await testEnv();
  seller = await person(env, 'Hamza Designer', { role: 'freelancer' });
  buyer = await person(env, 'Emma Buyer', { role: 'client' });
  visitor = await person(env, 'عائشہ صدیقی', { role: 'freelancer', locale: 'ur' });
  await fundWallet(env, buyer, 10_000_000n, 'PKR');
  // Ten logo gigs (test/world.ts gigOf: skill logo-design) at Rs 1,000, 2,000 ... 10,000.
  for (let i = 1; i <= 10; i++) gigs.push(await gigOf(env, seller, i * 100_000, 'PKR'));
}, 60_000);
afterAll(() => env.close());

// Amounts carry no-break spaces (Intl): compared with plain spaces.
const squash = (s: string) => s.replace(/\s+/g, ' ');
const page = async (p: Person) => squash(visibleText(await (await p.client.get('/academy/skills/logo-design')).text()));
const rs = (rupees: number) => squash(formatMoney('en', money(BigInt(rupees * 100), 'PKR')));

describe('what clients paid for a skill', () => {
  it('says "not enough data yet" with nine completed orders, and shows the median and quartiles from ten', async () => {
    // An order still in progress does not count.
    const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T10:00:00.000Z`;
    for (let i = 0; i < 9; i++) await completedOrder(env, seller, buyer, gigs[i]!, day(i + 1));
    await paidOrder(buyer, gigs[9]!);
    const nine = await page(buyer);
    expect(nine).toContain('Completed orders in the last 365 days');
    expect(nine).toMatch(/\): 9\b/);
    expect(nine).toContain('Not enough data yet: prices are shown once 10 orders in this skill are completed.');
    expect(nine).not.toContain('Median price');

    await completedOrder(env, seller, buyer, gigs[9]!, day(10));
    const ten = await page(buyer);
    expect(ten).toMatch(/\): 10\b/);
    expect(ten).not.toContain('Not enough data yet');
    // Prices 1,000 ... 10,000: quartiles interpolated between neighbours (3,250, 5,500 and 7,750).
    expect(ten).toContain(`Median price ${rs(5_500)}`);
    expect(ten).toContain(`Middle half of orders ${rs(3_250)} to ${rs(7_750)}`);

    // The same figures in Urdu (the page's text without its bidi isolates reads as in English).
    const ur = await page(visitor);
    expect(ur).toContain(`درمیانی قیمت (میڈین) ${rs(5_500)}`);
    expect(ur).toContain(`درمیان کے آدھے آرڈرز ${rs(3_250)} سے ${rs(7_750)} تک`);
    expect(ur).not.toContain('ابھی کافی ڈیٹا نہیں');

    // Orders older than the window drop out again: a year and a day later, not enough data.
    env.clock.set(new Date('2027-03-11T10:00:00.000Z'));
    expect(await page(buyer)).toContain('Not enough data yet');

    const { results } = await checkWholeLedger(env.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  }, 120_000);
});
