// STUB (coordinator, issue 21): the referrals helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const referralsMessages = defineMessages({}, {});
