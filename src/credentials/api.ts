// STUB (coordinator, issue 20): the credentials helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const credentialsEndpoints: readonly Endpoint[] = [];
