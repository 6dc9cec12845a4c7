import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { type DirectoryFixture, PASSWORD, seedDirectoryFixture } from '../../../test/fixtures/directory.ts';
import { loginAll } from '../../../test/fixtures/documents.ts';
import { insertProcedure, procedureManager } from '../../../test/fixtures/procedure-steps.ts';
import { checkFormData, formSchemaProblems } from './form-check.ts';

/** A birth registration form (tờ khai đăng ký khai sinh), cut down to one field of every kind. */
const birthForm = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: 'Tờ khai đăng ký khai sinh',
  required: ['hoTen', 'ngaySinh', 'gioiTinh', 'noiCuTru'],
  properties: {
    hoTen: { type: 'string', title: 'Họ và tên', maxLength: 50 },
    ngaySinh: { type: 'string', title: 'Ngày sinh', format: 'date' },
    gioiTinh: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
    email: { type: 'string', title: 'Thư điện tử', format: 'email' },
    soDienThoai: { type: 'string', title: 'Số điện thoại', pattern: '^0[0-9]{9}$' },
    conThu: { type: 'integer', title: 'Là con thứ', minimum: 1, maximum: 20 },
    banSao: { type: 'boolean', title: 'Cấp bản sao trích lục' },
    giayTo: {
      type: 'array',
      title: 'Giấy tờ kèm theo',
      items: { type: 'string', enum: ['Giấy chứng sinh', 'Văn bản ủy quyền'] },
      uniqueItems: true,
    },
    noiCuTru: {
      type: 'object',
      title: 'Nơi cư trú',
      required: ['tinh'],
      properties: {
        tinh: { type: 'string', title: 'Tỉnh, thành phố' },
        xa: { type: 'string', title: 'Xã, phường' },
      },
    },
  },
};

let t: TestApp;
let f: DirectoryFixture;
let procedure: string;
/** Holds procedures.manage at the province's root agency, over its sub-tree. */
let keeper: TestClient;
/** Holds procedures.manage at agency A only: enough for A's steps, not for the province's catalogue. */
let keeperA: TestClient;
let specialistB: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await seedDirectoryFixture(t.db.db);
  procedure = await insertProcedure(t.db.db, { name: 'Đăng ký khai sinh' });
  keeper = await t.login(await procedureManager(t.db.db, f.root, true), PASSWORD);
  keeperA = await t.login(await procedureManager(t.db.db, f.agencyA, true), PASSWORD);
  [specialistB] = await loginAll(t, ['specialist.b']);
});

