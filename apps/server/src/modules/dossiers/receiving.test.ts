import { extractText, PDF } from '@congso/doc-text';
import { parseDossierCode } from '@congso/one-stop';
import { formatIsoDate, vietnamDateOf } from '@congso/vn-calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import type { DirectoryFixture } from '../../../test/fixtures/directory.ts';
import { loginAll } from '../../../test/fixtures/documents.ts';
import {
  contextOf,
  type OneStopFixture,
  oneStopApp,
  receiptBody,
  receive,
  uploadFile,
} from '../../../test/fixtures/dossiers.ts';
import { dueAt } from '../calendar/index.ts';
import { receiveDossier, submitOnline } from './receiving.ts';
import { receiveSupplement, requestSupplement } from './receiving-supplement.ts';

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let counter: TestClient;
let counterB: TestClient;
let specialist: TestClient;
let leader: TestClient;
let specialistB: TestClient;
let adminB: TestClient;

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  [counter, counterB, specialist, leader, specialistB, adminB] = await loginAll(t, [
    'clerk.a',
    'clerk.b',
    'specialist.a',
    'leader.a',
    'specialist.b',
    'admin.b',
  ] as const);
});

const vn = (text: string) => new Date(`${text}+07:00`);
const todayInVietnam = () => formatIsoDate(vietnamDateOf(new Date()));
const missingCopy = (fx: OneStopFixture) => fx.requiredDocuments[1]!.name;

