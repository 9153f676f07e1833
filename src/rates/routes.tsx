// Market rates' pages: /rates (overview, or ?skill=&city=) and /rates/associations/:slug (an
// association's recommended minimums; officers change them). Thin: read, call the service, render.
import { AppError } from '../platform/errors.ts';
import type { FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as rates from './service.ts';
import { MinimumsPage, RatesOverviewPage, RatesSkillPage } from './views.tsx';

const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const slugOf = (c: Ctx) => c.req.param('slug') ?? '';

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.forbidden' || e.code === 'auth.required') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

export function mountRates(app: App): void {
  app.get('/rates', async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor');
    const values = { skill: c.req.query('skill') ?? '', city: c.req.query('city') ?? '' };
    if (!values.skill && !values.city) return render(c, <RatesOverviewPage ctx={pageCtx(c)} state={{ values, errors: {} }} overview={await rates.ratesOverview(deps)} />);
    try {
      const r = await rates.marketRates(deps, values);
      const [mine, officerOf] = actor ? await Promise.all([actor.isFreelancer ? rates.myGigsInSkill(deps.db, actor.userId, r.skill) : [], rates.officerAssociations(deps.db, actor.userId)]) : [[], []];
      return render(c, <RatesSkillPage ctx={pageCtx(c)} state={{ values, errors: {} }} r={r} mine={mine} officerOf={officerOf} />);
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <RatesOverviewPage ctx={pageCtx(c)} state={f.state} overview={await rates.ratesOverview(deps)} />, f.status);
    }
  });

  const minimumsPage = async (c: Ctx, state: FormState = { values: {}, errors: {} }, status = 200) => {
    const deps = c.get('deps');
    const a = await rates.associationForRates(deps.db, c.get('actor'), slugOf(c));
    return render(c, <MinimumsPage ctx={pageCtx(c)} a={a} list={await rates.minimumsOfAssociation(deps.db, a.id)} state={state} />, status);
  };
  app.get('/rates/associations/:slug', (c) => minimumsPage(c));
  app.post('/rates/associations/:slug', async (c) => {
    const form = await readForm(c);
    const values = { skill: str(form, 'skill'), order: str(form, 'order'), hourly: str(form, 'hourly') };
    try {
      const r = await rates.setMinimumRate(c.get('deps'), c.get('actor'), slugOf(c), values);
      flash(c, r.removed ? 'rates.officers.removed' : 'rates.officers.saved');
      return c.redirect(`/rates/associations/${slugOf(c)}`, 303);
    } catch (e) {
      const f = failure(c, e, values);
      return minimumsPage(c, f.state, f.status);
    }
  });
}
