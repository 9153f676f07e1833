// Daily anti-spam limits (jobs posted, proposals sent) are counted in SQL over the last 24 hours,
// under a row lock on the user, so every app process shares them.
import type { Tx } from '../../db/pool.ts';

export const DAY_MS = 86_400_000;

/** Serialises one user's writes, so a daily limit cannot be passed by parallel requests. */
export async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
}
