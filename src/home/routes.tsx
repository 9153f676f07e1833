import type { App } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { HomePage } from './views.tsx';

export function mountHome(app: App): void {
  app.get('/', (c) => render(c, <HomePage ctx={pageCtx(c)} />));
}
