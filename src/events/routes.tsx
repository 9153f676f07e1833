// STUB (coordinator, issue 21): the events helper fills this in.
import type { App } from '../platform/http.ts';

export function mountEvents(_app: App): void {}
