// Mounts the JSON API (/api/v1/*), its OpenAPI document (/api/openapi.json) and the readable
// API page (/api), all from the one list of endpoints in registry.ts.
import { sendText } from '../platform/compression.ts';
import type { App } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { endpoints } from './registry.ts';
import { mountEndpoints, openApiDocument } from './openapi.ts';
import { ApiPage } from './views.tsx';

export function mountApi(app: App): void {
  let document: string | undefined;
  app.get('/api/openapi.json', (c) => {
    document ??= JSON.stringify(openApiDocument(endpoints, c.get('deps').config.baseUrl), null, 2);
    c.header('cache-control', 'public, max-age=300');
    return sendText(c, document, 'application/json; charset=utf-8');
  });
  app.get('/api', (c) => render(c, <ApiPage ctx={pageCtx(c)} endpoints={endpoints} baseUrl={c.get('deps').config.baseUrl} />));
  mountEndpoints(app, endpoints);
}
