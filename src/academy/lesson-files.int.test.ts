// A lesson's pictures and files (src/academy/lesson-files.ts): the course's author (or an admin)
// uploads them on the lesson's edit page and gets the Markdown to paste; learners who may read the
// lesson see the pictures in place (lazy, with their size) and the files to download; nobody else
// can fetch them. Bad input changes nothing. And editing a published lesson keeps its learners' progress.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxFile, htmlFile, jpeg, pdfFile, png, zipWith } from '../../test/images.ts';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { person, type Person } from '../../test/world.ts';

let env: TestEnv;
let admin: Person;
let teacher: Person;
let urduTeacher: Person;
let learner: Person;
let outsider: Person;
let visitor: TestClient;

const SLUG = 'ai-prompts';
const EDIT = (n: number) => `/academy/teach/${SLUG}/lessons/${n}`;
const LESSON = (n: number) => `/academy/courses/${SLUG}/lessons/${n}`;
const PYTHON = Buffer.from('# A prompt template\nprompt = f"Write a proposal for {client} in {language}"\nprint(prompt)\n');

beforeAll(async () => {
  env = await testEnv();
  admin = await person(env, 'Sana Admin', { role: 'admin' });
  teacher = await person(env, 'Usman Tariq', { role: 'freelancer' });
  urduTeacher = await person(env, 'عائشہ صدیقی', { role: 'freelancer', locale: 'ur' });
  learner = await person(env, 'Emma Client', { role: 'client' });
  outsider = await person(env, 'Nobody Enrolled', { role: 'client' });
  visitor = new TestClient(env.app);
  for (const p of [teacher, urduTeacher]) expect((await admin.client.post('/admin/roles', { person: p.user.email, role: 'instructor' })).status).toBe(303);
  expect((await teacher.client.post('/academy/teach/new', { slug: SLUG, track: 'ai', skill: 'ai-ml', title_en: 'Prompting AI tools for clients', price: '0' })).status).toBe(303);
  for (const title of ['Prompts that work', 'Checking the answer']) expect((await teacher.client.post(`/academy/teach/${SLUG}/lessons/new`, { title_en: title, body_en: 'Be specific.' })).status).toBe(303);
  expect((await teacher.client.post(`/academy/teach/${SLUG}/publish`, {})).status).toBe(303);
  expect((await learner.client.json('POST', `/api/v1/academy/courses/${SLUG}/enrol`, undefined, { 'idempotency-key': crypto.randomUUID() })).status).toBe(200);
  expect((await urduTeacher.client.post('/academy/teach/new', { slug: 'urdu-notes', track: 'writing', skill: 'content-writing', title_ur: 'اردو نوٹس', price: '0' })).status).toBe(303);
  expect((await urduTeacher.client.post('/academy/teach/urdu-notes/lessons/new', { title_ur: 'پہلا سبق', body_ur: 'متن۔' })).status).toBe(303);
});
afterAll(() => env.close());

