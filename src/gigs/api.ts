import type { Endpoint } from '../api/openapi.ts';

export const gigEndpoints: readonly Endpoint[] = [];
