import { readApplicationForm, withFieldOrder } from '@congso/one-stop/application-form';
import { describe, expect, it } from 'vitest';
import { draftPage } from '../src/applications/draft-page.ts';
import { applicationFormFields, problemsByField } from '../src/applications/form-fields.ts';
import { formDataFrom } from '../src/applications/form-names.ts';
import type { DraftView } from '../src/applications/types.ts';

// Every kind of field the subset has, written out of order and put in order by `x-order` (as stored).
const schema = withFieldOrder({
  type: 'object',
  title: 'Tờ khai thử',
  required: ['hoTen', 'gioiTinh'],
  'x-order': ['hoTen', 'gioiTinh', 'ngaySinh'],
  properties: {
    ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' },
    hoTen: { type: 'string', title: 'Họ và tên', maxLength: 100 },
    gioiTinh: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
    danToc: { type: 'string', title: 'Dân tộc', enum: ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa'] },
    thuDienTu: { type: 'string', format: 'email', title: 'Thư điện tử' },
    soCon: { type: 'integer', title: 'Số con', minimum: 0, maximum: 20 },
    dienTich: { type: 'number', title: 'Diện tích (m²)', description: 'Theo giấy chứng nhận' },
    daKetHon: { type: 'boolean', title: 'Đã kết hôn' },
    giayTo: {
      type: 'array',
      title: 'Giấy tờ kèm theo',
      items: { type: 'string', enum: ['Căn cước', 'Hộ chiếu', 'Giấy khai sinh'] },
    },
    ngheNghiep: { type: 'array', title: 'Các nghề đã làm', items: { type: 'string' } },
    lyDo: { type: 'string', title: 'Lý do đề nghị' },
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
});
const read = readApplicationForm(schema);
if (!('form' in read)) throw new Error(JSON.stringify(read.problems));
const { form } = read;

const render = (data: Record<string, unknown>, problems: { pointer: string; message: string }[] = []) =>
  applicationFormFields(form, data, problemsByField(form, problems).byField).__html;

describe('the application form as HTML', () => {
  it('draws every field with its label, in the order of the schema, groups as fieldsets', () => {
    const page = render({});
    const labels = [
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Dân tộc',
      'Thư điện tử',
      'Số con',
      'Nơi cư trú',
      'Xã, phường',
    ];
    const at = labels.map((label) => page.indexOf(`${label}`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(page).toContain('<label for="f-hoTen">Họ và tên <span class="required">(bắt buộc)</span></label>');
    expect(page).toMatch(
      /<input type="text" id="f-hoTen" name="f\.hoTen" value="" maxlength="100" aria-required="true">/,
    );
    // two choices: radio buttons under a legend; six: a list with an empty first option
    expect(page).toMatch(/<legend>Giới tính <span class="required">\(bắt buộc\)<\/span><\/legend>/);
    expect(page).toContain('<input type="radio" id="f-gioiTinh" name="f.gioiTinh" value="Nam">');
    expect(page).toContain('<input type="radio" id="f-gioiTinh-2" name="f.gioiTinh" value="Nữ">');
    expect(page).toMatch(/<select id="f-danToc" name="f\.danToc">\s*<option value="">— Chọn —<\/option>/);
    expect(page).toContain('<input type="date" id="f-ngaySinh" name="f.ngaySinh"');
    expect(page).toContain('<input type="email" id="f-thuDienTu"');
    expect(page).toMatch(
      /id="f-soCon" name="f\.soCon" value="" inputmode="numeric" aria-describedby="f-soCon-hint"/,
    );
    expect(page).toContain(
      '<p class="hint" id="f-dienTich-hint">Theo giấy chứng nhận Một số; phần thập phân viết sau dấu phẩy.</p>',
    );
    expect(page).toContain(
      '<input type="radio" id="f-daKetHon" name="f.daKetHon" value="true"> <label for="f-daKetHon">Có</label>',
    );
    expect(page).toContain('<input type="checkbox" id="f-giayTo-3" name="f.giayTo" value="Giấy khai sinh">');
    expect(page).toContain('<textarea id="f-ngheNghiep" name="f.ngheNghiep" rows="4"');
    expect(page).toContain('<textarea id="f-lyDo" name="f.lyDo" rows="2"');
    expect(page).toMatch(/<fieldset class="group" id="f-noiCuTru">\s*<legend>Nơi cư trú<\/legend>/);
    expect(page).toContain(
      '<textarea id="f-noiCuTru-tinh" name="f.noiCuTru.tinh" rows="2" aria-required="true"></textarea>',
    );
  });

  it('shows the answers typed, and each problem next to its field', () => {
    const page = render(
      {
        hoTen: '<Lan>',
        gioiTinh: 'Nữ',
        danToc: 'Tày',
        soCon: 'ba',
        daKetHon: 'false',
        giayTo: ['Căn cước', 'Hộ chiếu'],
        ngheNghiep: ['Nông dân', 'Thợ may'],
        noiCuTru: { tinh: 'Lào Cai' },
      },
      [
        { pointer: '/soCon', message: "Trường 'Số con' phải là số nguyên" },
        { pointer: '/ngheNghiep/1', message: "Trường 'Các nghề đã làm' (mục 2) quá dài" },
        { pointer: '/noiCuTru/xa', message: "Trường 'Xã, phường' là bắt buộc" },
      ],
    );
    expect(page).toContain('value="&lt;Lan&gt;"');
    expect(page).toContain('value="Nữ" checked');
    expect(page).toContain('<option value="Tày" selected>Tày</option>');
    expect(page).toContain('value="false" checked');
    expect(page).toContain('value="Căn cước" checked');
    expect(page).toContain('value="Hộ chiếu" checked');
    expect(page).not.toContain('value="Giấy khai sinh" checked');
    expect(page).toContain('>Nông dân\nThợ may</textarea>');
    expect(page).toContain('name="f.noiCuTru.tinh" rows="2" aria-required="true">Lào Cai</textarea>');
    expect(page).toContain(
      '<p class="error-message" id="f-soCon-error"><span class="visually-hidden">Lỗi: </span>Trường &#39;Số con&#39; phải là số nguyên</p>',
    );
    expect(page).toMatch(
      /id="f-soCon"[^>]* aria-describedby="f-soCon-hint f-soCon-error" aria-invalid="true"/,
    );
    // a problem with an item goes to its list; a group's field keeps its own
    expect(page).toContain('id="f-ngheNghiep-error"');
    expect(page).toMatch(
      /id="f-noiCuTru-xa"[^>]* aria-describedby="f-noiCuTru-xa-error" aria-invalid="true"/,
    );
  });

  it('reads the posted page back into the answers, and nothing the form does not have', () => {
    const posted = new URLSearchParams([
      ['f.hoTen', '  Lan  '],
      ['f.gioiTinh', 'Nữ'],
      ['f.soCon', '2'],
      ['f.ngaySinh', '5/4/1990'],
      ['f.dienTich', '12,5'],
      ['f.daKetHon', 'true'],
      ['f.giayTo', 'Căn cước'],
      ['f.giayTo', 'Hộ chiếu'],
      ['f.ngheNghiep', 'Nông dân\r\n\r\n Thợ may \r\n'],
      ['f.noiCuTru.tinh', 'Lào Cai'],
      ['f.noiCuTru.xa', ''],
      ['f.lyDo', ''],
      ['f.quocTich', 'Khác'],
      ['applicant.name', 'Lan'],
    ]);
    expect(formDataFrom(form, (name) => posted.getAll(name))).toEqual({
      hoTen: '  Lan  ',
      gioiTinh: 'Nữ',
      soCon: '2',
      ngaySinh: '1990-04-05',
      dienTich: '12.5',
      daKetHon: 'true',
      giayTo: ['Căn cước', 'Hộ chiếu'],
      ngheNghiep: ['Nông dân', 'Thợ may'],
      noiCuTru: { tinh: 'Lào Cai' },
    });
  });
});

describe('the draft page', () => {
  const view: DraftView = {
    id: '00000000-0000-4000-8000-000000000001',
    procedure: { code: '1.002153', name: 'Đăng ký hành nghề luật sư' },
    agencyName: 'Trung tâm Phục vụ hành chính công tỉnh',
    applicantKind: 'business',
    applicant: { name: 'Công ty Luật A', idNumber: '0101234567', phone: '', email: '', address: 'Lào Cai' },
    form,
    formData: {},
    documents: [
      {
        index: 0,
        name: 'Đơn đề nghị',
        quantity: '1 bản chính',
        required: true,
        template: 'Mau-01.docx',
        file: { name: 'don.pdf', size: 2_621_440 },
      },
      { index: 1, name: 'Giấy tờ khác', quantity: '', required: false, template: '', file: null },
    ],
    resultDelivery: 'post',
    postalAddress: '',
    uploadLimitBytes: 104_857_600,
    problems: {
      applicant: { phone: 'Hãy nhập số điện thoại hoặc thư điện tử' },
      form: [{ pointer: '/hoTen', message: "Trường 'Họ và tên' là bắt buộc" }],
      documents: { 1: 'Tệp “a.exe” không nhận được' },
      postalAddress: 'Hãy nhập địa chỉ nhận kết quả qua bưu chính',
      other: ['Thủ tục đã ngừng áp dụng'],
    },
  };

  it('lists the problems at the top in the order of the page, each linking to its control', () => {
    const page = draftPage(view).__html;
    expect(page.match(/<h1>/g)).toHaveLength(1);
    const links = [...page.matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(['applicant-phone', 'f-hoTen', 'document-1', 'postalAddress']);
    expect(page).toContain('<li>Thủ tục đã ngừng áp dụng</li>');
    expect(page).toContain('<h2 id="error-summary-title">Có 5 chỗ cần sửa</h2>');
    expect(page).toContain('<label for="applicant-name">Tên tổ chức, doanh nghiệp');
    expect(page).toContain('Đã tải lên: <strong>don.pdf</strong> (2,5 MB)');
    expect(page).toContain('tối đa 100 MB');
    // the remove button belongs to a form of its own, after the page's form: Enter in a field saves
    const main = page.indexOf('<form class="application"');
    const save = page.indexOf('value="save"');
    const firstButton = page.indexOf('<button type="submit"', main);
    expect(page.slice(firstButton, page.indexOf('>', firstButton))).toContain('form="remove-file-0"');
    expect(save).toBeGreaterThan(firstButton);
    expect(page).toContain(
      '<form id="remove-file-0" method="post" action="/ho-so-nhap/00000000-0000-4000-8000-000000000001/tep/0/go"></form>',
    );
    expect(page).toMatch(/id="resultDelivery-post" name="resultDelivery" value="post" checked/);
  });
});
