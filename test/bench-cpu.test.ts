// The benchmark's CPU accounting (bench/cpu.ts), on real processes: a tree with a busy process named
// postgres and a busy Node process under one shell, as the app's tree holds PostgreSQL and the workers.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combineCpu, startCpuCount, treeCpu } from '../bench/cpu.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hunar-cpu-'));
  // A process's name on Linux is its program file's: `yes` copied as "postgres".
  await copyFile('/usr/bin/yes', path.join(dir, 'postgres'));
  await chmod(path.join(dir, 'postgres'), 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.runIf(process.platform === 'linux')('CPU of a process tree', () => {
  it('counts the descendants, PostgreSQL apart from the rest', async () => {
    const busyNode = `${JSON.stringify(process.execPath)} -e "const end = Date.now() + 5000; while (Date.now() < end);"`;
    const shell = spawn('sh', ['-c', `${JSON.stringify(path.join(dir, 'postgres'))} > /dev/null & ${busyNode} & wait`], { detached: true, stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const cpu = treeCpu(shell.pid!);
      expect(cpu).not.toBeNull();
      expect(cpu!.postgres).toBeGreaterThan(100);
      expect(cpu!.other).toBeGreaterThan(100);
    } finally {
      process.kill(-shell.pid!, 'SIGKILL');
    }
  });

  it('counts a load from its start: a process started since counts whole, one that ended counts nothing (never less)', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const postgres = spawn(path.join(dir, 'postgres'), [], { stdio: 'ignore' });
    let busy: ReturnType<typeof spawn> | undefined;
    try {
      await sleep(700);
      const stop = startCpuCount(process.pid);
      expect(stop).not.toBeNull();
      postgres.kill('SIGKILL');
      await once(postgres, 'exit');
      busy = spawn(process.execPath, ['-e', 'const end = Date.now() + 5000; while (Date.now() < end);'], { stdio: 'ignore' });
      await sleep(1000);
      const split = stop!(1);
      expect(split!.cpu_ms_per_request.postgres).toBe(0);
      expect(split!.cpu_ms_per_request.app).toBeGreaterThan(100);
      expect(split!.busy_cores).toBeGreaterThan(0.1);
    } finally {
      postgres.kill('SIGKILL');
      busy?.kill('SIGKILL');
    }
  });

  it('is null for a process that does not exist', () => {
    expect(treeCpu(2 ** 22 + 1)).toBeNull();
  });
});

describe('CPU of a measurement taken in parts', () => {
  const split = (app: number, postgres: number, load: number, busy: number) => ({ cpu_ms_per_request: { app, postgres, load_generator: load }, busy_cores: busy });

  it('weighs CPU per request by requests and busy cores by time', () => {
    // 1,000 requests at 2 ms of PostgreSQL, then 3,000 at 1 ms: 5,000 ms over 4,000 requests.
    const both = combineCpu([
      { split: split(0, 2, 0.5, 1.5), requests: 1000, seconds: 10 },
      { split: split(0, 1, 0.25, 2), requests: 3000, seconds: 30 },
    ]);
    expect(both).toEqual(split(0, 1.25, 0.313, 1.88));
  });

  it('has no figures when a part has none, or when nothing was measured', () => {
    expect(combineCpu([{ split: split(0, 1, 1, 1), requests: 10, seconds: 1 }, { split: null, requests: 10, seconds: 1 }])).toBeNull();
    expect(combineCpu([])).toBeNull();
    expect(combineCpu([{ split: split(0, 1, 1, 1), requests: 0, seconds: 1 }])).toBeNull();
  });
});
