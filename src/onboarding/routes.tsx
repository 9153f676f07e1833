import type { App } from '../platform/http.ts';

export function mountOnboarding(_app: App): void {}
