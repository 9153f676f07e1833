import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoop, percentile } from './open-loop.ts';

/** A server that answers every request after `sleepMs`, noting when each arrived and how many it held at once. */
async function sleepyServer(sleepMs: number, status = 200) {
  const arrivals: number[] = [];
  const paths: string[] = [];
  let open = 0;
  let maxOpen = 0;
  const server = http.createServer((req, res) => {
    arrivals.push(performance.now());
    paths.push(req.url ?? '');
    open += 1;
    maxOpen = Math.max(maxOpen, open);
    setTimeout(() => {
      open -= 1;
      res.writeHead(status, { 'content-type': 'text/plain' }).end('done');
    }, sleepMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, arrivals, paths, maxOpen: () => maxOpen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('openLoop', () => {
  it('sends at evenly spaced times while earlier answers are still on their way, cycling the paths', async () => {
    // 200 req/s is one every 5 ms; each answer takes 40 ms, so a closed loop on one connection
    // would send 25 in the second and hold one at a time.
    const server = await sleepyServer(40);
    servers.push(server);
    const r = await openLoop({ url: server.url, paths: ['/a', '/b', '/c'], rate: 200, seconds: 1 });

    expect(r.sent).toBe(200);
    expect(r.ok).toBe(200);
    expect(r.errors + r.non2xx).toBe(0);
    expect(server.arrivals).toHaveLength(200);
    expect(server.paths.slice(0, 4)).toEqual(['/a', '/b', '/c', '/a']);
    // About eight answers are pending at any time (40 ms ÷ 5 ms).
    expect(server.maxOpen()).toBeGreaterThanOrEqual(5);
    // Spread over the second, not bunched: the arrivals span about 995 ms, and the middle gap is about 5 ms.
    const span = server.arrivals.at(-1)! - server.arrivals[0]!;
    expect(span).toBeGreaterThan(900);
    expect(span).toBeLessThan(1300);
    const gaps = server.arrivals.slice(1).map((t, i) => t - server.arrivals[i]!).sort((x, y) => x - y);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThan(3);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(7);
    expect(r.achievedRate).toBeGreaterThan(0.95 * 200);
    // Every answer took the server's 40 ms, and no more than a little while the machine is idle.
    expect(percentile(r.latencies, 0)).toBeGreaterThanOrEqual(39);
    expect(percentile(r.latencies, 50)).toBeLessThan(80);
  });

  it('counts a request held up in the client from its scheduled time, not from when it could leave', async () => {
    const server = await sleepyServer(5);
    servers.push(server);
    // 100 req/s for 0.6 s; at 200 ms the process is blocked for 150 ms, so about 15 requests leave
    // late, at once. Measured from their actual send they look fast; from their schedule they waited.
    const block = setTimeout(() => {
      const until = performance.now() + 150;
      while (performance.now() < until) {}
    }, 200);
    const r = await openLoop({ url: server.url, paths: ['/'], rate: 100, seconds: 0.6 });
    clearTimeout(block);

    expect(r.sent).toBe(60);
    expect(r.ok).toBe(60);
    // Requests did not stop during the block: the ones due then were sent as soon as it ended.
    expect(percentile(r.sendLag, 100)).toBeGreaterThan(100);
    expect(percentile(r.latencies, 100)).toBeGreaterThan(100 + 5);
    // Counted from the schedule, the dozen requests due during the block waited; counted from their
    // send (what a closed loop reports), only the one or two in flight when it began did.
    const over = (xs: Float64Array, ms: number) => xs.filter((x) => x > ms).length;
    expect(over(r.latencies, 60)).toBeGreaterThanOrEqual(10);
    expect(over(r.serviceLatencies, 60)).toBeLessThanOrEqual(3);
    // The slowest answers were due while the process was blocked, from 0.2 s on.
    expect(r.slowest).toHaveLength(5);
    for (const x of r.slowest) expect(x.at_s).toBeGreaterThanOrEqual(0.19);
    for (const x of r.slowest) expect(x.at_s).toBeLessThan(0.36);
    // And the rate was kept over the run as a whole.
    expect(r.achievedRate).toBeGreaterThan(95);
  });

  it('stops at the count it is given, and counts non-2xx answers and failed connections apart', async () => {
    const failing = await sleepyServer(1, 503);
    servers.push(failing);
    const r = await openLoop({ url: failing.url, paths: ['/'], rate: 500, seconds: 5, maxRequests: 10 });
    expect(r.sent).toBe(10);
    expect(failing.arrivals).toHaveLength(10);
    expect(r.non2xx).toBe(10);
    expect(r.ok).toBe(0);
    expect(r.latencies).toHaveLength(0);

    // A port nobody listens on: every request is a connection error, and the run still ends.
    const gone = await sleepyServer(1);
    await gone.close();
    const down = await openLoop({ url: gone.url, paths: ['/'], rate: 100, seconds: 0.1 });
    expect(down.sent).toBe(10);
    expect(down.errors).toBe(10);
    expect(down.firstError).toMatch(/ECONNREFUSED/);
  });

  it('gives up on an answer that does not come within the timeout', async () => {
    const slow = await sleepyServer(2_000);
    servers.push(slow);
    const r = await openLoop({ url: slow.url, paths: ['/'], rate: 50, seconds: 0.1, timeoutMs: 100 });
    expect(r.sent).toBe(5);
    expect(r.errors).toBe(5);
    expect(r.firstError).toMatch(/no answer within 100 ms/);
  });
});
