// Co-working pages: the directory by city with e-Rozgaar centres (/spaces), a space's page with free
// desks, the booking form, the fees and reviews (/spaces/<slug>), the published cancellation rule
// (/spaces/rules), my desk bookings with their check-in codes (/spaces/bookings), and the owner's
// listings, the listing form, bookings and check-in (/spaces/manage). Plain forms throughout:
// everything works with JavaScript off. Owners' and reviewers' words are shown with dir="auto".
import { Checkbox, Field, FieldError, Form, type FormState, PostButton, Select, TextArea, value } from '../platform/form-views.tsx';
import { formatDate, formatDay, formatNumber, isolate } from '../platform/format.ts';
import { MEDIA_LIMITS } from '../media/domain.ts';
import type { StoredImage } from '../media/service.ts';
import { GigCardPicture, IMAGE_ACCEPT, ImageManager, Picture, UploadForm } from '../media/views.tsx';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, type Money, toInputString } from '../platform/money.ts';
import { CITIES } from '../taxonomy/data.ts';
import { ABOUT_MAX, BACKUP_POWER, hhmm, PARKING, RULES, WEEKDAYS, weekdayOf } from './domain.ts';
import { E_ROZGAAR, hasFirstCentre } from './erozgaar.ts';
import type { DeskBooking, Directory, ManagedSpace, Space, SpacePage as SpacePageData } from './service.ts';

const cityName = (ctx: PageCtx, c: { en: string; ur: string }) => (ctx.locale === 'ur' ? c.ur : c.en);
const average = (r: { sum: number; count: number }) => (r.count ? (r.sum / r.count).toFixed(1) : null);
const m = (ctx: PageCtx, x: Money) => <bdi>{formatMoney(ctx.locale, x)}</bdi>;

/** "Monday 3 March" style, for a day stored without a time. */
function dayLabel(ctx: PageCtx, day: string): string {
  return `${ctx.t(`spaces.weekday.${weekdayOf(day)}`)} ${formatDay(ctx.locale, day)}`;
}

function Hours({ ctx, s }: { ctx: PageCtx; s: Space }) {
  const days = s.openDays.length === 7 ? ctx.t('spaces.every_day') : s.openDays.map((d) => ctx.t(`spaces.weekday.${d}`)).join(ctx.locale === 'ur' ? '، ' : ', ');
  return <>{ctx.t('spaces.hours', { days, from: hhmm(s.opensMinute), to: hhmm(s.closesMinute) })}</>;
}

function Prices({ ctx, s }: { ctx: PageCtx; s: Space }) {
  return (
    <>
      {s.dayPrice.amount === 0n ? ctx.t('spaces.free_day') : ctx.t('spaces.price_day', { price: formatMoney(ctx.locale, s.dayPrice) })}
      {s.monthPrice ? <> · {ctx.t('spaces.price_month', { price: formatMoney(ctx.locale, s.monthPrice) })}</> : null}
    </>
  );
}

/** The amenities people ask about first: power in a load-shedding hour, internet, women-only, prayer, parking. */
function Amenities({ ctx, s }: { ctx: PageCtx; s: Space }) {
  return (
    <ul class="space-amenities">
      <li>{s.backupPower === 'none' ? ctx.t('spaces.backup.none') : ctx.t('spaces.backup.hours', { kind: ctx.t(`spaces.backup.${s.backupPower}`), hours: s.backupHours ?? 0 })}</li>
      {s.internetMbps ? <li>{ctx.t('spaces.internet', { mbps: formatNumber(ctx.locale, s.internetMbps) })}</li> : null}
      {s.womenOnly ? (
        <li>
          {ctx.t('spaces.women_only')} <span dir="auto">{s.womenOnly}</span>
        </li>
      ) : null}
      {s.prayerSpace ? <li>{ctx.t('spaces.prayer_space')}</li> : null}
      <li>{ctx.t(`spaces.parking.${s.parking}`)}</li>
    </ul>
  );
}

