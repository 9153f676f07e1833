// Demo listings so a new site is not empty: one published gig for each demo freelancer (in their
// main category, titled with their headline, in the language they write in) and an open public job
// for each demo client in Pakistan and abroad (their own words from onboarding). Deterministic.
import type { Tx } from '../db/pool.ts';
import { freeSlug } from '../gigs/service.ts';
import { SKILLS } from '../taxonomy/data.ts';
import { DEMO_CLIENTS, DEMO_FREELANCERS, demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;

const gigText = {
  en: {
    description: 'Clear communication, on-time delivery and revisions until you are happy. Tell me about your project and your deadline before you order.',
    packages: ['Basic', 'Standard', 'Premium'],
    features: ['Source files', 'Commercial use'],
  },
  ur: {
    description: 'واضح بات چیت، وقت پر ڈیلیوری، اور آپ کے مطمئن ہونے تک تبدیلیاں۔ آرڈر سے پہلے مجھے اپنے کام اور ڈیڈ لائن کے بارے میں بتائیں۔',
    packages: ['بنیادی', 'معیاری', 'پریمیم'],
    features: ['سورس فائلیں', 'کاروباری استعمال'],
  },
} as const;

export async function loadMarketplace(tx: Tx, now: Date): Promise<{ gigs: number; jobs: number }> {
  const ids = new Map((await tx.selectFrom('users').select(['id', 'email']).where('email', 'like', '%@demo.hunar.pk').execute()).map((u) => [u.email, u.id]));
  let gigs = 0;
  for (const [i, f] of DEMO_FREELANCERS.entries()) {
    const sellerId = ids.get(demoEmail(f.key));
    if (!sellerId) continue;
    const text = gigText[f.locale];
    const skill = SKILLS.find((s) => s.category === f.category);
    const when = new Date(now.getTime() - (DEMO_FREELANCERS.length - i) * 7 * HOUR);
    // Prices a Pakistani freelancer might ask, in rupees: 3,000 upwards, varying by person.
    const base = 3000 + (i % 9) * 1500;
    const gig = await tx
      .insertInto('gigs')
      .values({
        seller_id: sellerId,
        // Readable addresses, as every gig has (src/gigs/slug.ts): the headline's words, Urdu transliterated.
        slug: await freeSlug(tx, f.headline.slice(0, 100), null),
        title: f.headline.slice(0, 100),
        description: text.description,
        category_slug: f.category,
        skills: skill ? [skill.slug] : [],
        currency: 'PKR',
        status: 'published',
        created_at: when,
        updated_at: when,
        published_at: when,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('gig_packages')
      .values(
        [1, 2, 3].map((position) => ({
          gig_id: gig.id,
          position,
          name: text.packages[position - 1]!,
          description: '',
          price_minor: String(base * [1, 2, 4][position - 1]! * 100),
          currency: 'PKR' as const,
          delivery_days: 2 + position * 2,
          revisions: position,
          features: text.features.slice(0, position === 1 ? 1 : 2),
        })),
      )
      .execute();
    gigs += 1;
  }

  let jobs = 0;
  for (const [i, client] of DEMO_CLIENTS.entries()) {
    const clientId = ids.get(demoEmail(client.key));
    if (!clientId) continue;
    const when = new Date(now.getTime() - (DEMO_CLIENTS.length - i) * 11 * HOUR);
    const abroad = client.country !== 'PK';
    // The first sentence of what they want done makes the title.
    const title = (client.needs.split(/(?<=[.۔!?؟])\s/)[0] ?? client.needs).slice(0, 100);
    await tx
      .insertInto('jobs')
      .values({
        client_id: clientId,
        title,
        description: client.needs,
        category_slug: null,
        skills: [],
        kind: 'fixed',
        budget_minor: String(abroad ? (200 + i * 50) * 100 : (25_000 + i * 5_000) * 100),
        currency: abroad ? 'USD' : 'PKR',
        duration: '1_4_weeks',
        experience: 'intermediate',
        visibility: 'public',
        status: 'open',
        created_at: when,
        updated_at: when,
      })
      .execute();
    jobs += 1;
  }
  return { gigs, jobs };
}
