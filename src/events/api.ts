// STUB (coordinator, issue 21): the events helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const eventsEndpoints: readonly Endpoint[] = [];
