import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

describe('the home page', () => {
  it('shows popular categories and the newest gigs with their starting price, in both languages', async () => {
    await createAccount(env.deps.db, env.deps, { email: 'seller@example.pk', password: 'seller password 1', displayName: 'Rabia <b>Noor</b>', isFreelancer: true, isClient: false, locale: 'en', verified: true, onboarded: true });
    const seller = new TestClient(env.app);
    expect((await seller.post('/login', { email: 'seller@example.pk', password: 'seller password 1' })).status).toBe(303);
    const created = await seller.json('POST', '/api/v1/gigs', {
      title: 'Urdu & English subtitles',
      description: 'Subtitles for YouTube videos.',
      category_slug: 'translation',
      skills: [],
      packages: [
        { name: 'Short', price: { amount: '250000', currency: 'PKR' }, delivery_days: 2, revisions: 1, features: [] },
        { name: 'Long', price: { amount: '900000', currency: 'PKR' }, delivery_days: 5, revisions: 1, features: [] },
      ],
      faqs: [],
      questions: [],
    });
    expect(created.status).toBe(201);
    const gig = (await created.json()) as { id: string; slug: string };
    const draftOnly = await seller.json('POST', '/api/v1/gigs', { title: 'A draft nobody sees', description: '', category_slug: 'design', skills: [], packages: [], faqs: [], questions: [] });
    expect(draftOnly.status).toBe(201);
    expect((await seller.json('POST', `/api/v1/gigs/${gig.id}/publish`, {})).status).toBe(200);

    const en = await (await new TestClient(env.app, { 'accept-language': 'en' }).get('/')).text();
    expect(en).toContain(`href="/g/${gig.slug}"`);
    expect(en).toContain('Urdu &amp; English subtitles');
    expect(en).toContain('Rabia &lt;b&gt;Noor&lt;/b&gt;');
    expect(visibleText(en)).toContain('from Rs 2,500');
    expect(visibleText(en)).toContain('Translation · 1 gig');
    expect(visibleText(en)).not.toContain('1 gigs');
    expect(en).not.toContain('A draft nobody sees');
    expect(en).toContain('href="/c/translation"');

    const ur = await (await new TestClient(env.app, { 'accept-language': 'ur' }).get('/')).text();
    expect(visibleText(ur)).toContain('مقبول شعبے');
    expect(visibleText(ur)).toContain('نئی گِگز');
    expect(visibleText(ur)).toContain('ترجمہ · 1 گِگ');
    expect(visibleText(ur)).not.toContain('1 گِگز');
  });
});

describe('why Hunar', () => {
  it('claims only what the site does, each point linked to the page that shows it', async () => {
    for (const locale of ['en', 'ur'] as const) {
      const html = await (await new TestClient(env.app, { 'accept-language': locale }).get('/')).text();
      const why = html.match(/<section aria-labelledby="why-h">[\s\S]*?<\/section>/)?.[0] ?? '';
      const points = why.match(/<li>[\s\S]*?<\/li>/g) ?? [];
      expect(points.length).toBe(4);
      for (const point of points) expect(point, point).toMatch(/href="\/|action="\//);
      for (const href of ['/fees', '/help#escrow', '/help#withdrawals', `/language?locale=${locale === 'en' ? 'ur' : 'en'}&amp;next=/`]) expect(why).toContain(`href="${href}"`);
      // Nothing the site does not do yet.
      expect(visibleText(why)).not.toMatch(/tax|FBR|training|certificate|ٹیکس|تربیت|سرٹیفکیٹ/i);
    }
    // Every page a point links to is there.
    for (const path of ['/fees', '/help']) expect((await new TestClient(env.app).get(path)).status).toBe(200);
  });

  it('switches a signed-in person’s language with a form, as the header does', async () => {
    await createAccount(env.deps.db, env.deps, { email: 'why@example.pk', password: 'why password 12', displayName: 'Why', isFreelancer: false, isClient: true, locale: 'ur', verified: true, onboarded: true });
    const me = new TestClient(env.app);
    await me.post('/login', { email: 'why@example.pk', password: 'why password 12' });
    const html = await (await me.get('/')).text();
    const why = html.match(/<section aria-labelledby="why-h">[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(why).toContain('action="/language"');
    expect(visibleText(why)).toContain('انگریزی (English) میں دیکھیں');
  });
});
