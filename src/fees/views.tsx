// Fees as people see them: FeeBreakdown ("you pay / you receive / Hunar keeps", used wherever
// someone commits to a price), the policy in words, and the public /fees comparison page.
import type { CurrentRate } from '../fx/domain.ts';
import { Field, type FormState, Select } from '../platform/form-views.tsx';
import { formatDate, formatMonth } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { CURRENCIES, formatMoney, type Money, money } from '../platform/money.ts';
import type { ClientFee, Confidence, PeerFee, PeerRule } from './peers.ts';
import { type FeePolicy, feesFor, type PeerKeeps, percentLabel } from './domain.ts';
import type { FeeComparison } from './service.ts';

const usd = (cents: bigint) => money(cents, 'USD');

/** "Hunar's fee on this site: 5% of the price from the freelancer; nothing from the client." */
export function feePolicyWords(ctx: PageCtx, policy: FeePolicy): string {
  const { t } = ctx;
  return t('fees.policy.sentence', {
    freelancer: policy.freelancerBp > 0 ? t('fees.policy.freelancer', { pct: percentLabel(policy.freelancerBp) }) : t('fees.policy.freelancer_none'),
    client: policy.clientBp > 0 ? t('fees.policy.client', { pct: percentLabel(policy.clientBp) }) : t('fees.policy.client_none'),
  });
}

/**
 * What one price comes to for each side, before anyone commits: the client sees what they pay and
 * what the freelancer receives; the freelancer what the client pays and what they receive. Both see
 * what Hunar keeps. `note` adds the rounding rule (leave it off when the page states it once).
 */
export function FeeBreakdown(props: { ctx: PageCtx; price: Money; policy: FeePolicy; side: 'client' | 'freelancer'; hourly?: boolean; note?: boolean }) {
  const { ctx, price, policy, side } = props;
  const { t, locale } = ctx;
  const f = feesFor(price, policy);
  const m = (x: Money) => <bdi>{formatMoney(locale, x)}</bdi>;
  return (
    <div class="fee-breakdown">
      <dl>
        <dt>{t(side === 'client' ? 'fees.breakdown.you_pay' : 'fees.breakdown.client_pays')}</dt>
        <dd>{m(f.clientPays)}</dd>
        <dt>{t(side === 'client' ? 'fees.breakdown.freelancer_receives' : 'fees.breakdown.you_receive')}</dt>
        <dd>{m(f.freelancerReceives)}</dd>
        <dt>{t('fees.breakdown.hunar_keeps')}</dt>
        <dd>
          {m(f.hunarKeeps)} <span class="muted">({t('fees.breakdown.share', { pct: percentLabel(policy.freelancerBp + policy.clientBp) })})</span>
        </dd>
      </dl>
      {props.hourly ? <p class="hint">{t('fees.breakdown.per_hour')}</p> : null}
      {props.note === false ? null : <p class="hint">{t('fees.breakdown.rounded')}</p>}
    </div>
  );
}

/** The policy in words, the rounding rule and a link to /fees: once under a list of breakdowns. */
export function FeePolicyNote({ ctx, policy, extra }: { ctx: PageCtx; policy: FeePolicy; extra?: string }) {
  const { t } = ctx;
  return (
    <p class="hint fee-note">
      {feePolicyWords(ctx, policy)} {extra ? `${extra} ` : ''}
      {t('fees.breakdown.rounded')} <a href="/fees">{t('fees.breakdown.compare')}</a>
    </p>
  );
}

// --- The /fees page ---------------------------------------------------------------------------

/** '2025-05' → "May 2025"; '2026' → "2026"; '2023-05-03' → the long date. */
function appliesFrom(ctx: PageCtx, when: string | null): string {
  if (!when) return ctx.t('fees.date_unknown');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(when);
  if (!m) return ctx.t('fees.applies_from', { date: when });
  const [, y, mo, d] = m;
  // A calendar day, the same for every reader: written in UTC, whatever the reader's zone.
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1), 12));
  const text = d ? formatDate(ctx.locale, date, 'UTC') : mo ? formatMonth(ctx.locale, date, 'UTC') : String(y);
  return ctx.t('fees.applies_from', { date: text });
}

function freelancerRule(ctx: PageCtx, f: PeerFee): string {
  const { t, locale } = ctx;
  if (f.bpMin !== f.bpMax) return t('fees.rule.range', { min: percentLabel(f.bpMin), max: percentLabel(f.bpMax) });
  if (f.minUsdCents) return t('fees.rule.minimum', { pct: percentLabel(f.bpMin), min: formatMoney(locale, usd(f.minUsdCents)) });
  return t('fees.rule.pct', { pct: percentLabel(f.bpMin) });
}

function clientRule(ctx: PageCtx, c: ClientFee): string {
  const { t, locale } = ctx;
  const base = c.minUsdCents ? t('fees.rule.minimum', { pct: percentLabel(c.bp), min: formatMoney(locale, usd(c.minUsdCents)) }) : t('fees.rule.pct', { pct: percentLabel(c.bp) });
  if (!c.smallOrder) return base;
  return `${base} ${t('fees.rule.small_order', { fee: formatMoney(locale, usd(c.smallOrder.feeUsdCents)), under: formatMoney(locale, usd(c.smallOrder.underUsdCents)) })}`;
}

const host = (url: string) => new URL(url).host;

