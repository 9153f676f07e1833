// The search page (/search) and category pages (/c/<slug>): one GET form that works without
// JavaScript, the result count (then, once there are results, the filters folded below it), the
// results with matches in <mark> and each gig's card-size picture, and a next-page link. Titles,
// snippets and names are user text: shown with dir="auto" and escaped (by JSX, or for results by
// Hono's own escaper, the one JSX uses) before highlighting.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { escapeToBuffer } from 'hono/utils/html';
import type { FieldErrors } from '../platform/errors.ts';
import { formatDate, formatNumber } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { CURRENCIES, formatMoney } from '../platform/money.ts';
import { JOB_EXPERIENCE, JOB_KINDS } from '../jobs/domain.ts';
import { CITIES, LANGUAGES, SKILL_CATEGORIES, SKILLS } from '../taxonomy/data.ts';
import { gigCardPictureHtml } from '../media/views.tsx';
import type { HomeGig } from '../home/service.ts';
import { GigTiles } from '../home/views.tsx';
import { highlight, snippet } from './highlight.ts';
import { standingHtml } from '../reviews/views.tsx';
import { MIN_RATINGS } from './params.ts';
import { COUNT_CAP, QUERY_MAX, SEARCH_TYPES, type SearchItem, type SearchResult, type Suggestions, SORTS_FOR } from './service.ts';

export type SearchValues = Record<string, string>;

const FILTER_NAMES = ['q', 'type', 'category', 'skill', 'city', 'language', 'currency', 'price_min', 'price_max', 'delivery_days', 'min_rating', 'certified_in', 'kind', 'experience', 'sort'] as const;

/** The same search with another cursor, as a link (empty values left out). */
export function pageLink(action: string, values: SearchValues, cursor: string): string {
  const qs = new URLSearchParams();
  for (const k of FILTER_NAMES) if (values[k]) qs.set(k, values[k]);
  qs.set('cursor', cursor);
  return `${action}?${qs.toString()}`;
}

/** The same search (type, filters, sort) for other words, as a link. */
export function queryLink(action: string, values: SearchValues, q: string): string {
  const qs = new URLSearchParams();
  for (const k of FILTER_NAMES) if (k === 'q') qs.set('q', q);
  else if (values[k]) qs.set(k, values[k]);
  return `${action}?${qs.toString()}`;
}

/**
 * A search with words that found nothing is not a dead end: it says so, offers the corrected query
 * as a link (keeping the type and filters), the categories closest to the query (or all of them
 * when none is close) and, for gigs, the newest ones.
 */
function NoResults(props: { ctx: PageCtx; action: string; values: SearchValues; query: string; suggestions: Suggestions; newest: readonly HomeGig[] }) {
  const { ctx, suggestions } = props;
  const { t, locale } = ctx;
  const close = suggestions.categories.length > 0;
  const categories = close ? suggestions.categories.map((slug) => SKILL_CATEGORIES.find((c) => c.slug === slug)!) : SKILL_CATEGORIES;
  return (
    <div class="no-results">
      <p>{rich(t('search.none_for'), { query: <bdi>{props.query}</bdi> })}</p>
      {suggestions.corrected ? (
        <p class="did-you-mean">
          {rich(t('search.did_you_mean'), {
            query: (
              <a href={queryLink(props.action, props.values, suggestions.corrected)} dir="auto">
                {suggestions.corrected}
              </a>
            ),
          })}
        </p>
      ) : null}
      <h2 id="close-categories-h">{t(close ? 'search.close_categories' : 'search.all_categories')}</h2>
      <ul class="tiles">
        {categories.map((c) => (
          <li>
            <a href={`/c/${c.slug}`}>{c[locale]}</a>
          </li>
        ))}
      </ul>
      {props.newest.length > 0 ? (
        <>
          <h2 id="newest-gigs-h">{t('search.newest_gigs')}</h2>
          <GigTiles ctx={ctx} gigs={props.newest} />
        </>
      ) : null}
    </div>
  );
}

/** Fills the {name} placeholders of a translated sentence with elements (a link, user text). */
function rich(text: string, parts: Record<string, Child>): Child[] {
  return text.split(/\{(\w+)\}/g).map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece));
}

interface Choice {
  value: string;
  label: string;
}

// The long filter lists (134 skills, the categories, cities and languages) are the same on every
// search but for the one chosen: each list is rendered once per locale and kept (a few dozen lists in
// all), and only the chosen <option> is rendered per request. JSX still escapes every label.
const renderedLists = new Map<string, { options: { value: string; label: string; html: string }[]; none: string }>();

