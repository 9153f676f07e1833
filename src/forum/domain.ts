// The forum's pure rules (docs/decisions/0066-forum.md): the boards, what a post may hold, who may
// read, post and moderate, what each moderator action changes, and the posting limits of new
// accounts. No I/O.
//
// Invariants (domain.test.ts):
// - a board is a public category or one association's private board, never both;
// - a private board is read by its association's active members and by Hunar's moderators and
//   admins; everyone else is told it does not exist (not_found), so its existence is not revealed;
// - only members post on a private board; moderators and admins moderate every board, an
//   association's officers their own board only;
// - a post keeps its text as written; no HTML tag outside code (inline `code` or a fenced block)
//   is accepted, and what is shown is escaped text, so nothing a person writes runs in a browser;
// - a moderator action that would change nothing is refused, so every logged action changed a thing;
// - accounts younger than NEW_ACCOUNT_DAYS post at most NEW_PER_HOUR times an hour and
//   NEW_PER_DAY times a day; older accounts at most PER_HOUR an hour; staff are not limited.
import { z } from 'zod';
import { type Block, type Inline, parseMarkdown } from '../content/markdown.ts';
import type { Limit } from '../platform/rate-limit.ts';
import { multiLine, singleLine } from '../platform/text.ts';
import type { CategorySlug, ReportReason } from './tables.ts';

export const CATEGORIES: readonly CategorySlug[] = ['getting-started', 'tax-payments', 'skills', 'clients-contracts', 'women-freelancers'];
export const isCategory = (s: string): s is CategorySlug => (CATEGORIES as readonly string[]).includes(s);

export type Board = { kind: 'category'; category: CategorySlug } | { kind: 'association'; associationId: string; slug: string };

export const TITLE_MIN = 5;
export const TITLE_MAX = 150;
export const BODY_MIN = 2;
export const BODY_MAX = 10_000;
export const NOTE_MAX = 500;
export const THREADS_PER_PAGE = 30;
export const POSTS_PER_PAGE = 50;
/** How much of a quoted post is shown above the reply that quotes it. */
export const QUOTE_EXCERPT = 280;

// --- What a post may hold ------------------------------------------------------------------------

// An HTML tag or comment as a browser reads one: "<script>", "</div>", "<img src=x onerror=...>",
// "<!--". A "<" that opens no tag ("a < b > c", "<3", "<<") is ordinary text.
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;

function inlineText(content: readonly Inline[]): string {
  return content
    .filter((i) => i.kind !== 'code')
    .map((i) => (i.kind === 'link' ? `${i.text} ${i.href}` : i.kind === 'image' ? `${i.text} ${i.src}` : i.text))
    .join(' ');
}

/**
 * Whether the text holds an HTML tag outside code. Code is where people who build websites talk
 * about tags ("my `<script>` runs twice"), and there it is shown as written; anywhere else a tag is
 * refused with a message saying so, rather than stored and shown as a puzzle.
 */
export function hasHtmlOutsideCode(body: string): boolean {
  for (const block of parseMarkdown(body)) {
    if (block.kind === 'code') continue;
    const parts = block.kind === 'list' ? block.items : [block.content];
    if (parts.some((p) => HTML_TAG.test(inlineText(p)))) return true;
  }
  return false;
}

