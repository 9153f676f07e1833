// The demo listings are complete and honest data: every gig could have been published through the
// gig form (same limits and rules), its skills belong to its category, and the gigs the search
// examples and end-to-end tests name are there, in the language they are meant to be in.
import { describe, expect, it } from 'vitest';
import { canPublish, LIMITS } from '../gigs/domain.ts';
import { SLUG_BASE_MAX, SLUG_PATTERN } from '../gigs/slug.ts';
import { LIMITS as JOB_LIMITS } from '../jobs/domain.ts';
import { money } from '../platform/money.ts';
import { SKILLS } from '../taxonomy/data.ts';
import { DEMO_GIGS } from './demo-gigs.ts';
import { gigAges } from './demo-marketplace.ts';
import { DEMO_JOBS } from './demo-jobs.ts';
import { DEMO_CLIENTS, DEMO_FREELANCERS } from './demo-people.ts';

const URDU = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;
const published = DEMO_GIGS.filter((g) => g.status === 'published');
const gig = (slug: string) => DEMO_GIGS.find((g) => g.slug === slug)!;

describe('demo gigs', () => {
  it('could each have been made with the gig form: fixed readable slugs, limits, three packages priced upwards', () => {
    expect(new Set(DEMO_GIGS.map((g) => g.slug)).size).toBe(DEMO_GIGS.length);
    for (const g of DEMO_GIGS) {
      expect(g.slug, g.slug).toMatch(SLUG_PATTERN);
      expect(g.slug.length, g.slug).toBeLessThanOrEqual(SLUG_BASE_MAX);
      expect(g.title.length, g.slug).toBeLessThanOrEqual(LIMITS.title);
      const content = {
        title: g.title,
        description: g.description,
        category_slug: g.category,
        skills: [...g.skills],
        currency: g.currency,
        packages: g.packages.map((p) => ({ name: p.name, description: '', price: money(BigInt(p.price) * 100n, g.currency), delivery_days: p.deliveryDays, revisions: p.revisions, features: [...p.features] })),
        faqs: [],
        questions: [],
      };
      expect(canPublish(content), g.slug).toEqual([]);
      for (const p of g.packages) {
        expect(p.deliveryDays).toBeGreaterThanOrEqual(LIMITS.deliveryDays.min);
        expect(p.deliveryDays).toBeLessThanOrEqual(LIMITS.deliveryDays.max);
        for (const f of p.features) expect(f.length, f).toBeLessThanOrEqual(LIMITS.feature);
      }
      // Delivery and revisions never shrink from Basic to Premium.
      for (const i of [1, 2]) {
        expect(g.packages[i]!.deliveryDays, g.slug).toBeGreaterThanOrEqual(g.packages[i - 1]!.deliveryDays);
        expect(g.packages[i]!.revisions, g.slug).toBeGreaterThanOrEqual(g.packages[i - 1]!.revisions);
      }
      // Two to five sentences, in either script's full stop.
      const sentences = g.description.split(/(?<=[.۔?؟!])\s+/).filter((s) => s.trim() !== '');
      expect(sentences.length, g.slug).toBeGreaterThanOrEqual(2);
      expect(sentences.length, g.slug).toBeLessThanOrEqual(5);
    }
  });

  it('are each written for themselves, tagged with specific skills of their own category, and cover every skill', () => {
    expect(published.length).toBeGreaterThanOrEqual(60);
    expect(new Set(DEMO_GIGS.map((g) => g.description)).size).toBe(DEMO_GIGS.length);
    expect(new Set(DEMO_GIGS.map((g) => g.title)).size).toBe(DEMO_GIGS.length);
    for (const g of DEMO_GIGS) {
      expect(g.skills.length, g.slug).toBeGreaterThanOrEqual(1);
      expect(g.skills.length, g.slug).toBeLessThanOrEqual(4);
      for (const s of g.skills) expect(SKILLS.find((k) => k.slug === s)?.category, `${g.slug}: ${s}`).toBe(g.category);
    }
    const covered = new Set(published.flatMap((g) => g.skills));
    expect(SKILLS.filter((k) => !covered.has(k.slug)).map((k) => k.slug)).toEqual([]);
  });

  it('give every freelancer one to three gigs, the first published and their oldest, in the language they write', () => {
    const ages = gigAges(DEMO_GIGS);
    for (const f of DEMO_FREELANCERS) {
      const theirs = DEMO_GIGS.map((g, i) => ({ g, age: ages[i]! })).filter((x) => x.g.key === f.key);
      expect(theirs.length, f.key).toBeGreaterThanOrEqual(1);
      expect(theirs.length, f.key).toBeLessThanOrEqual(3);
      expect(theirs[0]!.g.status, f.key).toBe('published');
      expect(Math.max(...theirs.map((x) => x.age)), f.key).toBe(theirs[0]!.age);
      for (const { g } of theirs) expect(g.languages, g.slug).toContain(f.locale);
    }
    for (const g of DEMO_GIGS) {
      expect(URDU.test(g.title + g.description), g.slug).toBe(g.languages.includes('ur'));
      expect(LATIN.test(g.title + g.description), g.slug).toBe(g.languages.includes('en'));
    }
    expect(new Set(ages).size).toBe(DEMO_GIGS.length);
    // Two or three paused gigs, never someone's only one.
    const paused = DEMO_GIGS.filter((g) => g.status === 'paused');
    expect(paused.length).toBeGreaterThanOrEqual(2);
    expect(paused.length).toBeLessThanOrEqual(3);
  });

  it('hold the gigs the search examples name, in the script they are meant to be in', () => {
    // Ayesha's logo gig is Urdu script only, packages included: English queries must reach it by meaning.
    const logo = gig('ayesha-logo-design');
    expect(logo.key).toBe('ayesha');
    expect(logo.skills).toEqual(expect.arrayContaining(['logo-design']));
    expect(LATIN.test([logo.title, logo.description, ...logo.packages.flatMap((p) => [p.name, ...p.features])].join(' '))).toBe(false);
    expect(logo.title).toContain('لوگو ڈیزائن');
    // An English WordPress gig with no Urdu at all, and an Urdu one that writes ورڈپریس.
    const wordpress = gig('faisal-wordpress-website-small-business');
    expect(wordpress.title).toBe('WordPress website for your small business');
    expect(URDU.test([wordpress.title, wordpress.description, ...wordpress.packages.flatMap((p) => [p.name, ...p.features])].join(' '))).toBe(false);
    expect(gig('zeeshan-wordpress-website-urdu').title).toContain('ورڈپریس');
    expect(gig('zeeshan-wordpress-website-urdu').description).not.toMatch(LATIN);
    // Ali's Python and Excel in English; Imran's ایکسل and پائتھن in Urdu.
    expect(gig('ali-python-data-cleaning-automation').title).toContain('Python');
    expect(gig('ali-excel-dashboards-cleanup').title).toContain('Excel');
    expect(gig('imran-data-entry-excel-sheets').title).toContain('ایکسل');
    expect(gig('imran-python-excel-automation').title).toContain('پائتھن');
    expect(gig('sanaullah-wedding-video-editing').title).toContain('ویڈیو ایڈیٹنگ');
    expect(gig('amna-reels-video-editing').title).toContain('Video editing');
    expect(gig('sadia-graphic-design-brand-identity').title).toContain('Graphic design');
  });
});

