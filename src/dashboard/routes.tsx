// The dashboard page: signed-in people only; everyone else logs in first and comes back here.
import type { App } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { getDashboard } from './service.ts';
import { DashboardPage } from './views.tsx';

export function mountDashboard(app: App): void {
  app.get('/dashboard', async (c) => {
    if (!c.get('actor')) return c.redirect('/login?next=/dashboard', 303);
    const view = await getDashboard(c.get('deps'), c.get('actor'));
    return render(c, <DashboardPage ctx={pageCtx(c)} view={view} />);
  });
}
