// STUB (coordinator, issue 21): the associations helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const associationsEndpoints: readonly Endpoint[] = [];
