// The site's signing keys (docs/decisions/0058): an Ed25519 pair made with node:crypto the first
// time one is needed, its private half sealed with src/platform/secrets.ts before it reaches the
// database. A rotation retires the current key and makes a new one; every key stays published in the
// DID document, so what an old key signed still verifies.
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import type { Executor } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { open, seal, secretKeys } from '../platform/secrets.ts';
import { compactJws, didWeb, type JwsHeader, jwkThumbprint, keyId, type PublishedKey, signingInput } from './domain.ts';
import type { PublicJwk } from './tables.ts';

type KeyDeps = Pick<Deps, 'config' | 'clock'>;

/** A new key pair, its private half sealed: the row to insert. */
function newKey(deps: KeyDeps) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const exported = publicKey.export({ format: 'jwk' });
  const jwk: PublicJwk = { kty: 'OKP', crv: 'Ed25519', x: String(exported.x) };
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64url');
  return { kid: jwkThumbprint(jwk), public_jwk: JSON.stringify(jwk), private_sealed: seal(secretKeys(deps.config), pkcs8), created_at: deps.clock.now() };
}

export interface SigningKey {
  kid: string;
  sign(data: string): Uint8Array;
}

/** The current key, made the first time one is needed (two processes at once keep one: a unique index). */
export async function currentKey(tx: Executor, deps: KeyDeps): Promise<SigningKey> {
  const find = () => tx.selectFrom('issuer_keys').select(['kid', 'private_sealed']).where('retired_at', 'is', null).executeTakeFirst();
  let row = await find();
  if (!row) {
    await tx.insertInto('issuer_keys').values(newKey(deps)).onConflict((oc) => oc.doNothing()).execute();
    row = await find();
    if (!row) throw new Error('no current issuer key after making one');
  }
  const privateKey = createPrivateKey({ key: Buffer.from(open(secretKeys(deps.config), row.private_sealed), 'base64url'), format: 'der', type: 'pkcs8' });
  return { kid: row.kid, sign: (data) => sign(null, Buffer.from(data, 'utf8'), privateKey) };
}

/** Retires the current key and makes a new one; returns both kids (old is null when there was none). */
export async function rotateKey(tx: Executor, deps: KeyDeps): Promise<{ retired: string | null; current: string }> {
  const old = await tx.selectFrom('issuer_keys').select('kid').where('retired_at', 'is', null).forUpdate().executeTakeFirst();
  if (old) await tx.updateTable('issuer_keys').set({ retired_at: deps.clock.now() }).where('kid', '=', old.kid).execute();
  const row = newKey(deps);
  await tx.insertInto('issuer_keys').values(row).execute();
  return { retired: old?.kid ?? null, current: row.kid };
}

export interface KeyView extends PublishedKey {
  createdAt: Date;
  retiredAt: Date | null;
}

/** Every key the site has signed with, newest first. */
export async function publishedKeys(db: Executor): Promise<KeyView[]> {
  const rows = await db.selectFrom('issuer_keys').select(['kid', 'public_jwk', 'created_at', 'retired_at']).orderBy('created_at', 'desc').orderBy('kid').execute();
  return rows.map((r) => ({ kid: r.kid, jwk: r.public_jwk, createdAt: r.created_at, retiredAt: r.retired_at }));
}

/** A compact JWS of `payload` signed with the current key: { alg: EdDSA, kid: <DID URL>, typ: JWT }. */
export async function signJwt(tx: Executor, deps: KeyDeps, payload: Record<string, unknown>): Promise<string> {
  const key = await currentKey(tx, deps);
  const header: JwsHeader = { alg: 'EdDSA', kid: keyId(didWeb(deps.config.baseUrl), key.kid), typ: 'JWT' };
  const input = signingInput(header, payload);
  return compactJws(input, key.sign(input));
}
