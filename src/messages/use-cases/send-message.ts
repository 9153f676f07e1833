// Sending a message: text and up to FILES_PER_MESSAGE files into a conversation the sender is in.
// The files are checked (type sniffed, size) and written first; the message, its media rows, the
// conversation's last message, the sender's read pointer, the live event and the notification are
// then one transaction. A refused message (blocked, too long, a forbidden file) leaves nothing: no
// row and no file. Contact details shared before the two have worked together are flagged and the
// sender warned (domain.ts), never blocked.
import { storageKey } from '../../media/domain.ts';
import { mediaColumns, newMediaKey, type Prepared, prepareAttachment, type Upload } from '../../media/service.ts';
import type { Tx } from '../../db/pool.ts';
import { publish } from '../../live/publish.ts';
import { notify } from '../../notifications/notify.ts';
import { markConversationRead } from '../../notifications/service.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { parseWith } from '../../platform/forms.ts';
import { checkMessage, type ContactKind, detectContactDetails, messageInput, needsWarning } from '../domain.ts';
import { checkNotBlocked, conversationFor, workedTogether } from './access.ts';

export interface SentMessage {
  id: string;
  conversationId: string;
  /** The sender shared contact or payment details before working together: show the off-platform warning. */
  warning: boolean;
  flags: ContactKind[];
}

interface StoredUpload {
  prepared: Prepared;
  key: string;
}

/**
 * Adds one message inside the caller's transaction (the conversation is already checked and
 * locked, the files already stored): the message row, its attachments, the conversation's last
 * message, the sender's read pointer, then the other person's live event and notification.
 */
export async function addMessage(tx: Tx, deps: Deps, conv: { id: string; otherId: string }, sender: { userId: string; displayName: string }, text: string, files: readonly StoredUpload[] = []): Promise<SentMessage> {
  const now = deps.clock.now();
  const found = detectContactDetails(text);
  const warning = needsWarning(found, found.length > 0 && (await workedTogether(tx, sender.userId, conv.otherId)));
  const flags = warning ? found : [];
  const row = await tx.insertInto('messages').values({ conversation_id: conv.id, sender_id: sender.userId, body: text, flags, created_at: now }).returning(['id', 'created_at']).executeTakeFirstOrThrow();
  for (const [position, f] of files.entries()) {
    await tx
      .insertInto('media')
      .values({ ...mediaColumns(f.prepared, f.key), purpose: 'message_attachment', owner_id: sender.userId, message_id: row.id, position, created_at: now })
      .execute();
  }
  await tx.updateTable('conversations').set({ last_message_id: row.id, last_message_at: now }).where('id', '=', conv.id).execute();
  await tx.updateTable('conversation_members').set({ read_up_to: row.id, read_at: now }).where('conversation_id', '=', conv.id).where('user_id', '=', sender.userId).execute();
  // Writing in a conversation reads it: the sender's own message notifications for it are done.
  await markConversationRead(deps, sender.userId, conv.id, tx);
  const me = await tx.selectFrom('users').select('handle').where('id', '=', sender.userId).executeTakeFirstOrThrow();
  await publish(deps, tx, [conv.otherId], 'message', { conversation_id: conv.id, message_id: row.id, sender: String(me.handle), text, created_at: row.created_at.toISOString() });
  await notify(deps, tx, { userId: conv.otherId, kind: 'message', params: { from: sender.displayName, conversation: conv.id }, link: `/messages/${conv.id}` });
  return { id: row.id, conversationId: conv.id, warning, flags };
}

/** Checks every file and writes it to storage under a new key; nothing is written unless all pass. */
export async function storeUploads(deps: Deps, uploads: readonly Upload[]): Promise<StoredUpload[]> {
  const prepared: Prepared[] = [];
  for (const u of uploads) prepared.push(await prepareAttachment(u));
  const out: StoredUpload[] = [];
  try {
    for (const p of prepared) {
      const key = newMediaKey();
      out.push({ prepared: p, key });
      await deps.storage.put(storageKey(key, 'file'), p.files[0]!.bytes);
    }
  } catch (e) {
    await removeUploads(deps, out);
    throw e;
  }
  return out;
}

export async function removeUploads(deps: Deps, stored: readonly StoredUpload[]): Promise<void> {
  await Promise.all(stored.map((s) => deps.storage.delete(storageKey(s.key, 'file')).catch(() => {})));
}

/** Sends a message (text and/or files) into one of the actor's conversations. */
export async function sendMessage(deps: Deps, actorIn: Actor | null, conversationId: string, raw: unknown, uploads: readonly Upload[] = []): Promise<SentMessage> {
  const actor = requireActor(actorIn);
  // Who may write here is checked before any file is read, and again under the lock.
  const first = await conversationFor(deps.db, conversationId, actor.userId);
  const { text } = parseWith(messageInput, raw ?? {});
  checkMessage(text, uploads.length);
  await checkNotBlocked(deps.db, actor.userId, first.otherId);
  const stored = await storeUploads(deps, uploads);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const conv = await conversationFor(tx, conversationId, actor.userId, { lock: true });
      await checkNotBlocked(tx, actor.userId, conv.otherId);
      return addMessage(tx, deps, conv, actor, text, stored);
    });
  } catch (e) {
    await removeUploads(deps, stored);
    throw e;
  }
}
