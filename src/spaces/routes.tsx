// Co-working pages: /spaces (the directory by city), /spaces/rules, /spaces/<slug> with its booking
// and review forms, /spaces/bookings (my desks and codes), and the owner's /spaces/manage pages
// (listings, the listing form, bookings and check-in). Thin: read the form, call the service,
// redirect with a flash, or show the page again with the message.
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, handleForm, readFile, readForm } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { hasRole } from '../platform/roles.ts';
import * as photos from './photos.ts';
import * as spaces from './service.ts';
import { ManageListPage, ManageSpacePage, MyBookingsPage, NewSpacePage, RulesPage, SpacePage, SpacePhotosPage, SpacesPage, spaceValues } from './views.tsx';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.required' || e.code === 'auth.forbidden') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

/** The listing form as the service reads it (checkboxes absent when unticked). */
function listingFrom(v: FormValues) {
  return {
    name: str(v, 'name'),
    city: str(v, 'city'),
    address: str(v, 'address'),
    about_en: str(v, 'about_en'),
    about_ur: str(v, 'about_ur'),
    open_days: v.open_days ?? [],
    opens: str(v, 'opens'),
    closes: str(v, 'closes'),
    desks: str(v, 'desks'),
    currency: str(v, 'currency') || 'PKR',
    day_price: str(v, 'day_price'),
    month_price: str(v, 'month_price'),
    pay_at_space: str(v, 'pay_at_space'),
    backup_power: str(v, 'backup_power') || 'none',
    backup_hours: str(v, 'backup_hours'),
    internet_mbps: str(v, 'internet_mbps'),
    women_only: str(v, 'women_only'),
    prayer_space: str(v, 'prayer_space'),
    parking: str(v, 'parking') || 'none',
    listed: str(v, 'listed'),
  };
}

async function spacePage(c: Ctx, slug: string, forms: { book?: FormState; review?: FormState; hide?: FormState } = {}, status = 200) {
  const data = await spaces.spacePage(c.get('deps'), c.get('actor'), slug);
  return render(c, <SpacePage ctx={pageCtx(c)} data={data} state={forms.book ?? emptyForm} review={forms.review ?? emptyForm} hide={forms.hide ?? emptyForm} />, status);
}

async function photosPage(c: Ctx, slug: string, state?: FormState, status = 200) {
  const data = await photos.listSpacePhotos(c.get('deps'), c.get('actor'), slug);
  return render(c, <SpacePhotosPage ctx={pageCtx(c)} space={data.space} photos={data.photos} state={state} />, status);
}

async function managePage(c: Ctx, slug: string, forms: { listing?: FormState; checkin?: FormState } = {}, status = 200) {
  const data = await spaces.manageSpace(c.get('deps'), c.get('actor'), slug);
  const listing = forms.listing ?? { values: spaceValues(data.space), errors: {} };
  return render(c, <ManageSpacePage ctx={pageCtx(c)} data={data} state={listing} checkin={forms.checkin ?? emptyForm} />, status);
}

