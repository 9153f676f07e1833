// STUB (coordinator, issue 20): the assessments helper fills this in.
import type { App } from '../platform/http.ts';

export function mountAssessments(_app: App): void {}
