/**
 * Signing capacity (thẩm quyền ký, Art. 13) and the line printed above the signature (Phụ lục I): the
 * abbreviation goes before the name of the collective body (TM.) or before the position of the head of the
 * agency (KT., TL., TUQ., Q.).
 */

export type SigningCapacity = 'direct' | 'tm' | 'kt' | 'tl' | 'tuq' | 'q';
export type SigningPrefix = '' | 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';

export interface SigningCapacityInfo {
  value: SigningCapacity;
  prefix: SigningPrefix;
  /** Vietnamese name of the capacity. */
  name: string;
}

export const signingCapacities: readonly SigningCapacityInfo[] = Object.freeze([
  Object.freeze({ value: 'direct', prefix: '', name: 'Ký trực tiếp' } as const),
  Object.freeze({ value: 'tm', prefix: 'TM.', name: 'Thay mặt' } as const),
  Object.freeze({ value: 'kt', prefix: 'KT.', name: 'Ký thay' } as const),
  Object.freeze({ value: 'tl', prefix: 'TL.', name: 'Thừa lệnh' } as const),
  Object.freeze({ value: 'tuq', prefix: 'TUQ.', name: 'Thừa ủy quyền' } as const),
  Object.freeze({ value: 'q', prefix: 'Q.', name: 'Quyền' } as const),
]);

export function isSigningCapacity(value: string): value is SigningCapacity {
  return signingCapacities.some((c) => c.value === value);
}

export function signingCapacity(capacity: SigningCapacity): SigningCapacityInfo {
  const found = signingCapacities.find((c) => c.value === capacity);
  if (!found) throw new RangeError(`Thẩm quyền ký không hợp lệ: "${String(capacity)}"`);
  return found;
}

/**
 * One line of the signature block, upper-cased (vi-VN) with the capacity's prefix:
 * `signingLine('tm', 'Ủy ban nhân dân')` → `TM. ỦY BAN NHÂN DÂN`, `signingLine('kt', 'Chủ tịch')` →
 * `KT. CHỦ TỊCH`, `signingLine('direct', 'Giám đốc')` → `GIÁM ĐỐC`.
 *
 * `position` is what follows the prefix: the collective body for `tm`, the head's position for `kt`, `tl`,
 * `tuq` and `q`, the signer's own position for `direct`. A full block is several lines, e.g. `TM. ỦY BAN
 * NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` (the last one with `direct`). Whitespace is trimmed and
 * collapsed; an empty position throws a `RangeError`.
 */
export function signingLine(capacity: SigningCapacity, position: string): string {
  const { prefix } = signingCapacity(capacity);
  const text = position.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi-VN');
  if (text === '') throw new RangeError('Chưa có chức vụ hoặc tên tập thể để ghi ở dòng ký');
  return prefix === '' ? text : `${prefix} ${text}`;
}
