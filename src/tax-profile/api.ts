// STUB (coordinator, issue 19): the tax-profile helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const taxProfileEndpoints: readonly Endpoint[] = [];
