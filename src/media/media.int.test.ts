// Uploads end to end over HTTP on a real PostgreSQL and a real storage directory: gig images,
// profile photos, portfolio images and job attachments, through the pages and the API; who may
// add, remove and see what; and every kind of bad input gives a translated 4xx and stores nothing.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bombPng, docxFile, hasGpsOrCamera, htmlFile, jpeg, pdfFile, photoWithGps, png, svgFile, truncatedJpeg, webp } from '../../test/images.ts';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { MEDIA_LIMITS, storageKey } from './domain.ts';
import { purgeTrash } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;

async function person(role: 'freelancer' | 'client' | 'both', locale: 'en' | 'ur' = 'en', name = 'Ayesha Khan') {
  const email = `media-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: name,
    isFreelancer: role !== 'client',
    isClient: role !== 'freelancer',
    locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': locale });
  const res = await client.post('/login', { email, password: PASSWORD });
  expect(res.status).toBe(303);
  const actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer: role !== 'client', isClient: role !== 'freelancer', isAdmin: false, locale, sessionId: null, onboardingDone: true };
  return { user, client, actor };
}

const gigInput = {
  title: 'I will design a logo for your business',
  description: 'Three concepts.',
  category_slug: 'design',
  skills: ['logo-design'],
  packages: [{ name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1, features: [] }],
  faqs: [],
  questions: [],
};

async function files(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(path.join(dir, e.name));
      else out.push(path.join(dir, e.name));
    }
  };
  await walk(env.deps.config.storageDir);
  return out.sort();
}

const mediaRows = async () => Number((await env.deps.db.selectFrom('media').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

/** Nothing stored by `run`: no new row, no new file. */
async function storesNothing(run: () => Promise<void>) {
  const [rowsBefore, filesBefore] = [await mediaRows(), await files()];
  await run();
  expect(await mediaRows()).toBe(rowsBefore);
  expect(await files()).toEqual(filesBefore);
}

const image = async (name = 'work.jpg', bytes?: Buffer) => ({ field: 'image', name, bytes: bytes ?? (await jpeg()), type: 'image/jpeg' });

describe('gig images', () => {
  it('the seller adds images through the page; they show on the gig page and in the API, in order', async () => {
    const { client, actor } = await person('freelancer');
    const gig = await createGig(env.deps, actor, gigInput);
    const page = await client.get(`/gigs/${gig.id}/images`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('enctype="multipart/form-data"');

    const res = await client.upload(`/gigs/${gig.id}/images`, await image('first.jpg'));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/gigs/${gig.id}/images`);
    expect((await client.upload(`/gigs/${gig.id}/images`, { field: 'image', name: 'second.png', bytes: await png() })).status).toBe(303);

    const api = await (await client.get(`/api/v1/gigs/${gig.id}`)).json();
    expect(api.images).toHaveLength(2);
    expect(api.images[0]).toMatchObject({ position: 0, width: 800, height: 600, thumb_width: 480, thumb_height: 360 });
    expect(api.images[0].url).toMatch(/^\/media\/[\w-]{22}\/display$/);

    // The seller sees a draft's images; nobody else does.
    const img = await client.get(api.images[0].url);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/webp');
    expect(img.headers.get('x-content-type-options')).toBe('nosniff');
    expect(img.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const anon = new TestClient(env.app);
    expect((await anon.get(api.images[0].url)).status).toBe(404);
    expect((await anon.get(api.images[0].thumb_url)).status).toBe(404);

    // Published: anyone, cached anywhere; the page shows the first at display size, lazily loaded.
    await publishGig(env.deps, actor, gig.id);
    const pub = await anon.get(api.images[0].thumb_url);
    expect(pub.status).toBe(200);
    expect(pub.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await sharp(Buffer.from(await pub.arrayBuffer())).metadata()).width).toBe(480);
    const html = await (await anon.get(`/g/${gig.slug}`)).text();
    expect(html).toContain(`src="${api.images[0].url}" width="800" height="600"`);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain(api.images[1].thumb_url);

    // Move the second up: it becomes the thumbnail.
    const moved = await client.post(`/gigs/${gig.id}/images/${api.images[1].key}/move`, { direction: 'up' });
    expect(moved.status).toBe(303);
    const after = await (await client.get(`/api/v1/gigs/${gig.id}`)).json();
    expect(after.images.map((i: { key: string }) => i.key)).toEqual([api.images[1].key, api.images[0].key]);

    // Remove one: row and files go.
    const before = await files();
    expect((await client.post(`/gigs/${gig.id}/images/${api.images[0].key}/delete`, {})).status).toBe(303);
    expect((await anon.get(api.images[0].url)).status).toBe(404);
    // Its display size, thumbnail and card size.
    expect((await files()).length).toBe(before.length - 3);
  });

  it('lists show the first image at the card size, lazily loaded with its size and the title as alt text', async () => {
    const { client, actor, user } = await person('freelancer', 'en', 'Kiran Zebrapaint');
    const gig = await createGig(env.deps, actor, { ...gigInput, title: 'Zebrapaint murals for shop fronts' });
    expect((await client.upload(`/gigs/${gig.id}/images`, await image('mural.jpg', await jpeg(1600, 1200)))).status).toBe(303);
    await publishGig(env.deps, actor, gig.id);
    const [{ key }] = (await (await client.get(`/api/v1/gigs/${gig.id}`)).json()).images;
    const picture = `<img src="/media/${key}/card" width="320" height="240" alt="Zebrapaint murals for shop fronts" loading="lazy"`;
    const anon = new TestClient(env.app, { 'accept-language': 'en' });
    const handle = (await env.deps.db.selectFrom('users').select('handle').where('id', '=', user.id).executeTakeFirstOrThrow()).handle;
    for (const page of ['/search?q=zebrapaint', '/c/design', '/', `/u/${handle}`]) expect(await (await anon.get(page)).text(), page).toContain(picture);
    // The profile lists the gig: its title, link and starting price.
    const profile = visibleText(await (await anon.get(`/u/${handle}`)).text());
    expect(profile).toContain('Gigs Zebrapaint murals for shop fronts From Rs 1,500');

    const card = await anon.get(`/media/${key}/card`);
    expect(card.status).toBe(200);
    expect(card.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await card.arrayBuffer());
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: 320, height: 240 });
    expect(bytes.length).toBeLessThan(8 * 1024);

    // An image stored before cards existed gets its card on first request, made from its display size.
    const cardFile = (await files()).filter((f) => f.endsWith(`${path.sep}card`));
    await env.deps.storage.delete(storageKey(key, 'card'));
    expect((await files()).filter((f) => f.endsWith(`${path.sep}card`)).length).toBe(cardFile.length - 1);
    const again = await anon.get(`/media/${key}/card`);
    expect(again.status).toBe(200);
    expect((await sharp(Buffer.from(await again.arrayBuffer())).metadata()).width).toBe(320);
    expect((await files()).filter((f) => f.endsWith(`${path.sep}card`)).length).toBe(cardFile.length);
    // Other kinds of images have no card size.
    const photo = await client.upload('/profile/photo', { field: 'photo', name: 'me.jpg', bytes: await jpeg(), type: 'image/jpeg' });
    expect(photo.status).toBe(303);
    const photoKey = (await env.deps.db.selectFrom('media').select('key').where('owner_id', '=', user.id).where('purpose', '=', 'profile_photo').executeTakeFirstOrThrow()).key;
    expect((await client.get(`/media/${photoKey}/card`)).status).toBe(404);
  });

  it('through the API: upload with a token, move, delete; answers give the URLs', async () => {
    const { client, actor } = await person('freelancer');
    const gig = await createGig(env.deps, actor, gigInput);
    const made = await client.json('POST', '/api/v1/tokens', { name: 'phone app' });
    const { token } = await made.json();
    const app = new TestClient(env.app, { authorization: `Bearer ${token}` });
    const res = await app.upload(`/api/v1/gigs/${gig.id}/images`, await image(), { api: true, csrf: false });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ position: 0, width: 800, height: 600 });
    expect(body.thumb_url).toBe(`/media/${body.key}/thumb`);
    const second = await (await app.upload(`/api/v1/gigs/${gig.id}/images`, { field: 'image', name: 'b.webp', bytes: await webp() }, { api: true, csrf: false })).json();
    const moved = await app.json('POST', `/api/v1/gigs/${gig.id}/images/${second.key}/move`, { direction: 'up' });
    expect(moved.status).toBe(200);
    expect((await moved.json()).images.map((i: { key: string }) => i.key)).toEqual([second.key, body.key]);
    expect((await app.request(`/api/v1/gigs/${gig.id}/images/${body.key}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/api/v1/gigs/${gig.id}/images/${body.key}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('a session-authenticated API upload needs the CSRF token in a header', async () => {
    const { client, actor } = await person('freelancer');
    const gig = await createGig(env.deps, actor, gigInput);
    await storesNothing(async () => {
      const res = await client.upload(`/api/v1/gigs/${gig.id}/images`, await image(), { api: true, csrf: false });
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe('csrf.invalid');
    });
    expect((await client.upload(`/api/v1/gigs/${gig.id}/images`, await image(), { api: true })).status).toBe(201);
    // The page form without its token is refused too.
    await storesNothing(async () => {
      expect((await client.upload(`/gigs/${gig.id}/images`, await image(), { csrf: false })).status).toBe(403);
    });
  });

  it('another freelancer cannot add, move or remove images on my gig (not found, nothing stored)', async () => {
    const owner = await person('freelancer');
    const gig = await createGig(env.deps, owner.actor, gigInput);
    const mine = await (await owner.client.upload(`/api/v1/gigs/${gig.id}/images`, await image(), { api: true })).json();
    const other = await person('freelancer');
    await storesNothing(async () => {
      expect((await other.client.upload(`/gigs/${gig.id}/images`, await image())).status).toBe(404);
      expect((await other.client.upload(`/api/v1/gigs/${gig.id}/images`, await image(), { api: true })).status).toBe(404);
      expect((await other.client.post(`/gigs/${gig.id}/images/${mine.key}/delete`, {})).status).toBe(404);
      expect((await other.client.json('POST', `/api/v1/gigs/${gig.id}/images/${mine.key}/move`, { direction: 'down' })).status).toBe(404);
      expect((await other.client.request(`/api/v1/gigs/${gig.id}/images/${mine.key}`, { method: 'DELETE' })).status).toBe(404);
      expect((await other.client.get(`/gigs/${gig.id}/images`)).status).toBe(404);
      expect((await other.client.get(mine.url)).status).toBe(404);
    });
    const anon = new TestClient(env.app);
    expect((await anon.upload(`/api/v1/gigs/${gig.id}/images`, await image(), { api: true, csrf: false })).status).toBe(401);
  });

  it(`keeps at most ${MEDIA_LIMITS.gigImages} images per gig`, async () => {
    const { client, actor } = await person('freelancer');
    const gig = await createGig(env.deps, actor, gigInput);
    const small = await jpeg(64, 64);
    for (let i = 0; i < MEDIA_LIMITS.gigImages; i++) expect((await client.upload(`/api/v1/gigs/${gig.id}/images`, await image('x.jpg', small), { api: true })).status).toBe(201);
    await storesNothing(async () => {
      const res = await client.upload(`/gigs/${gig.id}/images`, await image('x.jpg', small));
      expect(res.status).toBe(409);
      expect(visibleText(await res.text())).toContain(`There is room for ${MEDIA_LIMITS.gigImages} images here`);
    });
  });
});

describe('bad files: a translated 4xx, nothing stored', () => {
  const cases: [string, () => Promise<{ name: string; bytes: Buffer }>, number, string, string][] = [
    ['an oversized file', async () => ({ name: 'huge.jpg', bytes: Buffer.concat([await jpeg(), Buffer.alloc(MEDIA_LIMITS.imageBytes)]) }), 413, 'media.too_large', 'یہ فائل بہت بڑی ہے: زیادہ سے زیادہ 5 MB'],
    ['an HTML page renamed .png', async () => ({ name: 'cat.png', bytes: htmlFile }), 415, 'media.not_an_image', 'یہ فائل JPEG، PNG یا WebP تصویر نہیں ہے'],
    ['an SVG renamed .png', async () => ({ name: 'logo.png', bytes: svgFile }), 415, 'media.not_an_image', 'یہ فائل JPEG، PNG یا WebP تصویر نہیں ہے'],
    ['a PDF in an image slot', async () => ({ name: 'brief.pdf', bytes: pdfFile }), 415, 'media.not_an_image', 'یہ فائل JPEG، PNG یا WebP تصویر نہیں ہے'],
    ['a truncated image', async () => ({ name: 'half.jpg', bytes: await truncatedJpeg() }), 422, 'media.unreadable', 'یہ تصویر پڑھی نہیں جا سکی'],
    ['a decompression bomb (20000 × 20000 PNG)', async () => ({ name: 'bomb.png', bytes: bombPng() }), 422, 'media.too_many_pixels', 'یہ تصویر بہت بڑی ہے'],
  ];

  for (const [what, make, status, code, urdu] of cases) {
    it(`${what}: ${status} ${code}, in Urdu on the page and in the API`, async () => {
      const { client, actor } = await person('freelancer', 'ur', 'عائشہ خان');
      const gig = await createGig(env.deps, actor, gigInput);
      const file = await make();
      await storesNothing(async () => {
        const page = await client.upload(`/gigs/${gig.id}/images`, { field: 'image', ...file, type: 'image/png' });
        expect(page.status).toBe(status);
        const text = visibleText(await page.text());
        expect(text).toContain(urdu);
        const api = await client.upload(`/api/v1/gigs/${gig.id}/images`, { field: 'image', ...file, type: 'image/png' }, { api: true });
        expect(api.status).toBe(status);
        const problem = await api.json();
        expect(problem.code).toBe(code);
        expect(problem.title).toContain(urdu);
      });
    });
  }

  it('a form with no file chosen is asked for one', async () => {
    const { client, actor } = await person('freelancer');
    const gig = await createGig(env.deps, actor, gigInput);
    await storesNothing(async () => {
      const res = await client.upload(`/gigs/${gig.id}/images`, { field: 'image', name: '', bytes: new Uint8Array() });
      expect(res.status).toBe(400);
      expect(visibleText(await res.text())).toContain('Please choose a file.');
    });
  });

  it('a body over the upload limit is a translated 413; other routes keep the small limit', async () => {
    const { client, actor } = await person('freelancer', 'ur');
    const gig = await createGig(env.deps, actor, gigInput);
    await storesNothing(async () => {
      const res = await client.upload(`/gigs/${gig.id}/images`, { field: 'image', name: 'x.jpg', bytes: Buffer.alloc(11 * 1024 * 1024, 1) });
      expect(res.status).toBe(413);
      expect(visibleText(await res.text())).toContain('یہ فائل بہت بڑی ہے: زیادہ سے زیادہ 10 MB');
    });
    const res = await client.upload(`/gigs/${gig.id}/edit`, { field: 'image', name: 'x.jpg', bytes: Buffer.alloc(300 * 1024, 1) });
    expect(res.status).toBe(413);
  });
});

describe('stored files', () => {
  it('a photo with EXIF GPS is stored without it', async () => {
    const { client, actor } = await person('freelancer');
    const gig = await createGig(env.deps, actor, gigInput);
    const original = await photoWithGps();
    expect(await hasGpsOrCamera(original)).toBe(true);
    const body = await (await client.upload(`/api/v1/gigs/${gig.id}/images`, await image('IMG_0001.jpg', original), { api: true })).json();
    for (const url of [body.url, body.thumb_url]) {
      const served = Buffer.from(await (await client.get(url)).arrayBuffer());
      expect(await hasGpsOrCamera(served)).toBe(false);
      expect((await sharp(served).metadata()).exif).toBeUndefined();
    }
    // Turned upright by its orientation tag.
    expect(body).toMatchObject({ width: 600, height: 800 });
  });

  it('deleting a gig removes its images and, after the purge, their files', async () => {
    const { client, actor } = await person('freelancer');
    const gig = await createGig(env.deps, actor, gigInput);
    const body = await (await client.upload(`/api/v1/gigs/${gig.id}/images`, await image(), { api: true })).json();
    const before = (await files()).length;
    expect((await client.request(`/api/v1/gigs/${gig.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await env.deps.db.selectFrom('media').select('id').where('key', '=', body.key).executeTakeFirst()).toBeUndefined();
    await purgeTrash(env.deps);
    expect((await files()).length).toBe(before - 3);
  });
});