describe('application form (tờ khai) of a procedure', () => {
  it('is set by a keeper of the province catalogue, read by any staff member, and audited', async () => {
    expect((await specialistB.get(`/api/procedures/${procedure}/form`)).body).toMatchObject({
      procedure: { id: procedure, name: 'Đăng ký khai sinh' },
      schema: null,
      can: { manage: false },
    });
    const saved = await keeper.put(`/api/procedures/${procedure}/form`, { schema: birthForm });
    expect(saved.status).toBe(200);
    expect(saved.body.schema).toEqual(birthForm);
    expect(saved.body.can).toEqual({ manage: true });
    const read = await specialistB.get(`/api/procedures/${procedure}/form`);
    expect(read.body.schema.properties.hoTen.title).toBe('Họ và tên');

    const entry = await t.db.db
      .selectFrom('auditLog')
      .select(['summary', 'agencyId'])
      .where('action', '=', 'procedures.form.update')
      .executeTakeFirstOrThrow();
    expect(entry.agencyId).toBe(f.root);
    expect(entry.summary).toMatchObject({
      before: null,
      after: {
        title: 'Tờ khai đăng ký khai sinh',
        fields: expect.arrayContaining(['hoTen', { noiCuTru: ['tinh', 'xa'] }]),
      },
    });
  });

  it('keeps the fields in the order written, although the database sorts keys', async () => {
    const written = Object.keys(birthForm.properties);
    const read = await specialistB.get(`/api/procedures/${procedure}/form`);
    expect(Object.keys(read.body.schema.properties)).toEqual(written);
    expect(Object.keys(read.body.schema.properties.noiCuTru.properties)).toEqual(['tinh', 'xa']);
    expect(read.text).not.toContain('x-order');
    // the dossier module reads the stored form as it is: the order is in it
    const row = await t.db.db
      .selectFrom('procedures')
      .select('formSchema')
      .where('id', '=', procedure)
      .executeTakeFirstOrThrow();
    const stored = row.formSchema as { properties: object; 'x-order': string[] };
    expect(Object.keys(stored.properties)).not.toEqual(written);
    expect(stored['x-order']).toEqual(written);
    const problems = checkFormData(stored, {});
    expect(!problems.ok && problems.problems.map((p) => p.pointer)).toEqual([
      '/hoTen',
      '/ngaySinh',
      '/gioiTinh',
      '/noiCuTru',
    ]);
  });

  it('is refused to a keeper of one agency: the catalogue is province-wide', async () => {
    const refused = await keeperA.put(`/api/procedures/${procedure}/form`, { schema: null });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      'Chỉ người được giao quản lý danh mục thủ tục hành chính của tỉnh mới sửa được tờ khai',
    );
    expect((await keeperA.get(`/api/procedures/${procedure}/form`)).body.can).toEqual({ manage: false });
  });

  it('refuses a schema the renderers cannot draw, each problem at its place', async () => {
    const refused = await keeper.put(`/api/procedures/${procedure}/form`, {
      schema: {
        ...birthForm,
        properties: {
          ...birthForm.properties,
          anh: { type: 'string', title: 'Ảnh', format: 'uri' },
          ghiChu: { type: 'string', title: 'Ghi chú', oneOf: [{ maxLength: 10 }] },
          noiCuTru: {
            ...birthForm.properties.noiCuTru,
            properties: { tinh: { type: 'object', title: 'Tỉnh', properties: {} } },
          },
        },
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        pointer: '/body/schema/properties/noiCuTru/properties/tinh/type',
        detail: 'Chỉ hỗ trợ một cấp nhóm trường lồng nhau',
      },
      {
        pointer: '/body/schema/properties/anh/format',
        detail: 'Định dạng "uri" không được hỗ trợ; chỉ dùng được date (ngày) và email',
      },
      {
        pointer: '/body/schema/properties/ghiChu/oneOf',
        detail: 'Từ khóa "oneOf" không được hỗ trợ ở vị trí này của biểu mẫu',
      },
    ]);
    expect(refused.body.detail).toMatch(/^Biểu mẫu chưa dùng được: /);
    // the form saved before stays
    expect((await specialistB.get(`/api/procedures/${procedure}/form`)).body.schema).toEqual(birthForm);
  });

  it('is removed with null', async () => {
    const removed = await keeper.put(`/api/procedures/${procedure}/form`, { schema: null });
    expect(removed.status).toBe(200);
    expect(removed.body.schema).toBeNull();
    expect((await keeper.get(`/api/procedures/${crypto.randomUUID()}/form`)).status).toBe(404);
  });
});

describe('checking a schema (formSchemaProblems)', () => {
  it('accepts the subset in any supported version of JSON Schema', () => {
    expect(formSchemaProblems(birthForm)).toEqual([]);
    expect(formSchemaProblems({ ...birthForm, $schema: 'http://json-schema.org/draft-07/schema#' })).toEqual(
      [],
    );
    expect(formSchemaProblems({ ...birthForm, $id: 'https://example.vn/to-khai.json' })).toEqual([]);
  });

  it('refuses what is not JSON Schema', () => {
    const one = (property: object) => ({ ...birthForm, required: [], properties: { a: property } });
    expect(formSchemaProblems(one({ type: 'string', title: 'A', maxLength: 1.5 }))).toEqual([
      { pointer: '/properties/a/maxLength', message: '"maxLength" phải là số nguyên không âm' },
    ]);
    // past the subset's own checks, ajv checks the rest against the meta-schema
    expect(formSchemaProblems(one({ type: 'string', title: 'A', $comment: 5 }))).toEqual([
      { pointer: '/properties/a/$comment', message: 'Không đúng quy tắc của JSON Schema (must be string)' },
    ]);
    expect(formSchemaProblems('{"type":"object"}')).toEqual([
      { pointer: '', message: 'Biểu mẫu phải là một đối tượng JSON Schema' },
    ]);
  });
});

