// The baseline: a bare Hono hello-world on @hono/node-server, run as a child of bench/run.ts.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { onStopRequest, sendToParent } from './children.ts';

const app = new Hono().get('/', (c) => c.text('Hello'));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  sendToParent({ type: 'ready', url: `http://127.0.0.1:${info.port}` });
});
onStopRequest(() => new Promise<void>((resolve) => server.close(() => resolve())));
