// /terms, /privacy, /help, /contact: the same for every anonymous visitor in one language, so served
// from the short page cache like the home page.
import type { App } from '../platform/http.ts';
import { pageCtx } from '../platform/layout.tsx';
import { anonymousPage } from '../platform/page-cache.ts';
import { CONTENT_PAGES, getContentPage } from './service.ts';
import { ContentPageView } from './views.tsx';

export function mountContent(app: App): void {
  for (const name of CONTENT_PAGES) {
    app.get(`/${name}`, (c) =>
      anonymousPage(c, 10, async () => {
        const page = await getContentPage(c.get('deps'), name, c.get('locale'));
        return `<!doctype html>${String(<ContentPageView ctx={pageCtx(c)} page={page} />)}`;
      }),
    );
  }
}
