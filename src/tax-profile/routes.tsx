// STUB (coordinator, issue 19): the tax-profile helper fills this in.
import type { App } from '../platform/http.ts';

export function mountTaxProfile(_app: App): void {}
