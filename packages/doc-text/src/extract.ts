import { DocTextError } from './errors.ts';
import { readInThread } from './thread.ts';

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The media types `extractText` reads. */
export const supportedMediaTypes: readonly string[] = [PDF, DOCX];

export interface ExtractOptions {
  /** The file's media type (`application/pdf`, or the DOCX type); the bytes must match it. */
  mediaType: string;
  /** Most characters returned (default 1,000,000); more is cut and `truncated` is set. */
  maxChars?: number;
  /** Largest input, in bytes (default 100 MiB). */
  maxBytes?: number;
  /** Time budget of the reading thread, in milliseconds (default 60 s). */
  timeoutMs?: number;
  /** Heap of the reading thread, in MiB (default 512). */
  maxMemoryMb?: number;
  /** DOCX: largest total size of the unzipped text parts, in bytes (default 64 MiB). */
  maxXmlBytes?: number;
}

export interface ExtractedText {
  /** Plain text in NFC: paragraphs and lines on lines of their own, spaces collapsed. */
  text: string;
  /** Whether the text was cut at `maxChars`. */
  truncated: boolean;
  /** PDF: the number of pages. */
  pages?: number;
}

/**
 * The plain text of a PDF or DOCX file, read in a worker thread within a time and memory budget. Rejects
 * with `DocTextError` (and nothing else, whatever the bytes) when the file is of another type, protected, damaged
 * or beyond the limits. A PDF without a text layer (a scan) gives empty text: reading it would take OCR.
 */
export async function extractText(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedText> {
  const maxChars = options.maxChars ?? 1_000_000;
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024;
  const mediaType = options.mediaType.split(';')[0]!.trim().toLowerCase();
  if (mediaType !== PDF && mediaType !== DOCX)
    throw new DocTextError('UNSUPPORTED', `Chưa đọc được nội dung tệp loại ${mediaType || 'không rõ'}`);
  if (!Number.isInteger(maxChars) || maxChars < 1)
    throw new RangeError('maxChars must be a positive integer');
  if (bytes.byteLength > maxBytes)
    throw new DocTextError('TOO_LARGE', `Tệp ${bytes.byteLength} byte vượt giới hạn ${maxBytes} byte`);
  return readInThread(
    {
      bytes,
      format: mediaType === PDF ? 'pdf' : 'docx',
      maxChars,
      maxXmlBytes: options.maxXmlBytes ?? 64 * 1024 * 1024,
    },
    { timeoutMs: options.timeoutMs ?? 60_000, maxMemoryMb: options.maxMemoryMb ?? 512 },
  );
}
