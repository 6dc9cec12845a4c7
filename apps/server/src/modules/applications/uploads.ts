import type { Readable } from 'node:stream';
import { formatFileSize } from '@congso/portal';
import { type BlobStore, BlobTooLargeError, type StoredBlob } from '../../platform/storage/blob-store.ts';
import { type VirusScanner, VirusScanUnavailableError } from '../../platform/storage/virus-scanner.ts';
import { ACCEPTED_TYPES_TEXT, contentMatches, MAGIC_BYTES, typeByName } from './file-types.ts';

/**
 * A file an applicant sends from the portal, taken in three checks: a kind we accept by its name, within
 * the size limit (`UPLOAD_LIMIT_BYTES`), its content really of that kind (magic bytes), and clean by the
 * virus scanner. The bytes stream to the BlobStore first (never held whole); a file that fails a check
 * afterwards is deleted at once, so nothing refused is kept. The outcome says, in Vietnamese, why not.
 */

export interface ApplicantUpload {
  fileName: string;
  /** The part's stream; `truncated` is set by the multipart parser when it cut the file at its limit. */
  content: Readable & { truncated?: boolean };
}

export interface KeptUpload extends StoredBlob {
  fileName: string;
  mediaType: string;
}

export type UploadOutcome = { ok: true; file: KeptUpload } | { ok: false; message: string };

export interface UploadChecks {
  blobs: BlobStore;
  scanner: VirusScanner;
  maxBytes: number;
  /** Told when the scanner could not answer (an operator should know). */
  warn?: (message: string) => void;
}

async function drain(content: Readable): Promise<void> {
  for await (const _ of content);
}

/** The first bytes of a stored file. */
async function headOf(blobs: BlobStore, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of await blobs.get(key)) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= MAGIC_BYTES) break;
  }
  return Buffer.concat(chunks);
}

export async function receiveApplicantUpload(
  checks: UploadChecks,
  upload: ApplicantUpload,
): Promise<UploadOutcome> {
  const fileName = upload.fileName.normalize('NFC').replace(/[\\/]/g, '_').slice(-255);
  const tooLarge = `Tệp “${fileName}” lớn hơn mức cho phép (tối đa ${formatFileSize(checks.maxBytes)})`;
  const type = typeByName(fileName);
  if (!type) {
    await drain(upload.content);
    return { ok: false, message: `Tệp “${fileName}” không nhận được: chỉ nhận tệp ${ACCEPTED_TYPES_TEXT}` };
  }
  let stored: StoredBlob;
  try {
    stored = await checks.blobs.put(upload.content, {
      maxBytes: checks.maxBytes,
      contentType: type.mediaType,
    });
  } catch (error) {
    if (error instanceof BlobTooLargeError) return { ok: false, message: tooLarge };
    throw error;
  }
  const refuse = async (message: string): Promise<UploadOutcome> => {
    await checks.blobs.delete(stored.key);
    return { ok: false, message };
  };
  if (upload.content.truncated) return refuse(tooLarge);
  if (stored.size === 0) return refuse(`Tệp “${fileName}” không có nội dung`);
  if (!contentMatches(type, await headOf(checks.blobs, stored.key)))
    return refuse(
      `Nội dung tệp “${fileName}” không phải tệp ${type.label} (tên tệp không khớp với nội dung); hãy chọn đúng tệp ${ACCEPTED_TYPES_TEXT}`,
    );
  try {
    const verdict = await checks.scanner.scan(() => checks.blobs.get(stored.key));
    if (!verdict.clean)
      return refuse(`Tệp “${fileName}” có mã độc (${verdict.signature}) nên không được nhận và đã bị xóa`);
  } catch (error) {
    if (!(error instanceof VirusScanUnavailableError)) throw error;
    checks.warn?.(error.message);
    return refuse(`Chưa kiểm tra được virus cho tệp “${fileName}”; vui lòng thử lại sau ít phút`);
  }
  return { ok: true, file: { ...stored, fileName, mediaType: type.mediaType } };
}
