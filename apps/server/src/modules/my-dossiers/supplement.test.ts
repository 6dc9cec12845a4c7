import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { type SignedInApplicant, signedInApplicant } from '../../../test/fixtures/applicants.ts';
import type { DirectoryFixture } from '../../../test/fixtures/directory.ts';
import { contextOf, type OneStopFixture, oneStopApp } from '../../../test/fixtures/dossiers.ts';
import {
  backOffice,
  PDF,
  PNG,
  postMultipart,
  storedUpload,
  submittedBy,
} from '../../../test/fixtures/my-dossiers.ts';
import { visibleText } from '../../../test/html-text.ts';
import { getDossier } from '../dossiers/detail.ts';
import { acceptDossier } from '../dossiers/receiving.ts';
import { supplementOnline } from '../dossiers/receiving-online-supplement.ts';
import { requestSupplement } from '../dossiers/receiving-supplement.ts';

/**
 * A supplement answered online, with the platform's default `ONLINE_SUPPLEMENT=resume`: the applicant sees
 * what is asked and why, sends a file per thing, and the dossier resumes at once with its clock moved as at
 * the counter; one never received goes back to the counter's waiting queue. (`check`: supplement-check.test.ts.)
 */

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let people: Awaited<ReturnType<typeof backOffice>>;
let hoa: SignedInApplicant;

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  people = await backOffice(t);
  hoa = await signedInApplicant(t, { displayName: 'Nguyễn Thị Hòa' });
});

const vn = (text: string) => new Date(`${text}+07:00`);
const copyOfId = () => fx.requiredDocuments[1]!.name;
const asked = [
  { document: 'Bản sao Căn cước của người đề nghị', reason: 'Ảnh chụp bị mờ, không đọc được số' },
  { document: 'Sơ đồ vị trí hoạt động', reason: 'Chưa có sơ đồ kèm theo' },
];
/** The files the app's BlobStore holds. */
const storedFiles = () => {
  const root = path.join(t.config.CONGSO_DATA_DIR, 'blobs');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
};

/** An online dossier of Hòa's, accepted, that the handler of its step asked to supplement; its id and slip. */
async function askedToSupplement() {
  const id = await submittedBy(t, f, fx, hoa);
  await people.counter.post(`/api/dossiers/${id}/accept`);
  const paused = await people.specialist.post(`/api/dossiers/${id}/request-supplement`, {
    items: asked,
    note: 'Đề nghị bổ sung trong 05 ngày làm việc',
  });
  expect(paused.status, paused.text).toBe(200);
  return { id, slipId: paused.body.slips.at(-1).id as string };
}

