import type { RequiredDocument } from './types.ts';

/**
 * Thành phần hồ sơ, as the national export flattens its tables: per group an optional heading ("* Giấy tờ
 * phải nộp:", "--" when there is none), the header "Tên giấy tờMẫu đơn, tờ khaiSố lượng", then per document
 * its name, the template's file name when there is one, and the quantity ("1 bản chính", "0 bản chính,1 bản
 * sao"), with nothing in between: "…theo Mẫu số 08…;Mus08.docx1 bản chínhBáo cáo…1 bản chính".
 */

const HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
/**
 * A quantity cell: originals, then copies. The same words inside a name ("nộp 02 bản chính hoặc 02 bản
 * sao") are followed by a space or a sign, a cell by the next name or the end.
 */
const QUANTITY = /([0-9]+) bản chính(?:,([0-9]+) bản sao)?(?![\s.,;:)\]])/g;
const EXTENSION = /\.(?:docx|doc|pdf|xlsx|xls|rtf|odt)$/i;
const GLUED_EXTENSION = /(\.(?:docx?|pdf|xlsx?|rtf|odt|DOCX?|PDF|XLSX?))(?![a-z])(?=[^\s,])/g;
/** Longest file name looked for, in characters and in words. */
const MAX_TEMPLATE = { chars: 100, words: 14 };
/** How templates' file names usually start ("…theo mẫuTK 1.002877", "…tiếp theoMau 32-Phu luc V…"). */
const TEMPLATE_WORD = /^(?:Mẫu|Mau|MẪU|MAU|Phụ lục|Phu luc|PHỤ LỤC|PL|TK|Tờ khai|To khai)(?![\p{Ll}])/u;
const BULLET = /^[-+•*–]+\s*/;
/** Handed in only in some cases: "(nếu có)", or a name that starts with the case ("Trường hợp…"). */
const SOMETIMES = /\(nếu có\)|^(?:trường hợp|nếu|đối với trường hợp)\s/i;

/**
 * The digits of a quantity glued to a name that ends in a number ("…ngày 27/12/20211 bản chính"): a
 * quantity has one or two digits; longer runs give their last digit to the quantity and the rest back to
 * the name.
 */
function splitDigits(run: string): { keep: string; quantity: number } {
  if (run.length <= 2) return { keep: '', quantity: Number(run) };
  return { keep: run.slice(0, -1), quantity: Number(run.slice(-1)) };
}

function quantityText(originals: number, copies: number): string {
  const parts = [
    ...(originals > 0 || copies === 0 ? [`${originals} bản chính`] : []),
    ...(copies > 0 ? [`${copies} bản sao`] : []),
  ];
  return parts.join(', ');
}

/** The letters of the word around position `i` on one side: backwards from `i - 1`, or forwards from `i`. */
function lettersAt(text: string, i: number, backwards: boolean): string {
  let j = i;
  if (backwards) {
    while (j > 0 && /\p{L}/u.test(text[j - 1]!)) j--;
    return text.slice(j, i);
  }
  while (j < text.length && /\p{L}/u.test(text[j]!) && (j === i || !/\p{Lu}/u.test(text[j]!))) j++;
  return text.slice(i, j);
}

/** A capital followed by a small letter: a word starts at `i`. */
function gluedStart(text: string, i: number): boolean {
  return /\p{Lu}/u.test(text[i]!) && /\p{Ll}/u.test(text[i + 1] ?? '');
}

/**
 * A capitalised word glued to what is before it: after a capital or a digit ("…/NĐ-CPMẫu số 01"), or after
 * a letter when either word is Vietnamese ("theo mẫuMau…", "ban hànhMẫu…"); not the ASCII camel case of a
 * file name ("MauGiayKhaiBao").
 */
