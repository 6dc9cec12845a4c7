/**
 * Attachments: the national SDK zips each file and base64-encodes the zip (ContentType `application/zip`,
 * sometimes the file's own type — the 2025 gateway packages say `application/pdf` over a zip). Other
 * systems send the file itself. `attachmentFile` tells them apart by the zip signature, unzipping with a
 * bounded inflate so that a zip bomb is rejected, not expanded.
 */
import { Buffer } from 'node:buffer';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { EdxmlError } from './errors.ts';
import type { Attachment } from './model.ts';
import { type ParseOptions, type ParseResult, parseEdxml } from './read.ts';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export interface UnzipLimits {
  /** Largest total uncompressed size, in bytes (default 64 MiB). */
  maxOutputBytes?: number;
  /** Most entries (default 1000). */
  maxEntries?: number;
  /** Inflates and returns only the entries this accepts; the others are not read (a DOCX's images, say). */
  only?: (name: string) => boolean;
}

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;

export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** Reads a zip (stored or deflated entries) from its central directory, within the limits. */
export function unzip(data: Uint8Array, limits: UnzipLimits = {}, path = 'zip'): ZipEntry[] {
  const maxOutput = limits.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const maxEntries = limits.maxEntries ?? 1000;
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const bad = (message: string) => new EdxmlError('INVALID_ZIP', `Tệp nén zip hỏng: ${message}`, { path });
  // end of central directory: the last signature within the final 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw bad('không tìm thấy thư mục trung tâm');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw bad('định dạng ZIP64 không được hỗ trợ');
  if (count > maxEntries) throw bad(`${count} tệp, vượt giới hạn ${maxEntries}`);
  if (cdOffset + cdSize > eocd) throw bad('thư mục trung tâm nằm ngoài tệp');
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== 0x02014b50)
      throw bad(`mục ${n + 1} của thư mục trung tâm hỏng`);
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw bad(`${name}: tệp được mã hóa`);
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== 0x04034b50)
      throw bad(`${name}: phần đầu cục bộ hỏng`);
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (start + compressedSize > buf.length) throw bad(`${name}: dữ liệu nằm ngoài tệp`);
    const raw = buf.subarray(start, start + compressedSize);
    if (name.endsWith('/') || (limits.only && !limits.only(name))) continue;
    const room = maxOutput - total;
    if (size > room)
      throw new EdxmlError(
        'ATTACHMENT_TOO_LARGE',
        `${name}: giải nén ra ${size} byte, vượt giới hạn ${maxOutput} byte`,
        { path },
      );
    let out: Buffer;
    if (method === 0) out = Buffer.from(raw);
    else if (method === 8) {
      try {
        // bounded: a zip whose header lies about the size still stops at the limit
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, room) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          throw new EdxmlError(
            'ATTACHMENT_TOO_LARGE',
            `${name}: giải nén vượt giới hạn ${maxOutput} byte (zip bomb?)`,
            { path },
          );
        throw bad(`${name}: dữ liệu deflate hỏng (${(error as Error).message})`);
      }
    } else throw bad(`${name}: phương pháp nén ${method} không được hỗ trợ`);
    if (out.length !== size) throw bad(`${name}: kích thước ${out.length} khác khai báo ${size}`);
    if (crc32(out) >>> 0 !== crc) throw bad(`${name}: sai CRC-32`);
    total += out.length;
    entries.push({ name, data: new Uint8Array(out.buffer, out.byteOffset, out.byteLength) });
  }
  return entries;
}

/** Writes a zip of deflated entries (what the SDK sends: one entry per attachment). */
export function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    const compressed = deflateRawSync(data);
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...locals, cd, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

export interface AttachmentFile {
  /** The attachment's name (the zip entry's own name is a transfer artefact, kept in `entryName`). */
  name: string | undefined;
  data: Uint8Array;
  /** Whether the file came out of a transfer zip. */
  zipped: boolean;
  entryName?: string;
}

/**
 * The file an attachment carries. A zip holding exactly one entry is the SDK's transfer wrapping and is
 * opened, unless the attachment is itself named `*.zip` (then the zip is the file). Anything else is
 * returned as it is.
 */
export function attachmentFile(attachment: Attachment, limits: UnzipLimits = {}): AttachmentFile {
  const name = attachment.attachmentName;
  if (!isZip(attachment.data) || name?.toLowerCase().endsWith('.zip'))
    return { name, data: attachment.data, zipped: false };
  const entries = unzip(attachment.data, limits, `attachment ${name ?? attachment.contentId ?? ''}`);
  if (entries.length !== 1) return { name, data: attachment.data, zipped: false };
  return { name, data: entries[0]!.data, zipped: true, entryName: entries[0]!.name };
}

/** Wraps a file as the SDK does: zipped, ContentType `application/zip`. */
export function zipAttachment(file: {
  name: string;
  data: Uint8Array;
  contentId?: string;
  description?: string;
}): Attachment {
  const attachment: Attachment = {
    attachmentName: file.name,
    contentType: 'application/zip',
    data: zip([{ name: file.name, data: file.data }]),
  };
  if (file.contentId) attachment.contentId = file.contentId;
  if (file.description) attachment.description = file.description;
  return attachment;
}

function looksLikeEdxml(data: Uint8Array): boolean {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 4096)).toString('utf8');
  return /<(?:[\w.-]+:)?edXML[\s>]/.test(head);
}

/**
 * When the attachment (after unzipping) is itself an edXML package, parses it; otherwise undefined.
 * `depth` guards against packages nested without end.
 */
export function parseNestedPackage(
  attachment: Attachment,
  options: ParseOptions & UnzipLimits & { depth?: number } = {},
): ParseResult | undefined {
  const depth = options.depth ?? 1;
  if (depth > 4) throw new EdxmlError('TOO_DEEP', 'Gói tin lồng trong tệp đính kèm quá 4 cấp');
  const file = attachmentFile(attachment, options);
  if (!looksLikeEdxml(file.data)) return undefined;
  return parseEdxml(file.data, options);
}
