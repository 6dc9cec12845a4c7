import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { startTestSmtp, type TestSmtp } from '../../../test/fixtures/smtp.ts';
import { testConfig } from '../config/config.ts';
import { deliverPending } from './deliver.ts';
import { emailSenderFromConfig, smsSenderFromConfig } from './drivers.ts';
import { logEmailSender, logSmsSender } from './log-drivers.ts';
import { type OutboundMessage, queueMessage } from './queue-message.ts';
import type { MessageLog, Senders } from './senders.ts';
import { senderAddress, smtpEmailSender } from './smtp.ts';

let db: TestDatabase;
let smtp: TestSmtp;
let senders: Senders;

/** A log that keeps its lines, to read what the log drivers wrote. */
function recordingLog() {
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  const log: MessageLog = {
    info: (fields, message) => lines.push({ fields: fields as Record<string, unknown>, message }),
    warn: (fields, message) => lines.push({ fields: fields as Record<string, unknown>, message }),
  };
  return { log, lines };
}

const smtpConfig = (port: number) =>
  testConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: port, PUBLIC_URL: 'https://dichvucong.laocai.gov.vn' });

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtp();
  senders = { email: smtpEmailSender(smtpConfig(smtp.port)), sms: logSmsSender(recordingLog().log) };
});

afterAll(async () => {
  await smtp?.close();
});

beforeEach(async () => {
  // every test starts with nothing queued: earlier tests' leftovers must not be sent here
  await db.db.deleteFrom('outboundMessages').execute();
  smtp.refuse(null);
});

const email = (subject: string, to = 'hoa.nguyen@example.vn'): OutboundMessage => ({
  channel: 'email',
  kind: 'dossier_status',
  to,
  subject,
  text: `Kính gửi ông/bà Nguyễn Thị Hòa,\n\n${subject}: hồ sơ đã được tiếp nhận.`,
  html: `<p>${subject}: hồ sơ đã được tiếp nhận.</p>`,
});

async function queue(message: OutboundMessage): Promise<string> {
  return db.db.transaction().execute((trx) => queueMessage(trx, message));
}

