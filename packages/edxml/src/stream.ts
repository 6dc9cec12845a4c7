/**
 * Streaming: a package read from a stream, the attachments' base64 decoded chunk by chunk into sinks, so
 * that memory stays bounded by the header (everything but the attachment contents) whatever the size of the
 * attachments. The header is then parsed exactly as `parseEdxml` parses a package.
 */
import { Buffer } from 'node:buffer';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { EdxmlError } from './errors.ts';
import { type ParseOptions, type ParseResult, parseWith } from './read.ts';
import { MARK } from './xml.ts';

export interface StreamOptions extends ParseOptions {
  /**
   * Where the decoded bytes of the n-th attachment content (0, 1, … in document order) go. The stream is
   * ended when the content ends; backpressure is respected.
   */
  sink: (index: number) => Writable;
  /** Largest header (the package less the attachment contents), default 8 MiB. */
  maxHeaderBytes?: number;
  /** Largest decoded attachment, default 2 GiB. */
  maxAttachmentBytes?: number;
}

export interface StreamedAttachment {
  /** Index in `package.attachments` (its `data` is empty: the bytes went to the sink). */
  attachment: number;
  /** The index the sink was opened with. */
  sink: number;
  /** Decoded bytes written to the sink. */
  bytes: number;
}

export interface StreamResult extends ParseResult {
  streamed: StreamedAttachment[];
}

const NEEDLE = Buffer.from('ContentTransferEncoded');
/** Longest start tag of a ContentTransferEncoded element looked for across chunk ends. */
const TAG_WINDOW = 2048;
/** Base64 decoded this many bytes at a time. */
const SLICE = 48 * 1024;

// base64 alphabet → value; 64 = whitespace; 65 = '='; 255 = invalid
const VALUE = new Uint8Array(256).fill(255);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries())
  VALUE[c.charCodeAt(0)] = i;
for (const c of [9, 10, 13, 32]) VALUE[c] = 64;
VALUE[61] = 65;

/** Strict base64, fed in chunks of any size. */
class Base64Decoder {
  private carry = '';
  private padding = 0;
  private position = 0;
  bytes = 0;
  private readonly label: string;

  constructor(label: string) {
    this.label = label;
  }

  /**
   * Decodes what it can of `chunk` (whitespace dropped, characters checked), in slices of 48 KiB so that the
   * strings made on the way stay small and short-lived.
   */
  push(chunk: Buffer): Buffer[] {
    const out: Buffer[] = [];
    for (let at = 0; at < chunk.length; at += SLICE) {
      const decoded = this.slice(chunk.subarray(at, at + SLICE));
      if (decoded) out.push(decoded);
    }
    return out;
  }

  private slice(chunk: Buffer): Buffer | undefined {
    let clean = true;
    for (let i = 0; i < chunk.length; i++) {
      const v = VALUE[chunk[i]!]!;
      if (v === 255) this.fail(`ký tự '${String.fromCharCode(chunk[i]!)}' ở vị trí ${this.position + i + 1}`);
      if (v === 64) clean = false;
      else if (v === 65) this.padding++;
      else if (this.padding > 0) this.fail('dấu = chỉ được ở cuối');
    }
    this.position += chunk.length;
    if (this.padding > 2) this.fail('quá hai dấu =');
    const text =
      this.carry + (clean ? chunk.toString('latin1') : chunk.toString('latin1').replace(/[\t\n\r ]+/g, ''));
    const usable = text.length - (text.length % 4);
    this.carry = text.slice(usable);
    if (usable === 0) return undefined;
    const out = Buffer.from(text.slice(0, usable), 'base64');
    this.bytes += out.length;
    return out;
  }

  end(): void {
    if (this.carry.length !== 0) this.fail(`số ký tự không phải bội số của 4 (dư ${this.carry.length})`);
  }

  private fail(what: string): never {
    throw new EdxmlError('INVALID_BASE64', `${this.label}: nội dung không phải base64: ${what}`);
  }
}

function isNameByte(b: number): boolean {
  return (
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x61 && b <= 0x7a) ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x5f ||
    b === 0x2d ||
    b === 0x2e ||
    b === 0x3a
  );
}

/**
 * Finds the end ('>' index) of a ContentTransferEncoded start tag in `buf`: -1 when there is none, -2 when
 * one may be starting at `pending` (incomplete, wait for more bytes).
 */
