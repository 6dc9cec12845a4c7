import { extractText, PDF } from '@congso/doc-text';
import { formatDossierCode } from '@congso/one-stop';
import { vietnamTime } from '@congso/vn-calendar';
import { describe, expect, it } from 'vitest';
import {
  type ApologyView,
  apologyDefinition,
  type ControlSheetView,
  controlSheetDefinition,
  type FormDefinition,
  type FormDossier,
  type FormIssuer,
  type ReceiptView,
  type RefusalView,
  receiptDefinition,
  refusalDefinition,
  renderApology,
  renderControlSheet,
  renderReceipt,
  renderRefusal,
  renderSupplementRequest,
  renderTrackingRegister,
  type SupplementRequestView,
  supplementRequestDefinition,
  type TrackingEntry,
  type TrackingRegisterView,
  trackingRegisterDefinition,
} from './index.ts';

// ---------------------------------------------------------------------------------------------------------
// A dossier for a building permit received at the provincial service centre of Lào Cai

const at = (month: number, day: number, hour: number, minute: number) =>
  new Date(vietnamTime(2026, month, day, hour, minute));

const centre: FormIssuer = {
  parentName: 'UBND tỉnh Lào Cai',
  name: 'Trung tâm Phục vụ hành chính công',
  notation: 'TTPVHCC',
  place: 'Lào Cai',
};

const code = formatDossierCode({ agencyCode: '000.00.01.H29', receivedOn: '2026-03-05', sequence: 7 });
const lookupUrl = `https://dichvucong.laocai.example.vn/tra-cuu/${code}`;

const dossier: FormDossier = {
  code,
  procedureName: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
  applicant: {
    name: 'Nguyễn Thị Hồng Nhung',
    address: 'Số 12 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai',
    phone: '0912 345 678',
    email: 'hongnhung@example.vn',
  },
};

const receivedAt = at(3, 5, 14, 30);
const dueAt = at(3, 19, 16, 0);

const receipt: ReceiptView = {
  issuer: centre,
  number: 42,
  issuedAt: receivedAt,
  dossier,
  lookupUrl,
  documents: [
    { name: 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)', originals: 1, copies: 0 },
    { name: 'Giấy chứng nhận quyền sử dụng đất', originals: 0, copies: 1 },
    { name: 'Bản vẽ thiết kế xây dựng', originals: 2, copies: 0 },
  ],
  sets: 1,
  processingTime: '15 ngày làm việc',
  receivedAt,
  dueAt,
  returnPlace: 'Quầy số 5, Trung tâm Phục vụ hành chính công tỉnh',
  registerEntry: { book: '03/2026', entry: 118 },
  receivedBy: 'Lê Văn Thắng',
  hotline: '0214 3840 888',
};

const supplementRequest: SupplementRequestView = {
  issuer: centre,
  number: 43,
  issuedAt: at(3, 6, 9, 15),
  dossier,
  lookupUrl,
  items: [
    {
      document: 'Bản vẽ mặt bằng móng công trình',
      reason: 'Bản vẽ nộp kèm chưa có chữ ký của chủ nhiệm thiết kế.',
    },
    {
      document: 'Cam kết bảo đảm an toàn cho công trình liền kề',
      reason: 'Công trình có tầng hầm, cần cam kết theo quy định.',
    },
  ],
  contact: { name: 'bà Đỗ Thị Thu Hà, Sở Xây dựng', phone: '0214 3822 111' },
  guidedBy: 'Lê Văn Thắng',
};

const refusal: RefusalView = {
  issuer: centre,
  number: 44,
  issuedAt: at(3, 6, 10, 0),
  dossier,
  reasons: [
    'Thửa đất thuộc hành lang bảo vệ an toàn lưới điện cao áp, không được cấp giấy phép xây dựng.',
    'Hồ sơ không thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh.',
  ],
  refusedBy: 'Lê Văn Thắng',
};

