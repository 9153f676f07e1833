// Demo data: the reference data, then freelancers, clients and an admin (demo-people.ts), all
// verified and onboarded, sharing one documented password. Loaded at first start when the database
// has no users (boot.ts), or by `npm run seed`. Runs in one transaction under an advisory lock, so
// two processes starting together on an empty database seed it once, and a failure leaves nothing.
import { sql } from 'kysely';
import { createAccount, hashPassword } from '../accounts/service.ts';
import type { Executor, Tx } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { syncReferenceData } from '../taxonomy/service.ts';
import { loadDemoContract } from './demo-contract.ts';
import { loadDemoDollars } from './demo-dollars.ts';
import { loadGigPictures } from './demo-images.ts';
import { loadMarketplace } from './demo-marketplace.ts';
import { loadDemoOrders } from './demo-orders.ts';
import { loadDemoMoney } from './demo-payouts.ts';
import { loadDemoNotifications } from './demo-notifications.ts';
import { DEMO_ACCOUNTS, DEMO_ADMIN, DEMO_CLIENT_BILLING, DEMO_CLIENTS, DEMO_FREELANCERS, DEMO_PASSWORD, demoEmail } from './demo-people.ts';
import { loadDemoWork } from './demo-work.ts';
import { loadDemoMessages } from './demo-messages.ts';
import { loadDemoReviews } from './demo-reviews.ts';
import { loadDemoDisputes } from './demo-disputes.ts';
import { loadDemoTax } from './demo-tax.ts';
import { loadDemoAcademy } from './demo-academy.ts';
import { loadDemoAssociations } from './demo-associations.ts';
import { loadDemoForum } from './demo-forum.ts';
import { loadDemoRates } from './demo-rates.ts';
import { loadDemoPassOn } from './demo-passon.ts';
import { loadDemoMentorship } from '../mentorship/demo.ts';
import { loadDemoEvents } from './demo-events.ts';
import { loadDemoSpaces } from './demo-spaces.ts';
import { loadDemoLegal } from './demo-legal.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-people.ts';

export type Progress = (line: string) => void;

export interface SeedSummary {
  freelancers: number;
  clients: number;
  admins: number;
}

const HOUR = 3_600_000;

