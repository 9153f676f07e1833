// Account use cases: sign-up, e-mail verification, log-in and sessions, password reset and
// change, e-mail change, language, time zone, personal access tokens. Each takes the acting user (or the
// request's metadata when nobody is signed in yet), checks who may do it, and runs in one
// transaction. Messages never reveal whether an e-mail address is registered.
import { hash, verify } from '@node-rs/argon2';
import type { Actor } from '../platform/actor.ts';
import { requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { Locale } from '../platform/i18n.ts';
import { sendMail } from '../platform/mail.ts';
import { consume } from '../platform/rate-limit.ts';
import { DEFAULT_TIME_ZONE } from '../platform/time-zone.ts';
import type { Executor, Tx } from '../db/pool.ts';
import type { EmailTokenPurpose, User } from '../db/schema.ts';
import {
  accessTokenInput,
  changeEmailInput,
  changePasswordInput,
  describeDevice,
  languageInput,
  logInInput,
  resetInput,
  resetRequestInput,
  roleFlags,
  SESSION_TOUCH_MS,
  signUpInput,
  timeZoneInput,
  TOKEN_TTL,
} from './domain.ts';
import { accountMail } from './mail.ts';
import { ACCESS_TOKEN_PREFIX, hashToken, newToken } from './tokens.ts';

export interface RequestMeta {
  ip: string;
  userAgent: string;
}

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes), light enough for 2 cores.
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const hashPassword = (pw: string) => hash(pw, ARGON);
// Verified against when no account matches, so a wrong e-mail costs as much time as a wrong password.
let dummyHash: Promise<string> | undefined;

/** The columns of a user an Actor is made of: what authenticating a request reads, and no more. */
const ACTOR_COLUMNS = ['id', 'email', 'display_name', 'email_verified_at', 'is_freelancer', 'is_client', 'is_admin', 'locale', 'time_zone', 'onboarding_completed_at'] as const;
const actorColumns = ACTOR_COLUMNS.map((c) => `users.${c}` as const);

export function actorFromUser(user: Pick<User, (typeof ACTOR_COLUMNS)[number]>, sessionId: string | null): Actor {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    emailVerified: user.email_verified_at !== null,
    isFreelancer: user.is_freelancer,
    isClient: user.is_client,
    isAdmin: user.is_admin,
    locale: user.locale,
    timeZone: user.time_zone,
    sessionId,
    onboardingDone: user.onboarding_completed_at !== null,
  };
}

async function audit(tx: Executor, deps: Deps, kind: string, actorId: string | null, subjectId: string | null, data: Record<string, unknown> = {}, ip?: string) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actorId, subject_id: subjectId, data: JSON.stringify(data), ip: ip ?? null, created_at: deps.clock.now() })
    .execute();
}

async function issueEmailToken(tx: Tx, deps: Deps, userId: string, purpose: EmailTokenPurpose, ttlMs: number, newEmail: string | null = null): Promise<string> {
  const now = deps.clock.now();
  // A new link replaces any unused one of the same purpose.
  await tx.updateTable('email_tokens').set({ used_at: now }).where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
  const token = newToken();
  await tx
    .insertInto('email_tokens')
    .values({ user_id: userId, purpose, token_hash: hashToken(token), new_email: newEmail, created_at: now, expires_at: new Date(now.getTime() + ttlMs) })
    .execute();
  return token;
}

/** Takes a single-use token: valid, unused, unexpired, for this purpose; marks it used. */
async function takeEmailToken(tx: Tx, deps: Deps, token: string, purpose: EmailTokenPurpose) {
  const row = await tx
    .selectFrom('email_tokens')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .forUpdate()
    .executeTakeFirst();
  const now = deps.clock.now();
  if (!row || row.used_at || row.expires_at <= now) throw new AppError('auth.token_invalid');
  await tx.updateTable('email_tokens').set({ used_at: now }).where('id', '=', row.id).execute();
  return row;
}

