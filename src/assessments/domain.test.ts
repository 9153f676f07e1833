import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import {
  answersInput,
  attemptState,
  attemptsLeft,
  type BankQuestion,
  checkCanAnswer,
  cleanAnswers,
  deadlineFor,
  drawAttempt,
  GRACE_MS,
  gradeAttempt,
  gradeInput,
  isCompleted,
  isRight,
  maySubmit,
  nextAttempt,
  nextSubmission,
  percentOf,
  reachesPassMark,
  scoreRubric,
  secondsLeft,
  seededRandom,
  shuffle,
  submissionInput,
} from './domain.ts';

const choice = (id: string, correct = false) => ({ id, text_en: `choice ${id}`, text_ur: null, correct });
const single = (id: string, right = 'a'): BankQuestion => ({ id, kind: 'single', choices: ['a', 'b', 'c', 'd'].map((c) => choice(c, c === right)) });
const multiple = (id: string, right: string[]): BankQuestion => ({ id, kind: 'multiple', choices: ['a', 'b', 'c', 'd'].map((c) => choice(c, right.includes(c))) });
const bankOf = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? multiple(`q${i}`, ['a', 'c']) : single(`q${i}`, 'b')));
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
  return null;
};
const T0 = new Date('2026-12-10T10:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('seeded randomness and shuffling', () => {
  it('the same seed gives the same numbers, another seed others, all in [0, 1)', () => {
    const a = seededRandom('attempt-1');
    const b = seededRandom('attempt-1');
    const c = seededRandom('attempt-2');
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
  it('a shuffle is a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.string(), (xs, seed) => {
        const before = [...xs];
        const out = shuffle(xs, seededRandom(seed));
        expect(xs).toEqual(before);
        expect([...out].sort((p, q) => p - q)).toEqual([...xs].sort((p, q) => p - q));
      }),
    );
  });
  it('every order of three comes up (the shuffle is not biased to a few orders)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(shuffle(['a', 'b', 'c'], seededRandom(`s${i}`)).join(''));
    expect(seen.size).toBe(6);
  });
});

describe('drawing an attempt', () => {
  it('draws each question once from the bank, every choice shown once, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }), fc.string(), (n, per, seed) => {
        const bank = bankOf(n);
        const drawn = drawAttempt(bank, per, seededRandom(seed));
        expect(drawn).toHaveLength(per === null ? n : Math.min(per, n));
        expect(new Set(drawn.map((d) => d.question)).size).toBe(drawn.length);
        for (const d of drawn) {
          const q = bank.find((b) => b.id === d.question)!;
          expect(q).toBeDefined();
          expect([...d.choices].sort()).toEqual(q.choices.map((c) => c.id).sort());
        }
        expect(drawAttempt(bank, per, seededRandom(seed))).toEqual(drawn);
      }),
    );
  });
  it('two attempts usually see the questions and choices in different orders', () => {
    const bank = bankOf(10);
    const one = drawAttempt(bank, null, seededRandom('one'));
    const two = drawAttempt(bank, null, seededRandom('two'));
    expect(one.map((d) => d.question)).not.toEqual(two.map((d) => d.question));
    expect(one.map((d) => d.choices.join(''))).not.toEqual(two.map((d) => d.choices.join('')));
  });
  it('draws a few of a larger bank, and different ones per seed', () => {
    const bank = bankOf(12);
    const sets = new Set(Array.from({ length: 20 }, (_, i) => drawAttempt(bank, 5, seededRandom(`x${i}`)).map((d) => d.question).sort().join()));
    expect(sets.size).toBeGreaterThan(1);
  });
  it('refuses a course whose bank is empty', () => {
    expect(code(() => drawAttempt([], null, seededRandom('x')))).toBe('quiz.no_questions');
  });
});

