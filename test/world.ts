// People, gigs and orders for integration tests that need real money in the ledger (the tax figures,
// the assistant, the year statements): accounts signed up and logged in, clients funded, gigs
// published, and orders paid, delivered and accepted through the API, as people do it.
import { expect } from 'vitest';
import { createAccount } from '../src/accounts/service.ts';
import { createGig, publishGig } from '../src/gigs/service.ts';
import { requestFingerprint } from '../src/ledger/domain.ts';
import { type AccountRef, post } from '../src/ledger/service.ts';
import type { Actor } from '../src/platform/actor.ts';
import { type Currency, money } from '../src/platform/money.ts';
import { TestClient, type TestEnv } from './support.ts';

/** Every world person's password (to sign in again, as after a session ends). */
export const PASSWORD = 'correct horse battery';
let n = 0;

/** A signed-up, logged-in person; `country` is their profile's (a client's says where the work is exported to). */
export async function person(env: TestEnv, name: string, opts: { role: 'freelancer' | 'client' | 'admin'; country?: string; locale?: 'en' | 'ur' }) {
  const locale = opts.locale ?? 'en';
  const email = `world-${opts.role}${++n}-${Date.now()}@example.pk`;
  const isFreelancer = opts.role === 'freelancer';
  const isClient = opts.role === 'client';
  const isAdmin = opts.role === 'admin';
  const user = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: name, isFreelancer, isClient, isAdmin, locale, verified: true, onboarded: true });
  const country = opts.country ?? 'PK';
  await env.deps.db
    .insertInto('profiles')
    .values({ user_id: user.id, country, updated_at: new Date() })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ country }))
    .execute();
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor: Actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer, isClient, isAdmin, locale, sessionId: null, onboardingDone: true };
  return { user, client, actor };
}
export type Person = Awaited<ReturnType<typeof person>>;

/** Money into an account, as a matched payment would bring it (payment_in). */
export async function fund(env: TestEnv, to: AccountRef, minor: bigint) {
  const key = `world-${crypto.randomUUID()}`;
  await env.deps.db.transaction().execute((tx) =>
    post(tx, env.deps, {
      kind: 'payment_in',
      key,
      fingerprint: requestFingerprint(to.ownerId ?? 'x', 'test.fund', { key }),
      actorId: null,
      reason: 'test funding',
      legs: [{ from: { kind: 'payment_clearing', currency: to.currency }, to, amount: money(minor, to.currency) }],
    }),
  );
}

/** A client's wallet topped up. */
export const fundWallet = (env: TestEnv, p: Person, minor: bigint, currency: Currency) => fund(env, { kind: 'client_wallet', ownerId: p.user.id, currency }, minor);

/** A published gig of one package at `minor` units of `currency`. */
export async function gigOf(env: TestEnv, seller: Person, minor: number, currency: Currency) {
  const { id } = await createGig(env.deps, seller.actor, {
    title: 'I will build a Shopify store for your brand',
    description: 'Theme, products and payment set-up.',
    category_slug: 'design',
    skills: ['logo-design'],
    packages: [{ name: 'Basic', price: { amount: String(minor), currency }, delivery_days: 4, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, id);
  return id;
}

/** Ordered and paid into escrow through the API; in progress. */
export async function paidOrder(buyer: Person, gig: string) {
  const { id } = (await (await buyer.client.json('POST', '/api/v1/orders', { gig, package: 1, answers: [] })).json()) as { id: string };
  expect((await buyer.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, { 'idempotency-key': `pay-${id}` })).status).toBe(200);
  return id;
}

/** Ordered, paid, delivered and accepted at `at` (the clock is set there): the freelancer's earnings credited. */
export async function completedOrder(env: TestEnv, seller: Person, buyer: Person, gig: string, at: string) {
  env.clock.set(new Date(at));
  const id = await paidOrder(buyer, gig);
  expect((await seller.client.json('POST', `/api/v1/orders/${id}/deliver`, { message: 'Done' })).status).toBe(200);
  expect((await buyer.client.json('POST', `/api/v1/orders/${id}/accept`, undefined, { 'idempotency-key': `accept-${id}` })).status).toBe(200);
  return id;
}
