import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../accounts/domain.ts';
import { fieldErrors } from '../platform/forms.ts';
import {
  asksRole,
  CLIENT_NEEDS_MAX,
  hasForm,
  isStep,
  LANGUAGES_MAX,
  nextStep,
  type OnboardingStep,
  onboardingSteps,
  payoutMethods,
  previousStep,
  progress,
  type Reference,
  resumeStep,
  stepAvailable,
  stepInput,
  stepsFor,
} from './domain.ts';

const freelancerSteps = ['category', 'city', 'languages', 'payout', 'privacy'] as const;
const roleOrNull = fc.constantFrom(...roles, null);
const anyStep = fc.constantFrom(...onboardingSteps);

describe('the steps each role sees', () => {
  it('gives each role its own ordered sequence', () => {
    expect(stepsFor('freelancer')).toEqual(['language', 'role', 'category', 'city', 'languages', 'payout', 'privacy', 'done']);
    expect(stepsFor('client')).toEqual(['language', 'role', 'needs', 'done']);
    expect(stepsFor('both')).toEqual(['language', 'role', 'category', 'city', 'languages', 'payout', 'privacy', 'needs', 'done']);
    expect(stepsFor(null)).toEqual(['language', 'role', 'done']);
  });

  it('never shows a client the payout or privacy steps, nor a freelancer "what you want done"', () => {
    for (const s of freelancerSteps) {
      expect(stepAvailable(s, 'client')).toBe(false);
      expect(stepAvailable(s, 'freelancer')).toBe(true);
      expect(stepAvailable(s, 'both')).toBe(true);
    }
    expect(stepAvailable('needs', 'freelancer')).toBe(false);
    expect(stepAvailable('needs', 'client')).toBe(true);
    expect(stepAvailable('needs', 'both')).toBe(true);
  });

  it('starts every sequence with language and role, ends it with done, and keeps the global order', () => {
    fc.assert(
      fc.property(roleOrNull, (role) => {
        const steps = stepsFor(role);
        expect(steps.slice(0, 2)).toEqual(['language', 'role']);
        expect(steps.at(-1)).toBe('done');
        const positions = steps.map((s) => onboardingSteps.indexOf(s));
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(new Set(steps).size).toBe(steps.length);
      }),
    );
  });
});

describe('moving through the wizard', () => {
  it('walks each role from the first step to done with Continue (or Skip, which moves the same way)', () => {
    for (const role of [...roles, null]) {
      const walked: OnboardingStep[] = ['language'];
      let step: OnboardingStep = 'language';
      for (let i = 0; i < 20 && step !== 'done'; i++) {
        step = nextStep(step, role);
        walked.push(step);
      }
      expect(walked).toEqual(stepsFor(role));
    }
  });

  it('goes back one step, and has nothing before the first', () => {
    expect(previousStep('language', 'both')).toBeNull();
    expect(previousStep('role', 'client')).toBe('language');
    expect(previousStep('needs', 'client')).toBe('role');
    expect(previousStep('needs', 'both')).toBe('privacy');
    expect(previousStep('done', 'freelancer')).toBe('privacy');
    expect(previousStep('done', 'client')).toBe('needs');
    expect(previousStep('category', 'freelancer')).toBe('role');
  });

  it('Back undoes Continue on every step but the first', () => {
    fc.assert(
      fc.property(roleOrNull, (role) => {
        for (const s of stepsFor(role)) {
          if (s === 'done') continue;
          expect(previousStep(nextStep(s, role), role)).toBe(s);
        }
      }),
    );
  });

  it('stays on done', () => {
    for (const role of [...roles, null]) expect(nextStep('done', role)).toBe('done');
  });

  it('follows the new role after the role step', () => {
    expect(nextStep('role', 'client')).toBe('needs');
    expect(nextStep('role', 'freelancer')).toBe('category');
    expect(nextStep('role', 'both')).toBe('category');
    expect(nextStep('privacy', 'freelancer')).toBe('done');
    expect(nextStep('privacy', 'both')).toBe('needs');
  });

  it('moves from a step of another role to the next step of this role', () => {
    // A client who once saw the payout step (as a freelancer) continues with "what you want done".
    expect(nextStep('payout', 'client')).toBe('needs');
    expect(nextStep('needs', 'freelancer')).toBe('done');
  });

  it('always moves forward (or stays on done)', () => {
    fc.assert(
      fc.property(anyStep, roleOrNull, (step, role) => {
        const n = nextStep(step, role);
        expect(stepAvailable(n, role)).toBe(true);
        if (step !== 'done') expect(onboardingSteps.indexOf(n)).toBeGreaterThan(onboardingSteps.indexOf(step));
      }),
    );
  });
});

