// Association events pages: /events, /events/<id> (RSVP, give a place up, officers cancel),
// /events/<id>.ics, /associations/<slug>/events (with the officers' form at .../events/new) and
// /associations/<slug>/events.ics. Thin: read the form, call the service, redirect with a flash, or
// show the page again with the message.
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { formatDateTime } from '../platform/format.ts';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { type Locale, translate } from '../platform/i18n.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { listCities } from '../taxonomy/service.ts';
import { inLanguage } from './domain.ts';
import type { AssociationRef, EventView } from './service.ts';
import * as events from './service.ts';
import { AssociationEventsPage, EventPage, EventsPage, NewEventPage } from './views.tsx';

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
  app.post(`/events/:id{${UUID}}/cancel`, async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const e = await events.cancelEvent(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'events.flash.event_cancelled');
    return c.redirect(`/events/${e.id}`, 303);
  });

  app.get('/associations/:slug/events.ics', async (c) => calendarResponse(c, await events.associationCalendar(c.get('deps'), c.get('actor'), c.req.param('slug'), calendarTexts, feedName)));
  app.get('/associations/:slug/events', async (c) => {
    const slug = c.req.param('slug');
    const [upcoming, past] = await Promise.all([events.listEvents(c.get('deps'), c.get('actor'), { slug }), events.listEvents(c.get('deps'), c.get('actor'), { slug, when: 'past', limit: 20 })]);
    return render(c, <AssociationEventsPage ctx={pageCtx(c)} upcoming={upcoming} past={past} />);
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
      const e = await events.createEvent(c.get('deps'), c.get('actor'), slug, {
        title_en: str(values, 'title_en'),
        title_ur: str(values, 'title_ur'),
        about_en: str(values, 'about_en'),
        about_ur: str(values, 'about_ur'),
        format: str(values, 'format'),
        online_url: str(values, 'online_url'),
        venue: str(values, 'venue'),
        city: str(values, 'city'),
        date: str(values, 'date'),
        start_time: str(values, 'start_time'),
        end_time: str(values, 'end_time'),
        capacity: str(values, 'capacity'),
        members_only: str(values, 'members_only'),
      });
      id = e.id;
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'validation.failed') throw e;
      return newEventPage(c, slug, { values, errors: e.fields, message: c.get('t')('errors.validation.failed') }, e.status);
    }
    flash(c, 'events.flash.created');
    return c.redirect(`/events/${id}`, 303);
  });
}
