// Order pages: /orders, /orders/new (from a gig's package), /orders/:id and its actions. Thin: read
// the form, call the service, redirect with a flash, or show the page again with the message.
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readFiles, readForm } from '../platform/forms.ts';
import { disputeOfOrder } from '../disputes/service.ts';
import { getPublicGig } from '../gigs/service.ts';
import { AppError } from '../platform/errors.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { readerCurrency } from '../fx/routes.tsx';
import { estimateRates } from '../fx/service.ts';
import * as orders from './service.ts';
import { NewOrderPage, OrderPage, OrdersPage } from './views.tsx';
import * as contracts from './contracts.ts';
import { ContractPage, ContractsPage } from './contract-views.tsx';
import { orderReviews } from '../reviews/service.ts';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

/** Convert-and-pay's hidden fields (the currency to convert from, and the rate and amount shown), if sent. */
function payOptions(v: FormValues): Record<string, unknown> {
  const from = str(v, 'convert_from');
  if (!from) return {};
  return { convert_from: from, expected_rate: str(v, 'expected_rate'), ...(str(v, 'convert_amount') ? { convert_amount: { amount: str(v, 'convert_amount'), currency: from } } : {}) };
}

/** The answers fields (answers.0, answers.1, ...) as a list, in order. */
function answersOf(values: FormValues): string[] {
  const out: string[] = [];
  for (let i = 0; i < 10; i++) out.push(str(values, `answers.${i}`));
  return out;
}

/** The order page; `state` (with `failed`, the form it belongs to) shows a refused form again. */
export async function orderPage(c: Ctx, id: string, state?: FormState, status = 200, failed?: string) {
  const deps = c.get('deps');
  const o = await orders.getOrder(deps, c.get('actor'), id);
  const dispute = o.disputeId ? await disputeOfOrder(deps, c.get('actor'), o.id) : null;
  const paying = o.viewerSide === 'client' && o.actions.includes('pay');
  const plan = paying ? await orders.paymentPlan(deps, o) : null;
  // The checkout summary's estimate in the client's own currency (GBP for a client in the UK).
  const reader = paying ? await readerCurrency(c, o.fees.clientPays.currency) : null;
  const rates = reader && reader !== o.fees.clientPays.currency ? await estimateRates(deps.db, reader) : null;
  // A completed order's reviews box (src/reviews).
  const reviews = o.state === 'completed' ? await orderReviews(deps, c.get('actor'), o.id) : null;
  return render(
    c,
    <OrderPage
      ctx={pageCtx(c)}
      o={o}
      now={deps.clock.now()}
      balance={plan?.balance ?? null}
      shortfall={plan?.shortfall ?? null}
      plan={plan}
      estimate={reader && rates ? { reader, rates } : null}
      keys={{ pay: orders.newIdempotencyKey(), accept: orders.newIdempotencyKey(), convertPay: orders.newIdempotencyKey() }}
      reviews={reviews}
      {...(state ? { state } : {})}
      {...(failed ? { failed } : {})}
      dispute={dispute}
    />,
    status,
  );
}

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500) throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

