import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../platform/forms.ts';
import {
  averageRating,
  isShown,
  mayRead,
  mayReply,
  mayWrite,
  meetsMinRating,
  REVIEW_WINDOW_MS,
  type ReviewFacts,
  ratingKey,
  replyInput,
  reviewFor,
  reviewInput,
  shownAt,
  stageFor,
  windowEndsAt,
  windowOpen,
} from './domain.ts';

const completedAt = new Date('2026-03-01T10:00:00.000Z');
const end = new Date(completedAt.getTime() + 14 * 86_400_000);
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const completed = { state: 'completed', completedAt };

describe('the review window', () => {
  it('closes exactly 14 days after completion, to the millisecond', () => {
    expect(windowEndsAt(completedAt)).toEqual(end);
    expect(REVIEW_WINDOW_MS).toBe(1_209_600_000);
    expect(windowOpen(completedAt, completedAt)).toBe(true);
    expect(windowOpen(completedAt, ms(end, -1))).toBe(true);
    expect(windowOpen(completedAt, end)).toBe(false);
    expect(windowOpen(completedAt, ms(end, 1))).toBe(false);
    // Before completion there is nothing to review (a clock that went back).
    expect(windowOpen(completedAt, ms(completedAt, -1))).toBe(false);
  });

  it('lets each party write once while it is open, and tells why not otherwise', () => {
    expect(mayWrite(completed, 'client', false, ms(end, -1))).toEqual({ ok: true });
    expect(mayWrite(completed, 'freelancer', false, completedAt)).toEqual({ ok: true });
    expect(mayWrite(completed, 'client', false, end)).toEqual({ ok: false, code: 'review.window_closed' });
    expect(mayWrite(completed, 'client', true, ms(end, -1))).toEqual({ ok: false, code: 'review.already_written' });
    expect(mayWrite(completed, null, false, completedAt)).toEqual({ ok: false, code: 'not_found' });
    for (const state of ['awaiting_payment', 'in_progress', 'delivered', 'revision_requested', 'cancelled', 'disputed'])
      expect(mayWrite({ state, completedAt: null }, 'client', false, completedAt)).toEqual({ ok: false, code: 'review.not_completed' });
    expect(mayWrite({ state: 'completed', completedAt: null }, 'client', false, completedAt)).toEqual({ ok: false, code: 'review.not_completed' });
  });

  it('never lets a stranger learn whether an order exists, whatever its state', () => {
    fc.assert(
      fc.property(fc.constantFrom('in_progress', 'completed', 'cancelled'), fc.boolean(), fc.integer({ min: -1e9, max: 3e9 }), (state, written, delta) => {
        expect(mayWrite({ state, completedAt }, null, written, ms(completedAt, delta))).toEqual({ ok: false, code: 'not_found' });
      }),
    );
  });
});

describe('revealing', () => {
  it('shows both when the second arrives, or both at the end of the window', () => {
    const second = ms(completedAt, 3 * 86_400_000);
    expect(shownAt({ revealedAt: second, windowEndsAt: end })).toEqual(second);
    expect(shownAt({ revealedAt: null, windowEndsAt: end })).toEqual(end);
    expect(isShown({ revealedAt: null, windowEndsAt: end }, ms(end, -1))).toBe(false);
    expect(isShown({ revealedAt: null, windowEndsAt: end }, end)).toBe(true);
    expect(isShown({ revealedAt: second, windowEndsAt: end }, ms(second, -1))).toBe(false);
    expect(isShown({ revealedAt: second, windowEndsAt: end }, second)).toBe(true);
  });

  it('is never shown before the other side wrote or the window closed (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: REVIEW_WINDOW_MS - 1 }), { nil: null }), fc.integer({ min: 0, max: 2 * REVIEW_WINDOW_MS }), (secondAfter, readAfter) => {
        const revealedAt = secondAfter === null ? null : ms(completedAt, secondAfter);
        const now = ms(completedAt, readAfter);
        const shown = isShown({ revealedAt, windowEndsAt: end }, now);
        const bothWritten = revealedAt !== null && revealedAt <= now;
        expect(shown).toBe(bothWritten || now >= end);
      }),
    );
  });

  const review = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({ authorId: 'client', revieweeId: 'freelancer', authorSide: 'client', revealedAt: null, windowEndsAt: end, reply: null, ...over });

  it('lets the author read their own review at once, others only once it is shown', () => {
    const r = review();
    expect(mayRead(r, 'client', completedAt)).toBe(true);
    expect(mayRead(r, 'freelancer', ms(end, -1))).toBe(false);
    expect(mayRead(r, null, ms(end, -1))).toBe(false);
    expect(mayRead(r, 'freelancer', end)).toBe(true);
    expect(mayRead(r, null, end)).toBe(true);
  });

  it('gives the stage each party sees on the order page', () => {
    const open = ms(end, -1);
    expect(stageFor({ state: 'delivered', completedAt: null }, false, false, open)).toBe('none');
    expect(stageFor(completed, false, false, open)).toBe('write');
    expect(stageFor(completed, false, true, open)).toBe('write');
    expect(stageFor(completed, true, false, open)).toBe('waiting');
    expect(stageFor(completed, true, true, open)).toBe('shown');
    expect(stageFor(completed, true, false, end)).toBe('shown');
    expect(stageFor(completed, false, true, end)).toBe('shown');
    expect(stageFor(completed, false, false, end)).toBe('closed');
  });
});

