// STUB (coordinator, issue 21): the rates helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const ratesEndpoints: readonly Endpoint[] = [];
