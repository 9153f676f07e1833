// Profile pages: the public page /u/<handle>, /profile/edit and the portfolio manager under
// /profile/portfolio. Plain forms (JavaScript off), each re-shown with what was typed on an error.
import { credentialBadges } from '../credentials/service.ts';
import { isSaved } from '../favourites/service.ts';
import { inviteFreelancer, listMyJobs } from '../jobs/service.ts';
import { AppError } from '../platform/errors.ts';
import type { FormState } from '../platform/form-views.tsx';
import { handleForm, readFile, readForm } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as photos from './photos.ts';
import * as profiles from './service.ts';
import { personReviews } from '../reviews/service.ts';

/** How many reviews a profile shows before "More reviews". */
const PROFILE_REVIEWS = 5;
import { EditPage, type InviteBox, itemAsValues, PhotoPage, PortfolioItemPage, PortfolioPage, ProfilePage, profileAsValues } from './views.tsx';

const toLogIn = (c: Ctx, path: string) => c.redirect(`/login?next=${encodeURIComponent(path)}`, 303);

/** A public profile; a signed-in client looking at a freelancer also gets the invite-to-a-job box. */
async function profilePage(c: Ctx, handle: string, inviteForm?: FormState, status = 200) {
  const deps = c.get('deps');
  const actor = c.get('actor');
  const p = await profiles.getPublicProfile(deps, actor, handle);
  const saved = await isSaved(deps, actor, 'freelancer', p.userId);
  // Its level, rating and newest reviews (src/reviews).
  const reviews = await personReviews(deps, p.handle, { limit: PROFILE_REVIEWS });
  let invite: InviteBox | undefined;
  if (actor?.isClient && p.freelancer && !p.isOwner) {
    const open = (await listMyJobs(deps, actor)).filter((j) => j.status === 'open');
    invite = { jobs: open.map((j) => ({ id: j.id, title: j.title })), state: inviteForm ?? { values: {}, errors: {} } };
  }
  // Certificates as badges, with what was delivered in each skill since (src/credentials).
  const credentials = p.freelancer ? await credentialBadges(deps.db, p.userId) : undefined;
  return render(c, <ProfilePage ctx={pageCtx(c)} p={p} saved={saved} invite={invite} reviews={reviews} credentials={credentials} />, status);
}

async function editPage(c: Ctx, form?: FormState, status = 200) {
  const deps = c.get('deps');
  const [own, choices] = await Promise.all([profiles.getOwnProfile(deps, c.get('actor')), profiles.editChoices(deps.db)]);
  const state = form ?? { values: profileAsValues(own), errors: {} };
  return render(c, <EditPage ctx={pageCtx(c)} state={state} choices={choices} roles={{ freelancer: own.freelancer !== null, client: own.client !== null }} />, status);
}

async function portfolioPage(c: Ctx, form?: FormState, status = 200) {
  const deps = c.get('deps');
  const actor = c.get('actor');
  if (!actor?.isFreelancer) throw new AppError('auth.forbidden');
  const own = await profiles.getOwnProfile(deps, actor);
  return render(c, <PortfolioPage ctx={pageCtx(c)} items={own.freelancer?.portfolio ?? []} handle={own.handle} state={form ?? { values: {}, errors: {} }} />, status);
}

async function itemPage(c: Ctx, id: string, form?: FormState, status = 200, upload?: FormState) {
  const item = await profiles.getPortfolioItem(c.get('deps'), c.get('actor'), id);
  const state = form ?? { values: itemAsValues(item), errors: {} };
  return render(c, <PortfolioItemPage ctx={pageCtx(c)} id={id} state={state} images={item.images} upload={upload} />, status);
}

async function photoPage(c: Ctx, form?: FormState, status = 200) {
  const deps = c.get('deps');
  const [own, profile] = await Promise.all([photos.getOwnPhoto(deps, c.get('actor')), profiles.getOwnProfile(deps, c.get('actor'))]);
  return render(c, <PhotoPage ctx={pageCtx(c)} own={own} initials={profile.initials} name={profile.displayName} state={form} />, status);
}

