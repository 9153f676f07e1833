// The concurrency soak, short: 32 workers for about 18 seconds through two real app processes on
// one database, the second killed with SIGKILL midway and restarted; then every ledger invariant,
// every idempotency key and every balance the workers' answers imply (test/soak/soak.ts).
// `npm run soak` runs the same for a minute and prints the report.
import { expect, it } from 'vitest';
import { freshDatabaseUrl } from './support.ts';
import { formatReport, runSoak } from './soak/soak.ts';

it('keeps every ledger invariant through 32 concurrent workers and an app crash', { timeout: 300_000 }, async () => {
  const report = await runSoak({ databaseUrl: await freshDatabaseUrl(), seconds: Number(process.env.SOAK_TEST_SECONDS ?? 18), workers: 32 });
  const failed = report.invariants.filter((i) => !i.ok);
  // The whole report when anything failed, so the failure explains itself.
  expect(failed, formatReport(report)).toEqual([]);
  // The run did what it is for: orders were paid and accepted, keys were retried, the crash happened.
  expect(report.ops.pay?.ok ?? 0).toBeGreaterThan(0);
  expect(report.ops.accept?.ok ?? 0).toBeGreaterThan(0);
  expect(report.retries).toBeGreaterThan(0);
  expect(report.kill?.servedAfterRestart ?? 0).toBeGreaterThan(0);
});
