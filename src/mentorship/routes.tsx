// Mentorship pages: /mentors (the directory), /mentors/rules, /mentors/<handle> with its booking form,
// /mentoring (my sessions, their actions and feedback), /mentoring/profile (apply, edit, availability),
// /mentoring/bookings/<id>.ics (and contesting an absence report), and /admin/mentors (applications,
// suspensions, contested reports). Thin: read the form, call the service, redirect
// with a flash, or show the page again with the message.
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { formatDateTime } from '../platform/format.ts';
import { toInputString } from '../platform/money.ts';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { translate } from '../platform/i18n.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { currentTimeZone } from '../platform/time-zone.ts';
import { parseWeek, slotWeek } from './domain.ts';
import type { BookingView } from './service.ts';
import * as mentorship from './service.ts';
import { AdminMentorsPage, availabilityValues, MentoringPage, MentorPage, MentorsPage, ProfileFormPage, RANGES_PER_DAY, RulesPage } from './views.tsx';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.required') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

/** The availability form's rows as the service's ranges; empty rows are skipped. */
export function rangesFromForm(v: FormValues) {
  const ranges: { weekday: number; from: string; to: string }[] = [];
  for (let day = 1; day <= 7; day++) {
    for (let i = 0; i < RANGES_PER_DAY; i++) {
      const from = str(v, `from_${day}_${i}`);
      const to = str(v, `to_${day}_${i}`);
      if (from || to) ranges.push({ weekday: day, from, to });
    }
  }
  return { time_zone: str(v, 'time_zone'), ranges };
}

/** The summary and description of a booking's calendar file, in its reader's language and zone. */
export function calendarTexts(b: BookingView, locale: 'en' | 'ur', zone: string) {
  const other = b.side === 'learner' ? b.mentor : b.learner;
  const summary = translate(locale, b.side === 'learner' ? 'mentorship.ics.summary_learner' : 'mentorship.ics.summary_mentor', { name: other.displayName });
  const lines = [translate(locale, 'mentorship.ics.when', { when: formatDateTime(locale, b.startsAt, zone) })];
  if (b.topic) lines.push(translate(locale, 'mentorship.ics.topic', { topic: b.topic }));
  if (b.meetingUrl) lines.push(translate(locale, 'mentorship.ics.join', { url: b.meetingUrl }));
  lines.push(translate(locale, 'mentorship.ics.rules'));
  return { summary, description: lines.join('\n') };
}

async function profilePage(c: Ctx, forms: { profile?: FormState; availability?: FormState } = {}, status = 200) {
  const profile = await mentorship.myMentorProfile(c.get('deps'), c.get('actor'));
  const profileState: FormState = forms.profile ?? {
    values: profile
      ? {
          topics: profile.topics.join(', '),
          languages: profile.languages,
          bio_en: profile.bioEn ?? '',
          bio_ur: profile.bioUr ?? '',
          currency: profile.price.currency,
          price: toInputString(profile.price),
          session_minutes: String(profile.sessionMinutes),
          meeting_url: profile.meetingUrl ?? '',
        }
      : {},
    errors: {},
  };
  const availability: FormState = forms.availability ?? { values: availabilityValues(profile?.availability ?? []), errors: {} };
  return render(c, <ProfileFormPage ctx={pageCtx(c)} profile={profile} state={profileState} availability={availability} />, status);
}

/** A mentor's page shows one week of free times (?week=N; the booking form carries it on a retry). */
async function mentorPage(c: Ctx, handle: string, state: FormState = emptyForm, status = 200) {
  const data = await mentorship.mentorPage(c.get('deps'), c.get('actor'), handle);
  const weekParam = typeof state.values.week === 'string' ? state.values.week : c.req.query('week');
  const week = slotWeek(data.slots, currentTimeZone(), c.get('deps').clock.now(), parseWeek(weekParam));
  return render(c, <MentorPage ctx={pageCtx(c)} data={data} week={week} state={state} />, status);
}