export function mountSpaces(app: App): void {
  app.get('/spaces', async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor');
    const dir = await spaces.listSpaces(deps, { city: (c.req.query('city') ?? '').slice(0, 40) });
    const owner = !!actor && (actor.isAdmin || (await hasRole(deps.db, actor.userId, 'space_owner')));
    return render(c, <SpacesPage ctx={pageCtx(c)} dir={dir} owner={owner} />);
  });
  app.get('/spaces/rules', (c) => render(c, <RulesPage ctx={pageCtx(c)} />));

  app.get('/spaces/bookings', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const bookings = await spaces.myDeskBookings(c.get('deps'), c.get('actor'));
    return render(c, <MyBookingsPage ctx={pageCtx(c)} bookings={bookings} />);
  });
  app.post('/spaces/bookings/:id/cancel', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const b = await spaces.cancelDeskBooking(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, b.settlement === 'refunded' ? 'spaces.flash.cancelled_refunded' : 'spaces.flash.cancelled');
    return c.redirect(b.side === 'owner' ? `/spaces/manage/${b.space.slug}` : '/spaces/bookings', 303);
  });

  app.get('/spaces/manage', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const mine = await spaces.mySpaces(c.get('deps'), c.get('actor'));
    return render(c, <ManageListPage ctx={pageCtx(c)} spaces={mine} />);
  });
  app.get('/spaces/manage/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    await spaces.mySpaces(c.get('deps'), c.get('actor'));
    return render(c, <NewSpacePage ctx={pageCtx(c)} state={{ values: { open_days: ['1', '2', '3', '4', '5', '6'], opens: '09:00', closes: '21:00', pay_at_space: 'on', listed: 'on' }, errors: {} }} />);
  });
  app.post('/spaces/manage', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    let slug: string;
    try {
      slug = (await spaces.createSpace(c.get('deps'), c.get('actor'), listingFrom(values))).slug;
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <NewSpacePage ctx={pageCtx(c)} state={f.state} />, f.status);
    }
    flash(c, 'spaces.flash.created');
    return c.redirect(`/spaces/manage/${slug}`, 303);
  });
  app.get('/spaces/manage/:slug', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return managePage(c, c.req.param('slug'));
  });
  app.post('/spaces/manage/:slug', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    const values = await readForm(c);
    try {
      await spaces.updateSpace(c.get('deps'), c.get('actor'), slug, listingFrom(values));
    } catch (e) {
      const f = failure(c, e, values);
      return managePage(c, slug, { listing: f.state }, f.status);
    }
    flash(c, 'spaces.flash.saved');
    return c.redirect(`/spaces/manage/${slug}#listing`, 303);
  });
  app.post('/spaces/manage/:slug/check-in', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    const values = await readForm(c);
    try {
      await spaces.checkIn(c.get('deps'), c.get('actor'), slug, { code: str(values, 'code') });
    } catch (e) {
      const f = failure(c, e, values);
      return managePage(c, slug, { checkin: f.state }, f.status);
    }
    flash(c, 'spaces.flash.checked_in');
    return c.redirect(`/spaces/manage/${slug}#check-in`, 303);
  });

  // Photos (src/spaces/photos.ts): a page of their own, since the upload form is multipart.
  app.get('/spaces/manage/:slug/photos', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return photosPage(c, c.req.param('slug'));
  });
  acceptUploads(app, '/spaces/manage/:slug/photos');
  app.post('/spaces/manage/:slug/photos', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    return handleForm(
      c,
      async () => {
        await photos.addSpacePhoto(c.get('deps'), c.get('actor'), slug, await readFile(c, 'photo'));
        flash(c, 'media.flash.image_added');
        return c.redirect(`/spaces/manage/${slug}/photos`, 303);
      },
      (state, status) => photosPage(c, slug, state, status),
    );
  });
  app.post('/spaces/manage/:slug/photos/:key/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    await photos.removeSpacePhoto(c.get('deps'), c.get('actor'), slug, c.req.param('key'));
    flash(c, 'media.flash.image_removed');
    return c.redirect(`/spaces/manage/${slug}/photos`, 303);
  });
  app.post('/spaces/manage/:slug/photos/:key/move', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    const values = await readForm(c);
    await photos.moveSpacePhoto(c.get('deps'), c.get('actor'), slug, c.req.param('key'), values.direction === 'up' ? 'up' : 'down');
    flash(c, 'media.flash.image_moved');
    return c.redirect(`/spaces/manage/${slug}/photos`, 303);
  });

  // Admins take a listing down and show it again (audited, src/spaces/service.ts hideSpace).
  app.post('/spaces/:slug/hide', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    const values = await readForm(c);
    try {
      await spaces.hideSpace(c.get('deps'), c.get('actor'), slug, { reason: str(values, 'reason') });
    } catch (e) {
      const f = failure(c, e, values);
      return spacePage(c, slug, { hide: f.state }, f.status);
    }
    flash(c, 'spaces.flash.hidden');
    return c.redirect(`/spaces/${slug}`, 303);
  });
  app.post('/spaces/:slug/show', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    await spaces.showSpace(c.get('deps'), c.get('actor'), slug);
    flash(c, 'spaces.flash.shown');
    return c.redirect(`/spaces/${slug}`, 303);
  });

  app.get('/spaces/:slug', (c) => spacePage(c, c.req.param('slug')));
  app.post('/spaces/:slug/book', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    const values = await readForm(c);
    try {
      await spaces.bookDesk(c.get('deps'), c.get('actor'), slug, { day: str(values, 'day'), payment: str(values, 'payment') || 'wallet' });
    } catch (e) {
      const f = failure(c, e, values);
      return spacePage(c, slug, { book: f.state }, f.status);
    }
    flash(c, 'spaces.flash.booked');
    return c.redirect('/spaces/bookings', 303);
  });
  app.post('/spaces/:slug/reviews', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    const values = await readForm(c);
    try {
      await spaces.reviewSpace(c.get('deps'), c.get('actor'), slug, { rating: str(values, 'rating'), text: str(values, 'text') });
    } catch (e) {
      const f = failure(c, e, values);
      return spacePage(c, slug, { review: f.state }, f.status);
    }
    flash(c, 'spaces.flash.reviewed');
    return c.redirect(`/spaces/${slug}`, 303);
  });
}
