// /search and the category pages /c/<slug>: thin routes over search() in service.ts, the same use
// case GET /api/v1/search calls. Plain GET forms, so they work with JavaScript off and every page
// of results has its own address.
import type { FieldErrors } from '../platform/errors.ts';
import { AppError } from '../platform/errors.ts';
import type { App, Ctx } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { type HomeGig, newestGigs } from '../home/service.ts';
import { SKILL_CATEGORIES } from '../taxonomy/data.ts';
import { type SearchResult, search } from './service.ts';
import { SearchPage, type SearchValues } from './views.tsx';

/** How many of the newest gigs a search that finds nothing shows. */
const NEWEST_ON_EMPTY = 4;

async function run(c: Ctx, values: SearchValues): Promise<{ result: SearchResult | null; errors: FieldErrors; status: number; newest: HomeGig[] }> {
  try {
    const result = await search(c.get('deps'), c.get('actor'), values);
    // A search with words that found nothing shows the newest gigs (see views.tsx NoResults).
    const newest = result.suggestions ? await newestGigs(c.get('deps').db, NEWEST_ON_EMPTY) : [];
    return { result, errors: {}, status: 200, newest };
  } catch (e) {
    // Bad filters re-show the form with the person's input; a bad cursor is an error page.
    if (e instanceof AppError && e.code === 'validation.failed') return { result: null, errors: e.fields, status: 400, newest: [] };
    throw e;
  }
}

export function mountSearch(app: App): void {
  app.get('/search', async (c) => {
    const values: SearchValues = c.req.query();
    const { result, errors, status, newest } = await run(c, values);
    const ctx = pageCtx(c);
    return render(c, <SearchPage ctx={ctx} action="/search" title={ctx.t('search.title')} values={values} errors={errors} result={result} newest={newest} />, status);
  });

  app.get('/c/:slug', async (c) => {
    const category = SKILL_CATEGORIES.find((x) => x.slug === c.req.param('slug'));
    if (!category) throw new AppError('not_found');
    const values: SearchValues = { ...c.req.query(), type: 'gig', category: category.slug };
    const { result, errors, status, newest } = await run(c, values);
    const ctx = pageCtx(c);
    return render(
      c,
      <SearchPage
        ctx={ctx}
        action={`/c/${category.slug}`}
        title={category[ctx.locale]}
        lead={ctx.t('search.category_lead', { category: category[ctx.locale] })}
        values={values}
        errors={errors}
        result={result}
        fixedCategory={category.slug}
        newest={newest}
      />,
      status,
    );
  });
}
