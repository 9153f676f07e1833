// The academy's seed courses are complete and consistent, as a learner and the loaders would need
// them: every course can be stored within the courses/lessons limits of migration 0050, reads in
// both languages, has a quiz that can be graded (single choice: exactly one correct answer) and a
// project with a rubric, and points at a real skill, track and demo author.
import { describe, expect, it } from 'vitest';
import { TRACKS } from '../academy/tables.ts';
import { SKILLS } from '../taxonomy/data.ts';
import { ACADEMY_COURSES } from './academy-courses.ts';
import { DEMO_FREELANCERS } from './demo-people.ts';

const URDU_LETTERS = /[\u0600-\u06FF]/;
// Arabic yeh, kaf and heh instead of the Urdu ی ک ہ (docs/urdu-glossary.md, "Script and font").
const ARABIC_FORMS = /[\u064A\u0643\u0647]/;
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FENCE = /^```/;
const AMOUNT = /^(Rs|USD) [\d,.]+$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Markdown without its fenced code blocks and inline code: the prose a reader reads in that language. */
const prose = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
const links = (markdown: string) => [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

/** Every text of a course in one language, for the script checks. */
function texts(course: (typeof ACADEMY_COURSES)[number], lang: 'en' | 'ur'): string[] {
  return [
    course.title[lang],
    course.summary[lang],
    ...course.lessons.flatMap((l) => [l.title[lang], l.body[lang]]),
    ...course.quiz.questions.flatMap((q) => [q.prompt[lang], ...q.choices.map((c) => c.text[lang])]),
    course.project.brief[lang],
    ...course.project.rubric.map((r) => r.criterion[lang]),
  ];
}

describe('academy seed courses', () => {
  it('are three courses with unique, URL-safe slugs, a real skill, a valid track and a demo author', () => {
    expect(ACADEMY_COURSES).toHaveLength(3);
    expect(new Set(ACADEMY_COURSES.map((c) => c.slug)).size).toBe(ACADEMY_COURSES.length);
    const skills = new Set(SKILLS.map((s) => s.slug));
    const authors = new Set(DEMO_FREELANCERS.map((p) => p.key));
    for (const c of ACADEMY_COURSES) {
      expect(c.slug, c.slug).toMatch(SLUG);
      expect(c.slug.length, c.slug).toBeLessThanOrEqual(80);
      expect(skills.has(c.skill), `${c.slug}: skill ${c.skill}`).toBe(true);
      expect(TRACKS).toContain(c.track);
      expect(authors.has(c.author), `${c.slug}: author ${c.author}`).toBe(true);
    }
  });

  it('cost nothing, Rs 1,500 and Rs 2,500 in rupees (priced in paisa)', () => {
    expect(ACADEMY_COURSES.map((c) => c.priceMinor).sort((a, b) => a - b)).toEqual([0, 150_000, 250_000]);
    for (const c of ACADEMY_COURSES) expect(c.currency).toBe('PKR');
  });

  it('have a title and a summary in both languages within the stored limits', () => {
    for (const c of ACADEMY_COURSES) {
      for (const lang of ['en', 'ur'] as const) {
        expect(c.title[lang].length, c.slug).toBeGreaterThanOrEqual(3);
        expect(c.title[lang].length, c.slug).toBeLessThanOrEqual(120);
        expect(c.summary[lang].trim(), c.slug).not.toBe('');
        expect(c.summary[lang].length, c.slug).toBeLessThanOrEqual(750);
      }
    }
  });

  it('each have at least five substantial lessons in English and Urdu', () => {
    for (const c of ACADEMY_COURSES) {
      expect(c.lessons.length, c.slug).toBeGreaterThanOrEqual(5);
      for (const [i, l] of c.lessons.entries()) {
        const where = `${c.slug} lesson ${i + 1}`;
        for (const lang of ['en', 'ur'] as const) {
          expect(l.title[lang].trim(), where).not.toBe('');
          expect(l.title[lang].length, where).toBeLessThanOrEqual(160);
          expect(l.body[lang].length, where).toBeLessThanOrEqual(40_000);
          const n = words(l.body[lang]);
          expect(n, `${where} (${lang}): ${n} words`).toBeGreaterThanOrEqual(300);
          // Short lessons: 300–700 words of English; the same text in Urdu runs about a quarter longer.
          expect(n, `${where} (${lang}): ${n} words`).toBeLessThanOrEqual(lang === 'en' ? 700 : 850);
          // Fenced code blocks open and close.
          expect(l.body[lang].split('\n').filter((line) => FENCE.test(line)).length % 2, where).toBe(0);
          // Links go to https sources (or to Hunar's own pages).
          for (const href of links(l.body[lang])) expect(href, where).toMatch(/^(https:\/\/|\/(?!\/))/);
        }
        expect(l.body.ur, where).not.toBe(l.body.en);
        // The Urdu lesson keeps the same code: each code block of the English appears in the Urdu.
        const blocks = (md: string) => md.match(/```[\s\S]*?```/g) ?? [];
        expect(blocks(l.body.ur), where).toEqual(blocks(l.body.en));
      }
    }
  });

  it('write Urdu in Urdu letters (not Arabic forms) and no HTML in either language', () => {
    for (const c of ACADEMY_COURSES) {
      for (const text of texts(c, 'ur')) {
        // An amount (a choice such as "Rs 1,500") is written the same in both languages.
        if (!AMOUNT.test(text)) expect(text, c.slug).toMatch(URDU_LETTERS);
        expect(ARABIC_FORMS.test(prose(text)), `${c.slug}: ${text.slice(0, 60)}`).toBe(false);
      }
      for (const lang of ['en', 'ur'] as const) for (const text of texts(c, lang)) expect(HTML_TAG.test(text), `${c.slug}: ${text.slice(0, 60)}`).toBe(false);
    }
  });

  it('each have a gradable quiz bank of at least 8 questions, single and multiple choice', () => {
    for (const c of ACADEMY_COURSES) {
      const { quiz } = c;
      expect(quiz.questions.length, c.slug).toBeGreaterThanOrEqual(8);
      expect(new Set(quiz.questions.map((q) => q.kind)), c.slug).toEqual(new Set(['single', 'multiple']));
      expect(quiz.passPercent).toBeGreaterThanOrEqual(1);
      expect(quiz.passPercent).toBeLessThanOrEqual(100);
      expect(quiz.attempts).toBeGreaterThanOrEqual(1);
      expect(quiz.attempts).toBeLessThanOrEqual(10);
      if (quiz.timeLimitSeconds !== null) {
        expect(quiz.timeLimitSeconds).toBeGreaterThanOrEqual(60);
        expect(quiz.timeLimitSeconds).toBeLessThanOrEqual(14_400);
      }
      if (quiz.perAttempt !== null) {
        expect(quiz.perAttempt).toBeGreaterThanOrEqual(1);
        expect(quiz.perAttempt).toBeLessThanOrEqual(quiz.questions.length);
      }
      for (const q of quiz.questions) {
        const where = `${c.slug}: ${q.prompt.en}`;
        expect(q.prompt.en.trim(), where).not.toBe('');
        expect(q.prompt.ur.trim(), where).not.toBe('');
        expect(q.choices.length, where).toBeGreaterThanOrEqual(3);
        expect(q.choices.length, where).toBeLessThanOrEqual(5);
        for (const choice of q.choices) {
          expect(choice.text.en.trim(), where).not.toBe('');
          expect(choice.text.ur.trim(), where).not.toBe('');
        }
        // Questions are plain text (no Markdown marks), so they read the same wherever they are shown.
        for (const text of [q.prompt.en, q.prompt.ur, ...q.choices.flatMap((ch) => [ch.text.en, ch.text.ur])]) expect(text, where).not.toMatch(/[`*_#]/);
        expect(new Set(q.choices.map((ch) => ch.text.en)).size, where).toBe(q.choices.length);
        const correct = q.choices.filter((ch) => ch.correct).length;
        if (q.kind === 'single') expect(correct, where).toBe(1);
        else {
          expect(correct, where).toBeGreaterThanOrEqual(1);
          expect(correct, where).toBeLessThan(q.choices.length);
        }
      }
      expect(new Set(quiz.questions.map((q) => q.prompt.en)).size, c.slug).toBe(quiz.questions.length);
    }
  });

  it('each have a project brief in both languages and a rubric of 3 to 5 criteria with positive points', () => {
    for (const c of ACADEMY_COURSES) {
      const { project } = c;
      for (const lang of ['en', 'ur'] as const) {
        expect(project.brief[lang].trim(), c.slug).not.toBe('');
        expect(project.brief[lang].length, c.slug).toBeLessThanOrEqual(10_000);
      }
      expect(project.passPercent).toBeGreaterThanOrEqual(1);
      expect(project.passPercent).toBeLessThanOrEqual(100);
      expect(project.rubric.length, c.slug).toBeGreaterThanOrEqual(3);
      expect(project.rubric.length, c.slug).toBeLessThanOrEqual(5);
      expect(new Set(project.rubric.map((r) => r.id)).size, c.slug).toBe(project.rubric.length);
      for (const r of project.rubric) {
        expect(r.id, c.slug).toMatch(SLUG);
        expect(Number.isInteger(r.points) && r.points > 0, `${c.slug}: ${r.id}`).toBe(true);
        expect(r.criterion.en.trim(), c.slug).not.toBe('');
        expect(r.criterion.ur.trim(), c.slug).not.toBe('');
      }
    }
  });
});
