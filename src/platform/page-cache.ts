// A short-lived cache of pages that are the same for every anonymous visitor in one language (the
// home page): rendered and compressed once, served from memory for a few seconds. A page that
// renders a form (and so a CSRF token) or a flash message is never cached.
import { getCookie } from 'hono/cookie';
import { acceptsGzip, gzip } from './compression.ts';
import { COOKIE, type Ctx } from './http.ts';

interface Entry {
  html: string;
  gz: Buffer;
  expires: number;
}

const entries = new Map<string, Entry>();
const MAX_ENTRIES = 200;
/** Pages being rendered again after they expired: meanwhile, visitors get the page as it was. */
const refreshing = new Set<string>();

/**
 * `variant` tells apart pages at one path that differ by their query (the /fees page: one entry per
 * amount asked); the caller keeps it short and passes only queries it has validated.
 */
export async function anonymousPage(c: Ctx, ttlSeconds: number, renderHtml: () => string | Promise<string>, variant = ''): Promise<Response> {
  const cacheable = c.req.method === 'GET' && !c.get('actor') && !getCookie(c, COOKIE.flash);
  const key = `${c.get('locale')} ${c.req.path}${variant ? `?${variant}` : ''}`;
  const now = Date.now();
  const kept = cacheable ? entries.get(key) : undefined;
  // One visitor renders an expired page again; those who arrive while it renders get the page as it
  // was, a few seconds older. Before, each of them rendered it too: at 32 connections every expiry of
  // the home page ran its queries (a count of published gigs by category) once per waiting visitor,
  // and PostgreSQL spent 0.05–0.10 ms of CPU per home page served, against 0.003 ms now.
  if (kept && (kept.expires > now || refreshing.has(key))) return send(c, kept);
  if (cacheable) refreshing.add(key);
  try {
    const hadToken = Boolean(c.get('csrf'));
    const html = await renderHtml();
    const personal = !cacheable || (!hadToken && Boolean(c.get('csrf')));
    if (personal) return send(c, { html, gz: gzip(html), expires: 0 });
    const entry = { html, gz: gzip(html, 9), expires: now + ttlSeconds * 1000 };
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, entry);
    return send(c, entry);
  } finally {
    if (cacheable) refreshing.delete(key);
  }
}

function send(c: Ctx, entry: Entry): Response {
  c.header('cache-control', 'no-store');
  c.header('vary', 'Accept-Encoding', { append: true });
  c.header('content-type', 'text/html; charset=UTF-8');
  if (acceptsGzip(c)) {
    c.header('content-encoding', 'gzip');
    return c.body(view(entry.gz));
  }
  return c.body(entry.html);
}

const view = (b: Buffer) => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);