function findStartTag(buf: Buffer): { end: number; pending: number } {
  let at = buf.indexOf(NEEDLE);
  while (at !== -1) {
    let open = at - 1;
    while (open >= 0 && isNameByte(buf[open]!)) open--;
    const next = at + NEEDLE.length;
    if (open >= 0 && buf[open] === 0x3c && (open === at - 1 || buf[at - 1] === 0x3a)) {
      if (next >= buf.length) return { end: -2, pending: open };
      const after = buf[next];
      if (after === 0x3e || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d) {
        let quote = 0;
        let i = next;
        for (; i < buf.length; i++) {
          const b = buf[i]!;
          if (quote) {
            if (b === quote) quote = 0;
          } else if (b === 0x22 || b === 0x27) quote = b;
          else if (b === 0x3e || b === 0x3c) break;
        }
        if (i >= buf.length) return { end: -2, pending: open };
        if (buf[i] === 0x3e && buf[i - 1] !== 0x2f) return { end: i, pending: -1 };
      }
    }
    at = buf.indexOf(NEEDLE, next);
  }
  return { end: -1, pending: -1 };
}

async function write(sink: Writable, chunk: Buffer): Promise<void> {
  if (!sink.write(chunk)) await once(sink, 'drain');
}

/**
 * Parses a package from a stream (a Node Readable or any async iterable of bytes), sending the decoded
 * attachment contents to `options.sink(n)` as they arrive. Memory: the header plus a chunk.
 */
export async function parseEdxmlStream(
  source: AsyncIterable<Uint8Array>,
  options: StreamOptions,
): Promise<StreamResult> {
  const maxHeader = options.maxHeaderBytes ?? 8 * 1024 * 1024;
  const maxAttachment = options.maxAttachmentBytes ?? 2 * 1024 * 1024 * 1024;
  const header: Buffer[] = [];
  let headerBytes = 0;
  let pending = Buffer.alloc(0);
  let payload: { decoder: Base64Decoder; sink: Writable; index: number } | undefined;
  const sizes: number[] = [];

  const keep = (bytes: Buffer) => {
    if (bytes.length === 0) return;
    headerBytes += bytes.length;
    if (headerBytes > maxHeader)
      throw new EdxmlError(
        'TOO_LARGE',
        `Phần đầu gói tin (không kể nội dung tệp đính kèm) vượt giới hạn ${maxHeader} byte`,
      );
    header.push(bytes);
  };

  try {
    for await (const piece of source) {
      let chunk: Buffer = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      while (chunk.length > 0) {
        if (payload) {
          const lt = chunk.indexOf(0x3c);
          const content = lt === -1 ? chunk : chunk.subarray(0, lt);
          for (const out of payload.decoder.push(content)) {
            if (payload.decoder.bytes > maxAttachment)
              throw new EdxmlError(
                'ATTACHMENT_TOO_LARGE',
                `Tệp đính kèm vượt giới hạn ${maxAttachment} byte`,
              );
            await write(payload.sink, out);
          }
          if (lt === -1) break;
          payload.decoder.end();
          payload.sink.end();
          sizes.push(payload.decoder.bytes);
          keep(Buffer.from(`${MARK}${payload.index}${MARK}`, 'utf8'));
          payload = undefined;
          chunk = chunk.subarray(lt);
          continue;
        }
        const buf = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
        const found = findStartTag(buf);
        if (found.end >= 0) {
          keep(Buffer.from(buf.subarray(0, found.end + 1)));
          const index = sizes.length;
          payload = {
            index,
            decoder: new Base64Decoder(`Tệp đính kèm thứ ${index + 1} (ContentTransferEncoded)`),
            sink: options.sink(index),
          };
          pending = Buffer.alloc(0);
          chunk = buf.subarray(found.end + 1);
          continue;
        }
        // keep back what may be the start of a tag cut by the chunk's end
        const hold = found.end === -2 ? found.pending : Math.max(0, buf.length - TAG_WINDOW);
        if (buf.length - hold > TAG_WINDOW * 4 && found.end === -2)
          throw new EdxmlError('TOO_LARGE', 'Thẻ mở ContentTransferEncoded quá dài');
        keep(Buffer.from(buf.subarray(0, hold)));
        pending = Buffer.from(buf.subarray(hold));
        break;
      }
    }
    if (payload) throw new EdxmlError('XML_SYNTAX', 'Dữ liệu kết thúc giữa nội dung một tệp đính kèm');
    keep(pending);
  } catch (error) {
    // closed without an error event: the caller learns why from the rejected promise
    payload?.sink.destroy();
    throw error;
  }

  const bytes = Buffer.concat(header);
  const result = parseWith(
    bytes,
    { ...options, limits: { ...options.limits, maxBytes: maxHeader } },
    sizes.length,
  );
  const streamed: StreamedAttachment[] = [];
  for (const [sink, attachment] of result.streamedUse)
    streamed.push({ attachment, sink, bytes: sizes[sink]! });
  streamed.sort((a, b) => a.sink - b.sink);
  const { streamedUse: _, ...rest } = result;
  return { ...rest, streamed };
}
