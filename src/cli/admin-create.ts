// `npm run admin:create -- --email you@example.com [--name "Your Name"] [--password ...]`
// Makes an existing account an admin, or creates a verified admin account. Without --password a
// strong one is generated and printed once. Every change is written to the audit log.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { NAME_MAX } from '../accounts/domain.ts';
import { createAccount } from '../accounts/service.ts';
import { systemClock } from '../platform/clock.ts';
import { translate } from '../platform/i18n.ts';
import { email, password, singleLine } from '../platform/text.ts';
import { cliConfig, cliLogger, runCli, say, UsageError, withDatabase } from './run.ts';

const USAGE = 'Usage: npm run admin:create -- --email you@example.com [--name "Your Name"] [--password "at least 10 characters"]';

function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} ${USAGE}`);
  }
}

/** Validates with the same schemas as the sign-up form; the message is the form's, in English. */
function check<S extends z.ZodType>(schema: S, option: string, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const params = (issue as { params?: Record<string, string | number> }).params ?? {};
  throw new UsageError(`Invalid --${option}: ${translate('en', issue.message, params)}`);
}

runCli(async () => {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.help) {
    say(USAGE);
    return;
  }
  if (opts.email === undefined) throw new UsageError(`Missing --email. ${USAGE}`);
  const address = check(email, 'email', opts.email);
  const name = check(singleLine(NAME_MAX), 'name', opts.name ?? 'Admin');
  const given = opts.password === undefined ? undefined : check(password, 'password', opts.password);

  const config = cliConfig();
  const log = cliLogger(config);
  await withDatabase(config, log, async ({ db }) => {
    await db.transaction().execute(async (tx) => {
      const now = systemClock.now();
      const existing = await tx.selectFrom('users').select(['id', 'is_admin']).where('email', '=', address).forUpdate().executeTakeFirst();
      if (existing?.is_admin) {
        say(`${address} is already an admin; nothing changed.`);
        return;
      }
      if (existing) {
        await tx.updateTable('users').set({ is_admin: true, updated_at: now }).where('id', '=', existing.id).execute();
        await tx.insertInto('audit_events').values({ kind: 'admin.created', actor_id: null, subject_id: existing.id, data: JSON.stringify({ via: 'cli', existing: true }), created_at: now }).execute();
        say(`${address} already had an account and is now an admin.`);
        if (given !== undefined) say('Their password was not changed (--password applies only to a new account).');
        return;
      }
      const pw = given ?? randomBytes(18).toString('base64url');
      const user = await createAccount(tx, { clock: systemClock }, { email: address, password: pw, displayName: name, isFreelancer: false, isClient: false, isAdmin: true, locale: 'en', verified: true, onboarded: true });
      await tx.insertInto('audit_events').values({ kind: 'admin.created', actor_id: null, subject_id: user.id, data: JSON.stringify({ via: 'cli', existing: false }), created_at: now }).execute();
      say(`Created admin account ${address} (${name}).`);
      if (given === undefined) say(`Password (shown only this once; keep it somewhere safe): ${pw}`);
    });
  });
});
