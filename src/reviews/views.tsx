// Review pages and pieces: the review page of an order (the form, or where things stand), the box on
// the order page, the rating and level badge on profiles, gig pages and seller cards, the lists of
// shown reviews with replies, and /help/levels, printed from the same rules the job applies. Plain
// forms: everything works with JavaScript off. User text is shown with dir="auto", escaped by JSX.
import { escapeToBuffer } from 'hono/utils/html';
import { Form, type FormState, FieldError, TextArea, value } from '../platform/form-views.tsx';
import { formatDate, formatNumber, isolate } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { averageRating, DETAILS, REPLY_MAX, REVIEW_TEXT_MAX, REVIEW_WINDOW_DAYS, STARS } from './domain.ts';
import { LEVEL_RULES, type LevelRule, REQUIREMENTS, type Requirement, type SellerLevel } from './levels.ts';
import type { GigReviews, OrderReviews, PersonReviews, RatingFigures, ReviewView, SellerStanding } from './service.ts';

const orderNumber = (n: string) => `HNR-${n}`;

/** Whole stars as a picture with words for screen readers: ★★★★☆. */
export function Stars({ ctx, n }: { ctx: PageCtx; n: number }) {
  return (
    <span class="stars" role="img" aria-label={ctx.t('reviews.stars_label', { n })}>
      {'★'.repeat(n)}
      <span class="stars-off">{'☆'.repeat(5 - n)}</span>
    </span>
  );
}

/** "★ 4.8 (12 reviews)", or "No reviews yet". */
export function RatingLine({ ctx, figures }: { ctx: PageCtx; figures: RatingFigures }) {
  const avg = averageRating(figures.sum, figures.count);
  if (avg === null) return <span class="rating muted">{ctx.t('reviews.none_yet')}</span>;
  return (
    <span class="rating">
      <span aria-hidden="true">★ </span>
      {ctx.t('reviews.average', { average: avg.toFixed(1), n: figures.count })}
    </span>
  );
}

/** The seller level as a badge linking to the rules. */
export function LevelBadge({ ctx, level }: { ctx: PageCtx; level: SellerLevel }) {
  return (
    <a class={`badge level level-${level}`} href="/help/levels">
      {ctx.t(`reviews.level.${level}`)}
    </a>
  );
}

/** A seller card's standing: the level badge and the rating (gig page seller box, profiles). */
export function SellerStandingLine({ ctx, standing }: { ctx: PageCtx; standing: SellerStanding }) {
  return (
    <p class="standing">
      <LevelBadge ctx={ctx} level={standing.level} /> <RatingLine ctx={ctx} figures={standing.figures} />
    </p>
  );
}

// Search results are written as one string (src/search/views.tsx); these are the same pieces as HTML
// text, every value escaped by Hono's own escaper.
function escapeHtml(text: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(text, buffer);
  return buffer[0];
}

/** A search result's rating and level, as HTML: `<span>★ 4.8 (12 reviews)</span><span>Level one</span>`. */
export function standingHtml(ctx: PageCtx, figures: RatingFigures, level: SellerLevel | null): string {
  const avg = averageRating(figures.sum, figures.count);
  const rating = avg === null ? '' : `<span class="rating">★ ${escapeHtml(ctx.t('reviews.average', { average: avg.toFixed(1), n: figures.count }))}</span>`;
  const badge = level && level !== 'new' ? `<span class="badge level level-${level}">${escapeHtml(ctx.t(`reviews.level.${level}`))}</span>` : '';
  return rating + badge;
}

function Details({ ctx, r }: { ctx: PageCtx; r: ReviewView }) {
  if (r.communication === null || r.quality === null || r.onTime === null) return null;
  const values: Record<(typeof DETAILS)[number], number> = { communication: r.communication, quality: r.quality, on_time: r.onTime };
  return (
    <ul class="review-details">
      {DETAILS.map((d) => (
        <li>
          {ctx.t(`reviews.detail.${d}`)} <Stars ctx={ctx} n={values[d]} />
        </li>
      ))}
    </ul>
  );
}

