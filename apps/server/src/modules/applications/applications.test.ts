import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { RequiredDocument } from '@congso/one-stop';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import {
  type FormFile,
  type SignedInApplicant,
  signedInApplicant,
} from '../../../test/fixtures/applicants.ts';
import { EICAR, type FakeClamd, startFakeClamd } from '../../../test/fixtures/fake-clamd.ts';
import { fixturesDir } from '../../../test/global-setup.ts';
import { seedDemoOneStop } from '../../seed/demo-one-stop.ts';
import { seedDemoProvince } from '../../seed/demo-province.ts';
import { DEMO_PASSWORD } from '../../seed/demo-province-data.ts';
import { seedBundledSchedules } from '../calendar/index.ts';

// Applying online on the portal, over the demo province: procedure 1.002153 (Đăng ký hành nghề luật sư với
// tư cách cá nhân) is offered at the service centre (TTPVHCC) with an application form. Uploads are
// scanned by a fake clamd on loopback; files above 64 KB are too big.

const LAWYER = '1.002153';
const LIMIT = 64 * 1024;

let t: TestApp;
let clamd: FakeClamd;
let counter: TestClient;
let centre: string;
let documents: RequiredDocument[];

const pdf = (text = 'Đơn đề nghị') =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeAll(async () => {
  clamd = await startFakeClamd();
  t = await createTestApp({
    VIRUS_SCAN: 'clamd',
    CLAMD_HOST: '127.0.0.1',
    CLAMD_PORT: clamd.port,
    UPLOAD_LIMIT_BYTES: LIMIT,
  });
  await seedDemoProvince(t.db.db, fixturesDir);
  await seedBundledSchedules(t.db.db);
  await seedDemoOneStop(t.db.db, fixturesDir);
  counter = await t.login('motcua.ttpvhcc', DEMO_PASSWORD);
  centre = (
    await t.db.db
      .selectFrom('agencies')
      .select('id')
      .where('abbreviation', '=', 'TTPVHCC')
      .executeTakeFirstOrThrow()
  ).id;
  const lawyer = await t.db.db
    .selectFrom('procedures')
    .select('requiredDocuments')
    .where('code', '=', LAWYER)
    .executeTakeFirstOrThrow();
  documents = lawyer.requiredDocuments as unknown as RequiredDocument[];
}, 300_000);

afterAll(async () => {
  await clamd.close();
});

/** Starts (or continues) the applicant's draft of a procedure; its id. */
async function startDraft(applicant: SignedInApplicant, code = LAWYER): Promise<string> {
  const started = await applicant.get(`/nop-ho-so/${code}?co-quan=${centre}`);
  expect(started.statusCode, started.body).toBe(303);
  const match = /^\/ho-so-nhap\/([0-9a-f-]{36})$/.exec(String(started.headers.location));
  expect(match, String(started.headers.location)).not.toBeNull();
  return match![1]!;
}

/** The answers of the lawyer's form, all valid. */
const answers = {
  'f.hoTen': 'Lê Văn Tâm',
  'f.ngaySinh': '1988-03-15',
  'f.soChungChi': '12345/CCHN-BTP',
  'f.doanLuatSu': 'Đoàn Luật sư tỉnh Lào Cai',
};

/** The applicant's details as the page sends them back (prefilled from the profile, a name typed). */
const details = {
  'applicant.name': 'Lê Văn Tâm',
  'applicant.idNumber': '001190012345',
  'applicant.phone': '0912345678',
  'applicant.email': '',
  'applicant.address': 'Phường Cốc Lếu, tỉnh Lào Cai',
};

/** A file for every required document of the lawyer's procedure. */
const everyDocument = (): FormFile[] =>
  documents.map((d, i) => ({
    field: `document.${i}`,
    fileName: `thanh-phan-${i + 1}.pdf`,
    content: pdf(d.name),
    contentType: 'application/pdf',
  }));