const text = async (res: Response) => visibleText(await res.text());
const mediaOf = (purpose: 'lesson_image' | 'lesson_file') => env.deps.db.selectFrom('media').select(['key', 'file_name', 'content_type', 'width', 'height']).where('purpose', '=', purpose).orderBy('created_at').execute();
const allMedia = () => env.deps.db.selectFrom('media').select('key').execute();
async function storedFiles(): Promise<number> {
  const entries = await readdir(env.deps.config.storageDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}
const image = async (name: string, bytes?: Buffer) => ({ field: 'image', name, bytes: bytes ?? (await png(1600, 1000)) });
const file = (name: string, bytes: Uint8Array) => ({ field: 'file', name, bytes });

describe('a lesson’s pictures and files', () => {
  it('lets the author upload a picture and files, shows the Markdown to paste, and shows them to the lesson’s learners', async () => {
    expect(await text(await teacher.client.get(EDIT(1)))).toContain('No pictures or files yet.');

    const up = await teacher.client.upload(`${EDIT(1)}/images`, await image('chatgpt screen.png'));
    expect(up.status).toBe(303);
    const [img] = await mediaOf('lesson_image');
    expect(img).toMatchObject({ file_name: 'chatgpt screen.webp', content_type: 'image/webp', width: 1200, height: 750 });
    expect(up.headers.get('location')).toBe(`${EDIT(1)}#attachment-${img!.key}`);
    const snippet = `![chatgpt screen](/media/${img!.key}/display)`;
    const edit = await teacher.client.get(EDIT(1));
    const editHtml = await edit.text();
    expect(visibleText(editHtml)).toContain('The picture has been added. Copy its Markdown into the lesson where it should show.');
    expect(editHtml).toContain(`value="${snippet}"`);

    // Files: a PDF, Python code (keeps .py), a ZIP of examples, and HTML (kept as text, downloads as .txt).
    for (const f of [file('Prompt cheat-sheet.pdf', pdfFile), file('proposal_prompt.py', PYTHON), file('examples.zip', zipWith(['examples/a.py', 'README.md'])), file('demo.html', htmlFile)]) {
      expect((await teacher.client.upload(`${EDIT(1)}/files`, f)).status).toBe(303);
    }
    const files = await mediaOf('lesson_file');
    expect(files.map((f) => [f.file_name, f.content_type])).toEqual([
      ['Prompt cheat-sheet.pdf', 'application/pdf'],
      ['proposal_prompt.py', 'text/plain; charset=utf-8'],
      ['examples.zip', 'application/zip'],
      ['demo.txt', 'text/plain; charset=utf-8'],
    ]);
    const listed = await text(await teacher.client.get(EDIT(1)));
    expect(listed).toContain('Prompt cheat-sheet.pdf');
    expect(await teacher.client.get(EDIT(1)).then((r) => r.text())).toContain(`value="[Prompt cheat-sheet.pdf](/media/${files[0]!.key}/file)"`);

    // The author pastes the picture's Markdown into the lesson.
    expect((await teacher.client.post(EDIT(1), { title_en: 'Prompts that work', body_en: `Be specific.\n\n${snippet}` })).status).toBe(303);

    // The learner sees the picture in place, lazy, with its width and height, and the files to download.
    const lesson = await learner.client.get(LESSON(1));
    const html = await lesson.text();
    expect(html).toContain(`<img src="/media/${img!.key}/display" alt="chatgpt screen" width="1200" height="750" loading="lazy" decoding="async" class="md-image"`);
    const seen = visibleText(html);
    expect(seen).toContain('Files for this lesson');
    expect(seen).toMatch(/Prompt cheat-sheet\.pdf \(\d+ KB\)/);
    expect(seen).toContain('proposal_prompt.py');
    expect(seen).toContain('examples.zip');
    expect(html).not.toContain('Markdown to paste');

    const pdf = await learner.client.get(`/media/${files[0]!.key}/file`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('attachment; filename="Prompt cheat-sheet.pdf"');
    expect(pdf.headers.get('cache-control')).toContain('private');
    const asText = await learner.client.get(`/media/${files[3]!.key}/file`);
    expect(asText.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(asText.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asText.headers.get('content-disposition')).toContain('filename="demo.txt"');
    expect((await learner.client.get(`/media/${img!.key}/display`)).status).toBe(200);

    // Someone not enrolled, and a visitor, get neither the lesson nor its files.
    expect((await outsider.client.get(LESSON(1))).status).toBe(403);
    for (const who of [outsider.client, visitor]) {
      expect((await who.get(`/media/${files[0]!.key}/file`)).status).toBe(404);
      expect((await who.get(`/media/${img!.key}/display`)).status).toBe(404);
    }

    // An admin may add to any course.
    expect((await admin.client.upload(`${EDIT(2)}/files`, file('notes.md', Buffer.from('# Notes\n')))).status).toBe(303);
    expect(await text(await learner.client.get(LESSON(2)))).toContain('notes.md');
  });

  it('refuses a wrong type, a file too large, an unsafe ZIP, a missing file, someone else’s course and a stranger with a translated message, storing nothing', async () => {
    const before = { rows: (await allMedia()).length, files: await storedFiles() };

    const notImage = await teacher.client.upload(`${EDIT(2)}/images`, await image('cheat.pdf', pdfFile));
    expect(notImage.status).toBe(415);
    expect(await text(notImage)).toContain('This file is not a JPEG, PNG or WebP image.');
    for (const [name, bytes] of [['letter.docx', docxFile()], ['photo.jpg', await jpeg()], ['tool.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0xff, 0xfe])]] as const) {
      const refused = await teacher.client.upload(`${EDIT(2)}/files`, file(name, bytes));
      expect(refused.status).toBe(415);
      expect(await text(refused)).toContain('A lesson file must be a PDF, a ZIP file, or a plain text file');
    }
    // Code with a bidi override reads differently from what runs: refused.
    expect((await teacher.client.upload(`${EDIT(2)}/files`, file('trick.py', Buffer.from('access = "user\u202e \u2066# admin\u2069 \u2066"\n')))).status).toBe(415);
    const slip = await teacher.client.upload(`${EDIT(2)}/files`, file('slip.zip', zipWith(['ok.txt', '../../.bashrc'])));
    expect(slip.status).toBe(422);
    expect(await text(slip)).toContain('would unpack outside its folder');
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await teacher.client.upload(`${EDIT(2)}/images`, await image('huge.png', big));
    expect(tooLarge.status).toBe(413);
    expect(await text(tooLarge)).toContain('This file is too large: at most 5 MB.');
    const missing = await teacher.client.upload(`${EDIT(2)}/files`, null);
    expect(missing.status).toBe(400);
    expect(await text(missing)).toContain('Please choose a file.');

    // In Urdu, on the Urdu instructor's own course.
    const ur = await urduTeacher.client.upload('/academy/teach/urdu-notes/lessons/1/files', file('خط.docx', docxFile()));
    expect(ur.status).toBe(415);
    expect(await text(ur)).toContain('سبق کی فائل PDF، ZIP فائل، یا سادہ ٹیکسٹ فائل');

    // Someone else's course (even an instructor), a learner, a visitor, a lesson that does not exist.
    expect((await urduTeacher.client.upload(`${EDIT(1)}/files`, file('mine.pdf', pdfFile))).status).toBe(404);
    expect((await urduTeacher.client.get(EDIT(1))).status).toBe(404);
    expect((await learner.client.upload(`${EDIT(1)}/files`, file('mine.pdf', pdfFile))).status).toBe(403);
    const anon = await visitor.upload(`${EDIT(1)}/files`, file('mine.pdf', pdfFile));
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/login');
    expect((await teacher.client.upload(`${EDIT(9)}/files`, file('mine.pdf', pdfFile))).status).toBe(404);

    expect((await allMedia()).length).toBe(before.rows);
    expect(await storedFiles()).toBe(before.files);
  });

  it('keeps at most twenty pictures and files on a lesson', async () => {
    // Lesson 2 has the admin's notes.md; fill it up to twenty.
    const onLesson2 = await env.deps.db
      .selectFrom('media as m')
      .innerJoin('lessons as l', 'l.id', 'm.lesson_id')
      .innerJoin('courses as c', 'c.id', 'l.course_id')
      .select('m.key')
      .where('c.slug', '=', SLUG)
      .where('l.position', '=', 2)
      .execute();
    expect(onLesson2).toHaveLength(1);
    for (let i = onLesson2.length; i < 20; i++) expect((await teacher.client.upload(`${EDIT(2)}/files`, file(`step-${i}.txt`, Buffer.from(`Step ${i}\n`)))).status).toBe(303);
    const full = await teacher.client.upload(`${EDIT(2)}/files`, file('one-more.txt', Buffer.from('More\n')));
    expect(full.status).toBe(409);
    expect(await text(full)).toContain('A lesson can have 20 pictures and files. Please remove one first.');
  });

  it('removes a file for its author only: learners no longer see or fetch it, and its bytes are gone', async () => {
    const [pdf] = await mediaOf('lesson_file');
    const filesBefore = await storedFiles();
    expect((await urduTeacher.client.post(`${EDIT(1)}/attachments/${pdf!.key}/delete`, {})).status).toBe(404);
    expect((await learner.client.post(`${EDIT(1)}/attachments/${pdf!.key}/delete`, {})).status).toBe(403);
    expect((await learner.client.get(`/media/${pdf!.key}/file`)).status).toBe(200);

    const removed = await teacher.client.post(`${EDIT(1)}/attachments/${pdf!.key}/delete`, {});
    expect(removed.status).toBe(303);
    expect(await text(await teacher.client.get(EDIT(1)))).toContain('Removed. Take its Markdown out of the lesson too.');
    expect(await text(await learner.client.get(LESSON(1)))).not.toContain('Prompt cheat-sheet.pdf');
    expect((await learner.client.get(`/media/${pdf!.key}/file`)).status).toBe(404);
    expect(await storedFiles()).toBe(filesBefore - 1);
    // Twice: nothing there any more.
    expect((await teacher.client.post(`${EDIT(1)}/attachments/${pdf!.key}/delete`, {})).status).toBe(404);
  });
});

describe('editing a published lesson', () => {
  it('keeps its learners’ progress: done stays done, and only a new lesson changes the share', async () => {
    expect((await learner.client.post(`${LESSON(1)}/done`, {})).status).toBe(303);
    const progress = async () => (await (await learner.client.json('GET', `/api/v1/academy/courses/${SLUG}`)).json()) as { enrolment: { done: number; percent: number }; lessons: { done: boolean }[] };
    expect(await progress()).toMatchObject({ enrolment: { done: 1, percent: 50 }, lessons: [{ done: true }, { done: false }] });

    expect((await teacher.client.post(EDIT(1), { title_en: 'Prompts that work, revised', body_en: 'Be specific, and give an example.' })).status).toBe(303);
    expect(await progress()).toMatchObject({ enrolment: { done: 1, percent: 50 }, lessons: [{ done: true }, { done: false }] });
    const page = await text(await learner.client.get(LESSON(1)));
    expect(page).toContain('Prompts that work, revised');
    expect(page).toContain('You have finished this lesson.');

    expect((await teacher.client.post(`/academy/teach/${SLUG}/lessons/new`, { title_en: 'Pricing AI work', body_en: 'Charge for outcomes.' })).status).toBe(303);
    expect(await progress()).toMatchObject({ enrolment: { done: 1, percent: 33 }, lessons: [{ done: true }, { done: false }, { done: false }] });
  });
});