export function mountProfiles(app: App): void {
  app.get('/u/:handle', (c) => profilePage(c, c.req.param('handle')));

  // A client invites the freelancer to one of their open jobs (jobs.inviteFreelancer does the work).
  app.post('/u/:handle/invite', async (c) => {
    const handle = c.req.param('handle');
    if (!c.get('actor')) return toLogIn(c, `/u/${handle}`);
    const values = await readForm(c);
    try {
      await inviteFreelancer(c.get('deps'), c.get('actor'), typeof values.job === 'string' ? values.job : '', { handle });
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      // A job that is not one of the client's own (or none chosen) is a wrong choice in the form.
      const fields = e.code === 'not_found' ? { job: { key: 'field.choose' } } : e.fields;
      const message = e.code === 'not_found' || e.code === 'validation.failed' ? undefined : c.get('t')(`errors.${e.code}`, e.params);
      return profilePage(c, handle, { values, errors: fields, message }, e.code === 'not_found' ? 400 : e.status);
    }
    flash(c, 'jobs.flash.invited');
    return c.redirect(`/u/${encodeURIComponent(handle)}#invite-title`, 303);
  });

  app.get('/profile', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile');
    const own = await profiles.getOwnProfile(c.get('deps'), c.get('actor'));
    return c.redirect(`/u/${own.handle}`, 303);
  });

  app.get('/profile/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/edit');
    return editPage(c);
  });

  app.post('/profile/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/edit');
    const deps = c.get('deps');
    return handleForm(
      c,
      async (values) => {
        await profiles.updateProfile(deps, c.get('actor'), values);
        const own = await profiles.getOwnProfile(deps, c.get('actor'));
        flash(c, 'profiles.saved');
        return c.redirect(`/u/${own.handle}`, 303);
      },
      (form, status) => editPage(c, form, status),
    );
  });

  app.get('/profile/portfolio', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/portfolio');
    return portfolioPage(c);
  });

  app.post('/profile/portfolio', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/portfolio');
    return handleForm(
      c,
      async (values) => {
        await profiles.addPortfolioItem(c.get('deps'), c.get('actor'), values);
        flash(c, 'profiles.portfolio.added');
        return c.redirect('/profile/portfolio', 303);
      },
      (form, status) => portfolioPage(c, form, status),
    );
  });

  app.get('/profile/portfolio/:id/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/portfolio');
    return itemPage(c, c.req.param('id'));
  });

  app.post('/profile/portfolio/:id/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/portfolio');
    const id = c.req.param('id');
    return handleForm(
      c,
      async (values) => {
        await profiles.updatePortfolioItem(c.get('deps'), c.get('actor'), id, values);
        flash(c, 'profiles.portfolio.updated');
        return c.redirect('/profile/portfolio', 303);
      },
      // Someone else's item (or none) is not re-shown as a form: that error goes to the error page.
      async (form, status) => {
        if (status === 403 || status === 404) throw new AppError(status === 403 ? 'auth.forbidden' : 'not_found');
        return itemPage(c, id, form, status);
      },
    );
  });

  app.post('/profile/portfolio/:id/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/portfolio');
    await profiles.deletePortfolioItem(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'profiles.portfolio.deleted');
    return c.redirect('/profile/portfolio', 303);
  });

  // The photo (src/profiles/photos.ts), shown only when the person chose to show a photo.
  app.get('/profile/photo', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/photo');
    return photoPage(c);
  });

  acceptUploads(app, '/profile/photo');
  app.post('/profile/photo', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/photo');
    return handleForm(
      c,
      async () => {
        await photos.setProfilePhoto(c.get('deps'), c.get('actor'), await readFile(c, 'photo'));
        flash(c, 'media.flash.photo_saved');
        return c.redirect('/profile/photo', 303);
      },
      (form, status) => photoPage(c, form, status),
    );
  });

  app.post('/profile/photo/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/photo');
    await photos.removeProfilePhoto(c.get('deps'), c.get('actor'));
    flash(c, 'media.flash.photo_removed');
    return c.redirect('/profile/photo', 303);
  });

  // Portfolio images, managed on the item's edit page.
  acceptUploads(app, '/profile/portfolio/:id/images');
  app.post('/profile/portfolio/:id/images', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/portfolio');
    const id = c.req.param('id');
    return handleForm(
      c,
      async () => {
        await photos.addPortfolioImage(c.get('deps'), c.get('actor'), id, await readFile(c, 'image'));
        flash(c, 'media.flash.image_added');
        return c.redirect(`/profile/portfolio/${id}/edit`, 303);
      },
      async (form, status) => {
        if (status === 403 || status === 404) throw new AppError(status === 403 ? 'auth.forbidden' : 'not_found');
        return itemPage(c, id, undefined, status, form);
      },
    );
  });

  app.post('/profile/portfolio/:id/images/:key/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/portfolio');
    const id = c.req.param('id');
    await photos.removePortfolioImage(c.get('deps'), c.get('actor'), id, c.req.param('key'));
    flash(c, 'media.flash.image_removed');
    return c.redirect(`/profile/portfolio/${id}/edit`, 303);
  });

  app.post('/profile/portfolio/:id/move', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/profile/portfolio');
    const body = await c.req.parseBody();
    const direction = body.direction === 'up' ? 'up' : 'down';
    await profiles.movePortfolioItem(c.get('deps'), c.get('actor'), c.req.param('id'), direction);
    flash(c, 'profiles.portfolio.moved');
    return c.redirect('/profile/portfolio', 303);
  });
}
