// STUB (coordinator, issue 21): the legal helper fills this in.
import type { App } from '../platform/http.ts';

export function mountLegal(_app: App): void {}
