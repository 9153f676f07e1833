// Random secrets and their stored form: only a SHA-256 of each token is kept in the database,
// so a leaked table lets nobody sign in or reset a password.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const ACCESS_TOKEN_PREFIX = 'hunar_pat_';
