// An open-loop load generator over node:http (docs/decisions/0043). Requests leave at evenly spaced
// scheduled times, start + i × (1000 / rate) ms, whatever the answers do: a slow answer does not
// delay the next request (a closed loop, autocannon's, would wait for it and so send less exactly
// when the server is slow). Each latency is counted from the request's SCHEDULED send time, so a
// request the generator could only send late (a busy event loop, every socket taken) carries that
// delay too: coordinated omission corrected. autocannon's overallRate is no substitute: it sends its
// quota at the start of each second, in bursts, and measures the bursts' queue.
import http from 'node:http';
import { startCpuCount } from './cpu.ts';
import { BROWSER_HEADERS } from './http-load.ts';
import type { BenchContext, Measurement } from './types.ts';

export interface OpenLoopOptions {
  /** The server, e.g. http://127.0.0.1:3000 (paths are taken from `paths`). */
  url: string;
  /** Request i asks for paths[i % paths.length]. */
  paths: readonly string[];
  headers?: Record<string, string>;
  /** Requests per second, evenly spaced. */
  rate: number;
  /** How long to send for; at most rate × seconds requests. */
  seconds: number;
  /** A further bound on the number of requests. */
  maxRequests?: number;
  /** A request without its whole answer after this long is an error (default 10 s). */
  timeoutMs?: number;
  /** The keep-alive Agent's sockets: enough that requests do not queue in the client (default 256). */
  sockets?: number;
}

export interface OpenLoopResult {
  /** Requests scheduled (and sent). */
  sent: number;
  /** 2xx answers read to their end. */
  ok: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  firstError?: string;
  targetRate: number;
  /** Requests sent ÷ the time from the first scheduled send to one interval after the last actual send. */
  achievedRate: number;
  /** Latency of every 2xx answer from its scheduled send time, sorted (ms). */
  latencies: Float64Array;
  /** The same answers from their actual send time, sorted (ms): what a closed loop would have seen. */
  serviceLatencies: Float64Array;
  /** How late requests left against their schedule, sorted (ms). */
  sendLag: Float64Array;
  /** Most requests waiting for an answer at one time. */
  maxInFlight: number;
  /** Wall time from the first scheduled send to the last answer (s). */
  elapsedSeconds: number;
  /** The five slowest answers and when they were due (s from the start): a stall of the machine shows as neighbours. */
  slowest: { at_s: number; ms: number }[];
}

export function openLoop(o: OpenLoopOptions): Promise<OpenLoopResult> {
  if (!(o.rate > 0) || !(o.seconds > 0) || o.paths.length === 0) throw new Error('openLoop needs a positive rate and time and at least one path');
  const interval = 1000 / o.rate;
  const total = Math.max(1, Math.min(o.maxRequests ?? Number.POSITIVE_INFINITY, Math.floor(o.seconds * o.rate)));
  const timeoutMs = o.timeoutMs ?? 10_000;
  const base = new URL(o.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.sockets ?? 256 });
  const latencies = new Float64Array(total);
  const service = new Float64Array(total);
  const due = new Float64Array(total);
  const lags = new Float64Array(total);
  let sent = 0;
  let settled = 0;
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let firstError: string | undefined;
  let inFlight = 0;
  let maxInFlight = 0;
  let lastSendAt = 0;
  // A little ahead, so the first send is not already late.
  const start = performance.now() + 5;

  return new Promise((resolve) => {
    const finish = () => {
      agent.destroy();
      const end = performance.now();
      const worst = Array.from({ length: ok }, (_, k) => k)
        .sort((a, b) => latencies[b]! - latencies[a]!)
        .slice(0, 5)
        .map((k) => ({ at_s: Math.round(due[k]!) / 1000, ms: Math.round(latencies[k]! * 100) / 100 }));
      resolve({
        sent,
        ok,
        non2xx,
        errors,
        ...(firstError ? { firstError } : {}),
        targetRate: o.rate,
        achievedRate: (sent * 1000) / (lastSendAt - start + interval),
        latencies: latencies.subarray(0, ok).sort(),
        serviceLatencies: service.subarray(0, ok).sort(),
        sendLag: lags.subarray(0, sent).sort(),
        maxInFlight,
        elapsedSeconds: (end - start) / 1000,
        slowest: worst,
      });
    };

    const send = (i: number) => {
      const scheduled = start + i * interval;
      const at = performance.now();
      lags[i] = at - scheduled;
      lastSendAt = at;
      inFlight += 1;
      if (inFlight > maxInFlight) maxInFlight = inFlight;
      let done = false;
      const settle = (status: number | null, error?: string) => {
        if (done) return;
        done = true;
        inFlight -= 1;
        if (status === null) {
          errors += 1;
          firstError ??= error;
        } else if (status >= 200 && status < 300) {
          const now = performance.now();
          latencies[ok] = now - scheduled;
          service[ok] = now - at;
          due[ok] = scheduled - start;
          ok += 1;
        } else {
          non2xx += 1;
        }
        settled += 1;
        if (settled === total) finish();
      };
      const req = http.request(
        { agent, protocol: base.protocol, hostname: base.hostname, port: base.port, path: o.paths[i % o.paths.length], method: 'GET', headers: o.headers ?? {} },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => settle(res.statusCode ?? 0));
          res.on('error', (e) => settle(null, e.message));
          res.on('close', () => {
            if (!res.complete) settle(null, 'answer cut off');
          });
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (e) => settle(null, e.message));
      req.end();
    };

    // Sends every request whose time has come (late ones at once: their latency counts the delay),
    // then sleeps until the next one's time.
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) send(sent++);
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
}

