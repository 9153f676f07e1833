// `npm run secrets:reseal`: after a key rotation (the new key first in SECRETS_KEYS, the old one still
// listed), seals every CNIC again with the current key, a batch at a time (src/tax-profile resealCnics).
// Prints how many it re-sealed; once it says none are left, the old key can be dropped. Safe to run
// while the app serves (rows are locked one batch at a time) and to run again.
import { resealCnics } from '../tax-profile/service.ts';
import { cliConfig, cliLogger, runCli, say, withDatabase } from './run.ts';

runCli(async () => {
  const config = cliConfig();
  const log = cliLogger(config);
  await withDatabase(config, log, async ({ db }) => {
    const n = await resealCnics({ db, config });
    say(n === 0 ? 'Every CNIC is sealed with the current key: none to re-seal.' : `Re-sealed ${n} CNIC${n === 1 ? '' : 's'} with the current key.`);
  });
});