describe('replies', () => {
  const shown = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({ authorId: 'client', revieweeId: 'freelancer', authorSide: 'client', revealedAt: completedAt, windowEndsAt: end, reply: null, ...over });

  it('lets the freelancer reply once to the client’s shown review', () => {
    expect(mayReply(shown(), 'freelancer', completedAt)).toEqual({ ok: true });
    expect(mayReply(shown({ reply: 'Thank you!' }), 'freelancer', completedAt)).toEqual({ ok: false, code: 'review.already_replied' });
  });

  it('refuses the author, a stranger, the client replying to the freelancer’s review, and a hidden review', () => {
    expect(mayReply(shown(), 'client', completedAt)).toEqual({ ok: false, code: 'review.reply_not_yours' });
    expect(mayReply(shown(), 'stranger', completedAt)).toEqual({ ok: false, code: 'review.reply_not_yours' });
    const ofClient = shown({ authorId: 'freelancer', revieweeId: 'client', authorSide: 'freelancer' });
    expect(mayReply(ofClient, 'client', completedAt)).toEqual({ ok: false, code: 'review.reply_not_yours' });
    const hidden = shown({ revealedAt: null });
    expect(mayReply(hidden, 'freelancer', ms(end, -1))).toEqual({ ok: false, code: 'not_found' });
    expect(mayReply(hidden, 'stranger', ms(end, -1))).toEqual({ ok: false, code: 'not_found' });
    expect(mayReply(hidden, 'freelancer', end)).toEqual({ ok: true });
  });
});

describe('what a review holds', () => {
  it('asks a client for the three details and refuses them from a freelancer', () => {
    const full = parseWith(reviewInput, { rating: '5', communication: '4', quality: 5, on_time: '3', text: '  بہت اچھا کام  ' });
    expect(reviewFor('client', full)).toEqual({ ok: true, values: { rating: 5, communication: 4, quality: 5, onTime: 3, body: 'بہت اچھا کام' } });
    expect(reviewFor('freelancer', full)).toEqual({ ok: false, fields: { communication: { key: 'field.invalid' }, quality: { key: 'field.invalid' }, on_time: { key: 'field.invalid' } } });
    const overall = parseWith(reviewInput, { rating: 4, communication: '', text: 'Clear brief, paid on time.' });
    expect(reviewFor('freelancer', overall)).toEqual({ ok: true, values: { rating: 4, communication: null, quality: null, onTime: null, body: 'Clear brief, paid on time.' } });
    expect(reviewFor('client', overall)).toEqual({ ok: false, fields: { communication: { key: 'field.choose' }, quality: { key: 'field.choose' }, on_time: { key: 'field.choose' } } });
  });

  it('refuses stars outside 1..5, half stars, a text over the limit and bidi overrides', () => {
    for (const rating of [0, 6, 4.5, '', 'five', null]) expect(() => parseWith(reviewInput, { rating }), String(rating)).toThrow();
    expect(() => parseWith(reviewInput, { rating: 5, text: 'x'.repeat(2001) })).toThrow();
    expect(parseWith(reviewInput, { rating: 5, text: 'x'.repeat(2000) }).text).toHaveLength(2000);
    expect(() => parseWith(reviewInput, { rating: 5, text: 'ok \u202E' })).toThrow();
    expect(() => parseWith(replyInput, { text: '   ' })).toThrow();
    expect(() => parseWith(replyInput, { text: 'y'.repeat(1001) })).toThrow();
    expect(parseWith(replyInput, { text: 'شکریہ!' }).text).toBe('شکریہ!');
  });
});

describe('figures', () => {
  it('averages to one decimal and compares a minimum exactly', () => {
    expect(averageRating(0, 0)).toBeNull();
    expect(averageRating(19, 4)).toBe(4.8); // 4.75
    expect(averageRating(14, 3)).toBe(4.7);
    expect(meetsMinRating(18, 4, 4.5)).toBe(true); // exactly 4.5
    expect(meetsMinRating(17, 4, 4.5)).toBe(false);
    expect(meetsMinRating(0, 0, 1)).toBe(false);
  });

  it('sorts by average first, then by how many ratings', () => {
    expect(ratingKey(0, 0)).toBe(0);
    expect(ratingKey(5, 1)).toBeGreaterThan(ratingKey(49, 10));
    expect(ratingKey(50, 10)).toBeGreaterThan(ratingKey(5, 1));
    expect(ratingKey(4, 1)).toBeGreaterThan(0);
  });
});
