// Gig pages: thin handlers that reshape the form, call the service, and render or redirect.
// Form field names are the input's paths (packages.0.price, faqs.1.answer ...), so validation
// messages land next to the field that caused them.
import { credentialBadges } from '../credentials/service.ts';
import { isSaved } from '../favourites/service.ts';
import { feePolicy } from '../fees/service.ts';
import { readerCurrency } from '../fx/routes.tsx';
import { estimateCurrencies as fxEstimateCurrencies } from '../fx/service.ts';
import type { FieldErrors } from '../platform/errors.ts';
import { gigFormPriceNote } from '../rates/service.ts';
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, fieldErrors, handleForm, readFile, readForm } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { parseMoneyInput, toInputString } from '../platform/money.ts';
import { asciiDigits } from '../platform/text.ts';
import { listCategories, listSkills } from '../taxonomy/service.ts';
import { gigInput, isCurrency, LIMITS } from './domain.ts';
import * as images from './images.ts';
import * as gigs from './service.ts';
import { DeleteGigPage, GigFormPage, GigImagesPage, GigPage, MyGigsPage } from './views.tsx';
import { gigReviews, sellerStandings } from '../reviews/service.ts';

/** How many reviews a gig page shows before "More reviews". */
const GIG_PAGE_REVIEWS = 5;


const str = (v: FormValues, k: string): string => {
  const x = v[k];
  return typeof x === 'string' ? x : Array.isArray(x) ? (x[0] ?? '') : '';
};

/** A typed number, or the text itself so validation names it as invalid. */
function num(text: string): number | string | null {
  const s = asciiDigits(text).trim();
  if (s === '') return null;
  return /^-?[0-9]{1,6}$/.test(s) ? Number(s) : s;
}

/** Drops empty rows at the end (rows in the middle stay, so messages keep their field). */
function trimTrailing<T>(rows: T[], blank: (r: T) => boolean): T[] {
  let n = rows.length;
  while (n > 0 && blank(rows[n - 1] as T)) n--;
  return rows.slice(0, n);
}

/**
 * The form's flat fields as the service's input (the same shape as the API's JSON). Prices are
 * typed in major units ("1,500", "۱۵۰۰") and read here with the money module; a price that cannot
 * be read is refused together with every other field's message.
 */
export function formToInput(v: FormValues): Record<string, unknown> {
  const currencyText = str(v, 'currency') || 'PKR';
  const currency = isCurrency(currencyText) ? currencyText : null;
  const priceErrors: FieldErrors = {};
  const readPrice = (i: number, text: string) => {
    if (text === '') return null;
    if (!currency) return { amount: '1', currency: currencyText };
    const r = parseMoneyInput(text, currency);
    if (r.ok) return { amount: r.value.amount.toString(), currency };
    priceErrors[`packages.${i}.price`] = { key: r.key, ...(r.params ? { params: r.params } : {}) };
    return null;
  };
  const packages = trimTrailing(
    [0, 1, 2].map((i) => {
      const f = (k: string) => str(v, `packages.${i}.${k}`);
      const priceText = f('price').trim();
      return {
        blank: f('name').trim() === '' && f('description').trim() === '' && priceText === '' && f('delivery_days').trim() === '' && f('features').trim() === '',
        name: f('name'),
        description: f('description'),
        price: readPrice(i, priceText),
        delivery_days: num(f('delivery_days')),
        revisions: num(f('revisions')) ?? 0,
        features: f('features')
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
      };
    }),
    (p) => p.blank,
  ).map(({ blank: _blank, ...p }) => p);
  const faqs = trimTrailing(
    Array.from({ length: LIMITS.faqs }, (_, i) => ({ question: str(v, `faqs.${i}.question`), answer: str(v, `faqs.${i}.answer`) })),
    (r) => r.question.trim() === '' && r.answer.trim() === '',
  );
  const questions = trimTrailing(
    Array.from({ length: LIMITS.questions }, (_, i) => ({ question: str(v, `questions.${i}.question`), required: str(v, `questions.${i}.required`) === 'on' })),
    (r) => r.question.trim() === '',
  );
  const skills = v.skills === undefined ? [] : Array.isArray(v.skills) ? v.skills : [v.skills];
  const category = str(v, 'category_slug');
  const input = { title: str(v, 'title'), description: str(v, 'description'), category_slug: category === '' ? null : category, skills, currency: currencyText, packages, faqs, questions };
  if (Object.keys(priceErrors).length) {
    const r = gigInput.safeParse(input, { reportInput: true });
    throw new AppError('validation.failed', {}, { ...(r.success ? {} : fieldErrors(r.error)), ...priceErrors });
  }
  return input;
}

/** Errors on nested paths (packages.0.price.amount, skills.2) shown on their form field. */
export function formErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, e] of Object.entries(errors)) {
    const field = k.replace(/^(packages\.\d+\.(?:price|features))\..*$/, '$1').replace(/^skills\.\d+$/, 'skills');
    out[field] ??= e;
  }
  return out;
}