const blobCount = async () =>
  Number(
    (
      await t.db.db
        .selectFrom('blobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Files in the local blob store, on disk. */
const storedFiles = () =>
  readdirSync(path.join(t.config.CONGSO_DATA_DIR, 'blobs'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile(),
  ).length;

/** The text of the paragraph with this id (an error message, a hint), from a page. */
function byId(page: string, id: string): string {
  const match = new RegExp(`<p[^>]* id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(page);
  const entities: Record<string, string> = {
    '&#39;': "'",
    '&quot;': '"',
    '&lt;': '<',
    '&gt;': '>',
    '&amp;': '&',
  };
  return match
    ? match[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;|&quot;|&lt;|&gt;|&amp;/g, (e) => entities[e]!)
        .trim()
    : '';
}

describe('starting an application', () => {
  it('renders the form of the procedure with its fields labelled, in the order of the schema', async () => {
    const applicant = await signedInApplicant(t);
    const id = await startDraft(applicant);
    const page = (await applicant.get(`/ho-so-nhap/${id}`)).body;
    expect(page).toContain('<h1>Nộp hồ sơ trực tuyến: Đăng ký hành nghề luật sư với tư cách cá nhân</h1>');
    const labels = [
      '<label for="f-hoTen">Họ và tên <span class="required">(bắt buộc)</span></label>',
      '<label for="f-ngaySinh">Ngày sinh <span class="required">(bắt buộc)</span></label>',
      '<label for="f-soChungChi">Số Chứng chỉ hành nghề luật sư <span class="required">(bắt buộc)</span></label>',
      '<label for="f-doanLuatSu">Đoàn luật sư là thành viên</label>',
      '<label for="f-noiLamViec">Cơ quan, tổ chức ký hợp đồng lao động</label>',
    ];
    const at = labels.map((label) => page.indexOf(label));
    expect(
      at.every((i) => i > 0),
      at.join(),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(page).toMatch(/<input type="date" id="f-ngaySinh" name="f\.ngaySinh" value=""/);
    // the applicant's details come from the account's profile
    expect(page).toContain('value="001190012345"');
    expect(page).toContain('Số 5 đường Hoàng Liên');
    // each required document has its upload control; the form posts files and works without JavaScript
    for (const [i, doc] of documents.entries()) {
      expect(page).toContain(`<h3 id="document-${i}-title">${doc.name}</h3>`);
      expect(page).toContain(`name="document.${i}"`);
    }
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).not.toContain('<script');
    // the choice of how to receive the result, and the two buttons
    expect(page).toContain('id="resultDelivery-post"');
    expect(page).toMatch(/<button type="submit" name="action" value="save"[^>]*>Lưu bản nháp<\/button>/);
    expect(page).toMatch(/<button type="submit" name="action" value="submit">Nộp hồ sơ<\/button>/);
    // starting again continues the same draft
    expect(await startDraft(applicant)).toBe(id);
  });

  it('lets the applicant choose among the agencies offering the procedure online', async () => {
    const justice = await t.db.db
      .selectFrom('agencies')
      .select(['id', 'name'])
      .where('abbreviation', '=', 'STP')
      .executeTakeFirstOrThrow();
    const procedure = await t.db.db
      .selectFrom('procedures')
      .select('id')
      .where('code', '=', LAWYER)
      .executeTakeFirstOrThrow();
    const steps = await t.db.db
      .selectFrom('processingSteps')
      .selectAll()
      .where('procedureId', '=', procedure.id)
      .where('agencyId', '=', centre)
      .execute();
    await t.db.db
      .insertInto('processingSteps')
      .values(steps.map((s) => ({ ...s, agencyId: justice.id })))
      .execute();
    try {
      const applicant = await signedInApplicant(t);
      const choice = await applicant.get(`/nop-ho-so/${LAWYER}`);
      expect(choice.statusCode).toBe(200);
      expect(choice.body).toContain('Chọn nơi tiếp nhận hồ sơ');
      expect(choice.body).toContain(`value="${justice.id}"`);
      expect(choice.body).toContain(`value="${centre}"`);
      const none = await applicant.get(`/nop-ho-so/${LAWYER}?co-quan=`);
      expect(none.statusCode).toBe(422);
      expect(none.body).toContain('Hãy chọn nơi tiếp nhận hồ sơ');
      const chosen = await applicant.get(`/nop-ho-so/${LAWYER}?co-quan=${justice.id}`);
      expect(chosen.statusCode).toBe(303);
      const page = (await applicant.get(String(chosen.headers.location))).body;
      expect(page).toContain(`Nơi tiếp nhận: ${justice.name}`);
    } finally {
      await t.db.db
        .deleteFrom('processingSteps')
        .where('procedureId', '=', procedure.id)
        .where('agencyId', '=', justice.id)
        .execute();
    }
  });

  it('refuses a procedure not offered online, unknown, or not offered anywhere', async () => {
    const applicant = await signedInApplicant(t);
    await t.db.db
      .updateTable('procedures')
      .set({ onlineService: 'none' })
      .where('code', '=', '1.000426')
      .execute();
    const notOnline = await applicant.get(`/nop-ho-so/1.000426?co-quan=${centre}`);
    expect(notOnline.statusCode).toBe(404);
    expect(notOnline.body).toContain('chưa được cung cấp dịch vụ công trực tuyến');
    const unknown = await applicant.get('/nop-ho-so/9.999999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Không tìm thấy thủ tục hành chính có mã “9.999999”');
    // a procedure of the catalogue without processing steps anywhere
    const lonely = await t.db.db
      .selectFrom('procedures as p')
      .select('p.code')
      .where('p.active', '=', true)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('processingSteps as s').select('s.position').whereRef('s.procedureId', '=', 'p.id'),
          ),
        ),
      )
      .limit(1)
      .executeTakeFirstOrThrow();
    const nowhere = await applicant.get(`/nop-ho-so/${lonely.code}`);
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.body).toContain('chưa nhận hồ sơ trực tuyến ở cơ quan nào');
    const drafts = await t.db.db
      .selectFrom('applications')
      .select('id')
      .where('applicantId', '=', applicant.userId)
      .execute();
    expect(drafts).toEqual([]);
  });

  it('sends a visitor who is not signed in to the sign-in page and back', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/nop-ho-so/${LAWYER}?co-quan=${centre}` });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(
      `/dang-nhap?tiep=${encodeURIComponent(`/nop-ho-so/${LAWYER}?co-quan=${centre}`)}`,
    );
  });
});

