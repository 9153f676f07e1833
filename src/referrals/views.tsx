// Referrals' pages: /referrals (your link, who you referred, who referred you), the rules, the landing
// page of a link, and the operator's page. No JavaScript needed: the link is shown as text to copy.
import { Field, Form, type FormState } from '../platform/form-views.tsx';
import { formatDate } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, type Money } from '../platform/money.ts';
import { CLAIM_DAYS } from './domain.ts';
import type { MyReferrals, PoolView, ReferralRow } from './service.ts';

const empty: FormState = { values: {}, errors: {} };

export function RulesList({ ctx, reward }: { ctx: PageCtx; reward: Money }) {
  const { t } = ctx;
  return (
    <ol class="referral-rules">
      <li>{t('referrals.rules.1')}</li>
      <li>{t('referrals.rules.2', { reward: formatMoney(ctx.locale, reward) })}</li>
      <li>{t('referrals.rules.3')}</li>
      <li>{t('referrals.rules.4')}</li>
      <li>{t('referrals.rules.5')}</li>
    </ol>
  );
}

export function RulesPage({ ctx, reward }: { ctx: PageCtx; reward: Money }) {
  return (
    <Layout ctx={ctx} title={ctx.t('referrals.rules.title')}>
      <h1>{ctx.t('referrals.rules.title')}</h1>
      <RulesList ctx={ctx} reward={reward} />
      <p>
        <a href="/referrals">{ctx.t('referrals.title')}</a>
      </p>
    </Layout>
  );
}

function status(ctx: PageCtx, r: ReferralRow): string {
  if (r.status === 'pending') return ctx.t('referrals.status.pending');
  if (r.status === 'rewarded' && r.reward) return ctx.t('referrals.status.rewarded', { amount: formatMoney(ctx.locale, r.reward) });
  return ctx.t(`referrals.reason.${r.reason ?? 'pool_short'}`);
}

export function ReferralsPage({ ctx, me, link, state = empty }: { ctx: PageCtx; me: MyReferrals; link: string; state?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('referrals.title')}>
      <h1>{t('referrals.title')}</h1>
      <p>{me.reward.amount > 0n ? t('referrals.intro', { reward: formatMoney(ctx.locale, me.reward) }) : t('referrals.intro_off')}</p>
      <section aria-labelledby="link">
        <h2 id="link">{t('referrals.link')}</h2>
        <p class="referral-link">
          <bdi dir="ltr">{link}</bdi>
        </p>
        <p class="hint">{t('referrals.link_hint', { code: me.code })}</p>
        <p>
          <a href="/referrals/rules">{t('referrals.rules_link')}</a>
        </p>
      </section>
      <section aria-labelledby="yours">
        <h2 id="yours">{t('referrals.yours')}</h2>
        {me.referrals.length ? (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('referrals.col.person')}</th>
                  <th scope="col">{t('referrals.col.joined')}</th>
                  <th scope="col">{t('referrals.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {me.referrals.map((r) => (
                  <tr>
                    <td dir="auto">{r.name}</td>
                    <td>{formatDate(ctx.locale, r.createdAt)}</td>
                    <td>{status(ctx, r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t('referrals.earned', { amount: formatMoney(ctx.locale, me.earned) })}</p>
          </>
        ) : (
          <p class="muted">{t('referrals.none')}</p>
        )}
      </section>
      {me.referredBy ? <p>{t('referrals.referred_by', { name: me.referredBy })}</p> : null}
      {me.mayClaim ? (
        <section aria-labelledby="claim">
          <h2 id="claim">{t('referrals.claim.title')}</h2>
          <p class="hint">{t('referrals.claim.hint', { days: CLAIM_DAYS })}</p>
          <Form ctx={ctx} action="/referrals/claim" state={state}>
            <Field ctx={ctx} state={state} name="code" label={t('referrals.claim.code')} maxlength={200} dir="ltr" />
            <button type="submit">{t('referrals.claim.submit')}</button>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}

export function LandingPage({ ctx, referrer, reward }: { ctx: PageCtx; referrer: string; reward: Money }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('referrals.landing.title', { name: referrer })}>
      <h1>{t('referrals.landing.title', { name: referrer })}</h1>
      <p>{t('referrals.landing.body')}</p>
      {ctx.actor ? (
        <p class="muted">{t('referrals.landing.signed_in')}</p>
      ) : (
        <p>
          <a class="button" href="/signup">
            {t('referrals.landing.signup')}
          </a>
        </p>
      )}
      <details>
        <summary>{t('referrals.rules.title')}</summary>
        <RulesList ctx={ctx} reward={reward} />
      </details>
    </Layout>
  );
}

export function AdminReferralsPage({ ctx, pool, fundKey, state = empty }: { ctx: PageCtx; pool: PoolView; fundKey: string; state?: FormState }) {
  const { t } = ctx;
  const rewardState: FormState = state.values.reward !== undefined ? state : { values: { reward: String(Number(pool.reward.amount) / 100) }, errors: {} };
  const fundState: FormState = state.values.amount !== undefined ? state : empty;
  return (
    <Layout ctx={ctx} title={t('referrals.admin.title')}>
      <p class="breadcrumb">
        <a href="/admin">Admin</a>
      </p>
      <h1>{t('referrals.admin.title')}</h1>
      <p>
        <strong>{t('referrals.admin.balance', { amount: formatMoney(ctx.locale, pool.balance) })}</strong>
      </p>
      <p class="muted">{t('referrals.admin.counts', { rewarded: pool.rewarded, pending: pool.pending, shared: pool.refused.shared_device, same: pool.refused.same_person, short: pool.refused.pool_short })}</p>
      <Form ctx={ctx} action="/admin/referrals/reward" state={rewardState}>
        <Field ctx={ctx} state={rewardState} name="reward" label={t('referrals.admin.reward')} hint={t('referrals.admin.reward_hint')} inputmode="decimal" dir="ltr" maxlength={40} />
        <button type="submit">{t('referrals.admin.reward_save')}</button>
      </Form>
      <Form ctx={ctx} action="/admin/referrals/fund" state={fundState}>
        <input type="hidden" name="idempotency_key" value={fundKey} />
        <Field ctx={ctx} state={fundState} name="amount" label={t('referrals.admin.fund')} hint={t('referrals.admin.fund_hint')} inputmode="decimal" dir="ltr" maxlength={40} />
        <Field ctx={ctx} state={fundState} name="note" label={t('referrals.admin.note')} maxlength={300} />
        <button type="submit">{t('referrals.admin.fund_save')}</button>
      </Form>
    </Layout>
  );
}
