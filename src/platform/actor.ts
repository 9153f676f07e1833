// Who is acting: the signed-in user as services see them. Routes build it from the session or the
// access token; services check it (authorisation lives in services, never only in routes).
import { AppError } from './errors.ts';
import type { Locale } from './i18n.ts';

export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  isFreelancer: boolean;
  isClient: boolean;
  isAdmin: boolean;
  locale: Locale;
  /** The IANA zone they read times in (src/platform/time-zone.ts); absent means Asia/Karachi. */
  timeZone?: string;
  /** The session behind this request, when signed in by cookie (not by access token). */
  sessionId: string | null;
  onboardingDone: boolean;
}

export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw new AppError('auth.required');
  return actor;
}

export function requireAdmin(actor: Actor | null | undefined): Actor {
  const a = requireActor(actor);
  if (!a.isAdmin) throw new AppError('auth.forbidden');
  return a;
}