function Options({ list, choices, selected }: { list: string | undefined; choices: () => readonly Choice[]; selected: string }) {
  const one = (o: Choice, chosen: boolean) => (
    <option value={o.value} selected={chosen}>
      {o.label}
    </option>
  );
  if (list === undefined) return <>{choices().map((o) => one(o, o.value === selected))}</>;
  let rendered = renderedLists.get(list);
  if (!rendered) {
    const options = choices().map((o) => ({ ...o, html: String(one(o, false)) }));
    rendered = { options, none: options.map((o) => o.html).join('') };
    renderedLists.set(list, rendered);
  }
  // Most searches choose nothing from a list: the whole list as kept.
  if (!rendered.options.some((o) => o.value === selected)) return raw(rendered.none);
  return raw(rendered.options.map((o) => (o.value === selected ? String(one(o, true)) : o.html)).join(''));
}

function Select(props: {
  ctx: PageCtx;
  name: string;
  label: string;
  value: string;
  options: () => readonly Choice[];
  /** Names a fixed list (with its locale) whose rendering may be kept: see Options. */
  list?: string;
  any?: string;
  errors: FieldErrors;
  /** The form the field belongs to when it is outside it (the folded filters below the results' count). */
  form?: string | undefined;
}) {
  const error = props.errors[props.name];
  return (
    <div class="field">
      <label for={`s-${props.name}`}>{props.label}</label>
      <select id={`s-${props.name}`} name={props.name} form={props.form} aria-invalid={error ? 'true' : undefined}>
        {props.any !== undefined ? <option value="">{props.any}</option> : null}
        <Options list={props.list} choices={props.options} selected={props.value} />
      </select>
      {error ? <p class="error">{props.ctx.t(error.key, error.params)}</p> : null}
    </div>
  );
}

function Input(props: {
  ctx: PageCtx;
  name: string;
  label: string;
  value: string;
  errors: FieldErrors;
  type?: string;
  inputmode?: 'decimal' | 'numeric' | 'search';
  maxlength?: number;
  form?: string | undefined;
}) {
  const error = props.errors[props.name];
  return (
    <div class="field">
      <label for={`s-${props.name}`}>{props.label}</label>
      <input
        id={`s-${props.name}`}
        name={props.name}
        form={props.form}
        type={props.type ?? 'text'}
        value={props.value}
        dir="auto"
        inputmode={props.inputmode}
        maxlength={props.maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `s-${props.name}-error` : undefined}
      />
      {error ? (
        <p class="error" id={`s-${props.name}-error`}>
          {props.ctx.t(error.key, error.params)}
        </p>
      ) : null}
    </div>
  );
}

// A result is the page's hottest markup (twenty per page, each with three highlighted texts), so it
// is written as one string: every value is escaped by Hono's own escaper (escapeToBuffer, what JSX and
// the `html` template use), and only the <mark> parts of highlight() are markup. The HTML is byte for
// byte what the JSX and then the `html` template wrote (142 pages compared). Twenty results took 0.47
// ms to render as JSX and 0.40 ms as a template; a whole search page went from 0.58–0.80 ms as a
// template to 0.39–0.50 ms this way (three alternating runs, one process, on a slower machine).
function escapeHtml(text: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(text, buffer);
  return buffer[0];
}

function highlighted(text: string, terms: readonly string[]): string {
  let out = '';
  for (const p of highlight(text, terms)) out += p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text);
  return out;
}

const span = (text: string) => `<span>${escapeHtml(text)}</span>`;

function resultMeta(ctx: PageCtx, item: SearchItem): string {
  const { t, locale } = ctx;
  if (item.job) {
    const { budget, rateMin, rateMax, experience } = item.job;
    return (
      (budget ? span(t('search.budget', { price: formatMoney(locale, budget) })) : '') +
      (rateMin && rateMax ? span(t('search.rate_range', { min: formatMoney(locale, rateMin), max: formatMoney(locale, rateMax) })) : '') +
      span(t(`jobs.experience.${experience}`)) +
      span(t('search.posted', { date: formatDate(locale, item.date) }))
    );
  }
  if (item.type === 'gig') {
    return (
      (item.price ? span(t('search.from_price', { price: formatMoney(locale, item.price) })) : '') +
      (item.deliveryDays !== null ? span(t('search.delivery', { days: item.deliveryDays })) : '') +
      (item.rating ? standingHtml(ctx, item.rating, item.level) : '') +
      `<span>${escapeHtml(t('search.by'))} <a href="/u/${escapeHtml(encodeURIComponent(item.person.handle))}" dir="auto">${escapeHtml(item.person.displayName)}</a></span>`
    );
  }
  const city = item.citySlug ? CITIES.find((c) => c.slug === item.citySlug) : undefined;
  return (
    (item.price ? span(t('search.hourly', { price: formatMoney(locale, item.price) })) : '') +
    (city ? span(city[locale]) : '') +
    (item.rating ? standingHtml(ctx, item.rating, item.level) : '') +
    span(t('search.member_since', { date: formatDate(locale, item.date) }))
  );
}

