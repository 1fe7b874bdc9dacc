export type Environment = 'development' | 'test' | 'production';

export interface S3Config {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
}

/** Every setting the system reads, validated once at start-up (see loadConfig). */
export interface AppConfig {
  environment: Environment;
  port: number;
  publicUrl: string;
  logLevel: string;
  dataDir: string;
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  queueLockMs: number;
  outboxPollMs: number;
  authSecret: string;
  /** base64, 32 bytes: seals the real identities of review subjects (AES-256-GCM) */
  identityKey: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  setPasswordLinkTtlHours: number;
  loginLockout: { maxFailures: number; lockMinutes: number };
  /** sign-in and set-password attempts per client address per minute, across all api instances */
  signInRateLimitPerMinute: number;
  documents: { maxBytes: number; filesDir: string; s3?: S3Config };
  mail: { smtpUrl?: string; from: string };
  webDistDir: string;
  trustProxy: boolean;
}

/** Injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
