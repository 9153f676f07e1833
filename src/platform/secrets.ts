// Personal identifiers at rest (DESIGN.md, "Secrets at rest"): AES-256-GCM with a key from the
// environment (SECRETS_KEYS), the key's id stored with the ciphertext so keys can rotate: the first
// key seals, every listed key opens. A sealed value reads `v1.<key id>.<iv>.<tag>.<ciphertext>` (the
// last three base64url); the plaintext never reaches the database.
//
// Without SECRETS_KEYS (development and tests only: production refuses to start, src/config.ts) the
// key is derived from the session secret, under the id `dev`.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';

export interface SecretKeys {
  current: { id: string; key: Buffer };
  all: ReadonlyMap<string, Buffer>;
}

const cache = new WeakMap<object, SecretKeys>();

/** The keys of this configuration, parsed once. */
export function secretKeys(config: Pick<Config, 'SECRETS_KEYS' | 'secret'>): SecretKeys {
  const hit = cache.get(config);
  if (hit) return hit;
  const pairs: [string, Buffer][] = config.SECRETS_KEYS
    ? config.SECRETS_KEYS.split(',').map((part) => {
        const [id, b64] = part.split(':') as [string, string];
        return [id, Buffer.from(b64, 'base64')];
      })
    : [['dev', createHash('sha256').update(`hunar-secrets:${config.secret}`).digest()]];
  const keys: SecretKeys = { current: { id: pairs[0]![0], key: pairs[0]![1] }, all: new Map(pairs) };
  cache.set(config, keys);
  return keys;
}

/** Encrypts a value for storage; a new random IV each time, so equal values look different. */
export function seal(keys: SecretKeys, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.current.key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', keys.current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export class SecretUnreadable extends Error {}

/** The value a seal() made; throws SecretUnreadable for an unknown key or a tampered value. */
export function open(keys: SecretKeys, sealed: string): string {
  const [version, id, iv, tag, body] = sealed.split('.');
  const key = id === undefined ? undefined : keys.all.get(id);
  if (version !== 'v1' || !key || !iv || !tag || body === undefined) throw new SecretUnreadable('unknown key or format');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnreadable('the value does not open with its key');
  }
}

/** Whether a sealed value needs sealing again with the current key (after a rotation). */
export const sealedWithOldKey = (keys: SecretKeys, sealed: string) => sealed.split('.')[1] !== keys.current.id;