describe('grading a question', () => {
  it('single choice: right only with exactly its correct choice', () => {
    const q = single('q', 'b');
    expect(isRight(q, ['b'])).toBe(true);
    expect(isRight(q, ['a'])).toBe(false);
    expect(isRight(q, [])).toBe(false);
    expect(isRight(q, undefined)).toBe(false);
    expect(isRight(q, ['b', 'a'])).toBe(false);
    expect(isRight(q, ['zz'])).toBe(false);
  });
  it('multiple choice: right only with exactly the set of correct choices, in any order, no partial credit', () => {
    const q = multiple('q', ['a', 'c']);
    expect(isRight(q, ['a', 'c'])).toBe(true);
    expect(isRight(q, ['c', 'a'])).toBe(true);
    expect(isRight(q, ['a'])).toBe(false);
    expect(isRight(q, ['a', 'c', 'd'])).toBe(false);
    expect(isRight(q, ['a', 'b'])).toBe(false);
    expect(isRight(q, [])).toBe(false);
    expect(isRight(multiple('one', ['d']), ['d'])).toBe(true);
  });
  it('a repeated choice counts once', () => {
    expect(isRight(multiple('q', ['a', 'c']), ['a', 'a', 'c'])).toBe(true);
  });
});

describe('grading an attempt and the pass mark', () => {
  const bank = new Map(bankOf(4).map((q) => [q.id, q]));
  const drawn = ['q2', 'q0', 'q3', 'q1'].map((question) => ({ question, choices: ['a', 'b', 'c', 'd'] }));
  it('counts right answers and lists the wrong ones in the order shown', () => {
    const r = gradeAttempt(bank, drawn, { q0: ['b'], q1: ['a', 'c'], q2: ['a'], q3: ['a'] }, 70);
    expect(r).toEqual({ right: 2, outOf: 4, percent: 50, passed: false, wrong: ['q2', 'q3'] });
    expect(gradeAttempt(bank, drawn, { q0: ['b'], q1: ['a', 'c'], q2: ['b'], q3: ['c', 'a'] }, 70)).toEqual({ right: 4, outOf: 4, percent: 100, passed: true, wrong: [] });
  });
  it('an unanswered attempt scores nothing; a question gone from the bank counts as wrong', () => {
    expect(gradeAttempt(bank, drawn, {}, 1).right).toBe(0);
    expect(gradeAttempt(bank, [{ question: 'gone', choices: ['a'] }], { gone: ['a'] }, 1).wrong).toEqual(['gone']);
  });
  it('the pass mark is whole-number arithmetic: 70% of 7 questions needs 5', () => {
    expect(reachesPassMark(4, 7, 70)).toBe(false);
    expect(reachesPassMark(5, 7, 70)).toBe(true);
    expect(reachesPassMark(7, 10, 70)).toBe(true);
    expect(reachesPassMark(6, 10, 70)).toBe(false);
    expect(reachesPassMark(1, 1, 100)).toBe(true);
    expect(reachesPassMark(0, 0, 1)).toBe(false);
    expect(percentOf(2, 3)).toBe(66);
  });
  it('passing never depends on float rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (outOf, pass, r) => {
        const right = Math.min(r, outOf);
        expect(reachesPassMark(right, outOf, pass)).toBe(right * 100 >= pass * outOf);
        if (right < outOf && reachesPassMark(right, outOf, pass)) expect(reachesPassMark(right + 1, outOf, pass)).toBe(true);
      }),
    );
  });
  it('keeps only answers to shown questions and shown choices', () => {
    const d = [{ question: 'q0', choices: ['a', 'b'] }];
    expect(cleanAnswers(d, { q0: ['b', 'b', 'zz'], other: ['a'] })).toEqual({ q0: ['b'] });
    expect(cleanAnswers(d, { q0: [] })).toEqual({});
  });
});

