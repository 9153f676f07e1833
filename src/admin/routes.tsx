// /admin: the administrators' home. Each section mounts its own pages (and checks the admin role
// in its services); this page only lists them.
import { requireAdmin } from '../platform/actor.ts';
import type { App } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { AdminHomePage } from './views.tsx';

export function mountAdmin(app: App): void {
  app.get('/admin', (c) => {
    if (!c.get('actor')) return c.redirect('/login?next=%2Fadmin', 303);
    requireAdmin(c.get('actor'));
    return render(c, <AdminHomePage ctx={pageCtx(c)} />);
  });
}