/** One review: who wrote it, the stars, the text, the freelancer's reply (and a reply form when given). */
export function ReviewItem({ ctx, r, showGig = true, replyForm }: { ctx: PageCtx; r: ReviewView; showGig?: boolean; replyForm?: FormState | undefined }) {
  const { t, locale } = ctx;
  return (
    <li class="review card">
      <p class="review-head">
        <Stars ctx={ctx} n={r.rating} />{' '}
        <a href={`/u/${encodeURIComponent(r.author.handle)}`}>
          <bdi>{r.author.displayName}</bdi>
        </a>{' '}
        <span class="muted">
          · {t(r.authorSide === 'client' ? 'reviews.by_client' : 'reviews.by_freelancer')} · {formatDate(locale, r.createdAt)}
          {showGig && r.gig ? (
            <>
              {' · '}
              <a href={`/g/${r.gig.slug}`} dir="auto">
                {r.gig.title}
              </a>
            </>
          ) : null}
        </span>
      </p>
      <Details ctx={ctx} r={r} />
      {r.text ? (
        <p class="user-text" dir="auto">
          {r.text}
        </p>
      ) : null}
      {r.reply ? (
        <div class="review-reply">
          <p class="muted">{t('reviews.reply_from', { name: isolate(r.reviewee.displayName) })}</p>
          <p class="user-text" dir="auto">
            {r.reply.text}
          </p>
        </div>
      ) : null}
      {replyForm ? (
        <Form ctx={ctx} action={`/reviews/${r.id}/reply`} state={replyForm}>
          <TextArea ctx={ctx} state={replyForm} name="text" label={t('reviews.reply_label')} hint={t('reviews.reply_hint')} maxlength={REPLY_MAX} rows={3} />
          <button type="submit" class="secondary">
            {t('reviews.reply_submit')}
          </button>
        </Form>
      ) : null}
    </li>
  );
}

export function ReviewList({ ctx, items, more, showGig = true }: { ctx: PageCtx; items: ReviewView[]; more?: string | null; showGig?: boolean }) {
  if (items.length === 0) return <p class="muted">{ctx.t('reviews.none_yet')}</p>;
  return (
    <>
      <ul class="reviews">
        {items.map((r) => (
          <ReviewItem ctx={ctx} r={r} showGig={showGig} />
        ))}
      </ul>
      {more ? (
        <p>
          <a class="button secondary small" href={more}>
            {ctx.t('reviews.more')}
          </a>
        </p>
      ) : null}
    </>
  );
}

/** What the viewer can do about reviews of this order, in one sentence. */
function stageText(ctx: PageCtx, box: OrderReviews): string {
  const { t, locale } = ctx;
  const name = isolate(box.other.displayName);
  const date = box.closesAt ? formatDate(locale, box.closesAt) : '';
  switch (box.stage) {
    case 'write':
      return box.otherWrote ? t('reviews.stage.write_other_wrote', { name, date }) : t('reviews.stage.write', { name, date });
    case 'waiting':
      return t('reviews.stage.waiting', { name, date });
    case 'shown':
      return t('reviews.stage.shown');
    case 'closed':
      return t('reviews.stage.closed');
    case 'none':
      return '';
  }
}

/** The reviews box on a completed order's page (src/orders/views.tsx shows it). */
export function OrderReviewBox({ ctx, box }: { ctx: PageCtx; box: OrderReviews }) {
  if (box.stage === 'none') return null;
  const { t } = ctx;
  return (
    <section aria-labelledby="reviews-heading" class="card order-reviews">
      <h2 id="reviews-heading">{t('reviews.title')}</h2>
      <p>{stageText(ctx, box)}</p>
      <p>
        <a class={box.stage === 'write' ? 'button' : 'button secondary small'} href={`/orders/${box.orderId}/review`}>
          {box.stage === 'write' ? t('reviews.leave') : t('reviews.see')}
        </a>
      </p>
    </section>
  );
}

