import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { attachToStep, forwardAs, type StepPeople } from '../../../test/fixtures/dossier-processing.ts';
import {
  type OneStopFixture,
  receiptBody,
  receive,
  seedOneStopFixture,
} from '../../../test/fixtures/dossiers.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../../../test/fixtures/smtp.ts';
import { createLogger } from '../../platform/logging.ts';
import { deliverPending } from '../../platform/messaging/deliver.ts';
import { sendersFromConfig } from '../../platform/messaging/drivers.ts';
import { submitOnline } from '../dossiers/receiving.ts';
import { vietnamInstant } from './texts.ts';

// The whole chain with the job queue running: a change in the back office writes a history line, its commit
// wakes the applicant-notice drain, which queues an email, whose commit wakes the sender, which hands it to
// a real SMTP server on loopback. Nothing here polls the database to make it happen.

const PUBLIC_URL = 'https://dichvucong.example.vn';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let smtp: TestSmtp;
let people: StepPeople;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: smtp.port, PUBLIC_URL }, { jobs: true });
  f = await seedDirectoryFixture(t.db.db);
  fx = await seedOneStopFixture(t.db.db, f);
  people = {
    counter: await t.login('clerk.a', PASSWORD),
    specialist: await t.login('specialist.a', PASSWORD),
    leader: await t.login('leader.a', PASSWORD),
    specialistB: await t.login('specialist.b', PASSWORD),
  };
});

afterAll(async () => {
  await smtp?.close();
});

/** A citizen's account on the portal (a `users` row of kind citizen). */
async function citizenAccount(email: string): Promise<string> {
  const row = await t.db.db
    .insertInto('users')
    .values({ username: email, displayName: 'Trần Văn An', kind: 'citizen', email })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function post(client: TestClient, url: string, body: object = {}) {
  const response = await client.post(url, body);
  expect(response.status, response.text).toBe(200);
  return response.body;
}

const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));

/** The next notice to `address` whose subject ends with `what`. */
const noticeTo = (address: string, what: string): Promise<ReceivedMail> =>
  smtp.waitFor((m) => m.to.includes(address) && m.subject.endsWith(what));

