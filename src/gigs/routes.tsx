import type { App } from '../platform/http.ts';

export function mountGigs(_app: App): void {}