const apology: ApologyView = {
  issuer: { ...centre, name: 'Sở Xây dựng', notation: 'SXD-QLXD' },
  number: 7,
  issuedAt: at(3, 18, 15, 0),
  dossier,
  lookupUrl,
  receivedAt,
  dueAt,
  reason: 'Cần kiểm tra hiện trạng thửa đất với Ủy ban nhân dân phường Cốc Lếu.',
  newDueAt: at(3, 26, 10, 30),
  signer: { position: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Phạm Quốc Huy' },
};

const controlSheet: ControlSheetView = {
  issuer: centre,
  dossier,
  receivedAt,
  dueAt,
  handlingAgency: 'Sở Xây dựng',
  cooperatingAgencies: ['Ủy ban nhân dân phường Cốc Lếu'],
  handovers: [
    {
      from: 'Trung tâm Phục vụ hành chính công',
      to: 'Phòng Quản lý xây dựng, Sở Xây dựng',
      at: at(3, 5, 16, 10),
      handedBy: 'Lê Văn Thắng',
      receivedBy: 'Đỗ Thị Thu Hà',
      result: 'on_time',
      note: null,
    },
    {
      from: 'Phòng Quản lý xây dựng',
      to: 'Lãnh đạo Sở Xây dựng',
      at: at(3, 12, 8, 45),
      handedBy: 'Đỗ Thị Thu Hà',
      receivedBy: 'Phạm Quốc Huy',
      result: 'early',
      note: 'Trình ký',
    },
    {
      from: 'Sở Xây dựng',
      to: 'Trung tâm Phục vụ hành chính công',
      at: at(3, 20, 9, 0),
      handedBy: null,
      receivedBy: 'Lê Văn Thắng',
      result: 'overdue',
      note: 'Đã có Phiếu xin lỗi',
    },
  ],
};

const procedures = [
  'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
  'Đăng ký khai sinh',
  'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
  'Đăng ký thành lập hộ kinh doanh',
];
const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng'];

function trackingEntry(i: number): TrackingEntry {
  const day = 1 + (i % 28);
  const received = at(3, day, 8 + (i % 8), (i * 7) % 60);
  return {
    code: formatDossierCode({
      agencyCode: '000.00.01.H29',
      receivedOn: `2026-03-${String(day).padStart(2, '0')}`,
      sequence: 1 + Math.floor(i / 28),
    }),
    procedureName: procedures[i % procedures.length]!,
    sets: 1,
    applicantName: `${surnames[i % surnames.length]} Văn Đức ${i + 1}`,
    applicantAddress: 'Phường Cốc Lếu, tỉnh Lào Cai',
    applicantPhone: `0912 000 ${String(i).padStart(3, '0')}`,
    handlingAgency: i % 2 === 0 ? 'Sở Xây dựng' : 'Sở Tư pháp',
    receivedAt: received,
    dueAt: new Date(received.getTime() + 10 * 86_400_000),
    transferredAt: new Date(received.getTime() + 3_600_000),
    resultAt: i % 3 === 0 ? null : new Date(received.getTime() + 8 * 86_400_000),
    returnedAt: i % 3 === 0 ? null : new Date(received.getTime() + 9 * 86_400_000),
    note: i % 10 === 0 ? 'Trả qua bưu chính' : null,
  };
}

const register: TrackingRegisterView = {
  issuer: centre,
  period: { from: '2026-03-01', to: '2026-03-31' },
  book: '03/2026',
  entries: Array.from({ length: 200 }, (_, i) => trackingEntry(i)),
};

// ---------------------------------------------------------------------------------------------------------
// Reading a PDF back

const A5 = [419.53, 595.28];
const A4_LANDSCAPE = [841.89, 595.28];

/** The text of a PDF, white space collapsed (lines wrap where the layout wants), and its page sizes. */
async function readBack(pdf: Buffer) {
  const { text, pages } = await extractText(pdf, { mediaType: PDF });
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[([\d. ]+)\]/g)].map((m) =>
    m[1]!.trim().split(/\s+/).map(Number).slice(2),
  );
  return { text: text.replace(/\s+/g, ' '), pages: pages ?? 0, boxes };
}

/** Every QR code a definition draws, by its text. */
function qrCodes(definition: FormDefinition): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const qr = (node as { qr?: unknown }).qr;
      if (typeof qr === 'string') found.push(qr);
      Object.values(node).forEach(walk);
    }
  };
  walk(definition.content);
  return found;
}

const header = [
  'UBND TỈNH LÀO CAI',
  'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
];

// ---------------------------------------------------------------------------------------------------------

