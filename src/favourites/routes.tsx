// Saved listings pages: /saved, and the Save / remove forms posted from gig, job and profile pages.
import { readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash, safeNext } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as favourites from './service.ts';
import { SavedPage } from './views.tsx';

const toLogIn = (c: Ctx, path: string) => c.redirect(`/login?next=${encodeURIComponent(path)}`, 303);

async function change(c: Ctx, op: 'save' | 'unsave') {
  const values = await readForm(c);
  const nextRaw = typeof values.next === 'string' ? values.next : undefined;
  const next = safeNext(nextRaw, '/saved');
  if (!c.get('actor')) return toLogIn(c, next);
  const kind = c.req.param('kind') ?? '';
  const id = c.req.param('id') ?? '';
  const run = op === 'save' ? favourites.save : favourites.unsave;
  await run(c.get('deps'), c.get('actor'), kind, id);
  flash(c, op === 'save' ? 'favourites.flash.saved' : 'favourites.flash.removed');
  return c.redirect(next, 303);
}

export function mountFavourites(app: App): void {
  app.get('/saved', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/saved');
    const items = await favourites.list(c.get('deps'), c.get('actor'));
    return render(c, <SavedPage ctx={pageCtx(c)} items={items} />);
  });
  app.post('/saved/:kind/:id', (c) => change(c, 'save'));
  app.post('/saved/:kind/:id/remove', (c) => change(c, 'unsave'));
}
