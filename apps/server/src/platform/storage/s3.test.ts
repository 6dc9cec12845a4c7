import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config.ts';
import { createS3Store } from './s3.ts';
import { describeBlobStore, listFiles } from './test/blob-store-suite.ts';
import { type S3TestServer, startS3TestServer } from './test/s3-server.ts';

describeBlobStore('S3 (s3rver)', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'congso-blob-s3-'));
  // s3rver keeps the bucket in <dir>/s3/data/<bucket>: a key like ../../etc/passwd that escaped the
  // bucket folder would still land inside the sandbox
  const directory = path.join(dir, 's3', 'data');
  await mkdir(directory, { recursive: true });
  const server = await startS3TestServer({ directory }).catch(async (error) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const store = createS3Store(server.storeOptions());
  return {
    store,
    files: () => listFiles(dir),
    pending: () => server.openUploads(),
    async teardown() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('S3 driver', () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3TestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('keeps the content type', async () => {
    const store = createS3Store(server.storeOptions());
    const { key } = await store.put(Readable.from([Buffer.from('%PDF-1.7')]), {
      maxBytes: 100,
      contentType: 'application/pdf',
    });
    const response = await fetch(`${server.endpoint}/${server.bucket}/${key}`, { method: 'HEAD' });
    // s3rver serves objects without authentication, which is enough to read the header back
    expect(response.headers.get('content-type')).toBe('application/pdf');
  });

  it('check() passes when bucket, endpoint and credentials are right', async () => {
    await expect(createS3Store(server.storeOptions()).check()).resolves.toBeUndefined();
  });

  it('check() reports a missing bucket', async () => {
    const store = createS3Store(server.storeOptions({ bucket: 'no-such-bucket' }));
    const failure = store.check();
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow(/S3 bucket does not exist.*"no-such-bucket".*S3_BUCKET/);
  });

  it('check() reports credentials the server refuses', async () => {
    // s3rver checks the access key id but not v4 signatures, so an unknown key id stands in for both
    const store = createS3Store(server.storeOptions({ accessKeyId: 'NOT-A-KEY', secretAccessKey: 'wrong' }));
    await expect(store.check()).rejects.toThrow(/S3 refused the credentials.*S3_ACCESS_KEY_ID/);
    await expect(store.exists('2026/01/0b6f3b52-4c1d-4f6e-9a53-2b1f0c8d9e7a')).rejects.toThrow(
      /S3 refused the credentials/,
    );
  });

  it('check() and operations report an endpoint that does not answer', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const store = createS3Store(server.storeOptions({ endpoint }));
    const failure = store.check();
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow(
      /cannot reach the S3 endpoint.*127\.0\.0\.1.*ECONNREFUSED.*S3_ENDPOINT/,
    );
    await expect(store.put(Readable.from([Buffer.from('x')]), { maxBytes: 10 })).rejects.toThrow(
      /cannot reach the S3 endpoint/,
    );
  });

  it('operations on a missing bucket say so', async () => {
    const store = createS3Store(server.storeOptions({ bucket: 'no-such-bucket' }));
    await expect(store.put(Readable.from([Buffer.from('x')]), { maxBytes: 10 })).rejects.toThrow(
      /S3 bucket does not exist/,
    );
    // a multipart upload refused by the server: the source is not left half-read and paused
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 200; i++) yield Buffer.alloc(64 * 1024, i);
      })(),
    );
    await expect(store.put(source, { maxBytes: 100 * 1024 * 1024 })).rejects.toThrow(
      /S3 bucket does not exist/,
    );
    expect(source.destroyed).toBe(true);
  });

  it('the test server refuses aws-chunked bodies, which s3rver would store undecoded', async () => {
    // what the SDK sends for a stream body when checksums are calculated (its default, WHEN_SUPPORTED);
    // the driver uses WHEN_REQUIRED and never sends this
    const client = new S3Client({
      region: server.region,
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    });
    try {
      const body = Buffer.from('hello');
      await expect(
        client.send(
          new PutObjectCommand({
            Bucket: server.bucket,
            Key: 'chunked',
            Body: Readable.from([body]),
            ContentLength: body.length,
          }),
        ),
      ).rejects.toMatchObject({ name: 'NotImplemented' });
    } finally {
      client.destroy();
    }
  });
});

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