export function mountMentorship(app: App): void {
  app.get('/mentors', async (c) => {
    const filters = { topic: (c.req.query('topic') ?? '').slice(0, 40), language: c.req.query('language') ?? '' };
    const cards = await mentorship.listMentors(c.get('deps'), { topic: filters.topic, language: filters.language || undefined });
    return render(c, <MentorsPage ctx={pageCtx(c)} cards={cards} filters={filters} />);
  });
  app.get('/mentors/rules', (c) => render(c, <RulesPage ctx={pageCtx(c)} />));
  app.get('/mentors/:handle', (c) => mentorPage(c, c.req.param('handle')));
  app.post('/mentors/:handle/book', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const handle = c.req.param('handle');
    const values = await readForm(c);
    try {
      await mentorship.bookSession(c.get('deps'), c.get('actor'), handle, { starts_at: str(values, 'starts_at'), topic: str(values, 'topic') });
    } catch (e) {
      const f = failure(c, e, values);
      return mentorPage(c, handle, f.state, f.status);
    }
    flash(c, 'mentorship.flash.booked');
    return c.redirect('/mentoring', 303);
  });

  const mentoringPage = async (c: Ctx, contest?: { id: string; state: FormState }, status = 200) => {
    const [mine, profile] = await Promise.all([mentorship.myBookings(c.get('deps'), c.get('actor')), mentorship.myMentorProfile(c.get('deps'), c.get('actor'))]);
    return render(c, <MentoringPage ctx={pageCtx(c)} mine={mine} profile={profile} contest={contest} />, status);
  };
  app.get('/mentoring', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return mentoringPage(c);
  });
  app.get('/mentoring/profile', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return profilePage(c);
  });
  app.post('/mentoring/profile', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      await mentorship.applyToMentor(c.get('deps'), c.get('actor'), {
        topics: str(values, 'topics'),
        languages: values.languages ?? [],
        bio_en: str(values, 'bio_en'),
        bio_ur: str(values, 'bio_ur'),
        currency: str(values, 'currency') || 'PKR',
        price: str(values, 'price'),
        session_minutes: str(values, 'session_minutes') || '60',
        meeting_url: str(values, 'meeting_url'),
      });
    } catch (e) {
      const f = failure(c, e, values);
      return profilePage(c, { profile: f.state }, f.status);
    }
    flash(c, 'mentorship.flash.profile_saved');
    return c.redirect('/mentoring/profile', 303);
  });
  app.post('/mentoring/availability', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      await mentorship.setAvailability(c.get('deps'), c.get('actor'), rangesFromForm(values));
    } catch (e) {
      const f = failure(c, e, values);
      // A range's message (ranges.3.to) is shown under the table.
      const first = Object.entries(f.state.errors).find(([k]) => k.startsWith('ranges'));
      if (first) f.state.errors.ranges = first[1];
      return profilePage(c, { availability: f.state }, f.status);
    }
    flash(c, 'mentorship.flash.availability_saved');
    return c.redirect('/mentoring/profile#availability', 303);
  });

  const act = (action: 'cancel' | 'report_absent' | 'confirm_held') => async (c: Ctx) => {
    if (!c.get('actor')) return toLogIn(c);
    await mentorship.actOnBooking(c.get('deps'), c.get('actor'), c.req.param('id') ?? '', action);
    flash(c, `mentorship.flash.${action}`);
    return c.redirect('/mentoring', 303);
  };
  app.post('/mentoring/bookings/:id/cancel', act('cancel'));
  app.post('/mentoring/bookings/:id/report-absent', act('report_absent'));
  app.post('/mentoring/bookings/:id/confirm-held', act('confirm_held'));
  app.post('/mentoring/bookings/:id/contest', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    const values = await readForm(c);
    try {
      await mentorship.contestReport(c.get('deps'), c.get('actor'), id, { note: str(values, 'note') });
    } catch (e) {
      const f = failure(c, e, values);
      return mentoringPage(c, { id, state: f.state }, f.status);
    }
    flash(c, 'mentorship.flash.contested');
    return c.redirect(`/mentoring#booking-${id}`, 303);
  });
  app.post('/mentoring/bookings/:id/feedback', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    await mentorship.leaveFeedback(c.get('deps'), c.get('actor'), c.req.param('id'), { rating: str(values, 'rating'), text: str(values, 'text') });
    flash(c, 'mentorship.flash.feedback');
    return c.redirect('/mentoring', 303);
  });
  app.get('/mentoring/bookings/:file{[0-9a-fA-F-]{36}\\.ics}', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('file').slice(0, -4);
    const file = await mentorship.bookingCalendar(c.get('deps'), c.get('actor'), id, calendarTexts);
    return c.body(file.body, 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' });
  });

  app.get('/admin/mentors', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const applications = await mentorship.listApplications(c.get('deps'), c.get('actor'));
    const contests = await mentorship.listContests(c.get('deps'), c.get('actor'));
    return render(c, <AdminMentorsPage ctx={pageCtx(c)} applications={applications} contests={contests} />);
  });
  app.post('/admin/mentors/:id/suspend', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    await mentorship.suspendMentor(c.get('deps'), c.get('actor'), c.req.param('id'), { note: str(values, 'note') });
    flash(c, 'mentorship.flash.suspended');
    return c.redirect('/admin/mentors', 303);
  });
  app.post('/admin/mentors/:id/reinstate', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    await mentorship.reinstateMentor(c.get('deps'), c.get('actor'), c.req.param('id'), { note: str(values, 'note') });
    flash(c, 'mentorship.flash.reinstated');
    return c.redirect('/admin/mentors', 303);
  });
  app.post('/admin/mentors/contests/:id/decide', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    await mentorship.resolveContest(c.get('deps'), c.get('actor'), c.req.param('id'), { resolution: str(values, 'resolution'), note: str(values, 'note') });
    flash(c, 'mentorship.flash.contest_decided');
    return c.redirect('/admin/mentors#contests', 303);
  });
  app.post('/admin/mentors/:id/decide', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const p = await mentorship.decideApplication(c.get('deps'), c.get('actor'), c.req.param('id'), { decision: str(values, 'decision'), note: str(values, 'note') });
    flash(c, p.status === 'approved' ? 'mentorship.flash.approved' : 'mentorship.flash.rejected');
    return c.redirect('/admin/mentors', 303);
  });
}
