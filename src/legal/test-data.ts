// What the legal help desk tests share: a freelancer with a completed Rs 15,000 order for a client in
// London, another freelancer, a client, and two legal advisors (the role granted as an admin grants it).
import type { TestEnv } from '../../test/support.ts';
import { completedOrder, fundWallet, gigOf, person } from '../../test/world.ts';

export async function legalWorld(env: TestEnv) {
  env.clock.set(new Date('2026-03-02T06:00:00Z'));
  const admin = await person(env, 'Site Admin', { role: 'admin' });
  const seller = await person(env, 'Ayesha Siddiqui', { role: 'freelancer', locale: 'ur' });
  const buyer = await person(env, 'Emma Clarke', { role: 'client', country: 'GB' });
  const stranger = await person(env, 'Nosy Parker', { role: 'freelancer' });
  const advisor = await person(env, 'Saima Rizvi', { role: 'client' });
  const advisor2 = await person(env, 'Kamran Qureshi', { role: 'client' });
  await env.deps.db
    .insertInto('user_roles')
    .values([advisor, advisor2].map((p) => ({ user_id: p.user.id, role: 'legal_advisor' as const, granted_by: admin.user.id, granted_at: new Date('2026-03-01T06:00:00Z'), note: 'Advocate, Lahore High Court bar: licence checked' })))
    .execute();
  await fundWallet(env, buyer, 2_000_000n, 'PKR');
  const gig = await gigOf(env, seller, 1_500_000, 'PKR');
  const orderId = await completedOrder(env, seller, buyer, gig, '2026-03-02T07:00:00Z');
  const number = String((await env.deps.db.selectFrom('orders').select('number').where('id', '=', orderId).executeTakeFirstOrThrow()).number);
  const handle = async (id: string) => String((await env.deps.db.selectFrom('users').select('handle').where('id', '=', id).executeTakeFirstOrThrow()).handle);
  return { admin, seller, buyer, stranger, advisor, advisor2, orderId, orderNumber: `HNR-${number}`, buyerHandle: await handle(buyer.user.id) };
}
