// What the market pays for a skill, from the platform's own data (issue 20, "Demand, to steer
// learners"): its open jobs, its published gigs, the quartiles of its completed orders' prices over
// the last PRICE_WINDOW_DAYS (only from MIN_ORDERS_FOR_PRICES orders up), and the courses that teach
// it. An order is in a skill when its gig, or its contract's job, lists the skill. Prices are in
// rupees: a dollar order counts at the USD → PKR rate in force now (src/fx), and the page says so.
import { sql } from 'kysely';
import { usdToPkrNowSql } from '../fx/service.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { type Money, money } from '../platform/money.ts';
import { PRICE_WINDOW_DAYS, type PriceQuartiles, priceQuartiles } from './domain.ts';
import { type CourseCard, publishedCourses } from './service.ts';
import type { Track } from './tables.ts';
import { isSkill, trackOfSkill } from './tracks.ts';

const DAY_MS = 86_400_000;
const LISTED = 10;

export interface SkillDemand {
  skill: string;
  track: Track | null;
  openJobs: number;
  gigs: number;
  jobs: { id: string; title: string; postedAt: Date }[];
  gigList: { slug: string; title: string; fromPrice: Money | null }[];
  /** Completed orders in the window, and their price quartiles in PKR (null below the minimum). */
  orders: number;
  prices: { q1: Money; median: Money; q3: Money } | null;
  window: { from: Date; to: Date };
  courses: CourseCard[];
}

const pkr = (q: PriceQuartiles) => ({ q1: money(q.q1, 'PKR'), median: money(q.median, 'PKR'), q3: money(q.q3, 'PKR') });

export async function skillDemand(deps: Pick<Deps, 'db' | 'clock'>, slug: string): Promise<SkillDemand> {
  if (!isSkill(slug)) throw new AppError('not_found');
  const db = deps.db;
  const to = deps.clock.now();
  const from = new Date(to.getTime() - PRICE_WINDOW_DAYS * DAY_MS);
  const [jobCount, jobs, gigCount, gigs, prices, courses] = await Promise.all([
    db.selectFrom('jobs').select(sql<number>`count(*)::int`.as('n')).where('status', '=', 'open').where('visibility', '=', 'public').where(sql<boolean>`${slug} = ANY(skills)`).executeTakeFirstOrThrow(),
    db
      .selectFrom('jobs')
      .select(['id', 'title', 'created_at'])
      .where('status', '=', 'open')
      .where('visibility', '=', 'public')
      .where(sql<boolean>`${slug} = ANY(skills)`)
      .orderBy('created_at', 'desc')
      .limit(LISTED)
      .execute(),
    db.selectFrom('gigs').select(sql<number>`count(*)::int`.as('n')).where('status', '=', 'published').where(sql<boolean>`${slug} = ANY(skills)`).executeTakeFirstOrThrow(),
    db
      .selectFrom('gigs')
      .select(['slug', 'title', 'min_price_minor', 'currency'])
      .where('status', '=', 'published')
      .where(sql<boolean>`${slug} = ANY(skills)`)
      .orderBy('rating_count', 'desc')
      .orderBy('published_at', 'desc')
      .limit(LISTED)
      .execute(),
    sql<{ pkr_minor: string }>`
      SELECT CASE WHEN o.currency = 'PKR' THEN coalesce(o.billed_minor, o.price_minor)
                  ELSE round(coalesce(o.billed_minor, o.price_minor) * ${usdToPkrNowSql()})::bigint END AS pkr_minor
      FROM orders o
      LEFT JOIN gigs g ON g.id = o.gig_id
      LEFT JOIN contracts k ON k.id = o.contract_id
      LEFT JOIN jobs j ON j.id = k.job_id
      WHERE o.state = 'completed' AND o.completed_at >= ${from} AND o.completed_at <= ${to}
        AND (${slug} = ANY(g.skills) OR ${slug} = ANY(j.skills))`.execute(db),
    publishedCourses(db, { skill: slug }),
  ]);
  const list = prices.rows.filter((r) => r.pkr_minor !== null).map((r) => BigInt(r.pkr_minor));
  const q = priceQuartiles(list);
  return {
    skill: slug,
    track: trackOfSkill(slug),
    openJobs: jobCount.n,
    gigs: gigCount.n,
    jobs: jobs.map((j) => ({ id: j.id, title: j.title, postedAt: j.created_at })),
    gigList: gigs.map((g) => ({ slug: g.slug, title: g.title, fromPrice: g.min_price_minor ? money(BigInt(g.min_price_minor), g.currency) : null })),
    orders: list.length,
    prices: q ? pkr(q) : null,
    window: { from, to },
    courses,
  };
}
