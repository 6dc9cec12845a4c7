import { channelsOf, feesOf, parseChannels, processingTimeOf } from './channels.ts';
import { parseRequiredDocuments } from './documents.ts';
import { parseLegalBasis } from './legal-basis.ts';
import { parseResults } from './results.ts';
import { blockText, lineText } from './text.ts';
import type { ProcedureRecord, RowOutcome, RowProblem } from './types.ts';

/**
 * One procedure of the national database read into a ProcedureRecord, or the reasons it cannot be: from a
 * record of the JSON export (`procedures_all_no_rawtext.jsonl`, the crawled detail pages), or from a row
 * of the official list "DANH SÁCH THỦ TỤC HÀNH CHÍNH" (XLSX: Mã số, Tên, Cơ quan ban hành, Cơ quan thực
 * hiện, Lĩnh vực).
 */

/** National code `1.000948`, optionally a province's suffix `1.000948.H38` (as the table checks it). */
export const PROCEDURE_CODE = /^[0-9]\.[0-9]{6}(\.[A-Z0-9]{1,10})?$/;

/** The longest text each column holds (the table's checks). */
export const COLUMN_LIMITS = {
  name: 1000,
  field: 300,
  level: 200,
  kind: 300,
  decisionRef: 200,
  applicantTypes: 1000,
  competentAuthority: 2000,
  issuingBody: 500,
  implementingAgency: 2000,
  processingTimeText: 4000,
  conditions: 20_000,
  sequenceText: 50_000,
  sourceUrl: 1000,
} as const satisfies Partial<Record<keyof ProcedureRecord, number>>;

/** What people call each part of a procedure, for messages. */
export const FIELD_LABELS: Record<keyof ProcedureRecord, string> = {
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  level: 'Cấp thực hiện',
  kind: 'Loại thủ tục',
  decisionRef: 'Số quyết định công bố',
  applicantTypes: 'Đối tượng thực hiện',
  competentAuthority: 'Cơ quan có thẩm quyền',
  issuingBody: 'Cơ quan ban hành',
  implementingAgency: 'Cơ quan thực hiện',
  onlineService: 'Dịch vụ công trực tuyến',
  processingDays: 'Thời hạn giải quyết',
  processingTimeText: 'Thời hạn giải quyết (nguyên văn)',
  channels: 'Cách thức thực hiện',
  fees: 'Phí, lệ phí',
  requiredDocuments: 'Thành phần hồ sơ',
  results: 'Kết quả thực hiện',
  legalBasis: 'Căn cứ pháp lý',
  conditions: 'Yêu cầu, điều kiện thực hiện',
  sequenceText: 'Trình tự thực hiện',
  sourceUrl: 'Địa chỉ trên Cổng Dịch vụ công quốc gia',
};

/** The columns an import from each source carries; the others of an existing procedure stay as they are. */
export const NATIONAL_RECORD_COLUMNS = [
  'code',
  'name',
  'field',
  'level',
  'kind',
  'decisionRef',
  'applicantTypes',
  'competentAuthority',
  'implementingAgency',
  'onlineService',
  'processingDays',
  'processingTimeText',
  'channels',
  'fees',
  'requiredDocuments',
  'results',
  'legalBasis',
  'conditions',
  'sequenceText',
  'sourceUrl',
] as const satisfies readonly (keyof ProcedureRecord)[];

export const CATALOGUE_ROW_COLUMNS = [
  'code',
  'name',
  'issuingBody',
  'implementingAgency',
  'field',
] as const satisfies readonly (keyof ProcedureRecord)[];

/** A procedure with nothing but its code and name, as the list gives it; the rest is filled in later. */
export function emptyRecord(code: string, name: string): ProcedureRecord {
  return {
    code,
    name,
    field: '',
    level: '',
    kind: '',
    decisionRef: '',
    applicantTypes: '',
    competentAuthority: '',
    issuingBody: '',
    implementingAgency: '',
    onlineService: 'none',
    processingDays: null,
    processingTimeText: '',
    channels: [],
    fees: [],
    requiredDocuments: [],
    results: [],
    legalBasis: [],
    conditions: '',
    sequenceText: '',
    sourceUrl: '',
  };
}