export function mountOrders(app: App): void {
  app.get('/orders', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <OrdersPage ctx={pageCtx(c)} orders={await orders.listMyOrders(c.get('deps'), c.get('actor'))} />);
  });

  app.get('/contracts', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <ContractsPage ctx={pageCtx(c)} contracts={await contracts.listMyContracts(c.get('deps'), c.get('actor'))} />);
  });

  app.get('/contracts/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const contract = await contracts.getContract(c.get('deps'), c.get('actor'), c.req.param('id'));
    return render(c, <ContractPage ctx={pageCtx(c)} c={contract} timeForm={emptyForm} />);
  });

  app.post('/contracts/:id/weeks', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const { orderId } = await contracts.openNextWeek(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'contracts.flash.week_opened');
    return c.redirect(`/orders/${orderId}`, 303);
  });

  app.post('/orders/:id/time', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const orderId = c.req.param('id');
    try {
      const contract = await contracts.logTime(c.get('deps'), c.get('actor'), orderId, { work_date: str(values, 'work_date'), hours: str(values, 'hours'), note: str(values, 'note') });
      flash(c, 'contracts.flash.time_logged');
      return c.redirect(`/contracts/${contract.id}`, 303);
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') throw e;
      const f = failure(c, e, values);
      const o = await orders.getOrder(c.get('deps'), c.get('actor'), orderId);
      if (!o.contract) throw e;
      const contract = await contracts.getContract(c.get('deps'), c.get('actor'), o.contract.id);
      return render(c, <ContractPage ctx={pageCtx(c)} c={contract} timeForm={f.state} />, f.status);
    }
  });

  app.get('/orders/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const gig = await getPublicGig(c.get('deps'), c.get('actor'), c.req.query('gig') ?? '');
    const position = Number(c.req.query('package') ?? '1');
    if (!Number.isInteger(position) || position < 1 || position > gig.packages.length || !gig.packages[position - 1]?.price) throw new AppError('not_found');
    return render(c, <NewOrderPage ctx={pageCtx(c)} gig={gig} position={position} state={emptyForm} />);
  });

  app.post('/orders', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      const { id } = await orders.placeGigOrder(c.get('deps'), c.get('actor'), { gig: str(values, 'gig'), package: str(values, 'package'), answers: answersOf(values) });
      flash(c, 'orders.flash.placed');
      return c.redirect(`/orders/${id}`, 303);
    } catch (e) {
      const f = failure(c, e, values);
      const gig = await getPublicGig(c.get('deps'), c.get('actor'), str(values, 'gig'));
      const position = Number(str(values, 'package'));
      if (!gig.packages[position - 1]) throw e;
      return render(c, <NewOrderPage ctx={pageCtx(c)} gig={gig} position={position} state={f.state} />, f.status);
    }
  });

  app.get('/orders/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return orderPage(c, c.req.param('id'));
  });

  const actions: [string, string, (c: Ctx, id: string, values: FormValues) => Promise<unknown>][] = [
    ['pay', 'orders.flash.paid', (c, id, v) => orders.payOrder(c.get('deps'), c.get('actor'), id, str(v, 'idempotency_key'), payOptions(v))],
    ['deliver', 'orders.flash.delivered', async (c, id, v) => orders.deliverOrder(c.get('deps'), c.get('actor'), id, { message: str(v, 'message') }, await readFiles(c, 'files'))],
    ['revision', 'orders.flash.revision_requested', (c, id, v) => orders.requestRevision(c.get('deps'), c.get('actor'), id, { message: str(v, 'message') })],
    ['accept', 'orders.flash.accepted', (c, id, v) => orders.acceptOrder(c.get('deps'), c.get('actor'), id, str(v, 'idempotency_key'))],
    ['cancel', 'orders.flash.cancel', (c, id, v) => orders.cancelOrder(c.get('deps'), c.get('actor'), id, { message: str(v, 'message') })],
    ['dispute', 'orders.flash.disputed', async (c, id, v) => orders.disputeOrder(c.get('deps'), c.get('actor'), id, { reason: str(v, 'reason'), message: str(v, 'message') }, await readFiles(c, 'files'))],
  ];
  // A delivery and a dispute carry files (multipart/form-data).
  acceptUploads(app, '/orders/:id/deliver');
  acceptUploads(app, '/orders/:id/dispute');
  for (const [action, flashKey, run] of actions) {
    app.post(`/orders/:id/${action}`, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const id = c.req.param('id');
      const values = await readForm(c);
      let done: unknown;
      try {
        done = await run(c, id, values);
      } catch (e) {
        if (e instanceof AppError && e.code === 'not_found') throw e;
        const f = failure(c, e, values);
        return orderPage(c, id, f.state, f.status, action);
      }
      // Paid from the other currency: the flash says the conversion happened too.
      flash(c, (done as { conversion?: unknown } | undefined)?.conversion ? 'orders.flash.converted_paid' : flashKey);
      return c.redirect(`/orders/${id}`, 303);
    });
  }
}
