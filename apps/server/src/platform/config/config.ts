import path from 'node:path';
import { z } from 'zod';

/** Where the repository lives: config defaults are relative to it, not to the caller's working directory. */
export const repoRoot = path.resolve(import.meta.dirname, '../../../../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);

/** A JSON object of strings given in one variable (`{"processing":"4"}`); an error names what is wrong. */
const jsonStrings = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'không phải JSON (not JSON)' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.string()));

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
  VIRUS_SCAN: z
    .enum(['none', 'clamd'])
    .default('none')
    .describe('Virus scan of files applicants upload: none, or clamd (ClamAV daemon over TCP)'),
  CLAMD_HOST: z.string().default('127.0.0.1').describe('clamd: host'),
  CLAMD_PORT: port.default(3310).describe('clamd: TCP port'),
  ONLINE_SUPPLEMENT: z
    .enum(['resume', 'check'])
    .default('resume')
    .describe(
      'A supplement answered on the portal: resume = the clock restarts at once; check = the counter checks it first',
    ),
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
  PORTAL_OIDC_ISSUER: z
    .string()
    .url()
    .optional()
    .describe('Portal: OpenID Connect issuer of the eID for applicants (VNeID; enables eID sign-in)'),
  PORTAL_OIDC_CLIENT_ID: z.string().optional().describe('Portal: client id registered at the eID provider'),
  PORTAL_OIDC_CLIENT_SECRET: z
    .string()
    .optional()
    .describe('Portal: client secret at the eID provider (omit for PKCE only)'),
  PORTAL_OIDC_SCOPES: z
    .string()
    .default('openid profile email phone')
    .describe('Portal: scopes requested from the eID provider'),
  PORTAL_OIDC_LABEL: z
    .string()
    .default('Đăng nhập bằng tài khoản định danh điện tử')
    .describe('Portal: label of the eID sign-in button'),
  SMTP_HOST: z
    .string()
    .optional()
    .describe('Email: SMTP server; unset = emails are written to the log, not sent (development)'),
  SMTP_PORT: port.default(587).describe('Email: SMTP port (465 with SMTP_SECURE=true)'),
  SMTP_SECURE: bool
    .default(false)
    .describe('Email: TLS from the first byte (port 465); otherwise STARTTLS when the server offers it'),
  SMTP_USER: z.string().optional().describe('Email: SMTP user (omit when the server needs no login)'),
  SMTP_PASSWORD: z.string().optional().describe('Email: SMTP password'),
  SMTP_FROM: z
    .string()
    .optional()
    .describe('Email: sender; default "Cổng dịch vụ công <no-reply@host of PUBLIC_URL>"'),
  SMS_DRIVER: z
    .enum(['log'])
    .default('log')
    .describe('SMS: how text messages leave; log = written to the log (providers: platform/messaging)'),
  NATIONAL_PORTAL_URL: z
    .string()
    .url()
    .optional()
    .describe(
      'National Public Service Portal (Cổng DVCQG): address of its adapter; unset = dossiers are not synchronised',
    ),
  NATIONAL_PORTAL_SERVICE_PATH: z
    .string()
    .default('')
    .describe(
      'Cổng DVCQG: path of the service endpoint after the address (DongBoHoSoMC, CapNhatTienDoHoSoMC)',
    ),
  NATIONAL_PORTAL_AUTH_PATH: z
    .string()
    .optional()
    .describe('Cổng DVCQG: path of the login that gives a session; unset = no login step'),
  NATIONAL_PORTAL_USERNAME: z
    .string()
    .optional()
    .describe('Cổng DVCQG: account of the province at the adapter'),
  NATIONAL_PORTAL_PASSWORD: z.string().optional().describe('Cổng DVCQG: its password'),
  NATIONAL_PORTAL_AGENCY_CODE: z
    .string()
    .optional()
    .describe("Cổng DVCQG: the province's unit code (mã định danh, MaDinhDanhDV), e.g. 000.00.00.H40"),
  NATIONAL_PORTAL_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(30_000)
    .describe('Cổng DVCQG: a request not answered within this time is retried later'),
  NATIONAL_PORTAL_STATUS_CODES: jsonStrings
    .optional()
    .describe(
      'Cổng DVCQG: status codes replacing the defaults, as JSON ({"processing":"4"}); see modules/national-portal',
    ),
  NATIONAL_PORTAL_FIELD_CODES: jsonStrings
    .optional()
    .describe('Cổng DVCQG: field codes (MaLinhVuc) by field name, as JSON ({"Hộ tịch":"G15-TP01"})'),
  PAYMENT_SANDBOX: bool
    .default(true)
    .describe(
      'Online payment: serve the sandbox gateway and take test payments (default on, off when NODE_ENV=production)',
    ),
  PAYMENT_GATEWAY_URL: z
    .string()
    .url()
    .optional()
    .describe('Online payment: payment page of the gateway (VNPAY protocol 2.1.0); unset = the sandbox'),
  PAYMENT_TMN_CODE: z
    .string()
    .regex(/^[A-Za-z0-9]{1,20}$/)
    .optional()
    .describe('Online payment: terminal code (vnp_TmnCode) the gateway issued'),
  PAYMENT_HASH_SECRET: z
    .string()
    .min(8)
    .optional()
    .describe('Online payment: secret shared with the gateway, signs every message (never logged)'),
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
  // the sandbox gateway takes test payments: never unless asked for in production
  if (picked.PAYMENT_SANDBOX === undefined && env.NODE_ENV === 'production') picked.PAYMENT_SANDBOX = 'false';
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.BLOB_DRIVER === 's3' && !config.S3_BUCKET) {
    throw new ConfigError('Cấu hình không hợp lệ: BLOB_DRIVER=s3 cần S3_BUCKET');
  }
  if (config.SMTP_USER && !config.SMTP_PASSWORD) {
    throw new ConfigError('Cấu hình không hợp lệ: SMTP_USER cần SMTP_PASSWORD');
  }
  if (config.OIDC_ISSUER && !config.OIDC_CLIENT_ID) {
    throw new ConfigError('Cấu hình không hợp lệ: OIDC_ISSUER cần OIDC_CLIENT_ID');
  }
  // a real gateway needs all three; the sandbox fills in what is left unset
  const gateway = [config.PAYMENT_GATEWAY_URL, config.PAYMENT_TMN_CODE, config.PAYMENT_HASH_SECRET];
  if (
    !config.PAYMENT_SANDBOX &&
    gateway.some((v) => v !== undefined) &&
    gateway.some((v) => v === undefined)
  ) {
    throw new ConfigError(
      'Cấu hình không hợp lệ: PAYMENT_GATEWAY_URL, PAYMENT_TMN_CODE và PAYMENT_HASH_SECRET phải được đặt cùng nhau',
    );
  }
  if (config.PORTAL_OIDC_ISSUER && !config.PORTAL_OIDC_CLIENT_ID) {
    throw new ConfigError('Cấu hình không hợp lệ: PORTAL_OIDC_ISSUER cần PORTAL_OIDC_CLIENT_ID');
  }
  if (config.NATIONAL_PORTAL_URL && !config.NATIONAL_PORTAL_AGENCY_CODE) {
    throw new ConfigError('Cấu hình không hợp lệ: NATIONAL_PORTAL_URL cần NATIONAL_PORTAL_AGENCY_CODE');
  }
  if (
    config.NATIONAL_PORTAL_AUTH_PATH !== undefined &&
    !(config.NATIONAL_PORTAL_USERNAME && config.NATIONAL_PORTAL_PASSWORD)
  ) {
    throw new ConfigError(
      'Cấu hình không hợp lệ: NATIONAL_PORTAL_AUTH_PATH cần NATIONAL_PORTAL_USERNAME và NATIONAL_PORTAL_PASSWORD',
    );
  }
  return config;
}

/** A config for tests and tools: defaults, overridden by what is given. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({}), LOG_LEVEL: 'silent', SEED_DEMO: false, ...overrides };
}
