// STUB (coordinator, issue 19): the tax-core helper fills this in.
import type { App } from '../platform/http.ts';

export function mountTax(_app: App): void {}
