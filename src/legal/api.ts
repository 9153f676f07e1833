// STUB (coordinator, issue 21): the legal helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const legalEndpoints: readonly Endpoint[] = [];
