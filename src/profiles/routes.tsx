import type { App } from '../platform/http.ts';

export function mountProfiles(_app: App): void {}
