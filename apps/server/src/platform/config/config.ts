import path from 'node:path';
import { z } from 'zod';

/** Where the repository lives: config defaults are relative to it, not to the caller's working directory. */
export const repoRoot = path.resolve(import.meta.dirname, '../../../../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);

/**
 * Every environment variable the platform reads, with its default. The README's configuration table
 * is generated from the same descriptions (`congso config`), so keep them short and true.
 */
export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .describe('External PostgreSQL 15+; unset = embedded server in .data/'),
  CONGSO_DATA_DIR: z
    .string()
    .default(path.join(repoRoot, '.data'))
    .describe('Embedded database and local files'),
  EMBEDDED_PG_PORT: port
    .default(54329)
    .describe('Preferred port of the embedded PostgreSQL (a free one is picked if taken)'),
  HOST: z.string().default('127.0.0.1').describe('Address the web server listens on'),
  PORT: port.default(3000).describe('Port the web server listens on'),
  PUBLIC_URL: z
    .string()
    .url()
    .default('http://localhost:3000')
    .describe('Address users reach the platform at (links, OIDC redirect, cookie Secure flag)'),
  CONGSO_ROLE: z
    .enum(['all', 'web', 'worker'])
    .default('all')
    .describe('What this process runs: web server, background worker, or both'),
  SEED_DEMO: bool.default(true).describe('Seed the demo province on first start with an empty database'),
  FIXTURES_DIR: z
    .string()
    .default(path.resolve(repoRoot, '../shared/fixtures'))
    .describe('Reference data (administrative units) for seeding'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino log level (JSON lines on stdout)'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(120)
    .describe('A session ends after this much inactivity'),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(12)
    .describe('A session ends this long after login whatever happens'),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .positive()
    .default(1200)
    .describe('Requests per minute per client address'),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .positive()
    .default(20)
    .describe('Login and password attempts per minute per client address'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1_048_576)
    .describe('Largest JSON body accepted'),
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(104_857_600)
    .describe('Largest uploaded file'),
  BLOB_DRIVER: z.enum(['local', 's3']).default('local').describe('Where files are kept'),
  BLOB_DIR: z.string().optional().describe('Local driver: folder for files (default .data/blobs)'),
  S3_ENDPOINT: z.string().url().optional().describe('S3 driver: endpoint (omit for AWS)'),
  S3_REGION: z.string().default('us-east-1').describe('S3 driver: region'),
  S3_BUCKET: z.string().optional().describe('S3 driver: bucket'),
  S3_ACCESS_KEY_ID: z
    .string()
    .optional()
    .describe('S3 driver: access key (omit to use the AWS default chain)'),
  S3_SECRET_ACCESS_KEY: z.string().optional().describe('S3 driver: secret key'),
  S3_FORCE_PATH_STYLE: bool
    .default(true)
    .describe('S3 driver: path-style URLs (MinIO and most S3-compatible servers)'),
  SECRET_KEY: z
    .string()
    .min(32)
    .optional()
    .describe('Key for encrypting secrets at rest (TOTP); generated into .data/ when unset'),
  OIDC_ISSUER: z.string().url().optional().describe('OpenID Connect: issuer URL (enables SSO login)'),
  OIDC_CLIENT_ID: z.string().optional().describe('OpenID Connect: client id registered at the provider'),
  OIDC_CLIENT_SECRET: z
    .string()
    .optional()
    .describe('OpenID Connect: client secret (omit for a public client with PKCE only)'),
  OIDC_SCOPES: z.string().default('openid profile email').describe('OpenID Connect: scopes requested'),
  OIDC_USERNAME_CLAIM: z
    .string()
    .default('preferred_username')
    .describe('OpenID Connect: claim matched against CôngSở usernames at first login; one users cannot edit'),
  OIDC_BUTTON_LABEL: z
    .string()
    .default('Đăng nhập một lần (SSO)')
    .describe('OpenID Connect: label of the login button'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads and validates the environment. Invalid values stop the process with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.BLOB_DRIVER === 's3' && !config.S3_BUCKET) {
    throw new ConfigError('Cấu hình không hợp lệ: BLOB_DRIVER=s3 cần S3_BUCKET');
  }
  if (config.OIDC_ISSUER && !config.OIDC_CLIENT_ID) {
    throw new ConfigError('Cấu hình không hợp lệ: OIDC_ISSUER cần OIDC_CLIENT_ID');
  }
  return config;
}

/** A config for tests and tools: defaults, overridden by what is given. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({}), LOG_LEVEL: 'silent', SEED_DEMO: false, ...overrides };
}
