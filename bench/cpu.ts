// Where a load test's CPU goes: the CPU time of the app's process tree during the measured seconds,
// split into PostgreSQL (the embedded server the app starts, and its backends) and the rest (the
// app's Node processes), from /proc/<pid>/stat (Linux). With the bench process's own CPU (autocannon)
// this says per request what the app and the database cost, and how busy the machine was: figures
// that can be compared across machines of different speed, unlike a p99 (docs/benchmarks.md).
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime: USER_HZ, 100 on Linux. */
const TICKS_PER_SECOND = 100;

interface Proc {
  ppid: number;
  comm: string;
  /** utime + stime, in ticks. */
  ticks: number;
}

function readProcesses(): Map<number, Proc> | null {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return null;
  }
  const out = new Map<number, Proc>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      out.set(Number(name), { ppid: Number(fields[1]), comm: stat.slice(stat.indexOf('(') + 1, close), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** The CPU milliseconds used so far by `root` and each of its descendants, by pid, each marked postgres or not; null where /proc cannot be read. */
function treeProcesses(root: number): Map<number, { postgres: boolean; ms: number }> | null {
  const all = readProcesses();
  if (!all?.has(root)) return null;
  const children = new Map<number, number[]>();
  for (const [pid, p] of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const out = new Map<number, { postgres: boolean; ms: number }>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const p = all.get(pid);
    if (!p) continue;
    out.set(pid, { postgres: p.comm === 'postgres', ms: (p.ticks * 1000) / TICKS_PER_SECOND });
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export interface TreeCpu {
  /** CPU milliseconds of the processes named postgres in the tree. */
  postgres: number;
  /** CPU milliseconds of every other process in the tree (the app's Node processes). */
  other: number;
}

/**
 * CPU used by `root`'s tree since `since` (a snapshot of treeProcesses), or in all if not given. Only
 * processes alive now are counted, each from its own earlier figure (0 if it started since): a
 * process that ended took its figure with it, and must not make the sum go down (the app's pools
 * close idle connections, whose backends had run all the earlier loads).
 */
export function treeCpu(root: number, since?: Map<number, { ms: number }>): TreeCpu | null {
  const now = treeProcesses(root);
  if (!now) return null;
  const total: TreeCpu = { postgres: 0, other: 0 };
  for (const [pid, p] of now) {
    const ms = p.ms - (since?.get(pid)?.ms ?? 0);
    if (p.postgres) total.postgres += ms;
    else total.other += ms;
  }
  return total;
}

export interface CpuSplit {
  /** CPU milliseconds per request: the app's Node processes, PostgreSQL, and the bench process (the load generator). */
  cpu_ms_per_request: { app: number; postgres: number; load_generator: number };
  /** How many cores the three kept busy on average. */
  busy_cores: number;
}

/** Starts counting; the returned function ends it for `requests` requests. Null without /proc. */
export function startCpuCount(root: number | undefined): ((requests: number) => CpuSplit | null) | null {
  if (root === undefined) return null;
  const before = treeProcesses(root);
  if (!before) return null;
  const self = process.cpuUsage();
  const started = performance.now();
  return (requests) => {
    const used = treeCpu(root, before);
    if (!used || requests <= 0) return null;
    const own = process.cpuUsage(self);
    const load = (own.user + own.system) / 1000;
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      cpu_ms_per_request: { app: round(used.other / requests), postgres: round(used.postgres / requests), load_generator: round(load / requests) },
      busy_cores: Math.round(((used.other + used.postgres + load) / (performance.now() - started)) * 100) / 100,
    };
  };
}

/**
 * One split for a measurement taken in parts (search_sql's two halves): CPU per request over all
 * their requests, busy cores over all their time. Null when a part has no figures.
 */
export function combineCpu(parts: readonly { split: CpuSplit | null; requests: number; seconds: number }[]): CpuSplit | null {
  if (parts.length === 0 || parts.some((p) => p.split === null)) return null;
  const requests = parts.reduce((sum, p) => sum + p.requests, 0);
  const seconds = parts.reduce((sum, p) => sum + p.seconds, 0);
  if (requests <= 0 || seconds <= 0) return null;
  const per = (k: keyof CpuSplit['cpu_ms_per_request']) => Math.round((parts.reduce((sum, p) => sum + p.split!.cpu_ms_per_request[k] * p.requests, 0) / requests) * 1000) / 1000;
  return {
    cpu_ms_per_request: { app: per('app'), postgres: per('postgres'), load_generator: per('load_generator') },
    busy_cores: Math.round((parts.reduce((sum, p) => sum + p.split!.busy_cores * p.seconds, 0) / seconds) * 100) / 100,
  };
}