describe('the time limit', () => {
  const deadline = deadlineFor(T0, 600)!;
  const open = { submittedAt: null, deadlineAt: deadline, passed: null };
  it('sets the deadline from the start and the limit; none without a limit', () => {
    expect(deadline).toEqual(at(600));
    expect(deadlineFor(T0, null)).toBeNull();
  });
  it('counts the seconds left down to 0', () => {
    expect(secondsLeft(deadline, T0)).toBe(600);
    expect(secondsLeft(deadline, at(599.5))).toBe(1);
    expect(secondsLeft(deadline, at(700))).toBe(0);
    expect(secondsLeft(null, T0)).toBeNull();
  });
  it('takes answers up to the deadline plus the grace, refuses them after', () => {
    expect(attemptState(open, at(600))).toBe('open');
    expect(attemptState(open, new Date(deadline.getTime() + GRACE_MS))).toBe('open');
    expect(attemptState(open, new Date(deadline.getTime() + GRACE_MS + 1))).toBe('timed_out');
    expect(code(() => checkCanAnswer(open, at(600 + 31)))).toBe('quiz.time_up');
    expect(code(() => checkCanAnswer(open, at(10)))).toBeNull();
  });
  it('an untimed attempt stays open until answered; an answered one takes no more answers', () => {
    expect(attemptState({ submittedAt: null, deadlineAt: null, passed: null }, at(10 ** 7))).toBe('open');
    expect(code(() => checkCanAnswer({ submittedAt: T0, deadlineAt: null, passed: false }, T0))).toBe('quiz.already_submitted');
  });
});

describe('attempts allowed', () => {
  const failed = { submittedAt: T0, deadlineAt: null, passed: false };
  const timedOut = { submittedAt: null, deadlineAt: T0, passed: null };
  it('counts every attempt started, answered or timed out; none left after a pass', () => {
    expect(attemptsLeft(3, [])).toBe(3);
    expect(attemptsLeft(3, [failed, timedOut])).toBe(1);
    expect(attemptsLeft(3, [failed, failed, failed, failed])).toBe(0);
    expect(attemptsLeft(3, [failed, { ...failed, passed: true }])).toBe(0);
  });
  it('resumes an open attempt, starts the next one, refuses beyond the limit or after a pass', () => {
    const now = at(3600);
    expect(nextAttempt(2, [], now)).toEqual({ start: 1 });
    expect(nextAttempt(2, [failed], now)).toEqual({ start: 2 });
    expect(nextAttempt(2, [failed, { submittedAt: null, deadlineAt: null, passed: null }], now)).toEqual({ resume: 1 });
    expect(nextAttempt(2, [timedOut], now)).toEqual({ start: 2 });
    expect(code(() => nextAttempt(2, [failed, timedOut], now))).toBe('quiz.no_attempts_left');
    expect(code(() => nextAttempt(3, [{ ...failed, passed: true }], now))).toBe('quiz.already_passed');
  });
});

