// Market rates' pages: /rates (the overview, or one skill in a city and for all of Pakistan, by
// seller level), an association's minimums form for its officers, and the note on the gig pricing
// form. A plain GET form: works with JavaScript off.
import { skillName } from '../academy/tracks.ts';
import { FieldError, Field, Form, type FormState, Select } from '../platform/form-views.tsx';
import { formatDate } from '../platform/format.ts';
import type { Locale } from '../platform/i18n.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, money } from '../platform/money.ts';
import { CITIES, SKILLS } from '../taxonomy/data.ts';
import { type ByLevel, type Figures, MAX_SHARE_PERCENT, MIN_ORDERS, MIN_SELLERS, SELLER_LEVELS, standing } from './domain.ts';
import type { AssociationForRates, AssociationMinimum, MarketRates, PriceNote } from './service.ts';

const rs = (ctx: PageCtx, minor: bigint) => formatMoney(ctx.locale, money(minor, 'PKR'));
const cityName = (slug: string, locale: Locale) => {
  const c = CITIES.find((x) => x.slug === slug);
  return c ? c[locale] : slug;
};
const nameIn = (locale: Locale, n: { en: string | null; ur: string | null }) => (locale === 'ur' ? (n.ur ?? n.en) : (n.en ?? n.ur)) ?? '';
export const ratesPath = (skill: string, city?: string | null) => `/rates?skill=${encodeURIComponent(skill)}${city ? `&city=${encodeURIComponent(city)}` : ''}`;

function Window({ ctx, w }: { ctx: PageCtx; w: { from: Date; to: Date } }) {
  // `to` is the first moment of this month: the last day counted is the day before.
  const last = new Date(w.to.getTime() - 1);
  return <p class="muted">{ctx.t('rates.window', { from: formatDate(ctx.locale, w.from), to: formatDate(ctx.locale, last) })}</p>;
}

function RatesForm({ ctx, state }: { ctx: PageCtx; state: FormState }) {
  const { t } = ctx;
  const skills = [...SKILLS].sort((a, b) => a[ctx.locale].localeCompare(b[ctx.locale], ctx.locale));
  const cities = [...CITIES].sort((a, b) => a[ctx.locale].localeCompare(b[ctx.locale], ctx.locale));
  return (
    <form method="get" action="/rates" class="rates-form" novalidate>
      <Select ctx={ctx} state={state} name="skill" label={t('rates.form.skill')} options={[{ value: '', label: t('rates.form.choose_skill') }, ...skills.map((s) => ({ value: s.slug, label: s[ctx.locale] }))]} />
      <Select ctx={ctx} state={state} name="city" label={t('rates.form.city')} options={[{ value: '', label: t('rates.form.all_pakistan') }, ...cities.map((c) => ({ value: c.slug, label: c[ctx.locale] }))]} />
      <button type="submit">{t('rates.form.show')}</button>
    </form>
  );
}

function Intro({ ctx }: { ctx: PageCtx }) {
  return (
    <>
      <p>{ctx.t('rates.intro')}</p>
      <p class="hint">{ctx.t('rates.privacy', { min: MIN_ORDERS, sellers: MIN_SELLERS, share: MAX_SHARE_PERCENT })}</p>
    </>
  );
}

