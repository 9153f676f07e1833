// Numbered, forward-only migrations, listed here so the migrator needs no file-system scan.
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_profiles.ts';
import * as m0003 from './0003_gigs.ts';
import * as m0004 from './0004_jobs.ts';
import * as m0005 from './0005_search.ts';
import * as m0006 from './0006_search_jobs.ts';
import * as m0007 from './0007_favourites.ts';
import * as m0008 from './0008_media.ts';
import * as m0009 from './0009_marketplace_followups.ts';
import * as m0010 from './0010_search_speed.ts';
import * as m0011 from './0011_ledger.ts';
import * as m0012 from './0012_orders.ts';
import * as m0013 from './0013_payments.ts';
import * as m0014 from './0014_payouts.ts';
import * as m0015 from './0015_receipts.ts';
import * as m0016 from './0016_contracts.ts';
import * as m0017 from './0017_ledger_post.ts';
import * as m0018 from './0018_search_filters.ts';
import * as m0019 from './0019_withdrawal_cancel.ts';
import * as m0020 from './0020_search_postings.ts';
import * as m0021 from './0021_ledger_account_identity.ts';
import * as m0022 from './0022_gig_seller_city.ts';
import * as m0023 from './0023_gig_postings_price.ts';
import * as m0024 from './0024_ledger_post_arrays.ts';
import * as m0025 from './0025_ledger_post_generic_plans.ts';
import * as m0026 from './0026_check_constant_arrays.ts';
import * as m0027 from './0027_ledger_claim_key.ts';
import * as m0028 from './0028_gig_postings_city.ts';
import * as m0029 from './0029_freelancer_postings_city.ts';
import * as m0030 from './0030_contract_plan_check.ts';
import * as m0032 from './0032_withdrawal_source.ts';
import * as m0035 from './0035_time_zone_and_billing.ts';
import * as m0036 from './0036_search_documents.ts';
import * as m0037 from './0037_fuzzystrmatch.ts';
import * as m0038 from './0038_search_documents_faster.ts';
import * as m0039 from './0039_messages.ts';
import * as m0043 from './0043_disputes_and_delivery_files.ts';
import * as m0044 from './0044_check_constant_arrays_again.ts';
import * as m0045 from './0045_live_events_at_commit.ts';
import * as m0046 from './0046_tax.ts';
import * as m0048 from './0048_tax_profile_ntn_is_cnic.ts';
import * as m0056 from './0056_credentials_certified_index.ts';
import * as m0060 from './0060_community_core.ts';
import * as m0057 from './0057_receipts_certificates.ts';
import * as m0058 from './0058_lesson_attachments.ts';
import * as m0062 from './0062_association_events.ts';
import * as m0061 from './0061_association_announcements_and_dues.ts';
import * as m0063 from './0063_forum.ts';
import * as m0065 from './0065_spaces.ts';
import * as m0059 from './0059_mentoring_suspension_and_contests.ts';
import * as m0064 from './0064_legal.ts';
import * as m0066 from './0066_association_min_rates.ts';
import * as m0067 from './0067_referrals.ts';
import * as m0071 from './0071_event_edits_and_feed_keys.ts';
import * as m0070 from './0070_space_photos_and_hiding.ts';
import * as m0050 from './0050_academy_and_roles.ts';
import * as m0052 from './0052_quizzes_and_projects.ts';
import * as m0053 from './0053_credentials.ts';
import * as m0054 from './0054_mentorship.ts';
import * as m0049 from './0049_tax_reminders.ts';
import * as m0040 from './0040_live_events.ts';
import * as m0041 from './0041_notifications.ts';
import * as m0031 from './0031_fx_initial_and_estimate_rates.ts';
import * as m0033 from './0033_gig_slugs.ts';
import * as m0042 from './0042_reviews.ts';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_profiles': m0002,
  '0003_gigs': m0003,
  '0004_jobs': m0004,
  '0005_search': m0005,
  '0006_search_jobs': m0006,
  '0007_favourites': m0007,
  '0008_media': m0008,
  '0009_marketplace_followups': m0009,
  '0010_search_speed': m0010,
  '0011_ledger': m0011,
  '0012_orders': m0012,
  '0013_payments': m0013,
  '0014_payouts': m0014,
  '0015_receipts': m0015,
  '0016_contracts': m0016,
  '0017_ledger_post': m0017,
  '0018_search_filters': m0018,
  '0019_withdrawal_cancel': m0019,
  '0020_search_postings': m0020,
  '0021_ledger_account_identity': m0021,
  '0022_gig_seller_city': m0022,
  '0023_gig_postings_price': m0023,
  '0024_ledger_post_arrays': m0024,
  '0025_ledger_post_generic_plans': m0025,
  '0026_check_constant_arrays': m0026,
  '0027_ledger_claim_key': m0027,
  '0028_gig_postings_city': m0028,
  '0029_freelancer_postings_city': m0029,
  '0030_contract_plan_check': m0030,
  '0032_withdrawal_source': m0032,
  '0035_time_zone_and_billing': m0035,
  '0031_fx_initial_and_estimate_rates': m0031,
  '0033_gig_slugs': m0033,
  '0036_search_documents': m0036,
  '0037_fuzzystrmatch': m0037,
  '0038_search_documents_faster': m0038,
  '0039_messages': m0039,
  '0043_disputes_and_delivery_files': m0043,
  '0044_check_constant_arrays_again': m0044,
  '0045_live_events_at_commit': m0045,
  '0040_live_events': m0040,
  '0041_notifications': m0041,
  '0042_reviews': m0042,
  '0046_tax': m0046,
  '0048_tax_profile_ntn_is_cnic': m0048,
  '0049_tax_reminders': m0049,
  '0050_academy_and_roles': m0050,
  '0052_quizzes_and_projects': m0052,
  '0053_credentials': m0053,
  '0054_mentorship': m0054,
  '0056_credentials_certified_index': m0056,
  '0060_community_core': m0060,
  '0057_receipts_certificates': m0057,
  '0058_lesson_attachments': m0058,
  '0062_association_events': m0062,
  '0061_association_announcements_and_dues': m0061,
  '0063_forum': m0063,
  '0065_spaces': m0065,
  '0059_mentoring_suspension_and_contests': m0059,
  '0064_legal': m0064,
  '0066_association_min_rates': m0066,
  '0067_referrals': m0067,
  '0071_event_edits_and_feed_keys': m0071,
  '0070_space_photos_and_hiding': m0070,
};
