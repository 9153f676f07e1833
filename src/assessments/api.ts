// STUB (coordinator, issue 20): the assessments helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const assessmentsEndpoints: readonly Endpoint[] = [];
