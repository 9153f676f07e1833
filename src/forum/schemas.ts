// What the forum endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { CATEGORIES, REPORT_REASONS } from './domain.ts';

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ display_name: z.string(), handle: z.string(), url: z.string() });
const names = z.object({ en: z.string().nullable(), ur: z.string().nullable() });
const board = z.object({
  kind: z.enum(['category', 'association']),
  category: z.enum(CATEGORIES as [string, ...string[]]).nullable(),
  association: z.string().nullable().describe('The association’s slug, for a private board'),
  names: names.nullable().describe('The association’s names; a category’s name is in the page’s language'),
  url: z.string(),
});

const threadSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  author: person,
  reply_count: z.number().int(),
  last_post_at: timestamp,
  created_at: timestamp,
  pinned: z.boolean(),
  locked: z.boolean().describe('A locked thread takes no replies'),
  hidden: z.boolean().describe('Only the board’s moderators see hidden threads'),
  url: z.string(),
});

export const forumHomeResponse = z.object({
  categories: z.array(z.object({ category: z.enum(CATEGORIES as [string, ...string[]]), threads: z.number().int(), latest: threadSummary.nullable(), url: z.string() })),
  private_boards: z.array(z.object({ association: z.string(), names, threads: z.number().int(), url: z.string() })).describe('The boards of the caller’s associations (active members only)'),
  moderates: z.boolean().describe('The caller moderates at least one board (GET /api/v1/forum/moderation)'),
});

const permissions = z.object({ can_post: z.boolean(), can_moderate: z.boolean() });

export const forumBoardResponse = z.object({
  board,
  threads: z.array(threadSummary).describe('Pinned first, then by latest post'),
  total: z.number().int(),
  page: z.number().int(),
  pages: z.number().int(),
  permissions,
});

const post = z.object({
  id: z.uuid(),
  author: person,
  body: z.string().describe('Markdown as written (render it safely: no HTML); empty for a hidden post unless the caller moderates the board'),
  opening: z.boolean(),
  created_at: timestamp,
  hidden: z.boolean(),
  quote: z.object({ id: z.uuid(), author_name: z.string(), excerpt: z.string().nullable().describe('Null when the quoted post was hidden') }).nullable(),
});

export const forumThreadResponse = z.object({
  board,
  thread: threadSummary,
  posts: z.array(post).describe('Oldest first'),
  page: z.number().int(),
  pages: z.number().int(),
  permissions: permissions.extend({ can_reply: z.boolean() }),
});

export const forumCreatedResponse = z.object({
  thread: z.uuid(),
  post: z.uuid().nullable().describe('The new reply, for a reply'),
  url: z.string(),
});

export const forumSearchResponse = z.object({
  q: z.string(),
  hits: z.array(z.object({ thread: threadSummary, board_url: z.string(), category: z.string().nullable(), association_names: names.nullable(), excerpt: z.string() })),
});

export const forumModerationResponse = z.object({
  every_board: z.boolean().describe('Moderators and admins see every board; officers their associations’ boards'),
  reports: z.array(
    z.object({
      id: z.uuid(),
      reason: z.enum(REPORT_REASONS as [string, ...string[]]),
      note: z.string(),
      created_at: timestamp,
      reporter_name: z.string(),
      post: z.object({ id: z.uuid(), thread: z.uuid(), thread_title: z.string(), author_name: z.string(), excerpt: z.string(), hidden: z.boolean() }),
    }),
  ),
  log: z.array(z.object({ kind: z.string().describe('forum.thread.pin, forum.post.hide, forum.report.dismiss, …'), actor_name: z.string(), at: timestamp, thread: z.uuid().nullable(), title: z.string(), reason: z.string() })),
});

export const forumResponseSchemas = {
  ForumHome: forumHomeResponse,
  ForumBoard: forumBoardResponse,
  ForumThread: forumThreadResponse,
  ForumCreated: forumCreatedResponse,
  ForumSearch: forumSearchResponse,
  ForumModeration: forumModerationResponse,
} as const;