/** One peer figure: the amount, how it is worked out, how sure it is, from when, and its source. */
function PeerFigure({ ctx, amount, rule, fee }: { ctx: PageCtx; amount: string; rule: string; fee: PeerFee }) {
  const { t } = ctx;
  const confidence: Confidence = fee.confidence;
  return (
    <div class={`fee-figure confidence-${confidence}`}>
      {confidence === 'unconfirmed' ? <strong class="badge unconfirmed">{t('fees.confidence.unconfirmed')}</strong> : null}
      <span class="fee-amount">
        <bdi>{amount}</bdi>
      </span>
      <span class="fee-rule">{rule}</span>
      <span class="fee-meta">
        {confidence === 'unconfirmed' ? null : <>{t(`fees.confidence.${confidence}`)} · </>}
        {appliesFrom(ctx, fee.effectiveFrom)} ·{' '}
        <a href={fee.source} rel="noopener noreferrer">
          {t('fees.source')}: <bdi>{host(fee.source)}</bdi>
        </a>
      </span>
    </div>
  );
}

function PeerRow({ ctx, p }: { ctx: PageCtx; p: PeerKeeps }) {
  const { t, locale } = ctx;
  const rule: PeerRule = p.rule;
  const keeps = p.keepsMin.amount === p.keepsMax.amount ? formatMoney(locale, p.keepsMin) : t('fees.range', { min: formatMoney(locale, p.keepsMin), max: formatMoney(locale, p.keepsMax) });
  return (
    <tr>
      <th scope="row">
        <bdi>{rule.name}</bdi>
      </th>
      <td data-label={t('fees.col.keeps')}>
        <PeerFigure ctx={ctx} amount={keeps} rule={freelancerRule(ctx, rule.freelancer)} fee={rule.freelancer} />
      </td>
      <td data-label={t('fees.col.client_pays')}>
        {rule.client && p.clientPays ? (
          <PeerFigure ctx={ctx} amount={formatMoney(locale, p.clientPays)} rule={clientRule(ctx, rule.client)} fee={rule.client} />
        ) : (
          <span class="muted">{t('fees.client.unknown')}</span>
        )}
      </td>
    </tr>
  );
}

export function FeesPage({ ctx, state, result, policy, rate }: { ctx: PageCtx; state: FormState; result: FeeComparison | null; policy: FeePolicy; rate: CurrentRate }) {
  const { t, locale } = ctx;
  const amount = result ? formatMoney(locale, result.amount) : '';
  return (
    <Layout ctx={ctx} title={t('fees.title')} wide>
      <h1>{t('fees.title')}</h1>
      <p>{t('fees.lead')}</p>
      <p>
        <strong>{feePolicyWords(ctx, policy)}</strong>
      </p>
      <form method="get" action="/fees" class="fee-form" aria-labelledby="fee-form-h">
        <h2 id="fee-form-h">{t('fees.form.label')}</h2>
        <div class="fee-form-fields">
          <Field ctx={ctx} state={state} name="amount" label={t('fees.form.amount')} hint={t('fees.form.amount_hint')} inputmode="decimal" dir="ltr" maxlength={40} />
          <Select ctx={ctx} state={state} name="currency" label={t('fees.form.currency')} fallback="PKR" options={CURRENCIES.map((c) => ({ value: c, label: t(`fees.currency.${c}`) }))} />
        </div>
        <button type="submit">{t('fees.form.submit')}</button>
      </form>
      {result ? (
        <>
          <section aria-labelledby="hunar-h">
            <h2 id="hunar-h">{t('fees.hunar.heading', { amount })}</h2>
            <FeeBreakdown ctx={ctx} price={result.amount} policy={policy} side="freelancer" note={false} />
          </section>
          <section aria-labelledby="compare-h">
            <h2 id="compare-h">{t('fees.compare.heading', { amount })}</h2>
            <table class="fee-table stack" aria-labelledby="compare-h">
              <thead>
                <tr>
                  <th scope="col">{t('fees.col.platform')}</th>
                  <th scope="col">{t('fees.col.keeps')}</th>
                  <th scope="col">{t('fees.col.client_pays')}</th>
                </tr>
              </thead>
              <tbody>
                <tr class="fee-hunar">
                  <th scope="row">
                    {t('app.name')}
                    <span class="fee-meta">{t('fees.hunar.note')}</span>
                  </th>
                  <td data-label={t('fees.col.keeps')}>
                    <span class="fee-amount">
                      <bdi>{formatMoney(locale, result.hunar.freelancerReceives)}</bdi>
                    </span>
                    <span class="fee-rule">{t('fees.rule.pct', { pct: percentLabel(policy.freelancerBp) })}</span>
                  </td>
                  <td data-label={t('fees.col.client_pays')}>
                    <span class="fee-amount">
                      <bdi>{formatMoney(locale, result.hunar.clientPays)}</bdi>
                    </span>
                    <span class="fee-rule">{policy.clientBp > 0 ? t('fees.rule.pct', { pct: percentLabel(policy.clientBp) }) : t('fees.policy.client_none')}</span>
                  </td>
                </tr>
                {result.peers.map((p) => (
                  <PeerRow ctx={ctx} p={p} />
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
      <section aria-labelledby="notes-h">
        <h2 id="notes-h">{t('fees.notes.heading')}</h2>
        <ul>
          <li>{t('fees.rounding')}</li>
          <li>{t('fees.notes.confidence')}</li>
          <li>{t('fees.notes.before_costs')}</li>
          <li>{t('fees.notes.usd_current', { rate: rate.rate })}</li>
          <li>{t('fees.notes.changes')}</li>
        </ul>
      </section>
    </Layout>
  );
}