const number = new Intl.NumberFormat('vi-VN');

/** Every problem of a record: the code and the name, and texts longer than their columns hold. */
export function recordProblems(record: ProcedureRecord, row: number): RowProblem[] {
  const problems: RowProblem[] = [];
  const problem = (field: keyof ProcedureRecord, message: string) =>
    problems.push({ row, code: record.code, field, message });
  if (!record.code) problem('code', 'Thiếu mã thủ tục');
  else if (!PROCEDURE_CODE.test(record.code))
    problem('code', `Mã thủ tục "${record.code}" không đúng dạng 1.000948 (hoặc 1.000948.H38)`);
  if (!record.name) problem('name', 'Thiếu tên thủ tục');
  for (const [field, limit] of Object.entries(COLUMN_LIMITS) as [keyof typeof COLUMN_LIMITS, number][]) {
    const length = (record[field] as string).length;
    if (length > limit)
      problem(
        field,
        `${FIELD_LABELS[field]} dài ${number.format(length)} ký tự, quá giới hạn ${number.format(limit)} ký tự`,
      );
  }
  return problems;
}

function outcome(record: ProcedureRecord, row: number): RowOutcome {
  const problems = recordProblems(record, row);
  return problems.length === 0 ? { row, record, problems: [] } : { row, record: null, problems };
}

/** A record of the JSON export (the fields of the national portal's detail page), read. */
export function fromNationalRecord(value: unknown, row: number): RowOutcome {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      row,
      record: null,
      problems: [
        { row, code: '', field: 'code', message: 'Dòng không phải một bản ghi thủ tục (đối tượng JSON)' },
      ],
    };
  const raw = value as Record<string, unknown>;
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : '');
  const rows = parseChannels(text('cach_thuc_thuc_hien'));
  const channels = channelsOf(rows);
  const time = processingTimeOf(channels);
  const record: ProcedureRecord = {
    ...emptyRecord(lineText(raw.ma_thu_tuc), lineText(raw.ten_thu_tuc)),
    field: lineText(raw.linh_vuc),
    level: lineText(raw.cap_thuc_hien),
    kind: lineText(raw.loai_thu_tuc),
    decisionRef: lineText(raw.so_quyet_dinh),
    applicantTypes: lineText(raw.doi_tuong_thuc_hien),
    competentAuthority: blockText(raw.co_quan_co_tham_quyen),
    implementingAgency: blockText(raw.co_quan_thuc_hien),
    onlineService: channels.some((c) => c.channel === 'online') ? 'partial' : 'none',
    processingDays: time.days,
    processingTimeText: time.text,
    channels,
    fees: feesOf(rows),
    requiredDocuments: parseRequiredDocuments(text('thanh_phan_ho_so')),
    results: parseResults(text('ket_qua_xu_ly')),
    legalBasis: parseLegalBasis(text('can_cu_phap_ly')),
    conditions: blockText(raw.yeu_cau_dieu_kien),
    sequenceText: blockText(raw.trinh_tu_thuc_hien),
    sourceUrl: lineText(raw.detail_url),
  };
  return outcome(record, row);
}

/** The cells of a row of the official list, by header. */
export interface CatalogueRow {
  'Mã số': unknown;
  Tên: unknown;
  'Cơ quan ban hành'?: unknown;
  'Cơ quan thực hiện'?: unknown;
  'Lĩnh vực'?: unknown;
}

/** The headers of the official list, in its order. */
export const CATALOGUE_HEADERS = [
  'Mã số',
  'Tên',
  'Cơ quan ban hành',
  'Cơ quan thực hiện',
  'Lĩnh vực',
] as const;

/** A row of the official list, read: code, name, issuing body, implementing agency (one a line), field. */
export function fromCatalogueRow(cells: CatalogueRow, row: number): RowOutcome {
  const record: ProcedureRecord = {
    ...emptyRecord(lineText(cells['Mã số']), lineText(cells.Tên)),
    issuingBody: lineText(cells['Cơ quan ban hành']),
    implementingAgency: blockText(cells['Cơ quan thực hiện']),
    field: lineText(cells['Lĩnh vực']),
  };
  return outcome(record, row);
}