function About({ ctx, s }: { ctx: PageCtx; s: Space }) {
  const first = ctx.locale === 'ur' ? s.aboutUr : s.aboutEn;
  const second = ctx.locale === 'ur' ? s.aboutEn : s.aboutUr;
  return (
    <div class="space-about">
      {first ? <p dir="auto">{first}</p> : null}
      {second ? (
        <p dir="auto" lang={ctx.locale === 'ur' ? 'en' : 'ur'}>
          {second}
        </p>
      ) : null}
    </div>
  );
}

function Rating({ ctx, s }: { ctx: PageCtx; s: Space }) {
  const avg = average(s.rating);
  return avg ? <>★ {ctx.t('spaces.rating', { average: avg, n: s.rating.count })}</> : null;
}

/** e-Rozgaar centres as the reference names them: no addresses, so none are invented. */
function ERozgaar({ ctx, city }: { ctx: PageCtx; city: string | null }) {
  return (
    <section class="erozgaar" aria-labelledby="erozgaar-title">
      <h2 id="erozgaar-title">{ctx.t('spaces.erozgaar.title')}</h2>
      {city && hasFirstCentre(city) ? <p class="alert">{ctx.t('spaces.erozgaar.in_city')}</p> : null}
      <ul>
        {E_ROZGAAR.map((f) => (
          <li>
            {ctx.t(`spaces.erozgaar.${f.id}`, f.params)}{' '}
            <span class="muted">
              ({ctx.t('spaces.erozgaar.source')}{' '}
              <a href={f.source.url} rel="noopener noreferrer" lang="en" dir="ltr">
                {f.source.title}
              </a>
              , {formatDay(ctx.locale, f.source.date)})
            </span>
          </li>
        ))}
      </ul>
      <p class="muted">{ctx.t('spaces.erozgaar.no_addresses')}</p>
    </section>
  );
}

