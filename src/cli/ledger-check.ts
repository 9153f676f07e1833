// `npm run ledger:check`: recomputes every balance from the ledger's entries and checks every
// invariant (src/ledger/domain.ts checkLedger): stored balances equal their entries, each
// transaction sums to zero per currency, no forbidden negative balance, and money in = balances +
// money out per currency. Prints what it checked; exits 1 on any difference. Works on the embedded
// database whether or not the app is running, and on DATABASE_URL when set.
import { checkWholeLedger } from '../ledger/service.ts';
import { cliConfig, cliLogger, runCli, say, UsageError, withDatabase } from './run.ts';

runCli(async () => {
  const config = cliConfig();
  const log = cliLogger(config);
  await withDatabase(config, log, async ({ db }) => {
    const { results, counts } = await checkWholeLedger(db);
    say(`Ledger: ${counts.accounts} accounts, ${counts.transactions} transactions, ${counts.entries} entries`);
    for (const r of results) say(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}: ${r.detail}`);
    const failed = results.filter((r) => !r.ok).length;
    if (failed) throw new UsageError(`ledger check failed: ${failed} of ${results.length} checks`);
    say(`All ${results.length} checks passed.`);
  });
});
