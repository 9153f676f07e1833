// Money-in pages: thin handlers that read the form, call the payments service, and render or
// redirect (303). The checkout simulator's pages answer 404 when it is off (always in production).
import { randomUUID } from 'node:crypto';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash, safeNext } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { isCurrency, money, parseMoneyInput } from '../platform/money.ts';
import { requireAdmin } from '../platform/actor.ts';
import * as payments from './service.ts';
import { AdminPaymentsPage, type LargeTopUp, SimulatorPage, TopUpPage, TopUpsPage } from './views.tsx';

export const str = (v: FormValues, k: string): string => {
  const x = v[k];
  return typeof x === 'string' ? x : Array.isArray(x) ? (x[0] ?? '') : '';
};
const list = (v: FormValues, k: string): string[] => (v[k] === undefined ? [] : Array.isArray(v[k]) ? (v[k] as string[]) : [v[k] as string]);

/**
 * A typed amount ("5,000", "۵۰۰۰") in the chosen currency, as the JSON shape the schemas read
 * ({ amount: minor units, currency }); a bad amount is a field error on `amount`.
 */
export function typedMoney(text: string, currencyText: string, field = 'amount'): { amount: string; currency: string } {
  if (!isCurrency(currencyText)) throw new AppError('validation.failed', {}, { currency: { key: 'field.choose' } });
  const r = parseMoneyInput(text, currencyText);
  if (!r.ok) throw new AppError('validation.failed', {}, { [field]: { key: r.key, ...(r.params ? { params: r.params } : {}) } });
  return { amount: r.value.amount.toString(), currency: currencyText };
}

/** A refused use case as form state: field messages, or the error's own translated message. */
export function failed(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || ['not_found', 'auth.required', 'auth.forbidden', 'csrf.invalid', 'payment.simulator_disabled'].includes(e.code)) throw e;
  const errors: FieldErrors = {};
  for (const [k, v] of Object.entries(e.fields)) errors[k.replace(/^(amount|from)\..*$/, '$1')] ??= v;
  if (e.code === 'validation.failed') return { state: { values, errors }, status: e.status };
  return { state: { values, errors, message: c.get('t')(`errors.${e.code}`, e.params) }, status: e.status };
}

export const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);

async function topUpsPage(c: Ctx, state: FormState, status = 200, large: LargeTopUp | null = null) {
  const deps = c.get('deps');
  const topUps = await payments.listTopUps(deps, c.get('actor'));
  const methods = payments.availableMethods(deps.config);
  return render(c, <TopUpsPage ctx={pageCtx(c)} state={state} methods={methods} bankConfigured={payments.bankDetails(deps.config) !== null} topUps={topUps} large={large} />, status);
}

async function adminPage(c: Ctx, forms: { match?: FormState; statement?: FormState; result?: payments.StatementResult | null } = {}, status = 200) {
  const deps = c.get('deps');
  const overview = await payments.adminOverview(deps, c.get('actor'));
  return render(
    c,
    <AdminPaymentsPage
      ctx={pageCtx(c)}
      overview={overview}
      match={forms.match ?? { values: { currency: 'PKR' }, errors: {} }}
      statement={forms.statement ?? emptyForm}
      result={forms.result ?? null}
      bank={payments.bankDetails(deps.config)}
    />,
    status,
  );
}

/** The statement's text: the uploaded file if one was chosen, else the pasted text. */
async function statementText(c: Ctx, values: FormValues): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const body = await c.req.parseBody({ all: true });
    const f = Array.isArray(body.statement) ? body.statement.find((x) => typeof x !== 'string') : body.statement;
    if (f && typeof f !== 'string' && f.size > 0) return new TextDecoder('utf-8').decode(await f.arrayBuffer());
  }
  return str(values, 'csv');
}