describe('receiving a complete dossier at the counter', () => {
  it('gives the day’s code, copies the steps, starts the clock and issues the receipt Mẫu 01', async () => {
    const before = new Date();
    const dossier = await receive(counter, receiptBody(fx));
    const code = parseDossierCode(dossier.code);
    expect(code.agencyCode).toBe('000.00.01.H99');
    expect(code.receivedOn).toBe(todayInVietnam());
    expect(dossier).toMatchObject({
      status: 'processing',
      channel: 'counter',
      applicant: { kind: 'citizen', name: 'Nguyễn Thị Hòa', idNumber: '001190012345' },
      procedure: { code: '1.999001', processingDays: 5 },
      receivedBy: { id: f.users['clerk.a']!.id },
      agency: { id: f.agencyA, code: '000.00.01.H99' },
    });
    expect(dossier.appointmentAt).toBe(dossier.dueAt);
    const receivedAt = new Date(dossier.receivedAt);
    expect(receivedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // due: five working days of agency A's calendar from the receipt
    expect(dossier.dueAt).toBe((await dueAt(t.db.db, f.agencyA, receivedAt, { days: 5 })).toISOString());

    expect(dossier.steps.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
      ['Tiếp nhận hồ sơ', 'done'],
      ['Thụ lý, thẩm định hồ sơ', 'active'],
      ['Phê duyệt kết quả', 'pending'],
      ['Thẩm định liên thông tại Sở Tài chính', 'pending'],
      ['Trả kết quả', 'pending'],
    ]);
    expect(dossier.steps[1]).toMatchObject({
      handlerAgency: { id: f.agencyA, name: 'Sở Nội vụ' },
      handlerDepartment: { id: f.departmentA, name: 'Văn phòng Sở' },
      days: 2,
      startedAt: dossier.receivedAt,
      dueAt: (await dueAt(t.db.db, f.agencyA, receivedAt, { days: 2 })).toISOString(),
    });
    expect(dossier.steps[3].handlerAgency.name).toBe('Sở Tài chính');
    expect(dossier.currentStep).toMatchObject({ position: 2, name: 'Thụ lý, thẩm định hồ sơ' });

    expect(dossier.files).toHaveLength(2);
    expect(dossier.files[0]).toMatchObject({
      kind: 'submitted',
      copyKind: 'copy',
      quantity: 1,
      fileName: null,
    });
    expect(dossier.slips).toEqual([expect.objectContaining({ form: '01', issuedBy: expect.any(Object) })]);
    expect(dossier.events).toEqual([
      expect.objectContaining({
        kind: 'receive',
        statusFrom: null,
        statusTo: 'processing',
        actor: { id: f.users['clerk.a']!.id, name: 'Người dùng clerk.a' },
      }),
    ]);
    // the counter may still ask for a supplement or refuse; the step's handler acts on it elsewhere
    expect(dossier.actions).toEqual(expect.arrayContaining(['request_supplement', 'refuse']));
    expect(dossier.actions).not.toContain('accept');

    const audit = await t.db.db
      .selectFrom('auditLog')
      .select(['action', 'targetId'])
      .where('targetId', '=', dossier.id)
      .execute();
    expect(audit).toEqual([{ action: 'dossiers.dossier.receive', targetId: dossier.id }]);
  });

  it('numbers the day’s dossiers per receiving agency, and finds them by code', async () => {
    const first = await receive(counter, receiptBody(fx));
    const second = await receive(
      counter,
      receiptBody(fx, { applicant: { ...receiptBody(fx).applicant, name: 'Lê Văn Nam' } }),
    );
    expect(parseDossierCode(second.code).sequence).toBe(parseDossierCode(first.code).sequence + 1);
    // agency B keeps its own sequence
    const atB = await receive(counterB, receiptBody(fx));
    expect(atB.code).toBe(`000.00.02.H99-${first.code.slice(14, 20)}-0001`);
    const found = await counter.get(`/api/dossiers/by-code/${encodeURIComponent(second.code)}`);
    expect(found.status).toBe(200);
    expect(found.body.id).toBe(second.id);
  });

  it('counts the due date across Tết 2026: received Thursday 12/02 at 9:00 with 5 working days, due Thursday 26/02 at 9:00', async () => {
    // Tết Bính Ngọ 2026 (9441/TB-BNV): days off Monday 16/02 to Friday 20/02. From Thursday 12/02 09:00:
    // Friday 13/02 (1), [14–22/02 weekend and Tết], Monday 23/02 (2), Tuesday 24/02 (3), Wednesday 25/02 (4),
    // Thursday 26/02 09:00 (5). The handling step (2 days) is due Monday 23/02 09:00.
    const ctx = await contextOf(t, counter);
    const dossier = await receiveDossier(t.db.db, ctx, receiptBody(fx), vn('2026-02-12T09:00:00'));
    expect(dossier.code).toMatch(/^000\.00\.01\.H99-260212-0001$/);
    expect(dossier.receivedAt).toBe(vn('2026-02-12T09:00:00').toISOString());
    expect(dossier.dueAt).toBe(vn('2026-02-26T09:00:00').toISOString());
    expect(dossier.appointmentAt).toBe(dossier.dueAt);
    expect(dossier.steps[1]!.dueAt).toBe(vn('2026-02-23T09:00:00').toISOString());
    // the calendar module agrees
    expect(dossier.dueAt).toBe(
      (await dueAt(t.db.db, f.agencyA, vn('2026-02-12T09:00:00'), { days: 5 })).toISOString(),
    );
  });

  it('keeps the scans uploaded before the receipt with it, for those who may see the dossier', async () => {
    const scan = Buffer.from('%PDF-1.4\n% bản quét căn cước\n%%EOF\n');
    const staged = await uploadFile(t, counter, '/api/dossiers/uploads', 'Căn cước.pdf', scan);
    expect(staged.status, staged.text).toBe(201);
    const documents = receiptBody(fx).documents.map((d, i) =>
      i === 1
        ? { ...d, copyKind: 'electronic' as const, quantity: 0, blobId: staged.body.blobId as string }
        : d,
    );
    const dossier = await receive(counter, receiptBody(fx, { documents }));
    const file = dossier.files.find((x: { fileName: string | null }) => x.fileName === 'Căn cước.pdf');
    expect(file).toMatchObject({
      requirement: missingCopy(fx),
      copyKind: 'electronic',
      mediaType: 'application/pdf',
    });
    const url = `/api/dossiers/${dossier.id}/files/${file.id}`;
    // a handler at B (one-stop inter-agency step) reads it; an administrator of B does not see the dossier
    const read = await t.app.inject({ method: 'GET', url, headers: { cookie: specialistB.cookie! } });
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.equals(scan)).toBe(true);
    expect((await adminB.get(url)).status).toBe(404);
    // a paper-only document has no file to download
    const paper = dossier.files.find((x: { fileName: string | null }) => x.fileName === null);
    expect((await counter.get(`/api/dossiers/${dossier.id}/files/${paper.id}`)).status).toBe(404);

    // a scan is taken once, and only by its uploader
    const again = await counter.post('/api/dossiers', receiptBody(fx, { documents }));
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([
      { pointer: '/body/documents/1/blobId', detail: 'Tệp này đã được đính kèm ở nơi khác' },
    ]);
    const other = await uploadFile(t, counterB, '/api/dossiers/uploads', 'Khác.pdf', scan);
    const stolen = await counter.post(
      '/api/dossiers',
      receiptBody(fx, {
        documents: documents.map((d, i) => (i === 1 ? { ...d, blobId: other.body.blobId as string } : d)),
      }),
    );
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors[0].detail).toBe('Không tìm thấy tệp đã tải lên');
    // only the counter uploads
    expect((await uploadFile(t, specialist, '/api/dossiers/uploads', 'x.pdf', scan)).status).toBe(403);
  });

  it('prints the receipt with the code, the documents and the appointment', async () => {
    const dossier = await receive(counter, receiptBody(fx));
    const slip = dossier.slips[0];
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${dossier.id}/slips/${slip.id}/pdf`,
      headers: { cookie: counter.cookie! },
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(response.rawPayload, { mediaType: PDF });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(flat).toContain(dossier.code);
    expect(flat).toContain('Nguyễn Thị Hòa');
    expect(flat).toContain('Bản sao Căn cước của người đề nghị');
    expect(flat).toContain(`${t.config.PUBLIC_URL}/tra-cuu-ho-so?ma=${encodeURIComponent(dossier.code)}`);
    // the header is the receiving agency under its parent
    expect(flat).toContain('SỞ NỘI VỤ');
    expect(flat).toContain('ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM');
    expect(flat).toContain('Lào Cai, ngày');
    // a slip of another dossier is not found through this one
    const other = await receive(counter, receiptBody(fx));
    expect((await counter.get(`/api/dossiers/${dossier.id}/slips/${other.slips[0].id}/pdf`)).status).toBe(
      404,
    );
  });
});

describe('what the counter checks', () => {
  it('refuses an applicant identity that is not a personal id (12 digits) or a business code', async () => {
    const citizen = receiptBody(fx);
    const short = await counter.post('/api/dossiers', {
      ...citizen,
      applicant: { ...citizen.applicant, idNumber: '00119001234' },
    });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([
      { pointer: '/body/applicant/idNumber', detail: 'Số định danh cá nhân gồm đúng 12 chữ số' },
    ]);
    const business = await counter.post('/api/dossiers', {
      ...citizen,
      applicant: { kind: 'business', name: 'Công ty TNHH Sao Mai', idNumber: '5300123456-001' },
    });
    expect(business.status, business.text).toBe(201);
    const wrongBusiness = await counter.post('/api/dossiers', {
      ...citizen,
      applicant: { kind: 'business', name: 'Công ty TNHH Sao Mai', idNumber: '001190012345' },
    });
    expect(wrongBusiness.body.errors[0].pointer).toBe('/body/applicant/idNumber');
  });

  it('needs every required document for a complete dossier, named as the procedure names them, and a postal address for postal return', async () => {
    const body = receiptBody(fx);
    const missing = await counter.post('/api/dossiers', { ...body, documents: body.documents.slice(0, 1) });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/body/documents',
        detail: expect.stringContaining(missingCopy(fx)),
      }),
    ]);
    const unknown = await counter.post('/api/dossiers', {
      ...body,
      documents: [...body.documents, { requirement: 'Giấy khai sinh', copyKind: 'copy', quantity: 1 }],
    });
    expect(unknown.body.errors).toEqual([
      { pointer: '/body/documents/2/requirement', detail: 'Không phải thành phần hồ sơ của thủ tục' },
    ]);
    const post = await counter.post('/api/dossiers', { ...body, resultDelivery: 'post' });
    expect(post.body.errors).toEqual([
      { pointer: '/body/postalAddress', detail: 'Nhận kết quả qua bưu chính cần địa chỉ nhận' },
    ]);
  });

  it('receives only procedures that are active, have a legal time and are offered at the agency', async () => {
    for (const [procedureId, says] of [
      [fx.untimedProcedureId, 'chưa có thời hạn giải quyết'],
      [fx.inactiveProcedureId, 'đã ngừng áp dụng'],
      [crypto.randomUUID(), 'Không tìm thấy thủ tục'],
    ] as const) {
      const response = await counter.post('/api/dossiers', receiptBody(fx, { procedureId }));
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ pointer: '/body/procedureId' });
      expect(response.body.detail).toContain(says);
    }
    // the form procedure has steps at A only
    const atB = await counterB.post('/api/dossiers', receiptBody(fx, { procedureId: fx.formProcedureId }));
    expect(atB.body.detail).toContain('chưa có quy trình nội bộ tại cơ quan này');
    // nothing was recorded for the refused receipts
    const list = await counter.get(`/api/dossiers?procedureId=${fx.untimedProcedureId}`);
    expect(list.body.total).toBe(0);
  });

  it('checks the application form against the procedure’s schema, each problem at its field', async () => {
    const body = receiptBody(fx, { procedureId: fx.formProcedureId });
    const wrong = await counter.post('/api/dossiers', {
      ...body,
      formData: { ngaySinh: '31/02/1990', soCon: -1 },
    });
    expect(wrong.status).toBe(400);
    const pointers = wrong.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/body/formData/hoTen', '/body/formData/ngaySinh', '/body/formData/soCon']),
    );
    const extra = await counter.post('/api/dossiers', {
      ...body,
      formData: { hoTen: 'Nguyễn Thị Hòa', ghiChu: 'x' },
    });
    expect(extra.status).toBe(400);
    const right = await receive(counter, { ...body, formData: { hoTen: 'Nguyễn Thị Hòa', soCon: 2 } });
    expect(right.formData).toEqual({ hoTen: 'Nguyễn Thị Hòa', soCon: 2 });
    expect(right.procedure.formSchema).toMatchObject({ title: 'Tờ khai đề nghị' });
    // a procedure without a form takes no form data
    const none = await counter.post('/api/dossiers', receiptBody(fx, { formData: { hoTen: 'x' } }));
    expect(none.body.errors).toEqual([
      { pointer: '/body/formData', detail: 'Thủ tục này không có tờ khai điện tử' },
    ]);
  });

  it('lets only the counter of the receiving agency receive', async () => {
    expect((await leader.post('/api/dossiers', receiptBody(fx))).status).toBe(403);
    expect((await specialist.post('/api/dossiers', receiptBody(fx))).status).toBe(403);
    expect((await counter.post('/api/dossiers', receiptBody(fx, { agencyId: f.agencyB }))).status).toBe(403);
  });
});

describe('an incomplete dossier and its supplement', () => {
  it('is recorded with the guidance Mẫu 02 and no clock, then received when the supplement completes it', async () => {
    const body = receiptBody(fx);
    const items = [{ document: missingCopy(fx), reason: 'Chưa nộp bản sao Căn cước' }];
    const registered = await receive(counter, {
      ...body,
      documents: body.documents.slice(0, 1),
      outcome: 'incomplete',
      supplementItems: items,
    });
    expect(registered).toMatchObject({
      status: 'supplement_requested',
      receivedAt: null,
      dueAt: null,
      steps: [],
      pauses: [],
      slips: [
        expect.objectContaining({ form: '02', items: [{ name: missingCopy(fx), reason: items[0]!.reason }] }),
      ],
      events: [expect.objectContaining({ kind: 'register_incomplete', statusTo: 'supplement_requested' })],
    });
    expect(parseDossierCode(registered.code).agencyCode).toBe('000.00.01.H99');
    expect(registered.actions).toEqual(expect.arrayContaining(['supplement', 'refuse']));

    // the supplement must bring what is missing
    const url = `/api/dossiers/${registered.id}/supplement`;
    const stillMissing = await counter.post(url, { documents: [] });
    expect(stillMissing.status).toBe(409);
    expect(stillMissing.body.detail).toContain(missingCopy(fx));

    const received = await counter.post(url, {
      documents: [{ requirement: missingCopy(fx), copyKind: 'certified_copy', quantity: 1 }],
    });
    expect(received.status, received.text).toBe(200);
    expect(received.body).toMatchObject({ status: 'processing', code: registered.code });
    expect(received.body.receivedAt).not.toBeNull();
    expect(received.body.steps).toHaveLength(5);
    expect(received.body.slips.map((s: { form: string }) => s.form)).toEqual(['02', '01']);
    expect(received.body.files.map((x: { kind: string }) => x.kind)).toEqual(['submitted', 'supplement']);
    expect(received.body.pauses).toEqual([]);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${registered.id}/slips/${registered.slips[0].id}/pdf`,
      headers: { cookie: counter.cookie! },
    });
    const { text } = await extractText(pdf.rawPayload, { mediaType: PDF });
    expect(text.replace(/\s+/g, ' ')).toContain('Chưa nộp bản sao Căn cước');
  });

  it('pauses the clock while the applicant supplements, and extends the due date by exactly that working time', async () => {
    const ctx = await contextOf(t, counter);
    // Monday 02/03/2026 08:00 + 5 working days (no day off in March): Monday 09/03 08:00
    const dossier = await receiveDossier(t.db.db, ctx, receiptBody(fx), vn('2026-03-02T08:00:00'));
    expect(dossier.dueAt).toBe(vn('2026-03-09T08:00:00').toISOString());
    expect(dossier.steps[1]!.dueAt).toBe(vn('2026-03-04T08:00:00').toISOString());

    // the handler of the step in progress asks on Tuesday 08:00; the applicant brings it Thursday 08:00
    const handler = await contextOf(t, specialist);
    const paused = await requestSupplement(
      t.db.db,
      handler,
      dossier.id,
      {
        items: [
          { document: 'Tờ khai đề nghị cấp giấy phép (theo mẫu)', reason: 'Ghi thiếu địa chỉ thường trú' },
        ],
      },
      vn('2026-03-03T08:00:00'),
    );
    expect(paused).toMatchObject({
      status: 'supplement_requested',
      pausedSince: vn('2026-03-03T08:00:00').toISOString(),
    });
    expect(paused.pauses).toEqual([
      { reason: 'supplement', startedAt: vn('2026-03-03T08:00:00').toISOString(), endedAt: null },
    ]);
    expect(paused.slips.map((s) => s.form)).toEqual(['01', '02']);

    const resumed = await receiveSupplement(
      t.db.db,
      ctx,
      dossier.id,
      {
        documents: [
          { requirement: 'Tờ khai đề nghị cấp giấy phép (theo mẫu)', copyKind: 'original', quantity: 1 },
        ],
      },
      vn('2026-03-05T08:00:00'),
    );
    // two working days with the applicant: due, appointment and the step in progress move by two days
    expect(resumed).toMatchObject({
      status: 'processing',
      pausedSince: null,
      dueAt: vn('2026-03-11T08:00:00').toISOString(),
      appointmentAt: vn('2026-03-11T08:00:00').toISOString(),
    });
    expect(resumed.steps[1]!.dueAt).toBe(vn('2026-03-06T08:00:00').toISOString());
    expect(resumed.pauses[0]!.endedAt).toBe(vn('2026-03-05T08:00:00').toISOString());
    expect(resumed.events.map((e) => e.kind)).toEqual(['receive', 'request_supplement', 'supplement']);
  });

  it('lets only the counter or the handler of the step in progress ask for a supplement', async () => {
    const dossier = await receive(counter, receiptBody(fx));
    const body = { items: [{ document: 'Tờ khai', reason: 'Thiếu chữ ký' }] };
    // leader.a approves a later step; specialist.b handles the inter-agency step, not yet
    expect((await leader.post(`/api/dossiers/${dossier.id}/request-supplement`, body)).status).toBe(403);
    expect((await specialistB.post(`/api/dossiers/${dossier.id}/request-supplement`, body)).status).toBe(403);
    expect((await adminB.post(`/api/dossiers/${dossier.id}/request-supplement`, body)).status).toBe(404);
    // the handler may; once with the applicant it cannot be asked again, and only the counter takes it in
    expect((await specialist.post(`/api/dossiers/${dossier.id}/request-supplement`, body)).status).toBe(200);
    expect((await counter.post(`/api/dossiers/${dossier.id}/request-supplement`, body)).status).toBe(409);
    expect((await specialist.post(`/api/dossiers/${dossier.id}/supplement`, { documents: [] })).status).toBe(
      403,
    );
    const back = await counter.post(`/api/dossiers/${dossier.id}/supplement`, { documents: [] });
    expect(back.body.status).toBe('processing');
  });
});

