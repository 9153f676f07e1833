// The Save button (on gig, job and profile pages) and the /saved page. Plain forms: saving works
// with JavaScript off and comes back to the page it was pressed on.
import { formatDate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import type { FavouriteKind } from './domain.ts';
import type { SavedItem } from './service.ts';

/**
 * "Save" or "Saved ✓ — remove" for a signed-in person (a POST form that returns to `next`, the
 * current page unless given); for a visitor, a link to log in that comes back here.
 */
export function SaveButton({ ctx, kind, id, saved, next }: { ctx: PageCtx; kind: FavouriteKind; id: string; saved: boolean; next?: string }) {
  const { t } = ctx;
  const back = next ?? ctx.path;
  if (!ctx.actor) {
    return (
      <p class="save-button">
        <a class="button small secondary" href={`/login?next=${encodeURIComponent(back)}`}>
          {t('favourites.log_in_to_save')}
        </a>
      </p>
    );
  }
  const action = `/saved/${kind}/${id}${saved ? '/remove' : ''}`;
  return (
    <form method="post" action={action} class="save-button">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="next" value={back} />
      <button type="submit" class={saved ? 'small' : 'secondary small'} aria-pressed={saved ? 'true' : 'false'}>
        {saved ? t('favourites.saved_remove') : t('favourites.save')}
      </button>
    </form>
  );
}

export function SavedPage({ ctx, items }: { ctx: PageCtx; items: SavedItem[] }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('favourites.title')} wide>
      <h1>{t('favourites.title')}</h1>
      <p>{t('favourites.intro')}</p>
      {items.length === 0 ? (
        <>
          <p class="muted">{t('favourites.empty')}</p>
          <p>
            <a href="/search">{t('favourites.browse')}</a>
          </p>
        </>
      ) : (
        <ul class="gig-list">
          {items.map((i) => (
            <li class="card">
              <h2 class="gig-list-title">
                <a href={i.url} dir="auto">
                  {i.title}
                </a>
              </h2>
              <p class="muted">
                {t(`favourites.kind.${i.kind}`)} · {t('favourites.saved_on', { date: formatDate(locale, i.savedAt) })}
              </p>
              <div class="actions">
                <SaveButton ctx={ctx} kind={i.kind} id={i.id} saved={true} next="/saved" />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
