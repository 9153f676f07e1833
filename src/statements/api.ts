// STUB (coordinator, issue 19): the statements helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const statementsEndpoints: readonly Endpoint[] = [];
