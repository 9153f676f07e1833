import type { Endpoint } from '../api/openapi.ts';

export const profileEndpoints: readonly Endpoint[] = [];
