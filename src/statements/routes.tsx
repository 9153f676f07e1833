// STUB (coordinator, issue 19): the statements helper fills this in.
import type { App } from '../platform/http.ts';

export function mountStatements(_app: App): void {}
