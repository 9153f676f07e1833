import type { App } from '../platform/http.ts';
import { pageCtx } from '../platform/layout.tsx';
import { anonymousPage } from '../platform/page-cache.ts';
import { getHomeData } from './service.ts';
import { HomePage } from './views.tsx';

export function mountHome(app: App): void {
  // The same for every visitor in one language, so it is served from a 10-second cache.
  app.get('/', (c) =>
    anonymousPage(c, 10, async () => {
      const data = await getHomeData(c.get('deps').db);
      return `<!doctype html>${String(<HomePage ctx={pageCtx(c)} data={data} />)}`;
    }),
  );
}
