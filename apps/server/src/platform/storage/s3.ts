import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { ConfigError } from '../config/config.ts';
import {
  assertBlobKey,
  assertMaxBytes,
  BlobNotFoundError,
  type BlobStore,
  newBlobKey,
  type PutOptions,
  type StoredBlob,
} from './blob-store.ts';
import { HashingLimiter } from './hashing-stream.ts';

export interface S3Options {
  bucket: string;
  region: string;
  /** Omit for AWS; e.g. `http://127.0.0.1:9000` for MinIO or another S3-compatible server. */
  endpoint?: string | undefined;
  /** Both or neither; when absent the SDK's default chain (environment, profile, instance role) is used. */
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  forcePathStyle: boolean;
}

/** Multipart part size (the S3 minimum) and parts in flight: an upload holds about 5 × 5 MiB in memory. */
const PART_SIZE = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;

/**
 * Files in an S3-compatible bucket: the blob with key `YYYY/MM/<uuid>` is the object of that name.
 *
 * - Uploads stream through `@aws-sdk/lib-storage`: content up to one part (5 MiB) is sent with a single
 *   PutObject, larger content as a multipart upload with at most 4 parts in flight, so memory stays
 *   around 25 MiB whatever the size. The SHA-256 and size are computed on the way.
 * - Over the limit, or when the source stream fails, the upload stops: a multipart upload is aborted
 *   (AbortMultipartUpload) before `put` rejects, so neither an object nor stored parts are left. If the
 *   abort itself fails (connection lost) the parts stay until the bucket's lifecycle rule
 *   "AbortIncompleteMultipartUpload" removes them; configure one on production buckets.
 * - After an upload the object's size is read back (HeadObject) and compared with what was sent, which
 *   catches servers that store a request body mangled; a mismatch deletes the object and throws.
 * - Checksums: requestChecksumCalculation/responseChecksumValidation are WHEN_REQUIRED, so the SDK sends
 *   plain bodies with a Content-Length (never `aws-chunked` with checksum trailers), which every
 *   S3-compatible server understands. Integrity is ours: the SHA-256 we return.
 * - `exists` cannot tell a missing bucket from a missing object (HEAD has no error body): `check()` at
 *   start-up (HeadBucket) is what reports a wrong bucket, endpoint or credentials, as a ConfigError.
 *   Other operations rethrow those failures with the same clear wording.
 * - Keys are checked against the key pattern before any request, so no `..` ever reaches a server.
 */
export function createS3Store(options: S3Options): BlobStore {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // an unreachable endpoint fails in seconds rather than hanging; a stalled transfer after 5 minutes
    requestHandler: { connectionTimeout: 5_000, socketTimeout: 300_000 },
    ...(options.accessKeyId && options.secretAccessKey
      ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
      : {}),
  });
  const Bucket = options.bucket;
  const where = `bucket "${Bucket}" at ${options.endpoint ?? `AWS S3 (${options.region})`}`;

  async function putAt(key: string, content: Readable, { maxBytes, contentType }: PutOptions) {
    assertBlobKey(key);
    assertMaxBytes(maxBytes);
    const limiter = new HashingLimiter(maxBytes);
    // the limiter errors when the limit is passed, and pipeline() destroys it when the source fails: either
    // way the upload's reader fails, lib-storage aborts the multipart upload, and then done() rejects
    let bodyError: unknown;
    limiter.once('error', (error) => {
      bodyError ??= error;
    });
    const feeding = pipeline(content, limiter).catch(() => {});
    const upload = new Upload({
      client,
      partSize: PART_SIZE,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
      params: { Bucket, Key: key, Body: limiter, ContentType: contentType ?? 'application/octet-stream' },
    });
    try {
      await upload.done();
    } catch (error) {
      const cause = bodyError;
      limiter.destroy(); // the upload failed on its own: stop reading the source
      await feeding;
      throw cause ?? s3Failure(error, where);
    }
    await feeding;
    const stored: StoredBlob = { key, sha256: limiter.digest(), size: limiter.bytesSeen };
    const head = await client
      .send(new HeadObjectCommand({ Bucket, Key: key }))
      .catch((error) => Promise.reject(s3Failure(error, where)));
    if (head.ContentLength !== stored.size) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key })).catch(() => {});
      throw new Error(
        `S3 stored ${head.ContentLength} bytes under ${key} in ${where} but ${stored.size} were sent; ` +
          'the object was deleted (does the server understand this upload?)',
      );
    }
    return stored;
  }

  return {
    driver: 's3',
    put: (content, options) => putAt(newBlobKey(), content, options),
    putAt,
    async get(key) {
      assertBlobKey(key);
      try {
        const result = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!result.Body) throw new Error(`S3 returned no body for ${key} in ${where}`);
        return result.Body as Readable;
      } catch (error) {
        if (isMissingObject(error)) throw new BlobNotFoundError(key);
        throw s3Failure(error, where);
      }
    },
    async exists(key) {
      assertBlobKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        if (isMissingObject(error)) return false;
        throw s3Failure(error, where);
      }
    },
    async delete(key) {
      assertBlobKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        if (isMissingObject(error)) return;
        throw s3Failure(error, where);
      }
    },
    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (error) {
        const problem = describeS3Problem(error, where, true);
        throw new ConfigError(
          problem ?? `Kho S3 không dùng được (S3 check failed) for ${where}: ${text(error)}`,
        );
      }
    },
  };
}

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

function status(error: unknown): number | undefined {
  return (error as SdkError | null)?.$metadata?.httpStatusCode;
}

function isMissingObject(error: unknown): boolean {
  const name = (error as SdkError | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound' || (status(error) === 404 && name !== 'NoSuchBucket');
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
]);

/** A sentence naming the setting to fix, for failures caused by configuration; undefined for others. */
function describeS3Problem(error: unknown, where: string, headBucket = false): string | undefined {
  const e = (error ?? {}) as SdkError;
  const code = e.code ?? (e as { cause?: SdkError }).cause?.code;
  if (e.name === 'NoSuchBucket' || (headBucket && status(error) === 404)) {
    return `Không tìm thấy bucket S3 (S3 bucket does not exist): ${where}; check S3_BUCKET and S3_ENDPOINT`;
  }
  if (
    ['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AccessDenied', 'Forbidden'].includes(e.name ?? '') ||
    status(error) === 401 ||
    status(error) === 403
  ) {
    return (
      `Kho S3 từ chối thông tin đăng nhập (S3 refused the credentials) for ${where}: ` +
      `${e.name ?? status(error)}; check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the bucket policy`
    );
  }
  if (e.name === 'CredentialsProviderError') {
    return `Thiếu thông tin đăng nhập S3 (no S3 credentials) for ${where}: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY`;
  }
  if ((code && NETWORK_CODES.has(code)) || e.name === 'TimeoutError') {
    return (
      `Không kết nối được tới S3 (cannot reach the S3 endpoint) for ${where}: ${code ?? e.name}; ` +
      'check S3_ENDPOINT and that the server is running'
    );
  }
  return undefined;
}

/** The SDK's error, or a clearer one (keeping it as `cause`) when the configuration is at fault. */
function s3Failure(error: unknown, where: string): unknown {
  const problem = describeS3Problem(error, where);
  return problem ? new Error(problem, { cause: error }) : error;
}

function text(error: unknown): string {
  const e = error as SdkError | null;
  return [e?.name, e?.message].filter(Boolean).join(': ') || String(error);
}
