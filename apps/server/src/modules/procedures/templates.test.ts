import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD } from '../../../test/fixtures/directory.ts';
import { type OneStopFixture, oneStopApp } from '../../../test/fixtures/dossiers.ts';
import { procedureManager } from '../../../test/fixtures/procedure-steps.ts';
import { visibleText } from '../../../test/html-text.ts';

/**
 * Template files of a procedure's documents: uploaded by whoever keeps the catalogue in the staff app, then
 * downloaded by anyone from the procedure's public page, byte for byte, under its Vietnamese name.
 */

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;
let keeper: TestClient;

const FORM = 'Tờ khai đề nghị cấp giấy phép (theo mẫu)';
const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml tờ khai')]);
const pdf = Buffer.from('%PDF-1.7\n% tờ khai bản PDF\n%%EOF\n');

/** A multipart upload: the document's name first, then the file (as the staff app sends it). */
async function upload(
  client: TestClient,
  procedureId: string,
  document: string | null,
  fileName: string,
  content: Buffer,
) {
  const boundary = 'congso-template-boundary';
  const parts = [
    ...(document === null
      ? []
      : [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="document"\r\n\r\n${document}\r\n`,
          ),
        ]),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  const response = await t.app.inject({
    method: 'PUT',
    url: `/api/procedures/${procedureId}/templates`,
    headers: {
      ...(client.cookie ? { cookie: client.cookie } : {}),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: Buffer.concat(parts),
  });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

const auditCount = async () =>
  Number(
    (
      await t.db.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', 'like', 'procedures.template.%')
        .executeTakeFirstOrThrow()
    ).n,
  );

const download = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  keeper = await t.login(await procedureManager(t.db.db, f.root), PASSWORD);
});

describe('template files of the documents to prepare', () => {
  let url: string;

  it('are uploaded by the keeper of the catalogue and downloaded on the portal, byte for byte', async () => {
    const before = await auditCount();
    const saved = await upload(keeper, fx.procedureId, FORM, 'Tờ khai đề nghị cấp phép.docx', docx);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body).toMatchObject({
      document: FORM,
      fileName: 'Tờ khai đề nghị cấp phép.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: docx.length,
    });
    expect(await auditCount()).toBe(before + 1);
    url = saved.body.publicPath as string;
    expect(url).toBe(`/thu-tuc/1.999001/mau/${saved.body.id}`);

    // the procedure's public page links it from the document it belongs to
    const page = await download('/thu-tuc/1.999001');
    expect(page.body).toContain(`<a href="${url}">Tờ khai đề nghị cấp phép.docx</a>`);
    expect(visibleText(page.body)).toContain('Tờ khai đề nghị cấp phép.docx (DOCX, 1 KB)');

    const file = await download(url);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(docx)).toBe(true);
    expect(file.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="To khai de nghi cap phep.docx"; filename*=UTF-8''${encodeURIComponent('Tờ khai đề nghị cấp phép.docx')}`,
    );
  });

  it('are listed for staff, with the address the portal serves them at', async () => {
    const clerk = await t.login('clerk.a', PASSWORD);
    const list = await clerk.get(`/api/procedures/${fx.procedureId}/templates`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ document: FORM, publicPath: url, uploadedBy: expect.any(String) });
  });

  it('keep their address when the file is replaced', async () => {
    const replaced = await upload(keeper, fx.procedureId, FORM, 'Mẫu số 01.pdf', pdf);
    expect(replaced.status).toBe(200);
    expect(replaced.body.publicPath).toBe(url);
    const file = await download(url);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(
      `filename*=UTF-8''M%E1%BA%ABu%20s%E1%BB%91%2001.pdf`,
    );
    // the replaced file is gone: one blob record for the one template
    const blobs = await t.db.db
      .selectFrom('procedureTemplates as t')
      .innerJoin('blobs as b', 'b.id', 't.blobId')
      .select('b.filename')
      .where('t.procedureId', '=', fx.procedureId)
      .execute();
    expect(blobs.map((b) => b.filename)).toEqual(['Mẫu số 01.pdf']);
  });

  it('are refused when they are not a template file, or not for a document of the procedure', async () => {
    const before = await auditCount();
    const exe = await upload(keeper, fx.procedureId, FORM, 'tokhai.exe', docx);
    expect(exe.status).toBe(400);
    expect(exe.body.detail).toBe('Tệp mẫu phải là tệp PDF, DOC, DOCX, XLS hoặc XLSX');
    const disguised = await upload(
      keeper,
      fx.procedureId,
      FORM,
      'to-khai.pdf',
      Buffer.from('<html><script>'),
    );
    expect(disguised.status).toBe(400);
    expect(disguised.body.detail).toBe('Nội dung tệp "to-khai.pdf" không phải tệp PDF');
    const stranger = await upload(keeper, fx.procedureId, 'Giấy tờ không có trong thủ tục', 'a.pdf', pdf);
    expect(stranger.status).toBe(400);
    expect((stranger.body.errors as { pointer: string }[])[0]!.pointer).toBe('/body/document');
    const nameless = await upload(keeper, fx.procedureId, null, 'a.pdf', pdf);
    expect(nameless.status).toBe(400);
    expect(await auditCount()).toBe(before);
  });

  it('are kept only by those who keep the catalogue', async () => {
    const before = await auditCount();
    // clerk.a is a one-stop officer of agency A, not a keeper of the province's catalogue
    const clerk = await t.login('clerk.a', PASSWORD);
    const refused = await upload(clerk, fx.procedureId, FORM, 'khac.pdf', pdf);
    expect(refused.status).toBe(403);
    const anonymous = await upload(t.anonymous, fx.procedureId, FORM, 'khac.pdf', pdf);
    expect(anonymous.status).toBe(401);
    const id = url.split('/').at(-1)!;
    expect((await clerk.delete(`/api/procedures/${fx.procedureId}/templates/${id}`)).status).toBe(403);
    expect(await auditCount()).toBe(before);
    expect((await download(url)).rawPayload.equals(pdf)).toBe(true);
  });

  it('are not published for a procedure no longer in use', async () => {
    const saved = await upload(keeper, fx.inactiveProcedureId, FORM, 'mau.pdf', pdf);
    expect(saved.status).toBe(201);
    const gone = await download(saved.body.publicPath as string);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain('<h1>Không tìm thấy tệp mẫu</h1>');
  });

  it('once removed, leave the template name as the catalogue gives it, without a link', async () => {
    const before = await auditCount();
    const id = url.split('/').at(-1)!;
    expect((await keeper.delete(`/api/procedures/${fx.procedureId}/templates/${id}`)).status).toBe(204);
    expect(await auditCount()).toBe(before + 1);
    expect((await download(url)).statusCode).toBe(404);
    const page = await download('/thu-tuc/1.999001');
    expect(page.body).not.toContain('/mau/');
    expect(visibleText(page.body)).toContain(
      'Tờ khai đề nghị cấp giấy phép (theo mẫu) Mau-TK01.docx 1 bản chính',
    );
    expect((await keeper.delete(`/api/procedures/${fx.procedureId}/templates/${id}`)).status).toBe(404);
  });
});
