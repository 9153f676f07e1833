// Association events pages: every association's upcoming events (/events), one association's
// (/associations/<slug>/events, with its calendar feed), an event's page with RSVP, the waiting list
// and, for officers, who comes and the change and cancel buttons (/events/<id>), the officers' forms
// (/associations/<slug>/events/new, /events/<id>/edit), and a member's private calendar link. Plain forms: everything works with JavaScript off. Times are in
// the reader's zone, with Pakistan's time beside them when that differs; people's words keep their own
// direction (dir="auto").
import { Checkbox, Field, Form, type FormState, PostButton, Radios, Select, TextArea } from '../platform/form-views.tsx';
import { formatDate, formatDateTime } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { currentTimeZone, timeZoneLabel } from '../platform/time-zone.ts';
import { ABOUT_MAX, EVENT_TIME_ZONE, inLanguage, MAX_CAPACITY, TITLE_MAX } from './domain.ts';
import type { AssociationRef, EventList, EventView } from './service.ts';

export const associationName = (ctx: PageCtx, a: Pick<AssociationRef, 'nameEn' | 'nameUr'>) => inLanguage(ctx.locale, a.nameEn, a.nameUr);
export const eventTitle = (locale: PageCtx['locale'], e: Pick<EventView, 'titleEn' | 'titleUr'>) => inLanguage(locale, e.titleEn, e.titleUr);

function ZoneNote({ ctx }: { ctx: PageCtx }) {
  return <p class="muted">{ctx.t('events.times_in_zone', { zone: timeZoneLabel(ctx.locale, currentTimeZone(), new Date()) })}</p>;
}

function Place({ ctx, e }: { ctx: PageCtx; e: EventView }) {
  if (e.format === 'online') return <>{ctx.t('events.format.online')}</>;
  return (
    <>
      <span dir="auto">{e.venue}</span>
      {e.city ? <>{ctx.locale === 'ur' ? '، ' : ', '}{ctx.locale === 'ur' ? e.city.nameUr : e.city.nameEn}</> : null}
    </>
  );
}

function Seats({ ctx, e }: { ctx: PageCtx; e: EventView }) {
  const left = e.capacity - e.going;
  return (
    <>
      {left > 0 ? ctx.t('events.seats_left', { n: left, capacity: e.capacity }) : ctx.t('events.full')}
      {e.waiting > 0 ? <> · {ctx.t('events.waiting_count', { n: e.waiting })}</> : null}
    </>
  );
}

function Badges({ ctx, e }: { ctx: PageCtx; e: EventView }) {
  return (
    <>
      {e.status === 'cancelled' ? <span class="badge event-cancelled">{ctx.t('events.cancelled_badge')}</span> : null}
      {e.membersOnly ? <span class="badge">{ctx.t('events.members_only')}</span> : null}
    </>
  );
}

