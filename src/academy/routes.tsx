// STUB (coordinator, issue 20): the academy helper fills this in.
import type { App } from '../platform/http.ts';

export function mountAcademy(_app: App): void {}
