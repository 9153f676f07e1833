// The community hub: one door to each part of the community (issue 21), with how much is behind it.
// Plain links; nothing here needs JavaScript.
import { Layout, type PageCtx } from '../platform/layout.tsx';
import type { CommunityCounts } from './service.ts';

interface Door {
  href: string;
  title: string;
  text: string;
  count?: string;
  more?: { href: string; label: string };
}

export function CommunityPage({ ctx, counts }: { ctx: PageCtx; counts: CommunityCounts }) {
  const { t } = ctx;
  const doors: Door[] = [
    { href: '/associations', title: t('community.associations'), text: t('community.associations.text'), count: t('community.associations.count', { n: counts.associations }) },
    { href: '/events', title: t('community.events'), text: t('community.events.text'), count: t('community.events.count', { n: counts.events }) },
    { href: '/forum', title: t('community.forum'), text: t('community.forum.text'), count: t('community.forum.count', { n: counts.threads }) },
    {
      href: '/legal',
      title: t('community.legal'),
      text: t('community.legal.text'),
      count: t('community.legal.count', { n: counts.faq }),
      more: { href: '/legal/faq', label: t('community.legal.faq') },
    },
    { href: '/spaces', title: t('community.spaces'), text: t('community.spaces.text'), count: t('community.spaces.count', { n: counts.spaces, cities: counts.spaceCities }) },
    { href: '/rates', title: t('community.rates'), text: t('community.rates.text') },
    { href: '/referrals', title: t('community.referrals'), text: t('community.referrals.text') },
  ];
  return (
    <Layout ctx={ctx} title={t('community.title')}>
      <h1>{t('community.title')}</h1>
      <p>{t('community.intro')}</p>
      <ul class="community-doors">
        {doors.map((d) => (
          <li class="card">
            <h2>
              <a href={d.href}>{d.title}</a>
            </h2>
            <p>{d.text}</p>
            {d.count || d.more ? (
              <p class="muted">
                {d.count}
                {d.count && d.more ? ' · ' : null}
                {d.more ? <a href={d.more.href}>{d.more.label}</a> : null}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
