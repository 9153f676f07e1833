// The conversation endpoints under /api/v1: thin calls into the messages service (the same use
// cases the pages call). Someone who is not one of a conversation's two people gets not_found, never
// a hint that it exists. A message with a file goes to .../files (multipart: `file`, and `text` if any).
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { DOCUMENT_TYPES } from '../media/domain.ts';
import { AppError } from '../platform/errors.ts';
import type { UploadedFile } from '../platform/forms.ts';
import type { Ctx } from '../platform/http.ts';
import { messageInput, startInput } from './domain.ts';
import { conversationListResponse, type conversationResponse, messagePageResponse, type messageResponse, readResponse, sentMessageResponse } from './schemas.ts';
import * as messages from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const conversationId = (c: Ctx) => c.req.param('conversation') ?? '';
const params = { conversation: 'api.param.conversation' };
const person = (p: messages.Person) => ({ id: p.id, display_name: p.displayName, handle: p.handle, url: `/u/${encodeURIComponent(p.handle)}` });

export function conversationJson(i: messages.InboxItem): z.input<typeof conversationResponse> {
  return {
    id: i.id,
    url: `/messages/${i.id}`,
    kind: i.kind,
    with: person(i.other),
    about: i.about ? { kind: i.about.kind, title: i.about.title, url: i.about.url } : null,
    unread: i.unread,
    last_message: i.last ? { text: i.last.text, mine: i.last.mine, at: i.last.at.toISOString() } : null,
    updated_at: i.updatedAt.toISOString(),
  };
}

export function messageJson(conversation: string, m: messages.MessageView): z.input<typeof messageResponse> {
  return {
    id: m.id,
    conversation_id: conversation,
    sender: { display_name: m.sender.displayName, handle: m.sender.handle },
    mine: m.mine,
    text: m.text,
    attachments: m.attachments.map((a) => ({ name: a.name, url: a.url, content_type: a.contentType, bytes: a.bytes })),
    flagged: m.flags,
    created_at: m.at.toISOString(),
  };
}

/** The answer to a sent message: the conversation, the message and the translated warning if any. */
async function sent(c: Ctx, s: messages.SentMessage): Promise<z.input<typeof sentMessageResponse>> {
  const [conversation, message] = await Promise.all([messages.getConversation(deps(c), c.get('actor'), s.conversationId), messages.getMessage(deps(c), c.get('actor'), s.conversationId, s.id)]);
  return { conversation: conversationJson(conversation), message: messageJson(s.conversationId, message), warning: s.warning ? c.get('t')('messages.warning.off_platform') : null };
}

const pageQuery = z.object({ before: z.string().optional() });

export const messageEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listConversations',
    method: 'get',
    path: `${V1}/conversations`,
    tag: 'messages',
    auth: 'required',
    status: 200,
    response: conversationListResponse,
    async handle(c) {
      const list = await messages.listConversations(deps(c), c.get('actor'));
      return { conversations: list.map(conversationJson), unread_conversations: list.filter((i) => i.unread > 0).length };
    },
  }),
  endpoint({
    operationId: 'startConversation',
    method: 'post',
    path: `${V1}/conversations`,
    tag: 'messages',
    auth: 'required',
    request: { name: 'StartConversationRequest', schema: startInput },
    status: 201,
    response: sentMessageResponse,
    problems: ['not_found', 'auth.email_unverified', 'message.to_yourself', 'message.blocked', 'message.you_blocked', 'message.daily_limit'],
    async handle(c, body) {
      return sent(c, await messages.startConversation(deps(c), c.get('actor'), body));
    },
  }),
  endpoint({
    operationId: 'listMessages',
    method: 'get',
    path: `${V1}/conversations/{conversation}/messages`,
    tag: 'messages',
    auth: 'required',
    params,
    query: { schema: pageQuery, describe: { before: 'api.query.messages.before' } },
    status: 200,
    response: messagePageResponse,
    problems: ['not_found', 'validation.failed'],
    async handle(c) {
      const id = conversationId(c);
      const page = await messages.listMessages(deps(c), c.get('actor'), id, c.req.query('before'));
      return { messages: page.messages.map((m) => messageJson(id, m)), next: page.next, seen_up_to: page.otherReadUpTo };
    },
  }),
  endpoint({
    operationId: 'sendMessage',
    method: 'post',
    path: `${V1}/conversations/{conversation}/messages`,
    tag: 'messages',
    auth: 'required',
    params,
    request: { name: 'SendMessageRequest', schema: messageInput },
    status: 201,
    response: sentMessageResponse,
    problems: ['not_found', 'message.blocked', 'message.you_blocked'],
    async handle(c, body) {
      return sent(c, await messages.sendMessage(deps(c), c.get('actor'), conversationId(c), body));
    },
  }),
  endpoint({
    operationId: 'sendFile',
    method: 'post',
    path: `${V1}/conversations/{conversation}/files`,
    tag: 'messages',
    auth: 'required',
    params,
    upload: { field: 'file', types: DOCUMENT_TYPES },
    status: 201,
    response: sentMessageResponse,
    problems: ['not_found', 'message.blocked', 'message.you_blocked', 'media.unsupported_file', 'media.unreadable', 'media.too_many_pixels'],
    async handle(c, file) {
      const upload = file as UploadedFile | null;
      if (!upload) throw new AppError('media.missing');
      // The form's optional `text` part goes with the file as one message.
      const form = await c.req.parseBody();
      const text = typeof form.text === 'string' ? form.text : '';
      return sent(c, await messages.sendMessage(deps(c), c.get('actor'), conversationId(c), { text }, [upload]));
    },
  }),
  endpoint({
    operationId: 'markConversationRead',
    method: 'post',
    path: `${V1}/conversations/{conversation}/read`,
    tag: 'messages',
    auth: 'required',
    params,
    status: 200,
    response: readResponse,
    problems: ['not_found'],
    async handle(c) {
      const id = conversationId(c);
      const { upTo } = await messages.markRead(deps(c), c.get('actor'), id);
      return { conversation_id: id, up_to: upTo };
    },
  }),
];
