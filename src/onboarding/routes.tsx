// The onboarding wizard's pages: GET /onboarding resumes at the saved step; each step is a plain
// form posted to /onboarding/:step, with "skip" as a second submit button (no JavaScript needed).
import { setLanguageCookie } from '../accounts/routes.tsx';
import { AppError } from '../platform/errors.ts';
import type { FormState } from '../platform/form-views.tsx';
import { handleForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { hasForm, isStep, type OnboardingStep, previousStep, progress, stepAvailable } from './domain.ts';
import * as onboarding from './service.ts';
import { answersAsValues, DonePage, StepPage } from './views.tsx';

// Paths here are fixed step names, safe in a query string as they are.
const toLogIn = (c: Ctx, path: string) => c.redirect(`/login?next=${path}`, 303);

function stepParam(c: Ctx): OnboardingStep {
  const step = c.req.param('step');
  if (!isStep(step)) throw new AppError('not_found');
  return step;
}

/** Renders a step: with the saved answers on a first visit, with what was typed after an error. */
async function stepPage(c: Ctx, step: OnboardingStep, form?: FormState, status = 200) {
  const deps = c.get('deps');
  const actor = c.get('actor');
  const [state, choices] = await Promise.all([onboarding.getOnboarding(deps, actor), onboarding.listChoices(deps.db)]);
  if (!stepAvailable(step, state.role, state.askRole)) return c.redirect('/onboarding', 303);
  const ctx = pageCtx(c);
  const at = progress(step, state.role, state.askRole);
  const previous = previousStep(step, state.role, state.askRole);
  if (!hasForm(step)) return render(c, <DonePage ctx={ctx} progress={at} previous={previous} />, status);
  return render(c, <StepPage ctx={ctx} step={step} progress={at} previous={previous} state={form ?? { values: answersAsValues(state.answers), errors: {} }} choices={choices} />, status);
}

export function mountOnboarding(app: App): void {
  app.get('/onboarding', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/onboarding');
    const state = await onboarding.getOnboarding(c.get('deps'), c.get('actor'));
    // Someone who finished comes back to change their answers: start from the top.
    return c.redirect(`/onboarding/${state.completed ? 'language' : state.step}`, 303);
  });

  app.get('/onboarding/:step', async (c) => {
    const step = stepParam(c);
    if (!c.get('actor')) return toLogIn(c, `/onboarding/${step}`);
    return stepPage(c, step);
  });

  app.post('/onboarding/:step', async (c) => {
    const step = stepParam(c);
    if (!c.get('actor')) return toLogIn(c, `/onboarding/${step}`);
    const deps = c.get('deps');
    return handleForm(
      c,
      async (values) => {
        if (step === 'done') {
          await onboarding.finishOnboarding(deps, c.get('actor'));
          flash(c, 'onboarding.finished');
          return c.redirect('/dashboard', 303);
        }
        if (values.action === 'skip') {
          const next = await onboarding.skipStep(deps, c.get('actor'), step);
          return c.redirect(`/onboarding/${next}`, 303);
        }
        const saved = await onboarding.saveStep(deps, c.get('actor'), step, values);
        if (saved.locale) setLanguageCookie(c, saved.locale);
        return c.redirect(`/onboarding/${saved.next}`, 303);
      },
      (form, status) => stepPage(c, step, form, status),
    );
  });
}