function resultItem(ctx: PageCtx, item: SearchItem, terms: readonly string[]): string {
  return (
    (item.image ? `<li class="result with-picture">${gigCardPictureHtml(item.image, item.title)}` : '<li class="result">') +
    `<div class="result-text"><h2><a href="${escapeHtml(item.url)}" dir="auto">${highlighted(item.title, terms)}</a></h2>` +
    (item.headline ? `<p class="headline" dir="auto">${highlighted(item.headline, terms)}</p>` : '') +
    (item.snippet ? `<p class="snippet" dir="auto">${highlighted(snippet(item.snippet, terms), terms)}</p>` : '') +
    `<p class="meta">${resultMeta(ctx, item)}</p></div></li>`
  );
}

export function SearchPage(props: {
  ctx: PageCtx;
  action: string;
  title: string;
  lead?: string | undefined;
  values: SearchValues;
  errors: FieldErrors;
  result: SearchResult | null;
  /** A category page fixes the category and the type. */
  fixedCategory?: string;
  /** The newest gigs, shown when a search with words finds nothing. */
  newest?: readonly HomeGig[];
}) {
  const { ctx, values, errors, result } = props;
  const { t, locale } = ctx;
  const v = (k: string) => values[k] ?? '';
  // Without JavaScript the form cannot change as the type is chosen: it shows the filters of the
  // type searched last (jobs: kind, experience and budget; gigs and freelancers: the rest).
  const type = result?.params.type ?? (SEARCH_TYPES.find((s) => s === v('type')) || 'gig');
  const jobs = type === 'job';
  const total = result ? (result.totalCapped ? t('search.count_capped', { n: formatNumber(locale, COUNT_CAP) }) : t('search.count', { n: formatNumber(locale, result.total), count: result.total })) : '';
  const hasErrors = Object.keys(errors).length > 0;
  const active = FILTER_NAMES.filter((k) => k !== 'q' && k !== 'type' && v(k) !== '' && !(k === 'currency' && v(k) === 'PKR')).length;
  // Results first: once there are results, the filters fold into a closed section below their count
  // (on a phone the first screen shows results, not fourteen fields). Their fields still belong to
  // the search form (the form attribute), so one submit sends them all, with JavaScript off.
  const folded = result !== null && result.items.length > 0 && !hasErrors;
  const filterFields = (form: string | undefined) => (
    <>
      {props.fixedCategory ? null : (
        <Select ctx={ctx} form={form} name="category" label={t('search.category')} value={v('category')} errors={errors} list={`category ${locale}`} any={t('search.any')} options={() => SKILL_CATEGORIES.map((c) => ({ value: c.slug, label: c[locale] }))} />
      )}
      <div class="field">
        <label for="s-skill">{t('search.skill')}</label>
        <select id="s-skill" name="skill" form={form}>
          <option value="">{t('search.any')}</option>
          {SKILL_CATEGORIES.filter((c) => !props.fixedCategory || c.slug === props.fixedCategory).map((c) => (
            <optgroup label={c[locale]}>
              <Options list={`skills ${c.slug} ${locale}`} choices={() => SKILLS.filter((k) => k.category === c.slug).map((k) => ({ value: k.slug, label: k[locale] }))} selected={v('skill')} />
            </optgroup>
          ))}
        </select>
        {errors.skill ? <p class="error">{t(errors.skill.key, errors.skill.params)}</p> : null}
      </div>
      {jobs ? (
        <>
          <Select ctx={ctx} form={form} name="kind" label={t('search.kind')} value={v('kind')} errors={errors} any={t('search.any')} options={() => JOB_KINDS.map((k) => ({ value: k, label: t(`jobs.kind.${k}`) }))} />
          <Select ctx={ctx} form={form} name="experience" label={t('search.experience')} value={v('experience')} errors={errors} any={t('search.any')} options={() => JOB_EXPERIENCE.map((e) => ({ value: e, label: t(`jobs.experience.${e}`) }))} />
        </>
      ) : (
        <>
          <Select ctx={ctx} form={form} name="city" label={t('search.city')} value={v('city')} errors={errors} list={`city ${locale}`} any={t('search.any')} options={() => CITIES.map((c) => ({ value: c.slug, label: c[locale] }))} />
          <Select ctx={ctx} form={form} name="language" label={t('search.language')} value={v('language')} errors={errors} list={`language ${locale}`} any={t('search.any')} options={() => LANGUAGES.map((l) => ({ value: l.slug, label: l[locale] }))} />
        </>
      )}
      <Select ctx={ctx} form={form} name="currency" label={t('search.currency')} value={v('currency') || 'PKR'} errors={errors} options={() => CURRENCIES.map((c) => ({ value: c, label: c }))} />
      <Input ctx={ctx} form={form} name="price_min" label={t(jobs ? 'search.budget_min' : 'search.price_min')} value={v('price_min')} errors={errors} inputmode="decimal" maxlength={40} />
      <Input ctx={ctx} form={form} name="price_max" label={t(jobs ? 'search.budget_max' : 'search.price_max')} value={v('price_max')} errors={errors} inputmode="decimal" maxlength={40} />
      {jobs ? null : <Input ctx={ctx} form={form} name="delivery_days" label={t('search.delivery_days')} value={v('delivery_days')} errors={errors} inputmode="numeric" maxlength={2} />}
      {jobs ? null : (
        <Select ctx={ctx} form={form} name="min_rating" label={t('search.min_rating')} value={v('min_rating')} errors={errors} any={t('search.any')} options={() => [...MIN_RATINGS].reverse().map((n) => ({ value: String(n), label: t('search.min_rating.n', { n }) }))} />
      )}
      {jobs ? null : (
        // "Certified in" (docs/decisions/0060): any skill, grouped as the skill list is (the same kept option lists).
        <div class="field">
          <label for="s-certified_in">{t('search.certified_in')}</label>
          <select id="s-certified_in" name="certified_in" form={form} aria-describedby="s-certified_in-hint" aria-invalid={errors.certified_in ? 'true' : undefined}>
            <option value="">{t('search.any')}</option>
            {SKILL_CATEGORIES.map((c) => (
              <optgroup label={c[locale]}>
                <Options list={`skills ${c.slug} ${locale}`} choices={() => SKILLS.filter((k) => k.category === c.slug).map((k) => ({ value: k.slug, label: k[locale] }))} selected={v('certified_in')} />
              </optgroup>
            ))}
          </select>
          <p class="hint" id="s-certified_in-hint">
            {t('search.certified_in.hint')}
          </p>
          {errors.certified_in ? <p class="error">{t(errors.certified_in.key, errors.certified_in.params)}</p> : null}
        </div>
      )}
    </>
  );
  const sort = (form: string | undefined) => (
    <Select ctx={ctx} form={form} name="sort" label={t('search.sort')} value={v('sort') === 'price' || v('sort') === 'budget' ? (jobs ? 'budget' : 'price') : v('sort')} errors={errors} any={t('search.sort.auto')} options={() => SORTS_FOR[type].map((s) => ({ value: s, label: t(`search.sort.${s}`) }))} />
  );
  const summary = <summary>{active > 0 ? t('search.filters_active', { n: formatNumber(locale, active) }) : t('search.filters')}</summary>;
  return (
    <Layout ctx={ctx} title={props.title} wide>
      <h1>{props.title}</h1>
      {props.lead ? <p>{props.lead}</p> : null}
      <form method="get" action={props.action} class="search-form" role="search" id="search-form">
        {hasErrors ? (
          <p class="alert" role="alert">
            {t('errors.validation.failed')}
          </p>
        ) : null}
        <Input ctx={ctx} name="q" label={t('search.q')} value={v('q')} errors={errors} type="search" inputmode="search" maxlength={QUERY_MAX} />
        {props.fixedCategory ? (
          <input type="hidden" name="type" value="gig" />
        ) : (
          <Select ctx={ctx} name="type" label={t('search.type')} value={v('type') || 'gig'} errors={errors} options={() => SEARCH_TYPES.map((s) => ({ value: s, label: t(`search.type.${s}`) }))} />
        )}
        {folded ? null : (
          <>
            <details class="filters" open={active > 0 || hasErrors}>
              {summary}
              {filterFields(undefined)}
            </details>
            {sort(undefined)}
          </>
        )}
        <button type="submit">{t('search.submit')}</button>
      </form>
      {result ? (
        <section aria-labelledby="results-count" class="search-results">
          <p id="results-count" class="count" role="status">
            {total}
          </p>
          {folded ? (
            <details class="filters folded">
              {summary}
              <div class="filter-fields">
                {filterFields('search-form')}
                {sort('search-form')}
                <button type="submit" form="search-form" class="secondary">
                  {t('search.apply')}
                </button>
              </div>
            </details>
          ) : null}
          {result.items.length === 0 ? (
            result.suggestions ? (
              <NoResults ctx={ctx} action={props.action} values={values} query={result.params.q} suggestions={result.suggestions} newest={props.newest ?? []} />
            ) : (
              <p>{t('search.none')}</p>
            )
          ) : (
            <ol class="results">{raw(result.items.map((item) => resultItem(ctx, item, result.terms)).join(''))}</ol>
          )}
          {result.nextCursor ? (
            <p>
              <a class="button secondary" href={pageLink(props.action, values, result.nextCursor)} rel="next">
                {t('search.next')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