describe('demo jobs', () => {
  it('come from the demo clients and the freelancers who hire, with the right skills and a budget of their kind', () => {
    expect(DEMO_JOBS.length).toBeGreaterThanOrEqual(16);
    const hirers = new Set([...DEMO_CLIENTS.map((c) => c.key), ...DEMO_FREELANCERS.filter((f) => f.alsoHires).map((f) => f.key)]);
    for (const key of hirers) expect(DEMO_JOBS.some((j) => j.key === key), key).toBe(true);
    expect(new Set(DEMO_JOBS.map((j) => j.description)).size).toBe(DEMO_JOBS.length);
    for (const j of DEMO_JOBS) {
      expect(hirers.has(j.key), j.title).toBe(true);
      expect(j.title.length, j.title).toBeLessThanOrEqual(JOB_LIMITS.title);
      expect(j.skills.length, j.title).toBeGreaterThanOrEqual(1);
      for (const s of j.skills) expect(SKILLS.find((k) => k.slug === s)?.category, `${j.title}: ${s}`).toBe(j.category);
      if (j.pay.kind === 'hourly') expect(j.pay.min).toBeLessThanOrEqual(j.pay.max);
      // Rupees at home, dollars abroad.
      const country = DEMO_CLIENTS.find((c) => c.key === j.key)?.country ?? 'PK';
      expect(j.currency, j.title).toBe(country !== 'PK' || j.key === 'adeel' ? 'USD' : 'PKR');
      expect(j.visibility === 'invite_only', j.title).toBe((j.invite?.length ?? 0) > 0);
    }
    expect(DEMO_JOBS.filter((j) => j.visibility === 'invite_only')).toHaveLength(1);
    expect(DEMO_JOBS.filter((j) => j.status === 'closed')).toHaveLength(1);
    // Hamza's first open job is in rupees: the demo proposals on it are.
    expect(DEMO_JOBS.find((j) => j.key === 'hamza' && j.status === 'open')?.currency).toBe('PKR');
  });
});
