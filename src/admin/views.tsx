// The admin home: one link per section (sections.ts).
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { ADMIN_SECTIONS } from './sections.ts';

export function AdminHomePage({ ctx }: { ctx: PageCtx }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('admin.title')}>
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      {ADMIN_SECTIONS.length === 0 ? (
        <p class="muted">{t('admin.empty')}</p>
      ) : (
        <ul class="invites">
          {ADMIN_SECTIONS.map((s) => (
            <li>
              <a href={s.href}>{t(s.title)}</a> <span class="muted">— {t(s.description)}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
