/**
 * Code of a work file (mã hồ sơ) handed to the archive, Thông tư 01/2019/TT-BNV, Art. 16(3):
 * `{agency code}.{year the file was opened}.{file number and notation}`, e.g. `000.06.16.G09.2010.01.TH`.
 */
import { NotationError } from './reference.ts';

/** Mã định danh (QCVN 102:2016): 13 characters in four dot-separated groups, e.g. `000.06.16.G09`. */
const AGENCY_CODE = /^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$/;
/** Số và ký hiệu hồ sơ from the file plan: dot-separated groups of letters, Đ and digits (`01.TH`, `01.TCCB`). */
const FILE_NUMBER = /^[A-Za-z0-9Đđ]+(?:[.-][A-Za-z0-9Đđ]+)*$/;

/**
 * `archiveFileCode('000.06.16.G09', 2010, '01.TH')` → `000.06.16.G09.2010.01.TH`. The file number and
 * notation is trimmed and upper-cased. Throws a {@link NotationError} listing every problem (agency code not
 * of the form `000.00.00.H00`, year not a 4-digit integer, file number empty or with other characters).
 */
export function archiveFileCode(agencyCode: string, year: number, fileNumberAndNotation: string): string {
  const problems: string[] = [];
  const code = typeof agencyCode === 'string' ? agencyCode.trim() : '';
  if (!AGENCY_CODE.test(code)) {
    problems.push(`Mã định danh cơ quan "${code}" không đúng dạng 000.00.00.H00 (13 ký tự, 4 nhóm)`);
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    problems.push(`Năm hình thành hồ sơ phải là số có 4 chữ số (đang là ${String(year)})`);
  }
  const file = fileNumberProblem(fileNumberAndNotation);
  if (typeof file !== 'string') problems.push(file.problem);
  if (problems.length > 0) throw new NotationError(problems.join('; '), problems);
  return `${code}.${year}.${file as string}`;
}

function fileNumberProblem(text: string): string | { problem: string } {
  const file = typeof text === 'string' ? text.normalize('NFC').trim() : '';
  if (file === '') return { problem: 'Chưa có số và ký hiệu hồ sơ' };
  if (!FILE_NUMBER.test(file))
    return {
      problem: `Số và ký hiệu hồ sơ "${file}" chỉ gồm chữ cái không dấu, chữ Đ, chữ số, ngăn cách bởi dấu "." hoặc "-"`,
    };
  return file.toLocaleUpperCase('vi-VN');
}

/**
 * Số và ký hiệu hồ sơ as the file plan keeps it: trimmed and upper-cased (`01.th` → `01.TH`). Throws a
 * {@link NotationError} when it is empty or has other characters than letters without diacritics, Đ, digits,
 * "." and "-".
 */
export function fileNumber(fileNumberAndNotation: string): string {
  const file = fileNumberProblem(fileNumberAndNotation);
  if (typeof file !== 'string') throw new NotationError(file.problem);
  return file;
}