describe('checking what an applicant filled in (checkFormData)', () => {
  const complete = {
    hoTen: '  Nguyễn Thị Lan ',
    ngaySinh: '2026-02-28',
    gioiTinh: 'Nữ',
    conThu: '2',
    banSao: 'true',
    giayTo: 'Giấy chứng sinh',
    noiCuTru: { tinh: 'Lào Cai', xa: '' },
    email: '',
  };

  it('answers the data as it is to be kept: trimmed, empty answers dropped, numbers read from text', () => {
    expect(checkFormData(birthForm, complete)).toEqual({
      ok: true,
      data: {
        hoTen: 'Nguyễn Thị Lan',
        ngaySinh: '2026-02-28',
        gioiTinh: 'Nữ',
        conThu: 2,
        banSao: true,
        giayTo: ['Giấy chứng sinh'],
        noiCuTru: { tinh: 'Lào Cai' },
      },
    });
  });

  it('names each field by its title, in the order of the form', () => {
    const result = checkFormData(birthForm, {
      hoTen: '   ',
      ngaySinh: '2026-02-30',
      gioiTinh: 'Khác',
      email: 'lan@',
      soDienThoai: '0912',
      conThu: 2.5,
      giayTo: ['Giấy chứng sinh', 'Giấy chứng sinh'],
      noiCuTru: { xa: 'Cam Đường' },
      quocTich: 'Việt Nam',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { pointer: '/hoTen', message: "Trường 'Họ và tên' là bắt buộc" },
        { pointer: '/ngaySinh', message: "Trường 'Ngày sinh' phải là ngày hợp lệ" },
        { pointer: '/gioiTinh', message: "Trường 'Giới tính' phải là một trong các giá trị: Nam, Nữ" },
        { pointer: '/email', message: "Trường 'Thư điện tử' phải là địa chỉ thư điện tử hợp lệ" },
        { pointer: '/soDienThoai', message: "Trường 'Số điện thoại' không đúng định dạng" },
        { pointer: '/conThu', message: "Trường 'Là con thứ' phải là số nguyên" },
        { pointer: '/giayTo', message: "Trường 'Giấy tờ kèm theo' có mục bị trùng" },
        { pointer: '/noiCuTru/tinh', message: "Trường 'Tỉnh, thành phố' là bắt buộc" },
        { pointer: '/quocTich', message: "Trường 'quocTich' không có trong tờ khai" },
      ],
    });
  });

  it('speaks of limits the Vietnamese way, and of the items of a list', () => {
    const result = checkFormData(birthForm, {
      ...complete,
      hoTen: 'N'.repeat(51),
      conThu: 21,
      giayTo: ['Giấy chứng sinh', 'Giấy khai sinh'],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { pointer: '/hoTen', message: "Trường 'Họ và tên' không được dài quá 50 ký tự" },
        { pointer: '/conThu', message: "Trường 'Là con thứ' không được lớn hơn 20" },
        {
          pointer: '/giayTo/1',
          message:
            "Trường 'Giấy tờ kèm theo' (mục 2) phải là một trong các giá trị: Giấy chứng sinh, Văn bản ủy quyền",
        },
      ],
    });
    expect(checkFormData(birthForm, { ...complete, noiCuTru: undefined })).toEqual({
      ok: false,
      problems: [{ pointer: '/noiCuTru', message: "Trường 'Nơi cư trú' là bắt buộc" }],
    });
    expect(checkFormData(birthForm, [])).toEqual({
      ok: false,
      problems: [{ pointer: '', message: 'Tờ khai phải là một đối tượng JSON' }],
    });
  });
});