async function createSession(tx: Executor, deps: Deps, userId: string, meta: RequestMeta): Promise<{ token: string; sessionId: string }> {
  const now = deps.clock.now();
  const token = newToken();
  const row = await tx
    .insertInto('sessions')
    .values({
      user_id: userId,
      token_hash: hashToken(token),
      user_agent: meta.userAgent.slice(0, 300),
      ip: meta.ip.slice(0, 64),
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + deps.config.SESSION_DAYS * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, sessionId: row.id };
}

const windowSeconds = (deps: Deps) => deps.config.RATE_LIMIT_WINDOW_SECONDS;

/** The low-level insert shared by sign-up, the seed and admin:create. `passwordHash`, when given, is
 * hashPassword(password) made earlier (the seed hashes its shared demo password once). */
export async function createAccount(
  tx: Executor,
  deps: Pick<Deps, 'clock'>,
  input: { email: string; password: string; passwordHash?: string; displayName: string; phone?: string | null; isFreelancer: boolean; isClient: boolean; isAdmin?: boolean; locale: Locale; timeZone?: string; verified?: boolean; onboarded?: boolean },
): Promise<User> {
  const now = deps.clock.now();
  return tx
    .insertInto('users')
    .values({
      email: input.email,
      password_hash: input.passwordHash ?? (await hashPassword(input.password)),
      display_name: input.displayName,
      phone: input.phone ?? null,
      is_freelancer: input.isFreelancer,
      is_client: input.isClient,
      is_admin: input.isAdmin ?? false,
      locale: input.locale,
      ...(input.timeZone ? { time_zone: input.timeZone } : {}),
      email_verified_at: input.verified ? now : null,
      onboarding_completed_at: input.onboarded ? now : null,
      onboarding_step: input.onboarded ? null : 'language',
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Sign-up always answers the same way ("check your inbox"): a new address gets an account and a
 * verification link; a registered one gets a note saying someone tried to sign up with it.
 */
/**
 * `onCreated` runs inside the sign-up's transaction once a new account exists (never for an address
 * already taken): src/referrals records who referred the person there.
 */
export async function signUp(deps: Deps, raw: unknown, meta: RequestMeta, requestLocale: Locale, onCreated?: (tx: Tx, userId: string) => Promise<void>): Promise<{ email: string }> {
  const input = parseWith(signUpInput, raw);
  const locale = input.locale ?? requestLocale;
  const w = windowSeconds(deps);
  await consume(deps.db, deps.clock, [
    { key: `signup:ip:${meta.ip}`, max: deps.config.RATE_LIMIT_SIGNUP, windowSeconds: w },
    { key: `signup:email:${input.email}`, max: deps.config.RATE_LIMIT_SIGNUP, windowSeconds: w },
  ]);
  const passwordHash = await hashPassword(input.password);
  const flags = roleFlags(input.role);
  await deps.db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('users').select(['id', 'locale', 'display_name']).where('email', '=', input.email).executeTakeFirst();
    if (existing) {
      await sendMail(deps, tx, accountMail(deps, existing.locale, 'signup_existing', { to: input.email, name: existing.display_name }));
      await audit(tx, deps, 'account.signup_existing', null, existing.id, {}, meta.ip);
      return;
    }
    const now = deps.clock.now();
    const user = await tx
      .insertInto('users')
      .values({
        email: input.email,
        password_hash: passwordHash,
        display_name: input.display_name,
        phone: input.phone,
        is_freelancer: flags.isFreelancer,
        is_client: flags.isClient,
        locale,
        ...(input.time_zone ? { time_zone: input.time_zone } : {}),
        onboarding_step: 'language',
        created_at: now,
        updated_at: now,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const token = await issueEmailToken(tx, deps, user.id, 'verify_email', TOKEN_TTL.verifyEmailHours * 3_600_000);
    await sendMail(deps, tx, accountMail(deps, locale, 'verify_email', { to: input.email, name: input.display_name, token }));
    await audit(tx, deps, 'account.created', user.id, user.id, { role: input.role }, meta.ip);
    if (onCreated) await onCreated(tx, user.id);
  });
  return { email: input.email };
}

/** Confirms the address and signs the person in on this device (the link is single-use). */
export async function verifyEmail(deps: Deps, token: string, meta: RequestMeta): Promise<{ sessionToken: string; actor: Actor }> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await takeEmailToken(tx, deps, token, 'verify_email');
    const user = await tx
      .updateTable('users')
      .set({ email_verified_at: deps.clock.now(), updated_at: deps.clock.now() })
      .where('id', '=', row.user_id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const session = await createSession(tx, deps, user.id, meta);
    await audit(tx, deps, 'account.email_verified', user.id, user.id, {}, meta.ip);
    return { sessionToken: session.token, actor: actorFromUser(user, session.sessionId) };
  });
}

export async function resendVerification(deps: Deps, actorIn: Actor | null): Promise<void> {
  const actor = requireActor(actorIn);
  if (actor.emailVerified) return;
  await consume(deps.db, deps.clock, [{ key: `verify:user:${actor.userId}`, max: 5, windowSeconds: windowSeconds(deps) }]);
  await deps.db.transaction().execute(async (tx) => {
    const token = await issueEmailToken(tx, deps, actor.userId, 'verify_email', TOKEN_TTL.verifyEmailHours * 3_600_000);
    await sendMail(deps, tx, accountMail(deps, actor.locale, 'verify_email', { to: actor.email, name: actor.displayName, token }));
  });
}

/**
 * A new confirmation link for an address, asked for by someone who is not logged in yet (the "check
 * your inbox" page, an expired link). Rate-limited like a password reset; answers the same whether
 * or not an unconfirmed account has this address, and mails only when one has.
 */
export async function resendVerificationTo(deps: Deps, raw: unknown, meta: RequestMeta): Promise<void> {
  const input = parseWith(resetRequestInput, raw);
  const w = windowSeconds(deps);
  await consume(deps.db, deps.clock, [
    { key: `verify:ip:${meta.ip}`, max: deps.config.RATE_LIMIT_RESET * 4, windowSeconds: w },
    { key: `verify:email:${input.email}`, max: deps.config.RATE_LIMIT_RESET, windowSeconds: w },
  ]);
  await deps.db.transaction().execute(async (tx) => {
    const user = await tx.selectFrom('users').select(['id', 'locale', 'display_name', 'email']).where('email', '=', input.email).where('email_verified_at', 'is', null).executeTakeFirst();
    if (!user) return;
    const token = await issueEmailToken(tx, deps, user.id, 'verify_email', TOKEN_TTL.verifyEmailHours * 3_600_000);
    await sendMail(deps, tx, accountMail(deps, user.locale, 'verify_email', { to: user.email, name: user.display_name, token }));
    await audit(tx, deps, 'account.verification_resent', null, user.id, {}, meta.ip);
  });
}

export async function logIn(deps: Deps, raw: unknown, meta: RequestMeta): Promise<{ sessionToken: string; actor: Actor }> {
  const input = parseWith(logInInput, raw);
  const w = windowSeconds(deps);
  await consume(deps.db, deps.clock, [
    { key: `login:ip:${meta.ip}`, max: deps.config.RATE_LIMIT_LOGIN * 5, windowSeconds: w },
    { key: `login:email:${input.email}`, max: deps.config.RATE_LIMIT_LOGIN, windowSeconds: w },
  ]);
  const user = await deps.db.selectFrom('users').selectAll().where('email', '=', input.email).executeTakeFirst();
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password-0000');
    await verify(await dummyHash, input.password).catch(() => false);
    throw new AppError('auth.invalid_credentials');
  }
  const ok = await verify(user.password_hash, input.password).catch(() => false);
  if (!ok) {
    await audit(deps.db, deps, 'account.login_failed', null, user.id, {}, meta.ip);
    throw new AppError('auth.invalid_credentials');
  }
  return deps.db.transaction().execute(async (tx) => {
    const session = await createSession(tx, deps, user.id, meta);
    await audit(tx, deps, 'account.login', user.id, user.id, { session: session.sessionId }, meta.ip);
    return { sessionToken: session.token, actor: actorFromUser(user, session.sessionId) };
  });
}

/** Who holds this session cookie, if anyone; touches last-seen at most every few minutes. */
export async function authenticateSession(deps: Deps, token: string, meta?: RequestMeta): Promise<Actor | null> {
  if (token.length > 100) return null;
  const now = deps.clock.now();
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(actorColumns)
    .select(['sessions.id as session_id', 'sessions.last_seen_at', 'sessions.expires_at', 'sessions.revoked_at'])
    .where('sessions.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at <= now) return null;
  if (now.getTime() - row.last_seen_at.getTime() > SESSION_TOUCH_MS) {
    await deps.db
      .updateTable('sessions')
      .set({ last_seen_at: now, ...(meta ? { ip: meta.ip.slice(0, 64), user_agent: meta.userAgent.slice(0, 300) } : {}) })
      .where('id', '=', row.session_id)
      .execute();
  }
  return actorFromUser(row, row.session_id);
}

export async function authenticateAccessToken(deps: Deps, token: string): Promise<Actor | null> {
  if (!token.startsWith(ACCESS_TOKEN_PREFIX) || token.length > 100) return null;
  const row = await deps.db
    .selectFrom('access_tokens')
    .innerJoin('users', 'users.id', 'access_tokens.user_id')
    .select(actorColumns)
    .select(['access_tokens.id as token_id', 'access_tokens.revoked_at', 'access_tokens.last_used_at'])
    .where('access_tokens.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at) return null;
  const now = deps.clock.now();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > SESSION_TOUCH_MS) {
    await deps.db.updateTable('access_tokens').set({ last_used_at: now }).where('id', '=', row.token_id).execute();
  }
  return actorFromUser(row, null);
}

export async function logOut(deps: Deps, actor: Actor | null): Promise<void> {
  if (!actor?.sessionId) return;
  await deps.db.updateTable('sessions').set({ revoked_at: deps.clock.now() }).where('id', '=', actor.sessionId).where('revoked_at', 'is', null).execute();
}

export async function logOutEverywhere(deps: Deps, actorIn: Actor | null): Promise<number> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const r = await tx.updateTable('sessions').set({ revoked_at: deps.clock.now() }).where('user_id', '=', actor.userId).where('revoked_at', 'is', null).executeTakeFirst();
    await audit(tx, deps, 'account.logout_everywhere', actor.userId, actor.userId);
    return Number(r.numUpdatedRows);
  });
}

