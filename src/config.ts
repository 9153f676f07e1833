// Every setting the platform reads, parsed once at start-up. A bad value stops start-up with one
// line naming the setting (see loadConfig). The README's settings table mirrors this schema.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_FEE_POLICY, type FeePolicy, MAX_FEE_BP } from './fees/domain.ts';
import { parsePakistaniIban } from './payouts/domain.ts';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
// A fee in basis points (500 = 5%), capped by the fee policy's own limit (docs/decisions/0023).
const feeBpMessage = `must be a whole number of basis points from 0 to ${MAX_FEE_BP} (500 = 5%)`;
const feeBp = z.coerce.number({ error: feeBpMessage }).int(feeBpMessage).min(0, feeBpMessage).max(MAX_FEE_BP, feeBpMessage);

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  STORAGE_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  EMBEDDED_PG_PORT: port.default(5432),
  // How many app processes serve HTTP on the one port (node:cluster, src/start.ts); unset: one per
  // CPU core in production, at most MAX_DEFAULT_PROCESSES, and one otherwise (docs/decisions/0032).
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(32).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Hunar <no-reply@hunar.local>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_START: bool.default(true),
  TRUST_PROXY: bool.default(false),
  RATE_LIMIT_LOGIN: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_SIGNUP: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_RESET: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  RESET_TOKEN_MINUTES: z.coerce.number().int().min(5).default(60),
  FEE_FREELANCER_BP: feeBp.default(DEFAULT_FEE_POLICY.freelancerBp),
  FEE_CLIENT_BP: feeBp.default(DEFAULT_FEE_POLICY.clientBp),
  ORDER_AUTO_ACCEPT_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  FUNDS_HOLD_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  // Money in (src/payments). The platform's own account that clients pay into by bank transfer or
  // Raast; the method is hidden until a title and an IBAN or Raast ID are set.
  PLATFORM_BANK_TITLE: z.string().trim().min(2).max(100).optional(),
  PLATFORM_BANK_NAME: z.string().trim().min(2).max(100).optional(),
  PLATFORM_BANK_IBAN: z
    .string()
    .transform((s, ctx) => {
      const r = parsePakistaniIban(s);
      if (r.ok) return r.iban;
      ctx.addIssue({ code: 'custom', message: 'must be a valid Pakistani IBAN (PK + 22 characters, MOD 97 check)' });
      return z.NEVER;
    })
    .optional(),
  PLATFORM_RAAST_ID: z.string().trim().min(3).max(40).optional(),
  // The checkout simulator (development only): on by default outside production, never in it.
  PAYMENT_SIMULATOR: bool.optional(),
  PAYMENT_SIMULATOR_SECRET: z.string().min(16, 'must be at least 16 characters').default('hunar-checkout-simulator-development-secret'),
  PAYMENT_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  // Receipts and invoices (src/receipts): who issues them, and the Chromium that prints their PDFs.
  OPERATOR_NAME: z.string().trim().min(2).max(100).default('Hunar'),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  // The operator's own /terms, /privacy, /help and /contact (src/content): <dir>/<en|ur>/<page>.md.
  CONTENT_DIR: z.string().min(1).optional(),
  CONTACT_EMAIL: z.email().optional(),
  // Keys that encrypt personal identifiers at rest (CNIC; src/platform/secrets.ts): comma-separated
  // `<id>:<32 bytes in base64>`, the first one sealing new values, the others still opening old ones.
  // Required in production; development and tests use a fixed key derived from the session secret.
  SECRETS_KEYS: z.string().regex(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=)*$/, 'must be <id>:<32-byte key in base64>, comma-separated').optional(),
});

export type Config = z.infer<typeof configSchema> & { baseUrl: string; dataDir: string; storageDir: string; secret: string; fees: FeePolicy; processes: number };

/**
 * Each process opens up to 13 database connections (10 for requests, 3 for the job queue); four
 * stay well inside PostgreSQL's default of 100 connections. More is a choice (WEB_CONCURRENCY).
 */
export const MAX_DEFAULT_PROCESSES = 4;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Invalid setting ${name}: ${issue?.message ?? 'bad value'}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
    throw new ConfigError('Invalid setting SESSION_SECRET: required when NODE_ENV=production');
  }
  if (c.NODE_ENV === 'production' && !c.SECRETS_KEYS) {
    throw new ConfigError('Invalid setting SECRETS_KEYS: required when NODE_ENV=production (personal identifiers are encrypted with it)');
  }
  if (c.NODE_ENV === 'production' && c.PAYMENT_SIMULATOR) {
    throw new ConfigError('Invalid setting PAYMENT_SIMULATOR: the checkout simulator is for development and tests only and cannot be enabled when NODE_ENV=production');
  }
  const dataDir = path.resolve(c.DATA_DIR);
  return {
    ...c,
    dataDir,
    // Uploaded files (docs/decisions/0022); several processes on one machine may share it.
    storageDir: path.resolve(c.STORAGE_DIR ?? path.join(dataDir, 'files')),
    baseUrl: (c.BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    // Signs CSRF form tokens. Development falls back to a fixed secret so restarts keep open forms
    // valid; production refuses to start without one.
    secret: c.SESSION_SECRET ?? 'hunar-development-secret-not-for-production-use',
    // The operator's fee policy, read through feePolicy() in src/fees/service.ts.
    fees: { freelancerBp: c.FEE_FREELANCER_BP, clientBp: c.FEE_CLIENT_BP },
    processes: c.WEB_CONCURRENCY ?? (c.NODE_ENV === 'production' ? Math.min(os.availableParallelism(), MAX_DEFAULT_PROCESSES) : 1),
  };
}
