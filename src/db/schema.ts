// Kysely's view of the tables (see migrations/). Keep in step with each new migration.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { FavouriteTables } from '../favourites/tables.ts';
import type { GigTables } from '../gigs/tables.ts';
import type { JobTables } from '../jobs/tables.ts';
import type { MediaTables } from '../media/tables.ts';
import type { MessageTables } from '../messages/tables.ts';
import type { NotificationTables } from '../notifications/tables.ts';
import type { LedgerTables } from '../ledger/tables.ts';
import type { LiveTables } from '../live/tables.ts';
import type { PayoutTables } from '../payouts/tables.ts';
import type { TaxTables } from '../tax/tables.ts';
import type { AcademyTables } from '../academy/tables.ts';
import type { EventTables } from '../events/tables.ts';
import type { AssociationTables, CommunityCoreTables } from '../associations/tables.ts';
import type { LegalTables } from '../legal/tables.ts';
import type { AssessmentTables } from '../assessments/tables.ts';
import type { CredentialTables } from '../credentials/tables.ts';
import type { MentorshipTables } from '../mentorship/tables.ts';
import type { SpaceTables } from '../spaces/tables.ts';
import type { VerifyTables } from '../verify/tables.ts';
import type { RemittanceTables } from '../remittances/tables.ts';
import type { OrderTables } from '../orders/tables.ts';
import type { RatesTables } from '../rates/tables.ts';
import type { ReferralTables } from '../referrals/tables.ts';
import type { PaymentTables } from '../payments/tables.ts';
import type { ProfileColumns, ProfileTables } from '../profiles/tables.ts';
import type { ReceiptTables } from '../receipts/tables.ts';
import type { ReviewTables } from '../reviews/tables.ts';
import type { SearchTables } from '../search/tables.ts';
import type { DisputeTables } from '../disputes/tables.ts';
import type { ForumTables } from '../forum/tables.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  email_verified_at: Timestamp | null;
  password_hash: string;
  display_name: string;
  /** Public address /u/<handle>; given from the e-mail by a trigger when not set (0002). */
  handle: Generated<string>;
  phone: string | null;
  is_freelancer: Generated<boolean>;
  is_client: Generated<boolean>;
  is_admin: Generated<boolean>;
  locale: Generated<'en' | 'ur'>;
  /** IANA zone its owner reads times in (0035); Asia/Karachi unless chosen. */
  time_zone: Generated<string>;
  onboarding_step: string | null;
  onboarding_completed_at: Timestamp | null;
  /** As a freelancer: revealed ratings from clients, and the seller level (0042, src/reviews). */
  rating_sum: Generated<number>;
  rating_count: Generated<number>;
  seller_level: Generated<'new' | 'level_one' | 'level_two' | 'top_rated'>;
  seller_level_at: Timestamp | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  user_agent: string;
  ip: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export type EmailTokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

export interface EmailTokensTable {
  id: Generated<string>;
  user_id: string;
  purpose: EmailTokenPurpose;
  token_hash: string;
  new_email: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface AccessTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  locale: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  transport: Generated<string>;
  /** Extra headers of the mail (List-Unsubscribe...), kept for /dev/mail (0041). */
  headers: ColumnType<Record<string, string> | null, string | null | undefined, string | null>;
}

export interface AuditEventsTable {
  id: Generated<string>;
  actor_id: string | null;
  kind: string;
  subject_id: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  ip: string | null;
  created_at: CreatedAt;
}

export interface CitiesTable {
  slug: string;
  name_en: string;
  name_ur: string;
  province: string;
}

export interface SkillCategoriesTable {
  slug: string;
  name_en: string;
  name_ur: string;
  position: number;
  /** Every spelling of the name, for search (0036). */
  search_names: Generated<string>;
}

export interface SkillsTable {
  slug: string;
  category_slug: string;
  name_en: string;
  name_ur: string;
  roman_ur: string[];
  /** Every spelling of the name, for search (0036). */
  search_names: Generated<string>;
}

export type PayoutMethod = 'bank' | 'jazzcash' | 'easypaisa' | 'payoneer';

export interface ProfilesTable extends ProfileColumns {
  user_id: string;
  main_category: string | null;
  city_slug: string | null;
  languages: Generated<string[]>;
  payout_method: PayoutMethod | null;
  show_photo: Generated<boolean>;
  show_city: Generated<boolean>;
  client_needs: string | null;
  headline: string | null;
  country: Generated<string>;
  updated_at: DefaultedTimestamp;
}

// Each feature that owns tables declares them in its own tables.ts.
export interface Database extends ProfileTables, GigTables, JobTables, SearchTables, FavouriteTables, LedgerTables, PayoutTables, OrderTables, MediaTables, PaymentTables, ReceiptTables, ReviewTables, NotificationTables, LiveTables, DisputeTables, MessageTables, TaxTables, VerifyTables, RemittanceTables, AcademyTables, MentorshipTables, CredentialTables, AssessmentTables, CommunityCoreTables, LegalTables, SpaceTables, AssociationTables, EventTables {
  users: UsersTable;
  sessions: SessionsTable;
  email_tokens: EmailTokensTable;
  access_tokens: AccessTokensTable;
  rate_limits: RateLimitsTable;
  mail_outbox: MailOutboxTable;
  audit_events: AuditEventsTable;
  cities: CitiesTable;
  skill_categories: SkillCategoriesTable;
  skills: SkillsTable;
  profiles: ProfilesTable;
}

// The forum's tables (issue 21), merged into Database on lines of their own.
export interface Database extends ForumTables {}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type Profile = Selectable<ProfilesTable>;

// Market rates and referrals (issue 21): their tables, merged into Database here so the line above stays as it was.
export interface Database extends RatesTables, ReferralTables {}
