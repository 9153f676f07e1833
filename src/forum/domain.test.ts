// The forum's pure rules: what a post may hold, who may read, post and moderate which board, what
// each moderator action changes, and the posting limits of new accounts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../platform/forms.ts';
import {
  applyPostAction,
  applyThreadAction,
  type Board,
  canModerate,
  canPost,
  canRead,
  excerpt,
  hasHtmlOutsideCode,
  isNewAccount,
  NEW_PER_DAY,
  NEW_PER_HOUR,
  PER_HOUR,
  postBlocks,
  postingLimits,
  replyInput,
  type Standing,
  THREAD_ACTIONS,
  threadInput,
  threadModerationInput,
} from './domain.ts';

const PUBLIC: Board = { kind: 'category', category: 'women-freelancers' };
const PRIVATE: Board = { kind: 'association', associationId: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b', slug: 'multan-women-designers' };
const who = (s: Partial<Standing>): Standing => ({ signedIn: true, staff: false, member: false, officer: false, ...s });
const fieldsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { fields: Record<string, { key: string }> }).fields;
  }
  return {};
};

describe('what a post may hold', () => {
  it('refuses an HTML tag in the text, with a message that says how to show code', () => {
    for (const body of ['<script>alert(1)</script>', 'Hello <img src=x onerror=alert(1)>', 'see </div> here', '<!-- hidden -->', '- item <b>bold</b>', '**<i>x</i>**', '[<svg onload=x>](https://a.pk)'])
      expect(hasHtmlOutsideCode(body), body).toBe(true);
    expect(fieldsOf(() => parseWith(threadInput, { title: 'Help with my gig', body: '<script>alert(1)</script>' })).body?.key).toBe('field.forum_html');
  });

  it('accepts tags inside code, and a "<" that opens no tag', () => {
    for (const body of ['My `<script>` runs twice', '```html\n<script src="app.js"></script>\n```', 'Rs 5,000 < Rs 8,000 for a logo', 'I <3 Multan', 'if a < b > c', 'تیر <- یہاں'])
      expect(hasHtmlOutsideCode(body), body).toBe(false);
  });

  it('keeps text as written in Urdu, English and Roman Urdu, and trims it', () => {
    const out = parseWith(threadInput, { title: '  پہلا کلائنٹ کیسے ملے؟ ', body: 'Pehla client kaise mila? **Fiverr** ya Upwork?' });
    expect(out).toEqual({ title: 'پہلا کلائنٹ کیسے ملے؟', body: 'Pehla client kaise mila? **Fiverr** ya Upwork?' });
  });

  it('names the limit: a title of 5 to 150 characters, no markup in it, a body up to 10,000', () => {
    expect(fieldsOf(() => parseWith(threadInput, { title: 'Hi', body: 'ok ok' })).title?.key).toBe('field.too_short');
    expect(fieldsOf(() => parseWith(threadInput, { title: 'x'.repeat(151), body: 'ok ok' })).title?.key).toBe('field.too_long');
    expect(fieldsOf(() => parseWith(threadInput, { title: 'A <b> title', body: 'ok ok' })).title?.key).toBe('field.no_markup');
    expect(fieldsOf(() => parseWith(threadInput, { title: 'A fine title', body: 'x'.repeat(10_001) })).body?.key).toBe('field.too_long');
    expect(fieldsOf(() => parseWith(replyInput, { body: '' })).body?.key).toBe('field.required');
  });

  it('reads an empty quote as none, and refuses one that is not an id', () => {
    expect(parseWith(replyInput, { body: 'Shukriya!', quote: '' }).quote).toBeNull();
    expect(fieldsOf(() => parseWith(replyInput, { body: 'Shukriya!', quote: 'abc' })).quote?.key).toBe('field.invalid');
  });

  it('asks for a reason to hide, not to pin', () => {
    expect(fieldsOf(() => parseWith(threadModerationInput, { action: 'hide', reason: '' })).reason?.key).toBe('field.forum_reason');
    expect(parseWith(threadModerationInput, { action: 'pin' })).toEqual({ action: 'pin', reason: '' });
    expect(fieldsOf(() => parseWith(threadModerationInput, { action: 'delete' })).action?.key).toBe('field.invalid');
  });

  it('shows headings of a post as third-level headings without anchors', () => {
    expect(postBlocks('# Big {#top}\ntext')[0]).toEqual({ kind: 'heading', level: 3, id: null, content: [{ kind: 'text', text: 'Big' }] });
  });

  it('cuts an excerpt at a word, and keeps short text whole', () => {
    expect(excerpt('Payoneer se **JazzCash** tak', 100)).toBe('Payoneer se JazzCash tak');
    const long = excerpt('word '.repeat(100), 23);
    expect(long.endsWith('…')).toBe(true);
    expect([...long].length).toBeLessThanOrEqual(24);
    fc.assert(fc.property(fc.string({ maxLength: 600 }), (s) => [...excerpt(s)].length <= 281));
  });
});