const body = multiLine(BODY_MAX, BODY_MIN).check((ctx) => {
  if (hasHtmlOutsideCode(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.forum_html', input: ctx.value });
});

export const threadInput = z.object({
  title: singleLine(TITLE_MAX, TITLE_MIN),
  body,
});

const optionalId = z
  .string()
  .optional()
  .transform((s) => (s ? s : null))
  .pipe(z.uuid({ error: 'field.invalid' }).nullable());

export const replyInput = z.object({
  body,
  quote: optionalId.describe('The id of an earlier post of the same thread to quote'),
});

export const REPORT_REASONS: readonly ReportReason[] = ['spam', 'abuse', 'harassment', 'off_topic', 'other'];
export const reportInput = z.object({
  reason: z.enum(REPORT_REASONS as [ReportReason, ...ReportReason[]]),
  note: multiLine(NOTE_MAX).optional().default(''),
});

export const THREAD_ACTIONS = ['pin', 'unpin', 'lock', 'unlock', 'hide', 'unhide'] as const;
export type ThreadAction = (typeof THREAD_ACTIONS)[number];
export const POST_ACTIONS = ['hide', 'unhide'] as const;
export type PostAction = (typeof POST_ACTIONS)[number];

const reason = multiLine(NOTE_MAX).optional().default('');
/** Hiding asks for a reason (the author and the log see it); other actions may give one. */
const needsReason = (v: { action: string; reason: string }, ctx: z.core.$RefinementCtx) => {
  if (v.action === 'hide' && v.reason.length < 3) ctx.addIssue({ code: 'custom', message: 'field.forum_reason', path: ['reason'], input: v.reason });
};
export const threadModerationInput = z.object({ action: z.enum(THREAD_ACTIONS), reason }).superRefine(needsReason);
export const postModerationInput = z.object({ action: z.enum(POST_ACTIONS), reason }).superRefine(needsReason);

/**
 * A post's text as blocks for the page: its Markdown, with headings made third-level (a post sits
 * under the thread's title) and no anchors (ids chosen by posters could clash with the page's).
 */
export function postBlocks(text: string): Block[] {
  return parseMarkdown(text).map((b) => (b.kind === 'heading' ? { ...b, level: 3, id: null } : b));
}

/** A short plain excerpt of a post for a quote or a search result, cut at a word. */
export function excerpt(text: string, max = QUOTE_EXCERPT): string {
  const flat = text
    .replace(/```[^\n]*\n?/g, ' ')
    .replace(/[*`#>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if ([...flat].length <= max) return flat;
  const cut = [...flat].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// --- Who may -------------------------------------------------------------------------------------

/** What the service knows about the person looking at a board. */
export interface Standing {
  /** Signed in. */
  signedIn: boolean;
  /** An admin, or holds the moderator role. */
  staff: boolean;
  /** For a private board: an active member of its (active) association. */
  member: boolean;
  /** For a private board: one of its officers. */
  officer: boolean;
}

export const canRead = (board: Board, s: Standing): boolean => board.kind === 'category' || s.member || s.staff;
export const canPost = (board: Board, s: Standing): boolean => s.signedIn && (board.kind === 'category' || s.member);
export const canModerate = (board: Board, s: Standing): boolean => s.staff || (board.kind === 'association' && s.officer);

// --- Moderator actions ---------------------------------------------------------------------------

export interface ThreadFlags {
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
}

/** The flags after an action, or null when it would change nothing (pinning a pinned thread). */
export function applyThreadAction(flags: ThreadFlags, action: ThreadAction): ThreadFlags | null {
  const field = action === 'pin' || action === 'unpin' ? 'pinned' : action === 'lock' || action === 'unlock' ? 'locked' : 'hidden';
  const to = !action.startsWith('un');
  if (flags[field] === to) return null;
  return { ...flags, [field]: to };
}

/** Whether a post is hidden after the action, or null when it would change nothing. */
export function applyPostAction(hidden: boolean, action: PostAction): boolean | null {
  const to = action === 'hide';
  return hidden === to ? null : to;
}

// --- Posting limits ------------------------------------------------------------------------------

export const NEW_ACCOUNT_DAYS = 7;
export const NEW_PER_HOUR = 3;
export const NEW_PER_DAY = 10;
export const PER_HOUR = 30;
export const REPORTS_PER_DAY = 20;
const DAY_MS = 86_400_000;

export const isNewAccount = (createdAt: Date, now: Date): boolean => now.getTime() - createdAt.getTime() < NEW_ACCOUNT_DAYS * DAY_MS;

/** The fixed windows a post counts against (src/platform/rate-limit.ts); none for staff. */
export function postingLimits(userId: string, createdAt: Date, now: Date, staff: boolean): Limit[] {
  if (staff) return [];
  if (isNewAccount(createdAt, now))
    return [
      { key: `forum:post:hour:${userId}`, max: NEW_PER_HOUR, windowSeconds: 3600 },
      { key: `forum:post:day:${userId}`, max: NEW_PER_DAY, windowSeconds: 86_400 },
    ];
  return [{ key: `forum:post:hour:${userId}`, max: PER_HOUR, windowSeconds: 3600 }];
}
