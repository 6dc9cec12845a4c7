/**
 * A procedure of the catalogue (thủ tục hành chính) as the province keeps it: the columns of its table, the
 * flattened parts of the national export read into lists. Plain data, JSON all the way through.
 */

/** How a dossier is handed in: at the counter (trực tiếp), online (trực tuyến), by post (dịch vụ bưu chính). */
export type ChannelKind = 'counter' | 'online' | 'post';

/**
 * Online public service (NĐ 42/2022 Art. 11): `full` (toàn trình), `partial` (một phần), `none`. The national
 * export only says whether a procedure can be submitted online, so an import gives `partial` or `none`;
 * `full` is the province's decision.
 */
export type OnlineService = 'full' | 'partial' | 'none';

export interface Channel {
  channel: ChannelKind;
  /** The legal processing time in working days when the export gives it so ("60 Ngày làm việc", a bare "7"); null otherwise. */
  days: number | null;
  /** The time as published ("60 Ngày làm việc", "15 Ngày", "8 Giờ"), empty when none is given. */
  timeText: string;
  /** Fees and charges of this channel as published ("Miễn phí", "70,000 VNĐ (70.000 đồng/Giấy chứng nhận)"). */
  feeText: string;
  description: string;
}

export interface Fee {
  /** What is charged ("Lệ phí cấp giấy chứng nhận…"), or "Phí, lệ phí" when the export does not say. */
  name: string;
  /** VND, when the export gives one plain amount in đồng ("Miễn phí" alone is 0); null otherwise. */
  amount: number | null;
  text: string;
}

export interface RequiredDocument {
  name: string;
  /** The file name of the official template (mẫu đơn, tờ khai), when there is one. */
  template: string;
  /** "1 bản chính", "1 bản sao", "1 bản chính, 1 bản sao"; empty when not given. */
  quantity: string;
  /** False for what is handed in only in some cases ("(nếu có)") or nothing at all (0 copies: a note). */
  required: boolean;
  /** The heading of the group the document is listed under ("* Giấy tờ phải xuất trình:"), if any. */
  group: string;
}

export interface ProcedureResult {
  name: string;
  /** The result's code in the national database (`KQ.G15.000033`), when given. */
  code: string;
}

export interface LegalReference {
  title: string;
  /** Number and notation of the legal document (`85/2019/TT-BTC`), when given. */
  reference: string;
}

/** One row of table `procedures` without what the database keeps itself (id, times, search, form). */
export interface ProcedureRecord {
  /** National code (`1.000948`), optionally with a province suffix (`1.000948.H38`). */
  code: string;
  name: string;
  /** Lĩnh vực. */
  field: string;
  /** Cấp thực hiện ("Cấp tỉnh, Cấp xã"). */
  level: string;
  /** Loại thủ tục. */
  kind: string;
  /** Số quyết định công bố. */
  decisionRef: string;
  /** Đối tượng thực hiện. */
  applicantTypes: string;
  /** Cơ quan có thẩm quyền. */
  competentAuthority: string;
  /** Cơ quan ban hành. */
  issuingBody: string;
  /** Cơ quan thực hiện. */
  implementingAgency: string;
  onlineService: OnlineService;
  /** Legal processing time in working days; null while unknown. */
  processingDays: number | null;
  processingTimeText: string;
  channels: Channel[];
  fees: Fee[];
  requiredDocuments: RequiredDocument[];
  results: ProcedureResult[];
  legalBasis: LegalReference[];
  /** Yêu cầu, điều kiện thực hiện. */
  conditions: string;
  /** Trình tự thực hiện. */
  sequenceText: string;
  /** The page of the procedure on the National Public Service Portal. */
  sourceUrl: string;
}

/** Something wrong with one row of an import, in Vietnamese; `field` names the ProcedureRecord key. */
export interface RowProblem {
  /** 1-based: the line of a JSONL file, the sheet row of an XLSX file. */
  row: number;
  /** The procedure code as read, when there is one. */
  code: string;
  field: string;
  message: string;
}

/** A row read (`row` as in RowProblem): the record, or why it cannot be imported. */
export type RowOutcome = { row: number } & (
  | { record: ProcedureRecord; problems: [] }
  | { record: null; problems: RowProblem[] }
);
