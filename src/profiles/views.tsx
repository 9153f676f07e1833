// Profile pages: the public page at /u/<handle>, the edit form and the portfolio manager. Page
// chrome is in the reader's language; what people wrote is shown as written (dir="auto", no lang),
// and always escaped by JSX.
import type { CredentialBadges as CredentialBadgesData } from '../credentials/service.ts';
import { CredentialBadges } from '../credentials/views.tsx';
import { ContactLink } from '../messages/views.tsx';
import type { Child } from 'hono/jsx';
import { SaveButton } from '../favourites/views.tsx';
import type { PersonReviews } from '../reviews/service.ts';
import { ProfileReviews, ProfileStanding } from '../reviews/views.tsx';
import { Checkbox, Field, FieldError, Form, type FormState, Radios, Select, TextArea } from '../platform/form-views.tsx';
import type { FormValues } from '../platform/forms.ts';
import { formatDate } from '../platform/format.ts';
import type { Locale } from '../platform/i18n.ts';
import { formatMoney, toInputString } from '../platform/money.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import {
  ABOUT_MAX,
  availabilities,
  BILLING_ADDRESS_LINES,
  BILLING_ADDRESS_MAX,
  BIO_MAX,
  CERTIFICATES_MAX,
  COMPANY_MAX,
  countries,
  currencies,
  EDUCATION_MAX,
  HANDLE_MAX,
  HEADLINE_MAX,
  PORTFOLIO_DESCRIPTION_MAX,
  PORTFOLIO_LINK_MAX,
  PORTFOLIO_MAX,
  PORTFOLIO_TITLE_MAX,
  responseTime,
  SKILLS_MAX,
  TAX_NUMBER_MAX,
} from './domain.ts';
import { MEDIA_LIMITS } from '../media/domain.ts';
import type { StoredImage } from '../media/service.ts';
import { GigCardPicture, IMAGE_ACCEPT, ImageManager, Picture, UploadForm } from '../media/views.tsx';
import type { OwnPhoto } from './photos.ts';
import type { Named, OwnProfile, PortfolioItem, PublicProfile, PublishedGig } from './service.ts';

const nameIn = (locale: Locale, n: Named) => (locale === 'ur' ? n.ur : n.en);
function responseText(ctx: PageCtx, minutes: number): string {
  const r = responseTime(minutes);
  return ctx.t(r.key, 'n' in r ? { n: r.n } : {});
}

const percent = (locale: Locale, n: number) => new Intl.NumberFormat(locale === 'ur' ? 'ur-PK' : 'en-PK', { style: 'percent', maximumFractionDigits: 0 }).format(n / 100);

/** Text a person wrote: their own direction, no language claimed, line breaks kept. */
function UserText({ text, as }: { text: string; as?: 'p' | 'div' | 'span' }) {
  if (as === 'span') return <span dir="auto">{text}</span>;
  if (as === 'p') return <p dir="auto">{text}</p>;
  return (
    <div class="user-text" dir="auto">
      {text}
    </div>
  );
}

/** The photo when its owner shows one, else the initials. */
function Avatar({ initials, photo, alt }: { initials: string; photo?: StoredImage | null | undefined; alt?: string }) {
  if (photo) return <Picture image={photo} size="display" alt={alt ?? ''} cls="avatar photo" />;
  return (
    <span class="avatar" aria-hidden="true" dir="auto">
      {initials}
    </span>
  );
}

