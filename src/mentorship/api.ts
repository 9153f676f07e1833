// STUB (coordinator, issue 20): the mentorship helper fills this in.
import type { Endpoint } from '../api/openapi.ts';

export const mentorshipEndpoints: readonly Endpoint[] = [];