describe('who may', () => {
  it('lets everyone read a category, and only members and staff read a private board', () => {
    expect(canRead(PUBLIC, who({ signedIn: false }))).toBe(true);
    expect(canRead(PRIVATE, who({ signedIn: false }))).toBe(false);
    expect(canRead(PRIVATE, who({}))).toBe(false);
    expect(canRead(PRIVATE, who({ member: true }))).toBe(true);
    expect(canRead(PRIVATE, who({ staff: true }))).toBe(true);
  });

  it('lets signed-in people post in a category, and only members on a private board', () => {
    expect(canPost(PUBLIC, who({ signedIn: false }))).toBe(false);
    expect(canPost(PUBLIC, who({}))).toBe(true);
    expect(canPost(PRIVATE, who({ staff: true }))).toBe(false);
    expect(canPost(PRIVATE, who({ member: true }))).toBe(true);
  });

  it('lets staff moderate every board, and officers their own board only', () => {
    expect(canModerate(PUBLIC, who({ staff: true }))).toBe(true);
    expect(canModerate(PRIVATE, who({ staff: true }))).toBe(true);
    expect(canModerate(PUBLIC, who({ member: true, officer: true }))).toBe(false);
    expect(canModerate(PRIVATE, who({ member: true, officer: true }))).toBe(true);
    expect(canModerate(PRIVATE, who({ member: true }))).toBe(false);
  });
});

describe('moderator actions', () => {
  it('changes one flag, and refuses an action that would change nothing', () => {
    const flags = { pinned: false, locked: false, hidden: false };
    expect(applyThreadAction(flags, 'pin')).toEqual({ pinned: true, locked: false, hidden: false });
    expect(applyThreadAction(flags, 'unpin')).toBeNull();
    expect(applyThreadAction({ ...flags, locked: true }, 'unlock')).toEqual(flags);
    expect(applyPostAction(false, 'hide')).toBe(true);
    expect(applyPostAction(true, 'hide')).toBeNull();
    expect(applyPostAction(true, 'unhide')).toBe(false);
  });

  it('undoes every action it does', () => {
    fc.assert(
      fc.property(fc.record({ pinned: fc.boolean(), locked: fc.boolean(), hidden: fc.boolean() }), fc.constantFrom(...THREAD_ACTIONS), (flags, action) => {
        const after = applyThreadAction(flags, action);
        if (!after) return;
        const undo = (action.startsWith('un') ? action.slice(2) : `un${action}`) as (typeof THREAD_ACTIONS)[number];
        expect(applyThreadAction(after, undo)).toEqual(flags);
      }),
    );
  });
});

describe('posting limits', () => {
  const now = new Date('2026-03-02T06:00:00Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

  it('holds accounts younger than 7 days to a few posts an hour and a day', () => {
    expect(isNewAccount(daysAgo(6.9), now)).toBe(true);
    expect(isNewAccount(daysAgo(7), now)).toBe(false);
    expect(postingLimits('u1', daysAgo(1), now, false).map((l) => [l.max, l.windowSeconds])).toEqual([
      [NEW_PER_HOUR, 3600],
      [NEW_PER_DAY, 86_400],
    ]);
  });

  it('gives older accounts a flood limit only, and staff none', () => {
    expect(postingLimits('u1', daysAgo(30), now, false).map((l) => l.max)).toEqual([PER_HOUR]);
    expect(postingLimits('u1', daysAgo(0), now, true)).toEqual([]);
  });
});
