// STUB (coordinator, issue 21): the spaces helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const spacesEndpoints: readonly Endpoint[] = [];
