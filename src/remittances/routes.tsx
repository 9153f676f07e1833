// STUB (coordinator, issue 19): the remittances helper fills this in.
import type { App } from '../platform/http.ts';

export function mountRemittances(_app: App): void {}
