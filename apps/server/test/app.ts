import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import { registerApplicantNoticeJobs } from '../src/modules/applicant-notices/index.ts';
import { registerFileTextJobs } from '../src/modules/documents/index.ts';
import { registerProcedureImportJobs } from '../src/modules/procedures/index.ts';
import { type Config, testConfig } from '../src/platform/config/config.ts';
import { createSecretBox } from '../src/platform/crypto/secret-box.ts';
import { type JobQueue, startJobQueue } from '../src/platform/jobs/queue.ts';
import { createLogger } from '../src/platform/logging.ts';
import { registerMessagingJobs } from '../src/platform/messaging/index.ts';
import { createLocalDiskStore } from '../src/platform/storage/local-disk.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface TestResponse {
  status: number;
  headers: LightMyRequestResponse['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  body: any;
  text: string;
}

export interface TestClient {
  cookie?: string;
  get(url: string, headers?: Record<string, string>): Promise<TestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<TestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  config: Config;
  /** The job queue, when asked for (`createTestApp(…, { jobs: true })`). */
  jobs: JobQueue | undefined;
  /** A client without a session. */
  anonymous: TestClient;
  /** Logs in through the real endpoint and returns a client carrying that session. */
  login(username: string, password: string): Promise<TestClient>;
  client(cookie?: string): TestClient;
}

function wrap(response: LightMyRequestResponse): TestResponse {
  let body: unknown;
  try {
    body = response.body ? JSON.parse(response.body) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.statusCode, headers: response.headers, body, text: response.body };
}

/**
 * `jobs`: also a job queue that runs handlers (a worker in the same process), with the modules' jobs
 * registered, for tests of what happens in the background.
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { jobs?: boolean } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'congso-test-'));
  const config = testConfig({
    CONGSO_DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: 100_000,
    LOGIN_RATE_LIMIT_PER_MINUTE: 100_000,
    ...overrides,
  });
  const blobs = createLocalDiskStore(path.join(dataDir, 'blobs'));
  let jobs: JobQueue | undefined;
  if (options.jobs) {
    jobs = await startJobQueue({ connectionString: db.url, runWorkers: true });
    await registerFileTextJobs(jobs, { db: db.db, blobs });
    await registerProcedureImportJobs(jobs, { db: db.db });
    await registerApplicantNoticeJobs(jobs, { db: db.db, publicUrl: config.PUBLIC_URL });
    await registerMessagingJobs(jobs, { db: db.db, config, log: createLogger(config.LOG_LEVEL) });
  }
  const app = await buildApp({
    config,
    db: db.db,
    blobs,
    secretBox: createSecretBox('test-secret-key-for-congso-tests-only'),
    ...(jobs ? { jobs } : {}),
  });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await jobs?.stop();
  });

  const client = (cookie?: string): TestClient => {
    const send = async (
      method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) =>
      wrap(
        await app.inject({
          method,
          url,
          headers: { ...(cookie ? { cookie } : {}), ...headers },
          ...(body !== undefined ? { payload: body as object } : {}),
        }),
      );
    return {
      ...(cookie ? { cookie } : {}),
      get: (url, headers) => send('GET', url, undefined, headers),
      post: (url, body, headers) => send('POST', url, body, headers),
      patch: (url, body, headers) => send('PATCH', url, body, headers),
      put: (url, body, headers) => send('PUT', url, body, headers),
      delete: (url, headers) => send('DELETE', url, undefined, headers),
    };
  };

  return {
    app,
    db,
    config,
    jobs,
    anonymous: client(),
    client,
    async login(username, password) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const setCookie = response.cookies.find((c) => c.name === 'congso_session');
      if (!setCookie) throw new Error('login set no session cookie');
      return client(`congso_session=${setCookie.value}`);
    },
  };
}
