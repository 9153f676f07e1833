// Runs a server under test in its own Node process (so the load generator in the parent never shares
// an event loop with it) and talks to it over the IPC channel: the child sends {type:'ready', url};
// the parent sends {type:'stop'} and waits for a clean exit. A child also stops when the channel
// closes, so it never outlives a parent that died.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface ChildServer {
  name: string;
  url: string;
  pid: number | undefined;
  /** How many processes serve it (node:cluster workers), as the child reported. */
  processes: number;
  stop(): Promise<void>;
}

export type ReadyMessage = { type: 'ready'; url: string; processes?: number } | { type: 'failed'; message: string };

function prefixLines(prefix: string, out: NodeJS.WritableStream) {
  let pending = '';
  return (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) out.write(`${prefix}${line}\n`);
  };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startChild(opts: {
  name: string;
  script: string;
  env: Record<string, string>;
  readyTimeoutMs: number;
  stopTimeoutMs?: number;
}): Promise<ChildServer> {
  const script = path.resolve(import.meta.dirname, opts.script);
  // Same Node binary as the parent (Node 24 from node_modules/.bin), TypeScript through tsx's loader.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: path.resolve(import.meta.dirname, '..'),
    // Production mode for libraries that read NODE_ENV themselves, as `NODE_ENV=production npm start` has it.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', prefixLines(`[${opts.name}] `, process.stderr));
  child.stderr?.on('data', prefixLines(`[${opts.name}] `, process.stderr));

  const stopTimeoutMs = opts.stopTimeoutMs ?? 30_000;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) child.send({ type: 'stop' });
      else child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      await exited(child);
      clearTimeout(timer);
    })();
    return stopping;
  };

  try {
    const { url, processes } = await new Promise<{ url: string; processes: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${opts.name} did not start within ${opts.readyTimeoutMs / 1000} s`)), opts.readyTimeoutMs);
      child.on('message', (m: ReadyMessage) => {
        if (m.type === 'ready') {
          clearTimeout(timer);
          resolve({ url: m.url, processes: m.processes ?? 1 });
        } else if (m.type === 'failed') {
          clearTimeout(timer);
          reject(new Error(`${opts.name} failed to start: ${m.message}`));
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${opts.name} exited before it was ready (code ${code}, signal ${signal})`));
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    return { name: opts.name, url, pid: child.pid, processes, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** For the child side: stop once on a 'stop' message, a closed channel, SIGINT or SIGTERM. */
export function onStopRequest(stop: () => Promise<void>): void {
  let stopping = false;
  const run = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (e) => {
        process.stderr.write(`stop failed: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('message', (m: { type?: string }) => {
    if (m?.type === 'stop') run();
  });
  process.on('disconnect', run);
  process.on('SIGINT', run);
  process.on('SIGTERM', run);
}

export function sendToParent(message: ReadyMessage): void {
  process.send?.(message);
}
