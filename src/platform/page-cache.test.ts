import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Ctx } from './http.ts';
import { anonymousPage } from './page-cache.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page at `path` (the cache is shared by the process) cached for `ttlSeconds`, whose rendering takes 50 ms and says how many times it ran. */
function app(ttlSeconds: number, path: string) {
  let renders = 0;
  const server = new Hono();
  server.use(async (c, next) => {
    (c as unknown as Ctx).set('locale', 'en');
    await next();
  });
  server.get(path, (c) =>
    anonymousPage(c as unknown as Ctx, ttlSeconds, async () => {
      renders += 1;
      const n = renders;
      await sleep(50);
      return `<!doctype html><p>render ${n}</p>`;
    }),
  );
  return { server, renders: () => renders };
}

describe('the anonymous page cache', () => {
  it('serves a kept page without rendering it again', async () => {
    const { server, renders } = app(60, '/kept');
    expect(await (await server.request('/kept')).text()).toContain('render 1');
    expect(await (await server.request('/kept')).text()).toContain('render 1');
    expect(renders()).toBe(1);
  });

  it('renders an expired page once, however many visitors arrive meanwhile; they get the page as it was', async () => {
    const { server, renders } = app(0.3, '/expiring');
    await (await server.request('/expiring')).text();
    await sleep(350);
    const bodies = await Promise.all(Array.from({ length: 10 }, async () => (await server.request('/expiring')).text()));
    expect(renders()).toBe(2);
    expect(bodies.filter((b) => b.includes('render 2'))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes('render 1'))).toHaveLength(9);
    // Then the new page for everyone.
    expect(await (await server.request('/expiring')).text()).toContain('render 2');
  });
});
