import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig, Environment } from './app-config';

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const ENVIRONMENTS: Environment[] = ['development', 'test', 'production'];

/**
 * Reads and validates the configuration once. Every problem is reported together, each naming the setting
 * and the fix. Development secrets are generated on first run and kept under DATA_DIR; in production a
 * missing secret stops start-up.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = new Reader(env, problems);

  const environment = read.oneOf('NODE_ENV', ENVIRONMENTS, 'development');
  const production = environment === 'production';
  const port = read.integer('PORT', 3000, 1, 65535);
  const dataDir = resolve(env['DATA_DIR'] ?? '.data');
  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  if (!databaseUrl) {
    problems.push(
      'DATABASE_URL is not set. Set it to postgres://user:password@host:5432/database, ' +
        'or start the development system with `npm start`, which runs an embedded PostgreSQL under .data/.',
    );
  }
  const secrets = production ? undefined : developmentSecrets(dataDir);
  const authSecret = env['AUTH_SECRET'] ?? secrets?.authSecret;
  if (!authSecret)
    problems.push('AUTH_SECRET is not set. In production set it to at least 32 random characters.');
  else if (authSecret.length < 32)
    problems.push('AUTH_SECRET is too short: use at least 32 random characters.');

  const identityKey = env['IDENTITY_KEY'] ?? secrets?.identityKey;
  if (!identityKey)
    problems.push(
      'IDENTITY_KEY is not set. In production set it to 32 random bytes, base64: openssl rand -base64 32.',
    );
  else if (Buffer.from(identityKey, 'base64').length !== 32)
    problems.push(
      'IDENTITY_KEY must be 32 random bytes, base64-encoded: generate one with openssl rand -base64 32.',
    );

  const s3Bucket = env['S3_BUCKET'];
  const smtpUrl = read.url('SMTP_URL', ['smtp:', 'smtps:']);
  const config: AppConfig = {
    environment,
    port,
    publicUrl: (read.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/$/, ''),
    logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    dataDir,
    databaseUrl: databaseUrl ?? '',
    redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:']) ?? 'redis://127.0.0.1:6379',
    queuePrefix: env['QUEUE_PREFIX'] ?? 'dhr',
    queueLockMs: read.integer('QUEUE_LOCK_MS', 30_000, 1_000, 600_000),
    outboxPollMs: read.integer('OUTBOX_POLL_MS', 500, 50, 60_000),
    authSecret: authSecret ?? '',
    identityKey: identityKey ?? '',
    accessTokenTtlSeconds: read.integer('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 3600),
    refreshTokenTtlDays: read.integer('REFRESH_TOKEN_TTL_DAYS', 14, 1, 90),
    setPasswordLinkTtlHours: read.integer('SET_PASSWORD_LINK_TTL_HOURS', 72, 1, 720),
    loginLockout: {
      maxFailures: read.integer('LOGIN_MAX_FAILURES', 5, 1, 100),
      lockMinutes: read.integer('LOGIN_LOCK_MINUTES', 15, 1, 1440),
    },
    signInRateLimitPerMinute: read.integer('SIGN_IN_RATE_LIMIT', 10, 1, 100_000),
    documents: {
      maxBytes: read.integer('DOCUMENT_MAX_BYTES', 25 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      filesDir: resolve(env['FILES_DIR'] ?? join(dataDir, 'files')),
      s3: s3Bucket
        ? {
            bucket: s3Bucket,
            region: env['S3_REGION'] ?? 'eu-west-2',
            endpoint: read.url('S3_ENDPOINT', ['http:', 'https:']),
            forcePathStyle: read.boolean('S3_FORCE_PATH_STYLE', false),
          }
        : undefined,
    },
    mail: { smtpUrl, from: env['MAIL_FROM'] ?? 'DHR case management <no-reply@dhr.localhost>' },
    webDistDir: resolve(env['WEB_DIST_DIR'] ?? 'dist/apps/web'),
    trustProxy: read.boolean('TRUST_PROXY', false),
  };
  if (production && !smtpUrl)
    problems.push('SMTP_URL is not set. In production email must go to a real mail server.');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

class Reader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    this.problems.push(`${name} must be true or false (got "${raw}").`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}").`);
    return fallback;
  }

  url(name: string, protocols: string[]): string | undefined {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return undefined;
    try {
      const url = new URL(raw);
      if (protocols.includes(url.protocol)) return raw;
    } catch {
      // reported below
    }
    this.problems.push(`${name} must be a URL starting ${protocols.map((p) => `${p}//`).join(' or ')}.`);
    return undefined;
  }
}

interface DevelopmentSecrets {
  authSecret: string;
  identityKey: string;
}

/**
 * Generated once per checkout so that development needs no setup; never used in production. A secret added
 * in a later version is added to an existing file, keeping the ones already there.
 */
function developmentSecrets(dataDir: string): DevelopmentSecrets {
  const file = join(dataDir, 'development-secrets.json');
  mkdirSync(dataDir, { recursive: true });
  const fresh: DevelopmentSecrets = {
    authSecret: randomBytes(48).toString('base64url'),
    identityKey: randomBytes(32).toString('base64'),
  };
  try {
    writeFileSync(file, JSON.stringify(fresh, null, 2), { flag: 'wx', mode: 0o600 });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const existing = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevelopmentSecrets>;
  const secrets = { ...fresh, ...existing };
  if (Object.keys(secrets).length > Object.keys(existing).length) {
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