/** A saved gig as the form's fields. */
export function gigToForm(g: gigs.GigView): FormValues {
  const v: FormValues = {
    title: g.title,
    description: g.description,
    category_slug: g.category?.slug ?? '',
    skills: g.skills.map((s) => s.slug),
    currency: g.currency,
  };
  g.packages.forEach((p, i) => {
    v[`packages.${i}.name`] = p.name;
    v[`packages.${i}.description`] = p.description;
    v[`packages.${i}.price`] = p.price ? toInputString(p.price) : '';
    v[`packages.${i}.delivery_days`] = p.delivery_days === null ? '' : String(p.delivery_days);
    v[`packages.${i}.revisions`] = String(p.revisions);
    v[`packages.${i}.features`] = p.features.join('\n');
  });
  g.faqs.forEach((f, i) => {
    v[`faqs.${i}.question`] = f.question;
    v[`faqs.${i}.answer`] = f.answer;
  });
  g.questions.forEach((q, i) => {
    v[`questions.${i}.question`] = q.question;
    if (q.required) v[`questions.${i}.required`] = 'on';
  });
  return v;
}

async function formPage(c: Ctx, state: FormState, gig: { id: string; status: gigs.GigView['status'] } | null, status = 200, missing?: FieldErrors) {
  const db = c.get('deps').db;
  const [categories, skills] = await Promise.all([listCategories(db), listSkills(db)]);
  // Market rates (issue 21): how the typed price compares with the market and the freelancer's associations' minimums.
  const priceNote = await priceNoteOf(c, state);
  return render(c, <GigFormPage ctx={pageCtx(c)} state={state} categories={categories} skills={skills} gig={gig} missing={missing} priceNote={priceNote} />, status);
}

async function priceNoteOf(c: Ctx, state: FormState) {
  const actor = c.get('actor');
  if (!actor) return null;
  const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
  const prices = [0, 1, 2].map((i) => state.values[`packages.${i}.price`]).filter((p): p is string => typeof p === 'string');
  const currency = typeof state.values.currency === 'string' ? state.values.currency : 'PKR';
  return gigFormPriceNote(c.get('deps'), actor.userId, { skills: list(state.values.skills), prices, currency });
}

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);

