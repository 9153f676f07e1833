// Personal identifiers at rest (src/platform/secrets.ts, docs/decisions/0053): AES-256-GCM under
// keys from SECRETS_KEYS, each value carrying its key's id so keys can rotate.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, SecretUnreadable, seal, sealedWithOldKey, secretKeys } from './secrets.ts';

const key = () => randomBytes(32).toString('base64');
const config = (SECRETS_KEYS?: string) => ({ SECRETS_KEYS, secret: 'a session secret for tests only' });
const CNIC = '3520212345671';

/** The parts of a sealed value: v1.<key id>.<iv>.<tag>.<ciphertext>. */
const parts = (sealed: string) => sealed.split('.');

describe('sealing a secret', () => {
  const k1 = key();
  const keys = secretKeys(config(`k2026:${k1}`));

  it('opens to the same text, for ASCII and Urdu alike', () => {
    expect(open(keys, seal(keys, CNIC))).toBe(CNIC);
    expect(open(keys, seal(keys, 'عائشہ ۳۵۲۰۲'))).toBe('عائشہ ۳۵۲۰۲');
    expect(open(keys, seal(keys, ''))).toBe('');
  });

  it('names its format and key, and carries none of the text', () => {
    const sealed = seal(keys, CNIC);
    const [version, id, iv, tag, body] = parts(sealed);
    expect(version).toBe('v1');
    expect(id).toBe('k2026');
    // A 96-bit IV and a 128-bit tag, base64url.
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(body!, 'base64url')).toHaveLength(CNIC.length);
    expect(sealed).not.toContain(CNIC);
    expect(sealed).not.toContain(CNIC.slice(-4));
    expect(sealed).toMatch(/^v1\.k2026\.[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('looks different every time, so equal values cannot be matched', () => {
    const many = new Set(Array.from({ length: 50 }, () => seal(keys, CNIC)));
    expect(many.size).toBe(50);
    const ivs = new Set([...many].map((s) => parts(s)[2]));
    expect(ivs.size).toBe(50);
  });

  it('refuses a value changed anywhere: ciphertext, tag, IV or key id', () => {
    const sealed = seal(keys, CNIC);
    const flip = (b64: string) => {
      const b = Buffer.from(b64, 'base64url');
      b[0] = b[0]! ^ 1;
      return b.toString('base64url');
    };
    const [v, id, iv, tag, body] = parts(sealed) as [string, string, string, string, string];
    for (const tampered of [
      [v, id, iv, tag, flip(body)],
      [v, id, iv, flip(tag), body],
      [v, id, flip(iv), tag, body],
      [v, id, iv, tag, body.slice(0, -2)],
      [v, id, iv, tag, `${body}AA`],
    ]) {
      expect(() => open(keys, tampered.join('.'))).toThrow(SecretUnreadable);
    }
    // The same ciphertext put under another listed key does not open either.
    const both = secretKeys(config(`k2026:${k1},other:${key()}`));
    expect(() => open(both, [v, 'other', iv, tag, body].join('.'))).toThrow(SecretUnreadable);
  });

  it('refuses what is not a sealed value at all', () => {
    for (const junk of ['', CNIC, 'v1', 'v1.k2026', 'v2.k2026.a.b.c', `v1.k2026.${'A'.repeat(16)}`]) expect(() => open(keys, junk)).toThrow(SecretUnreadable);
  });
});

describe('rotating keys', () => {
  const oldKey = key();
  const newKey = key();
  const before = secretKeys(config(`old:${oldKey}`));
  const after = secretKeys(config(`new:${newKey},old:${oldKey}`));

  it('seals with the first key listed and still opens values sealed with a key listed after it', () => {
    const sealedBefore = seal(before, CNIC);
    expect(open(after, sealedBefore)).toBe(CNIC);
    const sealedAfter = seal(after, CNIC);
    expect(parts(sealedAfter)[1]).toBe('new');
    expect(open(after, sealedAfter)).toBe(CNIC);
    // Nothing sealed under the new key opens where only the old one is known.
    expect(() => open(before, sealedAfter)).toThrow(SecretUnreadable);
  });

  it('says which values need sealing again', () => {
    expect(sealedWithOldKey(after, seal(before, CNIC))).toBe(true);
    expect(sealedWithOldKey(after, seal(after, CNIC))).toBe(false);
  });

  it('cannot open a value once its key is dropped from the list', () => {
    const sealed = seal(before, CNIC);
    const dropped = secretKeys(config(`new:${newKey}`));
    expect(() => open(dropped, sealed)).toThrow(SecretUnreadable);
  });

  it('refuses a key id nobody listed, even with the right bytes', () => {
    const renamed = secretKeys(config(`renamed:${oldKey}`));
    expect(() => open(renamed, seal(before, CNIC))).toThrow(SecretUnreadable);
  });
});

describe('keys from the configuration', () => {
  it('without SECRETS_KEYS (development and tests) derives one key, "dev", from the session secret', () => {
    const a = secretKeys(config());
    const b = secretKeys(config());
    expect(a.current.id).toBe('dev');
    expect(a.current.key).toHaveLength(32);
    expect(open(b, seal(a, CNIC))).toBe(CNIC);
    const other = secretKeys({ SECRETS_KEYS: undefined, secret: 'another secret' });
    expect(() => open(other, seal(a, CNIC))).toThrow(SecretUnreadable);
  });

  it('parses a configuration once', () => {
    const c = config(`k:${key()}`);
    expect(secretKeys(c)).toBe(secretKeys(c));
  });
});