export function mountPayments(app: App): void {
  // /wallet/top-up?amount=1500&currency=PKR&return_to=/orders/… is how another page (an order short
  // of money) sends a client here with the form filled in.
  for (const path of ['/wallet/top-ups', '/wallet/top-up']) {
    app.get(path, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const q = (k: string) => (c.req.query(k) ?? '').slice(0, 500);
      const currency = q('currency') === 'USD' ? 'USD' : 'PKR';
      return topUpsPage(c, { values: { currency, amount: q('amount').slice(0, 40), idempotency_key: randomUUID(), return_to: q('return_to') }, errors: {} });
    });
  }

  app.post('/wallet/top-ups', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    let t: payments.TopUpView;
    let amount: { amount: string; currency: string } | null = null;
    try {
      amount = typedMoney(str(values, 'amount'), str(values, 'currency'));
      const raw = { amount, method: str(values, 'method') || undefined, return_to: str(values, 'return_to') || null, confirm_large: str(values, 'confirm_large') === '1' };
      t = await payments.startTopUpRequest(c.get('deps'), c.get('actor'), raw, str(values, 'idempotency_key'));
    } catch (e) {
      if (e instanceof AppError && e.code === 'payment.confirm_large' && amount && isCurrency(amount.currency)) {
        // Not an error: one more step, "is this amount right?", before any payment starts.
        const asked = money(BigInt(amount.amount), amount.currency);
        const largest = await payments.largestCompletedTopUp(c.get('deps').db, c.get('actor')!.userId, asked.currency);
        return topUpsPage(c, { values, errors: {} }, 200, { amount: asked, largest });
      }
      const f = failed(c, e, values);
      return topUpsPage(c, f.state, f.status);
    }
    return c.redirect(t.next.url, 303);
  });

  app.get('/wallet/top-ups/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const t = await payments.getTopUp(deps, c.get('actor'), c.req.param('id'));
    const waiting = c.req.query('waiting') === '1';
    // Back from the checkout and the money has landed: on to where the client was (an order page).
    const next = t.returnTo ? safeNext(t.returnTo, '') : '';
    if (waiting && t.status === 'succeeded' && next) {
      flash(c, 'payments.flash.topup_landed');
      return c.redirect(next, 303);
    }
    return render(c, <TopUpPage ctx={pageCtx(c)} topUp={t} bank={payments.bankDetails(deps.config)} waiting={waiting} />);
  });

  // --- The checkout simulator (development only) ---
  app.get('/simulator/checkout/:id', async (c) => {
    const deps = c.get('deps');
    if (!payments.simulatorEnabled(deps.config)) throw new AppError('payment.simulator_disabled');
    if (!c.get('actor')) return toLogIn(c);
    const t = await payments.getCheckout(deps, c.get('actor'), c.req.param('id'));
    return render(c, <SimulatorPage ctx={pageCtx(c)} topUp={t} minutes={deps.config.PAYMENT_TIMEOUT_MINUTES} />);
  });

  app.post('/simulator/checkout/:id/:outcome{succeed|fail|timeout}', async (c) => {
    const deps = c.get('deps');
    if (!payments.simulatorEnabled(deps.config)) throw new AppError('payment.simulator_disabled');
    if (!c.get('actor')) return toLogIn(c);
    const { url } = await payments.simulateCheckout(deps, c.get('actor'), c.req.param('id'), c.req.param('outcome') as payments.SimulatedOutcome);
    return c.redirect(url, 303);
  });

  // --- Admin ---
  app.get('/admin/payments', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return adminPage(c);
  });

  app.post('/admin/payments/match', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    requireAdmin(c.get('actor'));
    const values = await readForm(c);
    try {
      const raw = { reference: str(values, 'reference'), amount: typedMoney(str(values, 'amount'), str(values, 'currency')), received_on: str(values, 'received_on'), bank_txn_id: str(values, 'bank_txn_id') };
      const r = await payments.matchTransfer(c.get('deps'), c.get('actor'), raw);
      flash(c, r.replayed ? 'payments.flash.match_replayed' : 'payments.flash.matched');
    } catch (e) {
      const f = failed(c, e, values);
      return adminPage(c, { match: f.state }, f.status);
    }
    return c.redirect('/admin/payments', 303);
  });

  app.post('/admin/payments/import', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    requireAdmin(c.get('actor'));
    const values = await readForm(c);
    const csv = await statementText(c, values);
    const state: FormState = { values: { csv }, errors: {} };
    try {
      const result = await payments.importStatement(c.get('deps'), c.get('actor'), { csv, confirm: str(values, 'confirm') === '1', accept_different_amounts: list(values, 'accept_different_amounts') });
      return adminPage(c, { statement: state, result });
    } catch (e) {
      const f = failed(c, e, state.values);
      return adminPage(c, { statement: { ...f.state, errors: f.state.errors } }, f.status);
    }
  });
}
