/**
 * Paths pino removes from every log line: credentials, tokens and anything that could name a subject.
 * Request bodies are never logged at all; these catch what code might pass to a logger by mistake.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.passwordHash',
  '*.realName',
  '*.realIdentity',
  '*.dateOfBirth',
  '*.address',
  '*.link',
];
