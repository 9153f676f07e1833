// Association pages: the list (/associations), starting one (/associations/new), an association's
// page with its officers' tools and the admins' suspension form, the member directory and the
// statement of its account. Plain forms throughout (JavaScript off works). Texts written by people
// (names, about, rules, announcements) are shown in the reader's language when written in it, else in
// the other, marked with its lang so Urdu gets its font and direction; Markdown is rendered safely.
import { parseMarkdown } from '../content/markdown.ts';
import { MarkdownBlocks } from '../content/views.tsx';
import { Field, Form, type FormState, PostButton, Radios, Select, TextArea, value } from '../platform/form-views.tsx';
import { skillName } from '../academy/tracks.ts';
import { formatDate, formatDateTime, formatMonth, isolate } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney } from '../platform/money.ts';
import { inLanguage, JOIN_MODES, NAME_MAX, SLUG_MAX, TEXT_MAX, TITLE_MAX } from './domain.ts';
import type { Association, AssociationPage as PageData, DirectoryPage as DirectoryData, MemberView, Named, Statement } from './service.ts';

export const associationPath = (slug: string) => `/associations/${encodeURIComponent(slug)}`;

/** The association's name as this reader reads it. */
export function associationName(ctx: PageCtx, a: Pick<Association, 'nameEn' | 'nameUr' | 'slug'>): string {
  return inLanguage(ctx.locale, a.nameEn, a.nameUr)?.text ?? a.slug;
}

const named = (ctx: PageCtx, n: Named) => (ctx.locale === 'ur' ? n.nameUr : n.nameEn);

function Written({ ctx, en, ur, markdown }: { ctx: PageCtx; en: string | null; ur: string | null; markdown?: boolean }) {
  const w = inLanguage(ctx.locale, en, ur);
  if (!w) return null;
  return (
    <div lang={w.lang} dir="auto" class="association-text">
      {markdown ? <MarkdownBlocks blocks={parseMarkdown(w.text)} /> : <p>{w.text}</p>}
    </div>
  );
}

function Focus({ ctx, a }: { ctx: PageCtx; a: Association }) {
  const parts = [a.city ? named(ctx, a.city) : null, a.skill ? named(ctx, a.skill) : null].filter(Boolean);
  return (
    <p class="muted">
      {parts.join(' · ')} · {ctx.t('associations.members_count', { n: a.members })} · {ctx.t(`associations.join_mode.${a.joinMode}`)}
    </p>
  );
}

function Person({ m }: { m: MemberView }) {
  return (
    <a href={`/u/${encodeURIComponent(m.handle)}`} dir="auto">
      {m.displayName}
    </a>
  );
}

