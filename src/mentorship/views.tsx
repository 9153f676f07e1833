// Mentorship pages: the directory (/mentors), a mentor's page with the booking form, the published
// rules, "my mentoring" (/mentoring) with each booking's actions, calendar file and feedback, the
// mentor's own profile and availability (/mentoring/profile), and the admins' applications
// (/admin/mentors). Plain forms throughout: everything works with JavaScript off. Times are in the
// reader's zone; people's words are shown with dir="auto", escaped by JSX.
import { Field, FieldError, Form, type FormState, PostButton, Select, TextArea, value } from '../platform/form-views.tsx';
import { formatDate, formatDateTime, formatNumber, isolate } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney } from '../platform/money.ts';
import { COMMON_TIME_ZONES, currentTimeZone, timeZoneLabel } from '../platform/time-zone.ts';
import { BIO_MAX, CONTEST_WINDOW_MS, FREE_CANCEL_MS, MENTOR_LANGUAGES, RESOLUTIONS, RULES, REPORT_WINDOW_MS, SESSION_LENGTHS, type Slot, type SlotWeek, slotsByDay, type WeeklyRange } from './domain.ts';
import type { BookingView, ContestView, MentorCard, MentorPage as MentorPageData, MentorProfile } from './service.ts';

const timeFormats = new Map<string, Intl.DateTimeFormat>();
/** A time of day in the reader's zone: "7:00 pm", "19:00". */
function timeOfDay(ctx: PageCtx, d: Date): string {
  const zone = currentTimeZone();
  const key = `${ctx.locale} ${zone}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(ctx.locale === 'ur' ? 'ur-PK' : 'en-PK', { hour: 'numeric', minute: '2-digit', timeZone: zone, ...(ctx.locale === 'ur' ? { hourCycle: 'h23' as const } : {}) });
    timeFormats.set(key, f);
  }
  return f.format(d);
}

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);
const average = (r: { sum: number; count: number }) => (r.count ? (r.sum / r.count).toFixed(1) : null);

function Price({ ctx, p }: { ctx: PageCtx; p: MentorProfile }) {
  return <>{p.price.amount === 0n ? ctx.t('mentorship.free') : ctx.t('mentorship.price_per_session', { price: formatMoney(ctx.locale, p.price), minutes: p.sessionMinutes })}</>;
}

function Languages({ ctx, langs }: { ctx: PageCtx; langs: string[] }) {
  return <>{langs.map((l) => ctx.t(`mentorship.language.${l}`)).join(ctx.locale === 'ur' ? '، ' : ', ')}</>;
}

function Topics({ topics }: { topics: string[] }) {
  return (
    <ul class="mentor-topics">
      {topics.map((t) => (
        <li dir="auto">{t}</li>
      ))}
    </ul>
  );
}

function ZoneNote({ ctx }: { ctx: PageCtx }) {
  return <p class="muted">{ctx.t('mentorship.times_in_zone', { zone: timeZoneLabel(ctx.locale, currentTimeZone(), new Date()) })}</p>;
}

/** The bio in the reader's language first, then the other if written. */
function Bio({ ctx, p }: { ctx: PageCtx; p: MentorProfile }) {
  const first = ctx.locale === 'ur' ? p.bioUr : p.bioEn;
  const second = ctx.locale === 'ur' ? p.bioEn : p.bioUr;
  return (
    <div class="mentor-bio">
      {first ? <p dir="auto">{first}</p> : null}
      {second ? (
        <p dir="auto" lang={ctx.locale === 'ur' ? 'en' : 'ur'}>
          {second}
        </p>
      ) : null}
    </div>
  );
}

export function MentorsPage({ ctx, cards, filters }: { ctx: PageCtx; cards: MentorCard[]; filters: { topic: string; language: string } }) {
  return (
    <Layout ctx={ctx} title={ctx.t('mentorship.directory.title')}>
      <h1>{ctx.t('mentorship.directory.title')}</h1>
      <p>{ctx.t('mentorship.directory.intro')}</p>
      <p>
        <a href="/mentors/rules">{ctx.t('mentorship.rules.link')}</a> · <a href="/mentoring">{ctx.t('mentorship.mine.title')}</a> · <a href="/mentoring/profile">{ctx.t('mentorship.become')}</a>
      </p>
      <form method="get" action="/mentors" class="mentor-filters">
        <label for="topic">{ctx.t('mentorship.filter.topic')}</label>
        <input id="topic" name="topic" value={filters.topic} maxlength={40} dir="auto" />
        <label for="language">{ctx.t('mentorship.filter.language')}</label>
        <select id="language" name="language">
          <option value="">{ctx.t('mentorship.filter.any_language')}</option>
          {MENTOR_LANGUAGES.map((l) => (
            <option value={l} selected={filters.language === l}>
              {ctx.t(`mentorship.language.${l}`)}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary small">
          {ctx.t('mentorship.filter.submit')}
        </button>
      </form>
      <ZoneNote ctx={ctx} />
      {cards.length === 0 ? <p class="muted">{ctx.t('mentorship.directory.none')}</p> : null}
      <ul class="mentor-cards">
        {cards.map(({ profile: p, nextSlots }) => (
          <li class="card mentor-card">
            <h2>
              <a href={`/mentors/${encodeURIComponent(p.handle)}`} dir="auto">
                {p.displayName}
              </a>
            </h2>
            <Topics topics={p.topics} />
            <p>
              <Languages ctx={ctx} langs={p.languages} /> · <Price ctx={ctx} p={p} />
              {average(p.rating) ? <> · ★ {ctx.t('mentorship.rating', { average: average(p.rating) ?? '', n: p.rating.count })}</> : null}
            </p>
            {nextSlots.length ? (
              <p>
                {ctx.t('mentorship.next_free')}{' '}
                {nextSlots.map((s, i) => (
                  <>
                    {i ? ' · ' : ''}
                    <time datetime={s.startsAt.toISOString()}>{formatDateTime(ctx.locale, s.startsAt)}</time>
                  </>
                ))}
              </p>
            ) : (
              <p class="muted">{ctx.t('mentorship.no_free')}</p>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function SlotPicker({ ctx, slots, state }: { ctx: PageCtx; slots: Slot[]; state: FormState }) {
  const chosen = value(state, 'starts_at');
  return (
    <fieldset id="starts_at" class="slot-picker">
      <legend>{ctx.t('mentorship.book.choose')}</legend>
      <FieldError ctx={ctx} state={state} name="starts_at" />
      {slotsByDay(slots, currentTimeZone()).map((d) => (
        <div class="slot-day">
          <h3>{formatDate(ctx.locale, dayDate(d.day), 'UTC')}</h3>
          {d.slots.map((s) => (
            <label class="choice slot">
              <input type="radio" name="starts_at" value={s.startsAt.toISOString()} checked={chosen === s.startsAt.toISOString()} />
              <span>{timeOfDay(ctx, s.startsAt)}</span>
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}

/** Which week of free times is shown, with links to the weeks either side (plain links: no JavaScript). */
function WeekNav({ ctx, handle, week }: { ctx: PageCtx; handle: string; week: SlotWeek }) {
  const href = (n: number) => `/mentors/${encodeURIComponent(handle)}${n ? `?week=${n}` : ''}#book`;
  return (
    <nav class="week-nav" aria-label={ctx.t('mentorship.week.nav')}>
      <p>
        <strong>{ctx.t('mentorship.week.title', { from: formatDate(ctx.locale, dayDate(week.firstDay), 'UTC'), to: formatDate(ctx.locale, dayDate(week.lastDay), 'UTC') })}</strong>
      </p>
      <p class="actions">
        {week.hasPrevious ? (
          <a href={href(week.week - 1)} rel="prev">
            {ctx.t('mentorship.week.previous')}
          </a>
        ) : null}
        {week.hasNext ? (
          <a href={href(week.week + 1)} rel="next">
            {ctx.t('mentorship.week.next')}
          </a>
        ) : null}
      </p>
    </nav>
  );
}

