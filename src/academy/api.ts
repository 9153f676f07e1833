// STUB (coordinator, issue 20): the academy helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const academyEndpoints: readonly Endpoint[] = [];
