// STUB (coordinator, issue 21): the spaces helper fills this in.
import type { App } from '../platform/http.ts';

export function mountSpaces(_app: App): void {}
