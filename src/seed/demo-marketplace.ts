// Demo listings so a new site is not empty and search has something real to find: the gigs of
// demo-gigs.ts (each freelancer's own, in the language they write in) and the jobs of demo-jobs.ts
// (clients at home and abroad, and freelancers who also hire). Deterministic: fixed slugs, and dates
// spread back from `now` over about three weeks.
import type { Tx } from '../db/pool.ts';
import { DEMO_GIGS } from './demo-gigs.ts';
import { DEMO_JOBS } from './demo-jobs.ts';
import { demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;
/** Hours between two gigs' publication, and between two jobs. */
const GIG_STEP = 7;
const JOB_STEP = 23;

const minor = (whole: number) => String(BigInt(whole) * 100n);

/**
 * How many steps before `now` each gig of DEMO_GIGS was published: every freelancer's first gig
 * weeks ago, their second ones after all the first ones, and so on, list order breaking ties. So a
 * freelancer's oldest gig is their first in DEMO_GIGS (the one the other demo seeds order from),
 * and the newest gigs on the home page come from several people.
 */
export function gigAges(gigs: readonly { key: string }[]): number[] {
  const seen = new Map<string, number>();
  const ranked = gigs.map((g, i) => {
    const rank = seen.get(g.key) ?? 0;
    seen.set(g.key, rank + 1);
    return { i, rank };
  });
  const ages = new Array<number>(gigs.length);
  for (const [p, r] of ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).entries()) ages[r.i] = gigs.length - p;
  return ages;
}

export async function loadMarketplace(tx: Tx, now: Date): Promise<{ gigs: number; jobs: number }> {
  const ids = new Map((await tx.selectFrom('users').select(['id', 'email']).where('email', 'like', '%@demo.hunar.pk').execute()).map((u) => [u.email, u.id]));
  const ages = gigAges(DEMO_GIGS);
  let gigs = 0;
  for (const [i, g] of DEMO_GIGS.entries()) {
    const sellerId = ids.get(demoEmail(g.key));
    if (!sellerId) continue;
    const when = new Date(now.getTime() - ages[i]! * GIG_STEP * HOUR);
    const gig = await tx
      .insertInto('gigs')
      .values({
        seller_id: sellerId,
        slug: g.slug,
        title: g.title,
        description: g.description,
        category_slug: g.category,
        skills: [...g.skills],
        currency: g.currency,
        status: g.status,
        created_at: when,
        updated_at: when,
        published_at: when,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('gig_packages')
      .values(
        g.packages.map((p, n) => ({
          gig_id: gig.id,
          position: n + 1,
          name: p.name,
          description: '',
          price_minor: minor(p.price),
          currency: g.currency,
          delivery_days: p.deliveryDays,
          revisions: p.revisions,
          features: [...p.features],
        })),
      )
      .execute();
    gigs += 1;
  }

  let jobs = 0;
  for (const [i, j] of DEMO_JOBS.entries()) {
    const clientId = ids.get(demoEmail(j.key));
    if (!clientId) continue;
    const when = new Date(now.getTime() - (DEMO_JOBS.length - i) * JOB_STEP * HOUR);
    const closedAt = j.status === 'closed' ? new Date(when.getTime() + 48 * HOUR) : null;
    const job = await tx
      .insertInto('jobs')
      .values({
        client_id: clientId,
        title: j.title,
        description: j.description,
        category_slug: j.category,
        skills: [...j.skills],
        kind: j.pay.kind,
        budget_minor: j.pay.kind === 'fixed' ? minor(j.pay.budget) : null,
        rate_min_minor: j.pay.kind === 'hourly' ? minor(j.pay.min) : null,
        rate_max_minor: j.pay.kind === 'hourly' ? minor(j.pay.max) : null,
        weekly_hours: j.pay.kind === 'hourly' ? j.pay.weeklyHours : null,
        currency: j.currency,
        duration: j.duration,
        experience: j.experience,
        visibility: j.visibility,
        status: j.status,
        // A closed job was closed two days after it was posted.
        closed_at: closedAt,
        created_at: when,
        updated_at: closedAt ?? when,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const key of j.invite ?? []) {
      const freelancerId = ids.get(demoEmail(key));
      if (freelancerId) await tx.insertInto('job_invites').values({ job_id: job.id, freelancer_id: freelancerId, created_at: when }).execute();
    }
    jobs += 1;
  }
  return { gigs, jobs };
}
