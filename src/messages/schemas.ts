// What the conversation endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { CONTACT_KINDS } from './domain.ts';

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), display_name: z.string(), handle: z.string(), url: z.string().describe('/u/<handle>') });

export const conversationResponse = z.object({
  id: z.uuid(),
  url: z.string().describe('The conversation’s page: /messages/<id>'),
  kind: z.enum(['enquiry', 'order', 'contract']).describe('enquiry: before any order; order or contract: that one’s own conversation'),
  with: person.describe('The other person'),
  about: z
    .object({ kind: z.enum(['gig', 'job', 'order', 'contract']), title: z.string(), url: z.string() })
    .nullable()
    .describe('What it is about; null for a message from a profile'),
  unread: z.number().int().describe('Messages from the other person you have not read'),
  last_message: z.object({ text: z.string(), mine: z.boolean(), at: timestamp }).nullable(),
  updated_at: timestamp,
});

export const conversationListResponse = z.object({
  conversations: z.array(conversationResponse).describe('The most recently active first'),
  unread_conversations: z.number().int().describe('How many have a message you have not read (the header’s figure)'),
});

export const messageResponse = z.object({
  id: z.string().describe('Increasing within the site; also the cursor for ?before='),
  conversation_id: z.uuid(),
  sender: z.object({ display_name: z.string(), handle: z.string() }),
  mine: z.boolean(),
  text: z.string().describe('As written, in either script (show it with dir="auto")'),
  attachments: z.array(z.object({ name: z.string(), url: z.string().describe('/media/<key>/file: for the two people (and admins deciding a dispute)'), content_type: z.string(), bytes: z.number().int() })),
  flagged: z.array(z.enum(CONTACT_KINDS)).describe('Contact or payment details found before the two had an order or contract together'),
  created_at: timestamp,
});

export const messagePageResponse = z.object({
  messages: z.array(messageResponse).describe('Newest first'),
  next: z.string().nullable().describe('Pass as ?before= for older messages; null on the last page'),
  seen_up_to: z.string().describe('The id of the last message the other person has read ("0": none)'),
});

export const sentMessageResponse = z.object({
  conversation: conversationResponse,
  message: messageResponse,
  warning: z.string().nullable().describe('A translated warning about paying outside Hunar, when the message shared contact or payment details before the two worked together; the message was sent'),
});

export const readResponse = z.object({ conversation_id: z.uuid(), up_to: z.string().describe('The id of the last message you have now read') });

export const messageResponseSchemas = {
  Conversation: conversationResponse,
  ConversationList: conversationListResponse,
  Message: messageResponse,
  MessagePage: messagePageResponse,
  SentMessage: sentMessageResponse,
  ReadPointer: readResponse,
} as const;
