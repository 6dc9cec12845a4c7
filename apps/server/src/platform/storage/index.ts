import path from 'node:path';
import type { Config } from '../config/config.ts';
import type { BlobStore } from './blob-store.ts';
import { createLocalDiskStore } from './local-disk.ts';

/**
 * The BlobStore the configuration asks for, checked (folder writable, bucket reachable): a wrong setting
 * stops start-up with a ConfigError that names it, instead of failing the first upload.
 */
export async function createBlobStore(config: Config): Promise<BlobStore> {
  let store: BlobStore;
  if (config.BLOB_DRIVER === 's3') {
    const { createS3Store } = await import('./s3.ts');
    store = createS3Store({
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  } else {
    store = createLocalDiskStore(config.BLOB_DIR ?? path.join(config.CONGSO_DATA_DIR, 'blobs'));
  }
  await store.check();
  return store;
}
