import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { postJob, submitProposal } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;

async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur' = 'en', name = 'Ayesha Khan') {
  const email = `job-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: name,
    isFreelancer: role === 'freelancer',
    isClient: role === 'client',
    locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': locale });
  const res = await client.post('/login', { email, password: PASSWORD });
  expect(res.status).toBe(303);
  const actor = {
    userId: user.id,
    email,
    displayName: name,
    emailVerified: true,
    isFreelancer: role === 'freelancer',
    isClient: role === 'client',
    isAdmin: false,
    locale,
    sessionId: null,
    onboardingDone: true,
  };
  return { user, client, actor };
}

const jobForm = (extra: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  title: 'Logo for my bakery',
  description: 'A simple, friendly logo in two colours.',
  category_slug: 'design',
  skills: ['logo-design'],
  kind: 'fixed',
  currency: 'PKR',
  budget: '15,000',
  duration: '1_4_weeks',
  experience: 'intermediate',
  visibility: 'public',
  ...extra,
});

const jobJson = (extra: Record<string, unknown> = {}) => ({
  title: 'Translate a menu',
  description: 'Urdu to English, two pages.',
  kind: 'fixed',
  currency: 'PKR',
  budget: { amount: '500000', currency: 'PKR' },
  duration: 'lt_1_week',
  experience: 'entry',
  ...extra,
});

const proposalJson = (extra: Record<string, unknown> = {}) => ({
  cover_letter: 'I have translated many menus.',
  amount: { amount: '450000', currency: 'PKR' },
  delivery_days: 3,
  ...extra,
});

const jobsOf = (clientId: string) => env.deps.db.selectFrom('jobs').selectAll().where('client_id', '=', clientId).execute();

async function apiJob(client: TestClient, extra: Record<string, unknown> = {}) {
  const res = await client.json('POST', '/api/v1/jobs', jobJson(extra));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; status: string; budget: unknown };
}

describe('a job from posting to hiring', () => {
  it('a client posts in Urdu, a freelancer proposes, the client shortlists and hires', async () => {
    const c = await person('client', 'ur', 'بلال احمد');
    const f = await person('freelancer', 'en', 'Sana <b>Ali</b>');

    const form = visibleText(await (await c.client.get('/jobs/new')).text());
    expect(form).toContain('جاب پوسٹ کریں');
    expect(form).toContain('جاب پوسٹ ہونے کے بعد آپ اس کے صفحے پر فائلیں (کام کی تفصیل، کوئی نمونہ) منسلک کر سکتے ہیں۔');

    const posted = await c.client.post('/jobs', jobForm({ title: 'میری بیکری کے لیے لوگو', description: 'دو رنگوں میں سادہ لوگو۔', budget: '۱۵,۰۰۰' }));
    expect(posted.status).toBe(303);
    const [job] = await jobsOf(c.user.id);
    expect(job).toMatchObject({ status: 'open', kind: 'fixed', budget_minor: '1500000', currency: 'PKR', skills: ['logo-design'], visibility: 'public' });
    expect(posted.headers.get('location')).toBe(`/jobs/${job!.id}`);
    const ownerPage = visibleText(await (await c.client.get(`/jobs/${job!.id}`)).text());
    expect(ownerPage).toContain('آپ کی جاب پوسٹ ہو گئی ہے۔');
    expect(ownerPage).toContain('ابھی کوئی پروپوزل نہیں آیا۔');

    // Listed publicly, and readable by the freelancer in English.
    expect(visibleText(await (await new TestClient(env.app).get('/jobs')).text())).toContain('میری بیکری کے لیے لوگو');
    const page = visibleText(await (await f.client.get(`/jobs/${job!.id}`)).text());
    expect(page).toContain('Budget: Rs 15,000');
    expect(page).toContain('Send a proposal');

    const sent = await f.client.post(`/jobs/${job!.id}/proposals`, {
      cover_letter: 'I <script>alert(1)</script> design logos.',
      amount: '14,000',
      delivery_days: '7',
      'milestones.0.title': 'Sketches',
      'milestones.0.amount': '4000',
      'milestones.1.title': 'Final logo',
      'milestones.1.amount': '10000',
    });
    expect(sent.status).toBe(303);
    expect(visibleText(await (await f.client.get(`/jobs/${job!.id}`)).text())).toContain('Your proposal is sent.');

    // The owner sees it, escaped, in Urdu; a shortlist, then hire.
    const html = await (await c.client.get(`/jobs/${job!.id}`)).text();
    expect(html).toContain('I &lt;script&gt;alert(1)&lt;/script&gt; design logos.');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('Sana &lt;b&gt;Ali&lt;/b&gt;');
    expect(visibleText(html)).toContain('شارٹ لسٹ کریں');
    const [p] = await env.deps.db.selectFrom('proposals').selectAll().where('job_id', '=', job!.id).execute();
    expect(p).toMatchObject({ status: 'submitted', price_minor: '1400000', rate_minor: null, delivery_days: 7, currency: 'PKR' });
    expect(p!.milestones).toEqual([
      { title: 'Sketches', amount_minor: '400000' },
      { title: 'Final logo', amount_minor: '1000000' },
    ]);

    expect((await c.client.post(`/proposals/${p!.id}/shortlist`, {})).status).toBe(303);
    // The freelancer can no longer withdraw once the client acted.
    const withdraw = await f.client.json('DELETE', `/api/v1/proposals/${p!.id}`);
    expect(withdraw.status).toBe(409);
    expect(((await withdraw.json()) as { title: string }).title).toBe('That is not possible any more: the client has already acted on this proposal.');
    expect((await f.client.post(`/proposals/${p!.id}/withdraw`, {})).status).toBe(409);

    // "Hire" asks first: the contract's total, its milestones, the first to fund and the fees.
    const confirm = await c.client.get(`/proposals/${p!.id}/hire`);
    expect(confirm.status).toBe(200);
    const asked = visibleText(await confirm.text());
    expect(asked).toContain('Sana <b>Ali</b> کو ہائر کریں؟');
    expect(asked).toContain('کنٹریکٹ کی کل رقم Rs 14,000 مائل اسٹونز Sketches — Rs 4,000 Final logo — Rs 10,000 پہلا مائل اسٹون جس کی ادائیگی کرنی ہے Sketches — Rs 4,000');
    expect(asked).toContain('آپ ادا کریں گے Rs 14,000 فری لانسر وصول کرے گا Rs 13,300');
    expect(asked).toContain('ہائر کریں اور کنٹریکٹ شروع کریں');
    expect((await env.deps.db.selectFrom('jobs').select('status').where('id', '=', job!.id).executeTakeFirstOrThrow()).status).toBe('open');

    const hired = await c.client.post(`/proposals/${p!.id}/hire`, {});
    expect(hired.status).toBe(303);
    const contract = await env.deps.db.selectFrom('contracts').select('id').where('proposal_id', '=', p!.id).executeTakeFirstOrThrow();
    expect(hired.headers.get('location')).toBe(`/contracts/${contract.id}`);
    const landed = visibleText(await (await c.client.get(`/contracts/${contract.id}`)).text());
    expect(landed).toContain('آپ نے اس فری لانسر کو ہائر کر لیا ہے اور جاب بند ہو گئی ہے۔ کام شروع کروانے کے لیے نیچے پہلے مائل اسٹون کی ادائیگی کریں۔');
    expect(landed).toContain('کنٹریکٹ کی کل رقم Rs 14,000 ادا شدہ (ایسکرو میں) Rs 0 فری لانسر کو جاری کی گئی Rs 0 ابھی ادا کرنی ہے Rs 14,000');
    expect(landed).toContain('اگلی ادائیگی: Sketches، Rs 4,000۔ ایسکرو میں ادائیگی کریں');
    // Reloading the confirmation afterwards leads to the contract, not to a second hire.
    expect((await c.client.get(`/proposals/${p!.id}/hire`)).headers.get('location')).toBe(`/contracts/${contract.id}`);
    const after = visibleText(await (await c.client.get(`/jobs/${job!.id}`)).text());
    expect(after).toContain('یہ جاب بند ہے۔');
    expect((await env.deps.db.selectFrom('jobs').select('status').where('id', '=', job!.id).executeTakeFirstOrThrow()).status).toBe('closed');

    // The hand-off: the hired proposal with its agreed terms, for both sides.
    for (const who of [c.client, f.client]) {
      const mine = await who.get('/api/v1/me/proposals');
      expect(mine.status).toBe(200);
    }
    const list = (await (await f.client.get('/api/v1/me/proposals')).json()) as { proposals: { id: string; status: string; amount: unknown; milestones: unknown[]; delivery_days: number }[] };
    expect(list.proposals[0]).toMatchObject({ id: p!.id, status: 'hired', amount: { amount: '1400000', currency: 'PKR' }, delivery_days: 7 });
    expect(list.proposals[0]!.milestones).toHaveLength(2);
    expect(list.proposals[0]).toMatchObject({ contract: { id: contract.id, url: `/contracts/${contract.id}` } });
    // The freelancer's proposals link the hired one to its contract.
    const mine = await (await f.client.get('/proposals')).text();
    expect(visibleText(mine)).toContain('Hired');
    expect(mine).toContain(`href="/contracts/${contract.id}"`);
    expect(visibleText(mine)).toContain('Open the contract');

    const kinds = (await env.deps.db.selectFrom('audit_events').select('kind').where('subject_id', 'in', [job!.id, p!.id]).orderBy('id').execute()).map((r) => r.kind);
    expect(kinds).toEqual(['job.posted', 'proposal.submitted', 'proposal.shortlisted', 'job.closed', 'proposal.hired']);
  });

  it('runs through the API too: post, edit, close, reopen, propose, edit, decline with a reason', async () => {
    const c = await person('client');
    const f = await person('freelancer');
    const job = await apiJob(c.client, { kind: 'hourly', budget: null, rate_min: { amount: '100000', currency: 'PKR' }, rate_max: { amount: '200000', currency: 'PKR' }, weekly_hours: 10 });
    expect(job.status).toBe('open');
    const put = await c.client.json('PUT', `/api/v1/jobs/${job.id}`, jobJson({ title: 'Translate two menus' }));
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ title: 'Translate two menus', kind: 'fixed', budget: { amount: '500000', currency: 'PKR' }, rate_min: null });
    expect(await (await c.client.json('POST', `/api/v1/jobs/${job.id}/close`)).json()).toEqual({ id: job.id, status: 'closed' });
    expect((await c.client.json('POST', `/api/v1/jobs/${job.id}/close`)).status).toBe(409);
    expect((await c.client.json('PUT', `/api/v1/jobs/${job.id}`, jobJson())).status).toBe(409);

    // A closed job takes no proposals.
    const closed = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson());
    expect(closed.status).toBe(409);
    expect(((await closed.json()) as { code: string }).code).toBe('job.closed');

    expect((await c.client.json('POST', `/api/v1/jobs/${job.id}/reopen`)).status).toBe(200);
    const sent = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson());
    expect(sent.status).toBe(201);
    const p = (await sent.json()) as { id: string; status: string };
    expect(p.status).toBe('submitted');

    // Not twice.
    const again = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson());
    expect(again.status).toBe(409);
    expect(((await again.json()) as { title: string }).title).toBe('You have already sent a proposal on this job. You can edit it instead.');
    // Not on one's own job, and only freelancers.
    expect(((await (await c.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson())).json()) as { code: string }).code).toBe('proposal.freelancers_only');

    const edited = await f.client.json('PUT', `/api/v1/proposals/${p.id}`, proposalJson({ amount: { amount: '400000', currency: 'PKR' } }));
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { amount: unknown }).amount).toEqual({ amount: '400000', currency: 'PKR' });
    // Another currency than the job's is refused.
    const usd = await f.client.json('PUT', `/api/v1/proposals/${p.id}`, proposalJson({ amount: { amount: '400000', currency: 'USD' } }));
    expect(usd.status).toBe(400);

    const declined = await c.client.json('POST', `/api/v1/proposals/${p.id}/decline`, { reason: 'We chose someone closer to Lahore.' });
    expect(declined.status).toBe(200);
    expect(await declined.json()).toMatchObject({ status: 'declined', decline_reason: 'We chose someone closer to Lahore.' });
    expect(visibleText(await (await f.client.get('/proposals')).text())).toContain('Reason: We chose someone closer to Lahore.');

    const mine = (await (await c.client.get('/api/v1/me/jobs')).json()) as { jobs: { id: string; proposals: number }[] };
    expect(mine.jobs.find((j) => j.id === job.id)?.proposals).toBe(1);
  });

  it('lets a freelancer edit and withdraw a proposal from the pages while it is only submitted', async () => {
    const c = await person('client');
    const f = await person('freelancer', 'ur');
    const job = await apiJob(c.client);
    await f.client.post(`/jobs/${job.id}/proposals`, { cover_letter: 'میں یہ کر سکتی ہوں', amount: '4500', delivery_days: '3' });
    const [p] = await env.deps.db.selectFrom('proposals').selectAll().where('job_id', '=', job.id).execute();
    const edit = await f.client.get(`/proposals/${p!.id}/edit`);
    expect(await edit.text()).toContain('value="4500"');
    expect((await f.client.post(`/proposals/${p!.id}/edit`, { cover_letter: 'میں یہ کر سکتی ہوں', amount: '4000', delivery_days: '2' })).status).toBe(303);
    expect(visibleText(await (await f.client.get('/proposals')).text())).toContain('آپ کا پروپوزل اپ ڈیٹ ہو گیا ہے۔');
    expect((await f.client.post(`/proposals/${p!.id}/withdraw`, {})).status).toBe(303);
    expect(visibleText(await (await f.client.get('/proposals')).text())).toContain('واپس لیا گیا');
    // The client can't reach the freelancer's edit page.
    expect((await c.client.get(`/proposals/${p!.id}/edit`)).status).toBe(404);
  });
});

describe('who may see what', () => {
  it('a client cannot see proposals on someone else’s job (page and API)', async () => {
    const owner = await person('client');
    const other = await person('client');
    const f = await person('freelancer');
    const job = await apiJob(owner.client);
    const sent = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ cover_letter: 'Secret cover letter' }));
    const p = (await sent.json()) as { id: string };
    expect((await other.client.get(`/api/v1/jobs/${job.id}/proposals`)).status).toBe(404);
    expect((await other.client.get(`/api/v1/jobs/${job.id}/proposals`)).status).toBe(404);
    const page = await other.client.get(`/jobs/${job.id}`);
    expect(page.status).toBe(200);
    expect(visibleText(await page.text())).not.toContain('Secret cover letter');
    for (const action of ['shortlist', 'hire']) expect((await other.client.json('POST', `/api/v1/proposals/${p.id}/${action}`)).status).toBe(404);
    expect((await other.client.post(`/proposals/${p.id}/shortlist`, {})).status).toBe(404);
    expect((await other.client.json('PUT', `/api/v1/jobs/${job.id}`, jobJson())).status).toBe(404);
    expect((await other.client.post(`/jobs/${job.id}/close`, {})).status).toBe(404);
    const owners = (await (await owner.client.get(`/api/v1/jobs/${job.id}/proposals`)).json()) as { proposals: { cover_letter: string }[] };
    expect(owners.proposals.map((x) => x.cover_letter)).toEqual(['Secret cover letter']);
  });

  it('an invite-only job is invisible to an uninvited freelancer (page, API, list) and visible once invited', async () => {
    const c = await person('client');
    const f = await person('freelancer');
    const stranger = await person('freelancer');
    const job = await apiJob(c.client, { visibility: 'invite_only', title: 'Private bookkeeping work' });
    for (const who of [f.client, stranger.client, new TestClient(env.app)]) {
      expect((await who.get(`/jobs/${job.id}`)).status).toBe(404);
      expect((await who.get(`/api/v1/jobs/${job.id}`)).status).toBe(404);
      expect(visibleText(await (await who.get('/jobs')).text())).not.toContain('Private bookkeeping work');
      const api = (await (await who.get('/api/v1/jobs')).json()) as { jobs: { id: string }[] };
      expect(api.jobs.map((j) => j.id)).not.toContain(job.id);
    }
    expect((await stranger.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson())).status).toBe(404);

    // Invite from the page by handle; an unknown handle is a translated field message.
    const bad = await c.client.post(`/jobs/${job.id}/invites`, { handle: 'nobody-here-xyz' });
    expect(bad.status).toBe(400);
    expect(visibleText(await bad.text())).toContain('There is no freelancer with that username.');
    expect((await c.client.post(`/jobs/${job.id}/invites`, { handle: f.user.handle! })).status).toBe(303);
    expect((await f.client.get(`/jobs/${job.id}`)).status).toBe(200);
    expect((await f.client.get(`/api/v1/jobs/${job.id}`)).status).toBe(200);
    expect((await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson())).status).toBe(201);
    expect((await stranger.client.get(`/jobs/${job.id}`)).status).toBe(404);
    // Still not in the public list.
    expect(visibleText(await (await f.client.get('/jobs')).text())).not.toContain('Private bookkeeping work');
    // Invites through the API.
    const viaApi = await c.client.json('POST', `/api/v1/jobs/${job.id}/invites`, { handle: stranger.user.handle });
    expect(viaApi.status).toBe(201);
    expect((await stranger.client.get(`/api/v1/jobs/${job.id}`)).status).toBe(200);
  });

  it('only clients post jobs', async () => {
    const f = await person('freelancer', 'ur');
    const res = await f.client.json('POST', '/api/v1/jobs', jobJson());
    expect(res.status).toBe(403);
    expect(((await res.json()) as { title: string }).title).toBe('جابز صرف کلائنٹس پوسٹ کر سکتے ہیں۔ پہلے اپنے اکاؤنٹ میں کلائنٹ کا کردار شامل کریں۔');
  });
});

describe('invitations', () => {
  it('mails the invited freelancer in their language, lists invitations on both sides, and can be taken back until they propose', async () => {
    const c = await person('client', 'en', 'Hamza Qureshi');
    const f = await person('freelancer', 'ur', 'عائشہ');
    const g = await person('freelancer', 'en', 'Bilal');
    const job = await apiJob(c.client, { visibility: 'invite_only', title: 'Shop sign in Urdu' });
    for (const who of [f, g]) expect((await c.client.post(`/jobs/${job.id}/invites`, { handle: who.user.handle! })).status).toBe(303);
    // Inviting again changes nothing and sends no second mail.
    expect((await c.client.json('POST', `/api/v1/jobs/${job.id}/invites`, { handle: f.user.handle })).status).toBe(201);

    const [mail] = await waitForMail(env.deps, f.user.email);
    expect(mail!.subject).toBe('Hamza Qureshi نے آپ کو ہنر پر ایک جاب کی دعوت دی ہے');
    expect(mail!.text_body).toContain(`/jobs/${job.id}`);
    expect(mail!.text_body).toContain('Shop sign in Urdu');
    await new Promise((r) => setTimeout(r, 300));
    expect(await waitForMail(env.deps, f.user.email)).toHaveLength(1);

    // The freelancer finds it on their proposals page and in the API.
    expect(visibleText(await (await f.client.get('/proposals')).text())).toContain('Shop sign in Urdu');
    const mine = (await (await f.client.get('/api/v1/me/invites')).json()) as { invites: { job: { id: string }; client: { handle: string } }[] };
    expect(mine.invites.map((i) => i.job.id)).toEqual([job.id]);
    expect(mine.invites[0]!.client.handle).toBe(c.user.handle);

    // The client sees both, with who proposed.
    expect((await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson())).status).toBe(201);
    const listed = (await (await c.client.get(`/api/v1/jobs/${job.id}/invites`)).json()) as { invites: { freelancer: { handle: string }; proposal_status: string | null }[] };
    expect(Object.fromEntries(listed.invites.map((i) => [i.freelancer.handle, i.proposal_status]))).toEqual({ [f.user.handle!]: 'submitted', [g.user.handle!]: null });
    const page = visibleText(await (await c.client.get(`/jobs/${job.id}`)).text());
    expect(page).toContain('Invited freelancers');
    expect(page).toContain('proposal: Sent');
    // Once answered, the invitation leaves the freelancer's waiting list.
    expect(((await (await f.client.get('/api/v1/me/invites')).json()) as { invites: unknown[] }).invites).toEqual([]);

    // Not while a proposal is active: a translated 409, nothing removed.
    const refused = await c.client.json('DELETE', `/api/v1/jobs/${job.id}/invites/${f.user.handle}`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { title: string }).title).toBe('This freelancer has already sent a proposal on the job. Decline the proposal instead.');
    expect((await f.client.get(`/jobs/${job.id}`)).status).toBe(200);

    // Others cannot list or remove invitations.
    expect((await g.client.get(`/api/v1/jobs/${job.id}/invites`)).status).toBe(404);
    expect((await g.client.json('DELETE', `/api/v1/jobs/${job.id}/invites/${g.user.handle}`)).status).toBe(404);
    expect((await g.client.post(`/jobs/${job.id}/invites/${g.user.handle}/remove`, {})).status).toBe(404);

    // Taken back from the page: the invite-only job disappears for that freelancer.
    expect((await c.client.post(`/jobs/${job.id}/invites/${g.user.handle}/remove`, {})).status).toBe(303);
    expect(visibleText(await (await c.client.get(`/jobs/${job.id}`)).text())).toContain('The invitation is taken back.');
    expect((await g.client.get(`/jobs/${job.id}`)).status).toBe(404);
    expect((await c.client.json('DELETE', `/api/v1/jobs/${job.id}/invites/${g.user.handle}`)).status).toBe(404);
  });
});

describe('hiring', () => {
  it('declines the proposals still waiting, and each freelancer sees why in their language', async () => {
    const c = await person('client');
    const [a, b, d, w] = [await person('freelancer'), await person('freelancer', 'ur'), await person('freelancer'), await person('freelancer')];
    const job = await apiJob(c.client);
    const ids: Record<string, string> = {};
    for (const [k, who] of Object.entries({ a, b, d, w })) ids[k] = ((await (await who.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson())).json()) as { id: string }).id;
    for (const k of ['a', 'b']) expect((await c.client.json('POST', `/api/v1/proposals/${ids[k]}/shortlist`)).status).toBe(200);
    expect((await w.client.json('DELETE', `/api/v1/proposals/${ids.w}`)).status).toBe(200);
    expect((await c.client.json('POST', `/api/v1/proposals/${ids.d}/decline`, { reason: 'Too late' })).status).toBe(200);

    expect((await c.client.json('POST', `/api/v1/proposals/${ids.a}/hire`)).status).toBe(200);
    const statuses = Object.fromEntries(
      (await env.deps.db.selectFrom('proposals').select(['id', 'status', 'declined_by', 'decline_reason']).where('job_id', '=', job.id).execute()).map((r) => [r.id, r]),
    );
    expect(statuses[ids.a!]).toMatchObject({ status: 'hired', declined_by: null });
    expect(statuses[ids.b!]).toMatchObject({ status: 'declined', declined_by: 'hire', decline_reason: null });
    expect(statuses[ids.d!]).toMatchObject({ status: 'declined', declined_by: 'client', decline_reason: 'Too late' });
    expect(statuses[ids.w!]).toMatchObject({ status: 'withdrawn', declined_by: null });

    expect(visibleText(await (await b.client.get('/proposals')).text())).toContain('کلائنٹ نے اس جاب کے لیے کسی اور فری لانسر کو ہائر کر لیا ہے۔');
    const api = (await (await b.client.get('/api/v1/me/proposals')).json()) as { proposals: { status: string; declined_by: string }[] };
    expect(api.proposals[0]).toMatchObject({ status: 'declined', declined_by: 'hire' });
    expect(visibleText(await (await d.client.get('/proposals')).text())).not.toContain('hired another freelancer');
  });
});

describe('anti-spam limits', () => {
  it('refuses the job over the daily limit with a clear message (English and Urdu)', async () => {
    const c = await person('client');
    await postJob(env.deps, c.actor, jobJson(), { jobs: 1, proposals: 30 });
    await expect(postJob(env.deps, c.actor, jobJson(), { jobs: 1, proposals: 30 })).rejects.toMatchObject({ code: 'job.daily_limit', params: { limit: 1 } });
    expect(await jobsOf(c.user.id)).toHaveLength(1);
    // At the real limit, through the page: insert the day's jobs directly.
    const now = new Date();
    for (let i = 0; i < 9; i++)
      await env.deps.db
        .insertInto('jobs')
        .values({
          client_id: c.user.id,
          title: `Job ${i}`,
          description: 'x',
          category_slug: null,
          skills: [],
          kind: 'fixed',
          budget_minor: '100',
          rate_min_minor: null,
          rate_max_minor: null,
          weekly_hours: null,
          currency: 'PKR',
          duration: 'lt_1_week',
          experience: 'entry',
          visibility: 'public',
          status: 'open',
          created_at: now,
          updated_at: now,
          closed_at: null,
        })
        .execute();
    const page = await c.client.post('/jobs', jobForm());
    expect(page.status).toBe(429);
    expect(visibleText(await page.text())).toContain('You have reached the limit of 10 jobs in 24 hours. Please try again tomorrow.');
    const api = await c.client.json('POST', '/api/v1/jobs', jobJson());
    expect(api.status).toBe(429);
    expect(((await api.json()) as { title: string; code: string }).code).toBe('job.daily_limit');
    expect(await jobsOf(c.user.id)).toHaveLength(10);
  });

  it('refuses the proposal over the daily limit', async () => {
    const c = await person('client');
    const f = await person('freelancer', 'ur');
    const a = await apiJob(c.client);
    const b = await apiJob(c.client);
    await submitProposal(env.deps, f.actor, a.id, proposalJson(), { jobs: 10, proposals: 1 });
    await expect(submitProposal(env.deps, f.actor, b.id, proposalJson(), { jobs: 10, proposals: 1 })).rejects.toMatchObject({ code: 'proposal.daily_limit' });
    // The real limit through the page, in Urdu.
    const now = new Date();
    for (let i = 0; i < 29; i++) {
      const j = await postJob(env.deps, c.actor, jobJson(), { jobs: 1000, proposals: 1000 });
      await env.deps.db.insertInto('proposals').values({ job_id: j.id, freelancer_id: f.user.id, cover_letter: 'x', price_minor: '100', currency: 'PKR', delivery_days: 1, milestones: '[]', status: 'submitted', created_at: now, updated_at: now }).execute();
    }
    const res = await f.client.post(`/jobs/${b.id}/proposals`, { cover_letter: 'سلام', amount: '4500', delivery_days: '3' });
    expect(res.status).toBe(429);
    expect(visibleText(await res.text())).toContain('آپ 24 گھنٹوں میں 30 پروپوزلز کی حد تک پہنچ گئے ہیں۔ براہِ کرم کل دوبارہ کوشش کریں۔');
  });
});

describe('bad input', () => {
  it('refuses negative, absurd and zero budgets, markup and RTL overrides with translated messages; stores nothing', async () => {
    const c = await person('client', 'ur');
    const neg = await c.client.post('/jobs', jobForm({ budget: '-500' }));
    expect(neg.status).toBe(400);
    const absurd = await c.client.post('/jobs', jobForm({ budget: '999999999999999' }));
    expect(absurd.status).toBe(400);
    expect(visibleText(await absurd.text())).toContain('رقم زیادہ سے زیادہ');
    const script = await c.client.post('/jobs', jobForm({ title: '<script>alert(1)</script>' }));
    expect(script.status).toBe(400);
    const scriptHtml = await script.text();
    expect(scriptHtml).not.toContain('<script>alert(1)');
    expect(scriptHtml).toContain('&lt;script&gt;');
    const rtl = await c.client.post('/jobs', jobForm({ title: 'Logo \u202Egnp.exe' }));
    expect(rtl.status).toBe(400);
    const zero = await c.client.json('POST', '/api/v1/jobs', jobJson({ budget: { amount: '0', currency: 'PKR' } }));
    expect(zero.status).toBe(400);
    expect(((await zero.json()) as { errors: Record<string, string> }).errors).toEqual({ 'budget.amount': 'رقم صفر سے زیادہ ہونی چاہیے۔' });
    const range = await c.client.json('POST', '/api/v1/jobs', jobJson({ kind: 'hourly', budget: null, rate_min: { amount: '900', currency: 'PKR' }, rate_max: { amount: '100', currency: 'PKR' }, weekly_hours: 10 }));
    expect(range.status).toBe(400);
    const tooLong = await c.client.json('POST', '/api/v1/jobs', jobJson({ description: 'x'.repeat(5001) }));
    expect(tooLong.status).toBe(400);
    expect(await jobsOf(c.user.id)).toHaveLength(0);
  });

  it('answers a 10 MB description with 413 and a translated message', async () => {
    const c = await person('client');
    const big = 'x'.repeat(10 * 1024 * 1024);
    const form = await c.client.post('/jobs', jobForm({ description: big }));
    expect(form.status).toBe(413);
    const api = await c.client.json('POST', '/api/v1/jobs', jobJson({ description: big }));
    expect(api.status).toBe(413);
    expect(((await api.json()) as { title: string }).title).toMatch(/too large/);
    expect(await jobsOf(c.user.id)).toHaveLength(0);
  });

  it('refuses a bad proposal and a tampered cursor', async () => {
    const c = await person('client');
    const f = await person('freelancer');
    const job = await apiJob(c.client);
    const bad = await f.client.post(`/jobs/${job.id}/proposals`, { cover_letter: '', amount: '-5', delivery_days: '0' });
    expect(bad.status).toBe(400);
    const text = visibleText(await bad.text());
    expect(text).toContain('Please enter a number of days from 1 to 365.');
    expect(await env.deps.db.selectFrom('proposals').select('id').where('job_id', '=', job.id).execute()).toHaveLength(0);
    const cursor = await new TestClient(env.app).get('/api/v1/jobs?cursor=not-a-cursor');
    expect(cursor.status).toBe(400);
  });
});

describe('Urdu pages', () => {
  // File formats, units and order numbers (HNR-1001) stay in Latin in Urdu text (docs/urdu-glossary.md).
  const allowed = new Set(['Hunar', 'Rs', 'USD', 'PKR', 'English', 'API', 'PDF', 'DOCX', 'XLSX', 'JPEG', 'PNG', 'MB', 'HNR']);
  function englishLeftovers(html: string): string[] {
    // Code, names (bdi) and what people wrote (dir="auto": other tests' English job titles) are not page text.
    const withoutCode = html.replace(/<(code|pre|bdi)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    // Text marked as English on purpose (a time zone's Latin city name in a list)
    .replace(/<option[^>]*\slang="en"[^>]*>[^<]*<\/option>/g, ' ').replace(/<(a|p|h1|h2|textarea)\b[^>]*dir="auto"[^>]*>[\s\S]*?<\/\1>/g, ' ');
    const attrs = [...withoutCode.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
    const text = `${visibleText(withoutCode)} ${attrs.join(' ')}`.replace(/\S+@\S+/g, ' ').replace(/\/[\w/{}.-]+/g, ' ');
    return [...new Set((text.match(/[A-Za-z][A-Za-z_]+/g) ?? []).filter((w) => !allowed.has(w)))];
  }

  it('have no untranslated English', async () => {
    const c = await person('client', 'ur', 'بلال');
    const f = await person('freelancer', 'ur', 'ثنا');
    const hourly = { kind: 'hourly', budget: null, rate_min: { amount: '100000', currency: 'PKR' }, rate_max: { amount: '200000', currency: 'PKR' }, weekly_hours: 10 };
    const job = await apiJob(c.client, { title: 'مینو کا ترجمہ', description: 'دو صفحات', ...hourly });
    const res = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ cover_letter: 'میں ترجمہ کر سکتی ہوں' }));
    const p = (await res.json()) as { id: string };
    const fixed = await apiJob(c.client, { title: 'ویب سائٹ', description: 'پانچ صفحات' });
    const q = (await (await f.client.json('POST', `/api/v1/jobs/${fixed.id}/proposals`, proposalJson({ cover_letter: 'میں بنا سکتی ہوں', milestones: [{ title: 'ڈیزائن', amount: { amount: '150000', currency: 'PKR' } }, { title: 'کوڈ', amount: { amount: '300000', currency: 'PKR' } }] }))).json()) as { id: string };
    for (const id of [p.id, q.id]) expect((await c.client.json('POST', `/api/v1/proposals/${id}/shortlist`)).status).toBe(200);
    const problems: Record<string, string[]> = {};
    const check = async (who: TestClient, path: string) => {
      const r = await who.get(path);
      expect(r.status, path).toBe(200);
      const left = englishLeftovers(await r.text());
      if (left.length) problems[path] = left;
    };
    for (const path of ['/jobs', '/jobs/new', '/jobs/mine', `/jobs/${job.id}`, `/jobs/${job.id}/edit`, `/proposals/${p.id}/hire`, `/proposals/${q.id}/hire`]) await check(c.client, path);
    for (const path of ['/jobs', `/jobs/${job.id}`, '/proposals', `/proposals/${p.id}/edit`]) await check(f.client, path);
    // The contract a hire starts, and the freelancer's proposals linking to it.
    const hired = (await (await c.client.json('POST', `/api/v1/proposals/${q.id}/hire`)).json()) as { contract: { url: string } };
    await check(c.client, hired.contract.url);
    await check(f.client, hired.contract.url);
    await check(f.client, '/proposals');
    await check(new TestClient(env.app, { 'accept-language': 'ur' }), `/jobs/${job.id}`);
    expect(problems).toEqual({});
  });
});

describe('a plan adds up to the price', () => {
  // The example: a price of Rs 18,000 in milestones of 9,000 + 8,000.
  const offPlan = [
    { title: 'Design', amount: { amount: '900000', currency: 'PKR' } },
    { title: 'Build', amount: { amount: '800000', currency: 'PKR' } },
  ];
  const onPlan = [
    { title: 'Design', amount: { amount: '900000', currency: 'PKR' } },
    { title: 'Build', amount: { amount: '900000', currency: 'PKR' } },
  ];
  const price = { amount: '1800000', currency: 'PKR' };
  const proposalsOn = (jobId: string) => env.deps.db.selectFrom('proposals').selectAll().where('job_id', '=', jobId).execute();

  it('the API refuses a plan that differs from the price, on sending and on editing, saving nothing', async () => {
    const c = await person('client');
    const f = await person('freelancer');
    const fu = await person('freelancer', 'ur');
    const job = await apiJob(c.client, { budget: { amount: '2000000', currency: 'PKR' } });

    const sent = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ amount: price, milestones: offPlan }));
    expect(sent.status).toBe(400);
    expect(sent.headers.get('content-type')).toContain('application/problem+json');
    expect(((await sent.json()) as { errors: Record<string, string> }).errors).toEqual({
      milestones: 'Your milestones add up to Rs\u00a017,000, but your price is Rs\u00a018,000. Please change the amounts so they add up to the price.',
    });
    const ur = await fu.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ amount: price, milestones: [...onPlan, { title: 'Extra', amount: { amount: '100', currency: 'PKR' } }] }));
    expect(ur.status).toBe(400);
    expect(((await ur.json()) as { errors: Record<string, string> }).errors.milestones).toBe('آپ کے مائل اسٹونز کا مجموعہ Rs\u00a018,001 ہے، جبکہ آپ کی قیمت Rs\u00a018,000 ہے۔ براہِ کرم رقمیں اس طرح تبدیل کریں کہ ان کا مجموعہ قیمت کے برابر ہو۔');
    expect(await proposalsOn(job.id)).toEqual([]);

    // A plan that adds up is taken; so is no plan at all.
    const ok = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ amount: price, milestones: onPlan }));
    expect(ok.status).toBe(201);
    const p = (await ok.json()) as { id: string; milestones: unknown[] };
    expect(p.milestones).toHaveLength(2);
    expect((await fu.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ amount: price }))).status).toBe(201);

    // Editing: a new price without changing the plan is refused too, and the proposal stays as it was.
    const edit = await f.client.json('PUT', `/api/v1/proposals/${p.id}`, proposalJson({ amount: { amount: '1700000', currency: 'PKR' }, milestones: onPlan }));
    expect(edit.status).toBe(400);
    expect(((await edit.json()) as { errors: Record<string, string> }).errors.milestones).toContain('Rs\u00a018,000, but your price is Rs\u00a017,000');
    const [kept] = (await proposalsOn(job.id)).filter((r) => r.id === p.id);
    expect(kept).toMatchObject({ price_minor: '1800000', milestones: [{ title: 'Design', amount_minor: '900000' }, { title: 'Build', amount_minor: '900000' }] });
    expect((await f.client.json('PUT', `/api/v1/proposals/${p.id}`, proposalJson({ amount: { amount: '1700000', currency: 'PKR' }, milestones: offPlan }))).status).toBe(200);
  });

  it('the form says what the plan adds up to, keeps what was typed, and saves nothing (sending and editing)', async () => {
    const c = await person('client');
    const f = await person('freelancer');
    const job = await apiJob(c.client, { budget: { amount: '2000000', currency: 'PKR' } });
    const form = { cover_letter: 'I build shops.', amount: '18,000', delivery_days: '10', 'milestones.0.title': 'Design', 'milestones.0.amount': '9,000', 'milestones.1.title': 'Build', 'milestones.1.amount': '8,000' };
    const res = await f.client.post(`/jobs/${job.id}/proposals`, form);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(visibleText(html)).toContain('Your milestones add up to Rs 17,000, but your price is Rs 18,000.');
    expect(html).toContain('id="milestones-error"');
    expect(html).toContain('value="8,000"');
    expect(await proposalsOn(job.id)).toEqual([]);

    expect((await f.client.post(`/jobs/${job.id}/proposals`, { ...form, 'milestones.1.amount': '9,000' })).status).toBe(303);
    const [p] = await proposalsOn(job.id);
    const edit = await f.client.post(`/proposals/${p!.id}/edit`, { ...form, amount: '20,000', 'milestones.1.amount': '9,000' });
    expect(edit.status).toBe(400);
    expect(visibleText(await edit.text())).toContain('Your milestones add up to Rs 18,000, but your price is Rs 20,000.');
    expect((await proposalsOn(job.id))[0]).toMatchObject({ price_minor: '1800000' });
  });

  it('an hourly proposal has no plan; a job’s kind does not change under its proposals', async () => {
    const c = await person('client');
    const f = await person('freelancer');
    const job = await apiJob(c.client, { kind: 'hourly', budget: null, rate_min: { amount: '100000', currency: 'PKR' }, rate_max: { amount: '200000', currency: 'PKR' }, weekly_hours: 10 });
    const res = await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ amount: { amount: '150000', currency: 'PKR' }, milestones: [{ title: 'Week one', amount: { amount: '150000', currency: 'PKR' } }] }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string> }).errors).toEqual({ milestones: 'An hourly proposal is paid week by week for the hours worked, so it has no milestone plan. Please leave the milestones empty.' });
    // The form has no milestone fields on an hourly job.
    expect(await (await f.client.get(`/jobs/${job.id}`)).text()).not.toContain('name="milestones.0.amount"');
    expect((await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ amount: { amount: '150000', currency: 'PKR' } }))).status).toBe(201);
    const put = await c.client.json('PUT', `/api/v1/jobs/${job.id}`, jobJson());
    expect(put.status).toBe(400);
    expect(((await put.json()) as { errors: Record<string, string> }).errors).toEqual({ kind: 'How you pay cannot change once proposals have arrived.' });
  });

  it('Preview shows what the client pays and what the freelancer receives, without JavaScript and without saving', async () => {
    const c = await person('client');
    const f = await person('freelancer');
    const job = await apiJob(c.client, { budget: { amount: '2000000', currency: 'PKR' } });
    const page = visibleText(await (await f.client.get(`/jobs/${job.id}`)).text());
    expect(page).toContain('Press “Preview” to see what the client pays and what you receive for this amount. Nothing is sent.');
    expect(page).not.toContain('Type an amount to see');

    // Only the amount (and a plan) typed: no complaint about the empty cover letter, nothing saved.
    const pre = await f.client.post(`/jobs/${job.id}/proposals`, { cover_letter: '', amount: '18,000', delivery_days: '', preview: '1', 'milestones.0.title': 'Design', 'milestones.0.amount': '9,000', 'milestones.1.title': 'Build', 'milestones.1.amount': '8,000' });
    expect(pre.status).toBe(200);
    const shown = visibleText(await pre.text());
    expect(shown).toContain('This is a preview: nothing is sent or saved yet.');
    expect(shown).toContain('The client pays Rs 18,000 You receive Rs 17,100 Hunar keeps Rs 900');
    expect(shown).toContain('Your milestones add up to Rs 17,000, but your price is Rs 18,000.');
    expect(shown).not.toContain('This field is required.');
    expect(await proposalsOn(job.id)).toEqual([]);
    // An amount that cannot be read gets its message and no breakdown.
    const bad = visibleText(await (await f.client.post(`/jobs/${job.id}/proposals`, { cover_letter: '', amount: 'lots', delivery_days: '', preview: '1' })).text());
    expect(bad).not.toContain('You receive');
    expect(bad).toContain('Some fields need your attention.');

    // On the edit page too, with the figures of the same fee code the proposal card uses.
    expect((await f.client.post(`/jobs/${job.id}/proposals`, { cover_letter: 'I build shops.', amount: '18,000', delivery_days: '10' })).status).toBe(303);
    const [p] = await proposalsOn(job.id);
    const edit = await f.client.post(`/proposals/${p!.id}/edit`, { cover_letter: 'I build shops.', amount: '20,000', delivery_days: '10', preview: '1' });
    expect(edit.status).toBe(200);
    expect(visibleText(await edit.text())).toContain('The client pays Rs 20,000 You receive Rs 19,000');
    expect((await proposalsOn(job.id))[0]).toMatchObject({ price_minor: '1800000' });
  });

  it('hiring from the API is one call that answers with the contract; without a plan the contract is one milestone of the price', async () => {
    const c = await person('client');
    const f = await person('freelancer');
    const job = await apiJob(c.client, { budget: { amount: '2000000', currency: 'PKR' } });
    const p = (await (await f.client.json('POST', `/api/v1/jobs/${job.id}/proposals`, proposalJson({ amount: price }))).json()) as { id: string; contract: unknown };
    expect(p.contract).toBeNull();
    // Not before it is shortlisted: the confirmation page says so too.
    expect((await c.client.get(`/proposals/${p.id}/hire`)).status).toBe(409);
    expect((await c.client.json('POST', `/api/v1/proposals/${p.id}/shortlist`)).status).toBe(200);
    // Only the job's client sees the confirmation.
    expect((await f.client.get(`/proposals/${p.id}/hire`)).status).toBe(404);
    const hired = await c.client.json('POST', `/api/v1/proposals/${p.id}/hire`);
    expect(hired.status).toBe(200);
    const body = (await hired.json()) as { status: string; contract: { id: string; url: string } };
    expect(body).toMatchObject({ status: 'hired', contract: { url: `/contracts/${body.contract.id}` } });
    const k = (await (await c.client.get(`/api/v1/contracts/${body.contract.id}`)).json()) as { orders: { title: string; amount: { amount: string } }[]; total: unknown; agreed_price: unknown };
    expect(k.orders.map((o) => [o.title, o.amount.amount])).toEqual([['Translate a menu', '1800000']]);
    expect(k).toMatchObject({ total: price, agreed_price: price });
  });
});
