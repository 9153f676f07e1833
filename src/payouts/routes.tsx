// Payout pages: thin handlers that read the form, call the payouts service and render or redirect.
// A withdrawal takes two posts: review (shows the fee and what arrives, moves nothing) and confirm.
// The idempotency key is made when /payouts renders and rides along in both forms, so a double
// click or a refresh of the confirmation applies the withdrawal once.
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { isCurrency, parseMoneyInput } from '../platform/money.ts';
import { PAYOUT_CHANNELS, type PayoutChannel } from './domain.ts';
import * as payouts from './service.ts';
import { AddMethodPage, AdminBatchPage, AdminPayoutsPage, ChooseChannelPage, PayoutsPage, ReviewWithdrawalPage } from './views.tsx';

const str = (v: FormValues, k: string): string => {
  const x = v[k];
  return typeof x === 'string' ? x : Array.isArray(x) ? (x[0] ?? '') : '';
};

const toLogIn = (c: Ctx, path = c.req.path) => c.redirect(`/login?next=${encodeURIComponent(path)}`, 303);
const isChannel = (s: string): s is PayoutChannel => (PAYOUT_CHANNELS as readonly string[]).includes(s);

/** The withdrawal form as the service's input: the typed amount read in the chosen currency. */
function withdrawalFromForm(v: FormValues): Record<string, unknown> {
  const currency = str(v, 'currency') || 'PKR';
  if (!isCurrency(currency)) throw new AppError('validation.failed', {}, { currency: { key: 'field.choose' } });
  const r = parseMoneyInput(str(v, 'amount'), currency);
  if (!r.ok) throw new AppError('validation.failed', {}, { amount: { key: r.key, ...(r.params ? { params: r.params } : {}) } });
  const source = str(v, 'source');
  return { method_id: str(v, 'method_id'), amount: { amount: r.value.amount.toString(), currency }, ...(source ? { source } : {}) };
}

/** A refused use case as form state: field messages on their fields, or the error's own message. */
function failed(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.code === 'not_found' || e.code === 'auth.required' || e.status === 403 || e.status >= 500) throw e;
  const errors: FieldErrors = {};
  for (const [k, f] of Object.entries(e.fields)) errors[k.replace(/^amount\..*$/, 'amount')] ??= f;
  const message = e.code === 'validation.failed' ? undefined : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors, message }, status: e.status };
}

async function payoutsPage(c: Ctx, form: FormState = emptyForm, status = 200) {
  const deps = c.get('deps');
  const actor = c.get('actor');
  const [balances, holds, methods, withdrawals] = await Promise.all([payouts.availableBalances(deps, actor), payouts.earningsOnHold(deps, actor), payouts.listMethods(deps, actor), payouts.listWithdrawals(deps, actor)]);
  // A form shown again keeps its key: the person is still making the same request.
  const key = str(form.values, 'idempotency_key') || crypto.randomUUID();
  return render(
    c,
    <PayoutsPage ctx={pageCtx(c)} balances={balances} holds={holds} holdDays={deps.config.FUNDS_HOLD_DAYS} methods={methods} withdrawals={withdrawals} form={form} idempotencyKey={key} />,
    status,
  );
}

