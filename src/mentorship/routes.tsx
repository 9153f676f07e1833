// STUB (coordinator, issue 20): the mentorship helper fills this in.
import type { App } from '../platform/http.ts';

export function mountMentorship(_app: App): void {}
