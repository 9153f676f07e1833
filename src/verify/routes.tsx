// STUB (coordinator, issue 19): the statements/verify helper fills this in.
import type { App } from '../platform/http.ts';

export function mountVerify(_app: App): void {}
