// Association events pages: /events, /events/<id> (RSVP, give a place up, officers change it at
// /events/<id>/edit or cancel it), /events/<id>.ics, /associations/<slug>/events (with the officers'
// form at .../events/new and a member's private feed link) and /associations/<slug>/events.ics
// (?key=<a member's private link> adds the members-only events). Thin: read the form, call the service, redirect with a flash, or
// show the page again with the message.
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { formatDateTime } from '../platform/format.ts';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { type Locale, translate } from '../platform/i18n.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { listCities } from '../taxonomy/service.ts';
import { EVENT_FIELDS, inLanguage } from './domain.ts';
import type { AssociationRef, EventView } from './service.ts';
import * as events from './service.ts';
import { AssociationEventsPage, EditEventPage, EventPage, EventsPage, NewEventPage } from './views.tsx';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

/** The summary, description and location of an event's calendar entry, in its reader's language and zone. */
export function calendarTexts(e: EventView, locale: Locale, zone: string) {
  const title = inLanguage(locale, e.titleEn, e.titleUr);
  const name = inLanguage(locale, e.association.nameEn, e.association.nameUr);
  const lines = [translate(locale, 'events.ics.when', { when: formatDateTime(locale, e.startsAt, zone) }), translate(locale, 'events.ics.by', { name })];
  let location: string | null;
  if (e.format === 'online') {
    lines.push(e.onlineUrl ? translate(locale, 'events.ics.join', { url: e.onlineUrl }) : translate(locale, 'events.ics.online'));
    location = e.onlineUrl ?? translate(locale, 'events.format.online');
  } else {
    const place = [e.venue, e.city ? (locale === 'ur' ? e.city.nameUr : e.city.nameEn) : null].filter(Boolean).join(locale === 'ur' ? '، ' : ', ');
    lines.push(translate(locale, 'events.ics.place', { place }));
    location = place;
  }
  const about = inLanguage(locale, e.aboutEn, e.aboutUr);
  if (about) lines.push('', about);
  return { summary: title, description: lines.join('\n'), location };
}

const feedName = (a: AssociationRef, locale: Locale) => translate(locale, 'events.ics.feed_name', { name: inLanguage(locale, a.nameEn, a.nameUr) });

function calendarResponse(c: Ctx, f: { filename: string; body: string }) {
  return c.body(f.body, 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${f.filename}"`, 'cache-control': 'no-store' });
}

async function newEventPage(c: Ctx, slug: string, state: FormState = emptyForm, status = 200) {
  const association = await events.associationForNewEvent(c.get('deps'), c.get('actor'), slug);
  const cities = await listCities(c.get('deps').db, c.get('locale'));
  const values = Object.keys(state.values).length ? state : { ...state, values: { format: 'in_person', capacity: '30' } };
  return render(c, <NewEventPage ctx={pageCtx(c)} association={association} cities={cities} state={values} />, status);
}

/** The form's fields, as the service reads them (the same names as the API's). */
const eventForm = (values: FormValues) => Object.fromEntries(EVENT_FIELDS.map((k) => [k, str(values, k)]));

async function editEventPage(c: Ctx, id: string, state?: FormState, status = 200) {
  const { event, values } = await events.eventForEdit(c.get('deps'), c.get('actor'), id);
  const cities = await listCities(c.get('deps').db, c.get('locale'));
  return render(c, <EditEventPage ctx={pageCtx(c)} e={event} cities={cities} state={state ?? { ...emptyForm, values }} />, status);
}

async function associationEventsPage(c: Ctx, slug: string, newLink: string | null = null) {
  const deps = c.get('deps');
  const [upcoming, past] = await Promise.all([events.listEvents(deps, c.get('actor'), { slug }), events.listEvents(deps, c.get('actor'), { slug, when: 'past', limit: 20 })]);
  const feedKey = upcoming.association ? await events.feedKeyStatus(deps, c.get('actor'), upcoming.association.id) : null;
  return render(c, <AssociationEventsPage ctx={pageCtx(c)} upcoming={upcoming} past={past} feedKey={feedKey} newLink={newLink} />);
}

export function mountEvents(app: App): void {
  app.get('/events', async (c) => {
    const list = await events.listEvents(c.get('deps'), c.get('actor'));
    return render(c, <EventsPage ctx={pageCtx(c)} list={list} />);
  });
  app.get(`/events/:file{${UUID}\\.ics}`, async (c) => {
    const id = c.req.param('file').slice(0, -4);
    return calendarResponse(c, await events.eventCalendar(c.get('deps'), c.get('actor'), id, calendarTexts));
  });
  app.get(`/events/:id{${UUID}}`, async (c) => {
    const e = await events.getEvent(c.get('deps'), c.get('actor'), c.req.param('id'));
    return render(c, <EventPage ctx={pageCtx(c)} e={e} />);
  });
  app.post(`/events/:id{${UUID}}/rsvp`, async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const e = await events.rsvp(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, e.mine?.status === 'waiting' ? 'events.flash.waiting' : 'events.flash.going');
    return c.redirect(`/events/${e.id}`, 303);
  });
  app.post(`/events/:id{${UUID}}/cancel-rsvp`, async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const e = await events.cancelMyRsvp(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'events.flash.rsvp_cancelled');
    return c.redirect(`/events/${e.id}`, 303);
  });
  app.get(`/events/:id{${UUID}}/edit`, async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return editEventPage(c, c.req.param('id'));
  });
  app.post(`/events/:id{${UUID}}/edit`, async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    const values = await readForm(c);
    try {
      await events.editEvent(c.get('deps'), c.get('actor'), id, eventForm(values));
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'validation.failed') throw e;
      return editEventPage(c, id, { values, errors: e.fields, message: c.get('t')('errors.validation.failed') }, e.status);
    }
    flash(c, 'events.flash.edited');
    return c.redirect(`/events/${id}`, 303);
  });
  app.post(`/events/:id{${UUID}}/cancel`, async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const e = await events.cancelEvent(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'events.flash.event_cancelled');
    return c.redirect(`/events/${e.id}`, 303);
  });

  app.get('/associations/:slug/events.ics', async (c) => {
    const f = await events.associationCalendar(c.get('deps'), c.get('actor'), c.req.param('slug'), calendarTexts, feedName, c.req.query('key'));
    const res = calendarResponse(c, f);
    // A private link is a secret in the address: keep it out of referrers and search engines.
    res.headers.set('referrer-policy', 'no-referrer');
    res.headers.set('x-robots-tag', 'noindex');
    return res;
  });
  app.get('/associations/:slug/events', (c) => associationEventsPage(c, c.req.param('slug')));
  app.post('/associations/:slug/events/feed-key', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const made = await events.resetFeedKey(c.get('deps'), c.get('actor'), c.req.param('slug'));
    // Shown once, on this answer: only its fingerprint is kept.
    c.header('cache-control', 'no-store');
    return associationEventsPage(c, made.association.slug, `${c.get('deps').config.baseUrl}${made.path}`);
  });
  app.get('/associations/:slug/events/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return newEventPage(c, c.req.param('slug'));
  });
  app.post('/associations/:slug/events', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = c.req.param('slug');
    const values = await readForm(c);
    let id: string;
    try {
      const e = await events.createEvent(c.get('deps'), c.get('actor'), slug, eventForm(values));
      id = e.id;
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'validation.failed') throw e;
      return newEventPage(c, slug, { values, errors: e.fields, message: c.get('t')('errors.validation.failed') }, e.status);
    }
    flash(c, 'events.flash.created');
    return c.redirect(`/events/${id}`, 303);
  });
}
