import type { PortalDossierRecord, PortalProgressRecord } from './records.ts';

/**
 * What a record must hold before it is sent: the fields the portal needs and the lengths it keeps. A record
 * that breaks a rule is not sent (nothing is cut to fit): the sync reports it as failed, naming each field.
 *
 * [UNCONFIRMED] The portal's own field limits are not published where they could be read. Required here are
 * the fields the open clients never leave empty (OpenCPS marks the others "ko bb", không bắt buộc) and that
 * every dossier has; the limits are generous bounds for what a one-stop system holds. Both are data below.
 */
interface FieldRule {
  /** Vietnamese name, for the message. */
  label: string;
  /** Must not be empty; `received`: once the dossier has been received. */
  required?: true | 'received';
  max?: number;
  /** A shape the value must have when present. */
  pattern?: RegExp;
  patternText?: string;
}

const DATE = { pattern: /^[0-9]{14}$/, patternText: 'yyyyMMddHHmmss' };

export const dossierRecordRules: Partial<Record<keyof PortalDossierRecord, FieldRule>> = {
  MaHoSo: { label: 'mã hồ sơ', required: true, max: 100 },
  MaTTHC: {
    label: 'mã thủ tục hành chính',
    required: true,
    max: 50,
    pattern: /^[0-9]\.[0-9]{6}$/,
    patternText: 'mã quốc gia dạng 1.000948',
  },
  TenTTHC: { label: 'tên thủ tục hành chính', required: true, max: 2000 },
  MaLinhVuc: { label: 'mã lĩnh vực', max: 50 },
  TenLinhVuc: { label: 'tên lĩnh vực', required: true, max: 500 },
  ChuHoSo: { label: 'chủ hồ sơ', required: true, max: 300 },
  LoaiDoiTuong: { label: 'loại đối tượng', required: true, pattern: /^[12]$/, patternText: '1 hoặc 2' },
  MaDoiTuong: { label: 'mã đối tượng (số định danh, mã số doanh nghiệp)', required: true, max: 50 },
  ThongTinKhac: { label: 'thông tin khác', max: 1000 },
  Email: { label: 'thư điện tử', max: 200 },
  SoDienThoai: { label: 'số điện thoại', max: 50 },
  TrichYeuHoSo: { label: 'trích yếu hồ sơ', required: true, max: 2000 },
  NgayTiepNhan: { label: 'ngày tiếp nhận', required: true, ...DATE },
  NgayHenTra: { label: 'ngày hẹn trả', required: 'received', ...DATE },
  NgayTra: { label: 'ngày trả', ...DATE },
  NgayKetThucXuLy: { label: 'ngày kết thúc xử lý', ...DATE },
  TrangThaiHoSo: { label: 'trạng thái hồ sơ', required: true, max: 10 },
  ThongTinTra: { label: 'thông tin trả kết quả', max: 1000 },
  HinhThuc: { label: 'hình thức trả kết quả', required: true, pattern: /^[01]$/, patternText: '0 hoặc 1' },
  DonViXuLy: { label: 'đơn vị xử lý', required: true, max: 500 },
  GhiChu: { label: 'ghi chú', max: 4000 },
};

export const progressRecordRules: Partial<Record<keyof PortalProgressRecord, FieldRule>> = {
  MaHoSo: { label: 'mã hồ sơ', required: true, max: 100 },
  NguoiXuLy: { label: 'người xử lý', required: true, max: 300 },
  ChucDanh: { label: 'chức danh', max: 300 },
  ThoiDiemXuLy: { label: 'thời điểm xử lý', required: true, ...DATE },
  PhongBanXuLy: { label: 'phòng ban xử lý', max: 500 },
  NoiDungXuLy: { label: 'nội dung xử lý', required: true, max: 4000 },
  TrangThai: { label: 'trạng thái', required: true, max: 10 },
  NgayBatDau: { label: 'ngày bắt đầu', ...DATE },
  NgayKetThucTheoQuyDinh: { label: 'ngày kết thúc theo quy định', ...DATE },
};

const numberVi = (n: number) => n.toLocaleString('vi-VN');

function problemsOf<T extends object>(
  record: T,
  rules: Partial<Record<keyof T, FieldRule>>,
  received: boolean,
): string[] {
  const problems: string[] = [];
  for (const [field, rule] of Object.entries(rules) as [string, FieldRule][]) {
    const value = (record as Record<string, unknown>)[field];
    const text = typeof value === 'string' ? value : '';
    const name = `${field} (${rule.label})`;
    if (text === '') {
      if (rule.required === true || (rule.required === 'received' && received))
        problems.push(`Thiếu ${name}`);
      continue;
    }
    if (rule.max !== undefined && text.length > rule.max)
      problems.push(`${name} dài ${numberVi(text.length)} ký tự, quá ${numberVi(rule.max)} ký tự cho phép`);
    if (rule.pattern && !rule.pattern.test(text))
      problems.push(`${name} "${text}" không đúng dạng ${rule.patternText}`);
  }
  return problems;
}

/** What keeps a dossier record from being sent (empty: it may go). `received`: the dossier has been received. */
export function dossierRecordProblems(record: PortalDossierRecord, received: boolean): string[] {
  return problemsOf(record, dossierRecordRules, received);
}

export function progressRecordProblems(record: PortalProgressRecord): string[] {
  return problemsOf(record, progressRecordRules, true);
}