function StarChoice({ ctx, state, name, legend }: { ctx: PageCtx; state: FormState; name: string; legend: string }) {
  const current = value(state, name);
  return (
    <fieldset id={name} class="star-choice" aria-describedby={state.errors[name] ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      <FieldError ctx={ctx} state={state} name={name} />
      {[...STARS].reverse().map((n) => (
        <label class="choice">
          <input type="radio" name={name} value={String(n)} checked={String(n) === current} />
          <span>
            <span aria-hidden="true">{'★'.repeat(n)}</span> {ctx.t(`reviews.star.${n}`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** /orders/:id/review: the form while the viewer may write; both reviews once shown; the reply form. */
export function ReviewPage({ ctx, box, state, replyState }: { ctx: PageCtx; box: OrderReviews; state: FormState; replyState?: FormState | undefined }) {
  const { t } = ctx;
  const client = box.viewerSide === 'client';
  const canReply = box.viewerSide === 'freelancer' && box.theirs !== null && box.theirs.reply === null;
  return (
    <Layout ctx={ctx} title={t('reviews.page_title', { number: orderNumber(box.orderNumber) })}>
      <h1>{t('reviews.page_title', { number: orderNumber(box.orderNumber) })}</h1>
      <p>
        <a href={`/orders/${box.orderId}`}>{t('reviews.back_to_order')}</a>
      </p>
      {box.stage === 'none' ? <p class="muted">{t('reviews.stage.none')}</p> : <p>{stageText(ctx, box)}</p>}
      {/* A refusal for a form no longer shown (a second review, a second reply, a closed window). */}
      {[box.stage === 'write' ? undefined : state.message, canReply ? undefined : replyState?.message].filter(Boolean).map((m) => (
        <p class="alert" role="alert">
          {m}
        </p>
      ))}
      {box.stage === 'write' ? (
        <Form ctx={ctx} action={`/orders/${box.orderId}/review`} state={state}>
          <p class="hint">{t('reviews.form_hint', { days: REVIEW_WINDOW_DAYS })}</p>
          <StarChoice ctx={ctx} state={state} name="rating" legend={t(client ? 'reviews.field.rating_freelancer' : 'reviews.field.rating_client', { name: isolate(box.other.displayName) })} />
          {client ? DETAILS.map((d) => <StarChoice ctx={ctx} state={state} name={d} legend={t(`reviews.detail.${d}`)} />) : null}
          <TextArea ctx={ctx} state={state} name="text" label={t('reviews.field.text')} hint={t('reviews.field.text_hint', { max: REVIEW_TEXT_MAX })} maxlength={REVIEW_TEXT_MAX} rows={5} />
          <button type="submit">{t('reviews.submit')}</button>
        </Form>
      ) : null}
      {box.mine ? (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t('reviews.yours')}</h2>
          {box.mine.shown ? null : <p class="muted">{t('reviews.yours_hidden', { date: formatDate(ctx.locale, box.mine.shownAt) })}</p>}
          <ul class="reviews">
            <ReviewItem ctx={ctx} r={box.mine} showGig={false} />
          </ul>
        </section>
      ) : null}
      {box.theirs ? (
        <section aria-labelledby="theirs-heading">
          <h2 id="theirs-heading">{t('reviews.theirs', { name: isolate(box.other.displayName) })}</h2>
          <ul class="reviews">
            <ReviewItem ctx={ctx} r={box.theirs} showGig={false} replyForm={canReply ? (replyState ?? { values: {}, errors: {} }) : undefined} />
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** A profile's level and rating under the name (freelancers). */
export function ProfileStanding({ ctx, data }: { ctx: PageCtx; data: PersonReviews }) {
  return data.person.isFreelancer ? <SellerStandingLine ctx={ctx} standing={{ level: data.level, figures: data.asFreelancer }} /> : null;
}

/** The reviews part of a profile page: the newest shown reviews (and a client's own figure). */
export function ProfileReviews({ ctx, data }: { ctx: PageCtx; data: PersonReviews }) {
  const { t } = ctx;
  const p = data.person;
  return (
    <section aria-labelledby="reviews-title" class="profile-reviews">
      <h2 id="reviews-title">{t('reviews.title')}</h2>
      {p.isClient && data.asClient.count > 0 ? (
        <p>
          {t('reviews.as_client')} <RatingLine ctx={ctx} figures={data.asClient} />
        </p>
      ) : null}
      <ReviewList ctx={ctx} items={data.items} more={data.nextCursor ? `/u/${encodeURIComponent(p.handle)}/reviews?cursor=${data.nextCursor}` : null} />
    </section>
  );
}

/** /u/:handle/reviews: every shown review a person received, a page at a time. */
export function PersonReviewsPage({ ctx, data }: { ctx: PageCtx; data: PersonReviews }) {
  const { t } = ctx;
  const p = data.person;
  const title = t('reviews.of_person', { name: isolate(p.displayName) });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 dir="auto">{title}</h1>
      <p>
        <a href={`/u/${encodeURIComponent(p.handle)}`}>{t('reviews.back_to_profile')}</a>
      </p>
      {p.isFreelancer ? <SellerStandingLine ctx={ctx} standing={{ level: data.level, figures: data.asFreelancer }} /> : null}
      <ReviewList ctx={ctx} items={data.items} more={data.nextCursor ? `/u/${encodeURIComponent(p.handle)}/reviews?cursor=${data.nextCursor}` : null} />
    </Layout>
  );
}

/** The gig page's reviews card: the gig's figures and its newest shown reviews. */
export function GigReviewsCard({ ctx, slug, data }: { ctx: PageCtx; slug: string; data: GigReviews }) {
  const { t } = ctx;
  return (
    <section class="card" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('gigs.page.reviews')}</h2>
      {data.figures.count > 0 ? (
        <p>
          <RatingLine ctx={ctx} figures={data.figures} />
        </p>
      ) : null}
      <ReviewList ctx={ctx} items={data.items} showGig={false} more={data.nextCursor ? `/g/${slug}/reviews?cursor=${data.nextCursor}` : null} />
    </section>
  );
}

/** /g/:slug/reviews: every shown review of a gig, a page at a time. */
export function GigReviewsPage({ ctx, gig, data }: { ctx: PageCtx; gig: { slug: string; title: string }; data: GigReviews }) {
  const { t } = ctx;
  const title = t('reviews.of_gig', { title: isolate(gig.title) });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 dir="auto">{title}</h1>
      <p>
        <a href={`/g/${gig.slug}`}>{t('reviews.back_to_gig')}</a>
      </p>
      <p>
        <RatingLine ctx={ctx} figures={data.figures} />
      </p>
      <ReviewList ctx={ctx} items={data.items} showGig={false} more={data.nextCursor ? `/g/${gig.slug}/reviews?cursor=${data.nextCursor}` : null} />
    </Layout>
  );
}

// --- /help/levels -------------------------------------------------------------------------------

/** One line per requirement of a rule, worded from its numbers (the page and the job share LEVEL_RULES). */
export function requirementText(ctx: PageCtx, rule: LevelRule, req: Requirement): string {
  const { t, locale } = ctx;
  const pct = (n: number) => `${formatNumber(locale, n)}%`;
  switch (req) {
    case 'completed':
      return t('reviews.rule.completed', { n: rule.minCompletedOrders });
    case 'rating':
      return t('reviews.rule.rating', { rating: (rule.minRatingTenths / 10).toFixed(1), n: rule.minRatings });
    case 'on_time':
      return t('reviews.rule.on_time', { percent: pct(rule.minOnTimePercent) });
    case 'response':
      return t(rule.responseRequired ? 'reviews.rule.response_required' : 'reviews.rule.response', { percent: pct(rule.minResponsePercent) });
    case 'cancelled':
      return t('reviews.rule.cancelled', { percent: pct(rule.maxCancelledPercent) });
    case 'disputes':
      return rule.maxDisputesLost === 0 ? t('reviews.rule.no_disputes') : t('reviews.rule.disputes', { n: rule.maxDisputesLost });
  }
}

export function HelpLevelsPage({ ctx }: { ctx: PageCtx }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('reviews.help.title')}>
      <h1>{t('reviews.help.title')}</h1>
      <p>{t('reviews.help.intro')}</p>
      <section aria-labelledby="level-new">
        <h2 id="level-new">
          <LevelBadge ctx={ctx} level="new" />
        </h2>
        <p>{t('reviews.help.new')}</p>
      </section>
      {LEVEL_RULES.map((rule) => (
        <section aria-labelledby={`level-${rule.level}`}>
          <h2 id={`level-${rule.level}`}>
            <span class={`badge level level-${rule.level}`}>{t(`reviews.level.${rule.level}`)}</span>
          </h2>
          <p>{t('reviews.help.all_of')}</p>
          <ul>
            {REQUIREMENTS.map((req) => (
              <li>{requirementText(ctx, rule, req)}</li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{t('reviews.help.how_title')}</h2>
      <ul>
        <li>{t('reviews.help.how_daily')}</li>
        <li>{t('reviews.help.how_rating', { days: REVIEW_WINDOW_DAYS })}</li>
        <li>{t('reviews.help.how_on_time')}</li>
        <li>{t('reviews.help.how_cancelled')}</li>
        <li>{t('reviews.help.how_response')}</li>
      </ul>
    </Layout>
  );
}
