import type { App } from '../platform/http.ts';

export function mountApi(_app: App): void {}