export interface SessionView {
  id: string;
  browser: string;
  os: string;
  ip: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

export async function listSessions(deps: Deps, actorIn: Actor | null): Promise<SessionView[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', deps.clock.now())
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, ...describeDevice(r.user_agent), ip: r.ip, createdAt: r.created_at, lastSeenAt: r.last_seen_at, current: r.id === actor.sessionId }));
}

export async function revokeSession(deps: Deps, actorIn: Actor | null, sessionId: string): Promise<void> {
  const actor = requireActor(actorIn);
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) throw new AppError('auth.session_not_found');
  await deps.db.transaction().execute(async (tx) => {
    // Only the owner's own sessions match, so another user's id is simply "not found".
    const r = await tx
      .updateTable('sessions')
      .set({ revoked_at: deps.clock.now() })
      .where('id', '=', sessionId)
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new AppError('auth.session_not_found');
    await audit(tx, deps, 'account.session_revoked', actor.userId, actor.userId, { session: sessionId });
  });
}

/** Always answers the same way; a mail goes out only when the address has an account. */
export async function requestPasswordReset(deps: Deps, raw: unknown, meta: RequestMeta): Promise<void> {
  const input = parseWith(resetRequestInput, raw);
  const w = windowSeconds(deps);
  await consume(deps.db, deps.clock, [
    { key: `reset:ip:${meta.ip}`, max: deps.config.RATE_LIMIT_RESET * 4, windowSeconds: w },
    { key: `reset:email:${input.email}`, max: deps.config.RATE_LIMIT_RESET, windowSeconds: w },
  ]);
  await deps.db.transaction().execute(async (tx) => {
    const user = await tx.selectFrom('users').select(['id', 'locale', 'display_name', 'email']).where('email', '=', input.email).executeTakeFirst();
    if (!user) return;
    const token = await issueEmailToken(tx, deps, user.id, 'reset_password', deps.config.RESET_TOKEN_MINUTES * 60_000);
    await sendMail(deps, tx, accountMail(deps, user.locale, 'reset_password', { to: user.email, name: user.display_name, token, minutes: deps.config.RESET_TOKEN_MINUTES }));
    await audit(tx, deps, 'account.reset_requested', null, user.id, {}, meta.ip);
  });
}