export function mountGigs(app: App): void {
  app.get('/gigs', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const list = await gigs.listMyGigs(c.get('deps'), c.get('actor'));
    return render(c, <MyGigsPage ctx={pageCtx(c)} gigs={list} />);
  });

  app.get('/gigs/new', async (c) => {
    const actor = c.get('actor');
    if (!actor) return toLogIn(c);
    if (!actor.isFreelancer) throw new AppError('gig.freelancers_only');
    return formPage(c, { ...emptyForm, values: { 'packages.0.revisions': '1' } }, null);
  });

  // Create, then publish when asked: an incomplete gig is kept as a draft and its form shows what is missing.
  app.post('/gigs', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const deps = c.get('deps');
    let created: { id: string; slug: string };
    try {
      created = await gigs.createGig(deps, c.get('actor'), formToInput(values));
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'validation.failed') throw e;
      return formPage(c, { values, errors: formErrors(e.fields) }, null, e.status);
    }
    return afterSave(c, values, created.id, 'draft', 'gigs.flash.created');
  });

  app.get('/gigs/:id/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const gig = await gigs.getGigForOwner(c.get('deps'), c.get('actor'), c.req.param('id'));
    return formPage(c, { values: gigToForm(gig), errors: {} }, gig);
  });

  app.post('/gigs/:id/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const deps = c.get('deps');
    const ref = c.req.param('id');
    let saved: { id: string; status: gigs.GigView['status'] };
    try {
      saved = await gigs.updateGig(deps, c.get('actor'), ref, formToInput(values));
    } catch (e) {
      if (!(e instanceof AppError) || (e.code !== 'validation.failed' && e.code !== 'gig.incomplete')) throw e;
      const gig = await gigs.getGigForOwner(deps, c.get('actor'), ref);
      const errors = formErrors(e.fields);
      return formPage(c, { values, errors, message: e.code === 'gig.incomplete' ? c.get('t')('errors.gig.incomplete') : undefined }, gig, e.status, e.code === 'gig.incomplete' ? errors : undefined);
    }
    return afterSave(c, values, saved.id, saved.status, 'gigs.flash.updated');
  });

  async function afterSave(c: Ctx, values: FormValues, id: string, status: gigs.GigView['status'], savedKey: string) {
    if (values.intent === 'publish' && status === 'draft') {
      try {
        const done = await gigs.publishGig(c.get('deps'), c.get('actor'), id);
        flash(c, 'gigs.flash.published');
        return c.redirect(`/g/${done.slug}`, 303);
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'gig.incomplete') throw e;
        // The draft is saved; the form (now the edit form) lists what publishing still needs.
        const errors = formErrors(e.fields);
        return formPage(c, { values, errors }, { id, status: 'draft' }, e.status, errors);
      }
    }
    flash(c, savedKey);
    return c.redirect('/gigs', 303);
  }

  for (const [action, run, key] of [
    ['publish', gigs.publishGig, 'gigs.flash.published'],
    ['pause', gigs.pauseGig, 'gigs.flash.paused'],
    ['resume', gigs.resumeGig, 'gigs.flash.resumed'],
  ] as const) {
    app.post(`/gigs/:id/${action}`, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const deps = c.get('deps');
      const ref = c.req.param('id');
      try {
        await run(deps, c.get('actor'), ref);
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'gig.incomplete') throw e;
        const gig = await gigs.getGigForOwner(deps, c.get('actor'), ref);
        const errors = formErrors(e.fields);
        return formPage(c, { values: gigToForm(gig), errors }, gig, e.status, errors);
      }
      flash(c, key);
      return c.redirect('/gigs', 303);
    });
  }

  app.get('/gigs/:id/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const gig = await gigs.getGigForOwner(c.get('deps'), c.get('actor'), c.req.param('id'));
    return render(c, <DeleteGigPage ctx={pageCtx(c)} gig={gig} />);
  });

  app.post('/gigs/:id/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    await gigs.deleteGig(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'gigs.flash.deleted');
    return c.redirect('/gigs', 303);
  });

  // Images (src/gigs/images.ts): a page of their own, since the upload form is multipart.
  const imagesPage = async (c: Ctx, state?: FormState, status = 200) => {
    const deps = c.get('deps');
    const gig = await gigs.getGigForOwner(deps, c.get('actor'), c.req.param('id') ?? '');
    return render(c, <GigImagesPage ctx={pageCtx(c)} gig={gig} images={gig.images} state={state} />, status);
  };

  app.get('/gigs/:id/images', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return imagesPage(c);
  });

  acceptUploads(app, '/gigs/:id/images');
  app.post('/gigs/:id/images', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return handleForm(
      c,
      async () => {
        await images.addGigImage(c.get('deps'), c.get('actor'), c.req.param('id'), await readFile(c, 'image'));
        flash(c, 'media.flash.image_added');
        return c.redirect(`/gigs/${c.req.param('id')}/images`, 303);
      },
      (state, status) => imagesPage(c, state, status),
    );
  });

  app.post('/gigs/:id/images/:key/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    await images.removeGigImage(c.get('deps'), c.get('actor'), c.req.param('id'), c.req.param('key'));
    flash(c, 'media.flash.image_removed');
    return c.redirect(`/gigs/${c.req.param('id')}/images`, 303);
  });

  app.post('/gigs/:id/images/:key/move', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    await images.moveGigImage(c.get('deps'), c.get('actor'), c.req.param('id'), c.req.param('key'), values.direction === 'up' ? 'up' : 'down');
    flash(c, 'media.flash.image_moved');
    return c.redirect(`/gigs/${c.req.param('id')}/images`, 303);
  });

  app.get('/g/:slug', async (c) => {
    const slug = c.req.param('slug');
    const gig = await gigs.getPublicGig(c.get('deps'), c.get('actor'), slug).catch(async (e: unknown) => {
      // A former address (the gig was retitled, or had a random one before 0033): on to the current one.
      const moved = e instanceof AppError && e.code === 'not_found' ? await gigs.movedGigSlug(c.get('deps'), c.get('actor'), slug) : null;
      if (!moved) throw e;
      return moved;
    });
    if (typeof gig === 'string') return c.redirect(`/g/${gig}${new URL(c.req.url).search}`, 301);
    const reader = await readerCurrency(c, gig.currency);
    const [saved, rates, estimateCurrencies, reviews, standings, credentials] = await Promise.all([
      isSaved(c.get('deps'), c.get('actor'), 'gig', gig.id),
      gigs.readerRates(c.get('deps'), gig.currency, reader),
      fxEstimateCurrencies(c.get('deps').db),
      // The gig's newest reviews and the seller's level and rating (src/reviews).
      gigReviews(c.get('deps'), gig, { limit: GIG_PAGE_REVIEWS }),
      sellerStandings(c.get('deps').db, [gig.seller.id]),
      // The seller's certificates as badges (src/credentials).
      credentialBadges(c.get('deps').db, gig.seller.id),
    ]);
    return render(
      c,
      <GigPage ctx={pageCtx(c)} gig={gig} reader={reader} saved={saved} fees={feePolicy(c.get('deps'))} rates={rates} estimateCurrencies={estimateCurrencies} reviews={reviews} standing={standings.get(gig.seller.id)} credentials={credentials} />,
    );
  });
}