describe('profile photo', () => {
  it('is shown only when the freelancer chose to show a photo; initials otherwise', async () => {
    const { client, user } = await person('freelancer', 'en', 'Sana Batool');
    const res = await client.upload('/profile/photo', { field: 'photo', name: 'me.jpg', bytes: await photoWithGps(900, 700) });
    expect(res.status).toBe(303);
    const own = await (await client.get('/api/v1/me/profile')).json();
    expect(own.show_photo).toBe(false);
    expect(own.photo).toBeNull();
    const photo = await env.deps.db.selectFrom('media').select('key').where('owner_id', '=', user.id).where('purpose', '=', 'profile_photo').executeTakeFirstOrThrow();
    const url = `/media/${photo.key}/display`;
    // Hidden: the owner may fetch it, nobody else; the public page shows initials.
    expect((await client.get(url)).status).toBe(200);
    const anon = new TestClient(env.app);
    expect((await anon.get(url)).status).toBe(404);
    const hidden = await (await anon.get(`/u/${own.handle}`)).text();
    expect(hidden).not.toContain(url);
    expect(hidden).toContain('>SB<');
    // Shown: on the page (square, 400 px) and in the API, without its GPS.
    await env.deps.db
      .insertInto('profiles')
      .values({ user_id: user.id, show_photo: true })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ show_photo: true }))
      .execute();
    const shown = await (await anon.get(`/u/${own.handle}`)).text();
    expect(shown).toContain(`src="${url}" width="400" height="400"`);
    const served = await anon.get(url);
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await hasGpsOrCamera(Buffer.from(await served.arrayBuffer()))).toBe(false);
    expect((await (await anon.get(`/api/v1/profiles/${own.handle}`)).json()).photo.url).toBe(url);
  });

  it('is replaced by a new one and removed through the API; bad files change nothing', async () => {
    const { client, user } = await person('freelancer', 'ur');
    const put = (bytes: Buffer, name = 'me.png') => client.upload('/api/v1/me/photo', { field: 'photo', name, bytes }, { api: true, method: 'PUT' });
    const first = await (await put(await png())).json();
    const second = await put(await jpeg());
    expect(second.status).toBe(200);
    const body = await second.json();
    expect(body).toMatchObject({ width: 400, height: 400, thumb_width: 96 });
    expect(body.key).not.toBe(first.key);
    expect((await client.get(first.url)).status).toBe(404);
    await storesNothing(async () => {
      const bad = await put(svgFile, 'me.png');
      expect(bad.status).toBe(415);
      expect((await bad.json()).title).toContain('تصویر نہیں');
      const page = await client.upload('/profile/photo', { field: 'photo', name: 'me.png', bytes: htmlFile });
      expect(page.status).toBe(415);
      expect(await page.text()).toContain('aria-invalid="true"');
    });
    expect((await client.request('/api/v1/me/photo', { method: 'DELETE' })).status).toBe(204);
    expect((await client.request('/api/v1/me/photo', { method: 'DELETE' })).status).toBe(404);
    expect(await env.deps.db.selectFrom('media').select('id').where('owner_id', '=', user.id).executeTakeFirst()).toBeUndefined();
  });
});

