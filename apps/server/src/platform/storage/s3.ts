import { randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { BlobNotFoundError, type BlobStore, type StoredBlob } from './blob-store.ts';
import { HashingLimiter } from './hashing-stream.ts';

export interface S3Options {
  bucket: string;
  region: string;
  endpoint?: string | undefined;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  forcePathStyle: boolean;
}

/**
 * Files in an S3-compatible bucket under `YYYY/MM/<uuid>`. Uploads stream through a multipart upload; a
 * file over the limit aborts the upload, so no object is left behind.
 */
export function createS3Store(options: S3Options): BlobStore {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(options.accessKeyId && options.secretAccessKey
      ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
      : {}),
  });
  const Bucket = options.bucket;
  return {
    driver: 's3',
    async put(content: Readable, options): Promise<StoredBlob> {
      const now = new Date();
      const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
      return this.putAt(key, content, options);
    },
    async putAt(key: string, content: Readable, { maxBytes, contentType }): Promise<StoredBlob> {
      const limiter = new HashingLimiter(maxBytes);
      const body = new PassThrough();
      content.pipe(limiter).pipe(body);
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: body, ContentType: contentType ?? 'application/octet-stream' },
      });
      const failed = new Promise<never>((_, reject) => {
        const fail = (error: Error) => {
          void upload.abort().catch(() => {});
          reject(error);
        };
        limiter.once('error', fail);
        content.once('error', fail);
      });
      await Promise.race([upload.done(), failed]);
      return { key, sha256: limiter.digest(), size: limiter.size };
    },
    async get(key) {
      try {
        const result = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return result.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey || error instanceof NotFound) throw new BlobNotFoundError(key);
        throw error;
      }
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return false;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
