// Gig pages: the seller's list, the one form for a new or existing gig, the delete confirmation
// and the public gig page. Everything the seller wrote is shown with dir="auto" and escaped by JSX.
import type { PriceNote } from '../rates/service.ts';
import { PriceNoteView } from '../rates/views.tsx';
import type { CredentialBadges as CredentialBadgesData } from '../credentials/service.ts';
import { CredentialBadges } from '../credentials/views.tsx';
import { ContactLink } from '../messages/views.tsx';
import type { GigReviews, SellerStanding } from '../reviews/service.ts';
import { GigReviewsCard, SellerStandingLine } from '../reviews/views.tsx';
import { SaveButton } from '../favourites/views.tsx';
import type { FeePolicy } from '../fees/domain.ts';
import { FeeBreakdown, FeePolicyNote } from '../fees/views.tsx';
import type { FieldErrors } from '../platform/errors.ts';
import { Field, FieldError, Form, type FormState, PostButton, Select, TextArea, value } from '../platform/form-views.tsx';
import { formatDate, isolate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import type { Skill, SkillCategory } from '../taxonomy/data.ts';
import { formatMoney } from '../platform/money.ts';
import { MEDIA_LIMITS } from '../media/domain.ts';
import type { StoredImage } from '../media/service.ts';
import { IMAGE_ACCEPT, ImageManager, Picture, UploadForm } from '../media/views.tsx';
import { availableActions, CURRENCIES, type GigStatus, LIMITS, type Price, UNLIMITED_REVISIONS } from './domain.ts';
import { type DisplayCurrency, type EstimateOnlyCurrency, type EstimateRates, estimatePrice } from '../fx/domain.ts';
import { EstimateNote, formatEstimate } from '../fx/views.tsx';
import type { GigSummary, GigView } from './service.ts';

const name = (ctx: PageCtx, item: { en: string; ur: string }) => item[ctx.locale];

function StatusBadge({ ctx, status }: { ctx: PageCtx; status: GigStatus }) {
  return <span class={`badge status-${status}`}>{ctx.t(`gigs.status.${status}`)}</span>;
}

function ActionButton({ ctx, action, label, gigId, cls }: { ctx: PageCtx; action: string; label: string; gigId: string; cls?: string }) {
  return <PostButton ctx={ctx} action={`/gigs/${gigId}/${action}`} label={label} cls={cls} />;
}

export function MyGigsPage({ ctx, gigs }: { ctx: PageCtx; gigs: GigSummary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('gigs.my.title')} wide>
      <h1>{t('gigs.my.title')}</h1>
      <p>{t('gigs.my.lead')}</p>
      <p>
        <a class="button" href="/gigs/new">
          {t('gigs.my.new')}
        </a>
      </p>
      {gigs.length === 0 ? (
        <p class="muted">{t('gigs.my.empty')}</p>
      ) : (
        <ul class="gig-list">
          {gigs.map((g) => (
            <li class="card">
              <h2 class="gig-list-title">
                <a href={`/g/${g.slug}`} dir="auto">
                  {g.title}
                </a>
              </h2>
              <p class="muted">
                <StatusBadge ctx={ctx} status={g.status} /> · {g.fromPrice ? t('gigs.my.from', { price: formatMoney(ctx.locale, { amount: g.fromPrice, currency: g.currency }) }) : t('gigs.my.no_price')} ·{' '}
                {t('gigs.my.updated', { date: formatDate(ctx.locale, g.updatedAt) })}
              </p>
              <div class="actions" role="group" aria-label={t('gigs.actions_for', { title: g.title })}>
                <a class="button small" href={`/gigs/${g.id}/edit`}>
                  {t('gigs.action.edit')}
                </a>
                <a class="button small secondary" href={`/gigs/${g.id}/images`}>
                  {t('media.gig.images_link')}
                </a>
                {availableActions(g.status).map((a) => (
                  <ActionButton ctx={ctx} action={a} label={t(`gigs.action.${a}`)} gigId={g.id} />
                ))}
                <a class="button small secondary" href={`/gigs/${g.id}/delete`}>
                  {t('gigs.action.delete')}
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}



/** How many FAQ or question rows to show: the filled ones plus one empty, at least two. */
export function rowCount(values: FormState['values'], prefix: string, field: string): number {
  let last = 0;
  for (let i = 0; i < LIMITS.faqs; i++) if (typeof values[`${prefix}.${i}.${field}`] === 'string' && values[`${prefix}.${i}.${field}`] !== '') last = i + 1;
  return Math.min(Math.max(last + 1, 2), 10);
}

export interface GigFormProps {
  ctx: PageCtx;
  state: FormState;
  categories: SkillCategory[];
  skills: Skill[];
  /** null for a new gig. */
  gig: { id: string; status: GigStatus } | null;
  missing?: FieldErrors | undefined;
  /** Market rates (issue 21, src/rates): the price against the market and the freelancer's associations' minimums. */
  priceNote?: PriceNote | null;
}

export function GigFormPage({ ctx, state, categories, skills, gig, missing, priceNote }: GigFormProps) {
  const { t } = ctx;
  const title = gig ? t('gigs.edit.title') : t('gigs.new.title');
  const chosenSkills = new Set(Array.isArray(state.values.skills) ? state.values.skills : state.values.skills ? [state.values.skills] : []);
  const category = value(state, 'category_slug');
  const revisionOptions = [
    ...Array.from({ length: LIMITS.revisions.max + 1 }, (_, i) => ({ value: String(i), label: String(i) })),
    { value: String(UNLIMITED_REVISIONS), label: t('gigs.package.revisions_unlimited') },
  ];
  const faqRows = rowCount(state.values, 'faqs', 'question');
  const questionRows = rowCount(state.values, 'questions', 'question');
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1>{title}</h1>
      {gig ? (
        <p>
          <StatusBadge ctx={ctx} status={gig.status} />
        </p>
      ) : null}
      {missing && Object.keys(missing).length ? (
        <section class="alert" role="alert" aria-labelledby="missing-heading">
          <h2 id="missing-heading">{t('gigs.missing.heading')}</h2>
          <ul>
            {Object.values(missing).map((m) => (
              <li>{t(m.key, m.params)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form ctx={ctx} action={gig ? `/gigs/${gig.id}/edit` : '/gigs'} state={missing && Object.keys(missing).length ? { ...state, errors: {} } : state}>
        <Field ctx={ctx} state={state} name="title" label={t('gigs.field.title')} hint={t('gigs.field.title_hint')} maxlength={LIMITS.title} required />
        <TextArea ctx={ctx} state={state} name="description" label={t('gigs.field.description')} hint={t('gigs.field.description_hint')} maxlength={LIMITS.description} rows={8} />
        <Select
          ctx={ctx}
          state={state}
          name="category_slug"
          label={t('gigs.field.category')}
          options={[{ value: '', label: t('gigs.field.category_none') }, ...categories.map((c) => ({ value: c.slug, label: name(ctx, c) }))]}
        />
        <fieldset aria-describedby="skills-hint">
          <legend>{t('gigs.field.skills')}</legend>
          <p class="hint" id="skills-hint">
            {t('gigs.field.skills_hint')}
          </p>
          <FieldError ctx={ctx} state={state} name="skills" />
          {categories.map((c) => {
            const own = skills.filter((s) => s.category === c.slug);
            if (own.length === 0) return null;
            return (
              <details open={c.slug === category || own.some((s) => chosenSkills.has(s.slug))}>
                <summary>{name(ctx, c)}</summary>
                <div class="choices-columns">
                  {own.map((s) => (
                    <label class="choice">
                      <input type="checkbox" name="skills" value={s.slug} checked={chosenSkills.has(s.slug)} />
                      <span>{name(ctx, s)}</span>
                    </label>
                  ))}
                </div>
              </details>
            );
          })}
        </fieldset>
        <Select ctx={ctx} state={state} name="currency" label={t('gigs.field.currency')} fallback="PKR" options={CURRENCIES.map((c) => ({ value: c, label: t(`gigs.currency.${c}`) }))} />
        <section aria-labelledby="packages-heading">
          <h2 id="packages-heading">{t('gigs.packages.title')}</h2>
          <p class="hint">{t('gigs.packages.hint')}</p>
          {priceNote ? <PriceNoteView ctx={ctx} note={priceNote} /> : null}
          <div class="packages">
            {[0, 1, 2].map((i) => (
              <fieldset class="package">
                <legend>{t('gigs.package.n', { n: i + 1 })}</legend>
                <Field ctx={ctx} state={state} name={`packages.${i}.name`} label={t('gigs.package.name')} hint={t('gigs.package.name_hint')} maxlength={LIMITS.packageName} />
                <TextArea ctx={ctx} state={state} name={`packages.${i}.description`} label={t('gigs.package.description')} maxlength={LIMITS.packageDescription} rows={3} />
                <Field ctx={ctx} state={state} name={`packages.${i}.price`} label={t('gigs.package.price')} hint={t('gigs.package.price_hint')} inputmode="decimal" dir="ltr" maxlength={20} />
                <Field ctx={ctx} state={state} name={`packages.${i}.delivery_days`} label={t('gigs.package.delivery_days')} inputmode="numeric" dir="ltr" maxlength={3} />
                <Select ctx={ctx} state={state} name={`packages.${i}.revisions`} label={t('gigs.package.revisions')} fallback="1" options={revisionOptions} />
                <TextArea
                  ctx={ctx}
                  state={state}
                  name={`packages.${i}.features`}
                  label={t('gigs.package.features')}
                  hint={t('gigs.package.features_hint')}
                  maxlength={LIMITS.features * (LIMITS.feature + 2)}
                  rows={4}
                />
              </fieldset>
            ))}
          </div>
        </section>
        <section aria-labelledby="faqs-heading">
          <h2 id="faqs-heading">{t('gigs.faqs.title')}</h2>
          <p class="hint">{t('gigs.faqs.hint')}</p>
          {Array.from({ length: faqRows }, (_, i) => (
            <div class="gig-row">
              <Field ctx={ctx} state={state} name={`faqs.${i}.question`} label={t('gigs.faq.question', { n: i + 1 })} maxlength={LIMITS.faqQuestion} />
              <TextArea ctx={ctx} state={state} name={`faqs.${i}.answer`} label={t('gigs.faq.answer', { n: i + 1 })} maxlength={LIMITS.faqAnswer} rows={2} />
            </div>
          ))}
        </section>
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t('gigs.questions.title')}</h2>
          <p class="hint">{t('gigs.questions.hint')}</p>
          {Array.from({ length: questionRows }, (_, i) => {
            const filled = value(state, `questions.${i}.question`) !== '';
            const required = filled ? value(state, `questions.${i}.required`) === 'on' : true;
            return (
              <div class="gig-row">
                <Field ctx={ctx} state={state} name={`questions.${i}.question`} label={t('gigs.question.text', { n: i + 1 })} maxlength={LIMITS.question} />
                <label class="choice">
                  <input type="checkbox" name={`questions.${i}.required`} value="on" checked={required} />
                  <span>{t('gigs.question.required', { n: i + 1 })}</span>
                </label>
              </div>
            );
          })}
        </section>
        <div class="actions">
          {gig && gig.status !== 'draft' ? (
            <button type="submit" name="intent" value="save">
              {t('gigs.save')}
            </button>
          ) : (
            <>
              <button type="submit" name="intent" value="draft" class="secondary">
                {t('gigs.save_draft')}
              </button>
              <button type="submit" name="intent" value="publish">
                {t('gigs.save_publish')}
              </button>
            </>
          )}
        </div>
      </Form>
    </Layout>
  );
}

export function DeleteGigPage({ ctx, gig }: { ctx: PageCtx; gig: { id: string; title: string } }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('gigs.delete.title')}>
      <h1>{t('gigs.delete.title')}</h1>
      <p>{t('gigs.delete.body', { title: isolate(gig.title) })}</p>
      <div class="actions">
        <form method="post" action={`/gigs/${gig.id}/delete`}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="danger">
            {t('gigs.delete.confirm')}
          </button>
        </form>
        <a class="button secondary" href="/gigs">
          {t('gigs.delete.cancel')}
        </a>
      </div>
    </Layout>
  );
}

function PriceBlock({ ctx, price, reader, rates }: { ctx: PageCtx; price: Price; reader: DisplayCurrency; rates?: EstimateRates | undefined }) {
  const { t } = ctx;
  const estimate = reader !== price.currency && rates ? estimatePrice(price, reader, rates) : null;
  return (
    <div class="price">
      <p class="amount">
        <bdi>{formatMoney(ctx.locale, price)}</bdi>
      </p>
      {estimate ? (
        <p class="muted estimate">
          {t('gigs.page.estimate', { price: formatEstimate(ctx.locale, estimate) })}
          <sup>*</sup>
        </p>
      ) : null}
    </div>
  );
}

export function GigPage({
  ctx,
  gig,
  reader,
  saved = false,
  fees,
  rates,
  estimateCurrencies = [],
  reviews,
  standing,
  credentials,
}: {
  ctx: PageCtx;
  gig: GigView;
  /** The currency the reader wants estimates in (PKR, USD, or a display-only GBP, EUR, AED, SAR). */
  reader: DisplayCurrency;
  saved?: boolean;
  fees?: FeePolicy;
  /** The rates behind the estimates (src/fx); no estimates without them. */
  rates?: EstimateRates | undefined;
  /** The display-only currencies that have a rate, offered beside PKR and USD. */
  estimateCurrencies?: readonly EstimateOnlyCurrency[];
  /** The gig's newest shown reviews, and the seller's level and rating (src/reviews). */
  reviews?: GigReviews | undefined;
  standing?: SellerStanding | undefined;
  /** The seller's certificates (src/credentials). */
  credentials?: CredentialBadgesData | undefined;
}) {
  const { t } = ctx;
  const mine = ctx.actor?.userId === gig.seller.id;
  return (
    <Layout ctx={ctx} title={gig.title} wide>
      <article class="gig">
        {mine && gig.status !== 'published' ? <p class="alert">{t(`gigs.page.owner_${gig.status}`)}</p> : null}
        <h1 dir="auto">{gig.title}</h1>
        {mine ? null : <SaveButton ctx={ctx} kind="gig" id={gig.id} saved={saved} />}
        {mine ? (
          <p>
            <a href={`/gigs/${gig.id}/edit`}>{t('gigs.page.edit')}</a> · <a href={`/gigs/${gig.id}/images`}>{t('media.gig.images_link')}</a>
          </p>
        ) : null}
        <GigGallery ctx={ctx} images={gig.images} />
        <dl class="summary gig-meta">
          {gig.category ? (
            <>
              <dt>{t('gigs.page.category')}</dt>
              <dd>{name(ctx, gig.category)}</dd>
            </>
          ) : null}
          {gig.skills.length ? (
            <>
              <dt>{t('gigs.page.skills')}</dt>
              <dd>{gig.skills.map((s) => name(ctx, s)).join(ctx.locale === 'ur' ? '، ' : ', ')}</dd>
            </>
          ) : null}
        </dl>
        <div class="gig-layout">
          <div class="gig-main">
            <p class="user-text" dir="auto">
              {gig.description}
            </p>
            <section aria-labelledby="packages-heading">
              <h2 id="packages-heading">{t('gigs.page.packages')}</h2>
              <form method="get" action={`/g/${gig.slug}`} class="currency-choice">
                <label for="reader-currency">{t('gigs.page.currency_label')}</label>
                <select id="reader-currency" name="currency">
                  {[...CURRENCIES, ...estimateCurrencies].map((c) => (
                    <option value={c} selected={c === reader}>
                      {t(`fx.currency.${c}`)}
                    </option>
                  ))}
                </select>
                <button type="submit" class="secondary small">
                  {t('gigs.page.currency_submit')}
                </button>
              </form>
              <div class="packages">
                {gig.packages.map((p, i) => (
                  <section class="card package" aria-labelledby={`package-${i + 1}`}>
                    <h3 id={`package-${i + 1}`} dir="auto">
                      {p.name || t('gigs.package.n', { n: i + 1 })}
                    </h3>
                    {p.price ? <PriceBlock ctx={ctx} price={p.price} reader={reader} rates={rates} /> : null}
                    {/* What ordering this package costs each side (src/fees), before anyone commits. */}
                    {p.price && fees ? <FeeBreakdown ctx={ctx} price={p.price} policy={fees} side={mine ? 'freelancer' : 'client'} note={false} /> : null}
                    {p.description ? (
                      <p class="user-text" dir="auto">
                        {p.description}
                      </p>
                    ) : null}
                    <ul class="package-terms">
                      {p.delivery_days ? <li>{t('gigs.page.delivery', { days: p.delivery_days })}</li> : null}
                      <li>{p.revisions === UNLIMITED_REVISIONS ? t('gigs.page.revisions_unlimited') : t('gigs.page.revisions', { n: p.revisions })}</li>
                    </ul>
                    {p.features.length ? (
                      <ul class="features">
                        {p.features.map((f) => (
                          <li dir="auto">{f}</li>
                        ))}
                      </ul>
                    ) : null}
                    {p.price && gig.status === 'published' && !mine ? (
                      <a class="button" href={`/orders/new?gig=${encodeURIComponent(gig.slug)}&package=${i + 1}`}>
                        {ctx.actor ? t('orders.order_button') : t('orders.log_in_to_order')}
                      </a>
                    ) : null}
                  </section>
                ))}
              </div>
              {fees ? <FeePolicyNote ctx={ctx} policy={fees} /> : null}
              {reader !== gig.currency && rates ? (
                <p class="muted">
                  <sup>*</sup> <EstimateNote ctx={ctx} reader={reader} rates={rates} sellerCurrency={gig.currency} />
                </p>
              ) : null}
            </section>
            {gig.faqs.length ? (
              <section aria-labelledby="faq-heading">
                <h2 id="faq-heading">{t('gigs.page.faq')}</h2>
                <dl class="faq">
                  {gig.faqs.map((f) => (
                    <>
                      <dt dir="auto">{f.question}</dt>
                      <dd class="user-text" dir="auto">
                        {f.answer}
                      </dd>
                    </>
                  ))}
                </dl>
              </section>
            ) : null}
            {gig.questions.length ? (
              <section aria-labelledby="questions-heading">
                <h2 id="questions-heading">{t('gigs.page.questions')}</h2>
                <ol>
                  {gig.questions.map((q) => (
                    <li>
                      <bdi>{q.question}</bdi> <span class="muted">({q.required ? t('gigs.page.required') : t('gigs.page.optional')})</span>
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
          </div>
          <aside class="gig-side">
            <section class="card" aria-labelledby="seller-heading">
              <h2 id="seller-heading">{t('gigs.page.seller')}</h2>
              <p class="seller-name">
                <a href={`/u/${encodeURIComponent(gig.seller.handle)}`}>
                  <bdi>{gig.seller.displayName}</bdi>
                </a>
              </p>
              {standing ? <SellerStandingLine ctx={ctx} standing={standing} /> : null}
              <p class="muted">{t('gigs.page.member_since', { date: formatDate(ctx.locale, gig.seller.memberSince) })}</p>
              {mine ? null : <ContactLink ctx={ctx} handle={gig.seller.handle} gig={gig.id} label="contact" />}
            </section>
            {credentials ? <CredentialBadges ctx={ctx} items={credentials.items} delivered={credentials.delivered} cls="card" /> : null}
            {reviews ? (
              <GigReviewsCard ctx={ctx} slug={gig.slug} data={reviews} />
            ) : (
              <section class="card" aria-labelledby="reviews-heading">
                <h2 id="reviews-heading">{t('gigs.page.reviews')}</h2>
                <p class="muted">{t('gigs.page.no_reviews')}</p>
              </section>
            )}
          </aside>
        </div>
      </article>
    </Layout>
  );
}

/** The gig's images on its page: the first at display size, the others as thumbnails linking to theirs. */
function GigGallery({ ctx, images }: { ctx: PageCtx; images: StoredImage[] }) {
  const [first, ...rest] = images;
  if (!first) return null;
  const { t } = ctx;
  return (
    <section class="gallery" aria-label={t('media.gig.gallery')}>
      <Picture image={first} size="display" alt={t('media.images.alt', { n: 1 })} cls="picture main-picture" />
      {rest.length ? (
        <ul class="thumbs">
          {rest.map((image, i) => (
            <li>
              <a href={image.url}>
                <Picture image={image} size="thumb" alt={t('media.images.alt', { n: i + 2 })} />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The seller's page for a gig's images: the list in order, and the upload form. */
export function GigImagesPage({ ctx, gig, images, state }: { ctx: PageCtx; gig: { id: string; slug: string; title: string }; images: StoredImage[]; state?: FormState | undefined }) {
  const { t } = ctx;
  const full = images.length >= MEDIA_LIMITS.gigImages;
  return (
    <Layout ctx={ctx} title={t('media.gig.title')}>
      <h1>{t('media.gig.title')}</h1>
      <p>
        <bdi>{gig.title}</bdi>
      </p>
      <p>{t('media.gig.lead', { max: MEDIA_LIMITS.gigImages })}</p>
      <p class="muted">{t('media.images.count', { count: images.length, max: MEDIA_LIMITS.gigImages })}</p>
      <ImageManager ctx={ctx} images={images} base={`/gigs/${gig.id}/images`} />
      {full ? (
        <p class="muted">{t('errors.media.images_full', { max: MEDIA_LIMITS.gigImages })}</p>
      ) : (
        <UploadForm
          ctx={ctx}
          action={`/gigs/${gig.id}/images`}
          field="image"
          label={t('media.images.add')}
          hint={t('media.images.hint', { mb: MEDIA_LIMITS.imageBytes / (1024 * 1024) })}
          accept={IMAGE_ACCEPT}
          submit={t('media.images.upload')}
          state={state}
        />
      )}
      <p class="actions">
        <a href={`/g/${gig.slug}`}>{t('media.gig.see_page')}</a>
        <a href={`/gigs/${gig.id}/edit`}>{t('gigs.page.edit')}</a>
        <a href="/gigs">{t('media.gig.back')}</a>
      </p>
    </Layout>
  );
}
