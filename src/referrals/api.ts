// STUB (coordinator, issue 21): the referrals helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const referralsEndpoints: readonly Endpoint[] = [];
