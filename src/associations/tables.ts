// Kysely's view of the community's core tables (src/db/migrations/0060_community_core.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type JoinMode = 'open' | 'request';
export type AssociationStatus = 'active' | 'suspended';
export type MemberStatus = 'pending' | 'active' | 'left' | 'removed';
export type MemberRole = 'member' | 'officer';

export interface AssociationsTable {
  id: Generated<string>;
  slug: string;
  name_en: string | null;
  name_ur: string | null;
  about_en: string | null;
  about_ur: string | null;
  rules_en: string | null;
  rules_ur: string | null;
  city_slug: string | null;
  skill_slug: string | null;
  join_mode: ColumnType<JoinMode, JoinMode | undefined, JoinMode>;
  status: ColumnType<AssociationStatus, AssociationStatus | undefined, AssociationStatus>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  suspended_by: string | null;
  suspended_at: Timestamp | null;
  suspended_reason: string | null;
}

export interface AssociationMembersTable {
  association_id: string;
  user_id: string;
  status: MemberStatus;
  role: ColumnType<MemberRole, MemberRole | undefined, MemberRole>;
  in_directory: ColumnType<boolean, boolean | undefined, boolean>;
  requested_at: Timestamp;
  joined_at: Timestamp | null;
  ended_at: Timestamp | null;
  decided_by: string | null;
}

export interface CommunityCoreTables {
  associations: AssociationsTable;
  association_members: AssociationMembersTable;
}

// Announcements and dues (src/db/migrations/0061_association_announcements_and_dues.ts; src/associations).
export interface AssociationAnnouncementsTable {
  id: Generated<string>;
  association_id: string;
  author_id: string;
  title_en: string | null;
  title_ur: string | null;
  body_en: string | null;
  body_ur: string | null;
  created_at: Timestamp;
}

export interface AssociationDuesTable {
  association_id: string;
  amount_minor: ColumnType<string, bigint, bigint>;
  currency: 'PKR' | 'USD';
  day_of_month: number;
  set_by: string;
  set_at: Timestamp;
}

export type DuesChargeStatus = 'paid' | 'unpaid';

export interface AssociationDuesChargesTable {
  id: Generated<string>;
  association_id: string;
  user_id: string;
  /** The month the dues are for, YYYY-MM in Asia/Karachi. */
  period: string;
  amount_minor: ColumnType<string, bigint, bigint>;
  currency: 'PKR' | 'USD';
  status: DuesChargeStatus;
  ledger_transaction_id: string | null;
  first_tried_at: Timestamp;
  last_tried_at: Timestamp;
  paid_at: Timestamp | null;
}

export interface AssociationTables {
  association_announcements: AssociationAnnouncementsTable;
  association_dues: AssociationDuesTable;
  association_dues_charges: AssociationDuesChargesTable;
}