describe('filling in a draft', () => {
  it('shows a wrong value next to its field, keeps the other values, and lists every problem at the top', async () => {
    const applicant = await signedInApplicant(t);
    const id = await startDraft(applicant);
    const response = await applicant.postForm(`/ho-so-nhap/${id}`, {
      'applicant.name': 'Lê Văn Tâm',
      'applicant.idNumber': '0011900',
      'applicant.phone': '0912345678',
      'applicant.address': 'Phường Cốc Lếu',
      'f.hoTen': 'Lê Văn Tâm',
      'f.ngaySinh': '1988-02-30',
      'f.doanLuatSu': 'Đoàn Luật sư tỉnh Lào Cai',
      resultDelivery: 'post',
      action: 'submit',
    });
    expect(response.statusCode).toBe(422);
    const page = response.body;
    expect(page).toContain('role="alert"');
    expect(byId(page, 'f-ngaySinh-error')).toBe("Lỗi: Trường 'Ngày sinh' phải là ngày hợp lệ");
    expect(page).toMatch(
      /id="f-ngaySinh" name="f\.ngaySinh" value="1988-02-30"[^>]* aria-describedby="f-ngaySinh-hint f-ngaySinh-error" aria-invalid="true"/,
    );
    expect(byId(page, 'f-soChungChi-error')).toBe("Lỗi: Trường 'Số Chứng chỉ hành nghề luật sư' là bắt buộc");
    expect(byId(page, 'applicant-idNumber-error')).toBe('Lỗi: Số định danh cá nhân gồm đúng 12 chữ số');
    expect(byId(page, 'postalAddress-error')).toBe('Lỗi: Hãy nhập địa chỉ nhận kết quả qua bưu chính');
    expect(byId(page, 'document-0-error')).toBe('Lỗi: Chưa tải lên tệp cho thành phần hồ sơ bắt buộc này');
    // the summary links to each field
    expect(page).toContain('<a href="#f-ngaySinh">Trường &#39;Ngày sinh&#39; phải là ngày hợp lệ</a>');
    expect(page).toContain(`<a href="#applicant-idNumber">`);
    // what was typed stays, in the page and in the draft
    expect(page).toContain('value="Lê Văn Tâm"');
    expect(page).toContain('value="Đoàn Luật sư tỉnh Lào Cai"');
    expect(page).toMatch(/id="resultDelivery-post" name="resultDelivery" value="post" checked/);
    expect(page).toContain('Hồ sơ chưa được nộp');
    const kept = await applicant.get(`/ho-so-nhap/${id}`);
    expect(kept.body).toContain('value="1988-02-30"');
    expect(
      await t.db.db.selectFrom('dossiers').select('id').where('createdBy', '=', applicant.userId).execute(),
    ).toEqual([]);
  });

  it('saves a draft half done, and reports only the answers given wrong', async () => {
    const applicant = await signedInApplicant(t);
    const id = await startDraft(applicant);
    const saved = await applicant.postForm(`/ho-so-nhap/${id}`, {
      'applicant.name': 'Lê Văn Tâm',
      'f.hoTen': 'Lê Văn Tâm',
      action: 'save',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/ho-so-nhap/${id}?da-luu`);
    const page = (await applicant.get(String(saved.headers.location))).body;
    expect(page).toContain('<div class="notice" role="status"><p>Đã lưu bản nháp.</p></div>');
    const wrong = await applicant.postForm(`/ho-so-nhap/${id}`, {
      'applicant.name': 'Lê Văn Tâm',
      'applicant.email': 'khong-phai-thu',
      'f.ngaySinh': 'hôm qua',
      action: 'save',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('Đã lưu bản nháp. Một số thông tin chưa đúng');
    expect(byId(wrong.body, 'f-ngaySinh-error')).toBe("Lỗi: Trường 'Ngày sinh' phải là ngày hợp lệ");
    expect(byId(wrong.body, 'applicant-email-error')).toBe('Lỗi: Địa chỉ thư điện tử không hợp lệ');
    expect(wrong.body).not.toContain('là bắt buộc');
    expect(wrong.body).not.toContain('Chưa tải lên tệp');
  });

  it('keeps the values and files of a saved draft, and lets a file be removed', async () => {
    const applicant = await signedInApplicant(t);
    const id = await startDraft(applicant);
    const saved = await applicant.postMultipart(
      `/ho-so-nhap/${id}`,
      { ...answers, 'applicant.name': 'Lê Văn Tâm', resultDelivery: 'counter', action: 'save' },
      [
        { field: 'document.0', fileName: 'Đơn đề nghị.pdf', content: pdf(), contentType: 'application/pdf' },
        // a control left empty
        { field: 'document.1', fileName: '', content: Buffer.alloc(0) },
      ],
    );
    expect(saved.statusCode, saved.body).toBe(303);
    const page = (await applicant.get(`/ho-so-nhap/${id}`)).body;
    for (const value of Object.values(answers)) expect(page).toContain(`value="${value}"`);
    expect(page).toMatch(/id="resultDelivery-counter" name="resultDelivery" value="counter" checked/);
    expect(page).toContain('Đã tải lên: <strong>Đơn đề nghị.pdf</strong>');
    expect(page).toContain('<form id="remove-file-0" method="post" action="/ho-so-nhap/');
    expect(page).toMatch(/<button type="submit" form="remove-file-0" class="secondary">Gỡ tệp/);
    expect(page).toContain('<label for="document-0">Thay bằng tệp khác');
    expect(page).toContain('<label for="document-1">Chọn tệp');

    const list = (await applicant.get('/ho-so-nhap')).body;
    expect(list).toContain('<h2>Đăng ký hành nghề luật sư với tư cách cá nhân</h2>');
    expect(list).toContain('1 tệp đính kèm');
    expect(list).toContain(`href="/ho-so-nhap/${id}"`);

    // replacing the file keeps one, and the one replaced is gone with its bytes
    const before = { blobs: await blobCount(), files: storedFiles() };
    await applicant.postMultipart(`/ho-so-nhap/${id}`, { ...answers, action: 'save' }, [
      { field: 'document.0', fileName: 'Đơn mới.pdf', content: pdf('mới') },
    ]);
    expect({ blobs: await blobCount(), files: storedFiles() }).toEqual(before);
    const removed = await applicant.postForm(`/ho-so-nhap/${id}/tep/0/go`, {});
    expect(removed.statusCode).toBe(303);
    const after = (await applicant.get(String(removed.headers.location))).body;
    expect(after).toContain('Đã gỡ tệp khỏi bản nháp.');
    expect(after).not.toContain('Đơn mới.pdf');
    expect({ blobs: await blobCount(), files: storedFiles() }).toEqual({
      blobs: before.blobs - 1,
      files: before.files - 1,
    });
  });

  it('refuses a file of another type, one whose content is not what its name says, one too big, one infected', async () => {
    const applicant = await signedInApplicant(t);
    const id = await startDraft(applicant);
    const before = { blobs: await blobCount(), files: storedFiles(), scanned: clamd.scanned.length };
    const response = await applicant.postMultipart(`/ho-so-nhap/${id}`, { ...answers, action: 'save' }, [
      {
        field: 'document.0',
        fileName: 'chuong-trinh.exe',
        content: Buffer.from('MZ\x90\x00'),
        contentType: 'application/pdf',
      },
      { field: 'document.1', fileName: 'anh.pdf', content: png, contentType: 'application/pdf' },
    ]);
    expect(response.statusCode).toBe(422);
    expect(byId(response.body, 'document-0-error')).toBe(
      'Lỗi: Tệp “chuong-trinh.exe” không nhận được: chỉ nhận tệp PDF, JPEG, PNG, DOC hoặc DOCX',
    );
    expect(byId(response.body, 'document-1-error')).toContain('Nội dung tệp “anh.pdf” không phải tệp PDF');
    // the values typed were saved all the same
    expect(response.body).toContain('value="12345/CCHN-BTP"');

    const big = await applicant.postMultipart(`/ho-so-nhap/${id}`, { action: 'save' }, [
      { field: 'document.0', fileName: 'lon.pdf', content: Buffer.concat([pdf(), Buffer.alloc(LIMIT)]) },
    ]);
    expect(big.statusCode).toBe(422);
    expect(byId(big.body, 'document-0-error')).toBe('Lỗi: Tệp “lon.pdf” lớn hơn mức cho phép (tối đa 64 KB)');

    const infected = await applicant.postMultipart(`/ho-so-nhap/${id}`, { action: 'save' }, [
      { field: 'document.0', fileName: 'don.pdf', content: Buffer.concat([pdf(), Buffer.from(EICAR)]) },
    ]);
    expect(infected.statusCode).toBe(422);
    expect(byId(infected.body, 'document-0-error')).toBe(
      'Lỗi: Tệp “don.pdf” có mã độc (Eicar-Test-Signature) nên không được nhận và đã bị xóa',
    );
    expect(infected.body).toContain('<a href="#document-0">');
    // only the infected one reached the scanner (the others were refused before), and nothing was kept
    expect(clamd.scanned.length).toBe(before.scanned + 1);
    expect({ blobs: await blobCount(), files: storedFiles() }).toEqual({
      blobs: before.blobs,
      files: before.files,
    });
    expect((await applicant.get(`/ho-so-nhap/${id}`)).body).not.toContain('Đã tải lên');
  });

  it('deletes a draft and its files after asking', async () => {
    const applicant = await signedInApplicant(t);
    const id = await startDraft(applicant);
    await applicant.postMultipart(`/ho-so-nhap/${id}`, { action: 'save' }, everyDocument());
    const before = { blobs: await blobCount(), files: storedFiles() };
    const ask = await applicant.get(`/ho-so-nhap/${id}/xoa`);
    expect(ask.body).toContain('<h1>Xóa bản nháp?</h1>');
    expect(ask.body).toContain(`${documents.length} tệp đính kèm`);
    const deleted = await applicant.postForm(`/ho-so-nhap/${id}/xoa`, {});
    expect(deleted.headers.location).toBe('/ho-so-nhap?da-xoa');
    const list = (await applicant.get(String(deleted.headers.location))).body;
    expect(list).toContain('Đã xóa bản nháp.');
    expect(list).toContain('Bạn chưa có hồ sơ nháp nào');
    expect({ blobs: await blobCount(), files: storedFiles() }).toEqual({
      blobs: before.blobs - documents.length,
      files: before.files - documents.length,
    });
    expect((await applicant.get(`/ho-so-nhap/${id}`)).statusCode).toBe(404);
  });

  it("shows and changes nobody else's draft", async () => {
    const owner = await signedInApplicant(t);
    const other = await signedInApplicant(t);
    const id = await startDraft(owner);
    await owner.postMultipart(`/ho-so-nhap/${id}`, { ...answers, action: 'save' }, everyDocument());
    for (const response of [
      await other.get(`/ho-so-nhap/${id}`),
      await other.postForm(`/ho-so-nhap/${id}`, { 'f.hoTen': 'Kẻ gian', action: 'submit' }),
      await other.postForm(`/ho-so-nhap/${id}/tep/0/go`, {}),
      await other.get(`/ho-so-nhap/${id}/xoa`),
      await other.postForm(`/ho-so-nhap/${id}/xoa`, {}),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('Không tìm thấy hồ sơ nháp này trong tài khoản của bạn.');
    }
    expect((await other.get('/ho-so-nhap')).body).not.toContain(id);
    const page = (await owner.get(`/ho-so-nhap/${id}`)).body;
    expect(page).toContain('value="Lê Văn Tâm"');
    expect(page).not.toContain('Kẻ gian');
    expect(page.match(/Đã tải lên/g)).toHaveLength(documents.length);
  });
});

describe('submitting', () => {
  it('creates a dossier waiting at the counter, with the files attached, and confirms its code', async () => {
    const applicant = await signedInApplicant(t, { displayName: 'Lê Văn Tâm' });
    const id = await startDraft(applicant);
    const submitted = await applicant.postMultipart(
      `/ho-so-nhap/${id}`,
      { ...details, ...answers, resultDelivery: 'online', action: 'submit' },
      everyDocument(),
    );
    expect(submitted.statusCode, submitted.body).toBe(303);
    const application = await t.db.db
      .selectFrom('applications')
      .select(['status', 'dossierId'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(application.status).toBe('submitted');
    expect([`/ho-so-cua-toi/${application.dossierId}?da-nop=1`, `/ho-so-nhap/${id}`]).toContain(
      submitted.headers.location,
    );

    const waiting = (await counter.get('/api/dossiers?queue=waiting')).body.items as {
      id: string;
      code: string;
      status: string;
    }[];
    const dossier = waiting.find((d) => d.id === application.dossierId);
    expect(dossier?.status).toBe('waiting');
    const detail = (await counter.get(`/api/dossiers/${application.dossierId}`)).body;
    expect(detail.channel).toBe('online');
    expect(detail.applicant).toMatchObject({ kind: 'citizen', name: 'Lê Văn Tâm', idNumber: '001190012345' });
    expect(detail.formData).toMatchObject({ hoTen: 'Lê Văn Tâm', soChungChi: '12345/CCHN-BTP' });
    const files = detail.files as { id: string; requirement: string; copyKind: string; fileName: string }[];
    const handedIn = (list: string[][]) => [...list].sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(handedIn(files.map((f) => [f.requirement, f.copyKind, f.fileName]))).toEqual(
      handedIn(documents.map((d, i) => [d.name, 'electronic', `thanh-phan-${i + 1}.pdf`])),
    );
    const first = files.find((f) => f.requirement === documents[0]!.name)!;
    const download = await counter.get(`/api/dossiers/${application.dossierId}/files/${first.id}`);
    expect(download.text).toBe(pdf(documents[0]!.name).toString());

    // the confirmation, with the dossier's code
    const confirmation = (await applicant.get(`/ho-so-nhap/${id}`)).body;
    expect(confirmation).toContain('<h1>Đã nộp hồ sơ</h1>');
    expect(confirmation).toContain(`Mã hồ sơ: <strong class="code">${dossier!.code}</strong>`);
    expect((await applicant.get('/ho-so-nhap')).body).not.toContain(`/ho-so-nhap/${id}"`);

    const audit = await t.db.db
      .selectFrom('auditLog')
      .select(['action', 'actorUserId'])
      .where('targetId', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'applications.draft.create',
      'applications.draft.save',
      'applications.application.submit',
    ]);
    expect(new Set(audit.map((a) => a.actorUserId))).toEqual(new Set([applicant.userId]));
  });

  it('makes one dossier of a draft submitted twice at once, and of a page sent again', async () => {
    const applicant = await signedInApplicant(t);
    const id = await startDraft(applicant);
    await applicant.postMultipart(`/ho-so-nhap/${id}`, { ...answers, action: 'save' }, everyDocument());
    const submit = { ...details, ...answers, action: 'submit' };
    const twice = await Promise.all([
      applicant.postForm(`/ho-so-nhap/${id}`, submit),
      applicant.postForm(`/ho-so-nhap/${id}`, submit),
    ]);
    expect(twice.map((r) => r.statusCode)).toEqual([303, 303]);
    expect(twice[0]!.headers.location).toBe(twice[1]!.headers.location);
    const again = await applicant.postForm(`/ho-so-nhap/${id}`, submit);
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(twice[0]!.headers.location);
    const dossiers = await t.db.db
      .selectFrom('dossiers')
      .select('id')
      .where('createdBy', '=', applicant.userId)
      .execute();
    expect(dossiers).toHaveLength(1);
  });
});