export function AssociationsPage({ ctx, list, filters, choices }: { ctx: PageCtx; list: Association[]; filters: { city: string; skill: string }; choices: { cities: Named[]; skills: Named[] } }) {
  return (
    <Layout ctx={ctx} title={ctx.t('associations.title')}>
      <h1>{ctx.t('associations.title')}</h1>
      <p>{ctx.t('associations.intro')}</p>
      <p>
        <a class="button small" href="/associations/new">
          {ctx.t('associations.start')}
        </a>
      </p>
      <form method="get" action="/associations" class="association-filters">
        <label for="city">{ctx.t('associations.field.city')}</label>
        <select id="city" name="city">
          <option value="">{ctx.t('associations.filter.any_city')}</option>
          {choices.cities.map((c) => (
            <option value={c.slug} selected={filters.city === c.slug}>
              {named(ctx, c)}
            </option>
          ))}
        </select>
        <label for="skill">{ctx.t('associations.field.skill')}</label>
        <select id="skill" name="skill">
          <option value="">{ctx.t('associations.filter.any_skill')}</option>
          {choices.skills.map((s) => (
            <option value={s.slug} selected={filters.skill === s.slug}>
              {named(ctx, s)}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary small">
          {ctx.t('associations.filter.submit')}
        </button>
      </form>
      {list.length === 0 ? <p class="muted">{ctx.t('associations.none')}</p> : null}
      <ul class="association-cards">
        {list.map((a) => (
          <li class="card">
            <h2>
              <a href={associationPath(a.slug)} dir="auto">
                {associationName(ctx, a)}
              </a>
            </h2>
            <Focus ctx={ctx} a={a} />
            <Written ctx={ctx} en={a.aboutEn ? a.aboutEn.split('\n')[0] ?? null : null} ur={a.aboutUr ? a.aboutUr.split('\n')[0] ?? null : null} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** The page's fields, shared by starting an association and editing it (same rules, same form). */
function PageFields({ ctx, state, choices, children }: { ctx: PageCtx; state: FormState; choices: { cities: Named[]; skills: Named[] }; children?: unknown }) {
  const none = { value: '', label: ctx.t('associations.field.none') };
  return (
    <>
      <Field ctx={ctx} state={state} name="name_ur" label={ctx.t('associations.field.name_ur')} maxlength={NAME_MAX} />
      <Field ctx={ctx} state={state} name="name_en" label={ctx.t('associations.field.name_en')} hint={ctx.t('associations.field.name_hint')} maxlength={NAME_MAX} />
      {children}
      <Select ctx={ctx} state={state} name="city" label={ctx.t('associations.field.city')} options={[none, ...choices.cities.map((c) => ({ value: c.slug, label: named(ctx, c) }))]} />
      <Select ctx={ctx} state={state} name="skill" label={ctx.t('associations.field.skill')} options={[none, ...choices.skills.map((s) => ({ value: s.slug, label: named(ctx, s) }))]} />
      <Radios ctx={ctx} state={{ ...state, values: { join_mode: value(state, 'join_mode') || 'open', ...state.values } }} name="join_mode" legend={ctx.t('associations.field.join_mode')} options={JOIN_MODES.map((m) => ({ value: m, label: ctx.t(`associations.join_mode.${m}`) }))} />
      <TextArea ctx={ctx} state={state} name="about_ur" label={ctx.t('associations.field.about_ur')} hint={ctx.t('associations.field.markdown_hint')} maxlength={TEXT_MAX} rows={4} />
      <TextArea ctx={ctx} state={state} name="about_en" label={ctx.t('associations.field.about_en')} maxlength={TEXT_MAX} rows={4} />
      <TextArea ctx={ctx} state={state} name="rules_ur" label={ctx.t('associations.field.rules_ur')} maxlength={TEXT_MAX} rows={4} />
      <TextArea ctx={ctx} state={state} name="rules_en" label={ctx.t('associations.field.rules_en')} maxlength={TEXT_MAX} rows={4} />
    </>
  );
}

export function NewAssociationPage({ ctx, state, choices }: { ctx: PageCtx; state: FormState; choices: { cities: Named[]; skills: Named[] } }) {
  return (
    <Layout ctx={ctx} title={ctx.t('associations.new.title')}>
      <h1>{ctx.t('associations.new.title')}</h1>
      <p>{ctx.t('associations.new.intro')}</p>
      <Form ctx={ctx} action="/associations/new" state={state}>
        <PageFields ctx={ctx} state={state} choices={choices}>
          <Field ctx={ctx} state={state} name="slug" label={ctx.t('associations.field.slug')} hint={ctx.t('associations.field.slug_hint')} maxlength={SLUG_MAX} dir="ltr" />
        </PageFields>
        <button type="submit">{ctx.t('associations.new.submit')}</button>
      </Form>
    </Layout>
  );
}

/** The form's values for an association as it is now. */
export function editValues(a: Association): Record<string, string> {
  return {
    name_ur: a.nameUr ?? '',
    name_en: a.nameEn ?? '',
    city: a.city?.slug ?? '',
    skill: a.skill?.slug ?? '',
    join_mode: a.joinMode,
    about_ur: a.aboutUr ?? '',
    about_en: a.aboutEn ?? '',
    rules_ur: a.rulesUr ?? '',
    rules_en: a.rulesEn ?? '',
  };
}

export function EditAssociationPage({ ctx, a, state, choices }: { ctx: PageCtx; a: Association; state: FormState; choices: { cities: Named[]; skills: Named[] } }) {
  const path = associationPath(a.slug);
  const name = associationName(ctx, a);
  return (
    <Layout ctx={ctx} title={`${ctx.t('associations.edit.title')} · ${name}`}>
      <p>
        <a href={path} dir="auto">
          {name}
        </a>
      </p>
      <h1>{ctx.t('associations.edit.title')}</h1>
      <p>{ctx.t('associations.edit.intro', { address: `/associations/${a.slug}` })}</p>
      <Form ctx={ctx} action={`${path}/edit`} state={state}>
        <PageFields ctx={ctx} state={state} choices={choices} />
        <button type="submit">{ctx.t('associations.edit.submit')}</button>
      </Form>
    </Layout>
  );
}

function Membership({ ctx, d }: { ctx: PageCtx; d: PageData }) {
  const a = d.association;
  const path = associationPath(a.slug);
  if (!ctx.actor) {
    return (
      <p>
        <a class="button" href={`/login?next=${encodeURIComponent(path)}`}>
          {ctx.t('associations.login_to_join')}
        </a>
      </p>
    );
  }
  if (a.status !== 'active') return null;
  const status = d.mine?.status;
  if (status === 'active') {
    return (
      <div class="association-membership">
        <p>{ctx.t(d.mine?.role === 'officer' ? 'associations.you_are_officer' : 'associations.you_are_member')}</p>
        <PostButton ctx={ctx} action={`${path}/leave`} label={ctx.t('associations.leave')} />
      </div>
    );
  }
  if (status === 'pending') {
    return (
      <div class="association-membership">
        <p>{ctx.t('associations.request_waiting')}</p>
        <PostButton ctx={ctx} action={`${path}/leave`} label={ctx.t('associations.withdraw')} />
      </div>
    );
  }
  const byRequest = a.joinMode === 'request' || status === 'removed';
  return <PostButton ctx={ctx} action={`${path}/join`} label={ctx.t(byRequest ? 'associations.ask_to_join' : 'associations.join')} cls="primary" />;
}

function AnnouncementItem({ ctx, n }: { ctx: PageCtx; n: PageData['announcements'][number] }) {
  const title = inLanguage(ctx.locale, n.titleEn, n.titleUr);
  return (
    <li class="card announcement" id={`announcement-${n.id}`}>
      {title ? (
        <h3 lang={title.lang} dir="auto">
          {title.text}
        </h3>
      ) : null}
      <p class="muted">{ctx.t('associations.announcement.by', { name: isolate(n.author), date: formatDate(ctx.locale, n.createdAt) })}</p>
      <Written ctx={ctx} en={n.bodyEn} ur={n.bodyUr} markdown />
    </li>
  );
}

export function AssociationPage({ ctx, d, forms, notice }: { ctx: PageCtx; d: PageData; forms: { announcement: FormState; dues: FormState; suspend: FormState }; notice?: string | undefined }) {
  const a = d.association;
  const path = associationPath(a.slug);
  const name = inLanguage(ctx.locale, a.nameEn, a.nameUr);
  const otherName = ctx.locale === 'ur' ? a.nameEn : a.nameUr;
  const officer = d.membership?.role === 'officer';
  return (
    <Layout ctx={ctx} title={name?.text ?? a.slug}>
      <p>
        <a href="/associations">{ctx.t('associations.title')}</a>
      </p>
      <h1 lang={name?.lang} dir="auto">
        {name?.text ?? a.slug}
      </h1>
      {otherName && otherName !== name?.text ? (
        <p class="association-other-name" lang={ctx.locale === 'ur' ? 'en' : 'ur'} dir="auto">
          {otherName}
        </p>
      ) : null}
      {a.status === 'suspended' ? (
        <p class="alert" role="status">
          {ctx.t('associations.suspended_notice', { reason: a.suspendedReason ?? '' })}
        </p>
      ) : null}
      <Focus ctx={ctx} a={a} />
      {notice ? (
        <p class="alert" role="alert">
          {notice}
        </p>
      ) : null}
      <Membership ctx={ctx} d={d} />
      <p>
        <a href={`${path}/events`}>{ctx.t('associations.events_link')}</a>
      </p>
      {d.membership ? (
        <p class="association-links">
          <a href={`${path}/members`}>{ctx.t('associations.directory.title')}</a> · <a href={`${path}/statement`}>{ctx.t('associations.statement.title')}</a> ·{' '}
          <a href={`/forum/a/${encodeURIComponent(a.slug)}`}>{ctx.t('associations.hub.board')}</a>
          {officer ? (
            <>
              {' · '}
              <a href={`${path}/edit`}>{ctx.t('associations.edit.link')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {a.status === 'active' ? <UpcomingEvents ctx={ctx} d={d} /> : null}
      <h2>{ctx.t('associations.about')}</h2>
      <Written ctx={ctx} en={a.aboutEn} ur={a.aboutUr} markdown />
      <h2>{ctx.t('associations.rules')}</h2>
      {a.rulesEn || a.rulesUr ? <Written ctx={ctx} en={a.rulesEn} ur={a.rulesUr} markdown /> : <p class="muted">{ctx.t('associations.no_rules')}</p>}
      <h2>{ctx.t('associations.officers')}</h2>
      <ul class="association-officers">
        {d.officers.map((m) => (
          <li>
            <Person m={m} />
          </li>
        ))}
      </ul>
      <Minimums ctx={ctx} d={d} officer={officer} />
      <h2>{ctx.t('associations.dues.title')}</h2>
      <p>{d.dues ? ctx.t('associations.dues.amount', { amount: formatMoney(ctx.locale, d.dues.amount), day: d.dues.dayOfMonth }) : ctx.t('associations.dues.none')}</p>
      {officer ? <DuesForm ctx={ctx} path={path} state={forms.dues} /> : null}
      {officer && d.requests.length ? (
        <>
          <h2 id="requests">{ctx.t('associations.requests.title')}</h2>
          <ul class="association-requests">
            {d.requests.map((m) => (
              <li>
                <Person m={m} /> <span class="muted">{formatDate(ctx.locale, m.requestedAt)}</span>
                <div class="actions">
                  <PostButton ctx={ctx} action={`${path}/members/${m.userId}/approve`} label={ctx.t('associations.requests.approve')} cls="small" />
                  <PostButton ctx={ctx} action={`${path}/members/${m.userId}/reject`} label={ctx.t('associations.requests.reject')} />
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.membership ? (
        <>
          <h2>{ctx.t('associations.announcements')}</h2>
          {officer ? <AnnouncementForm ctx={ctx} path={path} state={forms.announcement} /> : null}
          {d.announcements.length ? (
            <ul class="announcements">
              {d.announcements.map((n) => (
                <AnnouncementItem ctx={ctx} n={n} />
              ))}
            </ul>
          ) : (
            <p class="muted">{ctx.t('associations.no_announcements')}</p>
          )}
        </>
      ) : null}
      {d.isAdmin ? <AdminForm ctx={ctx} a={a} state={forms.suspend} /> : null}
    </Layout>
  );
}

function UpcomingEvents({ ctx, d }: { ctx: PageCtx; d: PageData }) {
  const path = associationPath(d.association.slug);
  return (
    <section class="association-events" aria-labelledby="association-events">
      <h2 id="association-events">{ctx.t('associations.hub.events')}</h2>
      {d.events.length ? (
        <ul>
          {d.events.map((e) => {
            const title = inLanguage(ctx.locale, e.titleEn, e.titleUr);
            return (
              <li>
                <a href={`/events/${e.id}`} lang={title?.lang} dir="auto">
                  {title?.text ?? ''}
                </a>{' '}
                · <time datetime={e.startsAt.toISOString()}>{formatDateTime(ctx.locale, e.startsAt)}</time> ·{' '}
                {e.format === 'online' ? ctx.t('associations.hub.online') : <span dir="auto">{e.venue}</span>}
                {e.status === 'cancelled' ? <span class="badge">{ctx.t('associations.hub.cancelled')}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{ctx.t('associations.hub.no_events')}</p>
      )}
      <p>
        <a href={`${path}/events`}>{ctx.t('associations.hub.all_events')}</a> · <a href={`${path}/events.ics`}>{ctx.t('associations.hub.feed')}</a>
      </p>
    </section>
  );
}

function Minimums({ ctx, d, officer }: { ctx: PageCtx; d: PageData; officer: boolean }) {
  const ratesPage = `/rates/associations/${encodeURIComponent(d.association.slug)}`;
  return (
    <section class="association-minimums" aria-labelledby="association-minimums">
      <h2 id="association-minimums">{ctx.t('associations.hub.minimums')}</h2>
      {d.minimums.length ? (
        <>
          <p class="muted">{ctx.t('associations.hub.minimums_intro')}</p>
          <ul>
            {d.minimums.map((m) => (
              <li>
                <a href={`/rates?skill=${encodeURIComponent(m.skill)}`}>{skillName(m.skill, ctx.locale)}</a>
                {': '}
                {[m.order ? ctx.t('associations.hub.per_order', { price: formatMoney(ctx.locale, m.order) }) : null, m.hourly ? ctx.t('associations.hub.per_hour', { price: formatMoney(ctx.locale, m.hourly) }) : null].filter(Boolean).join(' · ')}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{ctx.t('associations.hub.no_minimums')}</p>
      )}
      {officer ? (
        <p>
          <a href={ratesPage}>{ctx.t('associations.hub.set_minimums')}</a>
        </p>
      ) : null}
    </section>
  );
}

function AnnouncementForm({ ctx, path, state }: { ctx: PageCtx; path: string; state: FormState }) {
  return (
    <details class="association-tool" open={state.message !== undefined || Object.keys(state.errors).length > 0}>
      <summary>{ctx.t('associations.announcement.new')}</summary>
      <p class="muted">{ctx.t('associations.announcement.hint')}</p>
      <Form ctx={ctx} action={`${path}/announcements`} state={state}>
        <Field ctx={ctx} state={state} name="title_ur" label={ctx.t('associations.announcement.title_ur')} maxlength={TITLE_MAX} />
        <TextArea ctx={ctx} state={state} name="body_ur" label={ctx.t('associations.announcement.body_ur')} maxlength={TEXT_MAX} rows={4} />
        <Field ctx={ctx} state={state} name="title_en" label={ctx.t('associations.announcement.title_en')} maxlength={TITLE_MAX} />
        <TextArea ctx={ctx} state={state} name="body_en" label={ctx.t('associations.announcement.body_en')} maxlength={TEXT_MAX} rows={4} />
        <button type="submit">{ctx.t('associations.announcement.submit')}</button>
      </Form>
    </details>
  );
}

function DuesForm({ ctx, path, state }: { ctx: PageCtx; path: string; state: FormState }) {
  return (
    <details class="association-tool" open={state.message !== undefined || Object.keys(state.errors).length > 0}>
      <summary>{ctx.t('associations.dues.set')}</summary>
      <p class="muted">{ctx.t('associations.dues.hint')}</p>
      <Form ctx={ctx} action={`${path}/dues`} state={state}>
        <Field ctx={ctx} state={state} name="amount" label={ctx.t('associations.dues.amount_label')} hint={ctx.t('associations.dues.amount_hint')} inputmode="decimal" maxlength={40} />
        <Field ctx={ctx} state={state} name="day_of_month" label={ctx.t('associations.dues.day_label')} inputmode="numeric" maxlength={2} />
        <button type="submit">{ctx.t('associations.dues.save')}</button>
      </Form>
    </details>
  );
}

function AdminForm({ ctx, a, state }: { ctx: PageCtx; a: Association; state: FormState }) {
  const path = `/admin/associations/${encodeURIComponent(a.slug)}`;
  return (
    <section class="admin-tools">
      <h2>{ctx.t('associations.admin.title')}</h2>
      {a.status === 'active' ? (
        <Form ctx={ctx} action={`${path}/suspend`} state={state}>
          <Field ctx={ctx} state={state} name="reason" label={ctx.t('associations.admin.reason')} maxlength={500} />
          <button type="submit" class="danger">
            {ctx.t('associations.admin.suspend')}
          </button>
        </Form>
      ) : (
        <PostButton ctx={ctx} action={`${path}/reinstate`} label={ctx.t('associations.admin.reinstate')} />
      )}
    </section>
  );
}

export function DirectoryPage({ ctx, d }: { ctx: PageCtx; d: DirectoryData }) {
  const path = associationPath(d.association.slug);
  const name = associationName(ctx, d.association);
  return (
    <Layout ctx={ctx} title={`${ctx.t('associations.directory.title')} · ${name}`}>
      <p>
        <a href={path} dir="auto">
          {name}
        </a>
      </p>
      <h1>{ctx.t('associations.directory.title')}</h1>
      <p>{ctx.t('associations.directory.intro')}</p>
      <form method="post" action={`${path}/directory`} class="inline">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <input type="hidden" name="listed" value={d.inDirectory ? 'off' : 'on'} />
        <button type="submit" class="secondary small">
          {ctx.t(d.inDirectory ? 'associations.directory.unlist_me' : 'associations.directory.list_me')}
        </button>
      </form>
      <ul class="association-directory">
        {d.listed.map((m) => (
          <li>
            <Person m={m} /> {m.role === 'officer' ? <span class="badge">{ctx.t('associations.role.officer')}</span> : null}
          </li>
        ))}
      </ul>
      {d.everyone.length ? (
        <>
          <h2>{ctx.t('associations.manage.title')}</h2>
          <p class="muted">{ctx.t('associations.manage.intro')}</p>
          <table class="association-members">
            <thead>
              <tr>
                <th scope="col">{ctx.t('associations.manage.member')}</th>
                <th scope="col">{ctx.t('associations.manage.role')}</th>
                <th scope="col">{ctx.t('associations.manage.since')}</th>
                <th scope="col">{ctx.t('associations.manage.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {d.everyone.map((m) => (
                <tr>
                  <td>
                    <Person m={m} />
                  </td>
                  <td>{ctx.t(`associations.role.${m.role}`)}</td>
                  <td>{m.joinedAt ? formatDate(ctx.locale, m.joinedAt) : ''}</td>
                  <td class="actions">
                    {m.role === 'member' ? <PostButton ctx={ctx} action={`${path}/members/${m.userId}/appoint`} label={ctx.t('associations.manage.appoint')} /> : null}
                    {m.userId !== ctx.actor?.userId ? <PostButton ctx={ctx} action={`${path}/members/${m.userId}/remove`} label={ctx.t('associations.manage.remove')} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Layout>
  );
}

const periodDate = (period: string) => new Date(`${period}-15T12:00:00Z`);

export function StatementPage({ ctx, s }: { ctx: PageCtx; s: Statement }) {
  const path = associationPath(s.association.slug);
  const name = associationName(ctx, s.association);
  return (
    <Layout ctx={ctx} title={`${ctx.t('associations.statement.title')} · ${name}`}>
      <p>
        <a href={path} dir="auto">
          {name}
        </a>
      </p>
      <h1>{ctx.t('associations.statement.title')}</h1>
      <p>{ctx.t('associations.statement.balance', { amount: formatMoney(ctx.locale, s.balance) })}</p>
      <p class="muted">{s.dues ? ctx.t('associations.dues.amount', { amount: formatMoney(ctx.locale, s.dues.amount), day: s.dues.dayOfMonth }) : ctx.t('associations.dues.none')}</p>
      <h2>{ctx.t('associations.statement.mine')}</h2>
      {s.mine.length ? (
        <ul class="dues-mine">
          {s.mine.map((c) => (
            <li>
              {formatMonth(ctx.locale, periodDate(c.period), 'UTC')}: {formatMoney(ctx.locale, c.amount)} · {ctx.t(`associations.charge.${c.status}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{ctx.t('associations.statement.mine_none')}</p>
      )}
      <h2>{ctx.t('associations.statement.entries')}</h2>
      {s.lines.length ? (
        <table class="statement">
          <thead>
            <tr>
              <th scope="col">{ctx.t('associations.statement.date')}</th>
              <th scope="col">{ctx.t('associations.statement.what')}</th>
              <th scope="col">{ctx.t('associations.statement.amount')}</th>
              <th scope="col">{ctx.t('associations.statement.balance_after')}</th>
            </tr>
          </thead>
          <tbody>
            {s.lines.map((l) => (
              <tr>
                <td>{formatDate(ctx.locale, l.at)}</td>
                <td>
                  {l.period && l.memberName
                    ? ctx.t('associations.statement.dues_from', { name: isolate(l.memberName), month: formatMonth(ctx.locale, periodDate(l.period), 'UTC') })
                    : ctx.t('associations.statement.other')}
                </td>
                <td class="number">{formatMoney(ctx.locale, l.amount)}</td>
                <td class="number">{formatMoney(ctx.locale, l.balanceAfter)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{ctx.t('associations.statement.empty')}</p>
      )}
      {s.membership.role === 'officer' ? (
        <>
          <h2>{ctx.t('associations.statement.unpaid')}</h2>
          {s.unpaid.length ? (
            <ul class="dues-unpaid">
              {s.unpaid.map((c) => (
                <li>
                  <span dir="auto">{c.displayName}</span>: {formatMonth(ctx.locale, periodDate(c.period), 'UTC')}, {formatMoney(ctx.locale, c.amount)}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{ctx.t('associations.statement.unpaid_none')}</p>
          )}
        </>
      ) : null}
    </Layout>
  );
}
