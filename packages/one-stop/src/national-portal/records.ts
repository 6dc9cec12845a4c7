import { type DossierAction, dossierActionLabels, endedStatuses } from '../lifecycle.ts';
import { formatPortalDate } from './dates.ts';
import { type PortalLine, receiptLine, statusKeyOf } from './lines.ts';
import type { PortalStatusCodes } from './status-codes.ts';

/**
 * The two records the National Public Service Portal takes from a one-stop system, built from what the
 * dossier is (no database here: the server gathers the facts). Field names and shapes are those of the
 * portal's services as the open systems that call them send them (domain brief §3.8): every value a string
 * (codes `"1"`, flags `"False"`), a missing value the empty string, dates `yyyyMMddHHmmss` in Vietnam.
 */

/** A step of the dossier's processing steps, with the unit that does it named. */
export interface PortalStep {
  position: number;
  name: string;
  role: 'receive' | 'handle' | 'approve' | 'return';
  /** The department and its agency ("Phòng Hộ tịch - Sở Tư pháp"), or the agency. */
  unitName: string;
  dueAt: Date | null;
}

export interface PortalFile {
  id: string;
  kind: 'submitted' | 'supplement' | 'result';
  /** The file's name, or the required document it answers when only paper was handed in. */
  name: string;
}

export interface PortalDossierFacts {
  code: string;
  procedure: { code: string; name: string; field: string };
  /** The portal's code of the procedure's field (MaLinhVuc, e.g. `G03-GD10`) where one is configured. */
  fieldCode: string | null;
  /** The receiving agency. */
  agencyName: string;
  applicant: {
    kind: 'citizen' | 'business';
    name: string;
    idNumber: string;
    email: string | null;
    phone: string | null;
    address: string | null;
  };
  summary: string | null;
  submittedAt: Date;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  completedAt: Date | null;
  returnedAt: Date | null;
  endedAt: Date | null;
  resultDelivery: 'counter' | 'post' | 'online';
  postalAddress: string | null;
  files: PortalFile[];
  /** Every line of the dossier's history, in order. */
  history: PortalLine[];
  steps: PortalStep[];
}

export interface PortalSubmittedDocument {
  TepDinhKemId: string;
  TenTepDinhKem: string;
  IsDeleted: string;
  MaThanhPhanHoSo: string;
  DuongDanTaiTepTin: string;
}

export interface PortalFee {
  TenPhiLePhi: string;
  MaPhiLePhi: string;
  HinhThucThu: string;
  Gia: string;
  LoaiPhiLePhi: string;
}

export interface PortalSupplement {
  HoSoBoSungId: string;
  NguoiYeuCauBoSung: string;
  NoiDungBoSung: string;
  NgayBoSung: string;
  NguoiTiepNhanBoSung: string;
  ThongTinTiepNhan: string;
  NgayTiepNhanBoSung: string;
  TrangThaiBoSung: string;
  DanhSachGiayToBoSung: string;
  DanhSachLePhiBoSung: string;
  NgayHenTraTruoc: string;
  NgayHenTraMoi: string;
}

export interface PortalResultDocument {
  TenGiayTo: string;
  MaThanhPhanHoSo: string;
  GiayToId: string;
  DuongDanTepTinKetQua: string;
}

/** One record of DongBoHoSoMC: the dossier as the portal keeps it. */
export interface PortalDossierRecord {
  MaHoSo: string;
  MaTTHC: string;
  TenTTHC: string;
  MaLinhVuc: string;
  TenLinhVuc: string;
  ChuHoSo: string;
  LoaiDoiTuong: string;
  MaDoiTuong: string;
  ThongTinKhac: string;
  Email: string;
  Fax: string;
  SoDienThoai: string;
  TrichYeuHoSo: string;
  NgayTiepNhan: string;
  NgayHenTra: string;
  NgayTra: string;
  NgayKetThucXuLy: string;
  TrangThaiHoSo: string;
  ThongTinTra: string;
  HinhThuc: string;
  DonViXuLy: string;
  GhiChu: string;
  TaiLieuNop: PortalSubmittedDocument[];
  DanhSachLePhi: PortalFee[];
  DanhSachTepDinhKemKhac: never[];
  DanhSachHoSoBoSung: PortalSupplement[];
  DanhSachGiayToKetQua: PortalResultDocument[];
}

/** One record of CapNhatTienDoHoSoMC: a step of the processing, handed over. */
export interface PortalProgressRecord {
  MaHoSo: string;
  NguoiXuLy: string;
  ChucDanh: string;
  ThoiDiemXuLy: string;
  PhongBanXuLy: string;
  NoiDungXuLy: string;
  TrangThai: string;
  NgayBatDau: string;
  NgayKetThucTheoQuyDinh: string;
}

