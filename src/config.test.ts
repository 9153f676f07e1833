import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, MAX_DEFAULT_PROCESSES } from './config.ts';

describe('configuration', () => {
  it('runs one app process per core in production (at most four), one otherwise, or as many as asked', () => {
    const secret = 's'.repeat(32);
    const keys = 'k1:aHVuYXItdGVzdC1rZXktbm90LWZvci1yZWFsLXVzZSE=';
    expect(loadConfig({}).processes).toBe(1);
    expect(loadConfig({ NODE_ENV: 'test' }).processes).toBe(1);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, SECRETS_KEYS: keys }).processes).toBe(Math.min(os.availableParallelism(), MAX_DEFAULT_PROCESSES));
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, SECRETS_KEYS: keys, WEB_CONCURRENCY: '1' }).processes).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '6' }).processes).toBe(6);
  });

  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.baseUrl).toBe('http://localhost:3000');
    expect(c.dataDir).toMatch(/data$/);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SMTP_URL: 'not a url' }, 'SMTP_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32) }, 'SECRETS_KEYS'],
    [{ SECRETS_KEYS: 'k1:short' }, 'SECRETS_KEYS'],
    [{ BASE_URL: 'ftp://x' }, 'BASE_URL'],
    [{ FEE_FREELANCER_BP: 'five percent' }, 'FEE_FREELANCER_BP'],
    [{ FEE_FREELANCER_BP: '2001' }, 'FEE_FREELANCER_BP'],
    [{ FEE_FREELANCER_BP: '-1' }, 'FEE_FREELANCER_BP'],
    [{ FEE_CLIENT_BP: '2.5' }, 'FEE_CLIENT_BP'],
    [{ WEB_CONCURRENCY: '0' }, 'WEB_CONCURRENCY'],
    [{ WEB_CONCURRENCY: 'all' }, 'WEB_CONCURRENCY'],
  ])('stops with one line naming the bad setting: %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toMatch(new RegExp(`^Invalid setting ${name}: `));
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('reads the fee policy in basis points: 5% from the freelancer and nothing from the client unless set', () => {
    expect(loadConfig({}).fees).toEqual({ freelancerBp: 500, clientBp: 0 });
    expect(loadConfig({ FEE_FREELANCER_BP: '250', FEE_CLIENT_BP: '100' }).fees).toEqual({ freelancerBp: 250, clientBp: 100 });
    expect(loadConfig({ FEE_FREELANCER_BP: '0', FEE_CLIENT_BP: '2000' }).fees).toEqual({ freelancerBp: 0, clientBp: 2000 });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
