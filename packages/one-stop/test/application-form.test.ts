import { describe, expect, it } from 'vitest';
import { allFormFields, fieldAt, inFieldOrder, readApplicationForm, withFieldOrder } from '../src/index.ts';

/** A birth registration form (tờ khai đăng ký khai sinh), cut down. */
const birthForm = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Tờ khai đăng ký khai sinh',
  type: 'object',
  required: ['hoTen', 'ngaySinh', 'gioiTinh'],
  properties: {
    hoTen: { type: 'string', title: 'Họ và tên', maxLength: 100 },
    ngaySinh: { type: 'string', title: 'Ngày sinh', format: 'date' },
    gioiTinh: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
    email: { type: 'string', title: 'Thư điện tử', format: 'email' },
    soCon: { type: 'integer', title: 'Là con thứ mấy', minimum: 1, maximum: 20 },
    canNang: { type: 'number', title: 'Cân nặng (kg)', minimum: 0 },
    banSao: { type: 'boolean', title: 'Cấp bản sao trích lục' },
    giayTo: {
      type: 'array',
      title: 'Giấy tờ kèm theo',
      items: { type: 'string', enum: ['Giấy chứng sinh', 'Văn bản ủy quyền'] },
      uniqueItems: true,
    },
    ghiChu: { type: 'array', title: 'Ghi chú', items: { type: 'string', maxLength: 200 }, maxItems: 5 },
    noiCuTru: {
      type: 'object',
      title: 'Nơi cư trú',
      required: ['tinh'],
      properties: {
        tinh: { type: 'string', title: 'Tỉnh, thành phố' },
        xa: { type: 'string', title: 'Xã, phường', pattern: '^[^0-9]*$' },
      },
    },
  },
};

