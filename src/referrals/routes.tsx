// Referrals' pages: /r/:code (the link: remembers the code for a sign-up), /referrals, /referrals/rules,
// POST /referrals/claim, and the operator's /admin/referrals. Two cookies: hunar_ref (the code, until
// a sign-up uses it) and hunar_device (a random id telling one device apart; decision 0069).
import { randomUUID } from 'node:crypto';
import { getCookie, setCookie } from 'hono/cookie';
import type { Tx } from '../db/pool.ts';
import { newIdempotencyKey } from '../orders/service.ts';
import { requireActor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { CLAIM_DAYS, codeFrom } from './domain.ts';
import * as passOn from './pass-on.ts';
import * as referrals from './service.ts';
import { AdminReferralsPage, LandingPage, PassOnPage, ReferralsPage, RulesPage } from './views.tsx';

const REF_COOKIE = 'hunar_ref';
const DEVICE_COOKIE = 'hunar_device';
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.forbidden' || e.code === 'auth.required') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

/** This browser's device id, given one the first time (400 days, the most browsers keep a cookie; httpOnly). */
function deviceOf(c: Ctx): string {
  const had = getCookie(c, DEVICE_COOKIE);
  if (had && /^[0-9a-f-]{36}$/.test(had)) return had;
  const id = randomUUID();
  setCookie(c, DEVICE_COOKIE, id, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 400 * 86_400 });
  return id;
}

/** For the sign-up (src/accounts): records the referral a link left in this browser, if any. A bad one never blocks a sign-up. */
export function referralOnSignUp(c: Ctx): ((tx: Tx, userId: string) => Promise<void>) | undefined {
  const code = codeFrom(getCookie(c, REF_COOKIE) ?? '');
  if (!code) return undefined;
  const device = getCookie(c, DEVICE_COOKIE) ?? null;
  return async (tx, userId) => {
    try {
      await referrals.claimReferral(tx, c.get('deps'), userId, code, 'link', device);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  };
}

export function mountReferrals(app: App): void {
  app.get('/r/:code', async (c) => {
    const deps = c.get('deps');
    const code = codeFrom(c.req.param('code'));
    const referrer = code ? await referrals.referrerOf(deps.db, code) : null;
    if (!code || !referrer) throw new AppError('not_found');
    const device = deviceOf(c);
    const actor = c.get('actor');
    if (actor) await referrals.seeDevice(deps.db, deps, actor.userId, device);
    else setCookie(c, REF_COOKIE, code, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: CLAIM_DAYS * 86_400 });
    return render(c, <LandingPage ctx={pageCtx(c)} referrer={referrer.displayName} reward={await referrals.currentReward(deps.db)} />);
  });

  app.get('/referrals/rules', async (c) => render(c, <RulesPage ctx={pageCtx(c)} reward={await referrals.currentReward(c.get('deps').db)} />));

  const page = async (c: Ctx, state?: FormState, status = 200) => {
    const deps = c.get('deps');
    const actor = requireActor(c.get('actor'));
    await referrals.seeDevice(deps.db, deps, actor.userId, deviceOf(c));
    const [me, passed] = await Promise.all([referrals.myReferrals(deps, actor), passOn.jobsPassedOn(deps, actor)]);
    return render(c, <ReferralsPage ctx={pageCtx(c)} me={me} link={`${deps.config.baseUrl}/r/${me.code}`} passed={passed} state={state} />, status);
  };
  app.get('/referrals', async (c) => (c.get('actor') ? page(c) : toLogIn(c)));
  app.post('/referrals/claim', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const form = await readForm(c);
    const values = { code: str(form, 'code') };
    try {
      await referrals.claimByCode(c.get('deps'), c.get('actor'), values, deviceOf(c));
      flash(c, 'referrals.claim.done');
      return c.redirect('/referrals', 303);
    } catch (e) {
      const f = failure(c, e, values);
      return page(c, f.state, f.status);
    }
  });

  // Passing a job on: the form from the job's page, the offer, and the fellow's answer.
  const passPage = async (c: Ctx, state?: FormState, status = 200) => {
    const form = await passOn.passOnForm(c.get('deps'), c.get('actor'), c.req.param('id') ?? '');
    return render(c, <PassOnPage ctx={pageCtx(c)} form={form} state={state} />, status);
  };
  app.get('/jobs/:id/pass-on', async (c) => (c.get('actor') ? passPage(c) : toLogIn(c)));
  app.post('/jobs/:id/pass-on', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const form = await readForm(c);
    const values = { handle: str(form, 'handle'), percent: str(form, 'percent'), note: str(form, 'note') };
    try {
      await passOn.passJobOn(c.get('deps'), c.get('actor'), c.req.param('id'), values);
      flash(c, 'referrals.passed.offered');
      return c.redirect('/referrals#passed', 303);
    } catch (e) {
      const f = failure(c, e, values);
      return passPage(c, f.state, f.status);
    }
  });
  for (const answer of ['accept', 'decline', 'withdraw'] as const)
    app.post(`/referrals/passed/:id/${answer}`, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const { status } = await passOn.answerPassOn(c.get('deps'), c.get('actor'), c.req.param('id'), answer);
      flash(c, `referrals.passed.${status}`);
      return c.redirect('/referrals#passed', 303);
    });

  const adminPage = async (c: Ctx, state?: FormState, status = 200) => {
    const pool = await referrals.poolView(c.get('deps').db, c.get('actor'));
    return render(c, <AdminReferralsPage ctx={pageCtx(c)} pool={pool} fundKey={newIdempotencyKey()} state={state} />, status);
  };
  app.get('/admin/referrals', async (c) => (c.get('actor') ? adminPage(c) : toLogIn(c)));
  app.post('/admin/referrals/reward', async (c) => {
    const form = await readForm(c);
    const values = { reward: str(form, 'reward') };
    try {
      await referrals.setReward(c.get('deps'), c.get('actor'), values);
      flash(c, 'referrals.admin.reward_saved');
      return c.redirect('/admin/referrals', 303);
    } catch (e) {
      const f = failure(c, e, values);
      return adminPage(c, f.state, f.status);
    }
  });
  app.post('/admin/referrals/fund', async (c) => {
    const form = await readForm(c);
    const values = { amount: str(form, 'amount'), note: str(form, 'note') };
    try {
      await referrals.fundPool(c.get('deps'), c.get('actor'), values, str(form, 'idempotency_key'));
      flash(c, 'referrals.admin.funded');
      return c.redirect('/admin/referrals', 303);
    } catch (e) {
      const f = failure(c, e, values);
      return adminPage(c, f.state, f.status);
    }
  });
}
