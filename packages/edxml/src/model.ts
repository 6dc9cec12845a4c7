/**
 * The typed model of edXML packages (QCVN 102:2016/BTTTT): the document package (gói tin văn bản, "edoc")
 * and the status package (gói tin trạng thái).
 *
 * Conventions of the model:
 * - Element names map to camelCase fields (`OrganizationInCharge` → `organizationInCharge`); repeatable
 *   elements are arrays, empty when absent.
 * - Text is trimmed; an empty element is the same as an absent one (the field is left out).
 * - Dates are ISO strings: a date is `YYYY-MM-DD`, a timestamp `YYYY-MM-DDTHH:mm:ss` in the sender's local
 *   time as written (no offset: the packages carry none; in practice Vietnam time, UTC+7). On the wire they
 *   are `yyyy/MM/dd` and `yyyy/MM/dd HH:mm:ss`.
 * - Identifiers are kept verbatim: `organId` and `documentId` are strings even when they are not valid agency
 *   codes or document identifiers (real packages carry `vxp.saas.03` or UUIDs); `validateDocumentPackage`
 *   reports them.
 */

/** The XML namespace of QCVN 102:2016. */
export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';
/** The W3C XML-DSig namespace of the enveloped signature. */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A local date and time without offset, `YYYY-MM-DDTHH:mm:ss`. */
export type IsoDateTime = string;

// ---------------------------------------------------------------------------------------------------------
// Code tables

/** `OtherInfo/Priority` — độ khẩn. */
export const Priority = {
  /** Thường */
  Normal: 0,
  /** Khẩn */
  Urgent: 1,
  /** Thượng khẩn */
  VeryUrgent: 2,
  /** Hỏa tốc */
  Flash: 3,
  /** Hỏa tốc hẹn giờ */
  FlashTimed: 4,
} as const;
export type Priority = (typeof Priority)[keyof typeof Priority];
export const PRIORITY_LABELS: Record<Priority, string> = {
  0: 'Thường',
  1: 'Khẩn',
  2: 'Thượng khẩn',
  3: 'Hỏa tốc',
  4: 'Hỏa tốc hẹn giờ',
};

/** `Bussiness/BussinessDocType` — what the exchange does with the document. */
export const BussinessDocType = {
  /** Văn bản mới */
  New: 0,
  /** Thu hồi */
  Revoke: 1,
  /** Cập nhật */
  Update: 2,
  /** Thay thế */
  Replace: 3,
} as const;
export type BussinessDocType = (typeof BussinessDocType)[keyof typeof BussinessDocType];
export const BUSSINESS_DOC_TYPE_LABELS: Record<BussinessDocType, string> = {
  0: 'Văn bản mới',
  1: 'Thu hồi',
  2: 'Cập nhật',
  3: 'Thay thế',
};

/** `StatusCode` of a status package. Two digits on the wire. */
export const StatusCode = {
  /** Đã đến: delivered to the receiving system */
  Delivered: '01',
  /** Từ chối tiếp nhận: rejected (wrong recipient, failed checks) */
  Rejected: '02',
  /** Đã tiếp nhận: registered by the văn thư */
  Accepted: '03',
  /** Phân công */
  Assigned: '04',
  /** Đang xử lý */
  Processing: '05',
  /** Hoàn thành */
  Done: '06',
  /** Yêu cầu lấy lại / thu hồi */
  RecallRequested: '13',
  /** Lấy lại thành công / đồng ý thu hồi, cập nhật */
  RecallAccepted: '15',
  /** Từ chối lấy lại / từ chối thu hồi, cập nhật */
  RecallRejected: '16',
} as const;
export type StatusCode = (typeof StatusCode)[keyof typeof StatusCode];
export const STATUS_CODE_LABELS: Record<StatusCode, string> = {
  '01': 'Đã đến',
  '02': 'Từ chối tiếp nhận',
  '03': 'Đã tiếp nhận',
  '04': 'Phân công',
  '05': 'Đang xử lý',
  '06': 'Hoàn thành',
  '13': 'Yêu cầu lấy lại văn bản',
  '15': 'Đồng ý lấy lại, cập nhật',
  '16': 'Từ chối lấy lại, cập nhật',
};

export function isStatusCode(value: string): value is StatusCode {
  return Object.hasOwn(STATUS_CODE_LABELS, value);
}

/**
 * `SteeringType` (văn bản chỉ đạo). The sources disagree on the coding, so the model keeps the raw integer.
 * Two readings are published:
 * - zero-based: 0 không phải chỉ đạo, 1 chỉ đạo, 2 báo cáo chỉ đạo (one system's DTO; a TS builder sends 0);
 * - one-based: 1 không phải chỉ đạo, 2 chỉ đạo, 3 báo cáo chỉ đạo (edxml-convert's edoc.json).
 * The national SDK's sample sends 1. Interpret with the reading your counterpart uses.
 */
export const STEERING_TYPE_READINGS = {
  zeroBased: { 0: 'Không phải chỉ đạo', 1: 'Chỉ đạo', 2: 'Báo cáo chỉ đạo' },
  oneBased: { 1: 'Không phải chỉ đạo', 2: 'Chỉ đạo', 3: 'Báo cáo chỉ đạo' },
} as const;

