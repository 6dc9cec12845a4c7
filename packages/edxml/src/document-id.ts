import { agencyCodeProblems } from './agency-code.ts';
import { readDate } from './dates.ts';
import type { IsoDate } from './model.ts';

/** A document identifier of QĐ 28/2018: `{organId},{yyyy/MM/dd},{number}/{notation}`. */
export interface DocumentIdParts {
  organId: string;
  date: IsoDate;
  number: string;
  notation: string;
}

export type DocumentIdReading = { ok: true; value: DocumentIdParts } | { ok: false; problems: string[] };

/**
 * Reads a document identifier, checking the agency code with the agency-code validator, the date (it must
 * exist and be written yyyy/MM/dd) and the `number/notation` part. Problems are in Vietnamese.
 */
export function readDocumentId(id: string): DocumentIdReading {
  const parts = id.split(',');
  if (parts.length !== 3)
    return {
      ok: false,
      problems: [
        `Mã văn bản '${id}' phải có dạng {mã cơ quan},{yyyy/MM/dd},{số}/{ký hiệu} (3 phần cách nhau bởi dấu phẩy)`,
      ],
    };
  const [organId, dateText, codeText] = parts.map((p) => p.trim()) as [string, string, string];
  const problems: string[] = [];
  for (const p of agencyCodeProblems(organId)) problems.push(`Mã cơ quan '${organId}': ${p}`);
  let date = '';
  const reading = readDate(dateText);
  if (!reading.ok) problems.push(`Ngày '${dateText}': ${reading.reason}`);
  else if (!/^\d{4}\/\d{2}\/\d{2}$/.test(dateText)) problems.push(`Ngày '${dateText}' phải viết yyyy/MM/dd`);
  else date = reading.iso;
  const slash = codeText.indexOf('/');
  const number = slash === -1 ? codeText : codeText.slice(0, slash);
  const notation = slash === -1 ? '' : codeText.slice(slash + 1);
  if (!/^\d+$/.test(number)) problems.push(`Số văn bản '${number}' phải là số`);
  if (notation === '') problems.push(`Thiếu ký hiệu văn bản sau dấu / trong '${codeText}'`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { organId, date, number, notation } };
}

export function documentIdProblems(id: string): string[] {
  const reading = readDocumentId(id);
  return reading.ok ? [] : reading.problems;
}

/** Builds `{organId},{yyyy/MM/dd},{number}/{notation}`. */
export function formatDocumentId(parts: DocumentIdParts): string {
  return `${parts.organId},${parts.date.replaceAll('-', '/')},${parts.number}/${parts.notation}`;
}