describe('resuming', () => {
  it('starts at the beginning when nothing was saved or the saved step is unknown', () => {
    expect(resumeStep(null, 'freelancer')).toBe('language');
    expect(resumeStep(undefined, 'client')).toBe('language');
    expect(resumeStep('bitcoin', 'both')).toBe('language');
    expect(resumeStep('', 'both')).toBe('language');
  });

  it('resumes at the saved step', () => {
    for (const role of roles) for (const s of stepsFor(role)) expect(resumeStep(s, role)).toBe(s);
  });

  it('resumes at the next step of the role when the saved one is not theirs', () => {
    expect(resumeStep('city', 'client')).toBe('needs');
    expect(resumeStep('privacy', 'client')).toBe('needs');
    expect(resumeStep('needs', 'freelancer')).toBe('done');
    expect(resumeStep('category', null)).toBe('done');
  });

  it('always resumes at a step the role has', () => {
    fc.assert(
      fc.property(fc.oneof(anyStep, fc.string()), roleOrNull, (saved, role) => {
        expect(stepAvailable(resumeStep(saved, role), role)).toBe(true);
      }),
    );
  });
});

describe('progress', () => {
  it('counts steps for the role', () => {
    expect(progress('language', 'freelancer')).toEqual({ index: 1, total: 8, percent: 13 });
    expect(progress('role', 'client')).toEqual({ index: 2, total: 4, percent: 50 });
    expect(progress('needs', 'both')).toEqual({ index: 8, total: 9, percent: 89 });
    expect(progress('done', 'client')).toEqual({ index: 4, total: 4, percent: 100 });
  });

  it('grows with every step and stays within 1..total', () => {
    fc.assert(
      fc.property(roleOrNull, (role) => {
        const steps = stepsFor(role);
        steps.forEach((s, i) => {
          const p = progress(s, role);
          expect(p.index).toBe(i + 1);
          expect(p.total).toBe(steps.length);
          expect(p.percent).toBeGreaterThan(0);
          expect(p.percent).toBeLessThanOrEqual(100);
        });
      }),
    );
  });

  it('places a step of another role where it would be', () => {
    expect(progress('payout', 'client').index).toBe(3);
  });
});

describe('step names', () => {
  it('recognises only the wizard steps', () => {
    for (const s of onboardingSteps) expect(isStep(s)).toBe(true);
    expect(isStep('admin')).toBe(false);
    expect(isStep(undefined)).toBe(false);
    expect(hasForm('done')).toBe(false);
    expect(hasForm('city')).toBe(true);
  });
});

