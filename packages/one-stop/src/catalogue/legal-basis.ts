import type { LegalReference } from './types.ts';

/**
 * Căn cứ pháp lý, as the national export flattens its table: the header "Tên văn bản pháp lýMã văn bản",
 * then per legal document its title and its number and notation, with nothing in between:
 * "…Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương85/2019/TT-BTCNghị định…104/2022/NĐ-CP".
 * Titles often cite other documents ("Nghị định số 91/2022/NĐ-CP sửa đổi…"); the reference is the one
 * glued to the next title, or ending the text.
 */

const HEADER = 'Tên văn bản pháp lýMã văn bản';
/**
 * Number, year (some have none), notation: `85/2019/TT-BTC`, `02/2011/QH13`, `28/2018/QĐ-TTg`,
 * `01/VBHN-BTP`. A group of the notation may end in digits (not those of a reference glued after it) or in
 * one small letter ("TTg"), not in a word.
 */
const SEGMENT = String.raw`[A-ZĐ]+(?:[0-9]+(?![0-9]*\/))?(?:[a-z](?![a-zà-ỹ]))?`;
const REFERENCE = new RegExp(
  String.raw`([0-9]{1,8}(?:\.[0-9]{1,3})?[a-z]?)\/(?:([0-9]{4})\/)?(${SEGMENT}(?:-${SEGMENT})*)`,
  'gu',
);
const LOWER = /\p{Ll}/u;
/** A kind of legal document written at the start of the reference cell ("Nghị định 52/2024/NĐ-CP"). */
const KIND_IN_CELL =
  /(?<=[\p{Ll}.)])((?:Nghị định|Thông tư liên tịch|Thông tư|Luật|Quyết định|Nghị quyết|Pháp lệnh|Văn bản hợp nhất)(?: số)?\s*)$/u;

interface Found {
  start: number;
  end: number;
  reference: string;
}

/**
 * The bodies that issue legal documents, as the last group of a notation (`…/NĐ-CP`, `…/TT-BTC`): a
 * notation glued to the next title ("…/NĐ-CPQUY ĐỊNH…", "…/TT-BTCNghị định…") ends where one of them does.
 */
const ISSUERS = [
  'CP',
  'BTC',
  'BTP',
  'BCA',
  'BNNMT',
  'NHNN',
  'BGTVT',
  'BXD',
  'TTg',
  'BTNMT',
  'BNNPTNT',
  'BKHĐT',
  'BHXH',
  'UBND',
  'BLĐTBXH',
  'HĐND',
  'BKHCN',
  'BNV',
  'BVHTTDL',
  'BYT',
  'BQP',
  'BCT',
  'BNG',
  'VPQH',
  'VPCP',
  'BGDĐT',
  'BTTTT',
  'BDTTG',
  'UBDT',
  'TANDTC',
  'VKSNDTC',
  'KTNN',
  'BTTTT',
  'CSXH',
  'TW',
  'QH',
  'UBTVQH',
].sort((a, b) => b.length - a.length);

/** How many letters at the end of `notation` belong to the title glued after it (`next` its next character). */
function gluedLetters(notation: string, next: string): number {
  const last = /[A-ZĐ]+(?:[0-9]+|[a-z])?$/u.exec(notation)?.[0] ?? '';
  if (/[0-9a-z]$/.test(last)) return 0;
  const issuer = ISSUERS.find((i) => last.startsWith(i));
  if (issuer) return last.length - issuer.length;
  // an unknown body: a capital followed by a small letter starts the next title's first word
  return LOWER.test(next) && last.length > 0 ? 1 : 0;
}

/** The reference at a match, the letter a glued next title lent it given back, a glued year split off. */
function referenceAt(body: string, match: RegExpExecArray): Found {
  let number = match[1]!;
  let start = match.index;
  // "…Luật Khiếu nại năm 201102/2011/QH13": the year ends the title, the number is what follows it
  if (number.length >= 5 && /^(?:19|20)[0-9]{2}/.test(number)) {
    start += 4;
    number = number.slice(4);
  }
  // "…Luật 60/2014/QH1360/2014/QH13": the legislature's number (two digits) ends the title's citation
  if (body.slice(start - 2, start) === 'QH' && number.length > 2) {
    start += 2;
    number = number.slice(2);
  }
  let notation = match[3]!;
  let end = match.index + match[0].length;
  // "…/QĐ-TTggiấy…": the small letter of "TTg" before a title starting in small letters
  if (ISSUERS.some((i) => /[a-z]$/.test(i) && `${notation}${body[end]}`.endsWith(`-${i}`))) {
    notation += body[end];
    end += 1;
  }
  let extra = gluedLetters(notation, body[end] ?? '');
  // "…/NĐ-CP-Quy định…": a group given back whole takes its dash with it
  if (extra > 0 && notation[notation.length - extra - 1] === '-') extra += 1;
  notation = notation.slice(0, notation.length - extra);
  end -= extra;
  const year = match[2] ? `${match[2]}/` : '';
  return { start, end, reference: `${number}/${year}${notation}` };
}

/** Whether a reference found is the reference cell of a row, not a citation inside a title. */
function endsRow(body: string, found: Found): boolean {
  const after = body.slice(found.end);
  if (after.trim() === '') return true;
  // "…Thông tư số 53/2025/TT-BCAngày 01/7/2025 của…": a citation with its date, inside a title
  if (/^ngày\s/.test(after)) return false;
  if (/^\p{L}/u.test(after)) return true;
  const glued = found.start > 0 && !/\s/.test(body[found.start - 1]!);
  return glued && /^ \p{Lu}/u.test(after);
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The legal documents a procedure rests on, in the order published. */
export function parseLegalBasis(text: string): LegalReference[] {
  const normalised = text.normalize('NFC');
  const body = normalised.startsWith(HEADER) ? normalised.slice(HEADER.length) : normalised;
  if (tidy(body) === '' || tidy(body) === 'Không có thông tin') return [];
  const references: LegalReference[] = [];
  let at = 0;
  for (const match of body.matchAll(REFERENCE)) {
    const found = referenceAt(body, match);
    if (found.start < at || !endsRow(body, found)) continue;
    let title = body.slice(at, found.start);
    let prefix = '';
    const kind = KIND_IN_CELL.exec(title);
    if (kind && tidy(title.slice(0, kind.index)).length > 0) {
      prefix = kind[1]!;
      title = title.slice(0, kind.index);
    }
    references.push({ title: tidy(title), reference: tidy(prefix + found.reference) });
    at = found.end;
  }
  const rest = tidy(body.slice(at));
  if (rest) references.push({ title: rest, reference: '' });
  return references.filter((r) => r.title.length > 0 || r.reference.length > 0);
}