export function mountPayouts(app: App): void {
  app.get('/payouts', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return payoutsPage(c);
  });

  app.post('/payouts/withdraw/review', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/payouts');
    const values = await readForm(c);
    try {
      const preview = await payouts.previewWithdrawal(c.get('deps'), c.get('actor'), withdrawalFromForm(values));
      const key = str(values, 'idempotency_key') || crypto.randomUUID();
      return render(c, <ReviewWithdrawalPage ctx={pageCtx(c)} preview={preview} amountText={str(values, 'amount')} idempotencyKey={key} />);
    } catch (e) {
      const f = failed(c, e, values);
      return payoutsPage(c, f.state, f.status);
    }
  });

  app.post('/payouts/withdraw', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/payouts');
    const values = await readForm(c);
    try {
      const { withdrawal } = await payouts.requestWithdrawal(c.get('deps'), c.get('actor'), withdrawalFromForm(values), str(values, 'idempotency_key'));
      flash(c, 'payouts.flash.requested');
      return c.redirect(`/payouts#w-${withdrawal.id}`, 303);
    } catch (e) {
      const f = failed(c, e, values);
      return payoutsPage(c, f.state, f.status);
    }
  });

  app.post('/payouts/withdrawals/:id/cancel', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/payouts');
    const id = c.req.param('id');
    try {
      await payouts.cancelWithdrawal(c.get('deps'), c.get('actor'), id);
    } catch (e) {
      const f = failed(c, e, {});
      return payoutsPage(c, f.state, f.status);
    }
    flash(c, 'payouts.flash.cancelled');
    return c.redirect(`/payouts#w-${id}`, 303);
  });

  app.get('/payouts/methods/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c, c.req.url.slice(c.req.url.indexOf('/payouts')));
    // Only freelancers and clients have payout methods: the service says so (403) before any form is shown.
    await payouts.listMethods(c.get('deps'), c.get('actor'));
    const channel = c.req.query('channel') ?? '';
    if (!isChannel(channel)) return render(c, <ChooseChannelPage ctx={pageCtx(c)} />);
    return render(c, <AddMethodPage ctx={pageCtx(c)} channel={channel} state={emptyForm} />);
  });

  app.post('/payouts/methods', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/payouts');
    const values = await readForm(c);
    const channel = str(values, 'channel');
    try {
      await payouts.addMethod(c.get('deps'), c.get('actor'), values);
    } catch (e) {
      const f = failed(c, e, values);
      if (!isChannel(channel)) return render(c, <ChooseChannelPage ctx={pageCtx(c)} />, f.status);
      return render(c, <AddMethodPage ctx={pageCtx(c)} channel={channel} state={f.state} />, f.status);
    }
    flash(c, 'payouts.flash.method_added');
    return c.redirect('/payouts', 303);
  });

  app.post('/payouts/methods/:id/default', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/payouts');
    await payouts.setDefaultMethod(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'payouts.flash.default_set');
    return c.redirect('/payouts', 303);
  });

  app.post('/payouts/methods/:id/remove', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/payouts');
    await payouts.removeMethod(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'payouts.flash.method_removed');
    return c.redirect('/payouts', 303);
  });

  // --- Admin ---

  app.get('/admin/payouts', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const queue = await payouts.payoutQueue(c.get('deps'), c.get('actor'));
    return render(c, <AdminPayoutsPage ctx={pageCtx(c)} waiting={queue.waiting} batches={queue.batches} />);
  });

  app.post('/admin/payouts/batches', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/admin/payouts');
    const values = await readForm(c);
    const batch = await payouts.createBatch(c.get('deps'), c.get('actor'), values);
    flash(c, 'payouts.flash.batch_created');
    return c.redirect(`/admin/payouts/batches/${batch.id}`, 303);
  });

  const batchPage = async (c: Ctx, id: string, forms?: { id: string; state: FormState }, status = 200) => {
    const { batch, withdrawals } = await payouts.getBatch(c.get('deps'), c.get('actor'), id);
    return render(c, <AdminBatchPage ctx={pageCtx(c)} batch={batch} withdrawals={withdrawals} {...(forms ? { forms } : {})} />, status);
  };

  app.get('/admin/payouts/batches/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return batchPage(c, c.req.param('id'));
  });

  app.get('/admin/payouts/batches/:id/export.csv', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const { filename, csv } = await payouts.exportBatchCsv(c.get('deps'), c.get('actor'), c.req.param('id'));
    c.header('cache-control', 'no-store');
    c.header('content-disposition', `attachment; filename="${filename}"`);
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' });
  });

  for (const kind of ['paid', 'failed'] as const) {
    app.post(`/admin/payouts/withdrawals/:id/${kind}`, async (c) => {
      if (!c.get('actor')) return toLogIn(c, '/admin/payouts');
      const values = await readForm(c);
      const id = c.req.param('id');
      const run = kind === 'paid' ? payouts.markPaid : payouts.markFailed;
      try {
        const w = await run(c.get('deps'), c.get('actor'), id, values);
        flash(c, `payouts.flash.${kind}`);
        return c.redirect(`/admin/payouts/batches/${w.batchId}#w-${w.id}`, 303);
      } catch (e) {
        const f = failed(c, e, values);
        const batchId = str(values, 'batch_id');
        if (!batchId) throw e;
        return batchPage(c, batchId, { id, state: f.state }, f.status);
      }
    });
  }
}