/** The national code of a procedure: a province's variant (`1.000948.H38`) reports its national one. */
export const nationalProcedureCode = (code: string) => /^[0-9]\.[0-9]{6}/.exec(code)?.[0] ?? code;

const text = (value: string | null | undefined) => value?.trim() ?? '';
const instant = (value: unknown) => (typeof value === 'string' && value ? new Date(value) : null);

/** The history up to and including `line`: what the dossier was when the line was written. */
export function historyUpTo(facts: PortalDossierFacts, line: PortalLine): PortalLine[] {
  const index = facts.history.findIndex((l) => l.id === line.id);
  return index < 0 ? [...facts.history, line] : facts.history.slice(0, index + 1);
}

const deliveryText = (facts: PortalDossierFacts) =>
  facts.resultDelivery === 'post'
    ? `Nhận kết quả qua dịch vụ bưu chính công ích${facts.postalAddress ? `: ${facts.postalAddress}` : ''}`
    : facts.resultDelivery === 'online'
      ? 'Nhận kết quả trực tuyến'
      : 'Nhận kết quả tại Bộ phận Tiếp nhận và trả kết quả';

/** The fees asked of the applicant so far (each request to fulfil a financial obligation). */
function feesOf(lines: readonly PortalLine[]): PortalFee[] {
  return lines
    .filter((l) => l.kind === 'request_fee')
    .map((l) => ({
      TenPhiLePhi: text(typeof l.data.purpose === 'string' ? l.data.purpose : l.note),
      MaPhiLePhi: '',
      HinhThucThu: '',
      Gia: typeof l.data.amount === 'number' ? String(l.data.amount) : '',
      LoaiPhiLePhi: '',
    }));
}

const itemsOf = (data: Record<string, unknown>) =>
  Array.isArray(data.items) ? (data.items as { name?: string; reason?: string }[]) : [];

/**
 * Each request to supplement (Mẫu 02) and the supplement that answered it (at the counter or online), if one
 * did. [UNCONFIRMED] `TrangThaiBoSung`: "0" waiting for the applicant, "1" supplemented; the portal's codes
 * for it were not found.
 */
function supplementsOf(lines: readonly PortalLine[]): PortalSupplement[] {
  const rounds: PortalSupplement[] = [];
  for (const line of lines) {
    if (line.kind === 'request_supplement' || line.kind === 'register_incomplete') {
      const items = itemsOf(line.data);
      rounds.push({
        HoSoBoSungId: typeof line.data.slipId === 'string' ? line.data.slipId : line.id,
        NguoiYeuCauBoSung: text(line.actorName),
        NoiDungBoSung:
          items.map((i) => (i.reason ? `${i.name ?? ''}: ${i.reason}` : (i.name ?? ''))).join('; ') ||
          text(line.note),
        NgayBoSung: formatPortalDate(line.at),
        NguoiTiepNhanBoSung: '',
        ThongTinTiepNhan: '',
        NgayTiepNhanBoSung: '',
        TrangThaiBoSung: '0',
        DanhSachGiayToBoSung: items.map((i) => i.name ?? '').join('; '),
        DanhSachLePhiBoSung: '',
        NgayHenTraTruoc: '',
        NgayHenTraMoi: '',
      });
    } else if (line.kind === 'supplement' || line.kind === 'resubmit_online') {
      const open = rounds.findLast((r) => r.TrangThaiBoSung === '0');
      if (!open) continue;
      open.NguoiTiepNhanBoSung = text(line.actorName);
      open.ThongTinTiepNhan = text(line.note);
      open.NgayTiepNhanBoSung = formatPortalDate(line.at);
      open.TrangThaiBoSung = '1';
    }
  }
  return rounds;
}

/**
 * The dossier record as of `line`: the status the line led to, the dates the dossier had reached by then (a
 * record sent late still tells the story in order), the current appointment, files and way of return.
 */
