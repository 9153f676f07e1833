// The wizard's pages: one plain form per step (works with JavaScript off), a progress bar, and
// Continue / Back / Skip for now / Finish later.
import type { Child } from 'hono/jsx';
import { roles } from '../accounts/domain.ts';
import { FieldError, Form, type FormState, TextArea, value } from '../platform/form-views.tsx';
import type { FormValues } from '../platform/forms.ts';
import type { Locale } from '../platform/i18n.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { CLIENT_NEEDS_MAX, clientCountries, type FormStep, type OnboardingStep, type Progress, payoutMethods } from './domain.ts';
import type { Answers, Choices, Named } from './service.ts';

// A language chooser names each language in itself (as the language switch in the layout does).
const ENDONYMS: Record<Locale, string> = { en: 'English', ur: 'اردو' };

export const nameIn = (locale: Locale, n: Named) => (locale === 'ur' ? n.ur : n.en);

/** The saved answers as form values, so a step opens with what the person chose before. */
export function answersAsValues(a: Answers): FormValues {
  const v: FormValues = {
    locale: a.locale,
    show_photo: a.showPhoto ? 'photo' : 'initials',
    show_city: a.showCity ? 'show' : 'hide',
    country: a.country === 'PK' ? 'PK' : 'ZZ',
    languages: a.languages,
  };
  if (a.role) v.role = a.role;
  if (a.mainCategory) v.main_category = a.mainCategory;
  if (a.citySlug) v.city_slug = a.citySlug;
  if (a.payoutMethod) v.payout_method = a.payoutMethod;
  if (a.clientNeeds) v.client_needs = a.clientNeeds;
  return v;
}

export function ProgressBar({ ctx, progress, id }: { ctx: PageCtx; progress: Progress; id: string }) {
  return (
    <div class="wizard-progress">
      <p id={id}>{ctx.t('onboarding.progress', { index: progress.index, total: progress.total })}</p>
      <progress value={progress.index} max={progress.total} aria-labelledby={id}>
        {`${progress.percent}%`}
      </progress>
    </div>
  );
}

