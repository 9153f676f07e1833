// /community: the hub of the community's parts (associations, events, forum, legal help, co-working
// spaces, market rates, referrals). Open to everyone.
import type { App } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { communityCounts } from './service.ts';
import { CommunityPage } from './views.tsx';

export function mountCommunity(app: App): void {
  app.get('/community', async (c) => render(c, <CommunityPage ctx={pageCtx(c)} counts={await communityCounts(c.get('deps'))} />));
}
