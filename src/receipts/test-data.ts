// What the receipts tests share: two people, a gig order taken from payment to completion, and a
// withdrawal an admin marked paid — all through the services, as the pages would do it.
import { expect } from 'vitest';
import { TestClient, type TestEnv } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';
import { acceptOrder, deliverOrder, payOrder, placeGigOrder } from '../orders/service.ts';
import { addMethod, createBatch, markPaid, requestWithdrawal } from '../payouts/service.ts';
import type { Actor } from '../platform/actor.ts';
import { money } from '../platform/money.ts';

const PASSWORD = 'correct horse battery';
let n = 0;

export async function person(env: TestEnv, opts: { freelancer?: boolean; admin?: boolean; locale?: 'en' | 'ur'; name: string }) {
  const locale = opts.locale ?? 'en';
  const email = `receipt-${++n}-${Date.now()}@example.pk`;
  const isFreelancer = opts.freelancer ?? false;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: opts.name,
    isFreelancer,
    isClient: !isFreelancer,
    isAdmin: opts.admin ?? false,
    locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor: Actor = { userId: user.id, email, displayName: opts.name, emailVerified: true, isFreelancer, isClient: !isFreelancer, isAdmin: opts.admin ?? false, locale, sessionId: null, onboardingDone: true };
  return { user, client, actor };
}
export type Person = Awaited<ReturnType<typeof person>>;

async function credit(env: TestEnv, kind: 'client_wallet' | 'freelancer_available', ownerId: string, paisa: bigint) {
  const key = `receipt-test-${crypto.randomUUID()}`;
  await env.deps.db.transaction().execute((tx) =>
    post(tx, env.deps, {
      kind: 'payment_in',
      key,
      fingerprint: requestFingerprint(ownerId, 'test.fund', { key }),
      actorId: null,
      reason: 'test funding',
      legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind, ownerId, currency: 'PKR' }, amount: money(paisa, 'PKR') }],
    }),
  );
}

/** A world with a completed Rs 1,500 order (5% freelancer fee: Rs 75) and a paid Rs 2,000 withdrawal. */
export async function receiptWorld(env: TestEnv) {
  const seller = await person(env, { freelancer: true, locale: 'ur', name: 'عائشہ صدیقی' });
  const buyer = await person(env, { locale: 'en', name: 'Emma <i>Clarke</i>' });
  const stranger = await person(env, { name: 'Nosy Parker' });
  const admin = await person(env, { admin: true, name: 'Site Admin' });
  const { id: gigId, slug } = await createGig(env.deps, seller.actor, {
    title: 'Logo & "brand" for Chai Dhaba',
    description: 'Three concepts and the source files.',
    category_slug: 'design',
    skills: ['logo-design'],
    packages: [{ name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, gigId);
  await credit(env, 'client_wallet', buyer.user.id, 150000n);
  const { id: orderId } = await placeGigOrder(env.deps, buyer.actor, { gig: slug, package: 1 });
  await payOrder(env.deps, buyer.actor, orderId, crypto.randomUUID());
  await deliverOrder(env.deps, seller.actor, orderId, { message: 'Here it is' });
  await acceptOrder(env.deps, buyer.actor, orderId, crypto.randomUUID());

  await credit(env, 'freelancer_available', seller.user.id, 500000n);
  const method = await addMethod(env.deps, seller.actor, { channel: 'bank', account_title: 'Ayesha Siddiqui', iban: 'PK36SCBL0000001123456702' });
  const { withdrawal } = await requestWithdrawal(env.deps, seller.actor, { method_id: method.id, amount: { amount: '200000', currency: 'PKR' } }, crypto.randomUUID());
  await createBatch(env.deps, admin.actor, { channel: 'bank' });
  await markPaid(env.deps, admin.actor, withdrawal.id, { reference: 'FT-2026-0042' });
  return { seller, buyer, stranger, admin, orderId, withdrawalId: withdrawal.id };
}