function gluedWordAt(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  if (!gluedStart(text, i) || /\s/.test(before)) return false;
  if (/[\p{Lu}0-9]/u.test(before)) return true;
  if (!/\p{Ll}/u.test(before)) return false;
  const vietnamese = /[^\u0020-\u007e]/;
  return vietnamese.test(lettersAt(text, i, true)) || vietnamese.test(lettersAt(text, i, false));
}

/**
 * Where a template's file name, ending at `end` (its extension excluded), starts: after a semicolon, colon or
 * line break, after a sentence's full stop or parenthesis with no space after it ("…/NĐ-CP).MauKX11"), or
 * where a word is glued to the one before ("…/NĐ-CPMẫu số 01", "theo mẫuMau…"; not inside "MauGiayKhai…"),
 * within reach.
 */
function templateStart(text: string, end: number): number {
  let words = 1;
  const limit = Math.max(0, end - MAX_TEMPLATE.chars);
  for (let i = end - 1; i > limit; i--) {
    const before = text[i - 1]!;
    const here = text[i]!;
    if (/[;:\n]/.test(before)) return i;
    // a sentence ended with no space before the name ("…).MauKX11", "…2021.Mẫu số 01"), not "…37.2025.TT-BNNMT…"
    if (/[.)]/.test(before) && (/\p{Ll}/u.test(here) || gluedStart(text, i))) return i;
    if (gluedWordAt(text, i) || (TEMPLATE_WORD.test(text.slice(i, i + 8)) && /[\p{Ll}.,;)]/u.test(before)))
      return i;
    // a date ends the sentence before it: "…ngày 31/12/2025.PL 3 PL IV TT75"
    if (before === '.' && /\/[0-9]{4}$/.test(text.slice(0, i - 1)) && /\S/.test(here)) return i;
    if (/\s/.test(here) && !/\s/.test(before) && ++words > MAX_TEMPLATE.words) return i + 1;
  }
  return limit;
}

/** A document's name and its template's file name (or names, glued), from the text before its quantity. */
function nameAndTemplate(text: string): { name: string; template: string } {
  const trimmed = text.trimEnd();
  const extension = EXTENSION.exec(trimmed);
  if (!extension) return { name: tidy(text), template: '' };
  const start = templateStart(trimmed, extension.index);
  const template = trimmed
    .slice(start)
    .replace(/^[\s,.;:]+/, '')
    .replace(GLUED_EXTENSION, '$1, ')
    .trim();
  return { name: tidy(trimmed.slice(0, start)), template };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(BULLET, '').trim();
}

/** The documents of one group (the text after a header), and the text left after the last quantity. */
function readGroup(text: string, group: string): { documents: RequiredDocument[]; rest: string } {
  const documents: RequiredDocument[] = [];
  let at = 0;
  for (const match of text.matchAll(QUANTITY)) {
    const originalsRun = match[1]!;
    const { keep, quantity: originals } = splitDigits(originalsRun);
    const copies = match[2] ? Number(match[2]) : 0;
    const { name, template } = nameAndTemplate(text.slice(at, match.index) + keep);
    at = match.index + match[0].length;
    if (!name) continue;
    documents.push({
      name,
      template,
      quantity: quantityText(originals, copies),
      required: originals + copies > 0 && !SOMETIMES.test(name),
      group,
    });
  }
  return { documents, rest: text.slice(at) };
}

/** The documents to prepare, in the order published, each with its group's heading. */
export function parseRequiredDocuments(text: string): RequiredDocument[] {
  const parts = text.normalize('NFC').split(HEADER);
  if (parts.length === 1) return [];
  const documents: RequiredDocument[] = [];
  let heading = tidyHeading(parts[0]!);
  for (const part of parts.slice(1)) {
    const { documents: found, rest } = readGroup(part, heading);
    documents.push(...found);
    // what follows the last quantity of a group is the heading of the next one
    heading = tidyHeading(rest);
  }
  return documents;
}

function tidyHeading(text: string): string {
  const heading = text.replace(/\s+/g, ' ').trim();
  return /^-*$/.test(heading) ? '' : heading.slice(0, 500);
}