export function SpacesPage({ ctx, dir, owner }: { ctx: PageCtx; dir: Directory; owner: boolean }) {
  const options = [{ value: '', label: ctx.t('spaces.filter.any_city') }, ...CITIES.map((c) => ({ slug: c.slug, label: cityName(ctx, c), n: dir.cities.find((x) => x.slug === c.slug)?.count ?? 0 })).map((c) => ({ value: c.slug, label: c.n ? `${c.label} (${formatNumber(ctx.locale, c.n)})` : c.label }))];
  return (
    <Layout ctx={ctx} title={ctx.t('spaces.directory.title')}>
      <h1>{ctx.t('spaces.directory.title')}</h1>
      <p>{ctx.t('spaces.directory.intro')}</p>
      <p>
        <a href="/spaces/bookings">{ctx.t('spaces.mine.title')}</a> · <a href="/spaces/rules">{ctx.t('spaces.rules.link')}</a>
        {owner ? (
          <>
            {' '}
            · <a href="/spaces/manage">{ctx.t('spaces.manage.title')}</a>
          </>
        ) : null}
      </p>
      <form method="get" action="/spaces" class="space-filters">
        <label for="city">{ctx.t('spaces.filter.city')}</label>
        <select id="city" name="city">
          {options.map((o) => (
            <option value={o.value} selected={(dir.city ?? '') === o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary small">
          {ctx.t('spaces.filter.submit')}
        </button>
      </form>
      {dir.spaces.length === 0 ? <p class="muted">{ctx.t('spaces.directory.none')}</p> : null}
      <ul class="space-cards">
        {dir.spaces.map((s) => (
          <li class="card space-card">
            {s.photo ? <GigCardPicture image={s.photo} alt={ctx.t('spaces.photos.alt', { n: 1, space: s.name })} /> : null}
            <h2>
              <a href={`/spaces/${s.slug}`} dir="auto">
                {s.name}
              </a>
            </h2>
            <p>
              {cityName(ctx, s.city)} · <span dir="auto">{s.address}</span>
            </p>
            <p>
              <Hours ctx={ctx} s={s} /> · <Prices ctx={ctx} s={s} />
            </p>
            <Amenities ctx={ctx} s={s} />
            <p>
              <Rating ctx={ctx} s={s} />
            </p>
          </li>
        ))}
      </ul>
      <ERozgaar ctx={ctx} city={dir.city} />
    </Layout>
  );
}

function BookingForm({ ctx, data, state }: { ctx: PageCtx; data: SpacePageData; state: FormState }) {
  const s = data.space;
  const open = data.days.filter((d) => d.free > 0);
  if (!open.length) return <p class="muted">{ctx.t('spaces.book.none_free')}</p>;
  const f = data.fees;
  const paid = f.bookerPays.amount > 0n;
  const payment = value(state, 'payment') || 'wallet';
  return (
    <Form ctx={ctx} action={`/spaces/${s.slug}/book`} state={state} class="stack space-book">
      <Select ctx={ctx} state={state} name="day" label={ctx.t('spaces.book.day')} options={open.map((d) => ({ value: d.day, label: ctx.t('spaces.book.day_option', { day: dayLabel(ctx, d.day), n: d.free }) }))} />
      {paid ? (
        <>
          <fieldset id="payment">
            <legend>{ctx.t('spaces.book.payment')}</legend>
            <FieldError ctx={ctx} state={state} name="payment" />
            <label class="choice">
              <input type="radio" name="payment" value="wallet" checked={payment === 'wallet'} />
              <span>{ctx.t('spaces.book.pay_wallet', { total: formatMoney(ctx.locale, f.bookerPays) })}</span>
            </label>
            {s.payAtSpace ? (
              <label class="choice">
                <input type="radio" name="payment" value="at_space" checked={payment === 'at_space'} />
                <span>{ctx.t('spaces.book.pay_at_space', { total: formatMoney(ctx.locale, f.bookerPays) })}</span>
              </label>
            ) : null}
          </fieldset>
          {ctx.actor ? (
            <p class="hint">
              <a href={`/wallet/top-up?amount=${(Number(f.bookerPays.amount) / 100).toFixed(2)}&currency=${f.bookerPays.currency}&return_to=${encodeURIComponent(`/spaces/${s.slug}`)}`}>{ctx.t('wallet.add_money')}</a>
            </p>
          ) : null}
          <div class="fee-breakdown">
            <dl>
              <dt>{ctx.t('spaces.fees.you_pay')}</dt>
              <dd>{m(ctx, f.bookerPays)}</dd>
              <dt>{ctx.t('spaces.fees.space_receives')}</dt>
              <dd>{m(ctx, f.ownerReceives)}</dd>
              <dt>{ctx.t('spaces.fees.hunar_keeps')}</dt>
              <dd>{m(ctx, f.hunarKeeps)}</dd>
            </dl>
          </div>
          <p class="hint">{ctx.t('spaces.book.escrow_note')}</p>
        </>
      ) : (
        <p class="muted">{ctx.t('spaces.book.free_note')}</p>
      )}
      <button type="submit">{ctx.t('spaces.book.submit')}</button>
    </Form>
  );
}

/** Every photo of a space, small (the thumbnail size), each a link to its full size; loaded lazily with its size set. */
function Photos({ ctx, name, photos }: { ctx: PageCtx; name: string; photos: StoredImage[] }) {
  if (!photos.length) return null;
  return (
    <ul class="space-photos">
      {photos.map((p, i) => (
        <li>
          <a href={p.url}>
            <Picture image={p} size="thumb" alt={ctx.t('spaces.photos.alt', { n: i + 1, space: name })} />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Admins take a listing down (with a reason) or show it again; both are audited. */
function AdminHide({ ctx, s, state }: { ctx: PageCtx; s: Space; state: FormState }) {
  if (s.takenDown) {
    return (
      <Form ctx={ctx} action={`/spaces/${s.slug}/show`} state={emptyState} class="admin-hide">
        <button type="submit" class="secondary">
          {ctx.t('spaces.hide.show')}
        </button>
      </Form>
    );
  }
  return (
    <details class="admin-hide" open={state.message ? true : undefined}>
      <summary>{ctx.t('spaces.hide.title')}</summary>
      <p class="hint">{ctx.t('spaces.hide.note')}</p>
      <Form ctx={ctx} action={`/spaces/${s.slug}/hide`} state={state} class="stack">
        <Field ctx={ctx} state={state} name="reason" label={ctx.t('spaces.hide.reason')} maxlength={500} dir="auto" />
        <button type="submit" class="danger">
          {ctx.t('spaces.hide.submit')}
        </button>
      </Form>
    </details>
  );
}

const emptyState: FormState = { values: {}, errors: {} };

export function SpacePage({ ctx, data, state, review, hide = emptyState }: { ctx: PageCtx; data: SpacePageData; state: FormState; review: FormState; hide?: FormState }) {
  const s = data.space;
  return (
    <Layout ctx={ctx} title={s.name}>
      <p>
        <a href={`/spaces?city=${s.city.slug}`}>{ctx.t('spaces.directory.in_city', { city: cityName(ctx, s.city) })}</a>
      </p>
      <h1 dir="auto">{s.name}</h1>
      {s.takenDown ? <p class="alert">{ctx.t('spaces.hide.taken_down', { reason: s.takenDown.reason })}</p> : null}
      {s.status !== 'listed' ? <p class="alert">{ctx.t('spaces.status.hidden')}</p> : null}
      <Photos ctx={ctx} name={s.name} photos={data.photos} />
      <p>
        <span dir="auto">{s.address}</span>
        {ctx.locale === 'ur' ? '، ' : ', '}
        {cityName(ctx, s.city)}
      </p>
      <p>
        <Hours ctx={ctx} s={s} />
      </p>
      <p>
        <Prices ctx={ctx} s={s} /> · {ctx.t('spaces.desks', { n: s.desks })}
      </p>
      <p>
        <Rating ctx={ctx} s={s} />
      </p>
      <Amenities ctx={ctx} s={s} />
      <About ctx={ctx} s={s} />
      <p class="muted">{ctx.t('spaces.listed_by', { name: isolate(s.ownerName) })}</p>
      {data.admin ? <AdminHide ctx={ctx} s={s} state={hide} /> : null}

      <h2>{ctx.t('spaces.book.title')}</h2>
      {data.days.length ? (
        <table class="space-days">
          <caption class="sr-only">{ctx.t('spaces.book.free_desks')}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t('spaces.book.day')}</th>
              <th scope="col">{ctx.t('spaces.book.free_desks')}</th>
            </tr>
          </thead>
          <tbody>
            {data.days.map((d) => (
              <tr>
                <td>{dayLabel(ctx, d.day)}</td>
                <td>{d.free ? formatNumber(ctx.locale, d.free) : ctx.t('spaces.book.full')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data.own ? (
        <p class="muted">
          {ctx.t('spaces.book.own')} <a href={`/spaces/manage/${s.slug}`}>{ctx.t('spaces.manage.open')}</a>
        </p>
      ) : !ctx.actor ? (
        <p>
          <a class="button" href={`/login?next=${encodeURIComponent(`/spaces/${s.slug}`)}`}>
            {ctx.t('spaces.book.login')}
          </a>
        </p>
      ) : (
        <BookingForm ctx={ctx} data={data} state={state} />
      )}
      <p>
        <a href="/spaces/rules">{ctx.t('spaces.rules.link')}</a>
      </p>
      {data.mine.length ? (
        <>
          <h2>{ctx.t('spaces.mine.here')}</h2>
          <ul class="bookings">
            {data.mine.map((b) => (
              <BookingItem ctx={ctx} b={b} />
            ))}
          </ul>
        </>
      ) : null}

      <h2>{ctx.t('spaces.reviews.title')}</h2>
      {data.reviews.length === 0 ? <p class="muted">{ctx.t('spaces.reviews.none')}</p> : null}
      <ul class="space-reviews">
        {data.reviews.map((r) => (
          <li>
            <span aria-hidden="true">{'★'.repeat(r.rating)}</span> <span class="sr-only">{ctx.t('spaces.reviews.stars', { n: r.rating })}</span> <strong dir="auto">{r.authorName}</strong>{' '}
            <span class="muted">{formatDate(ctx.locale, r.at)}</span>
            {r.text ? <p dir="auto">{r.text}</p> : null}
          </li>
        ))}
      </ul>
      {data.canReview ? (
        <Form ctx={ctx} action={`/spaces/${s.slug}/reviews`} state={review} class="stack review-form">
          <fieldset id="rating">
            <legend>{ctx.t('spaces.reviews.rating')}</legend>
            <FieldError ctx={ctx} state={review} name="rating" />
            {[5, 4, 3, 2, 1].map((n) => (
              <label class="choice">
                <input type="radio" name="rating" value={String(n)} checked={value(review, 'rating') === String(n)} required />
                <span>{ctx.t('spaces.reviews.stars', { n })}</span>
              </label>
            ))}
          </fieldset>
          <TextArea ctx={ctx} state={review} name="text" label={ctx.t('spaces.reviews.text')} maxlength={1000} rows={3} />
          <button type="submit" class="secondary">
            {ctx.t('spaces.reviews.submit')}
          </button>
        </Form>
      ) : ctx.actor && !data.own ? (
        <p class="muted">{ctx.t('spaces.reviews.who')}</p>
      ) : null}
    </Layout>
  );
}

export function RulesPage({ ctx }: { ctx: PageCtx }) {
  return (
    <Layout ctx={ctx} title={ctx.t('spaces.rules.title')}>
      <h1>{ctx.t('spaces.rules.title')}</h1>
      <p>{ctx.t('spaces.rules.intro')}</p>
      <table class="space-rules">
        <thead>
          <tr>
            <th scope="col">{ctx.t('spaces.rules.when')}</th>
            <th scope="col">{ctx.t('spaces.rules.money')}</th>
          </tr>
        </thead>
        <tbody>
          {RULES.map((r) => (
            <tr>
              <td>{ctx.t(`spaces.rule.${r.id}`)}</td>
              <td>{ctx.t(`spaces.money.${r.money}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{ctx.t('spaces.rules.at_space')}</p>
      <p class="muted">{ctx.t('spaces.rules.fees')}</p>
      <p class="muted">{ctx.t('spaces.rules.hold')}</p>
      <p class="muted">{ctx.t('spaces.rules.hidden')}</p>
    </Layout>
  );
}

function BookingItem({ ctx, b }: { ctx: PageCtx; b: DeskBooking }) {
  return (
    <li class="card booking" id={`booking-${b.id}`}>
      <h3>
        {b.side === 'booker' ? (
          <a href={`/spaces/${b.space.slug}`} dir="auto">
            {b.space.name}
          </a>
        ) : (
          <span dir="auto">{b.booker.displayName}</span>
        )}{' '}
        · {dayLabel(ctx, b.day)}
      </h3>
      {b.side === 'booker' ? (
        <p>
          <span dir="auto">{b.space.address}</span>
          {ctx.locale === 'ur' ? '، ' : ', '}
          {cityName(ctx, b.space.city)}
        </p>
      ) : null}
      <p>
        {ctx.t(`spaces.booking.${b.status}`)} · {ctx.t(`spaces.payment.${b.payment}`, { total: formatMoney(ctx.locale, b.total) })}
        {b.settlement ? <> · {ctx.t(`spaces.settlement.${b.settlement}`)}</> : null}
        {b.checkedInAt ? <> · {ctx.t('spaces.checked_in')}</> : null}
      </p>
      {b.checkinCode ? (
        <p class="checkin-code">
          {ctx.t('spaces.mine.code')}{' '}
          <strong dir="ltr" lang="en">
            {b.checkinCode}
          </strong>
        </p>
      ) : null}
      {b.canCancel ? (
        <div class="actions">
          <PostButton ctx={ctx} action={`/spaces/bookings/${b.id}/cancel`} label={ctx.t(b.side === 'booker' ? 'spaces.action.cancel' : 'spaces.action.cancel_owner')} />
        </div>
      ) : null}
    </li>
  );
}

export function MyBookingsPage({ ctx, bookings }: { ctx: PageCtx; bookings: DeskBooking[] }) {
  return (
    <Layout ctx={ctx} title={ctx.t('spaces.mine.title')}>
      <h1>{ctx.t('spaces.mine.title')}</h1>
      <p>
        <a href="/spaces">{ctx.t('spaces.directory.title')}</a> · <a href="/spaces/rules">{ctx.t('spaces.rules.link')}</a>
      </p>
      <p>{ctx.t('spaces.mine.intro')}</p>
      {bookings.length ? (
        <ul class="bookings">
          {bookings.map((b) => (
            <BookingItem ctx={ctx} b={b} />
          ))}
        </ul>
      ) : (
        <p class="muted">{ctx.t('spaces.mine.none')}</p>
      )}
    </Layout>
  );
}

export function ManageListPage({ ctx, spaces }: { ctx: PageCtx; spaces: Space[] }) {
  return (
    <Layout ctx={ctx} title={ctx.t('spaces.manage.title')}>
      <h1>{ctx.t('spaces.manage.title')}</h1>
      <p>
        <a class="button" href="/spaces/manage/new">
          {ctx.t('spaces.manage.new')}
        </a>
      </p>
      {spaces.length === 0 ? <p class="muted">{ctx.t('spaces.manage.none')}</p> : null}
      <ul class="space-cards">
        {spaces.map((s) => (
          <li class="card">
            <h2>
              <a href={`/spaces/manage/${s.slug}`} dir="auto">
                {s.name}
              </a>
            </h2>
            <p>
              {cityName(ctx, s.city)} · {ctx.t(`spaces.status.${s.status}`)} · <a href={`/spaces/${s.slug}`}>{ctx.t('spaces.manage.public_page')}</a>
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** The listing form's values from a stored space (for editing). */
export function spaceValues(s: Space): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {
    name: s.name,
    city: s.city.slug,
    address: s.address,
    about_en: s.aboutEn ?? '',
    about_ur: s.aboutUr ?? '',
    open_days: s.openDays.map(String),
    opens: hhmm(s.opensMinute),
    closes: hhmm(s.closesMinute),
    desks: String(s.desks),
    currency: s.dayPrice.currency,
    day_price: toInputString(s.dayPrice),
    month_price: s.monthPrice ? toInputString(s.monthPrice) : '',
    backup_power: s.backupPower,
    backup_hours: s.backupHours ? String(s.backupHours) : '',
    internet_mbps: s.internetMbps ? String(s.internetMbps) : '',
    women_only: s.womenOnly ?? '',
    parking: s.parking,
  };
  if (s.payAtSpace) out.pay_at_space = 'on';
  if (s.prayerSpace) out.prayer_space = 'on';
  if (s.status === 'listed') out.listed = 'on';
  return out;
}

function SpaceForm({ ctx, state, action, submit }: { ctx: PageCtx; state: FormState; action: string; submit: string }) {
  const chosenDays = state.values.open_days;
  const isOpen = (d: number) => (Array.isArray(chosenDays) ? chosenDays.includes(String(d)) : chosenDays === String(d));
  return (
    <Form ctx={ctx} action={action} state={state} class="stack space-form">
      <Field ctx={ctx} state={state} name="name" label={ctx.t('spaces.form.name')} maxlength={100} dir="auto" />
      <Select ctx={ctx} state={state} name="city" label={ctx.t('spaces.form.city')} options={[{ value: '', label: ctx.t('spaces.form.choose_city') }, ...CITIES.map((c) => ({ value: c.slug, label: cityName(ctx, c) }))]} />
      <Field ctx={ctx} state={state} name="address" label={ctx.t('spaces.form.address')} hint={ctx.t('spaces.form.address_hint')} maxlength={300} dir="auto" />
      <TextArea ctx={ctx} state={state} name="about_ur" label={ctx.t('spaces.form.about_ur')} maxlength={ABOUT_MAX} rows={4} />
      <TextArea ctx={ctx} state={state} name="about_en" label={ctx.t('spaces.form.about_en')} hint={ctx.t('spaces.form.about_hint')} maxlength={ABOUT_MAX} rows={4} />
      <fieldset id="open_days">
        <legend>{ctx.t('spaces.form.open_days')}</legend>
        <FieldError ctx={ctx} state={state} name="open_days" />
        {WEEKDAYS.map((d) => (
          <label class="choice">
            <input type="checkbox" name="open_days" value={String(d)} checked={isOpen(d)} />
            <span>{ctx.t(`spaces.weekday.${d}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field ctx={ctx} state={state} name="opens" type="time" label={ctx.t('spaces.form.opens')} dir="ltr" maxlength={5} />
      <Field ctx={ctx} state={state} name="closes" type="time" label={ctx.t('spaces.form.closes')} hint={ctx.t('spaces.form.closes_hint')} dir="ltr" maxlength={5} />
      <Field ctx={ctx} state={state} name="desks" label={ctx.t('spaces.form.desks')} inputmode="numeric" maxlength={4} />
      <Select
        ctx={ctx}
        state={state}
        name="currency"
        label={ctx.t('spaces.form.currency')}
        options={[
          { value: 'PKR', label: 'PKR' },
          { value: 'USD', label: 'USD' },
        ]}
      />
      <Field ctx={ctx} state={state} name="day_price" label={ctx.t('spaces.form.day_price')} hint={ctx.t('spaces.form.day_price_hint')} inputmode="decimal" maxlength={40} />
      <Field ctx={ctx} state={state} name="month_price" label={ctx.t('spaces.form.month_price')} hint={ctx.t('spaces.form.month_price_hint')} inputmode="decimal" maxlength={40} />
      <Checkbox ctx={ctx} state={state} name="pay_at_space" label={ctx.t('spaces.form.pay_at_space')} />
      <Select ctx={ctx} state={state} name="backup_power" label={ctx.t('spaces.form.backup_power')} options={BACKUP_POWER.map((b) => ({ value: b, label: ctx.t(b === 'none' ? 'spaces.backup.none' : `spaces.backup.${b}`) }))} />
      <Field ctx={ctx} state={state} name="backup_hours" label={ctx.t('spaces.form.backup_hours')} inputmode="numeric" maxlength={2} />
      <Field ctx={ctx} state={state} name="internet_mbps" label={ctx.t('spaces.form.internet_mbps')} inputmode="numeric" maxlength={5} />
      <Field ctx={ctx} state={state} name="women_only" label={ctx.t('spaces.form.women_only')} hint={ctx.t('spaces.form.women_only_hint')} maxlength={200} dir="auto" />
      <Checkbox ctx={ctx} state={state} name="prayer_space" label={ctx.t('spaces.prayer_space')} />
      <Select ctx={ctx} state={state} name="parking" label={ctx.t('spaces.form.parking')} options={PARKING.map((p) => ({ value: p, label: ctx.t(`spaces.parking.${p}`) }))} />
      <Checkbox ctx={ctx} state={state} name="listed" label={ctx.t('spaces.form.listed')} hint={ctx.t('spaces.form.listed_hint')} />
      <button type="submit">{submit}</button>
    </Form>
  );
}

export function NewSpacePage({ ctx, state }: { ctx: PageCtx; state: FormState }) {
  return (
    <Layout ctx={ctx} title={ctx.t('spaces.manage.new')}>
      <p>
        <a href="/spaces/manage">{ctx.t('spaces.manage.title')}</a>
      </p>
      <h1>{ctx.t('spaces.manage.new')}</h1>
      <SpaceForm ctx={ctx} state={state} action="/spaces/manage" submit={ctx.t('spaces.form.create')} />
    </Layout>
  );
}

export function ManageSpacePage({ ctx, data, state, checkin }: { ctx: PageCtx; data: ManagedSpace; state: FormState; checkin: FormState }) {
  const s = data.space;
  const todays = data.coming.filter((b) => b.day === data.today && b.status === 'booked');
  return (
    <Layout ctx={ctx} title={s.name}>
      <p>
        <a href="/spaces/manage">{ctx.t('spaces.manage.title')}</a> · <a href={`/spaces/${s.slug}`}>{ctx.t('spaces.manage.public_page')}</a>
      </p>
      <h1 dir="auto">{s.name}</h1>
      {s.takenDown ? <p class="alert">{ctx.t('spaces.hide.taken_down', { reason: s.takenDown.reason })}</p> : null}
      <p>
        <a href={`/spaces/manage/${s.slug}/photos`}>{ctx.t('spaces.photos.link', { n: data.photoCount, max: MEDIA_LIMITS.spacePhotos })}</a>
      </p>
      <h2 id="check-in">{ctx.t('spaces.checkin.title')}</h2>
      <p>{ctx.t('spaces.checkin.intro', { n: todays.length })}</p>
      <Form ctx={ctx} action={`/spaces/manage/${s.slug}/check-in`} state={checkin} class="stack checkin-form">
        <Field ctx={ctx} state={checkin} name="code" label={ctx.t('spaces.checkin.code')} maxlength={12} dir="ltr" />
        <button type="submit">{ctx.t('spaces.checkin.submit')}</button>
      </Form>
      <h2>{ctx.t('spaces.manage.coming')}</h2>
      {data.coming.length ? (
        <ul class="bookings">
          {data.coming.map((b) => (
            <BookingItem ctx={ctx} b={b} />
          ))}
        </ul>
      ) : (
        <p class="muted">{ctx.t('spaces.manage.no_bookings')}</p>
      )}
      {data.past.length ? (
        <>
          <h2>{ctx.t('spaces.manage.past')}</h2>
          <ul class="bookings">
            {data.past.map((b) => (
              <BookingItem ctx={ctx} b={b} />
            ))}
          </ul>
        </>
      ) : null}
      <h2 id="listing">{ctx.t('spaces.manage.edit')}</h2>
      <SpaceForm ctx={ctx} state={state} action={`/spaces/manage/${s.slug}`} submit={ctx.t('spaces.form.save')} />
    </Layout>
  );
}

/** The owner's page for a listing's photos: the list in order with move and remove, and the upload form. */
export function SpacePhotosPage({ ctx, space, photos, state }: { ctx: PageCtx; space: { slug: string; name: string }; photos: StoredImage[]; state?: FormState | undefined }) {
  const full = photos.length >= MEDIA_LIMITS.spacePhotos;
  return (
    <Layout ctx={ctx} title={ctx.t('spaces.photos.title')}>
      <p>
        <a href={`/spaces/manage/${space.slug}`} dir="auto">
          {space.name}
        </a>{' '}
        · <a href={`/spaces/${space.slug}`}>{ctx.t('spaces.manage.public_page')}</a>
      </p>
      <h1>{ctx.t('spaces.photos.title')}</h1>
      <p>{ctx.t('spaces.photos.lead', { max: MEDIA_LIMITS.spacePhotos })}</p>
      <p class="muted">{ctx.t('media.images.count', { count: photos.length, max: MEDIA_LIMITS.spacePhotos })}</p>
      <ImageManager ctx={ctx} images={photos} base={`/spaces/manage/${space.slug}/photos`} />
      {full ? (
        <p class="muted">{ctx.t('errors.media.images_full', { max: MEDIA_LIMITS.spacePhotos })}</p>
      ) : (
        <UploadForm
          ctx={ctx}
          action={`/spaces/manage/${space.slug}/photos`}
          field="photo"
          label={ctx.t('media.images.add')}
          hint={ctx.t('media.images.hint', { mb: MEDIA_LIMITS.imageBytes / (1024 * 1024) })}
          accept={IMAGE_ACCEPT}
          submit={ctx.t('media.images.upload')}
          state={state}
        />
      )}
    </Layout>
  );
}
