import { readApplicationForm } from '@congso/one-stop/application-form';
import { describe, expect, it } from 'vitest';
import { problemsByField, valueAt, withValue } from './values.ts';

const read = readApplicationForm({
  type: 'object',
  title: 'Tờ khai',
  properties: {
    hoTen: { type: 'string', title: 'Họ và tên' },
    giayTo: { type: 'array', title: 'Giấy tờ', items: { type: 'string' } },
    noiCuTru: {
      type: 'object',
      title: 'Nơi cư trú',
      properties: { tinh: { type: 'string', title: 'Tỉnh' }, xa: { type: 'string', title: 'Xã' } },
    },
  },
});
if (!('form' in read)) throw new Error('the test form should be readable');
const { fields } = read.form;

describe('the value of a JSON Schema form', () => {
  it('sets answers in groups without touching the value it was given', () => {
    const start = { hoTen: 'Lan' };
    const next = withValue(start, '/noiCuTru/tinh', 'Lào Cai');
    expect(next).toEqual({ hoTen: 'Lan', noiCuTru: { tinh: 'Lào Cai' } });
    expect(start).toEqual({ hoTen: 'Lan' });
    expect(valueAt(next, '/noiCuTru/tinh')).toBe('Lào Cai');
    expect(valueAt(next, '/noiCuTru/xa')).toBeUndefined();
    expect(valueAt(next, '/hoTen/x')).toBeUndefined();
  });

  it('drops cleared answers, and a group left empty', () => {
    const value = { hoTen: 'Lan', giayTo: ['Giấy chứng sinh'], noiCuTru: { tinh: 'Lào Cai' } };
    expect(withValue(value, '/hoTen', '')).toEqual({
      giayTo: ['Giấy chứng sinh'],
      noiCuTru: { tinh: 'Lào Cai' },
    });
    expect(withValue(value, '/giayTo', [])).toEqual({ hoTen: 'Lan', noiCuTru: { tinh: 'Lào Cai' } });
    expect(withValue(value, '/noiCuTru/tinh', null)).toEqual({ hoTen: 'Lan', giayTo: ['Giấy chứng sinh'] });
  });

  it("puts the server's problems on the fields they point at", () => {
    const { byField, other } = problemsByField(
      [
        { pointer: '/body/formData/hoTen', detail: "Trường 'Họ và tên' là bắt buộc" },
        { pointer: '/body/formData/noiCuTru/tinh', detail: "Trường 'Tỉnh' là bắt buộc" },
        {
          pointer: '/body/formData/giayTo/1',
          detail: "Trường 'Giấy tờ' (mục 2) không được dài quá 10 ký tự",
        },
        { pointer: '/body/formData/quocTich', detail: "Trường 'quocTich' không có trong tờ khai" },
        { pointer: '/body/procedureId', detail: 'Không tìm thấy thủ tục' },
      ],
      fields,
      '/body/formData',
    );
    expect(Object.fromEntries(byField)).toEqual({
      '/hoTen': ["Trường 'Họ và tên' là bắt buộc"],
      '/noiCuTru/tinh': ["Trường 'Tỉnh' là bắt buộc"],
      '/giayTo': ["Trường 'Giấy tờ' (mục 2) không được dài quá 10 ký tự"],
    });
    expect(other).toEqual(["Trường 'quocTich' không có trong tờ khai"]);
  });
});
