import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultPortalStatusCodes,
  formatPortalDate,
  PORTAL_DOSSIER_SERVICE,
  PORTAL_PROGRESS_SERVICE,
  type PortalDossierFacts,
  type PortalDossierRecord,
  type PortalLine,
  type PortalProgressRecord,
  parsePortalDate,
  portalMessages,
  portalRecordsFor,
  portalRequestBody,
  portalStatusCodes,
  portalVerdict,
} from '../src/index.ts';

const vn = (local: string) => new Date(`${local}+07:00`);

describe('portal dates (yyyyMMddHHmmss, Asia/Ho_Chi_Minh)', () => {
  it('writes the time of day in Vietnam, seven hours ahead of UTC all year', () => {
    expect(formatPortalDate(vn('2025-07-15T08:30:05'))).toBe('20250715083005');
    expect(formatPortalDate(new Date('2025-07-14T17:00:00Z'))).toBe('20250715000000');
    expect(formatPortalDate(new Date('2025-07-14T16:59:59.999Z'))).toBe('20250714235959');
    expect(formatPortalDate(new Date('2025-12-31T17:00:00Z'))).toBe('20260101000000');
    // "summer" and "winter" alike: Vietnam has no daylight saving
    expect(formatPortalDate(new Date('2026-01-15T05:00:00Z'))).toBe('20260115120000');
    expect(formatPortalDate(new Date('2026-06-15T05:00:00Z'))).toBe('20260615120000');
    expect(formatPortalDate(null)).toBe('');
  });

  it('reads a date back, and refuses what is not one', () => {
    expect(parsePortalDate('20250715083005')).toEqual(vn('2025-07-15T08:30:05'));
    for (const wrong of [
      '20250230120000',
      '20251301000000',
      '20250715240000',
      '20250715126000',
      '2025071508300',
      'x',
    ])
      expect(parsePortalDate(wrong), wrong).toBeUndefined();
  });

  const instants = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('agrees with the time-zone database for Asia/Ho_Chi_Minh, and reads back to the second', () => {
    const zone = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    fc.assert(
      fc.property(instants, (instant) => {
        const text = formatPortalDate(instant);
        expect(text).toMatch(/^[0-9]{14}$/);
        const p = Object.fromEntries(zone.formatToParts(instant).map((part) => [part.type, part.value]));
        expect(text).toBe(`${p.year}${p.month}${p.day}${p.hour}${p.minute}${p.second}`);
        expect(parsePortalDate(text)?.getTime()).toBe(Math.floor(instant.getTime() / 1000) * 1000);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns the day exactly at midnight in Vietnam (17:00 UTC), never at UTC midnight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 36_500 }),
        fc.integer({ min: -3_600_000, max: 3_599_999 }),
        (days, offset) => {
          // midnight in Vietnam of day `days` after 2000-01-01
          const midnight = Date.UTC(2000, 0, 1 + days) - 7 * 3_600_000;
          const text = formatPortalDate(new Date(midnight + offset));
          const day = new Date(Date.UTC(2000, 0, 1 + days + (offset < 0 ? -1 : 0)));
          const ymd = day.toISOString().slice(0, 10).replaceAll('-', '');
          expect(text.slice(0, 8)).toBe(ymd);
          if (offset >= 0 && offset < 1000) expect(text.slice(8)).toBe('000000');
          if (offset < 0 && offset >= -1000) expect(text.slice(8)).toBe('235959');
          expect(text.slice(8, 10)).toBe(offset < 0 ? '23' : '00');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('status codes (TrangThaiHoSo) as data', () => {
  it('defaults to the list provincial systems send, and takes configured codes over them', () => {
    expect(defaultPortalStatusCodes).toMatchObject({
      waiting: '1',
      received: '2',
      processing: '4',
      returned: '10',
    });
    const codes = portalStatusCodes({ processing: '3', returned: '12' });
    expect(codes).toMatchObject({ waiting: '1', processing: '3', returned: '12' });
    expect(() => portalStatusCodes({ archived: '11' })).toThrow(/archived/);
    expect(() => portalStatusCodes({ processing: '' })).toThrow(/không hợp lệ/);
  });
});

describe('what a history line sends', () => {
  type Kind = [kind: string, statusFrom: string | null, statusTo: string, data?: Record<string, unknown>];
  /** What each line of a history calls for, given the lines before it. */
  const sends = (...kinds: Kind[]) => {
    const history = kinds.map(([kind, statusFrom, statusTo, data = {}], i) => ({
      id: String(i + 1),
      kind,
      statusFrom,
      statusTo,
      data,
    })) as PortalLine[];
    return history.map((line, i) => {
      const wanted = portalRecordsFor(line, history.slice(0, i + 1));
      return `${line.kind}:${wanted.dossier ? 'D' : ''}${wanted.progress ? 'P' : ''}`;
    });
  };

  it('the dossier record on creation and status changes, a progress record on each handover', () => {
    expect(
      sends(
        ['receive', null, 'processing'],
        ['assign', 'processing', 'processing'],
        ['opinion', 'processing', 'processing'],
        ['file_added', 'processing', 'processing'],
        ['forward', 'processing', 'processing'],
        ['send_back', 'processing', 'processing'],
        ['request_supplement', 'processing', 'supplement_requested'],
        // a supplement after the receipt resumes the dossier: no handover (an online one names the Mẫu 02)
        ['supplement', 'supplement_requested', 'processing', { slipId: 'slip-02', online: true }],
        ['request_fee', 'processing', 'fee_pending'],
        ['fee_paid', 'fee_pending', 'processing'],
        ['apologise', 'processing', 'processing'],
        ['complete', 'processing', 'result_ready'],
        ['return_result', 'result_ready', 'returned'],
        ['postal_update', 'returned', 'returned'],
      ),
    ).toEqual([
      'receive:DP',
      'assign:',
      'opinion:',
      'file_added:',
      'forward:P',
      'send_back:P',
      'request_supplement:D',
      'supplement:D',
      'request_fee:D',
      'fee_paid:D',
      'apologise:D',
      'complete:DP',
      'return_result:DP',
      'postal_update:',
    ]);
  });

  it('the receipt of an online dossier, and of one registered incomplete, is a handover too', () => {
    expect(
      sends(
        ['submit_online', null, 'waiting'],
        ['request_supplement', 'waiting', 'supplement_requested'],
        ['resubmit_online', 'supplement_requested', 'waiting'],
        ['accept', 'waiting', 'processing'],
      ),
    ).toEqual(['submit_online:D', 'request_supplement:D', 'resubmit_online:D', 'accept:DP']);
    expect(
      sends(
        ['register_incomplete', null, 'supplement_requested'],
        ['supplement', 'supplement_requested', 'processing', { slipId: 'slip-01' }],
      ),
    ).toEqual(['register_incomplete:D', 'supplement:DP']);
  });
});

/** A dossier of a province's variant of a national procedure, received, handled, completed and returned. */
function facts(): { facts: PortalDossierFacts; lines: Record<string, PortalLine> } {
  const base = { statusFrom: null, step: null, toStep: null, note: null, data: {}, actorTitle: null };
  const lines: Record<string, PortalLine> = {
    receive: {
      ...base,
      id: '1',
      kind: 'receive',
      at: vn('2025-07-15T08:00:00'),
      statusTo: 'processing',
      actorName: 'Lê Văn Một Cửa',
      actorTitle: 'Chuyên viên',
      data: { dueAt: '2025-07-22T09:00:00.000Z' },
    },
    supplement: {
      ...base,
      id: '2',
      kind: 'request_supplement',
      at: vn('2025-07-16T09:00:00'),
      statusFrom: 'processing',
      statusTo: 'supplement_requested',
      actorName: 'Trần Thụ Lý',
      data: { slipId: 'slip-2', items: [{ name: 'Bản sao Căn cước', reason: 'Bản chụp mờ' }] },
    },
    supplied: {
      ...base,
      id: '3',
      kind: 'supplement',
      at: vn('2025-07-17T10:00:00'),
      statusFrom: 'supplement_requested',
      statusTo: 'processing',
      actorName: 'Lê Văn Một Cửa',
      note: 'Đã nộp bản rõ',
    },
    fee: {
      ...base,
      id: '4',
      kind: 'request_fee',
      at: vn('2025-07-17T11:00:00'),
      statusFrom: 'processing',
      statusTo: 'fee_pending',
      actorName: 'Trần Thụ Lý',
      data: { amount: 50000, purpose: 'Lệ phí cấp giấy phép' },
    },
    forward: {
      ...base,
      id: '5',
      kind: 'forward',
      at: vn('2025-07-18T14:00:00'),
      statusFrom: 'processing',
      statusTo: 'processing',
      step: 2,
      toStep: 3,
      note: 'Đủ điều kiện',
      actorName: 'Trần Thụ Lý',
      actorTitle: 'Chuyên viên chính',
      data: { stepDueAt: '2025-07-18T10:00:00.000Z' },
    },
    complete: {
      ...base,
      id: '6',
      kind: 'complete',
      at: vn('2025-07-21T09:00:00'),
      statusFrom: 'processing',
      statusTo: 'result_ready',
      step: 3,
      toStep: 4,
      actorName: 'Phạm Lãnh Đạo',
      data: { stepDueAt: '2025-07-21T10:00:00.000Z' },
    },
    returned: {
      ...base,
      id: '7',
      kind: 'return_result',
      at: vn('2025-07-22T08:30:00'),
      statusFrom: 'result_ready',
      statusTo: 'returned',
      step: 4,
      actorName: 'Lê Văn Một Cửa',
      data: { delivery: 'post', stepDueAt: '2025-07-22T09:00:00.000Z' },
    },
  };
  return {
    lines,
    facts: {
      code: '000.00.01.H22-250715-0001',
      procedure: { code: '1.000948.H38', name: 'Cấp giấy phép thử nghiệm', field: 'Thử nghiệm' },
      fieldCode: 'G99-TN01',
      agencyName: 'Trung tâm Phục vụ hành chính công tỉnh',
      applicant: {
        kind: 'business',
        name: 'Công ty TNHH Hoa Sen',
        idNumber: '0101234567',
        email: 'lienhe@hoasen.vn',
        phone: '0912345678',
        address: 'Số 5 đường Hoàng Liên',
      },
      summary: 'Đề nghị cấp giấy phép',
      submittedAt: vn('2025-07-15T08:00:00'),
      receivedAt: vn('2025-07-15T08:00:00'),
      appointmentAt: vn('2025-07-22T16:00:00'),
      completedAt: vn('2025-07-21T09:00:00'),
      returnedAt: vn('2025-07-22T08:30:00'),
      endedAt: null,
      resultDelivery: 'post',
      postalAddress: 'Số 5 đường Hoàng Liên, phường Cốc Lếu',
      files: [
        { id: 'f1', kind: 'submitted', name: 'Tờ khai.pdf' },
        { id: 'f2', kind: 'result', name: 'Giấy phép.pdf' },
      ],
      history: Object.values(lines),
      steps: [
        {
          position: 1,
          name: 'Tiếp nhận hồ sơ',
          role: 'receive',
          unitName: 'Bộ phận một cửa - TTPVHCC',
          dueAt: vn('2025-07-15T12:00:00'),
        },
        {
          position: 2,
          name: 'Thụ lý hồ sơ',
          role: 'handle',
          unitName: 'Phòng Thụ lý - Sở A',
          dueAt: vn('2025-07-18T17:00:00'),
        },
        {
          position: 3,
          name: 'Phê duyệt',
          role: 'approve',
          unitName: 'Sở A',
          dueAt: vn('2025-07-21T17:00:00'),
        },
        {
          position: 4,
          name: 'Trả kết quả',
          role: 'return',
          unitName: 'Bộ phận một cửa - TTPVHCC',
          dueAt: null,
        },
      ],
    },
  };
}

const codes = portalStatusCodes();
const dossierOf = (f: PortalDossierFacts, line: PortalLine) =>
  portalMessages(f, line, codes).find((m) => m.service === PORTAL_DOSSIER_SERVICE)
    ?.record as PortalDossierRecord;
const progressOf = (f: PortalDossierFacts, line: PortalLine) =>
  portalMessages(f, line, codes).find((m) => m.service === PORTAL_PROGRESS_SERVICE)
    ?.record as PortalProgressRecord;

describe('the dossier record (DongBoHoSoMC)', () => {
  it('carries the dossier in the portal’s fields, every value a string', () => {
    const { facts: f, lines } = facts();
    const messages = portalMessages(f, lines.receive!, codes);
    expect(messages.map((m) => m.service)).toEqual([PORTAL_DOSSIER_SERVICE, PORTAL_PROGRESS_SERVICE]);
    expect(messages.every((m) => m.problems.length === 0)).toBe(true);
    expect(messages[0]!.record).toEqual({
      MaHoSo: '000.00.01.H22-250715-0001',
      MaTTHC: '1.000948',
      TenTTHC: 'Cấp giấy phép thử nghiệm',
      MaLinhVuc: 'G99-TN01',
      TenLinhVuc: 'Thử nghiệm',
      ChuHoSo: 'Công ty TNHH Hoa Sen',
      LoaiDoiTuong: '2',
      MaDoiTuong: '0101234567',
      ThongTinKhac: 'Địa chỉ: Số 5 đường Hoàng Liên',
      Email: 'lienhe@hoasen.vn',
      Fax: '',
      SoDienThoai: '0912345678',
      TrichYeuHoSo: 'Đề nghị cấp giấy phép',
      NgayTiepNhan: '20250715080000',
      NgayHenTra: '20250722160000',
      NgayTra: '',
      NgayKetThucXuLy: '',
      TrangThaiHoSo: '2',
      ThongTinTra: 'Nhận kết quả qua dịch vụ bưu chính công ích: Số 5 đường Hoàng Liên, phường Cốc Lếu',
      HinhThuc: '1',
      DonViXuLy: 'Trung tâm Phục vụ hành chính công tỉnh',
      GhiChu: '',
      TaiLieuNop: [
        {
          TepDinhKemId: 'f1',
          TenTepDinhKem: 'Tờ khai.pdf',
          IsDeleted: 'False',
          MaThanhPhanHoSo: '',
          DuongDanTaiTepTin: '',
        },
      ],
      DanhSachLePhi: [],
      DanhSachTepDinhKemKhac: [],
      DanhSachHoSoBoSung: [],
      DanhSachGiayToKetQua: [
        { TenGiayTo: 'Giấy phép.pdf', MaThanhPhanHoSo: '', GiayToId: 'f2', DuongDanTepTinKetQua: '' },
      ],
    });
  });

  it('tells each line as it was, even when sent after later ones', () => {
    const { facts: f, lines } = facts();
    const supplement = dossierOf(f, lines.supplement!);
    expect(supplement).toMatchObject({ TrangThaiHoSo: '5', NgayTra: '', NgayKetThucXuLy: '' });
    expect(supplement.DanhSachHoSoBoSung).toEqual([
      expect.objectContaining({
        HoSoBoSungId: 'slip-2',
        NguoiYeuCauBoSung: 'Trần Thụ Lý',
        NoiDungBoSung: 'Bản sao Căn cước: Bản chụp mờ',
        NgayBoSung: '20250716090000',
        TrangThaiBoSung: '0',
        NgayTiepNhanBoSung: '',
      }),
    ]);
    const supplied = dossierOf(f, lines.supplied!);
    expect(supplied.TrangThaiHoSo).toBe('4');
    expect(supplied.DanhSachHoSoBoSung[0]).toMatchObject({
      TrangThaiBoSung: '1',
      NguoiTiepNhanBoSung: 'Lê Văn Một Cửa',
      ThongTinTiepNhan: 'Đã nộp bản rõ',
      NgayTiepNhanBoSung: '20250717100000',
    });
    const fee = dossierOf(f, lines.fee!);
    expect(fee.TrangThaiHoSo).toBe('6');
    expect(fee.DanhSachLePhi).toEqual([
      {
        TenPhiLePhi: 'Lệ phí cấp giấy phép',
        MaPhiLePhi: '',
        HinhThucThu: '',
        Gia: '50000',
        LoaiPhiLePhi: '',
      },
    ]);
    expect(dossierOf(f, lines.complete!)).toMatchObject({
      TrangThaiHoSo: '9',
      NgayKetThucXuLy: '20250721090000',
      NgayTra: '',
    });
    expect(dossierOf(f, lines.returned!)).toMatchObject({ TrangThaiHoSo: '10', NgayTra: '20250722083000' });
  });

  it('an online dossier not yet accepted: status 1, submitted on its submission day, no appointment yet', () => {
    const { facts: f } = facts();
    const submitted: PortalLine = {
      id: '1',
      kind: 'submit_online',
      at: vn('2025-07-14T21:15:00'),
      statusFrom: null,
      statusTo: 'waiting',
      step: null,
      toStep: null,
      note: null,
      data: {},
      actorName: null,
      actorTitle: null,
    };
    const online = {
      ...f,
      submittedAt: submitted.at,
      receivedAt: null,
      appointmentAt: null,
      history: [submitted],
    };
    const [message] = portalMessages(online, submitted, codes);
    expect(message!.problems).toEqual([]);
    expect(message!.record).toMatchObject({
      TrangThaiHoSo: '1',
      NgayTiepNhan: '20250714211500',
      NgayHenTra: '',
    });
  });

  it('says in Vietnamese, field by field, what keeps a record from being sent', () => {
    const { facts: f, lines } = facts();
    const broken: PortalDossierFacts = {
      ...f,
      procedure: { code: 'ABC', name: 'x'.repeat(2001), field: '' },
      appointmentAt: null,
      applicant: { ...f.applicant, email: null, phone: null },
    };
    const [message] = portalMessages(broken, lines.receive!, codes);
    expect(message!.problems).toEqual([
      'MaTTHC (mã thủ tục hành chính) "ABC" không đúng dạng mã quốc gia dạng 1.000948',
      'TenTTHC (tên thủ tục hành chính) dài 2.001 ký tự, quá 2.000 ký tự cho phép',
      'Thiếu TenLinhVuc (tên lĩnh vực)',
      'Thiếu NgayHenTra (ngày hẹn trả)',
    ]);
  });
});

describe('the progress record (CapNhatTienDoHoSoMC)', () => {
  it('the receipt: the counter hands the dossier to the first handling step', () => {
    const { facts: f, lines } = facts();
    expect(progressOf(f, lines.receive!)).toEqual({
      MaHoSo: '000.00.01.H22-250715-0001',
      NguoiXuLy: 'Lê Văn Một Cửa',
      ChucDanh: 'Chuyên viên',
      ThoiDiemXuLy: '20250715080000',
      PhongBanXuLy: 'Bộ phận một cửa - TTPVHCC',
      NoiDungXuLy: 'Tiếp nhận hồ sơ (Tiếp nhận hồ sơ → Thụ lý hồ sơ)',
      TrangThai: '2',
      NgayBatDau: '20250715080000',
      NgayKetThucTheoQuyDinh: '20250715120000',
    });
  });

  it('a step forwarded: who, from which unit, what they said, when the step began and was due', () => {
    const { facts: f, lines } = facts();
    expect(progressOf(f, lines.forward!)).toEqual({
      MaHoSo: '000.00.01.H22-250715-0001',
      NguoiXuLy: 'Trần Thụ Lý',
      ChucDanh: 'Chuyên viên chính',
      ThoiDiemXuLy: '20250718140000',
      PhongBanXuLy: 'Phòng Thụ lý - Sở A',
      NoiDungXuLy: 'Chuyển bước tiếp theo (Thụ lý hồ sơ → Phê duyệt). Đủ điều kiện',
      TrangThai: '4',
      // the handling step began at the receipt
      NgayBatDau: '20250715080000',
      NgayKetThucTheoQuyDinh: '20250718170000',
    });
    expect(progressOf(f, lines.complete!)).toMatchObject({ NgayBatDau: '20250718140000', TrangThai: '9' });
    expect(progressOf(f, lines.returned!)).toMatchObject({
      NoiDungXuLy: 'Trả kết quả (Trả kết quả → Tổ chức, cá nhân: Công ty TNHH Hoa Sen)',
      TrangThai: '10',
      NgayBatDau: '20250721090000',
    });
  });

  it('a dossier the portal has not heard of is introduced by its record, as of the line, before the progress', () => {
    const { facts: f, lines } = facts();
    // a handover within one status calls for progress only, once the portal knows the dossier
    expect(portalMessages(f, lines.forward!, codes).map((m) => m.service)).toEqual([PORTAL_PROGRESS_SERVICE]);
    expect(portalMessages(f, lines.forward!, codes, { knownToPortal: true }).map((m) => m.service)).toEqual([
      PORTAL_PROGRESS_SERVICE,
    ]);
    const introduced = portalMessages(f, lines.forward!, codes, { knownToPortal: false });
    expect(introduced.map((m) => m.service)).toEqual([PORTAL_DOSSIER_SERVICE, PORTAL_PROGRESS_SERVICE]);
    expect(introduced[0]!.problems).toEqual([]);
    expect(introduced[0]!.record).toMatchObject({
      MaHoSo: '000.00.01.H22-250715-0001',
      NgayTiepNhan: '20250715080000',
      TrangThaiHoSo: '4',
    });
  });

  it('a handover nobody is named for is not sent', () => {
    const { facts: f, lines } = facts();
    const anonymous = { ...lines.forward!, actorName: null };
    const progress = portalMessages(f, anonymous, codes).find((m) => m.service === PORTAL_PROGRESS_SERVICE);
    expect(progress!.problems).toEqual(['Thiếu NguoiXuLy (người xử lý)']);
  });
});

describe('requests and answers', () => {
  it('wraps a record as the portal’s clients do', () => {
    const { facts: f, lines } = facts();
    const [dossier, progress] = portalMessages(f, lines.receive!, codes);
    expect(
      portalRequestBody(dossier!, { agencyCode: '000.00.01.H22', session: 's1', isUpdating: false }),
    ).toEqual({
      session: 's1',
      madonvi: '000.00.01.H22',
      service: 'DongBoHoSoMC',
      isUpdating: 'False',
      data: [dossier!.record],
    });
    expect(portalRequestBody(dossier!, { agencyCode: 'X', isUpdating: true })).toMatchObject({
      isUpdating: 'True',
    });
    const body = portalRequestBody(progress!, { agencyCode: '000.00.01.H22' });
    expect(body).toEqual({
      madonvi: '000.00.01.H22',
      service: 'CapNhatTienDoHoSoMC',
      data: [progress!.record],
    });
  });

  it('accepts error code 0 however it is written, and nothing else', () => {
    expect(portalVerdict({ error_code: 0 })).toEqual({ accepted: true, message: 'Thành công' });
    expect(portalVerdict({ error_code: '00', message: 'OK' })).toEqual({ accepted: true, message: 'OK' });
    expect(portalVerdict({ success: true })).toMatchObject({ accepted: true });
    expect(portalVerdict({ error_code: 1, message: 'Mã TTHC không tồn tại' })).toEqual({
      accepted: false,
      message: 'Mã TTHC không tồn tại',
    });
    expect(portalVerdict({ error_code: '-1' })).toEqual({ accepted: false, message: 'Mã lỗi -1' });
    expect(portalVerdict({ result: [] }).accepted).toBe(false);
    expect(portalVerdict('OK').accepted).toBe(false);
    expect(portalVerdict(null).accepted).toBe(false);
  });
});
