// STUB (coordinator, issue 19): the remittances helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const remittancesEndpoints: readonly Endpoint[] = [];