describe('a supplement answered online (resume)', () => {
  it('shows what is asked and why, and sends the form back for each file missing or not taken, keeping nothing', async () => {
    const { id, slipId } = await askedToSupplement();
    const page = await hoa.get(`/ho-so-cua-toi/${id}`);
    const text = visibleText(page.body);
    expect(text).toContain('Cần bổ sung hồ sơ');
    expect(text).toContain('Lý do: Đề nghị bổ sung trong 05 ngày làm việc');
    expect(text).toContain('1. Bản sao Căn cước của người đề nghị Lý do: Ảnh chụp bị mờ, không đọc được số');
    expect(text).toContain('2. Sơ đồ vị trí hoạt động Lý do: Chưa có sơ đồ kèm theo');
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toMatch(/<label for="tep-1">2\. Sơ đồ vị trí hoạt động<\/label>/);

    const before = storedFiles();
    const url = `/ho-so-cua-toi/${id}/bo-sung`;
    const missing = await postMultipart(t, hoa, url, { phieu: slipId, 'ghi-chu': 'Đã chụp lại' }, [
      { field: 'document.0', fileName: 'can-cuoc.pdf', content: PDF },
    ]);
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('<a href="#tep-1">Hãy chọn tệp cho mục “Sơ đồ vị trí hoạt động”</a>');
    expect(missing.body).toMatch(
      /id="tep-1"[^>]*aria-describedby="tep-1-ly-do tep-goi-y tep-1-loi" aria-invalid="true"/,
    );
    expect(missing.body).toContain('>Đã chụp lại</textarea>');

    const wrong = await postMultipart(t, hoa, url, { phieu: slipId }, [
      { field: 'document.0', fileName: 'can-cuoc.exe', content: PDF },
      { field: 'document.1', fileName: 'so-do.pdf', content: Buffer.from('không phải PDF') },
    ]);
    expect(wrong.statusCode).toBe(422);
    const problems = visibleText(wrong.body);
    expect(problems).toContain('Có 2 lỗi cần sửa');
    expect(problems).toContain('chỉ nhận tệp PDF, JPEG, PNG, DOC hoặc DOCX');
    expect(problems).toContain('Nội dung tệp “so-do.pdf” không phải tệp PDF');
    // nothing refused was kept, and the dossier did not move
    expect(storedFiles()).toEqual(before);
    expect((await people.counter.get(`/api/dossiers/${id}`)).body.status).toBe('supplement_requested');
  });

  it('resumes the dossier at once: files to the back office, the pause ended, the history told', async () => {
    const { id, slipId } = await askedToSupplement();
    const sent = await postMultipart(
      t,
      hoa,
      `/ho-so-cua-toi/${id}/bo-sung`,
      { phieu: slipId, 'ghi-chu': 'Gửi bản chụp rõ hơn' },
      [
        { field: 'document.0', fileName: 'can-cuoc.pdf', content: PDF },
        { field: 'document.1', fileName: 'so-do.png', content: PNG },
      ],
    );
    expect(sent.statusCode, sent.body).toBe(303);
    expect(sent.headers.location).toBe(`/ho-so-cua-toi/${id}?da-bo-sung=tiep-tuc`);
    const page = visibleText((await hoa.get(sent.headers.location as string)).body);
    expect(page).toContain('Đã nhận hồ sơ bổ sung của bạn; hồ sơ tiếp tục được giải quyết.');
    expect(page).toContain('Trạng thái Đang giải quyết');
    expect(page).toContain(
      'Hồ sơ bổ sung gửi trực tuyến đã được nhận; tiếp tục giải quyết, hạn giải quyết mới',
    );
    expect(page).toContain('Sơ đồ vị trí hoạt động: so-do.png (bổ sung lúc');
    expect(page).not.toContain('Gửi hồ sơ bổ sung');

    // the back office sees the files on the dossier and opens them
    const staff = (await people.counter.get(`/api/dossiers/${id}`)).body;
    expect(staff).toMatchObject({ status: 'processing', pausedSince: null });
    expect(staff.pauses[0].endedAt).not.toBeNull();
    const supplements = staff.files.filter((x: { kind: string }) => x.kind === 'supplement');
    const named = supplements.map((x: { requirement: string; fileName: string }) => [
      x.requirement,
      x.fileName,
    ]);
    expect(named.sort()).toEqual([
      [asked[0]!.document, 'can-cuoc.pdf'],
      [asked[1]!.document, 'so-do.png'],
    ]);
    expect(supplements[0].addedBy).toEqual({ id: hoa.userId, name: hoa.displayName });
    const png = supplements.find((x: { fileName: string }) => x.fileName === 'so-do.png');
    const opened = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${id}/files/${png.id}`,
      headers: { cookie: people.specialist.cookie! },
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.rawPayload.equals(PNG)).toBe(true);
    expect(staff.events.at(-1)).toMatchObject({
      kind: 'supplement',
      actor: { id: hoa.userId },
      note: 'Gửi bản chụp rõ hơn',
      data: { online: true, files: 2, answersSlipId: slipId },
    });
    const audit = await t.db.db
      .selectFrom('auditLog')
      .select(['actorUserId'])
      .where('action', '=', 'dossiers.dossier.supplement')
      .where('targetId', '=', id)
      .execute();
    expect(audit).toEqual([{ actorUserId: hoa.userId }]);
    // answered: it cannot be answered again
    const again = await postMultipart(t, hoa, `/ho-so-cua-toi/${id}/bo-sung`, { phieu: slipId }, [
      { field: 'document.0', fileName: 'a.pdf', content: PDF },
      { field: 'document.1', fileName: 'b.pdf', content: PDF },
    ]);
    expect(again.statusCode).toBe(409);
    expect(visibleText(again.body)).toContain('Hồ sơ không còn chờ bổ sung');
  });

  it('moves the due date, the appointment and the step in progress by exactly the working time with the applicant', async () => {
    const counter = await contextOf(t, people.counter);
    const handler = await contextOf(t, people.specialist);
    // received Monday 02/03/2026 08:00 (5 working days: due Monday 09/03 08:00); asked Tuesday 08:00
    const id = await submittedBy(t, f, fx, hoa, { at: vn('2026-03-02T07:30:00') });
    const received = await acceptDossier(t.db.db, counter, id, vn('2026-03-02T08:00:00'));
    expect(received.dueAt).toBe(vn('2026-03-09T08:00:00').toISOString());
    await requestSupplement(
      t.db.db,
      handler,
      id,
      { items: [{ document: copyOfId(), reason: 'Mờ' }] },
      vn('2026-03-03T08:00:00'),
    );
    const slipId = (await getDossier(t.db.db, counter, id)).slips.at(-1)!.id;

    // answered online on Thursday 08:00: two working days with the applicant
    const outcome = await supplementOnline(
      t.db.db,
      { ...counter, actor: null },
      { userId: hoa.userId, name: hoa.username },
      id,
      {
        slipId,
        note: null,
        files: [{ requirement: copyOfId(), stored: await storedUpload(t, 'cc.pdf', PDF) }],
      },
      'resume',
      vn('2026-03-05T08:00:00'),
    );
    expect(outcome).toBe('resumed');
    const resumed = await getDossier(t.db.db, counter, id);
    expect(resumed).toMatchObject({
      status: 'processing',
      pausedSince: null,
      dueAt: vn('2026-03-11T08:00:00').toISOString(),
      appointmentAt: vn('2026-03-11T08:00:00').toISOString(),
    });
    expect(resumed.steps[1]!.dueAt).toBe(vn('2026-03-06T08:00:00').toISOString());
    expect(resumed.pauses[0]!.endedAt).toBe(vn('2026-03-05T08:00:00').toISOString());
  });

  it('sends a dossier asked to supplement before it was received back to the counter’s waiting queue', async () => {
    const id = await submittedBy(t, f, fx, hoa);
    const asking = await people.counter.post(`/api/dossiers/${id}/request-supplement`, {
      items: [{ document: copyOfId(), reason: 'Thiếu bản sao căn cước' }],
    });
    const slipId = asking.body.slips[0].id;
    const sent = await postMultipart(t, hoa, `/ho-so-cua-toi/${id}/bo-sung`, { phieu: slipId }, [
      { field: 'document.0', fileName: 'can-cuoc.jpg', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]) },
    ]);
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/ho-so-cua-toi/${id}?da-bo-sung=cho-tiep-nhan`);
    const page = visibleText((await hoa.get(sent.headers.location as string)).body);
    expect(page).toContain('Đã gửi hồ sơ bổ sung; hồ sơ chờ cơ quan kiểm tra và tiếp nhận lại.');
    expect(page).toContain('Trạng thái Chờ tiếp nhận');
    const waiting = (await people.counter.get('/api/dossiers?queue=waiting&pageSize=100')).body.items;
    expect(waiting.map((d: { id: string }) => d.id)).toContain(id);
    const staff = (await people.counter.get(`/api/dossiers/${id}`)).body;
    expect(staff).toMatchObject({ status: 'waiting', receivedAt: null, pauses: [] });
    expect(staff.events.at(-1)).toMatchObject({ kind: 'resubmit_online', actor: { id: hoa.userId } });
    // the counter checks and accepts it as any online dossier: received now, with the receipt
    const accepted = await people.counter.post(`/api/dossiers/${id}/accept`);
    expect(accepted.body.status).toBe('processing');
    expect(accepted.body.slips.map((s: { form: string }) => s.form)).toEqual(['02', '01']);
  });

  it('refuses an answer to a request the back office has replaced since the page was read', async () => {
    const { id } = await askedToSupplement();
    const stale = await postMultipart(
      t,
      hoa,
      `/ho-so-cua-toi/${id}/bo-sung`,
      { phieu: crypto.randomUUID() },
      [
        { field: 'document.0', fileName: 'a.pdf', content: PDF },
        { field: 'document.1', fileName: 'b.pdf', content: PDF },
      ],
    );
    expect(stale.statusCode).toBe(409);
    expect(visibleText(stale.body)).toContain('Yêu cầu bổ sung đã thay đổi');
    expect((await people.counter.get(`/api/dossiers/${id}`)).body.status).toBe('supplement_requested');
  });
});
