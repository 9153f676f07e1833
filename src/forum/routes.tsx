// STUB (coordinator, issue 21): the forum helper fills this in.
import type { App } from '../platform/http.ts';

export function mountForum(_app: App): void {}