describe('what each step accepts', () => {
  const ref: Reference = { cities: new Set(['lahore', 'multan']), categories: new Set(['design', 'writing']), languages: new Set(['ur', 'en', 'pa']) };
  const schemas = stepInput(ref);
  const errorsOf = (step: keyof typeof schemas, input: unknown) => {
    const r = schemas[step].safeParse(input);
    return r.success ? {} : fieldErrors(r.error);
  };

  it('accepts a language and a role from the lists only', () => {
    expect(schemas.language.parse({ locale: 'ur' })).toEqual({ locale: 'ur' });
    expect(errorsOf('language', { locale: 'fr' })).toEqual({ locale: { key: 'field.choose', params: {} } });
    expect(schemas.role.parse({ role: 'both' })).toEqual({ role: 'both' });
    expect(errorsOf('role', { role: 'admin' }).role?.key).toBe('field.choose');
    expect(errorsOf('role', {}).role?.key).toBe('field.choose');
  });

  it('accepts known cities and categories only', () => {
    expect(schemas.city.parse({ city_slug: 'multan' })).toEqual({ city_slug: 'multan' });
    expect(errorsOf('city', { city_slug: 'atlantis' }).city_slug?.key).toBe('field.city_unknown');
    expect(errorsOf('city', { city_slug: '' }).city_slug?.key).toBe('field.choose');
    expect(errorsOf('city', {}).city_slug?.key).toBe('field.choose');
    expect(errorsOf('city', { city_slug: ['lahore', 'multan'] }).city_slug?.key).toBe('field.choose');
    expect(schemas.category.parse({ main_category: 'design' })).toEqual({ main_category: 'design' });
    expect(errorsOf('category', { main_category: 'x'.repeat(5000) }).main_category?.key).toBe('field.category_unknown');
  });

  it('takes one or several spoken languages, known ones only, without repeats', () => {
    expect(schemas.languages.parse({ languages: 'ur' })).toEqual({ languages: ['ur'] });
    expect(schemas.languages.parse({ languages: ['ur', 'pa', 'ur'] })).toEqual({ languages: ['ur', 'pa'] });
    expect(errorsOf('languages', {}).languages?.key).toBe('field.languages_none');
    expect(errorsOf('languages', { languages: ['ur', 'klingon'] }).languages?.key).toBe('field.languages_unknown');
    expect(errorsOf('languages', { languages: Array(LANGUAGES_MAX + 1).fill('ur') }).languages?.key).toBe('field.languages_too_many');
  });

  it('takes the four payout methods and nothing else', () => {
    for (const m of payoutMethods) expect(schemas.payout.parse({ payout_method: m })).toEqual({ payout_method: m });
    expect(errorsOf('payout', { payout_method: 'bitcoin' }).payout_method?.key).toBe('field.choose');
    expect(errorsOf('payout', { payout_method: 'paypal' }).payout_method?.key).toBe('field.choose');
  });

  it('turns the privacy choices into yes/no', () => {
    expect(schemas.privacy.parse({ show_photo: 'initials', show_city: 'hide' })).toEqual({ show_photo: false, show_city: false });
    expect(schemas.privacy.parse({ show_photo: 'photo', show_city: 'show' })).toEqual({ show_photo: true, show_city: true });
    expect(errorsOf('privacy', { show_photo: 'yes', show_city: 'show' }).show_photo?.key).toBe('field.choose');
  });

  it('takes what a client wants done within the text limits, with Pakistan as the default country', () => {
    expect(schemas.needs.parse({ client_needs: '  A logo for my shop  ' })).toEqual({ client_needs: 'A logo for my shop', country: 'PK' });
    expect(schemas.needs.parse({ client_needs: 'ویب سائٹ\nبنوانی ہے', country: 'ZZ' })).toEqual({ client_needs: 'ویب سائٹ\nبنوانی ہے', country: 'ZZ' });
    expect(schemas.needs.parse({ client_needs: 'x', country: '' }).country).toBe('PK');
    expect(errorsOf('needs', { client_needs: 'x'.repeat(CLIENT_NEEDS_MAX + 1) }).client_needs).toEqual({ key: 'field.too_long', params: { max: CLIENT_NEEDS_MAX } });
    expect(errorsOf('needs', { client_needs: 'abc\u202Egnp.exe' }).client_needs?.key).toBe('field.bidi_chars');
    expect(errorsOf('needs', { client_needs: 'a\u0000b' }).client_needs?.key).toBe('field.control_chars');
    expect(errorsOf('needs', { client_needs: '   ' }).client_needs?.key).toBe('field.required');
    expect(errorsOf('needs', { client_needs: 'x', country: 'US' }).country?.key).toBe('field.choose');
  });
});

describe('the role step after sign-up', () => {
  it('is left out when sign-up chose the role, and asked when there is none or the answers are reviewed', () => {
    expect(asksRole('freelancer', false)).toBe(false);
    expect(asksRole(null, false)).toBe(true);
    expect(asksRole('client', true)).toBe(true);
    expect(stepsFor('freelancer', false)).toEqual(['language', 'category', 'city', 'languages', 'payout', 'privacy', 'done']);
    expect(stepsFor('client', false)).toEqual(['language', 'needs', 'done']);
    // Without a role there is nothing to leave out: the role is asked.
    expect(stepsFor(null, false)).toEqual(['language', 'role', 'done']);
    expect(nextStep('language', 'client', false)).toBe('needs');
    expect(previousStep('category', 'both', false)).toBe('language');
    expect(resumeStep('role', 'freelancer', false)).toBe('category');
    expect(stepAvailable('role', 'both', false)).toBe(false);
    expect(progress('needs', 'client', false)).toEqual({ index: 2, total: 3, percent: 67 });
  });

  it('walks every role’s shorter sequence with next and back', () => {
    for (const role of roles) {
      const steps = stepsFor(role, false);
      let step: OnboardingStep = 'language';
      const walked: OnboardingStep[] = [step];
      while (step !== 'done') {
        const next = nextStep(step, role, false);
        expect(previousStep(next, role, false)).toBe(step);
        step = next;
        walked.push(step);
      }
      expect(walked).toEqual(steps);
    }
  });
});
