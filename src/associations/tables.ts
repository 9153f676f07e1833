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