describe('rubric scoring', () => {
  const rubric = [
    { id: 'brief', points: 10 },
    { id: 'quality', points: 20 },
    { id: 'explain', points: 10 },
  ];
  it('adds the points and compares the total with the pass percent', () => {
    expect(scoreRubric(rubric, { brief: 8, quality: '12', explain: 4 }, 60)).toEqual({ scores: { brief: 8, quality: 12, explain: 4 }, total: 24, outOf: 40, percent: 60, passed: true });
    expect(scoreRubric(rubric, { brief: 8, quality: 11, explain: 4 }, 60).passed).toBe(false);
    expect(scoreRubric(rubric, { brief: 0, quality: 0, explain: 0 }, 60).total).toBe(0);
    expect(scoreRubric(rubric, { brief: 10, quality: 20, explain: 10 }, 100).passed).toBe(true);
  });
  it('needs every criterion, each a whole number from 0 to its points, and nothing unknown', () => {
    const fields = (raw: Record<string, unknown>) => {
      try {
        scoreRubric(rubric, raw, 60);
      } catch (e) {
        return (e as AppError).fields;
      }
      return null;
    };
    expect(fields({ brief: 8, quality: 12 })).toEqual({ 'scores.explain': { key: 'field.required' } });
    expect(fields({ brief: 11, quality: -1, explain: 2.5 })).toEqual({
      'scores.brief': { key: 'field.points_range', params: { max: 10 } },
      'scores.quality': { key: 'field.points_range', params: { max: 20 } },
      'scores.explain': { key: 'field.points_range', params: { max: 10 } },
    });
    expect(fields({ brief: 'ten', quality: '', explain: 1, extra: 3 })).toEqual({
      'scores.brief': { key: 'field.points_range', params: { max: 10 } },
      'scores.quality': { key: 'field.required' },
      'scores.extra': { key: 'field.invalid' },
    });
  });
  it('refuses to grade against an empty rubric', () => {
    expect(code(() => scoreRubric([], {}, 60))).toBe('project.no_rubric');
  });
  it('the total is never more than the rubric allows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 100 }), (points, pass) => {
        const r = points.map((p, i) => ({ id: `c${i}`, points: p }));
        const full = Object.fromEntries(r.map((c) => [c.id, c.points]));
        const res = scoreRubric(r, full, pass);
        expect(res.total).toBe(res.outOf);
        expect(res.passed).toBe(true);
      }),
    );
  });
});

describe('one resubmission after a failed grade', () => {
  it('sends attempt 1, then 2 only after 1 failed; never a third', () => {
    expect(nextSubmission([])).toBe(1);
    expect(code(() => nextSubmission([{ attempt: 1, graded: false, passed: null }]))).toBe('project.awaiting_grade');
    expect(code(() => nextSubmission([{ attempt: 1, graded: true, passed: true }]))).toBe('project.already_passed');
    expect(nextSubmission([{ attempt: 1, graded: true, passed: false }])).toBe(2);
    expect(code(() => nextSubmission([{ attempt: 1, graded: true, passed: false }, { attempt: 2, graded: false, passed: null }]))).toBe('project.awaiting_grade');
    expect(code(() => nextSubmission([{ attempt: 2, graded: true, passed: false }, { attempt: 1, graded: true, passed: false }]))).toBe('project.no_resubmissions');
    expect(maySubmit([])).toBe(true);
    expect(maySubmit([{ attempt: 1, graded: false, passed: null }])).toBe(false);
  });
  it('a course is completed only with both the quiz and the project passed', () => {
    expect(isCompleted(true, true)).toBe(true);
    expect(isCompleted(true, false)).toBe(false);
    expect(isCompleted(false, true)).toBe(false);
  });
});

describe('inputs', () => {
  it('answers: ids only, a few choices per question', () => {
    expect(answersInput.safeParse({ answers: { q1: ['a'] } }).success).toBe(true);
    expect(answersInput.safeParse({ answers: { q1: 'a' } }).success).toBe(false);
    expect(answersInput.safeParse({ answers: { 'q 1': ['a'] } }).success).toBe(false);
    expect(answersInput.safeParse({ answers: { q1: Array(9).fill('a') } }).success).toBe(false);
  });
  it('a submission: links completed to https and checked, at most five', () => {
    expect(submissionInput.parse({ text: ' My store ', links: ['github.com/ayesha/store'] })).toEqual({ text: 'My store', links: ['https://github.com/ayesha/store'] });
    expect(submissionInput.safeParse({ links: ['javascript:alert(1)'] }).success).toBe(false);
    expect(submissionInput.safeParse({ links: Array(6).fill('https://example.pk') }).success).toBe(false);
  });
  it('a grade needs feedback', () => {
    expect(gradeInput.safeParse({ scores: { a: 1 }, feedback: '' }).success).toBe(false);
    expect(gradeInput.safeParse({ scores: { a: 1 }, feedback: 'Clear and complete.' }).success).toBe(true);
  });
});