describe('online dossiers and refusal', () => {
  it('waits for the counter, which accepts it: received then, with the receipt', async () => {
    const id = await submitOnline(t.db.db, {
      agencyId: f.agencyA,
      procedureId: fx.procedureId,
      applicant: {
        kind: 'citizen',
        name: 'Trần Văn Bình',
        idNumber: '002085001122',
        email: 'binh@example.vn',
      },
      summary: 'Nộp trực tuyến',
    });
    const waiting = await counter.get(`/api/dossiers/${id}`);
    expect(waiting.body).toMatchObject({
      status: 'waiting',
      channel: 'online',
      receivedAt: null,
      resultDelivery: 'online',
    });
    expect(waiting.body.events[0]).toMatchObject({ kind: 'submit_online', actor: null });
    expect(waiting.body.actions).toEqual(expect.arrayContaining(['accept', 'request_supplement', 'refuse']));
    // before receipt it has no steps: only the receiving agency sees it
    expect((await specialist.post(`/api/dossiers/${id}/accept`)).status).toBe(404);
    expect((await leader.post(`/api/dossiers/${id}/accept`)).status).toBe(403);
    const accepted = await counter.post(`/api/dossiers/${id}/accept`);
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'processing', receivedBy: { id: f.users['clerk.a']!.id } });
    expect(accepted.body.slips.map((s: { form: string }) => s.form)).toEqual(['01']);
    expect(accepted.body.steps[1].status).toBe('active');
    expect((await counter.post(`/api/dossiers/${id}/accept`)).status).toBe(409);
  });

  it('asks for a supplement of an online dossier before receipt without pausing any clock', async () => {
    const id = await submitOnline(t.db.db, {
      agencyId: f.agencyA,
      procedureId: fx.procedureId,
      applicant: { kind: 'citizen', name: 'Phạm Thu Hà', idNumber: '003190004455' },
    });
    const asked = await counter.post(`/api/dossiers/${id}/request-supplement`, {
      items: [{ document: missingCopy(fx), reason: 'Ảnh chụp bị mờ' }],
    });
    expect(asked.body).toMatchObject({ status: 'supplement_requested', pausedSince: null, pauses: [] });
    const received = await counter.post(`/api/dossiers/${id}/supplement`, {
      documents: fx.requiredDocuments
        .filter((d) => d.required)
        .map((d) => ({ requirement: d.name, copyKind: 'copy', quantity: 1 })),
    });
    expect(received.body.status).toBe('processing');
    expect(received.body.slips.map((s: { form: string }) => s.form)).toEqual(['02', '01']);
  });

  it('refuses with Mẫu 03: the dossier ends, its pause and step in progress with it', async () => {
    const dossier = await receive(counter, receiptBody(fx));
    await specialist.post(`/api/dossiers/${dossier.id}/request-supplement`, {
      items: [{ document: 'Tờ khai', reason: 'Thiếu chữ ký' }],
    });
    expect((await specialist.post(`/api/dossiers/${dossier.id}/refuse`, { reasons: ['x'] })).status).toBe(
      403,
    );
    const refused = await counter.post(`/api/dossiers/${dossier.id}/refuse`, {
      reasons: ['Không thuộc thẩm quyền giải quyết (Điều 5 Quyết định công bố)', 'Người nộp không bổ sung'],
    });
    expect(refused.status, refused.text).toBe(200);
    expect(refused.body).toMatchObject({
      status: 'refused',
      pausedSince: null,
      currentStep: null,
      actions: [],
    });
    expect(refused.body.endedAt).not.toBeNull();
    expect(refused.body.pauses[0].endedAt).not.toBeNull();
    expect(refused.body.steps[1]).toMatchObject({
      status: 'done',
      finishedBy: { id: f.users['clerk.a']!.id },
    });
    const slip = refused.body.slips.at(-1);
    expect(slip).toMatchObject({ form: '03' });
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${dossier.id}/slips/${slip.id}/pdf`,
      headers: { cookie: counter.cookie! },
    });
    const { text } = await extractText(pdf.rawPayload, { mediaType: PDF });
    expect(text.replace(/\s+/g, ' ')).toContain('Không thuộc thẩm quyền giải quyết');
    expect((await counter.post(`/api/dossiers/${dossier.id}/refuse`, { reasons: ['lần nữa'] })).status).toBe(
      409,
    );
  });
});

describe('who sees a dossier', () => {
  it('the receiving agency and the agencies its steps go to; anyone else gets 404', async () => {
    const atA = await receive(counter, receiptBody(fx));
    const atB = await receive(counterB, receiptBody(fx));
    // B's own dossier (all steps at B) is not A's business
    expect((await counter.get(`/api/dossiers/${atB.id}`)).status).toBe(404);
    expect((await specialist.get(`/api/dossiers/${atB.id}`)).status).toBe(404);
    expect((await counter.get(`/api/dossiers/by-code/${atB.code}`)).status).toBe(404);
    // A's dossier has an inter-agency step at B: B's handler sees it
    expect((await specialistB.get(`/api/dossiers/${atA.id}`)).status).toBe(200);
    expect((await adminB.get(`/api/dossiers/${atA.id}`)).status).toBe(404);
    expect((await adminB.get(`/api/dossiers/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