function EventCards({ ctx, events, showAssociation }: { ctx: PageCtx; events: EventView[]; showAssociation: boolean }) {
  return (
    <ul class="event-cards">
      {events.map((e) => (
        <li class="card event-card">
          <h3>
            <a href={`/events/${e.id}`} dir="auto">
              {eventTitle(ctx.locale, e)}
            </a>{' '}
            <Badges ctx={ctx} e={e} />
          </h3>
          {showAssociation ? (
            <p>
              <a href={`/associations/${e.association.slug}`} dir="auto">
                {associationName(ctx, e.association)}
              </a>
            </p>
          ) : null}
          <p>
            <time datetime={e.startsAt.toISOString()}>{formatDateTime(ctx.locale, e.startsAt)}</time> · <Place ctx={ctx} e={e} />
          </p>
          {e.status === 'scheduled' ? (
            <p class="muted">
              <Seats ctx={ctx} e={e} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function EventsPage({ ctx, list }: { ctx: PageCtx; list: EventList }) {
  return (
    <Layout ctx={ctx} title={ctx.t('events.list.title')}>
      <h1>{ctx.t('events.list.title')}</h1>
      <p>{ctx.t('events.list.intro')}</p>
      <ZoneNote ctx={ctx} />
      {list.events.length ? <EventCards ctx={ctx} events={list.events} showAssociation /> : <p class="muted">{ctx.t('events.list.none')}</p>}
    </Layout>
  );
}

/** A member's private feed link: make it, or reset it; shown in full only right after it is made. */
function FeedKey({ ctx, slug, feedKey, newLink }: { ctx: PageCtx; slug: string; feedKey: { createdAt: Date | null }; newLink: string | null }) {
  return (
    <section class="card event-feed-key">
      <h2>{ctx.t('events.feed.title')}</h2>
      <p>{ctx.t('events.feed.intro')}</p>
      {newLink ? (
        <>
          <p class="alert">{ctx.t('events.feed.new')}</p>
          <label for="event-feed-link">{ctx.t('events.feed.label')}</label>
          <input id="event-feed-link" type="url" readonly value={newLink} dir="ltr" class="event-feed-link" />
          <p class="muted">{ctx.t('events.feed.secret')}</p>
        </>
      ) : feedKey.createdAt ? (
        <p>{ctx.t('events.feed.has', { date: formatDate(ctx.locale, feedKey.createdAt) })}</p>
      ) : null}
      {feedKey.createdAt || newLink ? <p class="muted">{ctx.t('events.feed.reset_hint')}</p> : null}
      <PostButton ctx={ctx} action={`/associations/${slug}/events/feed-key`} label={ctx.t(feedKey.createdAt || newLink ? 'events.feed.reset' : 'events.feed.create')} cls="small" />
    </section>
  );
}

export function AssociationEventsPage({
  ctx,
  upcoming,
  past,
  feedKey = null,
  newLink = null,
}: {
  ctx: PageCtx;
  upcoming: EventList;
  past: EventList;
  /** For a member: whether they have a private feed link; null for anyone else. */
  feedKey?: { createdAt: Date | null } | null;
  /** The link just made, shown only now. */
  newLink?: string | null;
}) {
  const a = upcoming.association as AssociationRef;
  const name = associationName(ctx, a);
  return (
    <Layout ctx={ctx} title={ctx.t('events.association.title', { name })}>
      <p>
        <a href={`/associations/${a.slug}`}>{ctx.t('events.association.back', { name })}</a>
      </p>
      <h1>{ctx.t('events.association.title', { name })}</h1>
      <p>
        <a href={`/associations/${a.slug}/events.ics`}>{ctx.t('events.association.feed')}</a>
        {upcoming.canCreate ? (
          <>
            {' · '}
            <a href={`/associations/${a.slug}/events/new`}>{ctx.t('events.new.link')}</a>
          </>
        ) : null}
      </p>
      <p class="muted">{ctx.t('events.association.feed_hint')}</p>
      {feedKey ? <FeedKey ctx={ctx} slug={a.slug} feedKey={feedKey} newLink={newLink} /> : null}
      <ZoneNote ctx={ctx} />
      {upcoming.events.length ? <EventCards ctx={ctx} events={upcoming.events} showAssociation={false} /> : <p class="muted">{ctx.t('events.list.none')}</p>}
      <h2>{ctx.t('events.list.past')}</h2>
      {past.events.length ? <EventCards ctx={ctx} events={past.events} showAssociation={false} /> : <p class="muted">{ctx.t('events.list.none_past')}</p>}
    </Layout>
  );
}

function About({ ctx, e }: { ctx: PageCtx; e: EventView }) {
  const first = ctx.locale === 'ur' ? e.aboutUr : e.aboutEn;
  const second = ctx.locale === 'ur' ? e.aboutEn : e.aboutUr;
  return (
    <div class="event-about">
      {first ? (
        <p dir="auto" class="user-text">
          {first}
        </p>
      ) : null}
      {second ? (
        <p dir="auto" class="user-text" lang={ctx.locale === 'ur' ? 'en' : 'ur'}>
          {second}
        </p>
      ) : null}
    </div>
  );
}

function Rsvp({ ctx, e }: { ctx: PageCtx; e: EventView }) {
  if (e.status === 'cancelled') return <p class="alert">{ctx.t('events.is_cancelled')}</p>;
  if (!e.open) return <p class="muted">{ctx.t('events.closed')}</p>;
  if (!ctx.actor) {
    return (
      <p>
        <a class="button" href={`/login?next=${encodeURIComponent(`/events/${e.id}`)}`}>
          {ctx.t('events.login')}
        </a>
      </p>
    );
  }
  if (e.mine?.status === 'going') {
    return (
      <div class="event-rsvp">
        <p>{ctx.t('events.mine.going')}</p>
        <PostButton ctx={ctx} action={`/events/${e.id}/cancel-rsvp`} label={ctx.t('events.cancel_rsvp')} />
      </div>
    );
  }
  if (e.mine?.status === 'waiting') {
    return (
      <div class="event-rsvp">
        <p>{ctx.t('events.mine.waiting', { n: e.mine.position ?? 1 })}</p>
        <PostButton ctx={ctx} action={`/events/${e.id}/cancel-rsvp`} label={ctx.t('events.leave_waiting')} />
      </div>
    );
  }
  return <PostButton ctx={ctx} action={`/events/${e.id}/rsvp`} label={ctx.t(e.going < e.capacity ? 'events.rsvp' : 'events.rsvp_waiting')} cls="event-rsvp-button" />;
}

function People({ ctx, title, people }: { ctx: PageCtx; title: string; people: { displayName: string; handle: string }[] }) {
  return (
    <>
      <h3>{title}</h3>
      {people.length ? (
        <ol class="event-people">
          {people.map((p) => (
            <li>
              <a href={`/u/${encodeURIComponent(p.handle)}`} dir="auto">
                {p.displayName}
              </a>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{ctx.t('events.manage.nobody')}</p>
      )}
    </>
  );
}

export function EventPage({ ctx, e }: { ctx: PageCtx; e: EventView }) {
  const title = eventTitle(ctx.locale, e);
  const zone = currentTimeZone();
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/associations/${e.association.slug}`} dir="auto">
          {ctx.t('events.association.back', { name: associationName(ctx, e.association) })}
        </a>
      </p>
      <h1 dir="auto">
        {title} <Badges ctx={ctx} e={e} />
      </h1>
      <p class="muted">{ctx.t('events.by', { name: associationName(ctx, e.association) })}</p>
      <dl class="event-facts">
        <dt>{ctx.t('events.when')}</dt>
        <dd>
          <time datetime={e.startsAt.toISOString()}>{formatDateTime(ctx.locale, e.startsAt)}</time> – {formatDateTime(ctx.locale, e.endsAt)}
          {zone !== EVENT_TIME_ZONE ? <p class="muted">{ctx.t('events.original_time', { when: formatDateTime(ctx.locale, e.startsAt, EVENT_TIME_ZONE) })}</p> : null}
        </dd>
        <dt>{ctx.t('events.where')}</dt>
        <dd>
          <Place ctx={ctx} e={e} />
          {e.format === 'online' && e.status === 'scheduled' ? (
            e.onlineUrl ? (
              <p>
                {ctx.t('events.join')}{' '}
                <a href={e.onlineUrl} rel="noopener noreferrer">
                  <bdi>{e.onlineUrl}</bdi>
                </a>
              </p>
            ) : (
              <p class="muted">{ctx.t('events.link_after_rsvp')}</p>
            )
          ) : null}
        </dd>
      </dl>
      {e.status === 'scheduled' ? (
        <p>
          <Seats ctx={ctx} e={e} />
        </p>
      ) : null}
      <Rsvp ctx={ctx} e={e} />
      <p>
        <a href={`/events/${e.id}.ics`}>{ctx.t('events.calendar')}</a>
      </p>
      <About ctx={ctx} e={e} />
      {e.canManage && e.attendees ? (
        <section class="card event-manage">
          <h2>{ctx.t('events.manage.title')}</h2>
          <People ctx={ctx} title={ctx.t('events.manage.going')} people={e.attendees.going} />
          <People ctx={ctx} title={ctx.t('events.manage.waiting')} people={e.attendees.waiting} />
          {e.open ? (
            <>
              <p>
                <a class="button" href={`/events/${e.id}/edit`}>
                  {ctx.t('events.edit.link')}
                </a>
              </p>
              <p class="muted">{ctx.t('events.manage.cancel_hint')}</p>
              <PostButton ctx={ctx} action={`/events/${e.id}/cancel`} label={ctx.t('events.manage.cancel')} cls="danger small" />
            </>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}

export function NewEventPage({ ctx, association, cities, state }: { ctx: PageCtx; association: AssociationRef; cities: { slug: string; en: string; ur: string }[]; state: FormState }) {
  const name = associationName(ctx, association);
  return (
    <Layout ctx={ctx} title={ctx.t('events.new.title', { name })}>
      <p>
        <a href={`/associations/${association.slug}/events`}>{ctx.t('events.association.title', { name })}</a>
      </p>
      <h1>{ctx.t('events.new.title', { name })}</h1>
      <EventForm ctx={ctx} action={`/associations/${association.slug}/events`} state={state} cities={cities} submit={ctx.t('events.form.submit')} />
    </Layout>
  );
}

type City = { slug: string; en: string; ur: string };

/** The officers' event form: a new event, or changes to one (the same fields). */
function EventForm({ ctx, action, state, cities, submit }: { ctx: PageCtx; action: string; state: FormState; cities: City[]; submit: string }) {
  return (
    <Form ctx={ctx} action={action} state={state}>
      <Field ctx={ctx} state={state} name="title_en" label={ctx.t('events.form.title_en')} hint={ctx.t('events.form.title_hint')} maxlength={TITLE_MAX} />
      <Field ctx={ctx} state={state} name="title_ur" label={ctx.t('events.form.title_ur')} maxlength={TITLE_MAX} />
      <Radios
        ctx={ctx}
        state={state}
        name="format"
        legend={ctx.t('events.form.format')}
        options={[
          { value: 'in_person', label: ctx.t('events.format.in_person') },
          { value: 'online', label: ctx.t('events.format.online') },
        ]}
      />
      <Field ctx={ctx} state={state} name="venue" label={ctx.t('events.form.venue')} hint={ctx.t('events.form.venue_hint')} maxlength={200} />
      <Select
        ctx={ctx}
        state={state}
        name="city"
        label={ctx.t('events.form.city')}
        options={[{ value: '', label: ctx.t('events.form.city_choose') }, ...cities.map((c) => ({ value: c.slug, label: c[ctx.locale] }))]}
      />
      <Field ctx={ctx} state={state} name="online_url" label={ctx.t('events.form.online_url')} hint={ctx.t('events.form.online_url_hint')} maxlength={300} dir="ltr" type="url" />
      <Field ctx={ctx} state={state} name="date" label={ctx.t('events.form.date')} hint={ctx.t('events.form.date_hint')} type="date" dir="ltr" />
      <Field ctx={ctx} state={state} name="start_time" label={ctx.t('events.form.start_time')} hint={ctx.t('events.form.time_hint')} type="time" dir="ltr" />
      <Field ctx={ctx} state={state} name="end_time" label={ctx.t('events.form.end_time')} type="time" dir="ltr" />
      <Field ctx={ctx} state={state} name="capacity" label={ctx.t('events.form.capacity')} hint={ctx.t('events.form.capacity_hint')} inputmode="numeric" maxlength={String(MAX_CAPACITY).length} dir="ltr" />
      <Checkbox ctx={ctx} state={state} name="members_only" label={ctx.t('events.form.members_only')} hint={ctx.t('events.form.members_only_hint')} />
      <TextArea ctx={ctx} state={state} name="about_en" label={ctx.t('events.form.about_en')} maxlength={ABOUT_MAX} rows={5} />
      <TextArea ctx={ctx} state={state} name="about_ur" label={ctx.t('events.form.about_ur')} maxlength={ABOUT_MAX} rows={5} />
      <button type="submit">
        {submit}
      </button>
    </Form>
  );
}

export function EditEventPage({ ctx, e, cities, state }: { ctx: PageCtx; e: EventView; cities: City[]; state: FormState }) {
  const title = ctx.t('events.edit.title', { title: eventTitle(ctx.locale, e) });
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/events/${e.id}`}>{ctx.t('events.edit.back')}</a>
      </p>
      <h1 dir="auto">{title}</h1>
      <p>{ctx.t('events.edit.going_now', { n: e.going, w: e.waiting })}</p>
      <p class="muted">{ctx.t('events.edit.hint')}</p>
      <EventForm ctx={ctx} action={`/events/${e.id}/edit`} state={state} cities={cities} submit={ctx.t('events.edit.submit')} />
    </Layout>
  );
}
