// Exchange-rate pages: the client's conversion (preview, then confirm with the rate seen) and the
// admins' rate table. Thin handlers over src/fx/service.ts.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { getCookie, setCookie } from 'hono/cookie';
import { type App, type Ctx, flash, isSecure } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { failed, str, toLogIn, typedMoney } from '../payments/routes.tsx';
import { type DisplayCurrency, isDisplayCurrency, QUOTED } from './domain.ts';
import * as fx from './service.ts';
import { AdminFxPage, ConvertPage } from './views.tsx';

async function convertPage(c: Ctx, state: FormState, quote: fx.ConversionQuote | null = null, status = 200) {
  const deps = c.get('deps');
  const [balances, usdRate] = await Promise.all([fx.walletBalances(deps, c.get('actor')), fx.currentRate(deps.db, QUOTED.from, QUOTED.to)]);
  return render(c, <ConvertPage ctx={pageCtx(c)} state={state} balances={balances} quote={quote} usdRate={usdRate} />, status);
}

async function adminPage(c: Ctx, forms: { set?: FormState; import?: FormState; imported?: fx.RateImport | null } = {}, status = 200) {
  const deps = c.get('deps');
  requireAdmin(c.get('actor'));
  const [inForce, history] = await Promise.all([fx.ratesInForce(deps.db), fx.rateHistory(deps.db)]);
  return render(c, <AdminFxPage ctx={pageCtx(c)} inForce={inForce} history={history} setState={forms.set ?? { values: { currency: 'USD' }, errors: {} }} importState={forms.import ?? emptyForm} imported={forms.imported ?? null} />, status);
}

const READER_CURRENCY_COOKIE = 'hunar_currency';

/**
 * The currency a reader wants price estimates in: ?currency= (remembered in a cookie for a year),
 * else the cookie, else `fallback`. PKR, USD, or a display-only GBP, EUR, AED, SAR.
 */
export async function readerCurrency(c: Ctx, fallback: DisplayCurrency): Promise<DisplayCurrency> {
  const q = c.req.query('currency');
  if (isDisplayCurrency(q)) {
    setCookie(c, READER_CURRENCY_COOKIE, q, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 365 * 86_400, secure: isSecure(c, c.get('deps')) });
    return q;
  }
  const cookie = getCookie(c, READER_CURRENCY_COOKIE);
  if (isDisplayCurrency(cookie)) return cookie;
  // A client abroad who never chose: their country's currency (emma in the UK sees pounds).
  return (await fx.guessReaderCurrency(c.get('deps').db, c.get('actor'))) ?? fallback;
}

const rawConversion = (v: FormValues) => ({ from: typedMoney(str(v, 'amount'), str(v, 'from')), to: str(v, 'to') });

export function mountFx(app: App): void {
  app.get('/wallet/convert', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return convertPage(c, { values: { from: 'USD', to: 'PKR', idempotency_key: randomUUID() }, errors: {} });
  });

  app.post('/wallet/convert/preview', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      const quote = await fx.quoteConversion(c.get('deps'), c.get('actor'), rawConversion(values));
      return convertPage(c, { values, errors: {} }, quote);
    } catch (e) {
      const f = failed(c, e, values);
      return convertPage(c, f.state, null, f.status);
    }
  });

  app.post('/wallet/convert', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      await fx.convert(c.get('deps'), c.get('actor'), rawConversion(values), str(values, 'idempotency_key'), str(values, 'rate_id') || null);
    } catch (e) {
      if (e instanceof AppError && e.code === 'fx.rate_changed') {
        // Show the new rate and result; the person confirms again (with a new key).
        const quote = await fx.quoteConversion(c.get('deps'), c.get('actor'), rawConversion(values));
        return convertPage(c, { values: { ...values, idempotency_key: randomUUID() }, errors: {}, message: c.get('t')('errors.fx.rate_changed') }, quote, 409);
      }
      const f = failed(c, e, values);
      return convertPage(c, f.state, null, f.status);
    }
    flash(c, 'fx.flash.converted');
    return c.redirect('/wallet/convert', 303);
  });

  app.get('/admin/fx', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return adminPage(c);
  });

  app.post('/admin/fx', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    requireAdmin(c.get('actor'));
    const values = await readForm(c);
    try {
      await fx.setRate(c.get('deps'), c.get('actor'), { rate: str(values, 'rate'), currency: str(values, 'currency') || 'USD' });
    } catch (e) {
      const f = failed(c, e, values);
      return adminPage(c, { set: f.state }, f.status);
    }
    flash(c, 'fx.flash.rate_set');
    return c.redirect('/admin/fx', 303);
  });

  app.post('/admin/fx/import', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    requireAdmin(c.get('actor'));
    const values = await readForm(c);
    let csv = str(values, 'csv');
    if ((c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
      const body = await c.req.parseBody({ all: true });
      const f = Array.isArray(body.rates) ? body.rates.find((x) => typeof x !== 'string') : body.rates;
      if (f && typeof f !== 'string' && f.size > 0) csv = new TextDecoder('utf-8').decode(await f.arrayBuffer());
    }
    const state: FormState = { values: { csv }, errors: {} };
    try {
      const imported = await fx.importRates(c.get('deps'), c.get('actor'), { csv });
      return adminPage(c, { import: state, imported }, imported.problems.length ? 400 : 200);
    } catch (e) {
      const f = failed(c, e, state.values);
      return adminPage(c, { import: f.state }, f.status);
    }
  });
}