/** Sets the new password, signs out every device, and leaves the person to log in again. */
export async function resetPassword(deps: Deps, raw: unknown, meta: RequestMeta): Promise<void> {
  const input = parseWith(resetInput, raw);
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (tx) => {
    const row = await takeEmailToken(tx, deps, input.token, 'reset_password');
    const now = deps.clock.now();
    // Following the link proves the mailbox, so it also verifies the address.
    await tx.updateTable('users').set({ password_hash: passwordHash, updated_at: now, email_verified_at: now }).where('id', '=', row.user_id).execute();
    await tx.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', row.user_id).where('revoked_at', 'is', null).execute();
    await audit(tx, deps, 'account.password_reset', null, row.user_id, {}, meta.ip);
  });
}

/** Checks a reset link before showing its form, without using it up. */
export async function checkResetToken(deps: Deps, token: string): Promise<void> {
  const row = await deps.db.selectFrom('email_tokens').select(['used_at', 'expires_at']).where('token_hash', '=', hashToken(token)).where('purpose', '=', 'reset_password').executeTakeFirst();
  if (!row || row.used_at || row.expires_at <= deps.clock.now()) throw new AppError('auth.token_invalid');
}

async function checkPassword(tx: Executor, userId: string, password: string): Promise<void> {
  const user = await tx.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
  const ok = await verify(user.password_hash, password).catch(() => false);
  if (!ok) throw new AppError('auth.wrong_password', {}, { current_password: { key: 'errors.auth.wrong_password' } });
}

