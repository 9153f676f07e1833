// Keyset-pagination cursors that a client can hold but not forge: base64url(JSON payload) + "." +
// base64url(first 16 bytes of HMAC-SHA256). The payload is the sort key of the last row shown
// (for example { "score": 0.42, "id": "…" }); it is readable by anyone, so it must hold nothing
// secret, but any change to it — or a cursor made with another secret — is refused with
// AppError('search.bad_cursor') (400), never a 500 and never a query on tampered values.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../platform/errors.ts';

export type CursorPayload = Record<string, string | number>;

/** The longest cursor accepted (and produced): it travels in URLs. */
export const MAX_CURSOR_LENGTH = 512;

// A purpose label in the MAC input, so a cursor MAC can never be mistaken for another signature
// made with the same application secret (CSRF tokens, for one).
const PURPOSE = 'hunar.search.cursor.v1:';
const SIGNATURE_CHARS = 22; // 16 bytes in unpadded base64url
const SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/;

function sign(secret: string | Uint8Array, body: string): string {
  return createHmac('sha256', secret).update(PURPOSE).update(body).digest().subarray(0, 16).toString('base64url');
}

function isPayload(v: unknown): v is CursorPayload {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every((x) => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)));
}

/** Signs a payload into a cursor. Throws (a bug, not bad input) for a payload that cannot be one. */
export function encodeCursor(secret: string | Uint8Array, payload: CursorPayload): string {
  if (secret.length === 0) throw new Error('a cursor needs a secret');
  if (!isPayload(payload)) throw new Error('a cursor payload holds only strings and finite numbers');
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  const cursor = `${body}.${sign(secret, body)}`;
  if (cursor.length > MAX_CURSOR_LENGTH) throw new Error(`cursor longer than ${MAX_CURSOR_LENGTH} characters`);
  return cursor;
}

/** Checks a cursor's signature and returns its payload; anything else is AppError('search.bad_cursor'). */
export function decodeCursor(secret: string | Uint8Array, cursor: unknown): CursorPayload {
  const bad = () => new AppError('search.bad_cursor');
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !SHAPE.test(cursor)) throw bad();
  const dot = cursor.length - SIGNATURE_CHARS - 1;
  const body = cursor.slice(0, dot);
  // Compared as text: base64url decoding ignores a last character's spare bits, so bytes could
  // match for two different strings. Both sides are 22 ASCII characters here.
  const given = Buffer.from(cursor.slice(dot + 1), 'ascii');
  const expected = Buffer.from(sign(secret, body), 'ascii');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw bad();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  // Signed by us, so this only fails if the secret leaked or the format changed: still a 400.
  if (!isPayload(payload)) throw bad();
  return payload;
}