const row = (id: string) =>
  db.db.selectFrom('outboundMessages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const minutesLater = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);

describe('sending email through SMTP', () => {
  it('delivers a queued email to the SMTP server, Vietnamese intact, and marks it sent', async () => {
    const id = await queue(email('Hồ sơ 000.00.01.H38-251122-0001: đã được tiếp nhận'));
    expect(await deliverPending(db.db, senders)).toEqual({ sent: 1, failed: 0 });

    const mail = await smtp.waitFor((m) => m.subject.includes('251122-0001'));
    expect(mail.to).toEqual(['hoa.nguyen@example.vn']);
    expect(mail.from).toEqual({ name: 'Cổng dịch vụ công', address: 'no-reply@dichvucong.laocai.gov.vn' });
    expect(mail.subject).toBe('Hồ sơ 000.00.01.H38-251122-0001: đã được tiếp nhận');
    expect(mail.text).toContain('Kính gửi ông/bà Nguyễn Thị Hòa,');
    expect(mail.html).toContain(
      '<p>Hồ sơ 000.00.01.H38-251122-0001: đã được tiếp nhận: hồ sơ đã được tiếp nhận.</p>',
    );
    // a stable Message-ID made of the message's id, and no auto-replies
    expect(mail.messageId).toBe(`<${id}@dichvucong.laocai.gov.vn>`);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');

    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.providerId).toMatch(/^250 /);
  });

  it('never sends the message of a transaction that rolled back', async () => {
    await expect(
      db.db.transaction().execute(async (trx) => {
        await queueMessage(trx, email('Thư không bao giờ đi'));
        throw new Error('thay đổi bị hủy');
      }),
    ).rejects.toThrow('thay đổi bị hủy');
    expect(await deliverPending(db.db, senders)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages.some((m) => m.subject === 'Thư không bao giờ đi')).toBe(false);
  });

  it('retries a temporary refusal (451) later and delivers the message once when the server recovers', async () => {
    smtp.refuse({ code: 451, message: 'Hệ thống đang bận, thử lại sau' });
    const id = await queue(email('Hồ sơ cần bổ sung (gửi lại)'));
    expect(await deliverPending(db.db, senders)).toEqual({ sent: 0, failed: 1 });
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toContain('451');
    // not before its time: a minute after the first failure
    expect(waiting.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(50_000);
    expect(await deliverPending(db.db, senders)).toEqual({ sent: 0, failed: 0 });

    smtp.refuse(null);
    expect(await deliverPending(db.db, senders, { now: minutesLater(2) })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverPending(db.db, senders, { now: minutesLater(60) })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages.filter((m) => m.subject === 'Hồ sơ cần bổ sung (gửi lại)')).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(smtp.refused).toBeGreaterThanOrEqual(1);
  });

  it('gives up at once on a permanent refusal (550)', async () => {
    smtp.refuse({ code: 550, message: 'Không có hộp thư này' });
    const id = await queue(email('Thư tới hộp thư không tồn tại', 'khong-ton-tai@example.vn'));
    expect(await deliverPending(db.db, senders)).toEqual({ sent: 0, failed: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.lastError).toContain('550');
    smtp.refuse(null);
    expect(await deliverPending(db.db, senders, { now: minutesLater(60) })).toEqual({ sent: 0, failed: 0 });
  });

  it('gives up after the last attempt', async () => {
    smtp.refuse({ code: 421, message: 'Tạm thời không nhận thư' });
    const id = await queue(email('Thư thử nhiều lần'));
    await deliverPending(db.db, senders, { maxAttempts: 3 });
    await deliverPending(db.db, senders, { maxAttempts: 3, now: minutesLater(5) });
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 2 });
    await deliverPending(db.db, senders, { maxAttempts: 3, now: minutesLater(30) });
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('two workers draining at once send every message exactly once', async () => {
    const slow = await startTestSmtp({ delayMs: 25 });
    try {
      const slowSenders = { ...senders, email: smtpEmailSender(smtpConfig(slow.port)) };
      const subjects = Array.from({ length: 12 }, (_, i) => `Thông báo số ${i + 1}`);
      for (const subject of subjects) await queue(email(subject));
      const [a, b] = await Promise.all([
        deliverPending(db.db, slowSenders),
        deliverPending(db.db, slowSenders),
      ]);
      expect(a.sent + b.sent).toBe(12);
      // both took part: the work was shared, not done twice
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
      expect(slow.messages.map((m) => m.subject).sort()).toEqual([...subjects].sort());
    } finally {
      await slow.close();
    }
  });
});

describe('drivers', () => {
  it('without SMTP_HOST, email goes to the log: the body is written and the message counts as sent', async () => {
    const { log, lines } = recordingLog();
    const id = await queue({
      channel: 'email',
      kind: 'account_code',
      to: 'an.tran@example.vn',
      subject: 'Mã xác thực tài khoản',
      text: 'Mã xác thực của ông/bà là 482915.',
    });
    expect(emailSenderFromConfig(testConfig(), log).driver).toBe('log');
    await deliverPending(db.db, { email: emailSenderFromConfig(testConfig(), log), sms: logSmsSender(log) });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.message).toContain('an.tran@example.vn');
    expect(lines[0]!.message).toContain('Mã xác thực của ông/bà là 482915.');
    expect(lines[0]!.fields).toMatchObject({ outboundMessage: id, subject: 'Mã xác thực tài khoản' });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('the SMS log driver writes the text message and marks it sent', async () => {
    const { log, lines } = recordingLog();
    const id = await queue({
      channel: 'sms',
      kind: 'dossier_status',
      to: '0912345678',
      text: 'Hồ sơ 000.00.01.H38-251122-0001: đã có kết quả.',
    });
    expect(smsSenderFromConfig(testConfig(), log).driver).toBe('log');
    await deliverPending(db.db, { email: logEmailSender(log), sms: smsSenderFromConfig(testConfig(), log) });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.message).toContain('0912345678');
    expect(lines[0]!.fields).toMatchObject({
      to: '0912345678',
      text: 'Hồ sơ 000.00.01.H38-251122-0001: đã có kết quả.',
    });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('with SMTP_HOST, email goes by SMTP, from SMTP_FROM or else the portal at the host of PUBLIC_URL', () => {
    const { log } = recordingLog();
    expect(emailSenderFromConfig(testConfig({ SMTP_HOST: 'smtp.example.vn' }), log).driver).toBe('smtp');
    expect(senderAddress(testConfig())).toBe('Cổng dịch vụ công <no-reply@localhost>');
    expect(senderAddress(testConfig({ SMTP_FROM: 'Sở Nội vụ <snv@laocai.gov.vn>' }))).toBe(
      'Sở Nội vụ <snv@laocai.gov.vn>',
    );
  });
});