/** Waits until the applicant-notice feed has dealt with every line of the dossier; their outcomes in order. */
async function feedSettled(dossierId: string): Promise<{ kind: string; status: string }[]> {
  const until = Date.now() + 10_000;
  for (;;) {
    const rows = await t.db.db
      .selectFrom('dossierOutbox as o')
      .innerJoin('dossierEvents as e', 'e.id', 'o.eventId')
      .select(['e.kind', 'o.status'])
      .where('o.dossierId', '=', dossierId)
      .where('o.consumer', '=', 'applicant_notice')
      .orderBy('o.id')
      .execute();
    if (rows.every((r) => r.status !== 'pending')) return rows;
    if (Date.now() > until) throw new Error(`feed not settled: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function messagesOf(dossierId: string) {
  return t.db.db
    .selectFrom('outboundMessages')
    .select(['channel', 'recipient', 'subject', 'bodyText', 'status', 'attempts'])
    .where('dossierId', '=', dossierId)
    .orderBy('createdAt')
    .execute();
}

describe('applicant notices', () => {
  it('an online dossier: submitted, received, supplement asked and brought, a fee — told in order, never of internal steps', async () => {
    const email = 'an.tran@example.vn';
    const account = await citizenAccount(email);
    const id = await submitOnline(t.db.db, {
      agencyId: f.agencyA,
      procedureId: fx.procedureId,
      applicant: { kind: 'citizen', name: 'Trần Văn An', idNumber: '001090001234', phone: '0987654321' },
      summary: 'Đề nghị cấp giấy phép hoạt động thử nghiệm',
      submittedBy: account,
    });
    const { code } = await t.db.db
      .selectFrom('dossiers')
      .select('code')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const link = `${PUBLIC_URL}/ho-so-cua-toi/${id}`;

    // the account's email, since the application gave none; the link to "my dossiers"
    const submitted = await noticeTo(email, 'đã nộp trực tuyến, chờ tiếp nhận');
    expect(submitted.subject).toBe(`Hồ sơ ${code}: đã nộp trực tuyến, chờ tiếp nhận`);
    expect(submitted.from.name).toBe('Cổng dịch vụ công');
    expect(submitted.text).toContain('Kính gửi ông/bà Trần Văn An,');
    expect(submitted.text).toContain('Thủ tục: Cấp giấy phép hoạt động thử nghiệm');
    expect(submitted.text).toContain(`Xem hồ sơ của tôi: ${link}`);
    expect(submitted.html).toContain(`<a href="${link}">Xem hồ sơ của tôi</a>`);

    const accepted = await post(people.counter, `/api/dossiers/${id}/accept`);
    const received = await noticeTo(email, 'đã được tiếp nhận');
    expect(received.text).toContain(
      `Ngày hẹn trả kết quả: ${vietnamInstant(new Date(accepted.appointmentAt))}`,
    );
    expect(received.text).toMatch(
      /Ngày hẹn trả kết quả: \d\d giờ \d\d, (thứ \S+|chủ nhật), ngày \d\d\/\d\d\/20\d\d/,
    );

    await post(people.specialist, `/api/dossiers/${id}/request-supplement`, {
      items: [
        {
          document: 'Bản sao Căn cước của người đề nghị',
          reason: 'Bản chụp bị mờ, không đọc được số định danh',
        },
      ],
      note: 'Nộp bổ sung trong 10 ngày làm việc',
    });
    const supplement = await noticeTo(email, 'cần bổ sung, hoàn thiện');
    expect(supplement.text).toContain(
      '- Bản sao Căn cước của người đề nghị: Bản chụp bị mờ, không đọc được số định danh',
    );
    expect(supplement.text).toContain('Ghi chú: Nộp bổ sung trong 10 ngày làm việc');
    expect(supplement.text).toContain('không tính vào thời hạn giải quyết');

    const resumedDetail = await post(people.counter, `/api/dossiers/${id}/supplement`, {
      documents: [{ requirement: 'Bản sao Căn cước của người đề nghị' }],
    });
    const resumed = await noticeTo(email, 'đã nhận hồ sơ bổ sung, tiếp tục giải quyết');
    expect(resumed.text).toContain(vietnamInstant(new Date(resumedDetail.appointmentAt)));

    // an internal step: the specialist hands the dossier on to the leader — nothing for the applicant
    await forwardAs(people.specialist, id);
    await post(people.counter, `/api/dossiers/${id}/request-fee`, {
      amount: 150_000,
      purpose: 'Lệ phí cấp giấy phép hoạt động',
    });
    const fee = await noticeTo(email, 'đề nghị thực hiện nghĩa vụ tài chính');
    expect(fee.text).toContain('Số tiền: 150.000 đồng');
    expect(fee.text).toContain('Nội dung: Lệ phí cấp giấy phép hoạt động');

    const outcomes = await feedSettled(id);
    expect(outcomes).toEqual([
      { kind: 'submit_online', status: 'sent' },
      { kind: 'accept', status: 'sent' },
      { kind: 'request_supplement', status: 'sent' },
      { kind: 'supplement', status: 'sent' },
      { kind: 'forward', status: 'skipped' },
      { kind: 'request_fee', status: 'sent' },
    ]);
    // arrived in the order things happened, each once
    expect(mailsTo(email).map((m) => m.subject.replace(`Hồ sơ ${code}: `, ''))).toEqual([
      'đã nộp trực tuyến, chờ tiếp nhận',
      'đã được tiếp nhận',
      'cần bổ sung, hoàn thiện',
      'đã nhận hồ sơ bổ sung, tiếp tục giải quyết',
      'đề nghị thực hiện nghĩa vụ tài chính',
    ]);
    // marked sent once the server accepted them (the commit follows the server's answer)
    await expect
      .poll(async () => (await messagesOf(id)).map((m) => `${m.channel} ${m.status}`))
      .toEqual(Array(5).fill('email sent'));
  });

  it('a counter dossier: told at the address given, with the public lookup link, when received, ready and returned', async () => {
    const email = 'hoa.counter@example.vn';
    const detail = await receive(people.counter, {
      ...receiptBody(fx),
      applicant: { ...receiptBody(fx).applicant, email },
    });
    const lookup = `${PUBLIC_URL}/tra-cuu-ho-so?ma=${encodeURIComponent(detail.code)}`;
    const received = await noticeTo(email, 'đã được tiếp nhận');
    expect(received.subject).toBe(`Hồ sơ ${detail.code}: đã được tiếp nhận`);
    expect(received.text).toContain(`Tra cứu hồ sơ: ${lookup}`);
    expect(received.text).toContain('Kính gửi ông/bà Nguyễn Thị Hòa,');

    await forwardAs(people.specialist, detail.id);
    await forwardAs(people.leader, detail.id);
    expect((await attachToStep(t, people.specialistB, detail.id, 'result')).status).toBe(201);
    await forwardAs(people.specialistB, detail.id);
    const ready = await noticeTo(email, 'đã có kết quả');
    expect(ready.text).toContain(
      'Mời ông/bà đến nhận kết quả tại Bộ phận Tiếp nhận và Trả kết quả của Sở Nội vụ',
    );

    await post(people.counter, `/api/dossiers/${detail.id}/return`, {
      delivery: 'counter',
      receivedBy: 'Nguyễn Thị Hòa',
      identityNote: 'Căn cước số 001190012345',
    });
    const returned = await noticeTo(email, 'đã trả kết quả');
    expect(returned.text).toContain('Kết quả đã được trả trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả');

    const outcomes = await feedSettled(detail.id);
    expect(outcomes.filter((o) => o.status === 'sent').map((o) => o.kind)).toEqual([
      'receive',
      'complete',
      'return_result',
    ]);
    expect(outcomes.filter((o) => o.status === 'skipped').map((o) => o.kind)).toEqual([
      'forward',
      'forward',
      'file_added',
    ]);
    expect(mailsTo(email)).toHaveLength(3);
  });

  it('refused: the reasons, one a line', async () => {
    const email = 'refused@example.vn';
    const detail = await receive(people.counter, {
      ...receiptBody(fx),
      applicant: { ...receiptBody(fx).applicant, email },
    });
    await post(people.counter, `/api/dossiers/${detail.id}/refuse`, {
      reasons: ['Không thuộc thẩm quyền giải quyết của Sở Nội vụ', 'Hồ sơ giả mạo giấy tờ'],
    });
    const refused = await noticeTo(email, 'từ chối tiếp nhận, giải quyết');
    expect(refused.text).toContain(
      '- Không thuộc thẩm quyền giải quyết của Sở Nội vụ\n- Hồ sơ giả mạo giấy tờ',
    );
  });

  it('only a phone: an SMS with the lookup link; neither email nor phone: nothing to tell', async () => {
    const byPhone = await receive(people.counter, {
      ...receiptBody(fx),
      applicant: { ...receiptBody(fx).applicant, email: undefined, phone: '0912000111' },
    });
    await feedSettled(byPhone.id);
    const sms = await messagesOf(byPhone.id);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ channel: 'sms', recipient: '0912000111', subject: null });
    expect(sms[0]!.bodyText).toBe(
      `Hồ sơ ${byPhone.code}: đã được tiếp nhận. Chi tiết: ${PUBLIC_URL}/tra-cuu-ho-so?ma=${encodeURIComponent(byPhone.code)}`,
    );

    const unreachable = await receive(people.counter, {
      ...receiptBody(fx),
      applicant: { ...receiptBody(fx).applicant, email: undefined, phone: undefined },
    });
    expect(await feedSettled(unreachable.id)).toEqual([{ kind: 'receive', status: 'skipped' }]);
    expect(await messagesOf(unreachable.id)).toEqual([]);
  });

  it('while the mail server refuses, the notices wait; once it recovers they arrive once each, in order', async () => {
    const email = 'retry@example.vn';
    smtp.refuse({ code: 451, message: '4.3.2 Hệ thống tạm thời quá tải, xin thử lại sau' });
    try {
      const detail = await receive(people.counter, {
        ...receiptBody(fx),
        applicant: { ...receiptBody(fx).applicant, email },
      });
      const until = Date.now() + 10_000;
      while ((await messagesOf(detail.id))[0]?.attempts !== 1) {
        if (Date.now() > until) throw new Error('the first attempt never happened');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // a later notice of the same dossier waits behind the one being retried
      await post(people.counter, `/api/dossiers/${detail.id}/refuse`, { reasons: ['Hồ sơ không hợp lệ'] });
      await feedSettled(detail.id);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await messagesOf(detail.id)).map((m) => [m.status, m.attempts])).toEqual([
        ['pending', 1],
        ['pending', 0],
      ]);
      expect(mailsTo(email)).toEqual([]);

      smtp.refuse(null);
      // the minute's sweep, two minutes on: the first retried, then the one behind it
      const later = () => new Date(Date.now() + 2 * 60_000);
      const senders = sendersFromConfig(t.config, createLogger('silent'));
      expect(await deliverPending(t.db.db, senders, { now: later })).toEqual({ sent: 2, failed: 0 });
      expect(await deliverPending(t.db.db, senders, { now: later })).toEqual({ sent: 0, failed: 0 });
      expect(mailsTo(email).map((m) => m.subject.replace(`Hồ sơ ${detail.code}: `, ''))).toEqual([
        'đã được tiếp nhận',
        'từ chối tiếp nhận, giải quyết',
      ]);
      expect((await messagesOf(detail.id)).map((m) => [m.status, m.attempts])).toEqual([
        ['sent', 2],
        ['sent', 1],
      ]);
    } finally {
      smtp.refuse(null);
    }
  });
});
