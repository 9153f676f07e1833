// Kysely's view of the referrals tables (src/db/migrations/0067_referrals.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Currency } from '../platform/money.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Minor = ColumnType<string, string | bigint, string | bigint>;

export type ReferralStatus = 'pending' | 'rewarded' | 'no_reward';
export type NoRewardReason = 'shared_device' | 'same_person' | 'pool_short';
export type JobReferralStatus = 'offered' | 'agreed' | 'declined' | 'withdrawn';

export interface ReferralCodesTable {
  user_id: string;
  code: string;
  created_at: Timestamp;
}

export interface ReferralsTable {
  id: Generated<string>;
  referrer_id: string;
  referred_id: string;
  source: 'link' | 'code';
  status: ColumnType<ReferralStatus, ReferralStatus | undefined, ReferralStatus>;
  reason: NoRewardReason | null;
  order_id: string | null;
  reward_minor: ColumnType<string | null, string | bigint | null | undefined, string | bigint | null>;
  currency: 'PKR' | null;
  ledger_transaction_id: string | null;
  created_at: Timestamp;
  decided_at: Timestamp | null;
}

export interface ReferralDevicesTable {
  device_hash: string;
  user_id: string;
  seen_at: Timestamp;
}

export interface ReferralSettingsTable {
  id: ColumnType<number, number | undefined, never>;
  reward_minor: Minor;
  currency: ColumnType<'PKR', 'PKR' | undefined, 'PKR'>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface JobReferralsTable {
  id: Generated<string>;
  job_id: string;
  referrer_id: string;
  referee_id: string;
  fee_bps: number;
  note: ColumnType<string, string | undefined, string>;
  status: ColumnType<JobReferralStatus, JobReferralStatus | undefined, JobReferralStatus>;
  created_at: Timestamp;
  decided_at: Timestamp | null;
}

export interface ReferralFeesTable {
  order_id: string;
  job_referral_id: string;
  amount_minor: Minor;
  currency: Currency;
  ledger_transaction_id: string;
  created_at: Timestamp;
}

export interface ReferralTables {
  referral_codes: ReferralCodesTable;
  referrals: ReferralsTable;
  referral_devices: ReferralDevicesTable;
  referral_settings: ReferralSettingsTable;
  job_referrals: JobReferralsTable;
  referral_fees: ReferralFeesTable;
}
