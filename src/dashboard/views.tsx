// The dashboard: a greeting, what needs the person's action now (each item linking to the page where
// it is done), one card per next step (each with one action), and a summary of the onboarding
// answers in the reader's language.
import type { Child } from 'hono/jsx';
import type { NextStep } from '../accounts/domain.ts';
import { formatDate, formatDateTime } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney } from '../platform/money.ts';
import { nameIn, ProgressBar } from '../onboarding/views.tsx';
import type { ActionItem, DashboardSummary, DashboardView } from './service.ts';

/** One waiting item: the action as a link to its page, what it is about, and its date or amount. */
function ActionLine({ ctx, item }: { ctx: PageCtx; item: ActionItem }) {
  const { t, locale } = ctx;
  const line = (href: string, action: string, subject: Child, detail: string) => (
    <li class={`action-item action-${item.kind}`}>
      <a href={href}>{action}</a>
      {subject ? <> · {subject}</> : null}
      <br />
      <span class="muted">{detail}</span>
    </li>
  );
  const title = (text: string) => <bdi dir="auto">{text}</bdi>;
  switch (item.kind) {
    case 'deliver':
      return line(
        `/orders/${item.orderId}`,
        t(item.revision ? 'dashboard.actions.deliver_revision' : 'dashboard.actions.deliver', { number: item.number }),
        title(item.title),
        item.dueAt ? t('dashboard.actions.due', { name: item.otherParty, date: formatDateTime(locale, item.dueAt) }) : t('dashboard.actions.for', { name: item.otherParty }),
      );
    case 'review':
      return line(
        `/orders/${item.orderId}`,
        t('dashboard.actions.review', { number: item.number }),
        title(item.title),
        item.autoAcceptAt ? t('dashboard.actions.auto_accept', { name: item.otherParty, date: formatDateTime(locale, item.autoAcceptAt) }) : t('dashboard.actions.from', { name: item.otherParty }),
      );
    case 'fund':
      return line(
        `/orders/${item.orderId}`,
        t(item.milestone ? 'dashboard.actions.fund_milestone' : 'dashboard.actions.fund_order', { number: item.number }),
        title(item.title),
        t('dashboard.actions.fund_detail', { amount: formatMoney(locale, item.amount), name: item.otherParty }),
      );
    case 'proposals':
      return line(`/jobs/${item.jobId}#proposals-heading`, t('dashboard.actions.proposals', { count: item.count }), title(item.title), t('dashboard.actions.proposals_detail'));
    case 'withdrawal':
      return line(
        '/payouts',
        t('dashboard.actions.withdrawal', { amount: formatMoney(locale, item.amount), channel: t(`payouts.channel.${item.channel}`) }),
        null,
        `${t(`payouts.status.${item.status}`)} · ${t('dashboard.actions.requested_on', { date: formatDate(locale, item.requestedAt) })}`,
      );
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}

/** What needs the person's action now: first on the page, so nothing waits unseen. */
function ActionsNow({ ctx, items }: { ctx: PageCtx; items: ActionItem[] }) {
  const { t } = ctx;
  return (
    <section class="card actions-now" aria-labelledby="actions-h">
      <h2 id="actions-h">{t('dashboard.actions.title')}</h2>
      {items.length ? (
        <ul class="action-items">
          {items.map((item) => (
            <ActionLine ctx={ctx} item={item} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('dashboard.actions.none')}</p>
      )}
    </section>
  );
}

function StepCard({ ctx, step, view }: { ctx: PageCtx; step: NextStep; view: DashboardView }) {
  const { t } = ctx;
  const id = `next-${step}`;
  const card = (body: Child) => (
    <section class="card next-step" aria-labelledby={id}>
      <h3 id={id}>{t(`dashboard.${step}.title`)}</h3>
      {body}
    </section>
  );
  switch (step) {
    case 'verify_email':
      return card(
        <>
          <p>{t('dashboard.verify_email.body')}</p>
          <p class="muted">
            <bdi>{view.email}</bdi>
          </p>
          <form method="post" action="/verify-email/resend">
            <CsrfField ctx={ctx} />
            <button type="submit">{t('accounts.verify.resend')}</button>
          </form>
        </>,
      );
    case 'finish_onboarding':
      return card(
        <>
          <p>{t('dashboard.finish_onboarding.body')}</p>
          <ProgressBar ctx={ctx} progress={view.onboarding.progress} id="dashboard-progress" />
          <a class="button" href="/onboarding">
            {t('dashboard.finish_onboarding.action')}
          </a>
        </>,
      );
    case 'complete_profile':
      return card(
        <>
          <p>{t('dashboard.complete_profile.body')}</p>
          <div class="actions">
            <a class="button secondary" href="/profile/edit">
              {t('dashboard.complete_profile.action')}
            </a>
            <a href="/gigs">{t('dashboard.complete_profile.gigs')}</a>
          </div>
        </>,
      );
    case 'post_job':
      return card(
        <>
          <p>{t('dashboard.post_job.body')}</p>
          <a class="button secondary" href="/jobs/new">
            {t('dashboard.post_job.action')}
          </a>
        </>,
      );
    case 'browse':
      return card(
        <>
          <p>{t('dashboard.browse.body')}</p>
          <a class="button secondary" href="/search">
            {t('dashboard.browse.action')}
          </a>
        </>,
      );
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}

function Summary({ ctx, s }: { ctx: PageCtx; s: DashboardSummary }) {
  const { t, locale } = ctx;
  const notSet = <span class="muted">{t('dashboard.summary.not_set')}</span>;
  const freelancer = s.role === 'freelancer' || s.role === 'both';
  const client = s.role === 'client' || s.role === 'both';
  return (
    <section class="card" aria-labelledby="summary-h">
      <h2 id="summary-h">{t('dashboard.summary.title')}</h2>
      <dl class="summary">
        <dt>{t('dashboard.summary.role')}</dt>
        <dd>{s.role ? t(`dashboard.role.${s.role}`) : notSet}</dd>
        <dt>{t('dashboard.summary.language')}</dt>
        <dd>{t(`onboarding.locale.${s.locale}`)}</dd>
        {freelancer ? (
          <>
            <dt>{t('dashboard.summary.category')}</dt>
            <dd>{s.category ? nameIn(locale, s.category) : notSet}</dd>
            <dt>{t('dashboard.summary.city')}</dt>
            <dd>{s.city ? nameIn(locale, s.city) : notSet}</dd>
            <dt>{t('dashboard.summary.languages')}</dt>
            <dd>{s.languages.length ? s.languages.map((l) => nameIn(locale, l)).join(locale === 'ur' ? '، ' : ', ') : notSet}</dd>
            <dt>{t('dashboard.summary.payout')}</dt>
            <dd>{s.payoutMethod ? t(`onboarding.payout.${s.payoutMethod}`) : notSet}</dd>
            <dt>{t('dashboard.summary.photo')}</dt>
            <dd>{t(s.showPhoto ? 'dashboard.summary.photo_shown' : 'dashboard.summary.initials_shown')}</dd>
            <dt>{t('dashboard.summary.city_visible')}</dt>
            <dd>{t(s.showCity ? 'dashboard.summary.city_shown' : 'dashboard.summary.city_hidden')}</dd>
          </>
        ) : null}
        {client ? (
          <>
            <dt>{t('dashboard.summary.needs')}</dt>
            <dd>{s.clientNeeds ? <span class="user-text" dir="auto">{s.clientNeeds}</span> : notSet}</dd>
            <dt>{t('dashboard.summary.country')}</dt>
            <dd>{t(`onboarding.country.${s.country === 'PK' ? 'PK' : 'ZZ'}`)}</dd>
          </>
        ) : null}
      </dl>
      <p class="actions">
        <a href="/onboarding">{t('dashboard.summary.change')}</a>
        {s.role ? <a href="/profile">{t('profiles.view_mine')}</a> : null}
      </p>
    </section>
  );
}

/** Where the work and the money are: orders, contracts, the wallet, and each role's own pages. */
function WorkAndMoney({ ctx, role }: { ctx: PageCtx; role: DashboardSummary['role'] }) {
  const { t } = ctx;
  const freelancer = role === 'freelancer' || role === 'both';
  const client = role === 'client' || role === 'both';
  const links: [string, string][] = [
    ['/orders', 'dashboard.work.orders'],
    ['/contracts', 'dashboard.work.contracts'],
    ['/wallet', 'dashboard.work.wallet'],
    ...(client ? ([['/wallet/top-ups', 'dashboard.work.add_money'], ['/jobs/mine', 'dashboard.work.my_jobs']] as [string, string][]) : []),
    // A client who does not freelance withdraws unused balance on /payouts (a freelancer's link below leads there too).
    ...(client && !freelancer ? ([['/payouts', 'dashboard.work.withdraw_unused']] as [string, string][]) : []),
    ...(freelancer ? ([['/payouts', 'dashboard.work.payouts'], ['/proposals', 'dashboard.work.proposals'], ['/gigs', 'dashboard.work.gigs']] as [string, string][]) : []),
    // Tax: what they owe on their earnings and how to pay less (src/tax).
    ...(freelancer ? ([['/tax', 'tax.dashboard_link']] as [string, string][]) : []),
  ];
  return (
    <section class="card" aria-labelledby="work-h">
      <h2 id="work-h">{t('dashboard.work.title')}</h2>
      <ul class="invites">
        {links.map(([href, key]) => (
          <li>
            <a href={href}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DashboardPage({ ctx, view }: { ctx: PageCtx; view: DashboardView }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('dashboard.title')}>
      <h1>
        {t('dashboard.greeting')} <span dir="auto">{view.displayName}</span>
      </h1>
      <ActionsNow ctx={ctx} items={view.actions} />
      <h2>{t('dashboard.next_title')}</h2>
      <div class="next-steps">
        {view.next.map((step) => (
          <StepCard ctx={ctx} step={step} view={view} />
        ))}
      </div>
      <WorkAndMoney ctx={ctx} role={view.summary.role} />
      <Summary ctx={ctx} s={view.summary} />
      <p>
        <a href="/saved">{t('favourites.dashboard_link')}</a>
      </p>
      {ctx.actor?.isFreelancer ? (
        <p>
          <a href="/mentoring">{t('mentorship.dashboard_link')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
