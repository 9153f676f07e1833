import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTOR,
  actionFits,
  autoAcceptAt,
  FINAL,
  FUNDED,
  moneyEffect,
  nextActions,
  ORDER_ACTIONS,
  ORDER_STATES,
  type OrderAction,
  type OrderFacts,
  type OrderState,
  type Party,
  TRANSITIONS,
  timeLeft,
  transition,
} from './domain.ts';

const facts = (state: OrderState, revisionsIncluded = 2, revisionsUsed = 0): OrderFacts => ({ state, revisionsIncluded, revisionsUsed });
const PARTIES: Party[] = ['client', 'freelancer', 'system', 'admin'];

describe('the order state machine', () => {
  it('runs the happy path with a revision', () => {
    let o = facts('awaiting_payment');
    const steps: [OrderAction, Party, OrderState][] = [
      ['pay', 'client', 'in_progress'],
      ['deliver', 'freelancer', 'delivered'],
      ['request_revision', 'client', 'revision_requested'],
      ['deliver', 'freelancer', 'delivered'],
      ['accept', 'client', 'completed'],
    ];
    for (const [action, by, to] of steps) {
      const r = transition(o, action, by);
      expect(r, `${o.state} -${action}→`).toEqual({ ok: true, to });
      o = { ...o, state: to, revisionsUsed: o.revisionsUsed + (action === 'request_revision' ? 1 : 0) };
    }
  });

  it('answers every (state, action, party) exactly as the table and the actor list say', () => {
    for (const state of ORDER_STATES)
      for (const action of ORDER_ACTIONS)
        for (const by of PARTIES) {
          const r = transition(facts(state, -1), action, by);
          const to = TRANSITIONS[state][action];
          if (!to) expect(r, `${state} ${action} ${by}`).toEqual({ ok: false, code: 'order.invalid_transition' });
          else if (!ACTOR[action].includes(by)) expect(r).toEqual({ ok: false, code: 'order.not_your_turn' });
          else expect(r).toEqual({ ok: true, to });
        }
  });

  it('final states have no way out; every other state reaches completed or cancelled', () => {
    for (const s of FINAL) expect(Object.keys(TRANSITIONS[s])).toEqual([]);
    const reaches = (from: OrderState, seen = new Set<OrderState>()): boolean => {
      if (FINAL.has(from)) return true;
      seen.add(from);
      return Object.values(TRANSITIONS[from]).some((to) => to && !seen.has(to) && reaches(to, seen));
    };
    for (const s of ORDER_STATES) expect(reaches(s), s).toBe(true);
  });

  it('asks for revisions only while some remain; unlimited never runs out', () => {
    expect(transition(facts('delivered', 1, 1), 'request_revision', 'client')).toEqual({ ok: false, code: 'order.no_revisions_left' });
    expect(transition(facts('delivered', 0, 0), 'request_revision', 'client')).toEqual({ ok: false, code: 'order.no_revisions_left' });
    expect(transition(facts('delivered', -1, 99), 'request_revision', 'client').ok).toBe(true);
    expect(nextActions(facts('delivered', 1, 1), 'client')).toEqual(['accept', 'agree_cancel', 'dispute']);
    expect(nextActions(facts('delivered', 1, 0), 'client')).toEqual(['request_revision', 'accept', 'agree_cancel', 'dispute']);
    expect(nextActions(facts('in_progress'), 'freelancer')).toEqual(['deliver', 'agree_cancel', 'dispute']);
    expect(nextActions(facts('completed'), 'client')).toEqual([]);
  });

  it('on every random path, money is in escrow exactly in the funded states, funded once, and settled at most once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ORDER_ACTIONS), fc.constantFrom(...PARTIES)), { maxLength: 40 }), (moves) => {
        let o = facts('awaiting_payment', 3);
        let inEscrow = false;
        let funded = 0;
        let settled = 0;
        for (const [action, by] of moves) {
          const r = transition(o, action, by);
          if (!r.ok) continue;
          const effect = moneyEffect(o.state, r.to);
          if (effect === 'fund') {
            inEscrow = true;
            funded++;
          }
          if (effect === 'release' || effect === 'refund') {
            expect(inEscrow).toBe(true);
            inEscrow = false;
            settled++;
          }
          o = { ...o, state: r.to, revisionsUsed: o.revisionsUsed + (action === 'request_revision' ? 1 : 0) };
          expect(inEscrow).toBe(FUNDED.has(o.state));
          expect(o.revisionsUsed).toBeLessThanOrEqual(3);
        }
        expect(funded).toBeLessThanOrEqual(1);
        expect(settled).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('moves money only on the transitions that should', () => {
    expect(moneyEffect('awaiting_payment', 'in_progress')).toBe('fund');
    expect(moneyEffect('delivered', 'completed')).toBe('release');
    expect(moneyEffect('in_progress', 'cancelled')).toBe('refund');
    expect(moneyEffect('awaiting_payment', 'cancelled')).toBe('none');
    expect(moneyEffect('delivered', 'disputed')).toBe('freeze');
    expect(moneyEffect('in_progress', 'delivered')).toBe('none');
    expect(moneyEffect('disputed', 'completed')).toBe('release');
    expect(moneyEffect('disputed', 'cancelled')).toBe('refund');
  });

  it('leaves a dispute only by an admin’s decision, for every kind of order', () => {
    const disputed = facts('disputed');
    expect(transition(disputed, 'settle_release', 'admin')).toEqual({ ok: true, to: 'completed' });
    expect(transition(disputed, 'settle_split', 'admin')).toEqual({ ok: true, to: 'completed' });
    expect(transition(disputed, 'settle_refund', 'admin')).toEqual({ ok: true, to: 'cancelled' });
    for (const by of ['client', 'freelancer', 'system'] as const) {
      expect(transition(disputed, 'settle_release', by)).toEqual({ ok: false, code: 'order.not_your_turn' });
      expect(nextActions(disputed, by)).toEqual([]);
    }
    // Only a disputed order is settled: a decision cannot skip the dispute.
    for (const state of ORDER_STATES.filter((s) => s !== 'disputed')) expect(transition(facts(state), 'settle_release', 'admin')).toEqual({ ok: false, code: 'order.invalid_transition' });
    for (const kind of ['gig', 'milestone', 'hourly_week'] as const) for (const a of ['settle_release', 'settle_refund', 'settle_split'] as const) expect(actionFits(kind, a)).toBe(true);
  });
});

describe('deadlines', () => {
  it('accepts a delivery automatically after the configured days (3 by default)', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(autoAcceptAt(at).toISOString()).toBe('2026-12-04T10:00:00.000Z');
    expect(autoAcceptAt(at, 7).toISOString()).toBe('2026-12-08T10:00:00.000Z');
    for (const bad of [0, -1, 31, 2.5]) expect(() => autoAcceptAt(at, bad)).toThrow(RangeError);
  });

  it('says the time left in the nearest whole unit, and nothing once passed', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const HOUR = 3_600_000;
    const DAY = 24 * HOUR;
    const plus = (ms: number) => new Date(now.getTime() + ms);
    // A 4-day package read right after it was paid, a minute later, or half a day later: 4 days.
    expect(timeLeft(now, plus(4 * DAY))).toEqual({ unit: 'days', n: 4 });
    expect(timeLeft(now, plus(4 * DAY - 1))).toEqual({ unit: 'days', n: 4 });
    expect(timeLeft(now, plus(4 * DAY - 60_000))).toEqual({ unit: 'days', n: 4 });
    // Days round at the half day: 3½ days is 4, a millisecond less is 3.
    expect(timeLeft(now, plus(3.5 * DAY))).toEqual({ unit: 'days', n: 4 });
    expect(timeLeft(now, plus(3.5 * DAY - 1))).toEqual({ unit: 'days', n: 3 });
    expect(timeLeft(now, plus(1.5 * DAY))).toEqual({ unit: 'days', n: 2 });
    expect(timeLeft(now, plus(1.5 * DAY - 1))).toEqual({ unit: 'days', n: 1 });
    // Days from 23½ hours; hours below, rounding at the half hour.
    expect(timeLeft(now, plus(23.5 * HOUR))).toEqual({ unit: 'days', n: 1 });
    expect(timeLeft(now, plus(23.5 * HOUR - 1))).toEqual({ unit: 'hours', n: 23 });
    expect(timeLeft(now, plus(1.5 * HOUR))).toEqual({ unit: 'hours', n: 2 });
    expect(timeLeft(now, plus(1.5 * HOUR - 1))).toEqual({ unit: 'hours', n: 1 });
    expect(timeLeft(now, plus(HOUR))).toEqual({ unit: 'hours', n: 1 });
    // Under an hour it says so, down to the last millisecond; then nothing.
    expect(timeLeft(now, plus(HOUR - 1))).toEqual({ unit: 'under_hour', n: 0 });
    expect(timeLeft(now, plus(1))).toEqual({ unit: 'under_hour', n: 0 });
    expect(timeLeft(now, now)).toBeNull();
    expect(timeLeft(now, plus(-1))).toBeNull();
  });

  it('reads a package of 2 days or more as its days for its first half day (1 day for its first half hour), and never counts up as time passes', () => {
    const DAY = 86_400_000;
    const paid = new Date('2026-12-01T10:00:00Z');
    const inHours = (left: ReturnType<typeof timeLeft>) => (!left ? 0 : left.unit === 'days' ? left.n * 24 : left.unit === 'hours' ? left.n : 0.5);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 90 }), fc.integer({ min: 0, max: DAY / 2 - 1 }), (days, after) => {
        const due = new Date(paid.getTime() + days * DAY);
        expect(timeLeft(new Date(paid.getTime() + after), due)).toEqual({ unit: 'days', n: days });
      }),
    );
    expect(timeLeft(new Date(paid.getTime() + 30 * 60_000), new Date(paid.getTime() + DAY))).toEqual({ unit: 'days', n: 1 });
    expect(timeLeft(new Date(paid.getTime() + 30 * 60_000 + 1), new Date(paid.getTime() + DAY))).toEqual({ unit: 'hours', n: 23 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * DAY }), fc.integer({ min: 0, max: 10 * DAY }), fc.integer({ min: 1, max: 10 * DAY }), (a, b, span) => {
        const due = new Date(paid.getTime() + span);
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(inHours(timeLeft(new Date(paid.getTime() + late), due))).toBeLessThanOrEqual(inHours(timeLeft(new Date(paid.getTime() + early), due)));
      }),
    );
  });
});
