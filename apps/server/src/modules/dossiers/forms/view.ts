/**
 * What the forms of TT 01/2018/TT-VPCP print, as plain data: the dossier helpers read the database and fill
 * these in; the renderers only lay them out. Instants are `Date`s and are printed in Vietnam's time zone.
 */
import type { Timeliness } from '@congso/one-stop';

/** The unit that issues a form: the left column of the header, the notation of its number, the place line. */
export interface FormIssuer {
  /** The body it belongs to, e.g. `UBND tỉnh Lào Cai` (printed in capitals). */
  parentName: string;
  /** The unit, e.g. `Trung tâm Phục vụ hành chính công` or `Bộ phận Tiếp nhận và Trả kết quả` (capitals, bold). */
  name: string;
  /** What follows the number, `TTPVHCC` in `Số: 12/TTPVHCC`. */
  notation: string;
  /** The place on the date line, `Lào Cai` in `Lào Cai, ngày 05 tháng 3 năm 2026`. */
  place: string;
}

export interface FormApplicant {
  /** A person's or an organisation's name. */
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
}

/** What every slip says of the dossier. */
export interface FormDossier {
  /** The dossier code, `000.00.01.H22-260305-0001`. */
  code: string;
  /** The procedure's name (nội dung yêu cầu giải quyết). */
  procedureName: string;
  applicant: FormApplicant;
}

/** A slip given to the applicant (Mẫu 01–04): numbered in the issuer's series and dated. */
export interface SlipView {
  issuer: FormIssuer;
  /** The slip's number, or null to leave `Số: ……` blank. */
  number: number | null;
  /** The date on the place and date line. */
  issuedAt: Date;
  dossier: FormDossier;
}

/** A slip with the QR code of the dossier's public lookup page (Mẫu 01, 02, 04). */
export interface LookupSlipView extends SlipView {
  /** The public page where the applicant follows the dossier; the QR code holds exactly this. */
  lookupUrl: string;
}

/** One paper handed in (thành phần hồ sơ). */
export interface ReceivedDocument {
  name: string;
  /** How many originals (bản chính). */
  originals: number;
  /** How many copies (bản sao, certified or not). */
  copies: number;
}

/** Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export interface ReceiptView extends LookupSlipView {
  documents: ReceivedDocument[];
  /** Số lượng hồ sơ, in sets (bộ). */
  sets: number;
  /** The time the law allows, as the catalogue words it, e.g. `15 ngày làm việc`. */
  processingTime: string;
  receivedAt: Date;
  /** The appointment to return the result. */
  dueAt: Date;
  /** Where the applicant asked to receive the result: the counter, a postal address, online. */
  returnPlace: string;
  /** The entry in a paper tracking register (Quyển số, Số thứ tự), where the centre still keeps one. */
  registerEntry: { book: string; entry: number } | null;
  /** The officer at the counter (người tiếp nhận hồ sơ). */
  receivedBy: string;
  /** Where to call with a problem, printed at the foot, e.g. `0214 3840 888`; null for none. */
  hotline: string | null;
}

/** One thing the applicant must add or correct. */
export interface SupplementItem {
  /** The paper or the content, e.g. `Bản sao Giấy chứng nhận quyền sử dụng đất`. */
  document: string;
  reason: string;
}

/** Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export interface SupplementRequestView extends LookupSlipView {
  items: SupplementItem[];
  /** Who answers the applicant's questions while completing the dossier, and how to reach them. */
  contact: { name: string; phone: string };
  /** The officer who writes the request (người hướng dẫn). */
  guidedBy: string;
}

/** Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export interface RefusalView extends SlipView {
  /** Each reason on a line of its own, citing the rule the dossier does not meet. */
  reasons: string[];
  /** The officer at the counter. */
  refusedBy: string;
}

/** Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả; the issuer is the agency that runs late. */
export interface ApologyView extends LookupSlipView {
  receivedAt: Date;
  /** The appointment on the receipt, which is missed. */
  dueAt: Date;
  reason: string;
  /** The new appointment. */
  newDueAt: Date;
  /** Who signs for the agency: the position as printed (`GIÁM ĐỐC`, `KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC`) and the name. */
  signer: { position: string; name: string };
}

/** One handover of the dossier on Mẫu 05: a line of the control table. */
export interface Handover {
  /** The unit handing the dossier over (bên giao). */
  from: string;
  /** The unit receiving it (bên nhận). */
  to: string;
  at: Date;
  /** The people who signed, where known. */
  handedBy: string | null;
  receivedBy: string | null;
  /** How the giving unit kept to its time, written by the receiving one; null while not judged. */
  result: Timeliness | null;
  note: string | null;
}

/** Mẫu 05 Phiếu kiểm soát quá trình giải quyết hồ sơ. */
export interface ControlSheetView {
  issuer: FormIssuer;
  dossier: FormDossier;
  receivedAt: Date;
  dueAt: Date;
  /** The agency (or unit) that handles the dossier. */
  handlingAgency: string;
  /** The agencies that take part (cơ quan phối hợp); empty for none. */
  cooperatingAgencies: string[];
  /** In the order they happened. */
  handovers: Handover[];
}

/** One dossier in the tracking register. */
export interface TrackingEntry {
  code: string;
  procedureName: string;
  /** Số lượng hồ sơ (bộ). */
  sets: number;
  applicantName: string;
  applicantAddress: string | null;
  applicantPhone: string | null;
  /** Cơ quan chủ trì giải quyết. */
  handlingAgency: string;
  receivedAt: Date;
  dueAt: Date;
  /** When the counter passed it to the handling agency; null while not yet. */
  transferredAt: Date | null;
  /** When the counter had the result back from the agency (ngày có kết quả). */
  resultAt: Date | null;
  /** When the result was handed to the applicant. */
  returnedAt: Date | null;
  note: string | null;
}

/** Mẫu 06 Sổ theo dõi hồ sơ: the dossiers a counter received over a period. */
export interface TrackingRegisterView {
  issuer: Pick<FormIssuer, 'parentName' | 'name'>;
  /** The first and last day of the period, `YYYY-MM-DD`, in Vietnam. */
  period: { from: string; to: string };
  /** Quyển số, where the register is bound by book; null for none. */
  book: string | null;
  entries: TrackingEntry[];
}
