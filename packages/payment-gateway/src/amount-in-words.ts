/**
 * An amount of money in Vietnamese words, as receipts and invoices write it under the figures ("Số tiền bằng
 * chữ"): 150 000 → "Một trăm năm mươi nghìn đồng".
 *
 * The rules, read in groups of three digits from the left (nghìn, triệu, tỷ; past a thousand billion the
 * groups start again before "tỷ": "một nghìn tỷ"):
 * - a group is "<digit> trăm", then the tens, then the units; a group after the first says its hundreds
 *   even when they are zero ("một nghìn không trăm linh năm") unless the whole group is zero, which is left
 *   out ("một triệu năm trăm", not "một triệu không nghìn năm trăm");
 * - tens: "mười" for 1, "<digit> mươi" above; no tens but units: "linh" ("một trăm linh năm");
 * - units after the tens: 1 is "mốt" after "mươi" (not after "mười"), 5 is "lăm" after any ten, 0 is silent.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
/** The names of the groups of three digits below a billion, from the lowest. */
const GROUPS = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000;

/** Three digits (0–999) in words; `full`: say the hundreds even when zero (a group after the first). */
function threeDigits(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens]!, 'mươi');
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units]!);
  return words;
}

/** A number below a billion in words (nothing for 0); `full` as for `threeDigits`, for its first group. */
function belowBillion(n: number, full: boolean): string[] {
  const words: string[] = [];
  for (let group = GROUPS.length - 1; group >= 0; group -= 1) {
    const value = Math.floor(n / 1000 ** group) % 1000;
    if (value === 0) continue;
    words.push(...threeDigits(value, full || words.length > 0));
    const name = GROUPS[group];
    if (name) words.push(name);
  }
  return words;
}

/** A positive whole number in words: the billions (themselves in words, recursively), then the rest. */
function numberWords(n: number, full: boolean): string[] {
  const billions = Math.floor(n / BILLION);
  const rest = n % BILLION;
  if (billions === 0) return belowBillion(rest, full);
  // the rest after the billions is said in full ("một tỷ không trăm linh năm"), as a group after the first
  return [...numberWords(billions, full), 'tỷ', ...belowBillion(rest, true)];
}

/** The number in words, lower case: 21 → "hai mươi mốt", 0 → "không". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`Chỉ đọc được số nguyên không âm, không phải ${n}`);
  return n === 0 ? DIGITS[0] : numberWords(n, false).join(' ');
}

/** An amount in đồng, in words, with a capital and "đồng": 150000 → "Một trăm năm mươi nghìn đồng". */
export function amountInWords(amount: number): string {
  const words = numberInWords(amount);
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)} đồng`;
}

/** An amount in figures as Vietnamese writes them, thousands grouped by dots: 1500000 → "1.500.000 đồng". */
export function amountInFigures(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0)
    throw new RangeError(`Chỉ viết được số nguyên không âm, không phải ${amount}`);
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, '.')} đồng`;
}
