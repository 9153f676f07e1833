// /wallet and /wallet/statement.csv. Bad filters show the page again with the message (400).
import { AppError } from '../platform/errors.ts';
import { sendText } from '../platform/compression.ts';
import type { App, Ctx } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { earningsOnHold } from '../payouts/service.ts';
import * as wallet from './service.ts';
import { WalletPage } from './views.tsx';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
const filters = (c: Ctx) => ({ from: c.req.query('from') ?? '', to: c.req.query('to') ?? '', currency: c.req.query('currency') ?? '' });

export function mountWallet(app: App): void {
  app.get('/wallet', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const raw = filters(c);
    const balances = await wallet.balances(deps, c.get('actor'));
    const holds = { holds: await earningsOnHold(deps, c.get('actor')), holdDays: deps.config.FUNDS_HOLD_DAYS };
    try {
      const s = await wallet.statement(deps, c.get('actor'), raw);
      return render(c, <WalletPage ctx={pageCtx(c)} balances={balances} query={s.query} lines={s.lines} more={s.more} raw={raw} {...holds} />);
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'validation.failed') throw e;
      const field = Object.values(e.fields)[0];
      const message = field ? c.get('t')(field.key, field.params) : c.get('t')('errors.validation.failed');
      const s = await wallet.statement(deps, c.get('actor'), {});
      return render(c, <WalletPage ctx={pageCtx(c)} balances={balances} query={s.query} lines={s.lines} more={s.more} raw={raw} error={message} {...holds} />, 400);
    }
  });

  app.get('/wallet/statement.csv', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const s = await wallet.statement(c.get('deps'), c.get('actor'), filters(c), wallet.STATEMENT_CSV_MAX);
    const t = c.get('t');
    c.header('content-disposition', `attachment; filename="hunar-statement${s.query.from ? `-${s.query.from}` : ''}${s.query.to ? `-to-${s.query.to}` : ''}.csv"`);
    c.header('cache-control', 'no-store');
    return sendText(c, wallet.statementCsv(s.lines, (k) => t(k)), 'text/csv; charset=utf-8', 200);
  });
}
