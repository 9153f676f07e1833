// STUB (coordinator, issue 21): the associations helper fills this in.
import type { App } from '../platform/http.ts';

export function mountAssociations(_app: App): void {}
