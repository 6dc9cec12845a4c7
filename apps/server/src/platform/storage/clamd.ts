import net from 'node:net';
import type { Readable } from 'node:stream';
import { type ScanResult, type VirusScanner, VirusScanUnavailableError } from './virus-scanner.ts';

export interface ClamdOptions {
  host: string;
  port: number;
  /** The whole scan (connect, send, verdict) must end within this; default 60 s. */
  timeoutMs?: number;
  /** Bytes per INSTREAM chunk; default 64 KiB. */
  chunkBytes?: number;
}

/**
 * The ClamAV daemon's INSTREAM command over TCP (clamd(8)): `zINSTREAM\0`, then the content as chunks each
 * led by its length (4 bytes, network order), then a zero length; clamd answers one NUL-terminated line,
 * `stream: OK` or `stream: <signature> FOUND` (or `… ERROR`, e.g. past its StreamMaxLength). The content is
 * streamed, never held whole; every write waits for the previous one, so a slow daemon slows the sender.
 */
export function clamdScanner(options: ClamdOptions): VirusScanner {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const chunkBytes = options.chunkBytes ?? 65_536;
  return {
    driver: 'clamd',
    async scan(open) {
      const socket = net.connect({ host: options.host, port: options.port });
      let content: Readable | undefined;
      const timer = setTimeout(
        () => socket.destroy(new Error(`no verdict within ${timeoutMs} ms`)),
        timeoutMs,
      );
      try {
        const verdict = answerOf(socket);
        const sending = (async () => {
          await connected(socket);
          if (socket.destroyed) return; // the scan already ended (timed out, or answered)
          content = await open();
          if (socket.destroyed) return void content.destroy();
          await send(socket, Buffer.from('zINSTREAM\0', 'latin1'));
          for await (const chunk of content as AsyncIterable<Buffer>)
            for (let at = 0; at < chunk.length; at += chunkBytes) {
              const piece = chunk.subarray(at, at + chunkBytes);
              const length = Buffer.alloc(4);
              length.writeUInt32BE(piece.length);
              await send(socket, Buffer.concat([length, piece]));
            }
          await send(socket, Buffer.alloc(4));
        })();
        // clamd may answer before the end (a size limit): the answer wins, the sending is abandoned
        sending.catch(() => undefined);
        const answer = await Promise.race([verdict, sending.then(() => verdict)]);
        return readVerdict(answer);
      } catch (error) {
        if (error instanceof VirusScanUnavailableError) throw error;
        throw new VirusScanUnavailableError(
          `clamd ${options.host}:${options.port}: ${(error as Error).message}`,
        );
      } finally {
        clearTimeout(timer);
        socket.destroy();
        content?.destroy();
      }
    },
  };
}

function connected(socket: net.Socket): Promise<void> {
  if (!socket.connecting) return Promise.resolve();
  return new Promise((resolve) => socket.once('connect', () => resolve()));
}

function send(socket: net.Socket, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    socket.write(bytes, (error) => (error ? reject(error) : resolve())),
  );
}

/** The daemon's one line (up to the NUL), or the error that ended the connection. */
function answerOf(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.on('data', (data: Buffer) => {
      text += data.toString('latin1');
      const end = text.indexOf('\0');
      if (end !== -1) resolve(text.slice(0, end));
      if (text.length > 4096) reject(new Error('answer too long'));
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('connection closed without an answer')));
  });
}

function readVerdict(answer: string): ScanResult {
  const line = answer.trim();
  if (line === 'stream: OK') return { clean: true };
  const found = /^stream: (.+) FOUND$/.exec(line);
  if (found) return { clean: false, signature: found[1]! };
  throw new VirusScanUnavailableError(`clamd answered: ${line || '(nothing)'}`);
}