function CompletenessBar({ ctx, p }: { ctx: PageCtx; p: PublicProfile }) {
  const c = p.completeness;
  if (!c) return null;
  const { t } = ctx;
  return (
    <section class="card completeness" aria-labelledby="completeness-title">
      <h2 id="completeness-title">{t('profiles.completeness.title', { percent: c.percent })}</h2>
      <progress value={c.percent} max={100} aria-labelledby="completeness-title">
        {percent(ctx.locale, c.percent)}
      </progress>
      {c.missing.length === 0 ? (
        <p>{t('profiles.completeness.done')}</p>
      ) : (
        <>
          <p>{t('profiles.completeness.missing')}</p>
          <ul>
            {c.missing.map((m) => (
              <li>
                <a href={m.href}>{t(m.key)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Facts({ children }: { children?: Child }) {
  return <dl class="summary">{children}</dl>;
}

function PortfolioList({ ctx, items }: { ctx: PageCtx; items: PortfolioItem[] }) {
  if (items.length === 0) return <p class="muted">{ctx.t('profiles.portfolio_empty')}</p>;
  return (
    <ul class="portfolio">
      {items.map((i) => (
        <li class="card">
          <h3 dir="auto">{i.title}</h3>
          {i.images.length ? (
            <ul class="thumbs">
              {i.images.map((image, n) => (
                <li>
                  <a href={image.url}>
                    <Picture image={image} size="thumb" alt={ctx.t('media.images.alt', { n: n + 1 })} />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {i.description ? <UserText text={i.description} /> : null}
          {i.link ? (
            <p>
              <a href={i.link} rel="nofollow ugc noopener noreferrer" dir="ltr">
                {i.link}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

// --- Inviting the freelancer to a job (a signed-in client on someone else's freelancer profile) ----

/** What the invite section needs: the client's open jobs (none: a link to post one), and the form after an error. */
export interface InviteBox {
  jobs: { id: string; title: string }[];
  state: FormState;
}

function InviteSection({ ctx, handle, name, invite }: { ctx: PageCtx; handle: string; name: string; invite: InviteBox }) {
  const { t } = ctx;
  return (
    <section class="card invite-to-job" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('profiles.invite.title', { name })}</h2>
      {invite.jobs.length ? (
        <Form ctx={ctx} action={`/u/${encodeURIComponent(handle)}/invite`} state={invite.state}>
          <p class="muted">{t('profiles.invite.lead')}</p>
          <Select ctx={ctx} state={invite.state} name="job" label={t('profiles.invite.job')} options={invite.jobs.map((j) => ({ value: j.id, label: j.title }))} />
          <div class="actions">
            <button type="submit">{t('profiles.invite.submit')}</button>
          </div>
        </Form>
      ) : (
        <p>
          {t('profiles.invite.no_jobs')} <a href="/jobs/new">{t('profiles.invite.post_job')}</a>
        </p>
      )}
    </section>
  );
}

export function ProfilePage({ ctx, p, saved = false, invite, reviews, credentials }: { ctx: PageCtx; p: PublicProfile; saved?: boolean; invite?: InviteBox | undefined; reviews?: PersonReviews | undefined; credentials?: CredentialBadgesData | undefined }) {
  const { t, locale } = ctx;
  const f = p.freelancer;
  const cl = p.client;
  return (
    <Layout ctx={ctx} title={p.displayName}>
      <header class="profile-head">
        <Avatar initials={p.initials} photo={p.photo} alt={t('media.photo.alt', { name: p.displayName })} />
        <div>
          <h1 dir="auto">{p.displayName}</h1>
          {f?.headline ? <UserText as="p" text={f.headline} /> : null}
          <p class="muted">
            {[f ? t('profiles.role.freelancer') : null, cl ? t('profiles.role.client') : null].filter(Boolean).join(' · ')}
            {' · '}
            {t('profiles.member_since', { date: formatDate(locale, p.memberSince) })}
          </p>
          {reviews ? <ProfileStanding ctx={ctx} data={reviews} /> : null}
        </div>
      </header>
      {f && !p.isOwner ? <SaveButton ctx={ctx} kind="freelancer" id={p.userId} saved={saved} /> : null}
      {p.isOwner ? null : <ContactLink ctx={ctx} handle={p.handle} label="contact" />}
      {f && invite ? <InviteSection ctx={ctx} handle={p.handle} name={p.displayName} invite={invite} /> : null}
      {p.isOwner ? (
        <p class="actions">
          <a class="button secondary" href="/profile/edit">
            {t('profiles.edit_link')}
          </a>
          {f ? (
            <a class="button secondary" href="/profile/portfolio">
              {t('profiles.portfolio_link')}
            </a>
          ) : null}
          <a class="button secondary" href="/profile/photo">
            {t('media.photo.link')}
          </a>
        </p>
      ) : null}
      <CompletenessBar ctx={ctx} p={p} />
      <Facts>
        {p.city ? (
          <>
            <dt>{t('profiles.city')}</dt>
            <dd>
              {nameIn(locale, p.city)}
              {p.cityHidden ? <span class="muted"> — {t('profiles.city_hidden_note')}</span> : null}
            </dd>
          </>
        ) : null}
        {f ? (
          <>
            <dt>{t('profiles.hourly_rate')}</dt>
            <dd>{f.hourlyRate ? t('profiles.per_hour', { amount: formatMoney(locale, f.hourlyRate) }) : t('profiles.not_given')}</dd>
            <dt>{t('profiles.availability')}</dt>
            <dd>{t(`profiles.availability.${f.availability}`)}</dd>
            <dt>{t('profiles.response_time')}</dt>
            <dd>{f.responseMinutes === null ? t('profiles.response_time_unknown') : responseText(ctx, f.responseMinutes)}</dd>
            {f.languages.length > 0 ? (
              <>
                <dt>{t('profiles.languages')}</dt>
                <dd>{f.languages.map((l) => nameIn(locale, l)).join(locale === 'ur' ? '، ' : ', ')}</dd>
              </>
            ) : null}
          </>
        ) : null}
      </Facts>
      {f ? (
        <>
          <PublishedGigList ctx={ctx} p={p} gigs={f.gigs} />
          {f.bioEn || f.bioUr ? (
            <section aria-labelledby="about-title">
              <h2 id="about-title">{t('profiles.about')}</h2>
              {f.bioEn ? <UserText text={f.bioEn} /> : null}
              {f.bioUr ? <UserText text={f.bioUr} /> : null}
            </section>
          ) : null}
          {f.skills.length > 0 ? (
            <section aria-labelledby="skills-title">
              <h2 id="skills-title">{t('profiles.skills')}</h2>
              <ul class="tags">
                {f.skills.map((s) => (
                  <li>{nameIn(locale, s)}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {credentials ? <CredentialBadges ctx={ctx} items={credentials.items} delivered={credentials.delivered} /> : null}
          <section aria-labelledby="portfolio-title">
            <h2 id="portfolio-title">{t('profiles.portfolio')}</h2>
            <PortfolioList ctx={ctx} items={f.portfolio} />
          </section>
          {f.education ? (
            <section aria-labelledby="education-title">
              <h2 id="education-title">{t('profiles.education')}</h2>
              <UserText text={f.education} />
            </section>
          ) : null}
          {f.certificates ? (
            <section aria-labelledby="certificates-title">
              <h2 id="certificates-title">{t('profiles.certificates')}</h2>
              <UserText text={f.certificates} />
            </section>
          ) : null}
        </>
      ) : null}
      {reviews ? <ProfileReviews ctx={ctx} data={reviews} /> : null}
      {cl ? (
        <section aria-labelledby="client-title">
          <h2 id="client-title">{t('profiles.client_section')}</h2>
          <Facts>
            {cl.companyName ? (
              <>
                <dt>{t('profiles.company')}</dt>
                <dd>
                  <UserText as="span" text={cl.companyName} />
                </dd>
              </>
            ) : null}
            <dt>{t('profiles.country')}</dt>
            <dd>{t(`profiles.country.${cl.country === 'PK' ? 'PK' : 'ZZ'}`)}</dd>
            <dt>{t('profiles.jobs_posted')}</dt>
            <dd>{cl.jobsPosted}</dd>
            <dt>{t('profiles.hire_rate')}</dt>
            <dd>{cl.hireRatePercent === null ? t('profiles.hire_rate_none') : percent(locale, cl.hireRatePercent)}</dd>
          </Facts>
          {cl.about ? <UserText text={cl.about} /> : null}
        </section>
      ) : null}
    </Layout>
  );
}

/** The freelancer's published gigs, each with its picture, title, starting price and link. */
function PublishedGigList({ ctx, p, gigs }: { ctx: PageCtx; p: PublicProfile; gigs: PublishedGig[] }) {
  const { t, locale } = ctx;
  if (gigs.length === 0 && !p.isOwner) return null;
  return (
    <section aria-labelledby="gigs-title">
      <h2 id="gigs-title">{t('profiles.gigs')}</h2>
      {gigs.length === 0 ? (
        <p class="muted">
          {t('profiles.gigs_none')} <a href="/gigs/new">{t('profiles.gigs_create')}</a>
        </p>
      ) : (
        <ul class="gig-cards">
          {gigs.map((g) => (
            <li class={g.image ? 'with-picture' : undefined}>
              {g.image ? <GigCardPicture image={g.image} alt={g.title} /> : null}
              <a href={`/g/${g.slug}`} dir="auto">
                {g.title}
              </a>
              {g.from ? <span class="muted">{t('profiles.gig_from', { price: formatMoney(locale, g.from) })}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// --- Edit form ----------------------------------------------------------------------------------

export interface EditChoices {
  cities: Named[];
  categories: (Named & { skills: Named[] })[];
  languages: Named[];
}

/** The saved profile as form values, so the form opens with what is there. */
export function profileAsValues(p: OwnProfile): FormValues {
  const v: FormValues = {
    handle: p.handle,
    city_slug: p.citySlug ?? '',
    skills: p.skillSlugs,
    languages: p.languageSlugs,
    country: p.country === 'PK' ? 'PK' : 'ZZ',
  };
  if (p.showCity) v.show_city = 'on';
  if (p.showPhoto) v.show_photo = 'on';
  if (p.freelancer) {
    v.headline = p.freelancer.headline;
    v.bio_en = p.freelancer.bioEn;
    v.bio_ur = p.freelancer.bioUr;
    v.availability = p.freelancer.availability;
    v.education = p.freelancer.education;
    v.certificates = p.freelancer.certificates;
    v.hourly_rate = p.freelancer.hourlyRate ? toInputString(p.freelancer.hourlyRate) : '';
    v.hourly_rate_currency = p.freelancer.hourlyRate?.currency ?? 'PKR';
  }
  if (p.client) {
    v.company_name = p.client.companyName;
    v.about = p.client.about;
  }
  if (p.billing) {
    v.billing_address = p.billing.address;
    v.tax_number = p.billing.taxNumber;
  }
  return v;
}


function chosenSet(state: FormState, name: string): Set<string> {
  const raw = state.values[name];
  return new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
}




export function EditPage({ ctx, state, choices, roles }: { ctx: PageCtx; state: FormState; choices: EditChoices; roles: { freelancer: boolean; client: boolean } }) {
  const { t, locale } = ctx;
  if (!roles.freelancer && !roles.client) {
    return (
      <Layout ctx={ctx} title={t('profiles.edit.title')}>
        <h1>{t('profiles.edit.title')}</h1>
        <p>{t('profiles.edit.no_role')}</p>
        <a class="button" href="/onboarding/role">
          {t('profiles.edit.choose_role')}
        </a>
      </Layout>
    );
  }
  const skills = chosenSet(state, 'skills');
  const languages = chosenSet(state, 'languages');
  const collator = new Intl.Collator(locale === 'ur' ? 'ur-PK' : 'en-PK');
  const cities = [...choices.cities].sort((a, b) => collator.compare(nameIn(locale, a), nameIn(locale, b)));
  return (
    <Layout ctx={ctx} title={t('profiles.edit.title')}>
      <h1>{t('profiles.edit.title')}</h1>
      <Form ctx={ctx} action="/profile/edit" state={state}>
        <h2>{t('profiles.edit.common')}</h2>
        <Field ctx={ctx} state={state} name="handle" label={t('profiles.edit.handle')} hint={t('profiles.edit.handle_hint')} maxlength={HANDLE_MAX} dir="ltr" autocomplete="username" />
        <Select ctx={ctx} state={state} name="city_slug" label={t('profiles.edit.city')} options={[{ value: '', label: t('profiles.edit.city_none') }, ...cities.map((c) => ({ value: c.slug, label: nameIn(locale, c) }))]} />
        <Checkbox ctx={ctx} state={state} name="show_city" label={t('profiles.edit.show_city')} />
        {roles.freelancer ? (
          <>
            <h2>{t('profiles.edit.freelancer')}</h2>
            <Field ctx={ctx} state={state} name="headline" label={t('profiles.edit.headline')} hint={t('profiles.edit.headline_hint', { max: HEADLINE_MAX })} maxlength={HEADLINE_MAX} />
            <TextArea ctx={ctx} state={state} name="bio_en" label={t('profiles.edit.bio_en')} hint={t('profiles.edit.bio_hint', { max: BIO_MAX })} maxlength={BIO_MAX} rows={6} />
            <TextArea ctx={ctx} state={state} name="bio_ur" label={t('profiles.edit.bio_ur')} hint={t('profiles.edit.bio_hint', { max: BIO_MAX })} maxlength={BIO_MAX} rows={6} />
            <fieldset id="skills" aria-describedby={state.errors.skills ? 'skills-error' : undefined}>
              <legend>{t('profiles.edit.skills', { max: SKILLS_MAX })}</legend>
              <FieldError ctx={ctx} state={state} name="skills" />
              {choices.categories
                .filter((c) => c.skills.length > 0)
                .map((c) => (
                  <fieldset class="skill-group">
                    <legend>{nameIn(locale, c)}</legend>
                    <div class="choices-columns">
                      {c.skills.map((s) => (
                        <label class="choice">
                          <input type="checkbox" name="skills" value={s.slug} checked={skills.has(s.slug)} />
                          <span>{nameIn(locale, s)}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ))}
            </fieldset>
            <fieldset id="languages" aria-describedby={state.errors.languages ? 'languages-error' : undefined}>
              <legend>{t('profiles.edit.languages')}</legend>
              <FieldError ctx={ctx} state={state} name="languages" />
              <div class="choices-columns">
                {choices.languages.map((l) => (
                  <label class="choice">
                    <input type="checkbox" name="languages" value={l.slug} checked={languages.has(l.slug)} />
                    <span>{nameIn(locale, l)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <Field ctx={ctx} state={state} name="hourly_rate" label={t('profiles.edit.rate')} hint={t('profiles.edit.rate_hint')} inputmode="decimal" maxlength={20} dir="ltr" />
            <Select ctx={ctx} state={state} name="hourly_rate_currency" label={t('profiles.edit.currency')} options={currencies.map((c) => ({ value: c, label: t(`profiles.edit.currency.${c}`) }))} />
            <Radios ctx={ctx} state={state} name="availability" legend={t('profiles.edit.availability')} options={availabilities.map((a) => ({ value: a, label: t(`profiles.availability.${a}`) }))} />
            <TextArea ctx={ctx} state={state} name="education" label={t('profiles.edit.education')} hint={t('profiles.edit.education_hint', { max: EDUCATION_MAX })} maxlength={EDUCATION_MAX} rows={3} />
            <TextArea ctx={ctx} state={state} name="certificates" label={t('profiles.edit.certificates')} hint={t('profiles.edit.certificates_hint', { max: CERTIFICATES_MAX })} maxlength={CERTIFICATES_MAX} rows={3} />
            <Checkbox ctx={ctx} state={state} name="show_photo" label={t('profiles.edit.show_photo')} hint={t('profiles.edit.show_photo_hint')} />
          </>
        ) : null}
        {roles.client ? (
          <>
            <h2>{t('profiles.edit.client')}</h2>
            <Field ctx={ctx} state={state} name="company_name" label={t('profiles.edit.company')} hint={t('profiles.edit.company_hint')} maxlength={COMPANY_MAX} autocomplete="organization" />
            <TextArea ctx={ctx} state={state} name="about" label={t('profiles.edit.about')} hint={t('profiles.edit.about_hint', { max: ABOUT_MAX })} maxlength={ABOUT_MAX} rows={5} />
            <Radios ctx={ctx} state={state} name="country" legend={t('profiles.edit.country')} options={countries.map((c) => ({ value: c, label: t(`profiles.country.${c}`) }))} />
            <h3 id="billing">{t('profiles.edit.billing')}</h3>
            <p class="muted">{t('profiles.edit.billing_lead')}</p>
            <TextArea
              ctx={ctx}
              state={state}
              name="billing_address"
              label={t('profiles.edit.billing_address')}
              hint={t('profiles.edit.billing_address_hint', { lines: BILLING_ADDRESS_LINES, max: BILLING_ADDRESS_MAX })}
              maxlength={BILLING_ADDRESS_MAX}
              rows={4}
            />
            <Field ctx={ctx} state={state} name="tax_number" label={t('profiles.edit.tax_number')} hint={t('profiles.edit.tax_number_hint')} maxlength={TAX_NUMBER_MAX} dir="ltr" />
          </>
        ) : null}
        <div class="actions">
          <button type="submit">{t('profiles.edit.save')}</button>
        </div>
      </Form>
    </Layout>
  );
}

// --- Portfolio manager --------------------------------------------------------------------------

function ItemFields({ ctx, state }: { ctx: PageCtx; state: FormState }) {
  const { t } = ctx;
  return (
    <>
      <Field ctx={ctx} state={state} name="title" label={t('profiles.portfolio.item_title')} maxlength={PORTFOLIO_TITLE_MAX} required />
      <TextArea ctx={ctx} state={state} name="description" label={t('profiles.portfolio.description')} hint={t('profiles.portfolio.description_hint', { max: PORTFOLIO_DESCRIPTION_MAX })} maxlength={PORTFOLIO_DESCRIPTION_MAX} rows={4} />
      <Field ctx={ctx} state={state} name="link" type="url" label={t('profiles.portfolio.link')} hint={t('profiles.portfolio.link_hint')} maxlength={PORTFOLIO_LINK_MAX} dir="ltr" inputmode="url" />
    </>
  );
}

function SmallButton({ ctx, action, label, name, val, cls }: { ctx: PageCtx; action: string; label: string; name?: string; val?: string; cls?: string }) {
  return (
    <form method="post" action={action}>
      <CsrfField ctx={ctx} />
      <button type="submit" class={cls ?? 'secondary small'} name={name} value={val}>
        {label}
      </button>
    </form>
  );
}

export function PortfolioPage({ ctx, items, handle, state }: { ctx: PageCtx; items: PortfolioItem[]; handle: string; state: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('profiles.portfolio.title')}>
      <h1>{t('profiles.portfolio.title')}</h1>
      <p>{t('profiles.portfolio.lead')}</p>
      <p class="muted">{t('profiles.portfolio.count', { count: items.length, max: PORTFOLIO_MAX })}</p>
      <p>
        <a href={`/u/${handle}`}>{t('profiles.view_mine')}</a>
      </p>
      <ol class="portfolio">
        {items.map((i, n) => (
          <li class="card">
            <h2 dir="auto">{i.title}</h2>
            {i.description ? <UserText text={i.description} /> : null}
            {i.link ? (
              <p>
                <a href={i.link} rel="nofollow ugc noopener noreferrer" dir="ltr">
                  {i.link}
                </a>
              </p>
            ) : null}
            <div class="actions">
              <a class="button secondary small" href={`/profile/portfolio/${i.id}/edit`}>
                {t('profiles.portfolio.edit')}
              </a>
              {n > 0 ? <SmallButton ctx={ctx} action={`/profile/portfolio/${i.id}/move`} name="direction" val="up" label={t('profiles.portfolio.up')} /> : null}
              {n < items.length - 1 ? <SmallButton ctx={ctx} action={`/profile/portfolio/${i.id}/move`} name="direction" val="down" label={t('profiles.portfolio.down')} /> : null}
              <SmallButton ctx={ctx} action={`/profile/portfolio/${i.id}/delete`} label={t('profiles.portfolio.delete')} cls="danger small" />
            </div>
          </li>
        ))}
      </ol>
      {items.length < PORTFOLIO_MAX ? (
        <section aria-labelledby="add-title" class="card">
          <h2 id="add-title">{t('profiles.portfolio.add')}</h2>
          <Form ctx={ctx} action="/profile/portfolio" state={state}>
            <ItemFields ctx={ctx} state={state} />
            <div class="actions">
              <button type="submit">{t('profiles.portfolio.save')}</button>
            </div>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}

export function PortfolioItemPage({ ctx, id, state, images = [], upload }: { ctx: PageCtx; id: string; state: FormState; images?: StoredImage[]; upload?: FormState | undefined }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('profiles.portfolio.edit_title')}>
      <h1>{t('profiles.portfolio.edit_title')}</h1>
      <Form ctx={ctx} action={`/profile/portfolio/${id}/edit`} state={state}>
        <ItemFields ctx={ctx} state={state} />
        <div class="actions">
          <button type="submit">{t('profiles.portfolio.save')}</button>
          <a href="/profile/portfolio">{t('profiles.portfolio.back')}</a>
        </div>
      </Form>
      <section aria-labelledby="images-title" class="card">
        <h2 id="images-title">{t('media.portfolio.images')}</h2>
        <p>{t('media.portfolio.lead', { max: MEDIA_LIMITS.portfolioImages })}</p>
        <ImageManager ctx={ctx} images={images} base={`/profile/portfolio/${id}/images`} canMove={false} />
        {images.length < MEDIA_LIMITS.portfolioImages ? (
          <UploadForm
            ctx={ctx}
            action={`/profile/portfolio/${id}/images`}
            field="image"
            label={t('media.images.add')}
            hint={t('media.images.hint', { mb: MEDIA_LIMITS.imageBytes / (1024 * 1024) })}
            accept={IMAGE_ACCEPT}
            submit={t('media.images.upload')}
            state={upload}
          />
        ) : null}
      </section>
    </Layout>
  );
}

/** /profile/photo: the current photo (or initials), whether others see it, upload and remove. */
export function PhotoPage({ ctx, own, initials, name, state }: { ctx: PageCtx; own: OwnPhoto; initials: string; name: string; state?: FormState | undefined }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('media.photo.title')}>
      <h1>{t('media.photo.title')}</h1>
      <p>{t('media.photo.lead')}</p>
      <div class="profile-head">
        <Avatar initials={initials} photo={own.photo} alt={t('media.photo.alt', { name })} />
        <p>{own.photo ? (own.shown ? t('media.photo.shown') : t('media.photo.hidden')) : t('media.photo.none')}</p>
      </div>
      {own.photo && !own.shown ? (
        <p>
          <a href="/profile/edit">{t('media.photo.settings_link')}</a>
        </p>
      ) : null}
      <UploadForm
        ctx={ctx}
        action="/profile/photo"
        field="photo"
        label={t('media.photo.choose')}
        hint={t('media.images.hint', { mb: MEDIA_LIMITS.imageBytes / (1024 * 1024) })}
        accept={IMAGE_ACCEPT}
        submit={t('media.photo.upload')}
        state={state}
      />
      {own.photo ? (
        <form method="post" action="/profile/photo/delete">
          <CsrfField ctx={ctx} />
          <button type="submit" class="danger small">
            {t('media.photo.remove')}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}

export function itemAsValues(i: PortfolioItem): FormValues {
  return { title: i.title, description: i.description, link: i.link ?? '' };
}
