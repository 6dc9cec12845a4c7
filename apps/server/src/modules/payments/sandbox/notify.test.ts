import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { notifyMerchant } from './notify.ts';

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A merchant on a loopback port answering each notification in turn as told; the URLs it was called at. */
async function merchant(answers: ((res: import('node:http').ServerResponse) => void)[]) {
  const calls: string[] = [];
  server = createServer((req, res) => {
    calls.push(req.url ?? '');
    (answers[calls.length - 1] ?? answers.at(-1)!)(res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/api/payments/notify?vnp_TxnRef=A1`, calls };
}

const json = (body: unknown) => (res: import('node:http').ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const status = (code: number) => (res: import('node:http').ServerResponse) => res.writeHead(code).end();

describe('the sandbox gateway notifying the merchant', () => {
  it('tries again after an HTTP error or a 99, and stops at the merchant’s decision', async () => {
    const m = await merchant([
      status(503),
      json({ RspCode: '99', Message: 'Unknown error' }),
      json({ RspCode: '00', Message: 'Confirm Success' }),
    ]);
    const answer = await notifyMerchant(m.url, { delaysMs: [0, 10, 10, 10] });
    expect(answer).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    expect(m.calls).toEqual(Array(3).fill('/api/payments/notify?vnp_TxnRef=A1'));
  });

  it('takes 02, 04 or 97 as the merchant’s word: no second try', async () => {
    const m = await merchant([json({ RspCode: '97', Message: 'Invalid signature' })]);
    expect(await notifyMerchant(m.url, { delaysMs: [0, 10] })).toEqual({
      RspCode: '97',
      Message: 'Invalid signature',
    });
    expect(m.calls).toHaveLength(1);
  });

  it('gives up after its last try when the merchant never answers well', async () => {
    const m = await merchant([status(500)]);
    expect(await notifyMerchant(m.url, { delaysMs: [0, 10, 10] })).toBeUndefined();
    expect(m.calls).toHaveLength(3);
  });
});