/** `Receiver/ReceiverType` in an update: 0 = agency removed from the recipients, 1 = agency added. */
export const ReceiverType = { Removed: 0, Added: 1 } as const;

// ---------------------------------------------------------------------------------------------------------
// Document package

/** `From`, `To` (and the `From` of a status package): an agency. */
export interface Organization {
  organId?: string;
  organizationInCharge?: string;
  organName?: string;
  organAdd?: string;
  email?: string;
  telephone?: string;
  fax?: string;
  website?: string;
}

/** `Code`: số và ký hiệu. */
export interface DocumentCode {
  codeNumber?: string;
  codeNotation?: string;
}

export interface PromulgationInfo {
  place?: string;
  promulgationDate?: IsoDate;
}

/** `DocumentType`. Which coding `Type` follows is not settled (1 = Công văn in the VPCP sample, 18 elsewhere). */
export interface DocumentTypeInfo {
  type?: number;
  typeDetail?: number;
  typeName?: string;
}

export interface SignerInfo {
  /** Thẩm quyền ký: TL., KT., Q., … */
  competence?: string;
  position?: string;
  fullName?: string;
}

export interface OtherInfo {
  priority?: Priority;
  sphereOfPromulgation?: string;
  typerNotation?: string;
  promulgationAmount?: number;
  pageAmount?: number;
  direction?: boolean;
  appendixes: string[];
}

/** `ResponseFor`: the document this one answers (or, in a status package, the document the status is about). */
export interface ResponseFor {
  organId?: string;
  /** Số và ký hiệu as one string, e.g. `7816/VPCP-TTĐT`. */
  code?: string;
  promulgationDate?: IsoDate;
  documentId?: string;
}

export interface MessageHeader {
  from: Organization;
  to: Organization[];
  /** `{organId},{yyyy/MM/dd},{number}/{notation}` by the standard; see `parseDocumentId`. */
  documentId?: string;
  code?: DocumentCode;
  promulgationInfo?: PromulgationInfo;
  documentType?: DocumentTypeInfo;
  /** Trích yếu. */
  subject?: string;
  content?: string;
  signerInfo?: SignerInfo;
  dueDate?: IsoDate;
  /** Nơi nhận other than the main recipients. */
  toPlaces: string[];
  otherInfo?: OtherInfo;
  responseFor: ResponseFor[];
  /** Raw integer: see `STEERING_TYPE_READINGS`. */
  steeringType?: number;
}

export interface TraceHeader {
  organId?: string;
  timestamp?: IsoDateTime;
}

export interface StaffInfo {
  department?: string;
  staff?: string;
  mobile?: string;
  email?: string;
}

export interface Receiver {
  organId?: string;
  /** 0 removed, 1 added (see `ReceiverType`). */
  receiverType?: number;
}

export interface BussinessDocumentInfo {
  /** 1 when the document's information is updated. */
  documentInfo?: number;
  /** 1 when the recipients are updated. */
  documentReceiver?: number;
  receiverList: Receiver[];
}

export interface ReplacementInfo {
  documentId?: string;
  organIdList: string[];
}

/** `Bussiness` (spelt so in the standard): the exchange operation. */
export interface Bussiness {
  /** The document revoked, updated or replaced. */
  documentId?: string;
  bussinessDocType?: BussinessDocType;
  bussinessDocReason?: string;
  /** 1 when a paper copy is also sent. */
  paper?: number;
  bussinessDocumentInfo?: BussinessDocumentInfo;
  replacementInfoList: ReplacementInfo[];
  staffInfo?: StaffInfo;
}

export interface TraceHeaderList {
  traceHeaders: TraceHeader[];
  bussiness?: Bussiness;
}

/** `edXMLManifest/Reference`: what the attachments are. */
export interface ManifestReference {
  /** With the `cid:` prefix as written. */
  contentId?: string;
  /** The MIME type of the file itself. */
  contentType?: string;
  description?: string;
  attachmentName?: string;
}

/**
 * `AttachmentEncoded/Attachment`. `data` is the decoded base64 content as transferred: in packages built by
 * the national SDK it is a zip holding the file (see `attachmentFile`).
 */
export interface Attachment {
  contentId?: string;
  attachmentName?: string;
  description?: string;
  /** As written on the attachment: `application/zip` when the SDK zipped the file. */
  contentType?: string;
  data: Uint8Array;
}

export interface DocumentPackage {
  kind: 'document';
  header: MessageHeader;
  traceHeaderList?: TraceHeaderList;
  manifest: ManifestReference[];
  attachments: Attachment[];
}

// ---------------------------------------------------------------------------------------------------------
// Status package

export interface StatusPackage {
  kind: 'status';
  from: Organization;
  responseFor?: ResponseFor;
  statusCode: StatusCode;
  description?: string;
  timestamp?: IsoDateTime;
  staffInfo?: StaffInfo;
}

export type EdxmlPackage = DocumentPackage | StatusPackage;
