import { GigCardPicture } from '../media/views.tsx';
import { formatNumber } from '../platform/format.ts';
import type { Locale } from '../platform/i18n.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney } from '../platform/money.ts';
import type { HomeData, HomeGig } from './service.ts';

const POPULAR = 8;

/**
 * Why Hunar: only what the site does today, each point linked to the page that shows it. A claim
 * without such a page (tax statements, training, community) is not made until the page exists.
 */
function WhyHunar({ ctx }: { ctx: PageCtx }) {
  const { t } = ctx;
  const other: Locale = ctx.locale === 'ur' ? 'en' : 'ur';
  return (
    <section aria-labelledby="why-h">
      <h2 id="why-h">{t('home.why')}</h2>
      <ul class="why">
        <li>
          {t('home.point_urdu')}{' '}
          {ctx.actor ? (
            // A signed-in person's language is saved on the account, so the switch is a form (as in the header).
            <form method="post" action="/language" class="inline">
              <CsrfField ctx={ctx} />
              <input type="hidden" name="locale" value={other} />
              <input type="hidden" name="next" value="/" />
              <button type="submit" class="link" lang={other}>
                {t('home.point_urdu_link')}
              </button>
            </form>
          ) : (
            <a href={`/language?locale=${other}&next=/`} lang={other} hreflang={other}>
              {t('home.point_urdu_link')}
            </a>
          )}
        </li>
        <li>
          {t('home.point_fees')} <a href="/fees">{t('fees.home_link')}</a>
        </li>
        <li>
          {t('home.point_escrow')} <a href="/help#escrow">{t('home.point_escrow_link')}</a>
        </li>
        <li>
          {t('home.point_payouts')} <a href="/help#withdrawals">{t('home.point_payouts_link')}</a>
        </li>
      </ul>
    </section>
  );
}

/** Gigs as the home page shows them: picture, title, seller and starting price (also under a search that finds nothing). */
export function GigTiles({ ctx, gigs }: { ctx: PageCtx; gigs: readonly HomeGig[] }) {
  const { t, locale } = ctx;
  return (
    <ul class="tiles">
      {gigs.map((g) => (
        <li class={g.image ? 'with-picture' : undefined}>
          {g.image ? <GigCardPicture image={g.image} alt={g.title} /> : null}
          <a href={`/g/${g.slug}`} dir="auto">
            {g.title}
          </a>
          <br />
          <span class="muted">
            <bdi>{g.sellerName}</bdi>
            {g.from ? <> · {t('home.from_price', { price: formatMoney(locale, g.from) })}</> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function HomePage({ ctx, data }: { ctx: PageCtx; data: HomeData }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <section class="hero">
        <h1>{t('home.heading')}</h1>
        <p>{t('home.lead')}</p>
        <div class="actions">
          {ctx.actor ? (
            <a class="button" href="/dashboard">{t('home.cta_dashboard')}</a>
          ) : (
            <>
              <a class="button" href="/signup">{t('home.cta_signup')}</a>
              <a href="/login">{t('home.cta_login')}</a>
            </>
          )}
        </div>
      </section>
      <form method="get" action="/search" class="search-form" role="search">
        <label for="home-q">{t('home.search_label')}</label>
        <div class="actions">
          <input id="home-q" type="search" name="q" maxlength={200} dir="auto" />
          <select name="type" aria-label={t('home.search_type')}>
            <option value="gig">{t('home.search_gigs')}</option>
            <option value="freelancer">{t('home.search_freelancers')}</option>
            <option value="job">{t('home.search_jobs')}</option>
          </select>
          <button type="submit">{t('home.search_submit')}</button>
        </div>
      </form>
      <section aria-labelledby="categories-h">
        <h2 id="categories-h">{t('home.categories')}</h2>
        <ul class="tiles">
          {data.categories.slice(0, POPULAR).map((c) => (
            <li>
              <a href={`/c/${c.slug}`}>{c[locale]}</a>
              {c.gigs > 0 ? <span class="muted"> · {t('home.gig_count', { n: formatNumber(locale, c.gigs), count: c.gigs })}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {data.newGigs.length > 0 ? (
        <section aria-labelledby="new-gigs-h">
          <h2 id="new-gigs-h">{t('home.new_gigs')}</h2>
          <GigTiles ctx={ctx} gigs={data.newGigs} />
        </section>
      ) : null}
      <WhyHunar ctx={ctx} />
    </Layout>
  );
}