export function portalDossierRecord(
  facts: PortalDossierFacts,
  line: PortalLine,
  codes: PortalStatusCodes,
): PortalDossierRecord {
  const lines = historyUpTo(facts, line);
  const received = receiptLine(lines) !== undefined;
  const reached = (kind: string) => lines.some((l) => l.kind === kind);
  const key = statusKeyOf(line, lines);
  const ended = line.statusTo !== null && endedStatuses.has(line.statusTo) && line.statusTo !== 'returned';
  const refusal =
    line.kind === 'refuse' && Array.isArray(line.data.reasons) ? line.data.reasons.join('; ') : '';
  const { applicant } = facts;
  return {
    MaHoSo: facts.code,
    MaTTHC: nationalProcedureCode(facts.procedure.code),
    TenTTHC: text(facts.procedure.name),
    MaLinhVuc: text(facts.fieldCode),
    TenLinhVuc: text(facts.procedure.field),
    ChuHoSo: text(applicant.name),
    LoaiDoiTuong: applicant.kind === 'business' ? '2' : '1',
    MaDoiTuong: text(applicant.idNumber),
    ThongTinKhac: applicant.address ? `Địa chỉ: ${text(applicant.address)}` : '',
    Email: text(applicant.email),
    Fax: '',
    SoDienThoai: text(applicant.phone),
    TrichYeuHoSo: text(facts.summary) || text(facts.procedure.name),
    NgayTiepNhan: formatPortalDate(received ? facts.receivedAt : facts.submittedAt),
    NgayHenTra: formatPortalDate(received ? facts.appointmentAt : null),
    NgayTra: formatPortalDate(reached('return_result') ? facts.returnedAt : null),
    NgayKetThucXuLy: formatPortalDate(
      reached('complete') ? facts.completedAt : ended ? (facts.endedAt ?? line.at) : null,
    ),
    TrangThaiHoSo: key ? codes[key] : '',
    ThongTinTra: deliveryText(facts),
    HinhThuc: facts.resultDelivery === 'post' ? '1' : '0',
    DonViXuLy: text(facts.agencyName),
    GhiChu: refusal || text(line.note),
    TaiLieuNop: facts.files
      .filter((f) => f.kind !== 'result')
      .map((f) => ({
        TepDinhKemId: f.id,
        TenTepDinhKem: text(f.name),
        IsDeleted: 'False',
        MaThanhPhanHoSo: '',
        DuongDanTaiTepTin: '',
      })),
    DanhSachLePhi: feesOf(lines),
    DanhSachTepDinhKemKhac: [],
    DanhSachHoSoBoSung: supplementsOf(lines),
    DanhSachGiayToKetQua: facts.files
      .filter((f) => f.kind === 'result')
      .map((f) => ({
        TenGiayTo: text(f.name),
        MaThanhPhanHoSo: '',
        GiayToId: f.id,
        DuongDanTepTinKetQua: '',
      })),
  };
}

/** The steps a handover line moves the dossier between (the receipt: from the receiving step to the next). */
function handoverSteps(facts: PortalDossierFacts, line: PortalLine, receipt: boolean) {
  const at = (position: number | null) => facts.steps.find((s) => s.position === position);
  if (receipt) {
    const from = facts.steps.find((s) => s.role === 'receive');
    return { from, to: facts.steps.find((s) => s.position > (from?.position ?? 0)) };
  }
  return { from: at(line.step), to: at(line.toStep) };
}

/** When the dossier reached `step`: the last handover to it before `line`, the receipt, or its submission. */
function stepStart(facts: PortalDossierFacts, lines: readonly PortalLine[], step: PortalStep | undefined) {
  if (!step) return null;
  const before = lines.slice(0, -1);
  const handedTo = before.findLast((l) => l.toStep === step.position);
  if (handedTo) return handedTo.at;
  if (step.role === 'receive') return facts.submittedAt;
  const receiving = facts.steps.find((s) => s.role === 'receive');
  const first = facts.steps.find((s) => s.position > (receiving?.position ?? 0));
  return first?.position === step.position ? (receiptLine(before)?.at ?? facts.receivedAt) : null;
}

/**
 * The progress record of a handover line: who handed the dossier over, from which unit, when, what they did
 * (the action, where it went and their note), and the step's start and its due time as it stood.
 */
export function portalProgressRecord(
  facts: PortalDossierFacts,
  line: PortalLine,
  codes: PortalStatusCodes,
): PortalProgressRecord {
  const lines = historyUpTo(facts, line);
  const key = statusKeyOf(line, lines);
  const { from, to } = handoverSteps(facts, line, key === 'received');
  const label = dossierActionLabels[line.kind as DossierAction] ?? line.kind;
  const target = line.kind === 'return_result' ? `Tổ chức, cá nhân: ${text(facts.applicant.name)}` : to?.name;
  const note = text(line.note);
  return {
    MaHoSo: facts.code,
    NguoiXuLy: text(line.actorName),
    ChucDanh: text(line.actorTitle),
    ThoiDiemXuLy: formatPortalDate(line.at),
    PhongBanXuLy: text(from?.unitName),
    NoiDungXuLy: `${label}${from && target ? ` (${from.name} → ${target})` : ''}${note ? `. ${note}` : ''}`,
    TrangThai: key ? codes[key] : '',
    NgayBatDau: formatPortalDate(stepStart(facts, lines, from)),
    NgayKetThucTheoQuyDinh: formatPortalDate(instant(line.data.stepDueAt) ?? from?.dueAt ?? null),
  };
}
