import { Layout, type PageCtx } from '../platform/layout.tsx';

export function HomePage({ ctx }: { ctx: PageCtx }) {
  const { t } = ctx;
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
      <h2>{t('home.why')}</h2>
      <ul>
        <li>{t('home.point_urdu')}</li>
        <li>{t('home.point_fees')}</li>
        <li>{t('home.point_payouts')}</li>
        <li>{t('home.point_tax')}</li>
        <li>{t('home.point_learning')}</li>
      </ul>
    </Layout>
  );
}
