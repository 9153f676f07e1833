// STUB (coordinator, issue 19): the statements/verify helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const verifyEndpoints: readonly Endpoint[] = [];