async function hasUsers(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** A clock fixed some hours before now, so the demo people look as if they joined over weeks. */
const joinedHoursAgo = (deps: Pick<Deps, 'clock'>, hours: number) => ({ clock: { now: () => new Date(deps.clock.now().getTime() - hours * HOUR) } });

async function loadPeople(tx: Tx, deps: Deps, passwordHash: string, progress: Progress): Promise<SeedSummary> {
  const account = { password: DEMO_PASSWORD, passwordHash, verified: true, onboarded: true };
  const total = DEMO_FREELANCERS.length;
  let n = 0;
  for (const f of DEMO_FREELANCERS) {
    n += 1;
    const joined = joinedHoursAgo(deps, (total - n) * 31 + 48);
    const user = await createAccount(tx, joined, {
      ...account,
      email: demoEmail(f.key),
      displayName: f.name,
      isFreelancer: true,
      isClient: f.alsoHires !== undefined,
      locale: f.locale,
    });
    await tx
      .insertInto('profiles')
      .values({
        user_id: user.id,
        main_category: f.category,
        city_slug: f.city,
        languages: f.languages,
        payout_method: f.payout,
        show_photo: f.showPhoto,
        show_city: f.showCity,
        headline: f.headline,
        client_needs: f.alsoHires ?? null,
        country: 'PK',
        updated_at: joined.clock.now(),
      })
      .execute();
    if (n % 6 === 0 || n === total) progress(`Seeding freelancers ${n}/${total}`);
  }

  let c = 0;
  for (const client of DEMO_CLIENTS) {
    c += 1;
    const joined = joinedHoursAgo(deps, (DEMO_CLIENTS.length - c) * 53 + 24);
    const billing = DEMO_CLIENT_BILLING[client.key];
    const user = await createAccount(tx, joined, {
      ...account,
      email: demoEmail(client.key),
      displayName: client.name,
      isFreelancer: false,
      isClient: true,
      locale: client.locale,
      ...(billing ? { timeZone: billing.timeZone } : {}),
    });
    await tx
      .insertInto('profiles')
      .values({
        user_id: user.id,
        city_slug: client.city,
        country: client.country,
        languages: client.languages,
        client_needs: client.needs,
        show_photo: false,
        ...(billing ? { company_name: billing.company, billing_address: billing.address, tax_number: billing.taxNumber } : {}),
        updated_at: joined.clock.now(),
      })
      .execute();
  }
  progress(`Seeding clients ${c}/${DEMO_CLIENTS.length}`);

  await createAccount(tx, deps, { ...account, email: demoEmail(DEMO_ADMIN.key), displayName: DEMO_ADMIN.name, isFreelancer: false, isClient: false, isAdmin: true, locale: DEMO_ADMIN.locale });
  progress('Seeding admin 1/1');
  return { freelancers: total, clients: c, admins: 1 };
}

/**
 * Loads the demo data into a database that has no users yet. Returns null, changing nothing, when
 * it already has users (checked again under the lock, in the same transaction that seeds).
 */
export async function seed(deps: Deps, progress: Progress): Promise<SeedSummary | null> {
  if (await hasUsers(deps.db)) return null;
  // Hashed once for every demo account: argon2id is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('hunar.seed'))`.execute(tx);
    if (await hasUsers(tx)) return null;
    const counts = await syncReferenceData(tx);
    progress(`Seeding reference data… ${counts.cities} cities, ${counts.categories} categories, ${counts.skills} skills`);
    const summary = await loadPeople(tx, deps, passwordHash, progress);
    const listings = await loadMarketplace(tx, deps.clock.now());
    progress(`Seeding listings… ${listings.gigs} gigs, ${listings.jobs} jobs`);
    const demoMoney = await loadDemoMoney(tx, deps, deps.clock.now());
    progress(`Seeding money… ${demoMoney.orders} completed orders, ${demoMoney.withdrawals} withdrawals in a payout batch`);
    await loadDemoOrders(tx, deps);
    await loadDemoContract(tx, deps);
    progress(`Seeding gig pictures… ${await loadGigPictures(tx, deps)}`);
    const dollars = await loadDemoDollars(tx, deps);
    progress(`Seeding dollars… ${dollars.rates} estimate rates, ${dollars.orders} order awaiting payment`);
    const work = await loadDemoWork(tx, deps);
    progress(`Seeding work in progress… ${work.orders} orders, ${work.proposals} proposal`);
    progress(`Seeding messages… ${await loadDemoMessages(tx, deps)}`);
    const disputes = await loadDemoDisputes(tx, deps);
    progress(`Seeding deliveries and disputes… ${disputes.orders} orders with files, ${disputes.disputes} open dispute`);
    progress(`Seeding notifications… ${(await loadDemoNotifications(tx, deps.clock.now())).notifications}`);
    progress(`Seeding reviews… ${(await loadDemoReviews(tx, deps)).reviews} reviews and seller levels`);
    const tax = await loadDemoTax(tx, deps);
    progress(`Seeding tax… ${tax.profiles} tax profiles, ${tax.orders} paid orders over 16 months, ${tax.withdrawals} withdrawals, ${tax.prcs} PRCs, ${tax.statements} year statements`);
    const mentoring = await loadDemoMentorship(tx, deps);
    progress(`Seeding mentorship… ${mentoring.mentors} mentors, ${mentoring.bookings} sessions`);
    const academy = await loadDemoAcademy(tx, deps);
    progress(`Seeding the academy… ${academy.courses} courses, ${academy.lessons} lessons, ${academy.enrolments} learners, ${academy.certificates} certificates`);
    const associations = await loadDemoAssociations(tx, deps);
    progress(`Seeding associations… ${associations.associations} associations, ${associations.members} members, ${associations.announcements} announcements, ${associations.duesPaid} dues paid`);
    const events = await loadDemoEvents(tx, deps);
    progress(`Seeding association events… ${events.events} events of ${events.associations} associations, ${events.rsvps} RSVPs`);
    const forum = await loadDemoForum(tx, deps);
    progress(`Seeding the forum… ${forum.threads} threads, ${forum.posts} posts`);
    const spaces = await loadDemoSpaces(tx, deps);
    progress(`Seeding co-working spaces… ${spaces.spaces} spaces, ${spaces.bookings} desk bookings, ${spaces.reviews} reviews`);
    progress(`Seeding the legal help desk… ${(await loadDemoLegal(tx, deps, passwordHash)).questions} questions, an advisor (farzana@demo.hunar.pk)`);
    progress(`Seeding market rates and referrals… ${Object.entries(await loadDemoRates(tx, deps)).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    progress(`Seeding a job passed on… ${Object.entries(await loadDemoPassOn(tx, deps)).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    await tx
      .insertInto('audit_events')
      .values({ kind: 'seed.loaded', actor_id: null, subject_id: null, data: JSON.stringify(summary), created_at: deps.clock.now() })
      .execute();
    progress(`Demo data loaded: ${summary.freelancers} freelancers, ${summary.clients} clients, ${summary.admins} admin.`);
    return summary;
  });
}

/** The demo logins as printed lines (first start and `npm run seed`). */
export function demoAccountLines(): string[] {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return [
    `Demo accounts (password for every one: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.role.padEnd(10)}  ${a.description}`),
    'Change or delete these accounts before real people use this site.',
  ];
}

/**
 * First start: seeds when there are no users and prints the demo logins once. Not in production,
 * where accounts with a published password (one of them an admin) must never appear by themselves;
 * `npm run seed` still loads them there on purpose.
 */
export async function seedIfEmpty(deps: Deps, progress: Progress): Promise<boolean> {
  if (deps.config.NODE_ENV === 'production') return false;
  const summary = await seed(deps, progress);
  if (!summary) return false;
  for (const line of demoAccountLines()) progress(line);
  return true;
}
