// STUB (coordinator, issue 21): the forum helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const forumEndpoints: readonly Endpoint[] = [];
