import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'dhr-config-'));
const base = () => ({ DATABASE_URL: 'postgres://u@localhost:5432/db', DATA_DIR: dataDir() });
const production = () => ({
  ...base(),
  NODE_ENV: 'production',
  AUTH_SECRET: 'x'.repeat(40),
  IDENTITY_KEY: Buffer.alloc(32, 7).toString('base64'),
  SMTP_URL: 'smtp://mail.example:25',
});

/** The problems loadConfig reports, or [] when it accepts the environment. */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  it('fills in the defaults', () => {
    const config = loadConfig(base());
    expect(config).toMatchObject({
      environment: 'development',
      port: 3000,
      redisUrl: 'redis://127.0.0.1:6379',
      publicUrl: 'http://localhost:3000',
      queuePrefix: 'dhr',
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 14,
      loginLockout: { maxFailures: 5, lockMinutes: 15 },
      signInRateLimitPerMinute: 10,
      trustProxy: false,
    });
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.documents.s3).toBeUndefined();
  });

  it('reads what is set, and drops a trailing slash from the public URL', () => {
    expect(
      loadConfig({
        ...base(),
        PORT: '8080',
        PUBLIC_URL: 'https://dhr.example.gov.uk/',
        LOGIN_MAX_FAILURES: '3',
      }),
    ).toMatchObject({
      port: 8080,
      publicUrl: 'https://dhr.example.gov.uk',
      loginLockout: { maxFailures: 3 },
    });
  });

  it('reports every problem at once, each naming its setting', () => {
    const problems = problemsOf({
      DATA_DIR: dataDir(),
      PORT: 'eighty',
      REDIS_URL: 'http://cache:6379',
      NODE_ENV: 'staging',
      LOGIN_MAX_FAILURES: '0',
      TRUST_PROXY: 'maybe',
    });
    expect(problems).toHaveLength(6);
    for (const setting of [
      'PORT',
      'REDIS_URL',
      'NODE_ENV',
      'LOGIN_MAX_FAILURES',
      'TRUST_PROXY',
      'DATABASE_URL',
    ])
      expect(problems.filter((p) => p.startsWith(setting))).toHaveLength(1);
  });

  it('says how to fix a missing DATABASE_URL', () => {
    expect(problemsOf({ DATA_DIR: dataDir() })).toEqual([expect.stringMatching(/^DATABASE_URL .*npm start/)]);
  });

  describe('in development', () => {
    it('generates a secret on first start, keeps it under DATA_DIR and reuses it', () => {
      const env = base();
      const first = loadConfig(env).authSecret;
      expect(first.length).toBeGreaterThanOrEqual(32);
      const file = join(env.DATA_DIR, 'development-secrets.json');
      const stored = JSON.parse(readFileSync(file, 'utf8'));
      expect(stored).toEqual({ authSecret: first, identityKey: expect.any(String) });
      expect(Buffer.from(stored.identityKey, 'base64')).toHaveLength(32);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(loadConfig({ ...env }).authSecret).toBe(first);
      expect(loadConfig({ ...base() }).authSecret).not.toBe(first);
    });

    it('adds a secret introduced later to an existing file, keeping the old ones', () => {
      const env = base();
      const file = join(env.DATA_DIR, 'development-secrets.json');
      writeFileSync(file, JSON.stringify({ authSecret: 'z'.repeat(40) }), { mode: 0o600 });
      const config = loadConfig(env);
      expect(config.authSecret).toBe('z'.repeat(40));
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        authSecret: 'z'.repeat(40),
        identityKey: config.identityKey,
      });
      expect(loadConfig({ ...env }).identityKey).toBe(config.identityKey);
    });

    it('prefers an AUTH_SECRET that is set', () => {
      expect(loadConfig({ ...base(), AUTH_SECRET: 'y'.repeat(32) }).authSecret).toBe('y'.repeat(32));
    });
  });

  describe('in production', () => {
    it('starts with real secrets, a database and a mail server', () => {
      expect(problemsOf(production())).toEqual([]);
    });

    it.each([
      ['AUTH_SECRET', /^AUTH_SECRET is not set/],
      ['IDENTITY_KEY', /^IDENTITY_KEY is not set/],
      ['DATABASE_URL', /^DATABASE_URL is not set/],
      ['SMTP_URL', /^SMTP_URL is not set/],
    ])('refuses to start without %s', (setting, problem) => {
      const env: Record<string, string> = production();
      delete env[setting];
      expect(problemsOf(env)).toEqual([expect.stringMatching(problem)]);
    });

    it('refuses a short AUTH_SECRET, and never generates one', () => {
      const env = { ...production(), AUTH_SECRET: 'short' };
      expect(problemsOf(env)).toEqual([expect.stringMatching(/^AUTH_SECRET is too short/)]);
      expect(existsSync(join(env.DATA_DIR, 'development-secrets.json'))).toBe(false);
    });
  });

  it.each(['short', Buffer.alloc(31).toString('base64'), Buffer.alloc(33).toString('base64')])(
    'refuses an IDENTITY_KEY that is not 32 bytes (%s)',
    (key) => {
      expect(problemsOf({ ...production(), IDENTITY_KEY: key })).toEqual([
        expect.stringMatching(/^IDENTITY_KEY must be 32 random bytes/),
      ]);
    },
  );

  it('uses S3 when a bucket is configured', () => {
    expect(
      loadConfig({
        ...base(),
        S3_BUCKET: 'dhr-files',
        S3_ENDPOINT: 'http://minio:9000',
        S3_FORCE_PATH_STYLE: 'true',
      }).documents.s3,
    ).toEqual({
      bucket: 'dhr-files',
      region: 'eu-west-2',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
    });
  });
});
