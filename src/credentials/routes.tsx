// STUB (coordinator, issue 20): the credentials helper fills this in.
import type { App } from '../platform/http.ts';

export function mountCredentials(_app: App): void {}