export function RatesOverviewPage({ ctx, state, overview }: { ctx: PageCtx; state: FormState; overview: { window: { from: Date; to: Date }; skills: { skill: string; figures: Figures }[] } }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('rates.title')}>
      <h1>{t('rates.title')}</h1>
      <Intro ctx={ctx} />
      <RatesForm ctx={ctx} state={state} />
      <section aria-labelledby="overview">
        <h2 id="overview">{t('rates.overview.title')}</h2>
        <Window ctx={ctx} w={overview.window} />
        {overview.skills.length ? (
          <table class="rates-table">
            <thead>
              <tr>
                <th scope="col">{t('rates.col.skill')}</th>
                <th scope="col">{t('rates.col.median')}</th>
                <th scope="col">{t('rates.col.middle_half')}</th>
                <th scope="col">{t('rates.col.count')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.skills.map((s) => (
                <tr>
                  <th scope="row">
                    <a href={ratesPath(s.skill)}>{skillName(s.skill, ctx.locale)}</a>
                  </th>
                  <td>{rs(ctx, s.figures.median)}</td>
                  <td>{t('rates.range', { low: rs(ctx, s.figures.q1), high: rs(ctx, s.figures.q3) })}</td>
                  <td>{t('rates.count', { n: s.figures.count })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('rates.overview.none')}</p>
        )}
      </section>
    </Layout>
  );
}

function LevelTable({ ctx, figures, hourly, label }: { ctx: PageCtx; figures: ByLevel; hourly: boolean; label: string }) {
  const { t } = ctx;
  const rows: { level: string; f: Figures | null }[] = [{ level: t('rates.level.all'), f: figures.all }, ...SELLER_LEVELS.map((l) => ({ level: t(`reviews.level.${l}`), f: figures.levels[l] }))];
  return (
    <table class="rates-table">
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rates.col.level')}</th>
          <th scope="col">{t('rates.col.median')}</th>
          <th scope="col">{t('rates.col.middle_half')}</th>
          <th scope="col">{t('rates.col.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <th scope="row">{r.level}</th>
            {r.f ? (
              <>
                <td>{rs(ctx, r.f.median)}</td>
                <td>{t('rates.range', { low: rs(ctx, r.f.q1), high: rs(ctx, r.f.q3) })}</td>
                <td>{t(hourly ? 'rates.count_hourly' : 'rates.count', { n: r.f.count })}</td>
              </>
            ) : (
              <td colspan={3} class="muted">
                {t('rates.not_enough')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface MyGig {
  slug: string;
  title: string;
  price: bigint;
}

export function RatesSkillPage({ ctx, state, r, mine, officerOf }: { ctx: PageCtx; state: FormState; r: MarketRates; mine: MyGig[]; officerOf: { slug: string; name: { en: string | null; ur: string | null } }[] }) {
  const { t } = ctx;
  const skill = skillName(r.skill, ctx.locale);
  const place = (city: string | null) => (city ? t('rates.place.city', { city: cityName(city, ctx.locale) }) : t('rates.place.pakistan'));
  const groups = [...(r.inCity ? [{ key: 'city', label: place(r.city), g: r.inCity }] : []), { key: 'pk', label: place(null), g: r.pakistan }];
  const market = r.inCity?.orders.all ?? r.pakistan.orders.all;
  return (
    <Layout ctx={ctx} title={t('rates.skill.title', { skill })}>
      <p class="breadcrumb">
        <a href="/rates">{t('rates.title')}</a>
      </p>
      <h1>{t('rates.skill.title', { skill })}</h1>
      <Intro ctx={ctx} />
      <RatesForm ctx={ctx} state={state} />
      <Window ctx={ctx} w={r.window} />
      <section aria-labelledby="orders">
        <h2 id="orders">{t('rates.orders.title')}</h2>
        {groups.map((x) => (
          <LevelTable ctx={ctx} figures={x.g.orders} hourly={false} label={x.label} />
        ))}
      </section>
      <section aria-labelledby="hourly">
        <h2 id="hourly">{t('rates.hourly.title')}</h2>
        {groups.map((x) => (
          <LevelTable ctx={ctx} figures={x.g.hourly} hourly={true} label={x.label} />
        ))}
      </section>
      {mine.length ? (
        <section aria-labelledby="mine">
          <h2 id="mine">{t('rates.mine.title')}</h2>
          <ul>
            {mine.map((g) => (
              <li>
                <a href={`/g/${g.slug}`} dir="auto">
                  {t('rates.mine.gig', { title: g.title, price: rs(ctx, g.price) })}
                </a>
                {market ? <span> — {t(`rates.standing.${standing(g.price, market)}`)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="minimums">
        <h2 id="minimums">{t('rates.minimums.title')}</h2>
        <p class="hint">{t('rates.minimums.intro')}</p>
        <Minimums ctx={ctx} list={r.minimums} />
        {officerOf.map((a) => (
          <p>
            <a href={`/rates/associations/${a.slug}`}>
              {t('rates.minimums.set_link')} ({nameIn(ctx.locale, a.name)})
            </a>
          </p>
        ))}
      </section>
    </Layout>
  );
}

function Minimums({ ctx, list, withSkill = false }: { ctx: PageCtx; list: AssociationMinimum[]; withSkill?: boolean }) {
  const { t } = ctx;
  if (!list.length) return <p class="muted">{t('rates.minimums.none')}</p>;
  return (
    <ul class="rates-minimums">
      {list.map((m) => (
        <li>
          <strong dir="auto">{withSkill ? skillName(m.skill, ctx.locale) : nameIn(ctx.locale, m.association.name)}</strong>
          {': '}
          {[m.order !== null ? t('rates.minimums.order', { price: rs(ctx, m.order) }) : null, m.hourly !== null ? t('rates.minimums.hourly', { price: rs(ctx, m.hourly) }) : null].filter(Boolean).join(' · ')}
        </li>
      ))}
    </ul>
  );
}

export function MinimumsPage({ ctx, a, list, state }: { ctx: PageCtx; a: AssociationForRates; list: AssociationMinimum[]; state: FormState }) {
  const { t } = ctx;
  const name = nameIn(ctx.locale, a.name);
  const skills = [...SKILLS].sort((x, y) => x[ctx.locale].localeCompare(y[ctx.locale], ctx.locale));
  return (
    <Layout ctx={ctx} title={t('rates.officers.title', { association: name })}>
      <p class="breadcrumb">
        <a href="/rates">{t('rates.title')}</a>
      </p>
      <h1>{t('rates.officers.title', { association: name })}</h1>
      <p>{t('rates.officers.intro')}</p>
      <h2>{t('rates.officers.current')}</h2>
      <Minimums ctx={ctx} list={list} withSkill />
      {a.officer ? (
        <Form ctx={ctx} action={`/rates/associations/${a.slug}`} state={state}>
          <Select ctx={ctx} state={state} name="skill" label={t('rates.form.skill')} options={skills.map((s) => ({ value: s.slug, label: s[ctx.locale] }))} />
          <Field ctx={ctx} state={state} name="order" label={t('rates.officers.order')} inputmode="decimal" maxlength={40} dir="ltr" />
          <Field ctx={ctx} state={state} name="hourly" label={t('rates.officers.hourly')} hint={t('rates.officers.hint')} inputmode="decimal" maxlength={40} dir="ltr" />
          <FieldError ctx={ctx} state={state} name="_form" />
          <button type="submit">{t('rates.officers.save')}</button>
        </Form>
      ) : (
        <p class="muted">{t('rates.officers.only_officers')}</p>
      )}
    </Layout>
  );
}

/** The note beside a gig's prices: where the price stands, and the freelancer's associations' minimums. */
export function PriceNoteView({ ctx, note }: { ctx: PageCtx; note: PriceNote }) {
  const { t } = ctx;
  const skill = skillName(note.skill, ctx.locale);
  const place = note.city ? t('rates.note.in_city', { city: cityName(note.city, ctx.locale) }) : t('rates.note.in_pakistan');
  return (
    <aside class="price-note" aria-labelledby="price-note-title">
      <h3 id="price-note-title">{t('rates.note.title')}</h3>
      {note.market ? (
        <>
          <p>{t('rates.note.market', { skill, place, low: rs(ctx, note.market.q1), high: rs(ctx, note.market.q3), median: rs(ctx, note.market.median) })}</p>
          {note.price !== null && note.standing ? <p>{t('rates.note.price', { price: rs(ctx, note.price), standing: t(`rates.standing.${note.standing}`) })}</p> : <p class="muted">{t('rates.note.no_price')}</p>}
        </>
      ) : (
        <p class="muted">{t('rates.note.no_data', { skill })}</p>
      )}
      {note.minimums.map((m) =>
        m.order !== null && m.below !== null ? (
          <p class={m.below ? 'alert' : undefined}>{t(m.below ? 'rates.note.minimum_below' : 'rates.note.minimum_ok', { association: nameIn(ctx.locale, m.association.name), minimum: rs(ctx, m.order), skill })}</p>
        ) : null,
      )}
      <p>
        <a href={ratesPath(note.skill, note.city)}>{t('rates.note.more')}</a>
      </p>
    </aside>
  );
}
