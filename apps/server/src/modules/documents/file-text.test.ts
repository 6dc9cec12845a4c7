import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, paragraph } from '../../../../../packages/doc-text/test/docx-builder.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { loginAll, setClearance } from '../../../test/fixtures/documents.ts';
import { fixturesDir } from '../../../test/global-setup.ts';
import { createLocalDiskStore } from '../../platform/storage/local-disk.ts';
import {
  ATTACHMENT_TEXT_MAX_BYTES,
  ATTACHMENT_TEXT_MAX_CHARS,
  attachmentText,
  MAX_ATTEMPTS,
  readFiles,
  readFileText,
  sweepPendingFiles,
} from './file-text.ts';

let t: TestApp;
let f: DirectoryFixture;
let clerk: TestClient;
let specialist: TestClient;
let clerkB: TestClient;
let leader: TestClient;

// the letter of Cục Cảnh sát PCCC và CNCH asking for comments on a draft standard, signed six times
const letterPdf = readFileSync(
  path.join(fixturesDir, 'signed-pdf/vn-real/vn_cades_6sigs_C07_draft_letter.pdf'),
);
// words of the letter's body, typed without diacritics; nothing else in the database says them
const letterPhrase = 'giay cho nguoi thuc hien nhiem vu cuu nan';
const ownFixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../../../../packages/doc-text/test/fixtures', name));

const incoming = (subject: string, extra: object = {}) => ({
  documentType: 'cong_van',
  number: 1234,
  notation: 'C07-P6',
  subject,
  issuerName: 'Cục Cảnh sát PCCC và CNCH',
  issuedOn: '2026-06-20',
  medium: 'electronic',
  ...extra,
});

