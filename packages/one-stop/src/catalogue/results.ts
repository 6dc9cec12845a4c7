import type { ProcedureResult } from './types.ts';

/**
 * Kết quả thực hiện, as the national export flattens it: per result its name and "Mã: " with its code,
 * then the portal's own labels and form ("Từ khóa…Mô tả…Chọn cơ quan thực hiện…Nộp hồ sơ"):
 * "Giấy chứng nhận kết hônMã: KQ.G15.000032Từ khóaKhông có thông tin…".
 */

/** Where the portal's page text starts after the results. */
const TAIL = /Từ khóa[\s\S]*$/;
const MARK = /Mã:\s*/g;
/** A code ends in a digit ("KQ.G15.000032", "000.00.00.G11-KQ1711"); the next result's name follows it. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*[0-9]/;

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The results with their codes, in the order published. A text with no code is one result named so. */
export function parseResults(text: string): ProcedureResult[] {
  const body = text.normalize('NFC').replace(TAIL, '');
  const results: ProcedureResult[] = [];
  let name = '';
  let at = 0;
  for (const mark of body.matchAll(MARK)) {
    name += body.slice(at, mark.index);
    const after = mark.index + mark[0].length;
    const code = CODE.exec(body.slice(after))?.[0] ?? '';
    if (tidy(name) || code) results.push({ name: tidy(name), code });
    name = '';
    at = after + code.length;
  }
  const last = tidy(name + body.slice(at));
  if (last && last !== 'Không có thông tin') results.push({ name: last, code: '' });
  return results.filter((r) => r.name.length > 0 || r.code.length > 0);
}
