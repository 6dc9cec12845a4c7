import { closingParenthesis, NO_INFO } from './text.ts';
import type { Fee } from './types.ts';

/**
 * The fee cell of a channel in the national export: one or more items, each "Miễn phí" or an amount in a
 * currency ("2,000,000 Việt Nam Đồng", "70,000 VNĐ", "100 USD", sometimes a currency without an amount),
 * optionally followed by a note in parentheses, all run together with the next cell.
 */

const CURRENCY = '(?:Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD|EUR)';
const AMOUNT_HEAD = new RegExp(String.raw`^([0-9][0-9.,]*)?\s*(${CURRENCY})`);
const FREE = 'Miễn phí';
const VND = new Set(['Việt Nam Đồng', 'VNĐ', 'VND', 'Đồng', 'đồng']);
/** A note after "Miễn phí" that only says again that nothing is charged. */
const NOTHING_CHARGED = /^(?:không|không có|không thu(?: phí| lệ phí)?|miễn phí)\.?$/i;
/** What an item is called when its note does not name it. */
export const GENERIC_FEE_NAME = 'Phí, lệ phí';

/** Whether a fee item starts at the beginning of `text`. */
export function startsFee(text: string): boolean {
  return text.startsWith(FREE) || AMOUNT_HEAD.test(text);
}

/** Where the first fee item (or the export's "no information") starts in `text`, -1 when none does. */
export function firstFeeIndex(text: string): number {
  const found = new RegExp(String.raw`${FREE}|${NO_INFO}|[0-9][0-9.,]*\s*${CURRENCY}`).exec(text);
  return found ? found.index : -1;
}

/** An amount written with thousands separators ("2,000,000", "1.200.000") as an integer. */
function integerOf(digits: string): number | null {
  if (!/^[0-9]{1,3}(?:[.,][0-9]{3})*$|^[0-9]+$/.test(digits)) return null;
  const value = Number(digits.replace(/[.,]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** A note naming the fee ("Phí thẩm định cấp giấy phép: …") gives the fee its name, up to the colon. */
function nameFrom(note: string): string {
  if (!/^(?:lệ phí|phí)\s/i.test(note)) return GENERIC_FEE_NAME;
  const name = note.split(/[:;(]/)[0]!.trim();
  return name.length > 0 && name.length <= 200 ? name : GENERIC_FEE_NAME;
}

/**
 * Reads the fee items at the start of `text`: the fees, and where the cell ends (the description follows).
 * "Không có thông tin" in place of a fee is an empty cell.
 */
export function readFeeCell(text: string): { fees: Fee[]; end: number } {
  if (text.startsWith(NO_INFO)) return { fees: [], end: NO_INFO.length };
  const fees: Fee[] = [];
  let at = 0;
  for (;;) {
    const rest = text.slice(at);
    let head: string;
    let amount: number | null;
    if (rest.startsWith(FREE)) {
      head = FREE;
      amount = 0;
    } else {
      const match = AMOUNT_HEAD.exec(rest);
      if (!match) break;
      head = match[0];
      amount = match[1] && VND.has(match[2]!) ? integerOf(match[1]) : null;
    }
    let end = at + head.length;
    let note = '';
    if (text[end] === '(') {
      const close = closingParenthesis(text, end);
      note = text
        .slice(end + 1, text[close - 1] === ')' ? close - 1 : close)
        .replace(/\s+/g, ' ')
        .trim();
      end = close;
    }
    // "Miễn phí (the rate is set by the provincial council…)": the note decides, not the word
    if (head === FREE && note && !NOTHING_CHARGED.test(note)) amount = null;
    const shownHead = head.replace(/\s+/g, ' ').trim();
    fees.push({ name: nameFrom(note), amount, text: note ? `${shownHead} (${note})` : shownHead });
    at = end;
  }
  return { fees, end: at };
}

/** The fees of a procedure: every channel's items, each once, in the order first seen. */
export function distinctFees(feeLists: Fee[][]): Fee[] {
  const seen = new Map<string, Fee>();
  for (const fee of feeLists.flat()) if (!seen.has(fee.text)) seen.set(fee.text, fee);
  return [...seen.values()];
}
