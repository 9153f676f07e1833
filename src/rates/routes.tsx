// STUB (coordinator, issue 21): the rates helper fills this in.
import type { App } from '../platform/http.ts';

export function mountRates(_app: App): void {}
