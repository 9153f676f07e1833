// Pure rules for accounts: input schemas with their limits, Pakistani mobile numbers, roles,
// token lifetimes, and how a session's device is described. No I/O here.
import { z } from 'zod';
import { asciiDigits, email, password, singleLine } from '../platform/text.ts';
import { canonicalTimeZone } from '../platform/time-zone.ts';

/**
 * Pakistani mobile numbers to E.164 (+923XXXXXXXXX). Accepts 03XX-XXXXXXX, 3XXXXXXXXX, 923..., +923...,
 * 00923..., with spaces or dashes and Urdu or Arabic-Indic digits
 * (../shared/reference/payments-pakistan.md §3, pakistan-locale.md §5). Returns null when not a mobile number.
 */
export function normalisePakistaniMobile(input: string): string | null {
  const compact = asciiDigits(input).replace(/[\s\-().]/g, '');
  const m = compact.match(/^(?:\+92|0092|92|0)?(3\d{9})$/);
  return m ? `+92${m[1]}` : null;
}

/** +923001234567 -> 0300-1234567, the way people write it at home. */
export function displayPakistaniMobile(e164: string): string {
  const m = e164.match(/^\+92(3\d{2})(\d{7})$/);
  return m ? `0${m[1]}-${m[2]}` : e164;
}

export const phoneField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const raw = (v ?? '').trim();
    if (raw === '') return null;
    if (raw.length > 20) {
      ctx.addIssue({ code: 'custom', message: 'field.phone' });
      return z.NEVER;
    }
    const n = normalisePakistaniMobile(raw);
    if (!n) {
      ctx.addIssue({ code: 'custom', message: 'field.phone' });
      return z.NEVER;
    }
    return n;
  });

export const roles = ['freelancer', 'client', 'both'] as const;
export type RoleChoice = (typeof roles)[number];

export function roleFlags(role: RoleChoice): { isFreelancer: boolean; isClient: boolean } {
  return { isFreelancer: role !== 'client', isClient: role !== 'freelancer' };
}

export function roleOf(flags: { isFreelancer: boolean; isClient: boolean }): RoleChoice | null {
  if (flags.isFreelancer && flags.isClient) return 'both';
  if (flags.isFreelancer) return 'freelancer';
  if (flags.isClient) return 'client';
  return null;
}

export const localeField = z.enum(['en', 'ur'], { error: 'field.choose' });
const roleField = z.enum(roles, { error: 'field.choose' });

export const NAME_MAX = 80;

/** A time zone someone chose (settings, API): one Intl knows, stored under Intl's name. */
export const timeZoneField = z
  .string({ error: 'field.required' })
  .max(100, 'field.time_zone')
  .transform((v, ctx) => {
    const zone = canonicalTimeZone(v);
    if (zone === null) {
      ctx.addIssue({ code: 'custom', message: 'field.time_zone' });
      return z.NEVER;
    }
    return zone;
  })
  .meta({ description: 'An IANA time zone, e.g. Asia/Karachi or Europe/London', examples: ['Europe/London'] });

/**
 * The browser's zone, guessed at sign-up by a small script (public/time-zone.js). The person never
 * typed it, so a zone this server does not know is dropped (the account keeps Asia/Karachi) rather
 * than refusing the sign-up over a field they cannot see.
 */
const guessedTimeZone = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => (v && v.length <= 100 ? (canonicalTimeZone(v) ?? undefined) : undefined))
  .meta({ description: "The browser's time zone (Intl.DateTimeFormat().resolvedOptions().timeZone); one this server does not know is ignored and Asia/Karachi kept" });

export const signUpInput = z.object({
  display_name: singleLine(NAME_MAX),
  email,
  password,
  phone: phoneField,
  role: roleField,
  locale: localeField.optional(),
  time_zone: guessedTimeZone,
});
export type SignUpInput = z.output<typeof signUpInput>;

export const logInInput = z.object({
  email,
  password: z.string({ error: 'field.required' }).min(1, 'field.required').max(200, 'field.too_long'),
});

export const resetRequestInput = z.object({ email });
export const resetInput = z.object({ token: z.string().min(1).max(200), password });
export const changePasswordInput = z.object({
  current_password: z.string({ error: 'field.required' }).min(1, 'field.required').max(200, 'field.too_long'),
  password,
});
export const changeEmailInput = z.object({
  email,
  current_password: z.string({ error: 'field.required' }).min(1, 'field.required').max(200, 'field.too_long'),
});
export const accessTokenInput = z.object({ name: singleLine(60) });
export const languageInput = z.object({ locale: localeField });
export const timeZoneInput = z.object({ time_zone: timeZoneField });

export const TOKEN_TTL = {
  verifyEmailHours: 48,
  resetPasswordMinutes: 60,
  changeEmailHours: 24,
} as const;

/** Sessions are touched at most this often, so a page view rarely writes. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

/**
 * "Chrome on Android" from a User-Agent header; coarse on purpose (it is shown, not trusted).
 * Product names are proper nouns; the three non-names are i18n keys for the view to translate.
 */
export function describeDevice(userAgent: string): { browser: string; os: string } {
  const ua = userAgent;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /SamsungBrowser/.test(ua)
        ? 'Samsung Internet'
        : /UCBrowser/.test(ua)
          ? 'UC Browser'
          : /Firefox\//.test(ua)
            ? 'Firefox'
            : /Chrom(e|ium)\//.test(ua)
              ? 'Chrome'
              : /Safari\//.test(ua)
                ? 'Safari'
                : /curl|node|undici|python|okhttp/i.test(ua)
                  ? 'accounts.device.api_client'
                  : 'accounts.device.unknown_browser';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : 'accounts.device.unknown_system';
  return { browser, os };
}

/** What the dashboard suggests next, in order. */
export type NextStep = 'verify_email' | 'finish_onboarding' | 'complete_profile' | 'post_job' | 'browse';

export function nextSteps(user: { emailVerified: boolean; onboardingDone: boolean; isFreelancer: boolean; isClient: boolean }): NextStep[] {
  const steps: NextStep[] = [];
  if (!user.emailVerified) steps.push('verify_email');
  if (!user.onboardingDone) steps.push('finish_onboarding');
  if (user.isFreelancer) steps.push('complete_profile');
  if (user.isClient) steps.push('post_job');
  steps.push('browse');
  return steps;
}
