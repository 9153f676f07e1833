// Static files: our CSS and icon from public/, and the self-hosted Nastaliq font from
// @fontsource/noto-nastaliq-urdu. URLs carry a content hash, so they are cached for a year.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Hono } from 'hono';
import { acceptsGzip, gzip } from './compression.ts';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const fontDir = path.join(path.dirname(require.resolve('@fontsource/noto-nastaliq-urdu/package.json')), 'files');

interface Asset {
  body: Buffer;
  /** Gzipped once at start-up for text assets; fonts are compressed already. */
  gzipped: Buffer | undefined;
  type: string;
  hash: string;
}

const sources: Record<string, { file: string; type: string }> = {
  'app.css': { file: path.join(root, 'public/app.css'), type: 'text/css; charset=utf-8' },
  // Print CSS of receipts and invoices (src/receipts): A4, no navigation, the same font.
  'receipt.css': { file: path.join(root, 'public/receipt.css'), type: 'text/css; charset=utf-8' },
  'icon.svg': { file: path.join(root, 'public/icon.svg'), type: 'image/svg+xml' },
  // Sign-up's guess at the browser's time zone (src/accounts/views.tsx); the form works without it.
  'time-zone.js': { file: path.join(root, 'public/time-zone.js'), type: 'text/javascript; charset=utf-8' },
  // Live updates on signed-in pages (src/live, docs/decisions/0048); pages work without it.
  'live.js': { file: path.join(root, 'public/live.js'), type: 'text/javascript; charset=utf-8' },
  'nastaliq.woff2': { file: path.join(fontDir, 'noto-nastaliq-urdu-arabic-400-normal.woff2'), type: 'font/woff2' },
};

const cache = new Map<string, Asset>();

function load(name: string): Asset | undefined {
  const hit = cache.get(name);
  if (hit) return hit;
  const src = sources[name];
  if (!src) return undefined;
  let body = readFileSync(src.file);
  if (src.type.startsWith('text/css')) {
    // The font URL inside the CSS carries its own hash too.
    body = Buffer.from(body.toString('utf8').replace('url(/assets/nastaliq.woff2)', `url(${assetUrl('nastaliq.woff2')})`));
  }
  const asset = {
    body,
    gzipped: src.type.startsWith('font/') ? undefined : gzip(body, 9),
    type: src.type,
    hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
  };
  cache.set(name, asset);
  return asset;
}

export function assetUrl(name: string): string {
  const a = load(name);
  return a ? `/assets/${name}?v=${a.hash}` : `/assets/${name}`;
}

/** An asset's bytes and type, for code that serves them without HTTP (the receipts' PDF printer). */
export function assetBody(name: string): { body: Buffer; type: string } | undefined {
  const a = load(name);
  return a ? { body: a.body, type: a.type } : undefined;
}

export function mountAssets(app: Hono<any>): void {
  app.get('/assets/:name', (c) => {
    const a = load(c.req.param('name'));
    if (!a) return c.notFound();
    const versioned = c.req.query('v') === a.hash;
    const headers: Record<string, string> = {
      'content-type': a.type,
      'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      vary: 'Accept-Encoding',
    };
    if (a.gzipped && acceptsGzip(c)) return c.body(bytes(a.gzipped), 200, { ...headers, 'content-encoding': 'gzip' });
    return c.body(bytes(a.body), 200, headers);
  });
}

const bytes = (b: Buffer) => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);
