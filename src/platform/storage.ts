// Where uploaded files live: a small key → bytes interface (docs/decisions/0022). The default keeps
// files on local disk under STORAGE_DIR (DATA_DIR/files); an S3-compatible adapter implements the
// same four methods. Keys are made by the media service (random, never from a user's file name).
//
// Local disk and several processes: a file is written to a temporary name in its final directory
// and renamed into place, so a reader in another process sees either nothing or the whole file,
// never half of one. Any number of app processes on one machine may share the directory.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

export interface StoredFile {
  /** The bytes as a web stream, for a Response body. */
  body: ReadableStream<Uint8Array>;
  size: number;
}

export interface Storage {
  /** Stores the bytes under the key, replacing what was there; whole or not at all. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The whole file, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** A stream of the file (for serving), or null when there is none. */
  open(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

// Lower-case letters, digits, '-', '_' and '.', in segments separated by '/': no '..', no absolute
// paths, nothing a file system or an S3 bucket would read differently.
const KEY = /^(?!.*\.\.)[a-z0-9_-][a-z0-9_.-]{0,99}(?:\/[a-z0-9_-][a-z0-9_.-]{0,99}){0,4}$/i;

export function isValidKey(key: string): boolean {
  return KEY.test(key);
}

function checkKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}

/** Files under one directory (created on first write); the key's segments become directories. */
export function localStorage(root: string): Storage {
  const dir = path.resolve(root);
  const fileOf = (key: string) => {
    checkKey(key);
    return path.join(dir, ...key.split('/'));
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString('hex')}.part`;
      const handle = await open(temp, 'wx', 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temp, file);
      } catch (e) {
        await rm(temp, { force: true });
        throw e;
      }
    },
    async get(key) {
      const file = fileOf(key);
      try {
        const handle = await open(file, 'r');
        try {
          return await handle.readFile();
        } finally {
          await handle.close();
        }
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async open(key) {
      const file = fileOf(key);
      try {
        const info = await stat(file);
        if (!info.isFile()) return null;
        return { body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async delete(key) {
      try {
        await unlink(fileOf(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    },
  };
}
