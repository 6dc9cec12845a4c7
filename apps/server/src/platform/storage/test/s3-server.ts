/**
 * A real S3-compatible server for tests: s3rver (npm, Koa + files on disk) in a child process on
 * 127.0.0.1, so the test process measures only its own memory and the server gets its own event loop.
 *
 * What s3rver 3.7.1 gets wrong, and what this helper does about it:
 * - No AbortMultipartUpload (405 MethodNotAllowed): added here, as s3rver's own store lays uploads out
 *   (`<bucket>/._S3rver_uploads/<uploadId>/`): the upload's folder is removed, 204; unknown → 404 NoSuchUpload.
 * - `aws-chunked` bodies (what the SDK sends for a stream when checksums are WHEN_SUPPORTED) are stored
 *   undecoded, chunk headers and checksum trailer included: such requests are refused here with 501, so a
 *   client that sends them fails loudly instead of corrupting data. Checksum headers (x-amz-checksum-*)
 *   are accepted and ignored.
 * - Keys with `.` or `..` segments escape the bucket folder onto the host's disk: refused here with 400.
 * - No ListMultipartUploads: `openUploads()` reads the uploads folder instead.
 * Multipart upload itself (create, parts, complete, concatenation) is s3rver's.
 *
 * Run directly (`node s3-server.ts <json>`) it is the child: it prints one `READY {json}` line and stops
 * when its standard input closes, so it never outlives the test process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { S3Options } from '../s3.ts';

export interface S3TestServer {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Where s3rver keeps its buckets (one sub-folder per bucket). */
  directory: string;
  /** Options for createS3Store that point at this server. */
  storeOptions(overrides?: Partial<S3Options>): S3Options;
  /** Multipart uploads begun and neither completed nor aborted (upload ids). */
  openUploads(): Promise<string[]>;
  /** Stops the server and removes its folder (when this helper created it). */
  stop(): Promise<void>;
}

interface ChildConfig {
  directory: string;
  bucket: string;
}

interface Ready {
  port: number;
  uploadsDir: string;
}

const S3RVER_KEY = 'S3RVER'; // s3rver's built-in account: access key id and secret are both this

export async function startS3TestServer(
  options: { directory?: string; bucket?: string } = {},
): Promise<S3TestServer> {
  const ownsDirectory = !options.directory;
  const directory = options.directory ?? (await mkdtemp(path.join(os.tmpdir(), 'congso-s3rver-')));
  const bucket = options.bucket ?? 'congso-test';
  const config: ChildConfig = { directory, bucket };
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify(config)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let ready: Ready;
  try {
    ready = await waitForReady(child);
  } catch (error) {
    child.kill('SIGKILL');
    if (ownsDirectory) await rm(directory, { recursive: true, force: true });
    throw error;
  }
  const endpoint = `http://127.0.0.1:${ready.port}`;
  return {
    endpoint,
    region: 'us-east-1',
    bucket,
    accessKeyId: S3RVER_KEY,
    secretAccessKey: S3RVER_KEY,
    directory,
    storeOptions: (overrides = {}) => ({
      bucket,
      region: 'us-east-1',
      endpoint,
      accessKeyId: S3RVER_KEY,
      secretAccessKey: S3RVER_KEY,
      forcePathStyle: true,
      ...overrides,
    }),
    async openUploads() {
      try {
        return (await readdir(ready.uploadsDir)).sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.stdin?.end();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      if (ownsDirectory) await rm(directory, { recursive: true, force: true });
    },
  };
}

async function waitForReady(child: ChildProcess): Promise<Ready> {
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit').then(([code, signal]) => {
    throw new Error(`s3rver test server exited before it was ready (code ${code}, signal ${signal})`);
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('s3rver test server not ready after 20 s')), 20_000).unref(),
  );
  const ready = (async () => {
    for await (const line of lines) {
      if (line.startsWith('READY ')) return JSON.parse(line.slice(6)) as Ready;
    }
    throw new Error('s3rver test server closed its output before it was ready');
  })();
  try {
    return await Promise.race([ready, exited, timeout]);
  } finally {
    exited.catch(() => {});
    lines.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// The child process

interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  type: string;
  get(header: string): string;
}
type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;
interface S3rverInstance {
  middleware: Middleware[];
  store: { getResourcePath(bucket: string, key: string | undefined, resource: string): string };
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

function s3Error(ctx: KoaContext, status: number, code: string, message: string): void {
  ctx.status = status;
  ctx.type = 'application/xml';
  ctx.body =
    ctx.method === 'HEAD'
      ? ''
      : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

async function runChild(config: ChildConfig): Promise<void> {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: config.directory,
    configureBuckets: [{ name: config.bucket }],
  });
  const uploadsDir = (bucket: string) => server.store.getResourcePath(bucket, undefined, 'uploads');

  const shim: Middleware = async (ctx, next) => {
    const encoding = ctx.get('content-encoding');
    const payload = ctx.get('x-amz-content-sha256');
    if (/aws-chunked/i.test(encoding) || payload.startsWith('STREAMING-')) {
      s3Error(ctx, 501, 'NotImplemented', 'aws-chunked bodies are not decoded by this test server (s3rver)');
      return;
    }
    const [bucket = '', ...keyParts] = ctx.path.split('/').slice(1).map(safeDecode);
    if (keyParts.some((part) => part === '.' || part === '..' || part.includes('\\'))) {
      s3Error(ctx, 400, 'InvalidArgument', 'Key segments "." and ".." are refused by this test server');
      return;
    }
    const uploadId = ctx.query.uploadId;
    if (ctx.method === 'DELETE' && typeof uploadId === 'string' && keyParts.length > 0) {
      const folder = path.join(uploadsDir(bucket), uploadId);
      const known =
        /^[0-9a-f]+$/.test(uploadId) &&
        (await readdir(folder).then(
          () => true,
          () => false,
        ));
      if (!known) {
        s3Error(ctx, 404, 'NoSuchUpload', 'The specified upload does not exist');
        return;
      }
      await rm(folder, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    await next();
  };
  server.middleware.unshift(shim);

  const { port } = await server.run();
  const ready: Ready = { port, uploadsDir: uploadsDir(config.bucket) };
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`);

  const shutdown = async () => {
    await server.close().catch(() => {});
    process.exit(0);
  };
  process.stdin.on('end', shutdown);
  process.stdin.on('close', shutdown);
  process.stdin.resume();
  process.on('SIGTERM', shutdown);
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

if (import.meta.main) {
  await runChild(JSON.parse(process.argv[2] ?? '{}') as ChildConfig);
}