describe('Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả', () => {
  it('is an A5 page with the header, the dossier, the papers received and the appointment in words', async () => {
    const { text, pages, boxes } = await readBack(await renderReceipt(receipt));
    expect(pages).toBe(1);
    expect(boxes).toEqual([A5]);
    for (const part of [
      ...header,
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 42/TTPVHCC',
      'Lào Cai, ngày 05 tháng 3 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      `Mã hồ sơ: ${code}`,
      'Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung',
      'Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
      'Giấy chứng nhận quyền sử dụng đất',
      '2. Số lượng hồ sơ: 01 (bộ)',
      '3. Thời gian giải quyết hồ sơ theo quy định là: 15 ngày làm việc',
      '4. Thời gian nhận hồ sơ: 14 giờ 30 phút, ngày 05 tháng 3 năm 2026',
      '5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 19 tháng 3 năm 2026',
      '6. Đăng ký nhận kết quả tại: Quầy số 5',
      'Quyển số: 03/2026, Số thứ tự: 118',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Lê Văn Thắng',
      '0214 3840 888',
    ])
      expect(text).toContain(part);
  });

  it('carries the lookup page of the dossier in its QR code', () => {
    const definition = receiptDefinition(receipt);
    expect(qrCodes(definition)).toEqual([lookupUrl]);
    expect(definition).toMatchObject({ pageSize: 'A5', pageOrientation: 'portrait' });
    expect(definition.info.title).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  });

  it('counts the originals and copies of each paper in their own columns', async () => {
    const { text } = await readBack(await renderReceipt(receipt));
    expect(text).toContain('TT Tên giấy tờ Bản chính Bản sao');
    expect(text).toContain('3 Bản vẽ thiết kế xây dựng 2');
    expect(text).toContain('2 Giấy chứng nhận quyền sử dụng đất 1');
  });

  it('leaves out the register entry and contacts that are not known, and a blank number stays blank', async () => {
    const { text } = await readBack(
      await renderReceipt({
        ...receipt,
        number: null,
        registerEntry: null,
        hotline: null,
        dossier: { ...dossier, applicant: { ...dossier.applicant, phone: null, email: null } },
      }),
    );
    expect(text).toContain('Số: ……/TTPVHCC');
    expect(text).not.toContain('Quyển số');
    expect(text).not.toContain('Số điện thoại');
    expect(text).not.toContain('0214 3840 888');
  });
});

describe('Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', () => {
  it('lists what to supplement with the reasons, and whom to call', async () => {
    const { text, pages, boxes } = await readBack(await renderSupplementRequest(supplementRequest));
    expect(pages).toBe(1);
    expect(boxes).toEqual([A5]);
    for (const part of [
      ...header,
      'Số: 43/TTPVHCC',
      'Lào Cai, ngày 06 tháng 3 năm 2026',
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      `Mã hồ sơ: ${code}`,
      'Hồ sơ của: Nguyễn Thị Hồng Nhung',
      'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:',
      '1. Bản vẽ mặt bằng móng công trình Lý do: Bản vẽ nộp kèm chưa có chữ ký của chủ nhiệm thiết kế.',
      '2. Cam kết bảo đảm an toàn cho công trình liền kề Lý do: Công trình có tầng hầm',
      'liên hệ với bà Đỗ Thị Thu Hà, Sở Xây dựng, số điện thoại 0214 3822 111 để được hướng dẫn',
      'NGƯỜI HƯỚNG DẪN',
    ])
      expect(text).toContain(part);
  });

  it('carries the lookup page of the dossier in its QR code', () => {
    expect(qrCodes(supplementRequestDefinition(supplementRequest))).toEqual([lookupUrl]);
  });
});

