// Health, readiness and metrics for whoever runs the platform.
import type { Metrics } from './metrics.ts';
import type { App } from './http.ts';

export interface Readiness {
  /** Database reachable and every migration applied. */
  check(): Promise<boolean>;
  /** False once shutdown has begun, so a load balancer stops sending traffic. */
  accepting(): boolean;
}

export function mountOperations(app: App, opts: { metrics: Metrics; readiness: Readiness }): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const ok = opts.readiness.accepting() && (await opts.readiness.check().catch(() => false));
    return c.json({ status: ok ? 'ready' : 'not ready' }, ok ? 200 : 503);
  });
  app.get('/metrics', (c) => c.text(opts.metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }));
}
