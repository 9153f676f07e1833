// Review pages: /orders/:id/review (the form, or where things stand), the reply form, every shown
// review of a person (/u/:handle/reviews) or a gig (/g/:slug/reviews), and /help/levels. Thin: read
// the form, call the service, redirect with a flash, or show the page again with the message.
import { getPublicGig } from '../gigs/service.ts';
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as reviews from './service.ts';
import { GigReviewsPage, HelpLevelsPage, PersonReviewsPage, ReviewPage } from './views.tsx';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

async function reviewPage(c: Ctx, orderId: string, forms: { review?: FormState; reply?: FormState } = {}, status = 200) {
  const box = await reviews.orderReviews(c.get('deps'), c.get('actor'), orderId);
  return render(c, <ReviewPage ctx={pageCtx(c)} box={box} state={forms.review ?? emptyForm} replyState={forms.reply} />, status);
}

export function mountReviews(app: App): void {
  app.get('/orders/:id/review', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return reviewPage(c, c.req.param('id'));
  });

  app.post('/orders/:id/review', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    const values = await readForm(c);
    try {
      await reviews.writeReview(c.get('deps'), c.get('actor'), id, { rating: str(values, 'rating'), communication: str(values, 'communication'), quality: str(values, 'quality'), on_time: str(values, 'on_time'), text: str(values, 'text') });
    } catch (e) {
      const f = failure(c, e, values);
      return reviewPage(c, id, { review: f.state }, f.status);
    }
    flash(c, 'reviews.flash.written');
    return c.redirect(`/orders/${id}/review`, 303);
  });

  app.post('/reviews/:id/reply', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      const r = await reviews.replyToReview(c.get('deps'), c.get('actor'), c.req.param('id'), { text: str(values, 'text') });
      flash(c, 'reviews.flash.replied');
      return c.redirect(`/orders/${r.orderId}/review`, 303);
    } catch (e) {
      const f = failure(c, e, values);
      const orderId = await reviews.orderOfReview(c.get('deps'), c.get('actor'), c.req.param('id'));
      return reviewPage(c, orderId, { reply: f.state }, f.status);
    }
  });

  app.get('/u/:handle/reviews', async (c) => {
    const data = await reviews.personReviews(c.get('deps'), c.req.param('handle'), { cursor: c.req.query('cursor') ?? null });
    return render(c, <PersonReviewsPage ctx={pageCtx(c)} data={data} />);
  });

  app.get('/g/:slug/reviews', async (c) => {
    const gig = await getPublicGig(c.get('deps'), c.get('actor'), c.req.param('slug'));
    const data = await reviews.gigReviews(c.get('deps'), gig, { cursor: c.req.query('cursor') ?? null });
    return render(c, <GigReviewsPage ctx={pageCtx(c)} gig={gig} data={data} />);
  });

  app.get('/help/levels', (c) => render(c, <HelpLevelsPage ctx={pageCtx(c)} />));
}