describe('Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ', () => {
  it('gives every reason for refusing, without a QR code', async () => {
    const { text, pages, boxes } = await readBack(await renderRefusal(refusal));
    expect(pages).toBe(1);
    expect(boxes).toEqual([A5]);
    for (const part of [
      ...header,
      'Số: 44/TTPVHCC',
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${code}`,
      'Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung',
      'Qua xem xét, Trung tâm Phục vụ hành chính công thông báo không tiếp nhận, giải quyết hồ sơ này',
      'hành lang bảo vệ an toàn lưới điện cao áp',
      'không thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh',
      'Xin thông báo cho ông (bà) được biết và thực hiện./.',
    ])
      expect(text).toContain(part);
    expect(qrCodes(refusalDefinition(refusal))).toEqual([]);
  });
});

describe('Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả', () => {
  it('apologises in the late agency’s name with the reason and the new appointment in words', async () => {
    const { text, pages, boxes } = await readBack(await renderApology(apology));
    expect(pages).toBe(1);
    expect(boxes).toEqual([A5]);
    for (const part of [
      'UBND TỈNH LÀO CAI',
      'SỞ XÂY DỰNG',
      'Số: 7/SXD-QLXD',
      'Lào Cai, ngày 18 tháng 3 năm 2026',
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'Kính gửi: Nguyễn Thị Hồng Nhung',
      `Mã hồ sơ: ${code}`,
      'Ngày 05 tháng 3 năm 2026, Sở Xây dựng tiếp nhận giải quyết hồ sơ',
      'thời gian trả kết quả giải quyết hồ sơ là 16 giờ 00 phút, ngày 19 tháng 3 năm 2026',
      'Lý do: Cần kiểm tra hiện trạng thửa đất',
      'Sở Xây dựng xin lỗi ông (bà) và hẹn trả kết quả vào: 10 giờ 30 phút, ngày 26 tháng 3 năm 2026',
      'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
      'Phạm Quốc Huy',
    ])
      expect(text).toContain(part);
  });

  it('carries the lookup page of the dossier in its QR code', () => {
    expect(qrCodes(apologyDefinition(apology))).toEqual([lookupUrl]);
  });
});

describe('Mẫu 05 Phiếu kiểm soát quá trình giải quyết hồ sơ', () => {
  it('has a line for each handover, with both sides, the time in words and the result', async () => {
    const { text, pages, boxes } = await readBack(await renderControlSheet(controlSheet));
    expect(pages).toBe(1);
    expect(boxes).toEqual([A5]);
    for (const part of [
      ...header,
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${code}`,
      'Kèm theo hồ sơ của: Nguyễn Thị Hồng Nhung',
      'Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 19 tháng 3 năm 2026',
      'Cơ quan (bộ phận) giải quyết hồ sơ: Sở Xây dựng',
      'Cơ quan phối hợp giải quyết hồ sơ: Ủy ban nhân dân phường Cốc Lếu',
      'TÊN CƠ QUAN',
      'THỜI GIAN GIAO, NHẬN HỒ SƠ',
      'KẾT QUẢ GIẢI QUYẾT HỒ SƠ',
      '1. Giao: Trung tâm Phục vụ hành chính công',
      '16 giờ 10 phút, ngày 05 tháng 3 năm 2026',
      '08 giờ 45 phút, ngày 12 tháng 3 năm 2026',
      'Đỗ Thị Thu Hà',
      'Trình ký',
      'Đã có Phiếu xin lỗi',
    ])
      expect(text).toContain(part);
    // the results in the order of the handovers, after the headings (which name all three)
    const rows = text.slice(text.indexOf('GHI CHÚ'));
    expect(rows.indexOf('Đúng hạn')).toBeGreaterThan(-1);
    expect(rows.indexOf('Đúng hạn')).toBeLessThan(rows.indexOf('Trước hạn'));
    expect(rows.indexOf('Trước hạn')).toBeLessThan(rows.indexOf('Quá hạn'));
    expect(qrCodes(controlSheetDefinition(controlSheet))).toEqual([]);
  });
});

describe('Mẫu 06 Sổ theo dõi hồ sơ', () => {
  it('is landscape A4 whose 200 dossiers run over several pages, the headings on each', async () => {
    const pdf = await renderTrackingRegister(register);
    const { text, pages, boxes } = await readBack(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(boxes).toEqual(Array.from({ length: pages }, () => A4_LANDSCAPE));
    for (const part of [
      ...header,
      'SỔ THEO DÕI HỒ SƠ',
      'Từ ngày 01/03/2026 đến ngày 31/03/2026',
      'Quyển số: 03/2026',
      'Cơ quan chủ trì giải quyết',
      'Ngày, tháng, năm',
      'Nhận kết quả từ cơ quan giải quyết',
      'Trả kết quả cho cá nhân, tổ chức',
      register.entries[0]!.code,
      register.entries[199]!.code,
      'Nguyễn Văn Đức 1 ',
      'Đặng Văn Đức 7 ',
      'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
      // entry 1 (index 1): received 02/03/2026 09:07, returned nine days later
      '02/03/2026 09:07',
      '11/03/2026 09:07',
      'Trả qua bưu chính',
      `Trang ${pages}/${pages}`,
    ])
      expect(text).toContain(part);
    // the heading rows again at the top of every page
    expect(text.split('Cơ quan chủ trì giải quyết').length - 1).toBe(pages);
    expect(text.split('Nhận kết quả từ cơ quan giải quyết').length - 1).toBe(pages);
    // every dossier is there
    for (const entry of register.entries) expect(text).toContain(entry.code);
  });

  it('repeats two heading rows and draws no QR code', () => {
    const definition = trackingRegisterDefinition(register);
    expect(definition).toMatchObject({ pageSize: 'A4', pageOrientation: 'landscape' });
    const table = definition.content.find((node) => typeof node === 'object' && 'table' in node) as {
      table: { headerRows: number; body: unknown[][]; widths: unknown[] };
    };
    expect(table.table.headerRows).toBe(2);
    expect(table.table.widths).toHaveLength(14);
    expect(table.table.body).toHaveLength(202);
    expect(qrCodes(definition)).toEqual([]);
  });

  it('says so when no dossier was received in the period', async () => {
    const { text, pages } = await readBack(
      await renderTrackingRegister({ ...register, book: null, entries: [] }),
    );
    expect(pages).toBe(1);
    expect(text).toContain('Không có hồ sơ nào trong kỳ.');
    expect(text).not.toContain('Quyển số');
  });
});