/** The p-th percentile of a sorted array (nearest rank); NaN when empty. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export interface OpenLoopTarget {
  name: string;
  /** Cycled in order: request i asks for paths[i % paths.length]. */
  paths: readonly string[];
  headers?: Record<string, string>;
  rate: number;
  seconds: number;
}

/**
 * An open-loop measurement of the app: a short unrecorded run at the same rate (sockets opened, JIT
 * warm), then `seconds` at `rate`. Invalid when any request fails or answers non-2xx, or when the
 * generator sent below 95 % of the rate (it could not keep the schedule, so the figures are not the
 * ones asked for).
 */
export async function measureOpenLoop(ctx: BenchContext, target: OpenLoopTarget): Promise<Measurement> {
  const options = { url: ctx.appUrl, paths: target.paths, headers: { ...BROWSER_HEADERS, ...target.headers }, rate: target.rate };
  const warmup = Math.max(1, Math.min(3, Math.round(target.seconds / 5)));
  ctx.log(`open loop ${target.name}: ${target.paths.length} paths at ${round(target.rate, 1)} req/s, warm-up ${warmup} s, then ${target.seconds} s`);
  await openLoop({ ...options, seconds: warmup });
  const counting = startCpuCount(ctx.appPid);
  const r = await openLoop({ ...options, seconds: target.seconds });
  const cpu = counting?.(r.ok) ?? null;
  const problems: string[] = [];
  if (r.errors > 0) problems.push(`${r.errors} failed requests (${r.firstError})`);
  if (r.non2xx > 0) problems.push(`${r.non2xx} non-2xx responses`);
  if (r.ok === 0) problems.push('no 2xx responses');
  if (r.achievedRate < 0.95 * r.targetRate) problems.push(`sent ${round(r.achievedRate, 1)} req/s, below 95 % of the ${round(r.targetRate, 1)} asked for`);
  const mean = r.latencies.reduce((sum, x) => sum + x, 0) / (r.latencies.length || 1);
  const m: Measurement = {
    name: target.name,
    kind: 'open_loop',
    ok: problems.length === 0,
    rps: round(r.ok / target.seconds, 0),
    target_rps: round(r.targetRate, 1),
    achieved_rps: round(r.achievedRate, 1),
    p50_ms: round(percentile(r.latencies, 50), 2),
    p99_ms: round(percentile(r.latencies, 99), 2),
    max_ms: round(percentile(r.latencies, 100), 2),
    mean_ms: round(mean, 2),
    // From the actual send: equal to the above unless the generator itself fell behind.
    service_p99_ms: round(percentile(r.serviceLatencies, 99), 2),
    send_lag_p99_ms: round(percentile(r.sendLag, 99), 2),
    max_in_flight: r.maxInFlight,
    slowest: r.slowest,
    requests: r.sent,
    non2xx: r.non2xx,
    errors: r.errors,
    seconds: target.seconds,
    paths: [...target.paths],
    headers: target.headers ?? {},
    ...(cpu ?? {}),
  };
  if (problems.length) m.problem = problems.join('; ');
  const split = cpu ? `; CPU per request: app ${cpu.cpu_ms_per_request.app} ms, PostgreSQL ${cpu.cpu_ms_per_request.postgres} ms (${cpu.busy_cores} cores busy)` : '';
  ctx.log(
    `  ${target.name}: sent ${m.achieved_rps} of ${m.target_rps} req/s, p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms, max ${m.max_ms} ms, send lag p99 ${m.send_lag_p99_ms} ms, at most ${m.max_in_flight} in flight${split}${m.problem ? ` (INVALID: ${m.problem})` : ''}`,
  );
  return m;
}