async function upload(client: TestClient, documentId: string, fileName: string, content: Uint8Array) {
  const boundary = 'congso-file-text';
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/documents/${documentId}/files`,
    headers: { cookie: client.cookie!, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; textStatus: string };
}

/** The file's text status once the background job has settled it, as the document page shows it. */
async function settled(client: TestClient, documentId: string, fileId: string): Promise<string> {
  const until = Date.now() + 25_000;
  for (;;) {
    const doc = await client.get(`/api/documents/${documentId}`);
    const file = doc.body.files.find((x: { id: string }) => x.id === fileId);
    if (file.textStatus !== 'pending') return file.textStatus;
    if (Date.now() > until) throw new Error(`file ${fileId} still pending`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const found = async (client: TestClient, q: string) =>
  (await client.get(`/api/documents?q=${encodeURIComponent(q)}`)).body.items.map((d: { id: string }) => d.id);

/** An incoming document registered by the clerk of A. */
const registered = async (subject: string, extra: object = {}): Promise<{ id: string }> =>
  (await clerk.post('/api/documents/incoming', incoming(subject, extra))).body;

/** Uploads a file and waits until the background job has read its text. */
async function uploadRead(client: TestClient, documentId: string, fileName: string, content: Uint8Array) {
  const file = await upload(client, documentId, fileName, content);
  expect(await settled(client, documentId, file.id)).toBe('done');
  return file;
}

/** Uploads a DOCX of one paragraph and waits until it is read. */
const uploadDocx = (client: TestClient, documentId: string, fileName: string, text: string) =>
  uploadRead(client, documentId, fileName, buildDocx(paragraph(text)));

/** The text of its files that a document carries for search. */
const attachmentTextOf = async (documentId: string) =>
  (
    await t.db.db
      .selectFrom('documents')
      .select('attachmentText')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow()
  ).attachmentText;

beforeAll(async () => {
  t = await createTestApp({}, { jobs: true });
  f = await seedDirectoryFixture(t.db.db);
  [clerk, specialist, clerkB, leader] = await loginAll(t, ['clerk.a', 'specialist.a', 'clerk.b', 'leader.a']);
});

describe('search in the text of attachments', () => {
  it('finds a document by words that are only inside its PDF, typed without diacritics', async () => {
    const doc = await registered('V/v đề nghị góp ý dự thảo TCVN');
    expect(await found(clerk, letterPhrase)).toEqual([]);

    const file = await upload(clerk, doc.id, 'Công văn 1234.pdf', letterPdf);
    // the upload does not wait for the reading
    expect(file.textStatus).toBe('pending');
    expect(await settled(clerk, doc.id, file.id)).toBe('done');

    expect(await found(clerk, letterPhrase)).toEqual([doc.id]);
    expect(await found(clerk, 'Đại tá Nguyễn Thanh Điệp')).toEqual([doc.id]);
    // and by its subject, as before
    expect(await found(clerk, 'gop y du thao TCVN')).toEqual([doc.id]);
  });

  it('finds a document by the text of its DOCX', async () => {
    const doc = await registered('Kế hoạch năm 2026', { number: 88 });
    const docx = buildDocx(
      paragraph('KẾ HOẠCH') +
        paragraph('Tổ chức hội thao nghiệp vụ chữa cháy tại Khu công nghiệp Phố Nối, tháng 9 năm 2026'),
      {},
    );
    await uploadRead(clerk, doc.id, 'Kế hoạch hội thao.docx', docx);
    expect(await found(clerk, 'hoi thao nghiep vu chua chay')).toEqual([doc.id]);
    expect(await found(clerk, 'khu cong nghiep pho noi')).toEqual([doc.id]);
  });

  it('shows nothing to people who may not see the document, and nothing secret to the uncleared', async () => {
    // neither a specialist of the same agency with no part in it, nor the clerk of another agency
    expect(await found(specialist, letterPhrase)).toEqual([]);
    expect(await found(clerkB, letterPhrase)).toEqual([]);

    await setClearance(t, f, 'clerk.a', 'secret');
    const secret = await registered('Công văn mật số 7', { number: 7, secrecy: 'secret' });
    await uploadDocx(
      clerk,
      secret.id,
      'mat.docx',
      'Phương án bảo vệ mục tiêu trọng điểm tại cảng biển Cái Lân',
    );
    expect(await found(clerk, 'muc tieu trong diem tai cang bien cai lan')).toEqual([secret.id]);
    // the leader reads all of the agency's documents, but is not cleared for secret ones
    expect(await found(leader, 'muc tieu trong diem tai cang bien cai lan')).toEqual([]);
    expect(await found(leader, letterPhrase)).toHaveLength(1);
  });

  it('marks files it cannot read, and the document stays found by its subject', async () => {
    const doc = await registered('Báo cáo sơ kết công tác dân vận', { number: 9 });
    const cases: [string, Uint8Array, string][] = [
      ['hỏng.pdf', Buffer.from('%PDF-1.7\nkhông phải PDF\n%%EOF'), 'failed'],
      ['có mật khẩu.pdf', ownFixture('user-password.pdf'), 'unsupported'],
      [
        'bản quét.pdf',
        readFileSync(path.join(fixturesDir, 'signed-pdf/vn-real/vn_pkcs7_1sig_chinhphu_portal_2025.pdf')),
        'empty',
      ],
      ['ảnh chụp.png', Buffer.from('89504e470d0a1a0a', 'hex'), 'unsupported'],
      ['không phải docx.docx', Buffer.from('chỉ là chữ'), 'failed'],
    ];
    for (const [name, content, status] of cases) {
      const file = await upload(clerk, doc.id, name, content);
      expect([name, await settled(clerk, doc.id, file.id)]).toEqual([name, status]);
    }
    expect(await found(clerk, 'so ket cong tac dan van')).toEqual([doc.id]);
    const files = await t.db.db
      .selectFrom('documentFiles')
      .select(['fileName', 'textError', 'textContent'])
      .where('documentId', '=', doc.id)
      .execute();
    expect(files.find((x) => x.fileName === 'có mật khẩu.pdf')?.textError).toBe(
      'Tệp PDF được bảo vệ bằng mật khẩu',
    );
    expect(files.every((x) => x.textContent === null)).toBe(true);
  });

  it('of a draft, only the latest version counts, and the copy delivered on the platform is found by it', async () => {
    const draft = (
      await specialist.post('/api/documents/drafts', {
        documentType: 'cong_van',
        subject: 'V/v phối hợp triển khai dự án',
        departmentId: f.departmentA,
        signerName: 'Người dùng leader.a',
        signerPosition: 'Giám đốc',
        recipients: [{ agencyId: f.agencyB }],
      })
    ).body;
    await uploadDocx(
      specialist,
      draft.id,
      'Dự thảo lần 1.docx',
      'Đề nghị sửa chữa trụ sở làm việc của Chi cục Văn thư',
    );
    expect(await found(specialist, 'sua chua tru so lam viec')).toEqual([draft.id]);
    await uploadDocx(
      specialist,
      draft.id,
      'Dự thảo lần 2.docx',
      'Đề nghị nâng cấp hệ thống camera giám sát giao thông',
    );
    expect(await found(specialist, 'sua chua tru so lam viec')).toEqual([]);
    expect(await found(specialist, 'camera giam sat giao thong')).toEqual([draft.id]);

    // reviewed by the clerk, signed by the leader, issued: Sở Tài chính receives its copy
    const sent = await specialist.post(`/api/documents/${draft.id}/review`, {
      steps: [[f.users['clerk.a']!.id]],
      signerUserId: f.users['leader.a']!.id,
    });
    const openOf = (
      doc: { tasks: { id: string; status: string; assignee: { id: string } | null }[] },
      user: string,
    ) => doc.tasks.find((task) => task.assignee?.id === f.users[user]!.id && task.status === 'open')!;
    const reviewed = await clerk.post(
      `/api/documents/${draft.id}/tasks/${openOf(sent.body, 'clerk.a').id}/approve`,
      {},
    );
    await leader.post(`/api/documents/${draft.id}/tasks/${openOf(reviewed.body, 'leader.a').id}/approve`, {});
    expect((await clerk.post(`/api/documents/${draft.id}/issue`)).status).toBe(200);
    const copies = await found(clerkB, 'camera giam sat giao thong');
    expect(copies).toHaveLength(1);
    expect(copies[0]).not.toBe(draft.id);
    expect(await found(clerkB, 'sua chua tru so lam viec')).toEqual([]);

    // a file added after issuing reaches the copy too
    await uploadDocx(clerk, draft.id, 'Phụ lục.docx', 'Danh mục thiết bị: đầu ghi hình kỹ thuật số');
    expect(await found(clerkB, 'dau ghi hinh ky thuat so')).toEqual(copies);
  });
});

describe('the reading job', () => {
  const deps = () => ({
    db: t.db.db,
    blobs: createLocalDiskStore(path.join(t.config.CONGSO_DATA_DIR, 'blobs')),
  });

  it('is idempotent: running it again changes nothing; forced, it reads the file again', async () => {
    const doc = await registered('Thông báo lịch tiếp công dân', { number: 31 });
    const file = await uploadRead(clerk, doc.id, 'Thông báo.pdf', letterPdf);
    const before = await attachmentTextOf(doc.id);
    expect(before).toContain('Đại tá Nguyễn Thanh Điệp');
    expect(await readFileText(deps(), file.id)).toBe('done');
    expect(await readFileText(deps(), file.id, { force: true })).toBe('done');
    expect(await attachmentTextOf(doc.id)).toBe(before);
    expect(await readFileText(deps(), crypto.randomUUID())).toBeUndefined();
  });

  it('tries a bounded number of times when the file cannot be fetched, then marks it failed', async () => {
    const doc = await registered('Giấy mời họp giao ban', { number: 32 });
    // stored, but gone from the store before the worker gets to it: reset to pending, blob removed
    const file = await uploadRead(clerk, doc.id, 'Giấy mời.pdf', letterPdf);
    const { storageKey } = await t.db.db
      .selectFrom('documentFiles as f')
      .innerJoin('blobs as b', 'b.id', 'f.blobId')
      .select('b.storageKey')
      .where('f.id', '=', file.id)
      .executeTakeFirstOrThrow();
    rmSync(path.join(t.config.CONGSO_DATA_DIR, 'blobs', storageKey));
    await t.db.db
      .updateTable('documentFiles')
      .set({ textStatus: 'pending', textAttempts: 0, textContent: null })
      .where('id', '=', file.id)
      .execute();
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++)
      await expect(readFileText(deps(), file.id)).rejects.toThrow();
    expect(await readFileText(deps(), file.id)).toBe('failed');
    // and the document no longer carries the text of a file that could not be read
    expect(await attachmentTextOf(doc.id)).toBeNull();
  });

  it('caps the text a file and a document carry', async () => {
    const doc = await registered('Tập hợp văn bản quy phạm', { number: 33 });
    // Nghị định 42/2020 on dangerous goods: 524,000 characters
    const decree = readFileSync(
      path.join(fixturesDir, 'legal-texts/SRC-F_10_Nghi_dinh_42-2020_hang_hoa_nguy_hiem.txt'),
      'utf8',
    );
    const paragraphs = decree
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => paragraph(line));
    const file = await uploadRead(clerk, doc.id, 'Nghị định 42-2020.docx', buildDocx(paragraphs.join('')));
    const { textContent } = await t.db.db
      .selectFrom('documentFiles')
      .select('textContent')
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow();
    expect(textContent).toHaveLength(ATTACHMENT_TEXT_MAX_CHARS);
    expect(await attachmentTextOf(doc.id)).toBe(textContent);
    expect(
      await found(clerk, 'van chuyen hang hoa nguy hiem bang phuong tien giao thong co gioi duong bo'),
    ).toContain(doc.id);
  });

  it('cuts text in scripts of several bytes a letter shorter, so that its index stays within 1 MB', async () => {
    // 200,000 characters of distinct Cyrillic words (two bytes a letter)
    let seed = 7;
    const letter = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return String.fromCharCode(0x430 + ((seed >>> 16) % 32));
    };
    const words = Array.from({ length: 34_000 }, () => Array.from({ length: 5 }, letter).join(''));
    const doc = await registered('Tài liệu tiếng Nga', { number: 34 });
    await uploadDocx(clerk, doc.id, 'Tài liệu.docx', `Mở đầu ${words.join(' ')}`);
    const row = await t.db.db
      .selectFrom('documents')
      .select(['attachmentText', sql<number>`pg_column_size(search_words)`.as('indexSize')])
      .where('id', '=', doc.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.byteLength(row.attachmentText!)).toBeLessThanOrEqual(ATTACHMENT_TEXT_MAX_BYTES);
    expect(Buffer.byteLength(row.attachmentText!)).toBeGreaterThan(ATTACHMENT_TEXT_MAX_BYTES - 10);
    // so many distinct words and pairs don't fit in the 1 MB a tsvector may hold: the index keeps those that
    // come first and stays valid
    expect(row.indexSize).toBeGreaterThan(500_000);
    expect(row.indexSize).toBeLessThan(1_048_576);
    expect(await found(clerk, 'mo dau')).toEqual([doc.id]);
    // Vietnamese of the same length is kept whole, and found to its last words
    expect(attachmentText(['Quyết định '.repeat(18_000)])).toHaveLength(198_000);
    const long = await registered('Tài liệu dài', { number: 36 });
    await uploadDocx(
      clerk,
      long.id,
      'Dài.docx',
      `${'Quyết định xử lý vi phạm hành chính. '.repeat(5_000)}Hết tài liệu`,
    );
    expect(await found(clerk, 'het tai lieu')).toEqual([long.id]);
  });

  it('reads again the files left waiting: the sweep of the worker, and congso documents read-files', async () => {
    const doc = await registered('Thông báo kết luận', { number: 35 });
    const file = await uploadRead(clerk, doc.id, 'Kết luận.pdf', letterPdf);
    // as if its job had been lost an hour ago
    const forget = async () => {
      await t.db.db
        .updateTable('documentFiles')
        .set({
          textStatus: 'pending',
          textContent: null,
          textAttempts: 0,
          createdAt: sql`now() - interval '1 hour'`,
        })
        .where('id', '=', file.id)
        .execute();
      await t.db.db.updateTable('documents').set({ attachmentText: null }).where('id', '=', doc.id).execute();
    };
    await forget();
    expect(await found(clerk, letterPhrase)).not.toContain(doc.id);
    expect(await sweepPendingFiles(t.db.db, t.jobs!)).toBe(1);
    expect(await settled(clerk, doc.id, file.id)).toBe('done');
    expect(await found(clerk, letterPhrase)).toContain(doc.id);

    await forget();
    expect(await found(clerk, letterPhrase)).not.toContain(doc.id);
    expect(await readFiles(deps(), { all: false })).toEqual({
      pending: 0,
      done: 1,
      empty: 0,
      failed: 0,
      unsupported: 0,
    });
    expect(await found(clerk, letterPhrase)).toContain(doc.id);
  });
});
