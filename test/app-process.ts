// `npm start`'s entry point as a real OS process, for tests of the platform as an operator runs it
// (test/processes.test.ts) and of what crosses processes (src/live/processes.int.test.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../src/db/embedded.ts';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const running = new Set<ChildProcess>();

export interface AppProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the app with these settings (on a free port unless PORT is given), by default until /readyz answers. */
export async function startAppProcess(env: Record<string, string>, opts: { waitReady?: boolean; readyWithinMs?: number } = {}): Promise<AppProcess> {
  const port = env.PORT ?? String(await freePort(0));
  const child = spawn(tsx, ['src/main.ts'], {
    cwd: root,
    // Only what a shell would pass: the test runner's own variables (Vite sets BASE_URL) stay out.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', NODE_ENV: 'test', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: port, BASE_URL: `http://127.0.0.1:${port}`, SEED_ON_START: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a failed test can end it with everything it started (tsx's Node,
    // workers, PostgreSQL) at once.
    detached: true,
  });
  running.add(child);
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  if (opts.waitReady !== false) {
    const deadline = Date.now() + (opts.readyWithinMs ?? 90_000);
    for (;;) {
      const ok = await fetch(`${url}/readyz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`app did not become ready:\n${out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { child, url, output: () => out, exited };
}

/** Ends every process started here that is still running, with all it started (for afterAll). */
export function killAppProcesses(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
