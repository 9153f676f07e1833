// The admin area's sections. A feature with admin pages adds one line here, so /admin lists it.
// Every admin page and endpoint also checks requireAdmin in its service: this list is navigation,
// not protection.
export interface AdminSection {
  /** Where its pages start, under /admin/. */
  href: string;
  /** i18n keys of its name and one-line description. */
  title: string;
  description: string;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [{ href: '/admin/payouts', title: 'payouts.admin.section', description: 'payouts.admin.section_description' },
  { href: '/admin/payments', title: 'payments.admin.title', description: 'payments.admin.description' },
  { href: '/admin/fx', title: 'fx.admin.title', description: 'fx.admin.description' },
  { href: '/admin/reports', title: 'messages.admin.section', description: 'messages.admin.section_description' },
  { href: '/admin/disputes', title: 'disputes.admin.title', description: 'disputes.admin.description' },
  { href: '/admin/tax-profiles', title: 'tax_profile.admin.section', description: 'tax_profile.admin.section_description' },
  { href: '/admin/roles', title: 'academy.roles.title', description: 'academy.roles.section_description' },
  { href: '/admin/mentors', title: 'mentorship.admin.title', description: 'mentorship.admin.description' },
  { href: '/admin/credentials/outside', title: 'credentials.outside.queue.title', description: 'credentials.outside.queue.description' },
  { href: '/admin/referrals', title: 'referrals.admin.title', description: 'referrals.admin.section_description' },
];
