import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Transform } from 'node:stream';
import {
  createGunzip,
  createGzip,
  createZstdCompress,
  createZstdDecompress,
  constants as zlibConstants,
} from 'node:zlib';
import { Header, type HeaderData, Pax } from 'tar';
import { ArchiveDamagedError, BackupError } from './errors.ts';

/**
 * Just enough tar (POSIX ustar, with pax extended headers for long or non-ASCII names and sizes over 8 GiB)
 * to write and read backup archives as streams. The `tar` package encodes and decodes the headers; the
 * entries are produced and consumed here so that data is pulled at the pace of its consumer (the gzip
 * stream when writing, PostgreSQL or the BlobStore when reading) and never buffered whole.
 */

const BLOCK = 512;
const EMPTY = Buffer.alloc(0);

/** The blocks that start an entry: a pax header when needed, then the ustar header. */
export function entryHeader(entryPath: string, size: number, mtime: Date): Buffer {
  const fields: HeaderData = {
    path: entryPath,
    mode: 0o600,
    uid: 0,
    gid: 0,
    size,
    mtime,
    type: 'File',
    uname: '',
    gname: '',
  };
  const block = Buffer.alloc(BLOCK);
  const needPax = new Header(fields).encode(block);
  if (!needPax) return block;
  return Buffer.concat([new Pax({ path: entryPath, size, mtime }).encode(), block]);
}

/** Zero bytes that bring an entry of `size` bytes to a whole number of blocks. */
export function entryPadding(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? EMPTY : Buffer.alloc(BLOCK - rest);
}

/** Two zero blocks end a tar archive. */
export const END_OF_ARCHIVE = Buffer.alloc(BLOCK * 2);

/** A whole small entry (header, manifest). */
export function* smallEntry(entryPath: string, content: Buffer, mtime: Date): Generator<Buffer> {
  yield entryHeader(entryPath, content.length, mtime);
  yield content;
  yield entryPadding(content.length);
}

/** Pulls exact byte counts out of a stream of chunks of any size. */
class ByteReader {
  readonly #iterator: AsyncIterator<Buffer>;
  #pending: Buffer = EMPTY;
  #ended = false;
  offset = 0;

  constructor(source: AsyncIterable<Buffer>) {
    this.#iterator = source[Symbol.asyncIterator]();
  }

