import { gunzipSync } from 'node:zlib';
import {
  CATALOGUE_HEADERS,
  CATALOGUE_ROW_COLUMNS,
  type CatalogueRow,
  fromCatalogueRow,
  fromNationalRecord,
  NATIONAL_RECORD_COLUMNS,
  type ProcedureRecord,
  type RowOutcome,
  type RowProblem,
} from '@congso/one-stop';
import ExcelJS from 'exceljs';
import { invalid, Problem } from '../../platform/http/problem.ts';
import type { ImportFormat, RowRecord } from './import-repository.ts';

/**
 * Reading an uploaded file of the national catalogue: the official list as XLSX ("DANH SÁCH THỦ TỤC HÀNH
 * CHÍNH": a title block, then a header row Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện | Lĩnh vực),
 * or the JSON export of the detail pages, one record a line (`.jsonl`, or gzip-compressed `.jsonl.gz`).
 * Each row is read by `@congso/one-stop`; a code seen twice is a problem of its second row.
 */

/** Largest file accepted, and the most a compressed one may unpack to (a bomb stops there). */
export const IMPORT_LIMITS = { fileBytes: 50 * 1024 * 1024, unpackedBytes: 200 * 1024 * 1024, rows: 20_000 };

export interface ReadImport {
  format: ImportFormat;
  totalRows: number;
  records: RowRecord[];
  problems: RowProblem[];
}

/** The columns an import writes into a procedure that exists: what its format carries. */
export function columnsOf(format: ImportFormat): readonly (keyof ProcedureRecord)[] {
  return format === 'xlsx' ? CATALOGUE_ROW_COLUMNS : NATIONAL_RECORD_COLUMNS;
}

export function formatOf(fileName: string): { format: ImportFormat; gzip: boolean } | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return { format: 'xlsx', gzip: false };
  if (name.endsWith('.jsonl.gz') || name.endsWith('.json.gz')) return { format: 'jsonl', gzip: true };
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return { format: 'jsonl', gzip: false };
  return undefined;
}

const tooManyRows = () =>
  invalid(`Tệp có hơn ${IMPORT_LIMITS.rows.toLocaleString('vi-VN')} dòng thủ tục; hãy chia nhỏ tệp`);

function unpack(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: IMPORT_LIMITS.unpackedBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new Problem('payload-too-large', 'Tệp nén giải nén ra quá lớn');
    throw invalid('Không giải nén được tệp .gz');
  }
}

/** The JSON export: a record a line; blank lines ignored, a line that is not JSON is a problem of its row. */
function readJsonLines(text: string): RowOutcome[] {
  const outcomes: RowOutcome[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    if (outcomes.length >= IMPORT_LIMITS.rows) throw tooManyRows();
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      outcomes.push({
        row: i + 1,
        record: null,
        problems: [{ row: i + 1, code: '', field: 'code', message: 'Dòng không phải JSON hợp lệ' }],
      });
      continue;
    }
    outcomes.push(fromNationalRecord(value, i + 1));
  }
  return outcomes;
}

/** The text of a cell, whatever exceljs makes of it (rich text, a formula's result, a hyperlink). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return '';
  }
  return String(value);
}

/** The official list: the first sheet, rows under the header row that names "Mã số" and "Tên". */
async function readWorkbook(bytes: Buffer): Promise<RowOutcome[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid('Không đọc được tệp XLSX');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('Tệp XLSX không có trang tính nào');
  let columns: Map<number, string> | undefined;
  const outcomes: RowOutcome[] = [];
  sheet.eachRow((row, number) => {
    const cells = new Map<number, string>();
    row.eachCell((cell, col) => cells.set(col, cellText(cell.value).trim()));
    if (!columns) {
      const headers = [...cells].filter(([, v]) => (CATALOGUE_HEADERS as readonly string[]).includes(v));
      if (headers.some(([, v]) => v === 'Mã số') && headers.some(([, v]) => v === 'Tên'))
        columns = new Map(headers);
      return;
    }
    if ([...cells.values()].every((v) => v === '')) return;
    if (outcomes.length >= IMPORT_LIMITS.rows) throw tooManyRows();
    const named = Object.fromEntries([...columns].map(([col, header]) => [header, cells.get(col) ?? '']));
    outcomes.push(fromCatalogueRow(named as unknown as CatalogueRow, number));
  });
  if (!columns)
    throw invalid(`Không thấy dòng tiêu đề của danh sách thủ tục (${CATALOGUE_HEADERS.join(', ')})`);
  return outcomes;
}

/** A second row with a code already read: the first one is imported, the second is a problem. */
function withoutDuplicates(outcomes: RowOutcome[]): { records: RowRecord[]; problems: RowProblem[] } {
  const seen = new Map<string, number>();
  const records: RowRecord[] = [];
  const problems: RowProblem[] = [];
  for (const outcome of outcomes) {
    if (!outcome.record) {
      problems.push(...outcome.problems);
      continue;
    }
    const row = outcome.row;
    const first = seen.get(outcome.record.code);
    if (first !== undefined) {
      problems.push({
        row,
        code: outcome.record.code,
        field: 'code',
        message: `Mã thủ tục ${outcome.record.code} trùng với dòng ${first}`,
      });
      continue;
    }
    seen.set(outcome.record.code, row);
    records.push({ ...outcome.record, row });
  }
  return { records, problems };
}

/** Reads an uploaded file; throws a problem when it cannot be read at all, rows' problems are returned. */
export async function readImport(fileName: string, bytes: Buffer): Promise<ReadImport> {
  const kind = formatOf(fileName);
  if (!kind)
    throw invalid('Chỉ nhận tệp .xlsx (danh sách thủ tục) hoặc .jsonl, .jsonl.gz (dữ liệu chi tiết)');
  const outcomes =
    kind.format === 'xlsx'
      ? await readWorkbook(bytes)
      : readJsonLines((kind.gzip ? unpack(bytes) : bytes).toString('utf8'));
  if (outcomes.length === 0) throw invalid('Tệp không có dòng thủ tục nào');
  return { format: kind.format, totalRows: outcomes.length, ...withoutDuplicates(outcomes) };
}