/** Changes the password and signs out every other device. */
export async function changePassword(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<void> {
  const actor = requireActor(actorIn);
  const input = parseWith(changePasswordInput, raw);
  await consume(deps.db, deps.clock, [{ key: `password:user:${actor.userId}`, max: deps.config.RATE_LIMIT_LOGIN, windowSeconds: windowSeconds(deps) }]);
  await checkPassword(deps.db, actor.userId, input.current_password);
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    await tx.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', actor.userId).execute();
    let others = tx.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', actor.userId).where('revoked_at', 'is', null);
    if (actor.sessionId) others = others.where('id', '!=', actor.sessionId);
    await others.execute();
    await audit(tx, deps, 'account.password_changed', actor.userId, actor.userId);
  });
}

/**
 * Starts an e-mail change: a link goes to the new address (which takes effect only when followed)
 * and a notice to the old one. A taken address gets the same answer, and no link.
 */
export async function requestEmailChange(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<void> {
  const actor = requireActor(actorIn);
  const input = parseWith(changeEmailInput, raw);
  await consume(deps.db, deps.clock, [{ key: `email:user:${actor.userId}`, max: deps.config.RATE_LIMIT_RESET, windowSeconds: windowSeconds(deps) }]);
  await checkPassword(deps.db, actor.userId, input.current_password);
  await deps.db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
    await sendMail(deps, tx, accountMail(deps, actor.locale, 'email_change_notice', { to: actor.email, name: actor.displayName, newEmail: input.email }));
    if (taken) return;
    const token = await issueEmailToken(tx, deps, actor.userId, 'change_email', TOKEN_TTL.changeEmailHours * 3_600_000, input.email);
    await sendMail(deps, tx, accountMail(deps, actor.locale, 'change_email', { to: input.email, name: actor.displayName, token }));
    await audit(tx, deps, 'account.email_change_requested', actor.userId, actor.userId);
  });
}

export async function confirmEmailChange(deps: Deps, token: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await takeEmailToken(tx, deps, token, 'change_email');
    if (!row.new_email) throw new AppError('auth.token_invalid');
    const taken = await tx.selectFrom('users').select('id').where('email', '=', row.new_email).executeTakeFirst();
    if (taken) throw new AppError('auth.token_invalid');
    const now = deps.clock.now();
    await tx.updateTable('users').set({ email: row.new_email, email_verified_at: now, updated_at: now }).where('id', '=', row.user_id).execute();
    await audit(tx, deps, 'account.email_changed', row.user_id, row.user_id);
  });
}