describe('portfolio images', () => {
  it('the owner adds images to an item; they show on the public profile; others cannot touch them', async () => {
    const owner = await person('freelancer');
    const item = await (await owner.client.json('POST', '/api/v1/me/portfolio', { title: 'Shop sign', description: 'For a bakery', link: null })).json();
    const page = await owner.client.upload(`/profile/portfolio/${item.id}/images`, await image());
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/profile/portfolio/${item.id}/edit`);
    const added = await (await owner.client.upload(`/api/v1/me/portfolio/${item.id}/images`, await image('b.png', await png()), { api: true })).json();
    const own = await (await owner.client.get('/api/v1/me/profile')).json();
    expect(own.freelancer.portfolio[0].images).toHaveLength(2);
    const anon = new TestClient(env.app);
    const html = await (await anon.get(`/u/${own.handle}`)).text();
    expect(html).toContain(added.thumb_url);
    expect((await anon.get(added.thumb_url)).status).toBe(200);

    const other = await person('freelancer');
    await storesNothing(async () => {
      expect((await other.client.upload(`/api/v1/me/portfolio/${item.id}/images`, await image(), { api: true })).status).toBe(403);
      expect((await other.client.upload(`/profile/portfolio/${item.id}/images`, await image())).status).toBe(403);
      expect((await other.client.request(`/api/v1/me/portfolio/${item.id}/images/${added.key}`, { method: 'DELETE' })).status).toBe(403);
    });
    await storesNothing(async () => {
      const bomb = await owner.client.upload(`/profile/portfolio/${item.id}/images`, { field: 'image', name: 'a.png', bytes: bombPng() });
      expect(bomb.status).toBe(422);
      expect(visibleText(await bomb.text())).toContain('This image is too big to process');
    });
    expect((await owner.client.request(`/api/v1/me/portfolio/${item.id}/images/${added.key}`, { method: 'DELETE' })).status).toBe(204);
    expect((await anon.get(added.thumb_url)).status).toBe(404);
  });
});

describe('job attachments', () => {
  async function job(client: TestClient, visibility: 'public' | 'invite_only') {
    const res = await client.json('POST', '/api/v1/jobs', {
      title: 'Translate a shop menu',
      description: 'Two pages from English to Urdu.',
      kind: 'fixed',
      currency: 'PKR',
      budget: { amount: '500000', currency: 'PKR' },
      duration: 'lt_1_week',
      experience: 'entry',
      visibility,
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string };
  }

  it('the client attaches a PDF; whoever sees the job downloads it as an attachment', async () => {
    const owner = await person('client');
    const j = await job(owner.client, 'public');
    const res = await owner.client.upload(`/jobs/${j.id}/attachments`, { field: 'file', name: 'C:\\brief\\menu brief.PDF', bytes: pdfFile, type: 'application/pdf' });
    expect(res.status).toBe(303);
    const list = await (await new TestClient(env.app).get(`/api/v1/jobs/${j.id}/attachments`)).json();
    expect(list.attachments).toEqual([expect.objectContaining({ name: 'menu brief.pdf', content_type: 'application/pdf', bytes: pdfFile.length, position: 0 })]);
    const file = await new TestClient(env.app).get(list.attachments[0].url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="menu brief.pdf"; filename*=UTF-8''menu%20brief.pdf`);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.compare(Buffer.from(await file.arrayBuffer()), pdfFile)).toBe(0);
    const page = await (await new TestClient(env.app).get(`/jobs/${j.id}`)).text();
    expect(page).toContain(list.attachments[0].url);
    // A Word file through the API too; a photo loses its GPS.
    expect((await owner.client.upload(`/api/v1/jobs/${j.id}/attachments`, { field: 'file', name: 'brief.docx', bytes: docxFile() }, { api: true })).status).toBe(201);
    const photo = await (await owner.client.upload(`/api/v1/jobs/${j.id}/attachments`, { field: 'file', name: 'shop.jpg', bytes: await photoWithGps() }, { api: true })).json();
    expect(await hasGpsOrCamera(Buffer.from(await (await owner.client.get(photo.url)).arrayBuffer()))).toBe(false);
  });

  it('an invite-only job’s attachments: its client and invited freelancers only; 404 for anyone else', async () => {
    const owner = await person('client');
    const j = await job(owner.client, 'invite_only');
    const att = await (await owner.client.upload(`/api/v1/jobs/${j.id}/attachments`, { field: 'file', name: 'secret.pdf', bytes: pdfFile }, { api: true })).json();
    const invited = await person('freelancer');
    const handle = (await (await invited.client.get('/api/v1/me/profile')).json()).handle;
    expect((await owner.client.json('POST', `/api/v1/jobs/${j.id}/invites`, { handle })).status).toBeLessThan(300);
    expect((await owner.client.get(att.url)).status).toBe(200);
    const seen = await invited.client.get(att.url);
    expect(seen.status).toBe(200);
    expect(seen.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const stranger = await person('freelancer');
    expect((await stranger.client.get(att.url)).status).toBe(404);
    expect((await new TestClient(env.app).get(att.url)).status).toBe(404);
    expect((await stranger.client.get(`/api/v1/jobs/${j.id}/attachments`)).status).toBe(404);
  });

  it('only the client adds or removes, while the job is open; bad files are refused in Urdu', async () => {
    const owner = await person('client', 'ur');
    const j = await job(owner.client, 'public');
    const att = await (await owner.client.upload(`/api/v1/jobs/${j.id}/attachments`, { field: 'file', name: 'a.pdf', bytes: pdfFile }, { api: true })).json();
    const other = await person('both');
    await storesNothing(async () => {
      expect((await other.client.upload(`/api/v1/jobs/${j.id}/attachments`, { field: 'file', name: 'a.pdf', bytes: pdfFile }, { api: true })).status).toBe(404);
      expect((await other.client.upload(`/jobs/${j.id}/attachments`, { field: 'file', name: 'a.pdf', bytes: pdfFile })).status).toBe(404);
      expect((await other.client.request(`/api/v1/jobs/${j.id}/attachments/${att.key}`, { method: 'DELETE' })).status).toBe(404);
      const html = await owner.client.upload(`/jobs/${j.id}/attachments`, { field: 'file', name: 'page.pdf', bytes: htmlFile });
      expect(html.status).toBe(415);
      expect(visibleText(await html.text())).toContain('اس قسم کی فائل منسلک نہیں ہو سکتی');
      const zip = await owner.client.upload(`/api/v1/jobs/${j.id}/attachments`, { field: 'file', name: 'x.docx', bytes: Buffer.from('PK\u0003\u0004 nothing') }, { api: true });
      expect(zip.status).toBe(415);
    });
    expect((await owner.client.request(`/api/v1/jobs/${j.id}/attachments/${att.key}`, { method: 'DELETE' })).status).toBe(204);
    expect((await owner.client.json('POST', `/api/v1/jobs/${j.id}/close`, {})).status).toBe(200);
    await storesNothing(async () => {
      const closed = await owner.client.upload(`/api/v1/jobs/${j.id}/attachments`, { field: 'file', name: 'a.pdf', bytes: pdfFile }, { api: true });
      expect(closed.status).toBe(409);
    });
  });
});

describe('the API document', () => {
  it('describes uploads as multipart/form-data', async () => {
    const doc = await (await new TestClient(env.app).get('/api/openapi.json')).json();
    const op = doc.paths['/api/v1/gigs/{gig}/images'].post;
    expect(op.requestBody.content['multipart/form-data'].schema.required).toEqual(['image']);
    expect(op.requestBody.content['multipart/form-data'].encoding.image.contentType).toBe('image/jpeg, image/png, image/webp');
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '404', '409', '413', '415', '422']));
    for (const path of ['/api/v1/me/photo', '/api/v1/me/portfolio/{id}/images', '/api/v1/jobs/{job}/attachments']) expect(doc.paths[path]).toBeDefined();
    const page = await (await new TestClient(env.app).get('/api')).text();
    expect(page).toContain('POST /api/v1/jobs/{job}/attachments');
  });
});
