// Times in the viewer's time zone (issue 16): the setting, its guess at sign-up, and what pages,
// receipts and the API show with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { placeGigOrder } from '../orders/service.ts';
import { person } from '../receipts/test-data.ts';

let env: TestEnv;
// 23:30 in London on 4 December is 04:30 on 5 December in Karachi.
const AT = new Date('2026-12-04T23:30:00Z');
beforeAll(async () => {
  env = await testEnv({ CHROMIUM_PATH: '/nonexistent/chromium' });
  env.clock.set(AT);
});
afterAll(() => env.close());

const text = async (res: Response) => visibleText(await res.text());
let n = 0;
const uniqueEmail = () => `tz${++n}-${Date.now()}@example.pk`;

async function anOrder(buyerLocale: 'en' | 'ur' = 'en') {
  const seller = await person(env, { freelancer: true, name: 'Ayesha Siddiqui' });
  const buyer = await person(env, { name: 'Emma Clarke', locale: buyerLocale });
  const { id: gigId, slug } = await createGig(env.deps, seller.actor, {
    title: 'Urdu translation of a health leaflet',
    description: 'Two pages, checked by a second translator.',
    category_slug: 'writing',
    skills: [],
    packages: [{ name: 'Basic', price: { amount: '500000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, gigId);
  const { id } = await placeGigOrder(env.deps, buyer.actor, { gig: slug, package: 1 });
  return { seller, buyer, orderId: id };
}

describe('the time zone setting', () => {
  it('shows a client who chose Europe/London her order’s times in London time, with the zone named', async () => {
    const { seller, buyer, orderId } = await anOrder();
    const settings = await text(await buyer.client.get('/settings'));
    expect(settings).toContain('Time zone');
    expect(settings).toContain('Your time now: 5 Dec 2026, 4:30 am PKT.');

    const saved = await buyer.client.post('/settings/time-zone', { time_zone: 'Europe/London' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/settings#time-zone');
    const after = await text(await buyer.client.get('/settings'));
    expect(after).toContain('Your time zone has been saved.');
    expect(after).toContain('Your time now: 4 Dec 2026, 11:30 pm GMT.');
    expect(await (await buyer.client.get('/settings')).text()).toMatch(/<option value="Europe\/London" selected="">London — United Kingdom Time \(GMT\)<\/option>/);

    const order = await text(await buyer.client.get(`/orders/${orderId}`));
    expect(order).toContain('4 Dec 2026, 11:30 pm GMT');
    expect(order).not.toContain('PKT');
    // The freelancer, in Karachi, sees the same moment in Pakistan time.
    const theirs = await text(await seller.client.get(`/orders/${orderId}`));
    expect(theirs).toContain('5 Dec 2026, 4:30 am PKT');
    expect(theirs).not.toContain('11:30 pm GMT');

    // Her invoice dates are hers too, and it says which zone they are in.
    const invoice = await text(await buyer.client.get(`/orders/${orderId}/receipt`));
    expect(invoice).toContain('Ordered 4 December 2026');
    expect(invoice).toContain('Dates are in United Kingdom Time.');
    const statement = await text(await seller.client.get(`/orders/${orderId}/receipt`));
    expect(statement).toContain('5 December 2026');
    expect(statement).toContain('Dates are in Pakistan Standard Time.');
  });

  it('writes times in Urdu with the zone’s Urdu name', async () => {
    const { buyer, orderId } = await anOrder('ur');
    expect((await buyer.client.post('/settings/time-zone', { time_zone: 'Asia/Dubai' })).status).toBe(303);
    const order = await text(await buyer.client.get(`/orders/${orderId}`));
    expect(order).toMatch(/5 دسمبر، 2026، 03:30 متحدہ عرب امارات وقت/);
    const invoice = await text(await buyer.client.get(`/orders/${orderId}/receipt`));
    expect(invoice).toContain('تاریخیں متحدہ عرب امارات وقت کے مطابق ہیں۔');
  });

  it('refuses a zone that is not on the list, with a translated message, and keeps the old one', async () => {
    const en = await person(env, { name: 'Someone Abroad' });
    const bad = await en.client.post('/settings/time-zone', { time_zone: 'Mars/Olympus_Mons' });
    expect(bad.status).toBe(400);
    expect(await text(bad)).toContain('Please choose a time zone from the list.');
    const ur = await person(env, { name: 'کوئی صاحب', locale: 'ur' });
    const urBad = await ur.client.post('/settings/time-zone', { time_zone: '+05:00' });
    expect(urBad.status).toBe(400);
    expect(await text(urBad)).toContain('براہِ کرم فہرست میں سے ٹائم زون چنیں۔');
    const row = await env.deps.db.selectFrom('users').select('time_zone').where('id', '=', en.user.id).executeTakeFirstOrThrow();
    expect(row.time_zone).toBe('Asia/Karachi');
  });
});

describe('the guess at sign-up', () => {
  async function signUp(extra: Record<string, string>) {
    const email = uniqueEmail();
    const client = new TestClient(env.app);
    const form = await client.get('/signup');
    const html = await form.text();
    // The page carries the hidden field and the small script that fills it.
    expect(html).toContain('<input type="hidden" name="time_zone" value="" data-time-zone=""/>');
    expect(html).toMatch(/<script src="\/assets\/time-zone\.js\?v=\w+" defer=""><\/script>/);
    const res = await client.post('/signup', { display_name: 'Emma Clarke', email, password: 'correct horse battery', role: 'client', locale: 'en', ...extra });
    expect(res.status).toBe(200);
    return { email, client };
  }

  it('saves the zone the browser reported', async () => {
    const { email, client } = await signUp({ time_zone: 'Europe/London' });
    const user = await env.deps.db.selectFrom('users').select('time_zone').where('email', '=', email).executeTakeFirstOrThrow();
    expect(user.time_zone).toBe('Europe/London');
    const [mail] = await waitForMail(env.deps, email);
    await client.post('/verify-email', { token: linkToken(mail!, '/verify-email') });
    const me = (await (await client.get('/api/v1/me')).json()) as { time_zone: string };
    expect(me.time_zone).toBe('Europe/London');
  });

  it('keeps Asia/Karachi without JavaScript (an empty field) and when the browser reports a zone this server does not know', async () => {
    for (const extra of [{}, { time_zone: '' }, { time_zone: 'Mars/Olympus_Mons' }] as Record<string, string>[]) {
      const { email } = await signUp(extra);
      const user = await env.deps.db.selectFrom('users').select('time_zone').where('email', '=', email).executeTakeFirstOrThrow();
      expect(user.time_zone).toBe('Asia/Karachi');
    }
  });

  it('serves the script that makes the guess', async () => {
    const res = await new TestClient(env.app).get('/assets/time-zone.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(await res.text()).toContain('resolvedOptions().timeZone');
  });
});

describe('the API', () => {
  it('includes the zone in /me and changes it with PUT /me/time-zone, refusing an unknown one with a translated field message', async () => {
    const p = await person(env, { name: 'API Client' });
    expect(((await (await p.client.get('/api/v1/me')).json()) as { time_zone: string }).time_zone).toBe('Asia/Karachi');
    const ok = await p.client.json('PUT', '/api/v1/me/time-zone', { time_zone: 'US/Eastern' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ time_zone: 'America/New_York' });
    expect(((await (await p.client.get('/api/v1/me')).json()) as { time_zone: string }).time_zone).toBe('America/New_York');
    const bad = await p.client.json('PUT', '/api/v1/me/time-zone', { time_zone: 'Nowhere/Town' });
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { code: string; errors: Record<string, string> };
    expect(problem.code).toBe('validation.failed');
    expect(problem.errors.time_zone).toBe('Please choose a time zone from the list.');
  });

  it('documents the setting in the OpenAPI document', async () => {
    const doc = (await (await new TestClient(env.app).get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.paths['/api/v1/me/time-zone']?.put).toBeDefined();
    expect(doc.components.schemas.Me?.properties).toHaveProperty('time_zone');
    expect(doc.components.schemas.SignUpRequest?.properties).toHaveProperty('time_zone');
  });
});