/** Saves the language on the account when someone is signed in (the cookie is the route's job). */
export async function setLanguage(deps: Deps, actor: Actor | null, raw: unknown): Promise<Locale> {
  const { locale } = parseWith(languageInput, raw);
  if (actor) await deps.db.updateTable('users').set({ locale, updated_at: deps.clock.now() }).where('id', '=', actor.userId).execute();
  return locale;
}

/** The zone someone reads times in, for what is written to them outside their own requests (documents, mails). */
export async function timeZoneOf(db: Executor, userId: string): Promise<string> {
  const row = await db.selectFrom('users').select('time_zone').where('id', '=', userId).executeTakeFirst();
  return row?.time_zone ?? DEFAULT_TIME_ZONE;
}

/** Saves the zone the person reads times in (the settings page and the API). */
export async function setTimeZone(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<string> {
  const actor = requireActor(actorIn);
  const { time_zone } = parseWith(timeZoneInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ time_zone, updated_at: deps.clock.now() }).where('id', '=', actor.userId).execute();
    await audit(tx, deps, 'account.time_zone_changed', actor.userId, actor.userId, { time_zone });
  });
  return time_zone;
}

export interface AccessTokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** Returns the token once; only its hash is kept. */
export async function createAccessToken(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<{ token: string; view: AccessTokenView }> {
  const actor = requireActor(actorIn);
  const input = parseWith(accessTokenInput, raw);
  const token = ACCESS_TOKEN_PREFIX + newToken();
  return deps.db.transaction().execute(async (tx) => {
    const active = await tx.selectFrom('access_tokens').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', actor.userId).where('revoked_at', 'is', null).executeTakeFirstOrThrow();
    if (Number(active.n) >= 20) throw new AppError('validation.failed', {}, { name: { key: 'accounts.tokens_limit', params: { max: 20 } } });
    const row = await tx
      .insertInto('access_tokens')
      .values({ user_id: actor.userId, name: input.name, token_hash: hashToken(token), prefix: token.slice(0, ACCESS_TOKEN_PREFIX.length + 6), created_at: deps.clock.now() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, deps, 'account.token_created', actor.userId, actor.userId, { token: row.id });
    return { token, view: { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.created_at, lastUsedAt: null } };
  });
}

export async function listAccessTokens(deps: Deps, actorIn: Actor | null): Promise<AccessTokenView[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db.selectFrom('access_tokens').selectAll().where('user_id', '=', actor.userId).where('revoked_at', 'is', null).orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
}

export async function revokeAccessToken(deps: Deps, actorIn: Actor | null, tokenId: string): Promise<void> {
  const actor = requireActor(actorIn);
  if (!/^[0-9a-f-]{36}$/i.test(tokenId)) throw new AppError('auth.access_token_not_found');
  await deps.db.transaction().execute(async (tx) => {
    const r = await tx
      .updateTable('access_tokens')
      .set({ revoked_at: deps.clock.now() })
      .where('id', '=', tokenId)
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new AppError('auth.access_token_not_found');
    await audit(tx, deps, 'account.token_revoked', actor.userId, actor.userId, { token: tokenId });
  });
}

/** The account as its owner sees it (the API's `me`). */
export async function getMe(deps: Deps, actorIn: Actor | null) {
  const actor = requireActor(actorIn);
  const u = await deps.db.selectFrom('users').selectAll().where('id', '=', actor.userId).executeTakeFirstOrThrow();
  return {
    id: u.id,
    email: u.email,
    email_verified: u.email_verified_at !== null,
    display_name: u.display_name,
    phone: u.phone,
    roles: [...(u.is_freelancer ? ['freelancer'] : []), ...(u.is_client ? ['client'] : []), ...(u.is_admin ? ['admin'] : [])],
    locale: u.locale,
    time_zone: u.time_zone,
    onboarding_completed: u.onboarding_completed_at !== null,
    created_at: u.created_at.toISOString(),
  };
}
