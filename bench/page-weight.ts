// Page weight on a first visit: the HTML plus every stylesheet and script it links, fetched the way a
// browser does (Accept-Encoding: gzip...), counting the bytes that cross the wire (compressed bodies).
// The Urdu font is left out by design (DESIGN.md: one file, cached for a year); images and icons
// are not HTML/CSS/JS and are left out too.
import http from 'node:http';
import zlib from 'node:zlib';
import { BROWSER_HEADERS } from './http-load.ts';
import type { BenchContext, Measurement, Suite } from './types.ts';

interface Fetched {
  url: string;
  status: number;
  bytes: number;
  encoding: string;
  type: string;
  body: string | null;
}

/** GET without decompressing, so `bytes` is what was transferred. Text bodies are returned decoded. */
function get(url: string, headers: Record<string, string>): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(res.headers['content-encoding'] ?? 'identity');
        const type = String(res.headers['content-type'] ?? '');
        try {
          const body = /text\/html/.test(type) ? decode(raw, encoding).toString('utf8') : null;
          resolve({ url, status: res.statusCode ?? 0, bytes: raw.length, encoding, type, body });
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.on('error', reject);
  });
}

function decode(raw: Buffer, encoding: string): Buffer {
  if (encoding === 'gzip') return zlib.gunzipSync(raw);
  if (encoding === 'deflate') return zlib.inflateSync(raw);
  if (encoding === 'br') return zlib.brotliDecompressSync(raw);
  return raw;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

/** Stylesheets and scripts a browser fetches for this HTML (fonts excluded). */
export function linkedResources(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const as = (attr(tag, 'as') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet') || rel.includes('modulepreload') || (rel.includes('preload') && (as === 'style' || as === 'script'))) urls.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) urls.push(src);
  }
  return [...new Set(urls)].filter((u) => !/\.(woff2?|ttf|otf)(\?|$)/i.test(u));
}

export interface WeightTarget {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

export async function measureWeight(ctx: BenchContext, target: WeightTarget): Promise<Measurement> {
  const headers = { ...BROWSER_HEADERS, ...target.headers };
  const page = await get(new URL(target.path, ctx.appUrl).toString(), headers);
  const problems: string[] = [];
  if (page.status !== 200) problems.push(`page status ${page.status}`);
  const assets = await Promise.all(
    linkedResources(page.body ?? '').map((u) => get(new URL(u, page.url).toString(), { ...headers, accept: /\.css(\?|$)/.test(u) ? 'text/css,*/*;q=0.1' : '*/*' })),
  );
  for (const a of assets) if (a.status !== 200) problems.push(`${a.url} status ${a.status}`);
  const all = [page, ...assets];
  const bytes = all.reduce((sum, f) => sum + f.bytes, 0);
  const m: Measurement = {
    name: target.name,
    kind: 'page_weight',
    ok: problems.length === 0,
    kb_gz: Math.round((bytes / 1024) * 10) / 10,
    bytes,
    path: target.path,
    resources: all.map((f) => ({ url: new URL(f.url).pathname, bytes: f.bytes, encoding: f.encoding })),
  };
  if (problems.length) m.problem = problems.join('; ');
  ctx.log(`weight ${target.name}: ${m.kb_gz} KB (${all.map((f) => `${new URL(f.url).pathname} ${f.bytes} B ${f.encoding}`).join(', ')})`);
  return m;
}

export const PAGE_WEIGHT_TARGETS: WeightTarget[] = [
  { name: 'weight_home_en', path: '/', headers: { 'accept-language': 'en' } },
  { name: 'weight_home_ur', path: '/', headers: { 'accept-language': 'ur' } },
  { name: 'weight_login', path: '/login', headers: { 'accept-language': 'en' } },
  { name: 'weight_signup', path: '/signup', headers: { 'accept-language': 'en' } },
];

export function pageWeightSuite(targets: WeightTarget[] = PAGE_WEIGHT_TARGETS): Suite {
  return {
    name: 'page_weight',
    async run(ctx) {
      const out: Measurement[] = [];
      for (const t of targets) out.push(await measureWeight(ctx, t));
      return out;
    },
  };
}
