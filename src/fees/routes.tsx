// /fees: the fee comparison for an amount, a plain GET form that works with JavaScript off. The
// page is the same for every visitor asking the same query in one language, so valid queries are
// served from the short anonymous-page cache; bad input re-renders the form with a 400.
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { anonymousPage } from '../platform/page-cache.ts';
import { compareFeesFor, feePolicy, feesRate, readFeesQuery } from './service.ts';
import { FeesPage } from './views.tsx';

/** Figures change when the operator restarts with another policy, or an admin sets a new rate (seen within this). */
const CACHE_SECONDS = 300;
/** Longer queries are answered but not cached (no valid query comes close). */
const MAX_CACHED_QUERY = 120;
/** What is shown back in the field after a refusal: enough to recognise, never a 10 KB echo. */
const ECHO = 100;

export function mountFees(app: App): void {
  app.get('/fees', async (c) => {
    const deps = c.get('deps');
    const policy = feePolicy(deps);
    const asked = { amount: c.req.query('amount') ?? '', currency: c.req.query('currency') ?? '' };
    let amount: ReturnType<typeof readFeesQuery>;
    try {
      amount = readFeesQuery(asked);
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'validation.failed') throw e;
      const values = { amount: asked.amount.slice(0, ECHO), currency: asked.currency.slice(0, ECHO) };
      return render(c, <FeesPage ctx={pageCtx(c)} state={{ values, errors: e.fields }} result={null} policy={policy} rate={await feesRate(deps)} />, 400);
    }
    // The currency the amount was read in: "$200" with rupees chosen is read, and shown, in dollars.
    const state = { values: { amount: asked.amount, currency: amount.currency }, errors: {} };
    // The rate is read only when the page is rendered, not for every visit the cache answers.
    const page = async () => {
      const rate = await feesRate(deps);
      return <FeesPage ctx={pageCtx(c)} state={state} result={compareFeesFor(deps, amount, rate)} policy={policy} rate={rate} />;
    };
    const query = new URL(c.req.url).search.slice(1);
    if (query.length > MAX_CACHED_QUERY) return render(c, await page());
    // The policy is part of the key: apps built with different settings may share this process (tests).
    return anonymousPage(c, CACHE_SECONDS, async () => `<!doctype html>${String(await page())}`, `${policy.freelancerBp}/${policy.clientBp}/${query}`);
  });
}
