// STUB (coordinator, issue 21): the referrals helper fills this in.
import type { App } from '../platform/http.ts';

export function mountReferrals(_app: App): void {}