  /** Up to `max` bytes (at least one), or undefined at the end of the input. */
  async chunk(max: number): Promise<Buffer | undefined> {
    while (this.#pending.length === 0) {
      if (this.#ended) return undefined;
      const next = await this.#iterator.next();
      if (next.done) {
        this.#ended = true;
        return undefined;
      }
      this.#pending = next.value;
    }
    const out = this.#pending.subarray(0, max);
    this.#pending = this.#pending.subarray(out.length);
    this.offset += out.length;
    return out;
  }

  /** Exactly `size` bytes; undefined when the input ended cleanly before the first byte. */
  async exact(size: number): Promise<Buffer | undefined> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < size) {
      const part = await this.chunk(size - got);
      if (!part) {
        if (got === 0) return undefined;
        throw new ArchiveDamagedError('tệp bị cắt cụt / the file is truncated');
      }
      parts.push(part);
      got += part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  async skip(size: number): Promise<void> {
    let left = size;
    while (left > 0) {
      const part = await this.chunk(left);
      if (!part) throw new ArchiveDamagedError('tệp bị cắt cụt / the file is truncated');
      left -= part.length;
    }
  }

  async atEnd(): Promise<boolean> {
    const next = await this.chunk(1);
    if (!next) return true;
    this.#pending = Buffer.concat([next, this.#pending]);
    this.offset -= 1;
    return false;
  }
}

/** One file of the archive. Its body must be read (or is skipped) before the next entry is asked for. */
export interface ArchiveEntry {
  path: string;
  size: number;
  body: AsyncIterable<Buffer>;
  /** The whole body, for small entries; refuses more than `limit` bytes. */
  read(limit: number): Promise<Buffer>;
}

/** Entries of an uncompressed tar stream, in order; throws ArchiveDamagedError on anything malformed. */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<ArchiveEntry> {
  const reader = new ByteReader(source);
  let extended: HeaderData | undefined;
  while (true) {
    const block = await reader.exact(BLOCK);
    if (!block) throw new ArchiveDamagedError('thiếu phần kết thúc / the end-of-archive marker is missing');
    const header = new Header(block, 0, extended);
    if (header.nullBlock) {
      const second = await reader.exact(BLOCK);
      if (!second || second.some((b) => b !== 0))
        throw new ArchiveDamagedError('phần kết thúc không hợp lệ / bad end-of-archive marker');
      // tar writers may pad the archive to a record size with more zero blocks; nothing else may follow
      while (!(await reader.atEnd())) {
        const more = await reader.exact(BLOCK);
        if (!more || more.some((b) => b !== 0))
          throw new ArchiveDamagedError('có dữ liệu sau phần kết thúc / data after the end of the archive');
      }
      return;
    }
    if (!header.cksumValid)
      throw new ArchiveDamagedError(`tiêu đề tar hỏng tại byte ${reader.offset - BLOCK} / bad tar header`);
    const size = header.size ?? 0;
    const padded = size + entryPadding(size).length;
    if (header.type === 'ExtendedHeader') {
      if (size > 1024 * 1024) throw new ArchiveDamagedError('pax header too large');
      const body = (await reader.exact(size)) ?? EMPTY;
      await reader.skip(padded - size);
      extended = Pax.parse(body.toString('utf8'), extended, false);
      continue;
    }
    extended = undefined;
    if (header.type !== 'File' && header.type !== 'OldFile')
      throw new ArchiveDamagedError(`mục không phải tệp / unexpected ${header.type} entry ${header.path}`);
    let remaining = size;
    const body: AsyncIterable<Buffer> = {
      async *[Symbol.asyncIterator]() {
        while (remaining > 0) {
          const part = await reader.chunk(Math.min(remaining, 1024 * 1024));
          if (!part)
            throw new ArchiveDamagedError(`tệp bị cắt cụt / the file is truncated in ${header.path}`);
          remaining -= part.length;
          yield part;
        }
      },
    };
    yield {
      path: header.path ?? '',
      size,
      body,
      async read(limit) {
        if (size > limit) throw new ArchiveDamagedError(`${header.path} is too large (${size} bytes)`);
        const parts: Buffer[] = [];
        for await (const part of body) parts.push(part);
        return Buffer.concat(parts);
      },
    };
    await reader.skip(remaining + (padded - size));
  }
}

/**
 * The compression of an archive: gzip (`.tar.gz`, the default, readable everywhere) or zstd (`.tar.zst`,
 * several times faster on files that do not compress, such as scanned PDFs, and smaller on table data).
 */
export type Compression = 'gzip' | 'zstd';

export function compressionOf(file: string): Compression {
  return /\.(tar\.zst|tzst|zst)$/i.test(file) ? 'zstd' : 'gzip';
}

export function compressor(compression: Compression, level?: number): Transform {
  if (compression === 'zstd')
    return createZstdCompress({
      chunkSize: 1024 * 1024,
      params: { [zlibConstants.ZSTD_c_compressionLevel]: level ?? 3 },
    });
  return createGzip({ level: level ?? 6, chunkSize: 1024 * 1024 });
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

/** An archive file opened for reading: the entries of the decompressed tar stream (gzip or zstd, by content). */
export function openArchive(file: string): { entries: AsyncGenerator<ArchiveEntry>; close(): void } {
  let input: ReadStream | undefined;
  let decompress: Transform | undefined;
  async function* entries(): AsyncGenerator<ArchiveEntry> {
    const magic = Buffer.alloc(4);
    const handle = await open(file, 'r');
    try {
      await handle.read(magic, 0, 4, 0);
    } finally {
      await handle.close();
    }
    if (magic.subarray(0, 2).equals(GZIP_MAGIC)) decompress = createGunzip({ chunkSize: 1024 * 1024 });
    else if (magic.equals(ZSTD_MAGIC)) decompress = createZstdDecompress({ chunkSize: 1024 * 1024 });
    else
      throw new BackupError(
        `Tệp không phải bản sao lưu CôngSở / not a CôngSở backup: ${file} is neither gzip nor zstd compressed`,
      );
    const stream = decompress;
    input = createReadStream(file, { highWaterMark: 1024 * 1024 });
    input.once('error', (error) => stream.destroy(error));
    input.pipe(stream);
    yield* readTar(explainDecompressionErrors(stream));
  }
  return {
    entries: entries(),
    close() {
      input?.destroy();
      decompress?.destroy();
    },
  };
}

async function* explainDecompressionErrors(stream: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw error;
    throw new ArchiveDamagedError(
      `không giải nén được / cannot decompress (${(error as Error).message}): the file is truncated or damaged`,
      { cause: error },
    );
  }
}
