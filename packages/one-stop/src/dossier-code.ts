import { agencyCodeProblems } from '@congso/edxml';

/**
 * Mã số hồ sơ, TT 01/2018/TT-VPCP Art. 19: `{agency code}-YYMMDD-XXXX`, the code of the receiving unit under
 * QCVN 102:2016, the date of receipt (two-digit year) and the number of the dossier among those the unit
 * received that day, e.g. `000.00.01.H22-250715-0001`. Whether NĐ 118/2025 changes it is not known; the
 * format lives here alone, so a change is made in one place.
 */
export interface DossierCode {
  /** The receiving unit's code, e.g. `000.00.01.H22`. */
  agencyCode: string;
  /** The day of receipt in Vietnam, `YYYY-MM-DD` (2000–2099: the code keeps two digits of the year). */
  receivedOn: string;
  /** The dossier's number among those the unit received that day, 1–9999. */
  sequence: number;
}

export const MAX_DAILY_SEQUENCE = 9999;

export class DossierCodeError extends Error {
  override name = 'DossierCodeError';
}

const SHAPE = /^(.{13})-([0-9]{2})([0-9]{2})([0-9]{2})-([0-9]{4})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
function isDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The code of a dossier; throws DossierCodeError (in Vietnamese) when a part cannot be written in it. */
export function formatDossierCode(code: DossierCode): string {
  const problems = agencyCodeProblems(code.agencyCode);
  if (problems.length > 0)
    throw new DossierCodeError(`Mã định danh cơ quan không hợp lệ: ${problems.join('; ')}`);
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(code.receivedOn);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || !isDate(year, month, day))
    throw new DossierCodeError(`Ngày tiếp nhận không hợp lệ: ${code.receivedOn}`);
  if (year < 2000 || year > 2099)
    throw new DossierCodeError('Mã số hồ sơ chỉ ghi được ngày tiếp nhận từ năm 2000 đến năm 2099');
  if (!Number.isInteger(code.sequence) || code.sequence < 1 || code.sequence > MAX_DAILY_SEQUENCE)
    throw new DossierCodeError(`Số thứ tự hồ sơ trong ngày phải từ 1 đến ${MAX_DAILY_SEQUENCE}`);
  const yymmdd = `${String(year % 100).padStart(2, '0')}${match[2]}${match[3]}`;
  return `${code.agencyCode}-${yymmdd}-${String(code.sequence).padStart(4, '0')}`;
}

/** Reads a dossier code (surrounding spaces ignored); throws DossierCodeError saying what is wrong. */
export function parseDossierCode(text: string): DossierCode {
  const match = SHAPE.exec(text.trim());
  if (!match)
    throw new DossierCodeError(
      'Mã số hồ sơ có dạng {mã định danh cơ quan}-YYMMDD-XXXX, ví dụ 000.00.01.H22-250715-0001',
    );
  const [, agencyCode, yy, mm, dd, sequence] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const problems = agencyCodeProblems(agencyCode);
  if (problems.length > 0)
    throw new DossierCodeError(`Mã định danh cơ quan không hợp lệ: ${problems.join('; ')}`);
  const year = 2000 + Number(yy);
  if (!isDate(year, Number(mm), Number(dd)))
    throw new DossierCodeError(`Ngày tiếp nhận ${yy}${mm}${dd} không có thật`);
  if (Number(sequence) === 0) throw new DossierCodeError('Số thứ tự hồ sơ trong ngày bắt đầu từ 0001');
  return { agencyCode, receivedOn: `${year}-${mm}-${dd}`, sequence: Number(sequence) };
}
