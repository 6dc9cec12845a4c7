import net from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EICAR, type FakeClamd, startFakeClamd } from '../../../test/fixtures/fake-clamd.ts';
import { clamdScanner } from './clamd.ts';
import { virusScannerFor } from './virus-scan.ts';
import { VirusScanUnavailableError } from './virus-scanner.ts';

let clamd: FakeClamd;

beforeAll(async () => {
  clamd = await startFakeClamd();
});
afterAll(async () => {
  await clamd.close();
});

const open = (content: Buffer | string) => async () => Readable.from([Buffer.from(content)]);

describe('the clamd driver (INSTREAM over TCP)', () => {
  it('streams the content in length-prefixed chunks and reads the verdict', async () => {
    const scanner = clamdScanner({ host: '127.0.0.1', port: clamd.port, chunkBytes: 1000 });
    const content = Buffer.alloc(5000, 'a');
    expect(await scanner.scan(open(content))).toEqual({ clean: true });
    expect(clamd.scanned.at(-1)!.equals(content)).toBe(true);
    expect(await scanner.scan(open(`%PDF-1.7 ${EICAR} trailer`))).toEqual({
      clean: false,
      signature: 'Eicar-Test-Signature',
    });
  });

  it('is chosen by VIRUS_SCAN; none reads nothing and finds everything clean', async () => {
    const none = virusScannerFor({ VIRUS_SCAN: 'none', CLAMD_HOST: '127.0.0.1', CLAMD_PORT: 1 });
    let opened = false;
    const result = await none.scan(async () => {
      opened = true;
      return Readable.from([Buffer.from(EICAR)]);
    });
    expect({ driver: none.driver, result, opened }).toEqual({
      driver: 'none',
      result: { clean: true },
      opened: false,
    });
    const chosen = virusScannerFor({ VIRUS_SCAN: 'clamd', CLAMD_HOST: '127.0.0.1', CLAMD_PORT: clamd.port });
    expect(chosen.driver).toBe('clamd');
    expect(await chosen.scan(open(EICAR))).toMatchObject({ clean: false });
  });

  it('fails closed when the daemon is not there, says something else, or keeps silent', async () => {
    // a port nobody listens on: take one, then free it
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    await expect(clamdScanner({ host: '127.0.0.1', port }).scan(open('x'))).rejects.toBeInstanceOf(
      VirusScanUnavailableError,
    );

    // (each reads what it is sent, or its end of the connection never hears the close)
    const answering = net.createServer((socket) =>
      socket.resume().end('INSTREAM size limit exceeded. ERROR\0'),
    );
    const silent = net.createServer((socket) => socket.resume());
    for (const server of [answering, silent])
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port;
    await expect(
      clamdScanner({ host: '127.0.0.1', port: portOf(answering) }).scan(open('x')),
    ).rejects.toThrow(/size limit exceeded/);
    await expect(
      clamdScanner({ host: '127.0.0.1', port: portOf(silent), timeoutMs: 300 }).scan(open('x')),
    ).rejects.toThrow(/no verdict within 300 ms/);
    for (const server of [answering, silent])
      await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
