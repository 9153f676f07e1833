// The legal help desk over HTTP against real PostgreSQL: asking (with bad input refused and nothing
// kept), the attached order's record shown to the question's advisor only, who may not see a question
// (another freelancer, a client who is even a party of the order, a second advisor once the first has
// answered: all 404), answers and follow-ups with their notifications, closing, consent before
// publishing and the anonymised FAQ, harassment kept private, and templates filled from an order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { legalWorld } from './test-data.ts';

let env: TestEnv;
let w: Awaited<ReturnType<typeof legalWorld>>;
beforeAll(async () => {
  env = await testEnv({ OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd' });
  w = await legalWorld(env);
}, 60_000);
afterAll(() => env.close());

const page = async (res: Response) => visibleText(await res.text()).replace(/[\u2066-\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ');
const questionIdFrom = (res: Response) => res.headers.get('location')!.split('/').pop()!;
const notes = (userId: string, kind: string) => env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', userId).where('kind', '=', kind).execute();

const UNPAID = {
  category: 'unpaid_work',
  title: 'Client in London has not paid the rest',
  body: 'Emma Clarke asked for two extra logo versions outside the order and promised Rs 20,000 by e-mail (emma@clarke.co.uk). It has been three weeks. What can I do?',
};

let questionId: string;

describe('asking', () => {
  it('refuses bad input with a field message and keeps nothing; a client cannot ask; an order not yours is refused', async () => {
    const short = await w.seller.client.post('/legal/questions', { category: 'unpaid_work', title: 'Help', body: 'too short', order_id: '' }, {});
    expect(short.status).toBe(400);
    const text = await page(short);
    expect(text).toContain('کم از کم');
    const notYours = await w.stranger.client.json('POST', '/api/v1/legal/questions', { ...UNPAID, order_id: w.orderId });
    expect(notYours.status).toBe(400);
    const client = await w.buyer.client.json('POST', '/api/v1/legal/questions', UNPAID);
    expect(client.status).toBe(403);
    expect(await env.deps.db.selectFrom('legal_questions').select('id').execute()).toEqual([]);
  });

  it('asks a private question about one of the freelancer’s own orders, through the form', async () => {
    const home = await page(await w.seller.client.get('/legal'));
    expect(home).toContain(w.orderNumber);
    const res = await w.seller.client.post('/legal/questions', { ...UNPAID, order_id: w.orderId });
    expect(res.status).toBe(303);
    questionId = questionIdFrom(res);
    const mine = await page(await w.seller.client.get(`/legal/questions/${questionId}`));
    expect(mine).toContain('Client in London has not paid the rest');
    expect(mine).toContain('مشیر کے جواب کا انتظار');
    const list = (await (await w.seller.client.get('/api/v1/legal/questions')).json()) as { items: { id: string; status: string; has_order: boolean }[] };
    expect(list.items).toEqual([expect.objectContaining({ id: questionId, status: 'open', has_order: true })]);
  });
});

describe('who sees what', () => {
  it('shows the queue and the order’s record to advisors, through the question only', async () => {
    const queue = await page(await w.advisor.client.get('/legal/advisor'));
    expect(queue).toContain('Client in London has not paid the rest');
    const q = await page(await w.advisor.client.get(`/legal/questions/${questionId}`));
    for (const want of ['The order’s record', w.orderNumber, 'Emma Clarke', 'Ayesha Siddiqui', 'Rs 15,000', 'Completed', 'Done']) expect(q, want).toContain(want);
    // The order itself stays closed to the advisor.
    expect((await w.advisor.client.get(`/orders/${w.orderId}`)).status).toBe(404);
    expect((await w.advisor.client.get(`/api/v1/orders/${w.orderId}`)).status).toBe(404);
    const audit = await env.deps.db.selectFrom('audit_events').select(['kind', 'actor_id']).where('subject_id', '=', questionId).execute();
    expect(audit).toContainEqual({ kind: 'legal.order_viewed', actor_id: w.advisor.user.id });
  });

  it('answers 404 to another freelancer, a non-advisor (even the order’s client) and the queue to non-advisors', async () => {
    for (const p of [w.stranger, w.buyer]) {
      expect((await p.client.get(`/legal/questions/${questionId}`)).status).toBe(404);
      expect((await p.client.get(`/api/v1/legal/questions/${questionId}`)).status).toBe(404);
      expect((await p.client.json('POST', `/api/v1/legal/questions/${questionId}/messages`, { body: 'Let me in' })).status).toBe(404);
    }
    expect((await w.stranger.client.get('/legal/advisor')).status).toBe(403);
    expect((await w.stranger.client.get('/api/v1/legal/queue')).status).toBe(403);
    expect((await w.stranger.client.get('/legal/questions/not-a-uuid')).status).toBe(404);
  });
});

describe('answers and follow-ups', () => {
  it('makes the first advisor to answer the question’s advisor; the asker is told; other advisors lose sight of it', async () => {
    const res = await w.advisor.client.post(`/legal/questions/${questionId}/messages`, {
      body: 'Work outside the order is a separate agreement. Keep the e-mail where Emma Clarke promised Rs 20,000, send a polite written reminder with a date, and next time put extra work in a new order on Hunar so it is paid into escrow first.',
    });
    expect(res.status).toBe(303);
    expect(await notes(w.seller.user.id, 'legal_answered')).toHaveLength(1);
    expect((await w.advisor2.client.get(`/legal/questions/${questionId}`)).status).toBe(404);
    expect(await page(await w.advisor2.client.get('/legal/advisor'))).not.toContain('Client in London');
    const api = (await (await w.seller.client.get(`/api/v1/legal/questions/${questionId}`)).json()) as { status: string; advisor_name: string; consent_offered: boolean };
    expect(api).toMatchObject({ status: 'answered', advisor_name: 'Saima Rizvi', consent_offered: true });
  });

  it('lets the asker follow up (the advisor is told) and close; nothing is added after that', async () => {
    const follow = await w.seller.client.json('POST', `/api/v1/legal/questions/${questionId}/messages`, { body: 'Should I write the reminder in English?' });
    expect(follow.status).toBe(200);
    expect(((await follow.json()) as { status: string }).status).toBe('follow_up');
    expect(await notes(w.advisor.user.id, 'legal_follow_up')).toHaveLength(1);
    await w.advisor.client.json('POST', `/api/v1/legal/questions/${questionId}/messages`, { body: 'Yes, in English, the language the client used. Keep it short and factual.' });
    const empty = await w.seller.client.json('POST', `/api/v1/legal/questions/${questionId}/messages`, { body: '   ' });
    expect(empty.status).toBe(400);
    // The advisor cannot close the asker's question.
    expect((await w.advisor.client.json('POST', `/api/v1/legal/questions/${questionId}/close`)).status).toBe(403);
  });
});

describe('consent and the FAQ', () => {
  it('publishes nothing without the asker’s consent', async () => {
    const res = await w.advisor.client.json('POST', `/api/v1/legal/questions/${questionId}/faq`, { language: 'en', title: 'Unpaid extra work', question: UNPAID.body, answer: 'Keep the written promise and send a reminder.' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('legal.no_consent');
    // Only the asker may consent.
    expect((await w.advisor.client.json('PUT', `/api/v1/legal/questions/${questionId}/consent`, { consent: true })).status).toBe(403);
  });

  it('with consent, publishes an entry with no name, handle, e-mail, order number or amount, and withdraws it when consent is taken back', async () => {
    expect((await w.seller.client.post(`/legal/questions/${questionId}/consent`, { consent: 'yes' })).status).toBe(303);
    const html = await (await w.advisor.client.get(`/legal/questions/${questionId}`)).text();
    expect(visibleText(html)).toContain('Publish in the FAQ');
    // The form starts from the anonymised draft of the question.
    const draft = visibleText(html.match(/<textarea id="question"[^>]*>([\s\S]*?)<\/textarea>/)?.[1] ?? '');
    expect(draft).toContain('[name] asked for two extra logo versions');
    for (const gone of ['Emma', 'emma@clarke.co.uk', 'Rs 20,000']) expect(draft, gone).not.toContain(gone);
    // The advisor leaves identifiers in by mistake: they are removed again on publishing.
    const res = await w.advisor.client.post(`/legal/questions/${questionId}/faq`, {
      language: 'en',
      title: 'A client abroad promised Rs 20,000 for extra work and did not pay',
      question: `Emma Clarke (@${w.buyerHandle}) promised Rs 20,000 for work outside order ${w.orderNumber}. What can I do?`,
      answer: 'Work outside the order is a separate agreement. Keep the written promise of $150, send a dated reminder, and put extra work in a new order so it is paid into escrow first.',
    });
    expect(res.status).toBe(303);
    const faq = await page(await w.stranger.client.get('/legal/faq'));
    expect(faq).toContain('A client abroad promised [amount] for extra work and did not pay');
    expect(faq).toContain('[name] ([name]) promised [amount] for work outside order [order].');
    for (const gone of ['Emma', 'Clarke', w.buyerHandle, w.orderNumber, 'Rs 20,000', '$150', 'Ayesha']) expect(faq, gone).not.toContain(gone);
    const api = (await (await new (await import('../../test/support.ts')).TestClient(env.app).get('/api/v1/legal/faq')).json()) as { items: { title: string; category: string }[] };
    expect(api.items).toEqual([expect.objectContaining({ category: 'unpaid_work' })]);
    const audit = await env.deps.db.selectFrom('audit_events').select('kind').where('subject_id', '=', questionId).where('kind', '=', 'legal.faq_published').execute();
    expect(audit).toHaveLength(1);

    expect((await w.seller.client.post(`/legal/questions/${questionId}/consent`, { consent: 'no' })).status).toBe(303);
    expect(await page(await w.stranger.client.get('/legal/faq'))).not.toContain('A client abroad promised');
  });

  it('keeps a harassment question private: no consent, ever', async () => {
    const asked = (await (
      await w.seller.client.json('POST', '/api/v1/legal/questions', { category: 'harassment', title: 'A client keeps messaging me at night', body: 'A client sends personal messages late at night after the order ended. How do I protect myself?', order_id: '' })
    ).json()) as { id: string };
    await w.advisor.client.json('POST', `/api/v1/legal/questions/${asked.id}/messages`, { body: 'Do not reply; block the client and report the conversation. Keep screenshots with dates.' });
    const res = await w.seller.client.json('PUT', `/api/v1/legal/questions/${asked.id}/consent`, { consent: true });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('legal.kept_private');
    expect(await page(await w.seller.client.get(`/legal/questions/${asked.id}`))).toContain('ہراسانی کے سوالات کبھی شائع نہیں ہوتے');
  });

  it('closes a question; nothing more goes in', async () => {
    expect((await w.seller.client.post(`/legal/questions/${questionId}/close`, {})).status).toBe(303);
    const res = await w.seller.client.json('POST', `/api/v1/legal/questions/${questionId}/messages`, { body: 'One more thing' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('legal.closed');
  });
});

describe('contract templates', () => {
  it('fills a service agreement from the order for both parties, in their language, and nobody else', async () => {
    const path = `/legal/templates/service-agreement/${w.orderId}`;
    const en = await page(await w.buyer.client.get(path));
    for (const want of ['Service agreement', 'not legal advice', 'Emma Clarke', 'Ayesha Siddiqui', w.orderNumber, 'Rs 15,000', 'In plain words', 'Hunar Labs (Pvt) Ltd']) expect(en, want).toContain(want);
    const ur = await page(await w.seller.client.get(path));
    expect(ur).toContain('سروس کا معاہدہ');
    expect(ur).toContain('قانونی مشورہ نہیں');
    expect((await w.stranger.client.get(path)).status).toBe(404);
    expect((await w.advisor.client.get(path)).status).toBe(404);
    const api = (await (await w.buyer.client.get(`/api/v1/legal/templates/nda/${w.orderId}`)).json()) as { clauses: { id: string; plain: string }[]; pdf_url: string };
    expect(api.clauses.map((c) => c.id)).toContain('exclusions');
    expect(api.pdf_url).toBe(`/legal/templates/nda/${w.orderId}.pdf?lang=en`);
  });

  it('offers every template blank, to anyone, with lines to write on', async () => {
    const anon = new (await import('../../test/support.ts')).TestClient(env.app);
    for (const slug of ['service-agreement', 'nda', 'work-for-hire']) {
      const res = await anon.get(`/legal/templates/${slug}?lang=en`);
      expect(res.status).toBe(200);
      const text = await page(res);
      expect(text).toContain('______________');
      expect(text).toContain('not legal advice');
    }
    expect((await anon.get('/legal/templates/lease')).status).toBe(404);
  });
});
