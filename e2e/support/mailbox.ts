import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback for the end-to-end run: the platform sends to it as it would to the
 * province's mail server, and each message it accepts is kept as an .eml file in `dir`, where the flows (in
 * another process) read it.
 */
export async function startMailbox(dir: string): Promise<{ port: number; close: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        count++;
        const name = `${Date.now()}-${String(count).padStart(5, '0')}.eml`;
        writeFileSync(path.join(dir, name), Buffer.concat(chunks));
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      if (typeof address === 'object' && address) resolve(address.port);
      else reject(new Error('mailbox: no port'));
    });
  });
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/** The messages that arrived in `dir` so far, oldest first. */
export async function readMailbox(dir: string): Promise<ReceivedMail[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(readFileSync(path.join(dir, file)));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
      return { to, subject: mail.subject ?? '', text: mail.text ?? '' };
    }),
  );
}

/** Waits (up to `timeoutMs`) for a message to `to` whose subject or text matches. */
export async function waitForMail(
  dir: string,
  to: string,
  matches: (mail: ReceivedMail) => boolean,
  timeoutMs = 20_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readMailbox(dir)).filter((m) => m.to.includes(to) && matches(m)).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`e2e: no mail to ${to} arrived in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
