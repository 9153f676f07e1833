// GET /media/<key>/<file>: stored images (display, thumb) and job attachments (file), for whoever
// may see them (openMedia decides). Keys are random and a key's bytes never change, so answers are
// cached for a year: by anyone for public files, by the reader's browser only for the others.
import type { App } from '../platform/http.ts';
import { openMedia } from './service.ts';

export function mountMedia(app: App): void {
  app.get('/media/:key/:file', async (c) => {
    const f = await openMedia(c.get('deps'), c.get('actor'), c.req.param('key'), c.req.param('file'));
    // Served bytes are never a page: no scripts, no plugins, no sniffing them into one.
    c.header('content-security-policy', "default-src 'none'; sandbox");
    c.header('x-content-type-options', 'nosniff');
    c.header('cache-control', `${f.public ? 'public' : 'private'}, max-age=31536000, immutable`);
    c.header('content-disposition', f.disposition ?? 'inline');
    // The same bytes for every reader and language.
    c.header('vary', f.public ? undefined : 'Cookie');
    c.header('content-language', undefined);
    c.header('content-length', String(f.size));
    c.header('content-type', f.contentType);
    return c.body(f.body, 200);
  });
}
