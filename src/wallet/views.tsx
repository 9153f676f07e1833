// /wallet: balances, a statement with running balances, date and currency filters, a CSV link.
import { formatDateTime } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { CURRENCIES, formatMoney } from '../platform/money.ts';
import type { HoldView } from '../payouts/service.ts';
import { HoldsList } from '../payouts/views.tsx';
import type { Balance, StatementLine, StatementQuery } from './service.ts';

export interface WalletPageProps {
  ctx: PageCtx;
  balances: Balance[];
  query: StatementQuery;
  lines: StatementLine[];
  more: boolean;
  /** Set when the filters were refused: the message, translated. */
  error?: string | undefined;
  raw: { from: string; to: string; currency: string };
  /** Earnings on hold, each with the day it clears (src/payouts). */
  holds: HoldView[];
  holdDays: number;
}

/** Where the money on this page can go: withdrawing unused balance or earnings, and what is still on hold. */
function WithdrawAndHolds({ ctx, balances, holds, holdDays }: Pick<WalletPageProps, 'ctx' | 'balances' | 'holds' | 'holdDays'>) {
  const { t } = ctx;
  const has = (kind: Balance['kind']) => balances.some((b) => b.kind === kind && b.balance.amount > 0n);
  const showHolds = holds.length > 0 || balances.some((b) => b.kind === 'freelancer_pending');
  if (!has('client_wallet') && !has('freelancer_available') && !showHolds) return null;
  return (
    <section aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">{t('wallet.withdraw_title')}</h2>
      <p class="actions">
        {has('client_wallet') ? <a href="/payouts">{t('wallet.withdraw_unused')}</a> : null}
        {has('freelancer_available') ? <a href="/payouts">{t('wallet.withdraw_earnings')}</a> : null}
      </p>
      {showHolds ? (
        <>
          <h3>{t('payouts.holds.title')}</h3>
          <HoldsList ctx={ctx} holds={holds} holdDays={holdDays} />
        </>
      ) : null}
    </section>
  );
}

export function WalletPage({ ctx, balances, query, lines, more, error, raw, holds, holdDays }: WalletPageProps) {
  const { t } = ctx;
  const m = (x: Balance['balance']) => formatMoney(ctx.locale, x, { decimals: 'always' });
  const csv = `/wallet/statement.csv?${new URLSearchParams({ from: query.from, to: query.to, currency: query.currency ?? '' }).toString()}`;
  return (
    <Layout ctx={ctx} title={t('wallet.title')} wide>
      <h1>{t('wallet.title')}</h1>
      <p>{t('wallet.intro')}</p>
      <section aria-labelledby="balances-heading">
        <h2 id="balances-heading">{t('wallet.balances')}</h2>
        {balances.length === 0 ? (
          <p class="muted">{t('wallet.no_balances')}</p>
        ) : (
          <dl class="summary">
            {balances.map((b) => (
              <>
                <dt>{t(`wallet.account.${b.kind}`)}</dt>
                <dd>{m(b.balance)}</dd>
              </>
            ))}
          </dl>
        )}
      </section>
      <p>
        <a href="/wallet/top-ups">{t('wallet.add_money')}</a>
        <br />
        <span class="hint">{t('wallet.add_money_hint')}</span>
      </p>
      <WithdrawAndHolds ctx={ctx} balances={balances} holds={holds} holdDays={holdDays} />
      <section aria-labelledby="statement-heading">
        <h2 id="statement-heading">{t('wallet.statement')}</h2>
        <form method="get" action="/wallet" class="filters">
          {error ? (
            <p class="alert" role="alert">
              {error}
            </p>
          ) : null}
          <div class="field">
            <label for="from">{t('wallet.filter.from')}</label>
            <input id="from" name="from" type="date" value={raw.from} dir="ltr" />
          </div>
          <div class="field">
            <label for="to">{t('wallet.filter.to')}</label>
            <input id="to" name="to" type="date" value={raw.to} dir="ltr" />
          </div>
          <div class="field">
            <label for="currency">{t('wallet.filter.currency')}</label>
            <select id="currency" name="currency">
              <option value="">{t('wallet.filter.all')}</option>
              {CURRENCIES.map((c) => (
                <option value={c} selected={raw.currency === c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="secondary">
            {t('wallet.filter.submit')}
          </button>
        </form>
        <p>
          <a href={csv}>{t('wallet.download_csv')}</a>
        </p>
        {lines.length === 0 ? (
          <p class="muted">{t('wallet.empty')}</p>
        ) : (
          <div class="table-scroll">
            <table class="stack">
              <thead>
                <tr>
                  <th scope="col">{t('wallet.col.date')}</th>
                  <th scope="col">{t('wallet.col.movement')}</th>
                  <th scope="col">{t('wallet.col.amount')}</th>
                  <th scope="col">{t('wallet.col.balance')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr>
                    <td data-label={t('wallet.col.date')}>{formatDateTime(ctx.locale, l.at)}</td>
                    <td data-label={t('wallet.col.movement')}>
                      {t(`wallet.movement.${l.kind}`)} <span class="muted">· {t(`wallet.account.${l.account}`)}</span>
                      {l.orderNumber && l.orderId ? (
                        <>
                          {' · '}
                          <a href={`/orders/${l.orderId}`} dir="ltr">
                            {l.orderNumber}
                          </a>
                        </>
                      ) : null}
                    </td>
                    <td data-label={t('wallet.col.amount')} dir="ltr">{m(l.amount)}</td>
                    <td data-label={t('wallet.col.balance')} dir="ltr">{m(l.balanceAfter)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {more ? <p class="muted">{t('wallet.more', { n: lines.length })}</p> : null}
      </section>
    </Layout>
  );
}