export function MentorPage({ ctx, data, week, state }: { ctx: PageCtx; data: MentorPageData; week: SlotWeek; state: FormState }) {
  const p = data.profile;
  return (
    <Layout ctx={ctx} title={p.displayName}>
      <p>
        <a href="/mentors">{ctx.t('mentorship.directory.title')}</a>
      </p>
      <h1 dir="auto">{p.displayName}</h1>
      {p.status !== 'approved' ? <p class="alert">{ctx.t(`mentorship.status.${p.status}`)}</p> : null}
      <Topics topics={p.topics} />
      <p>
        <Languages ctx={ctx} langs={p.languages} /> · <Price ctx={ctx} p={p} />
      </p>
      {average(p.rating) ? <p>★ {ctx.t('mentorship.rating', { average: average(p.rating) ?? '', n: p.rating.count })}</p> : null}
      <Bio ctx={ctx} p={p} />
      <p>
        <a href={`/u/${encodeURIComponent(p.handle)}`}>{ctx.t('mentorship.see_profile')}</a>
      </p>
      <h2 id="book">{ctx.t('mentorship.book.title')}</h2>
      <ZoneNote ctx={ctx} />
      {data.own ? (
        <p class="muted">{ctx.t('mentorship.book.own')}</p>
      ) : data.slots.length === 0 ? (
        <p class="muted">{ctx.t('mentorship.no_free')}</p>
      ) : week.slots.length === 0 ? (
        <>
          <WeekNav ctx={ctx} handle={p.handle} week={week} />
          <p class="muted">{ctx.t('mentorship.week.none')}</p>
        </>
      ) : !ctx.actor ? (
        <>
          <WeekNav ctx={ctx} handle={p.handle} week={week} />
          <SlotList ctx={ctx} slots={week.slots} />
          <p>
            <a class="button" href={`/login?next=${encodeURIComponent(`/mentors/${p.handle}${week.week ? `?week=${week.week}` : ''}`)}`}>
              {ctx.t('mentorship.book.login')}
            </a>
          </p>
        </>
      ) : (
        <Form ctx={ctx} action={`/mentors/${encodeURIComponent(p.handle)}/book`} state={state}>
          <WeekNav ctx={ctx} handle={p.handle} week={week} />
          <input type="hidden" name="week" value={String(week.week)} />
          <SlotPicker ctx={ctx} slots={week.slots} state={state} />
          <TextArea ctx={ctx} state={state} name="topic" label={ctx.t('mentorship.book.topic')} hint={ctx.t('mentorship.book.topic_hint')} maxlength={500} rows={3} />
          <p class="muted">{p.price.amount === 0n ? ctx.t('mentorship.book.free_note') : ctx.t('mentorship.book.paid_note', { price: formatMoney(ctx.locale, p.price) })}</p>
          <button type="submit">{ctx.t('mentorship.book.submit')}</button>
        </Form>
      )}
      <p>
        <a href="/mentors/rules">{ctx.t('mentorship.rules.link')}</a>
      </p>
      {data.feedback.length ? (
        <>
          <h2>{ctx.t('mentorship.feedback.title')}</h2>
          <ul class="mentor-feedback">
            {data.feedback.map((f) => (
              <li>
                <span aria-hidden="true">{'★'.repeat(f.rating)}</span> <span class="sr-only">{ctx.t('mentorship.feedback.stars', { n: f.rating })}</span>{' '}
                <strong dir="auto">{f.authorName}</strong> <span class="muted">{formatDate(ctx.locale, f.at)}</span>
                {f.text ? <p dir="auto">{f.text}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

/** The free times for a visitor, without the form (they sign in to book). */
function SlotList({ ctx, slots }: { ctx: PageCtx; slots: Slot[] }) {
  return (
    <ul class="slot-days">
      {slotsByDay(slots, currentTimeZone()).map((d) => (
        <li>
          <strong>{formatDate(ctx.locale, dayDate(d.day), 'UTC')}</strong>: {d.slots.map((s) => timeOfDay(ctx, s.startsAt)).join(' · ')}
        </li>
      ))}
    </ul>
  );
}

export function RulesPage({ ctx }: { ctx: PageCtx }) {
  return (
    <Layout ctx={ctx} title={ctx.t('mentorship.rules.title')}>
      <h1>{ctx.t('mentorship.rules.title')}</h1>
      <p>{ctx.t('mentorship.rules.intro')}</p>
      <table class="mentor-rules">
        <thead>
          <tr>
            <th scope="col">{ctx.t('mentorship.rules.when')}</th>
            <th scope="col">{ctx.t('mentorship.rules.money')}</th>
          </tr>
        </thead>
        <tbody>
          {RULES.map((r) => (
            <tr>
              <td>{ctx.t(`mentorship.rule.${r.id}`, { hours: FREE_CANCEL_MS / 3_600_000, window: REPORT_WINDOW_MS / 3_600_000, contest: CONTEST_WINDOW_MS / 3_600_000 })}</td>
              <td>{ctx.t(`mentorship.money.${r.money}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{ctx.t('mentorship.rules.free_sessions')}</p>
      <p class="muted">{ctx.t('mentorship.rules.hold')}</p>
    </Layout>
  );
}

/** What a booking's absence report says now: open (and until when it can be contested), contested, or decided. */
function ReportNote({ ctx, b }: { ctx: PageCtx; b: BookingView }) {
  const r = b.report;
  if (!r) return null;
  const absent = ctx.t(`mentorship.report.absent_${r.absent}`);
  return (
    <div class="report-note">
      {r.contestUntil ? (
        <p>
          {ctx.t('mentorship.report.open', { absent, until: formatDateTime(ctx.locale, r.contestUntil) })}
        </p>
      ) : null}
      {b.status === 'contested' ? <p>{ctx.t('mentorship.report.contested')}</p> : null}
      {r.contestNote ? (
        <p class="muted">
          {ctx.t('mentorship.report.contest_note')} <span dir="auto">{r.contestNote}</span>
        </p>
      ) : null}
      {r.resolution ? (
        <p>
          {ctx.t('mentorship.report.decided', { decision: ctx.t(`mentorship.resolution.${r.resolution}`) })}
          {r.resolutionNote ? (
            <>
              {' '}
              <span dir="auto">{r.resolutionNote}</span>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** The side reported absent says what happened; the money waits for an admin. */
function ContestForm({ ctx, b, state }: { ctx: PageCtx; b: BookingView; state: FormState }) {
  return (
    <Form ctx={ctx} action={`/mentoring/bookings/${b.id}/contest`} state={state} class="stack contest-form">
      <TextArea ctx={ctx} state={state} name="note" label={ctx.t('mentorship.contest.note')} hint={ctx.t('mentorship.contest.hint')} maxlength={1000} rows={3} />
      <button type="submit" class="secondary">
        {ctx.t('mentorship.contest.submit')}
      </button>
    </Form>
  );
}

function BookingItem({ ctx, b, contest }: { ctx: PageCtx; b: BookingView; contest?: { id: string; state: FormState } | undefined }) {
  const other = b.side === 'learner' ? b.mentor : b.learner;
  const actionPath: Record<string, string> = { cancel: 'cancel', report_absent: 'report-absent', confirm_held: 'confirm-held' };
  return (
    <li class="card booking" id={`booking-${b.id}`}>
      <h3>{ctx.t(b.side === 'learner' ? 'mentorship.mine.with_mentor' : 'mentorship.mine.with_learner', { name: isolate(other.displayName) })}</h3>
      <p>
        <time datetime={b.startsAt.toISOString()}>{formatDateTime(ctx.locale, b.startsAt)}</time> · {ctx.t(`mentorship.booking.${b.status}`)}
        {b.price.amount > 0n ? <> · {formatMoney(ctx.locale, b.price)}</> : <> · {ctx.t('mentorship.free')}</>}
        {b.settlement ? <> · {ctx.t(`mentorship.settlement.${b.settlement}`)}</> : null}
      </p>
      {b.topic ? <p dir="auto">{b.topic}</p> : null}
      <ReportNote ctx={ctx} b={b} />
      {b.meetingUrl ? (
        <p>
          {ctx.t('mentorship.mine.join')} <a href={b.meetingUrl} rel="noopener noreferrer">{b.meetingUrl}</a>
        </p>
      ) : null}
      <p>
        <a href={`/mentoring/bookings/${b.id}.ics`} download>
          {ctx.t('mentorship.mine.calendar')}
        </a>
      </p>
      <div class="actions">
        {b.actions
          .filter((a) => a !== 'contest')
          .map((a) => (
            <PostButton ctx={ctx} action={`/mentoring/bookings/${b.id}/${actionPath[a]}`} label={ctx.t(`mentorship.action.${a}.${b.side}`)} />
          ))}
      </div>
      {b.actions.includes('contest') ? <ContestForm ctx={ctx} b={b} state={contest?.id === b.id ? contest.state : { values: {}, errors: {} }} /> : null}
      {b.feedback.map((f) => (
        <p class="muted">
          {ctx.t(`mentorship.feedback.by_${f.side}`)} {'★'.repeat(f.rating)} <span dir="auto">{f.text}</span>
        </p>
      ))}
      {b.canLeaveFeedback ? <FeedbackForm ctx={ctx} b={b} /> : null}
    </li>
  );
}

function FeedbackForm({ ctx, b }: { ctx: PageCtx; b: BookingView }) {
  const state: FormState = { values: {}, errors: {} };
  return (
    <Form ctx={ctx} action={`/mentoring/bookings/${b.id}/feedback`} class="stack feedback-form">
      <fieldset>
        <legend>{ctx.t('mentorship.feedback.rating')}</legend>
        {[5, 4, 3, 2, 1].map((n) => (
          <label class="choice">
            <input type="radio" name="rating" value={String(n)} required />
            <span>{ctx.t('mentorship.feedback.stars', { n })}</span>
          </label>
        ))}
      </fieldset>
      <TextArea ctx={ctx} state={state} name="text" label={ctx.t('mentorship.feedback.text')} maxlength={1000} rows={3} />
      <button type="submit" class="secondary">
        {ctx.t('mentorship.feedback.submit')}
      </button>
    </Form>
  );
}

export function MentoringPage({
  ctx,
  mine,
  profile,
  contest,
}: { ctx: PageCtx; mine: { asLearner: BookingView[]; asMentor: BookingView[] }; profile: MentorProfile | null; contest?: { id: string; state: FormState } | undefined }) {
  return (
    <Layout ctx={ctx} title={ctx.t('mentorship.mine.title')}>
      <h1>{ctx.t('mentorship.mine.title')}</h1>
      <p>
        <a href="/mentors">{ctx.t('mentorship.directory.title')}</a> · <a href="/mentors/rules">{ctx.t('mentorship.rules.link')}</a> ·{' '}
        <a href="/mentoring/profile">{profile ? ctx.t('mentorship.profile.title') : ctx.t('mentorship.become')}</a>
      </p>
      <ZoneNote ctx={ctx} />
      <h2>{ctx.t('mentorship.mine.as_learner')}</h2>
      {mine.asLearner.length ? (
        <ul class="bookings">
          {mine.asLearner.map((b) => (
            <BookingItem ctx={ctx} b={b} contest={contest} />
          ))}
        </ul>
      ) : (
        <p class="muted">{ctx.t('mentorship.mine.none_as_learner')}</p>
      )}
      {profile ? (
        <>
          <h2>{ctx.t('mentorship.mine.as_mentor')}</h2>
          {mine.asMentor.length ? (
            <ul class="bookings">
              {mine.asMentor.map((b) => (
                <BookingItem ctx={ctx} b={b} contest={contest} />
              ))}
            </ul>
          ) : (
            <p class="muted">{ctx.t('mentorship.mine.none_as_mentor')}</p>
          )}
        </>
      ) : null}
    </Layout>
  );
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
export const RANGES_PER_DAY = 2;

/** The availability form's values from the stored ranges: from_<day>_<i>, to_<day>_<i>. */
export function availabilityValues(ranges: readonly WeeklyRange[]): Record<string, string> {
  const out: Record<string, string> = { time_zone: ranges[0]?.timeZone ?? 'Asia/Karachi' };
  for (let day = 1; day <= 7; day++) {
    ranges
      .filter((r) => r.weekday === day)
      .slice(0, RANGES_PER_DAY)
      .forEach((r, i) => {
        out[`from_${day}_${i}`] = hhmm(r.startMinute);
        out[`to_${day}_${i}`] = hhmm(r.endMinute);
      });
  }
  return out;
}

export function ProfileFormPage({ ctx, profile, state, availability }: { ctx: PageCtx; profile: MentorProfile | null; state: FormState; availability: FormState }) {
  const zones = [...new Set([value(availability, 'time_zone') || 'Asia/Karachi', ...COMMON_TIME_ZONES])];
  return (
    <Layout ctx={ctx} title={profile ? ctx.t('mentorship.profile.title') : ctx.t('mentorship.become')}>
      <h1>{profile ? ctx.t('mentorship.profile.title') : ctx.t('mentorship.become')}</h1>
      {profile ? <p class="alert">{ctx.t(`mentorship.status.${profile.status}`)}</p> : <p>{ctx.t('mentorship.apply.intro')}</p>}
      {profile?.decisionNote ? <p dir="auto">{profile.decisionNote}</p> : null}
      {profile?.status === 'suspended' && profile.suspensionNote ? <p dir="auto">{profile.suspensionNote}</p> : null}
      {profile?.status === 'approved' ? (
        <p>
          <a href={`/mentors/${encodeURIComponent(profile.handle)}`}>{ctx.t('mentorship.profile.public_page')}</a>
        </p>
      ) : null}
      <Form ctx={ctx} action="/mentoring/profile" state={state}>
        <Field ctx={ctx} state={state} name="topics" label={ctx.t('mentorship.apply.topics')} hint={ctx.t('mentorship.apply.topics_hint')} maxlength={400} />
        <fieldset id="languages">
          <legend>{ctx.t('mentorship.apply.languages')}</legend>
          <FieldError ctx={ctx} state={state} name="languages" />
          {MENTOR_LANGUAGES.map((l) => {
            const chosen = state.values.languages;
            const on = Array.isArray(chosen) ? chosen.includes(l) : chosen === l;
            return (
              <label class="choice">
                <input type="checkbox" name="languages" value={l} checked={on} />
                <span>{ctx.t(`mentorship.language.${l}`)}</span>
              </label>
            );
          })}
        </fieldset>
        <TextArea ctx={ctx} state={state} name="bio_ur" label={ctx.t('mentorship.apply.bio_ur')} maxlength={BIO_MAX} rows={5} />
        <TextArea ctx={ctx} state={state} name="bio_en" label={ctx.t('mentorship.apply.bio_en')} hint={ctx.t('mentorship.apply.bio_hint')} maxlength={BIO_MAX} rows={5} />
        <Select
          ctx={ctx}
          state={state}
          name="currency"
          label={ctx.t('mentorship.apply.currency')}
          options={[
            { value: 'PKR', label: 'PKR' },
            { value: 'USD', label: 'USD' },
          ]}
        />
        <Field ctx={ctx} state={state} name="price" label={ctx.t('mentorship.apply.price')} hint={ctx.t('mentorship.apply.price_hint')} inputmode="decimal" maxlength={40} />
        <Select ctx={ctx} state={state} name="session_minutes" label={ctx.t('mentorship.apply.session_minutes')} fallback="60" options={SESSION_LENGTHS.map((m) => ({ value: String(m), label: ctx.t('mentorship.minutes', { minutes: m }) }))} />
        <Field ctx={ctx} state={state} name="meeting_url" type="url" label={ctx.t('mentorship.apply.meeting_url')} hint={ctx.t('mentorship.apply.meeting_url_hint')} dir="ltr" maxlength={300} />
        <button type="submit">{profile ? ctx.t('mentorship.profile.save') : ctx.t('mentorship.apply.submit')}</button>
      </Form>
      {profile && profile.status !== 'rejected' ? (
        <>
          <h2 id="availability">{ctx.t('mentorship.availability.title')}</h2>
          <p>{ctx.t('mentorship.availability.intro')}</p>
          <Form ctx={ctx} action="/mentoring/availability" state={availability}>
            <Select ctx={ctx} state={availability} name="time_zone" label={ctx.t('mentorship.availability.zone')} options={zones.map((z) => ({ value: z, label: `${z} (${timeZoneLabel(ctx.locale, z, new Date())})` }))} />
            <table class="availability">
              <thead>
                <tr>
                  <th scope="col">{ctx.t('mentorship.availability.day')}</th>
                  {Array.from({ length: RANGES_PER_DAY }, (_, i) => (
                    <th scope="col">{ctx.t('mentorship.availability.range', { n: formatNumber(ctx.locale, i + 1) })}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                  <tr>
                    <th scope="row">{ctx.t(`mentorship.weekday.${day}`)}</th>
                    {Array.from({ length: RANGES_PER_DAY }, (_, i) => (
                      <td>
                        <input type="time" name={`from_${day}_${i}`} value={value(availability, `from_${day}_${i}`)} aria-label={ctx.t('mentorship.availability.from_label', { day: ctx.t(`mentorship.weekday.${day}`) })} dir="ltr" />
                        {' – '}
                        <input type="time" name={`to_${day}_${i}`} value={value(availability, `to_${day}_${i}`)} aria-label={ctx.t('mentorship.availability.to_label', { day: ctx.t(`mentorship.weekday.${day}`) })} dir="ltr" />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <FieldError ctx={ctx} state={availability} name="ranges" />
            <button type="submit">{ctx.t('mentorship.availability.save')}</button>
          </Form>
        </>
      ) : null}
    </Layout>
  );
}

/** A contested absence report for the admin: both sides, what each said, and the three decisions. */
function ContestItem({ ctx, c }: { ctx: PageCtx; c: ContestView }) {
  const reporter = c.absent === 'mentor' ? c.learner : c.mentor;
  const absent = c.absent === 'mentor' ? c.mentor : c.learner;
  return (
    <li class="card contest" id={`contest-${c.id}`}>
      <h3>{ctx.t('mentorship.admin.contest_heading', { mentor: isolate(c.mentor.displayName), learner: isolate(c.learner.displayName) })}</h3>
      <p>
        <time datetime={c.startsAt.toISOString()}>{formatDateTime(ctx.locale, c.startsAt)}</time> · {c.price.amount > 0n ? formatMoney(ctx.locale, c.price) : ctx.t('mentorship.free')}
      </p>
      {c.topic ? <p dir="auto">{c.topic}</p> : null}
      <p>{ctx.t('mentorship.admin.contest_report', { reporter: isolate(reporter.displayName), absent: isolate(absent.displayName), at: formatDateTime(ctx.locale, c.reportedAt) })}</p>
      <p>
        {ctx.t('mentorship.admin.contest_says', { name: isolate(absent.displayName), at: formatDateTime(ctx.locale, c.contestedAt) })} <span dir="auto">{c.contestNote}</span>
      </p>
      <Form ctx={ctx} action={`/admin/mentors/contests/${c.id}/decide`} class="stack decide">
        <fieldset>
          <legend>{ctx.t('mentorship.admin.contest_decide')}</legend>
          {RESOLUTIONS.map((r) => (
            <label class="choice">
              <input type="radio" name="resolution" value={r} required />
              <span>
                {ctx.t(`mentorship.resolution.${r}`)} ({ctx.t(r === 'mentor_absent' ? 'mentorship.money.refund' : 'mentorship.money.release')})
              </span>
            </label>
          ))}
        </fieldset>
        <label for={`resolution-note-${c.id}`}>{ctx.t('mentorship.admin.note_both')}</label>
        <textarea id={`resolution-note-${c.id}`} name="note" rows={2} maxlength={500} dir="auto" />
        <button type="submit">{ctx.t('mentorship.admin.contest_submit')}</button>
      </Form>
    </li>
  );
}

function SuspensionForm({ ctx, p }: { ctx: PageCtx; p: MentorProfile }) {
  const suspend = p.status === 'approved';
  return (
    <Form ctx={ctx} action={`/admin/mentors/${p.userId}/${suspend ? 'suspend' : 'reinstate'}`} class="stack decide">
      <label for={`suspension-${p.userId}`}>{ctx.t(suspend ? 'mentorship.admin.suspend_note' : 'mentorship.admin.note')}</label>
      <textarea id={`suspension-${p.userId}`} name="note" rows={2} maxlength={500} dir="auto" />
      {suspend ? <p class="muted">{ctx.t('mentorship.admin.suspend_hint')}</p> : null}
      <div class="actions">
        <button type="submit" class={suspend ? 'danger' : undefined}>
          {ctx.t(suspend ? 'mentorship.admin.suspend' : 'mentorship.admin.reinstate')}
        </button>
      </div>
    </Form>
  );
}

export function AdminMentorsPage({ ctx, applications, contests }: { ctx: PageCtx; applications: MentorProfile[]; contests: ContestView[] }) {
  return (
    <Layout ctx={ctx} title={ctx.t('mentorship.admin.title')} wide>
      <h1>{ctx.t('mentorship.admin.title')}</h1>
      <p>{ctx.t('mentorship.admin.description')}</p>
      <p>
        <a href="/mentors/rules">{ctx.t('mentorship.rules.link')}</a>
      </p>
      <h2 id="contests">{ctx.t('mentorship.admin.contests', { n: contests.length })}</h2>
      {contests.length === 0 ? <p class="muted">{ctx.t('mentorship.admin.no_contests')}</p> : null}
      <ul class="contests">
        {contests.map((c) => (
          <ContestItem ctx={ctx} c={c} />
        ))}
      </ul>
      <h2>{ctx.t('mentorship.admin.applications')}</h2>
      {applications.length === 0 ? <p class="muted">{ctx.t('mentorship.admin.none')}</p> : null}
      <ul class="applications">
        {applications.map((p) => (
          <li class="card">
            <h2 dir="auto">{p.displayName}</h2>
            <p>
              {ctx.t(`mentorship.admin_status.${p.status}`)} · {formatDate(ctx.locale, p.appliedAt)}
            </p>
            {p.status === 'suspended' && p.suspensionNote ? <p dir="auto">{p.suspensionNote}</p> : null}
            <Topics topics={p.topics} />
            <p>
              <Languages ctx={ctx} langs={p.languages} /> · <Price ctx={ctx} p={p} />
            </p>
            <Bio ctx={ctx} p={p} />
            <p>
              <a href={`/u/${encodeURIComponent(p.handle)}`}>{ctx.t('mentorship.see_profile')}</a>
            </p>
            {p.status === 'applied' ? (
              <Form ctx={ctx} action={`/admin/mentors/${p.userId}/decide`} class="stack decide">
                <label for={`note-${p.userId}`}>{ctx.t('mentorship.admin.note')}</label>
                <textarea id={`note-${p.userId}`} name="note" rows={2} maxlength={500} dir="auto" />
                <div class="actions">
                  <button type="submit" name="decision" value="approve">
                    {ctx.t('mentorship.admin.approve')}
                  </button>
                  <button type="submit" name="decision" value="reject" class="secondary">
                    {ctx.t('mentorship.admin.reject')}
                  </button>
                </div>
              </Form>
            ) : p.status === 'approved' || p.status === 'suspended' ? (
              <SuspensionForm ctx={ctx} p={p} />
            ) : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
