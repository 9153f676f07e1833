// A client's billing details (issue 16): company, billing address and tax number, kept in the
// profile editor, printed on their invoices and receipts, never on the public profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { placeGigOrder } from '../orders/service.ts';
import { person } from '../receipts/test-data.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv({ CHROMIUM_PATH: '/nonexistent/chromium' });
});
afterAll(() => env.close());

const text = async (res: Response) => visibleText(await res.text());
const EMMA = {
  company_name: 'Hartley & Finch Ltd',
  billing_address: 'Unit 4, 27 Demo Yard\r\nClerkenwell Road\r\n\r\nLondon EC1M 5RN\r\nUnited Kingdom',
  tax_number: 'gb 123 4567 89',
  country: 'ZZ',
};

async function world(buyerLocale: 'en' | 'ur' = 'en') {
  const seller = await person(env, { freelancer: true, locale: 'ur', name: 'ثمینہ بی بی' });
  const buyer = await person(env, { name: buyerLocale === 'ur' ? 'حمزہ شیخ' : 'Emma Clarke', locale: buyerLocale });
  const { id: gigId, slug } = await createGig(env.deps, seller.actor, {
    title: 'Transcription of clinic interviews',
    description: 'Urdu and English, with timestamps.',
    category_slug: 'writing',
    skills: [],
    packages: [{ name: 'Standard', price: { amount: '900000', currency: 'PKR' }, delivery_days: 4, revisions: 2 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, gigId);
  const { id: orderId } = await placeGigOrder(env.deps, buyer.actor, { gig: slug, package: 1 });
  return { seller, buyer, orderId };
}

describe('billing details on a client’s documents', () => {
  it('prints the company, address and VAT number Emma saved on her invoice, in English and Urdu, and only there', async () => {
    const { seller, buyer, orderId } = await world();
    const form = await text(await buyer.client.get('/profile/edit'));
    expect(form).toContain('Billing details');
    expect(form).toContain('they are not on your public profile');

    const saved = await buyer.client.post('/profile/edit', EMMA);
    expect(saved.status).toBe(303);
    // The editor shows what was kept: blank lines gone, the number in one spelling.
    const again = await buyer.client.get('/profile/edit');
    const html = await again.text();
    expect(html).toContain('Unit 4, 27 Demo Yard\nClerkenwell Road\nLondon EC1M 5RN\nUnited Kingdom</textarea>');
    expect(html).toContain('value="GB 123 4567 89"');

    const invoice = await text(await buyer.client.get(`/orders/${orderId}/receipt`));
    for (const s of ['Invoice', 'Emma Clarke', 'Hartley & Finch Ltd', 'Unit 4, 27 Demo Yard', 'Clerkenwell Road', 'London EC1M 5RN', 'United Kingdom', 'Tax / VAT number: GB 123 4567 89']) expect(invoice).toContain(s);
    const urdu = await buyer.client.get(`/orders/${orderId}/receipt?lang=ur`);
    const urduHtml = await urdu.text();
    expect(urduHtml).toContain('<div><bdi>Hartley &amp; Finch Ltd</bdi></div>');
    // Each address line takes its own direction; the number is an isolated left-to-right run.
    expect(urduHtml).toContain('<div><bdi>London EC1M 5RN</bdi></div>');
    expect(urduHtml).toContain('ٹیکس / ویٹ نمبر: <bdi dir="ltr">GB 123 4567 89</bdi>');

    // The freelancer's earnings statement does not carry the client's billing details.
    const statement = await text(await seller.client.get(`/orders/${orderId}/receipt?lang=en`));
    expect(statement).toContain('Emma Clarke');
    expect(statement).not.toContain('Clerkenwell');
    expect(statement).not.toContain('GB 123 4567 89');

    // The public profile shows the company (it always did), never the address or the number.
    const handle = (await env.deps.db.selectFrom('users').select('handle').where('id', '=', buyer.user.id).executeTakeFirstOrThrow()).handle;
    const profile = await text(await new TestClient(env.app).get(`/u/${handle}`));
    expect(profile).toContain('Hartley & Finch Ltd');
    expect(profile).not.toContain('Clerkenwell');
    expect(profile).not.toContain('GB 123 4567 89');
    const publicJson = JSON.stringify(await (await new TestClient(env.app).get(`/api/v1/profiles/${handle}`)).json());
    expect(publicJson).not.toContain('Clerkenwell');
    expect(publicJson).not.toContain('billing');
  });

  it('refuses a billing address that is too long and a tax number with control characters, with translated messages, saving nothing', async () => {
    const { buyer } = await world();
    const long = await buyer.client.post('/profile/edit', { ...EMMA, billing_address: 'x'.repeat(301) });
    expect(long.status).toBe(400);
    expect(await text(long)).toContain('Please use at most 300 characters.');
    const control = await buyer.client.post('/profile/edit', { ...EMMA, tax_number: 'GB 123\u0007 4567 89' });
    expect(control.status).toBe(400);
    expect(await text(control)).toContain('This text contains invisible control characters. Please remove them.');
    const lines = await buyer.client.post('/profile/edit', { ...EMMA, billing_address: 'a\nb\nc\nd\ne\nf\ng' });
    expect(await text(lines)).toContain('Please use at most 6 lines.');
    const shape = await buyer.client.post('/profile/edit', { ...EMMA, tax_number: 'VAT: none' });
    expect(await text(shape)).toContain('Use only letters A–Z, digits, spaces and - / . with at least one digit');
    const row = await env.deps.db.selectFrom('profiles').select(['billing_address', 'tax_number']).where('user_id', '=', buyer.user.id).executeTakeFirst();
    expect(row?.billing_address ?? '').toBe('');
    expect(row?.tax_number ?? '').toBe('');

    const { buyer: urdu } = await world('ur');
    const ur = await urdu.client.post('/profile/edit', { billing_address: 'ک'.repeat(301), tax_number: 'این ٹی این' });
    expect(ur.status).toBe(400);
    const t = await text(ur);
    expect(t).toContain('براہِ کرم زیادہ سے زیادہ 300 حروف لکھیں۔');
    expect(t).toContain('صرف انگریزی حروف A–Z، ہندسے، اسپیس اور - / . استعمال کریں');
  });

  it('reads and updates the details through the API, described in the OpenAPI document', async () => {
    const { buyer, orderId } = await world();
    const before = (await (await buyer.client.get('/api/v1/me/profile')).json()) as { billing: unknown };
    expect(before.billing).toEqual({ company_name: '', address: '', tax_number: '' });
    const put = await buyer.client.json('PUT', '/api/v1/me/profile', { company_name: 'Sheikh Apparel (Pvt) Ltd', billing_address: 'Office 12, Demo Plaza\nKarachi 75400', tax_number: '۱۲۳۴۵۶۷-۸' });
    expect(put.status).toBe(200);
    expect(((await put.json()) as { billing: unknown }).billing).toEqual({ company_name: 'Sheikh Apparel (Pvt) Ltd', address: 'Office 12, Demo Plaza\nKarachi 75400', tax_number: '1234567-8' });
    expect(await text(await buyer.client.get(`/orders/${orderId}/receipt`))).toContain('Tax / VAT number: 1234567-8');

    const bad = await buyer.client.json('PUT', '/api/v1/me/profile', { billing_address: 'Karachi\u0000', tax_number: 'x'.repeat(31) });
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: Record<string, string> };
    expect(problem.errors.billing_address).toBe('This text contains invisible control characters. Please remove them.');
    expect(problem.errors.tax_number).toBe('Please use at most 30 characters.');

    // A freelancer has no billing details.
    const { seller } = await world();
    expect(((await (await seller.client.get('/api/v1/me/profile')).json()) as { billing: unknown }).billing).toBeNull();

    const doc = (await (await new TestClient(env.app).get('/api/openapi.json')).json()) as { components: { schemas: Record<string, { properties?: Record<string, { maxLength?: number }> }> } };
    expect(doc.components.schemas.OwnProfile?.properties).toHaveProperty('billing');
    expect(doc.components.schemas.ProfileRequest?.properties?.billing_address?.maxLength).toBe(300);
    expect(doc.components.schemas.ProfileRequest?.properties?.tax_number?.maxLength).toBe(30);
  });
});
