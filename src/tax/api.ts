// STUB (coordinator, issue 19): the tax-core helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const taxEndpoints: readonly Endpoint[] = [];