describe('application form (tờ khai) as JSON Schema', () => {
  it('reads the supported subset into fields', () => {
    const read = readApplicationForm(birthForm);
    if (!('form' in read)) throw new Error(JSON.stringify(read.problems));
    expect(read.form.title).toBe('Tờ khai đăng ký khai sinh');
    expect(read.form.fields.map((f) => [f.key, f.kind, f.required])).toEqual([
      ['hoTen', 'text', true],
      ['ngaySinh', 'date', true],
      ['gioiTinh', 'choice', true],
      ['email', 'email', false],
      ['soCon', 'integer', false],
      ['canNang', 'number', false],
      ['banSao', 'boolean', false],
      ['giayTo', 'choices', false],
      ['ghiChu', 'list', false],
      ['noiCuTru', 'group', false],
    ]);
    const group = read.form.fields.at(-1)!;
    expect(group.fields?.map((f) => [f.pointer, f.required, f.pattern])).toEqual([
      ['/noiCuTru/tinh', true, undefined],
      ['/noiCuTru/xa', false, '^[^0-9]*$'],
    ]);
    expect(allFormFields(read.form)).toHaveLength(12);
    expect(fieldAt(read.form, '/noiCuTru/xa')?.field.title).toBe('Xã, phường');
    expect(fieldAt(read.form, '/ghiChu/2')).toMatchObject({ field: { title: 'Ghi chú' }, item: 2 });
    expect(fieldAt(read.form, '/khac')).toBeUndefined();
  });

  it('refuses what the renderers cannot draw, at the place and in Vietnamese', () => {
    const read = readApplicationForm({
      type: 'object',
      properties: {
        'họ tên': { type: 'string', title: 'Họ tên' },
        a: { type: 'string', title: 'A', format: 'uri' },
        b: { type: ['string', 'null'], title: 'B' },
        c: { type: 'string', title: 'C', oneOf: [] },
        d: {
          type: 'object',
          title: 'D',
          properties: { e: { type: 'object', title: 'E', properties: {} } },
        },
        f: { type: 'array', title: 'F', items: { type: 'integer' } },
        g: { type: 'string', pattern: '([' },
        h: { type: 'integer', title: 'H', minimum: 5, maximum: 1 },
      },
      required: ['x'],
      allOf: [],
    });
    if (!('problems' in read)) throw new Error('accepted');
    expect(read.problems).toEqual([
      { pointer: '/allOf', message: 'Từ khóa "allOf" không được hỗ trợ ở vị trí này của biểu mẫu' },
      { pointer: '/required/0', message: 'Trường bắt buộc "x" không có trong properties' },
      {
        pointer: '/properties/họ tên',
        message: 'Tên trường chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái',
      },
      {
        pointer: '/properties/a/format',
        message: 'Định dạng "uri" không được hỗ trợ; chỉ dùng được date (ngày) và email',
      },
      { pointer: '/properties/b/type', message: 'Mỗi trường chỉ có một kiểu (type)' },
      {
        pointer: '/properties/c/oneOf',
        message: 'Từ khóa "oneOf" không được hỗ trợ ở vị trí này của biểu mẫu',
      },
      {
        pointer: '/properties/d/properties/e/type',
        message: 'Chỉ hỗ trợ một cấp nhóm trường lồng nhau',
      },
      {
        pointer: '/properties/f/items',
        message: 'Danh sách chỉ gồm các chuỗi ký tự ("items": { "type": "string" })',
      },
      { pointer: '/properties/g/title', message: 'Trường "g" cần có tiêu đề (title) để người nộp đọc' },
      {
        pointer: '/properties/g/pattern',
        message: 'Mẫu kiểm tra (pattern) không phải biểu thức chính quy hợp lệ',
      },
      { pointer: '/properties/h/minimum', message: 'Giá trị nhỏ nhất lớn hơn giá trị lớn nhất' },
      { pointer: '/title', message: 'Biểu mẫu cần có tiêu đề (title)' },
    ]);
  });

  it('needs an object with fields at the top', () => {
    expect(readApplicationForm([])).toEqual({
      problems: [{ pointer: '', message: 'Biểu mẫu phải là một đối tượng JSON Schema' }],
    });
    expect(readApplicationForm({ type: 'string', title: 'T' })).toEqual({
      problems: [
        { pointer: '/type', message: 'Ở cấp cao nhất, biểu mẫu phải là một đối tượng ("type": "object")' },
        { pointer: '/properties', message: 'Biểu mẫu chưa có trường nào (properties)' },
      ],
    });
    expect(
      readApplicationForm({
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        title: 'T',
        properties: { a: { type: 'boolean', title: 'A' } },
        additionalProperties: true,
      }),
    ).toEqual({
      problems: [
        { pointer: '/$schema', message: 'Chỉ hỗ trợ JSON Schema draft-07, 2019-09 hoặc 2020-12' },
        {
          pointer: '/additionalProperties',
          message: 'Chỉ chấp nhận "additionalProperties": false (tờ khai không nhận trường ngoài biểu mẫu)',
        },
      ],
    });
  });

  it('keeps the order of the fields through storage that sorts keys (PostgreSQL jsonb)', () => {
    /** What jsonb does to an object: keys shorter first, then by bytes. */
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))
                .map(([k, v]) => [k, sortKeys(v)]),
            )
          : value;
    const stored = sortKeys(withFieldOrder(birthForm)) as Record<string, unknown>;
    expect(Object.keys(stored.properties as object)[0]).toBe('email');
    expect(stored['x-order']).toEqual(Object.keys(birthForm.properties));
    const read = readApplicationForm(stored);
    if (!('form' in read)) throw new Error(JSON.stringify(read.problems));
    expect(read.form.fields.map((f) => f.key)).toEqual(Object.keys(birthForm.properties));
    expect(read.form.fields.at(-1)?.fields?.map((f) => f.key)).toEqual(['tinh', 'xa']);
    // shown and edited as written, without the keyword
    const shown = inFieldOrder(stored);
    expect(JSON.stringify(shown)).not.toContain('x-order');
    expect(Object.keys(shown.properties as object)).toEqual(Object.keys(birthForm.properties));
    expect(shown).toEqual(birthForm);
  });

  it('lets x-order put fields first, and refuses one naming a field the form does not have', () => {
    const form = {
      type: 'object',
      title: 'T',
      'x-order': ['b'],
      properties: { a: { type: 'boolean', title: 'A' }, b: { type: 'boolean', title: 'B' } },
    };
    const read = readApplicationForm(form);
    expect('form' in read && read.form.fields.map((f) => f.key)).toEqual(['b', 'a']);
    expect(readApplicationForm({ ...form, 'x-order': ['b', 'c', 'b'] })).toEqual({
      problems: [
        { pointer: '/x-order', message: 'Thứ tự trường ("x-order") có tên bị lặp' },
        { pointer: '/x-order/1', message: 'Trường "c" trong "x-order" không có trong properties' },
      ],
    });
  });
});
