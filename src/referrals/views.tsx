// Referrals' pages: /referrals (your link, who you referred, who referred you), the rules, the landing
// page of a link, and the operator's page. No JavaScript needed: the link is shown as text to copy.
import { Field, Form, type FormState, TextArea } from '../platform/form-views.tsx';
import { formatDate } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, type Money } from '../platform/money.ts';
import { CLAIM_DAYS, feeSplit } from './domain.ts';
import type { FeeExample, PassedJob, PassOnForm } from './pass-on.ts';
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

export function ReferralsPage({ ctx, me, link, passed = [], state = empty }: { ctx: PageCtx; me: MyReferrals; link: string; passed?: PassedJob[]; state?: FormState }) {
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
      <PassedJobs ctx={ctx} passed={passed} />
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

// --- Jobs passed on -----------------------------------------------------------------------------

function Example({ ctx, e }: { ctx: PageCtx; e: FeeExample | null }) {
  if (!e) return null;
  const f = (m: Money) => formatMoney(ctx.locale, m);
  return <p class="hint">{ctx.t(e.basis === 'hour' ? 'referrals.passed.example_hour' : 'referrals.passed.example_budget', { price: f(e.price), earnings: f(e.earnings), fee: f(e.fee), kept: f(e.kept) })}</p>;
}

function PassedCard({ ctx, p }: { ctx: PageCtx; p: PassedJob }) {
  const { t } = ctx;
  return (
    <li class="passed-job">
      <p>
        <a href={`/jobs/${p.job.id}`} dir="auto">
          <strong>{p.job.title}</strong>
        </a>
        {' · '}
        <span>{t(p.side === 'referrer' ? 'referrals.passed.to' : 'referrals.passed.from', { name: p.other.displayName })}</span>
        {' · '}
        <span class="badge">{t(`referrals.passed.status.${p.status}`)}</span>
      </p>
      <p>{t('referrals.passed.fee', { percent: p.percent })}</p>
      <Example ctx={ctx} e={p.example} />
      {p.note ? (
        <blockquote dir="auto" class="muted">
          {p.note}
        </blockquote>
      ) : null}
      {p.fees.length ? (
        <ul>
          {p.fees.map((f) => (
            <li>{t('referrals.passed.paid', { order: f.orderNumber, amount: formatMoney(ctx.locale, f.amount) })}</li>
          ))}
        </ul>
      ) : null}
      {p.status === 'offered' && p.side === 'referee' ? (
        <div class="actions">
          {p.job.open ? (
            <Form ctx={ctx} action={`/referrals/passed/${p.id}/accept`} class="inline">
              <button type="submit">{t('referrals.passed.accept')}</button>
            </Form>
          ) : null}
          <Form ctx={ctx} action={`/referrals/passed/${p.id}/decline`} class="inline">
            <button type="submit" class="secondary">
              {t('referrals.passed.decline')}
            </button>
          </Form>
        </div>
      ) : null}
      {p.status === 'offered' && p.side === 'referrer' ? (
        <Form ctx={ctx} action={`/referrals/passed/${p.id}/withdraw`} class="inline">
          <button type="submit" class="secondary">
            {t('referrals.passed.withdraw')}
          </button>
        </Form>
      ) : null}
    </li>
  );
}

export function PassedJobs({ ctx, passed }: { ctx: PageCtx; passed: PassedJob[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="passed" id="passed-section">
      <h2 id="passed">{t('referrals.passed.title')}</h2>
      <p>{t('referrals.passed.intro')}</p>
      {passed.length ? (
        <ul class="passed-jobs">
          {passed.map((p) => (
            <PassedCard ctx={ctx} p={p} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('referrals.passed.none')}</p>
      )}
    </section>
  );
}

export function PassOnPage({ ctx, form, state = empty }: { ctx: PageCtx; form: PassOnForm; state?: FormState }) {
  const { t } = ctx;
  const e = form.example;
  const rows = e ? [5, 10, 15, 20].filter((n) => n >= form.min && n <= form.max).map((n) => ({ n, ...feeSplit(e.earnings.amount, n) })) : [];
  const f = (minor: bigint) => formatMoney(ctx.locale, { amount: minor, currency: e?.earnings.currency ?? 'PKR' });
  return (
    <Layout ctx={ctx} title={t('referrals.pass.title')}>
      <p class="breadcrumb">
        <a href={`/jobs/${form.job.id}`} dir="auto">
          {form.job.title}
        </a>
      </p>
      <h1>{t('referrals.pass.title')}</h1>
      <p>{t('referrals.pass.intro', { job: form.job.title, min: form.min, max: form.max })}</p>
      {e ? (
        <table class="pass-on-fees">
          <caption>{t(e.basis === 'hour' ? 'referrals.pass.table_hour' : 'referrals.pass.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('referrals.pass.col.percent')}</th>
              <th scope="col">{t('referrals.pass.col.fee')}</th>
              <th scope="col">{t('referrals.pass.col.kept')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{r.n}%</td>
                <td>{f(r.fee)}</td>
                <td>{f(r.kept)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Example ctx={ctx} e={e} />
      <Form ctx={ctx} action={`/jobs/${form.job.id}/pass-on`} state={state}>
        <Field ctx={ctx} state={state} name="handle" label={t('referrals.pass.handle')} hint={t('referrals.pass.handle_hint')} maxlength={60} dir="ltr" />
        {form.fellows.length ? (
          <details open>
            <summary>{t('referrals.pass.fellows')}</summary>
            <ul class="fellows">
              {form.fellows.map((x) => (
                <li>
                  <bdi dir="auto">{x.displayName}</bdi> · <bdi dir="ltr">@{x.handle}</bdi>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <Field ctx={ctx} state={state} name="percent" label={t('referrals.pass.percent')} hint={t('referrals.pass.percent_hint', { min: form.min, max: form.max })} inputmode="numeric" maxlength={10} dir="ltr" />
        <TextArea ctx={ctx} state={state} name="note" label={t('referrals.pass.note')} maxlength={500} rows={3} />
        <button type="submit">{t('referrals.pass.submit')}</button>
      </Form>
    </Layout>
  );
}