function Radios(props: { ctx: PageCtx; state: FormState; name: string; legend: string; options: { value: string; label: string; hint?: string; lang?: string }[] }) {
  const { ctx, state, name } = props;
  const chosen = value(state, name);
  const invalid = Boolean(state.errors[name]);
  return (
    <fieldset aria-describedby={invalid ? `${name}-error` : undefined}>
      <legend>{props.legend}</legend>
      <FieldError ctx={ctx} state={state} name={name} />
      {props.options.map((o) => {
        const hintId = o.hint ? `${name}-${o.value}-hint` : undefined;
        return (
          <label class={o.hint ? 'choice option' : 'choice'}>
            <input type="radio" name={name} value={o.value} checked={chosen === o.value} aria-describedby={hintId} />
            {o.hint ? (
              <span>
                <span class="option-label">{o.label}</span>
                <span class="hint" id={hintId}>
                  {o.hint}
                </span>
              </span>
            ) : (
              <span lang={o.lang}>{o.label}</span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}

function StepFields({ ctx, step, state, choices }: { ctx: PageCtx; step: FormStep; state: FormState; choices: Choices }) {
  const { t, locale } = ctx;
  switch (step) {
    case 'language':
      return (
        <Radios
          ctx={ctx}
          state={state}
          name="locale"
          legend={t('onboarding.language.field')}
          options={[
            { value: 'ur', label: ENDONYMS.ur, lang: 'ur' },
            { value: 'en', label: ENDONYMS.en, lang: 'en' },
          ]}
        />
      );
    case 'role':
      return <Radios ctx={ctx} state={state} name="role" legend={t('onboarding.role.field')} options={roles.map((r) => ({ value: r, label: t(`accounts.role.${r}`) }))} />;
    case 'category':
      return <Radios ctx={ctx} state={state} name="main_category" legend={t('onboarding.category.field')} options={choices.categories.map((c) => ({ value: c.slug, label: nameIn(locale, c) }))} />;
    case 'city':
      return <CitySelect ctx={ctx} state={state} choices={choices} />;
    case 'languages':
      return <LanguageBoxes ctx={ctx} state={state} choices={choices} />;
    case 'payout':
      return (
        <Radios
          ctx={ctx}
          state={state}
          name="payout_method"
          legend={t('onboarding.payout.field')}
          options={payoutMethods.map((m) => ({ value: m, label: t(`onboarding.payout.${m}`), hint: t(`onboarding.payout.${m}_hint`) }))}
        />
      );
    case 'privacy':
      return (
        <>
          <Radios
            ctx={ctx}
            state={state}
            name="show_photo"
            legend={t('onboarding.privacy.photo_field')}
            options={[
              { value: 'initials', label: t('onboarding.privacy.initials') },
              { value: 'photo', label: t('onboarding.privacy.photo') },
            ]}
          />
          <Radios
            ctx={ctx}
            state={state}
            name="show_city"
            legend={t('onboarding.privacy.city_field')}
            options={[
              { value: 'show', label: t('onboarding.privacy.city_show') },
              { value: 'hide', label: t('onboarding.privacy.city_hide') },
            ]}
          />
        </>
      );
    case 'needs':
      return (
        <>
          <TextArea ctx={ctx} state={state} name="client_needs" label={t('onboarding.needs.field')} hint={t('onboarding.needs.hint', { max: CLIENT_NEEDS_MAX })} maxlength={CLIENT_NEEDS_MAX} rows={5} />
          <Radios ctx={ctx} state={state} name="country" legend={t('onboarding.needs.country_field')} options={clientCountries.map((c) => ({ value: c, label: t(`onboarding.country.${c}`) }))} />
        </>
      );
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}

function CitySelect({ ctx, state, choices }: { ctx: PageCtx; state: FormState; choices: Choices }) {
  const { t, locale } = ctx;
  const chosen = value(state, 'city_slug');
  const error = state.errors.city_slug;
  // Grouped by province or territory, in the taxonomy's order; cities by name within each.
  const groups = new Map<string, { province: Named; cities: Named[] }>(choices.provinces.map((p) => [p.slug, { province: p, cities: [] }]));
  for (const c of choices.cities) {
    const g = groups.get(c.province.slug) ?? { province: c.province, cities: [] };
    g.cities.push(c);
    groups.set(c.province.slug, g);
  }
  const collator = new Intl.Collator(locale === 'ur' ? 'ur-PK' : 'en-PK');
  return (
    <div class="field">
      <label for="city_slug">{t('onboarding.city.field')}</label>
      <select id="city_slug" name="city_slug" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'city_slug-error' : undefined}>
        <option value="">{t('onboarding.city.placeholder')}</option>
        {[...groups.values()]
          .filter((g) => g.cities.length > 0)
          .map((g) => (
          <optgroup label={nameIn(locale, g.province)}>
            {g.cities
              .sort((a, b) => collator.compare(nameIn(locale, a), nameIn(locale, b)))
              .map((c) => (
                <option value={c.slug} selected={chosen === c.slug}>
                  {nameIn(locale, c)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <FieldError ctx={ctx} state={state} name="city_slug" />
    </div>
  );
}

function LanguageBoxes({ ctx, state, choices }: { ctx: PageCtx; state: FormState; choices: Choices }) {
  const { t, locale } = ctx;
  const raw = state.values.languages;
  const chosen = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  const invalid = Boolean(state.errors.languages);
  return (
    <fieldset aria-describedby={invalid ? 'languages-error' : undefined}>
      <legend>{t('onboarding.languages.field')}</legend>
      <FieldError ctx={ctx} state={state} name="languages" />
      <div class="choices-columns">
        {choices.languages.map((l) => (
          <label class="choice">
            <input type="checkbox" name="languages" value={l.slug} checked={chosen.has(l.slug)} />
            <span>{nameIn(locale, l)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}


function WizardShell(props: { ctx: PageCtx; step: OnboardingStep; progress: Progress; children?: Child }) {
  const { ctx, step } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`onboarding.${step}.title`)}>
      <p class="muted kicker">{t('onboarding.kicker')}</p>
      <ProgressBar ctx={ctx} progress={props.progress} id="wizard-progress" />
      <h1>{t(`onboarding.${step}.title`)}</h1>
      {props.children}
    </Layout>
  );
}

export function StepPage(props: { ctx: PageCtx; step: FormStep; progress: Progress; previous: OnboardingStep | null; state: FormState; choices: Choices }) {
  const { ctx, step, state } = props;
  const { t } = ctx;
  return (
    <WizardShell ctx={ctx} step={step} progress={props.progress}>
      <p>{t(`onboarding.${step}.lead`)}</p>
      <Form ctx={ctx} action={`/onboarding/${step}`} state={state}>
        <StepFields ctx={ctx} step={step} state={state} choices={props.choices} />
        <div class="actions">
          <button type="submit" name="action" value="continue">
            {t('onboarding.continue')}
          </button>
          <button type="submit" name="action" value="skip" class="secondary">
            {t('onboarding.skip')}
          </button>
        </div>
      </Form>
      <p class="actions wizard-nav">
        {props.previous ? (
          <a href={`/onboarding/${props.previous}`} rel="prev">
            {t('onboarding.back')}
          </a>
        ) : null}
        <a href="/dashboard">{t('onboarding.finish_later')}</a>
      </p>
    </WizardShell>
  );
}

export function DonePage({ ctx, progress, previous }: { ctx: PageCtx; progress: Progress; previous: OnboardingStep | null }) {
  const { t } = ctx;
  return (
    <WizardShell ctx={ctx} step="done" progress={progress}>
      <p>{t('onboarding.done.lead')}</p>
      <Form ctx={ctx} action="/onboarding/done">
        <div class="actions">
          <button type="submit">{t('onboarding.done.submit')}</button>
        </div>
      </Form>
      {previous ? (
        <p class="actions wizard-nav">
          <a href={`/onboarding/${previous}`} rel="prev">
            {t('onboarding.back')}
          </a>
        </p>
      ) : null}
    </WizardShell>
  );
}
