/**
 * Number and notation (số, ký hiệu) of an administrative document: Nghị định 30/2020/NĐ-CP, Art. 15, and
 * Phụ lục I, Part I, II.3.
 *
 * - Numbers are Arabic numerals from 01, with a leading zero below 10 (`05`).
 * - The notation (ký hiệu) is upper case, its groups joined by `-`, with no spaces; `/` separates number and
 *   notation: `05/QĐ-UBND`.
 * - A document with a type name: type abbreviation + issuing agency (`QĐ-UBND`). A công văn: issuing agency
 *   + drafting unit or field (`UBND-VX`).
 */
import {
  type CopyKind,
  copyKind,
  copyKinds,
  type DocumentTypeCode,
  documentTypes,
  isDocumentTypeCode,
} from './document-types.ts';

/** Thrown when a notation or one of its parts breaks the rules. The message is Vietnamese. */
export class NotationError extends Error {
  /** Every problem found (the message joins them with `; `). */
  readonly problems: readonly string[];
  constructor(message: string, problems?: readonly string[]) {
    super(message);
    this.name = 'NotationError';
    this.problems = Object.freeze([...(problems ?? [message])]);
  }
}

/** A number and a notation: `{ number: 5, notation: 'QĐ-UBND' }` is written `05/QĐ-UBND`. */
export interface Reference {
  number: number;
  /** e.g. `QĐ-UBND` (with a type abbreviation) or `UBND-VX` (công văn). */
  notation: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ParsedReference extends Reference {
  /** The first group when it is the abbreviation of one of the 29 types (and more groups follow), else null. */
  typeAbbreviation: string | null;
  /** The first group when it is a copy abbreviation (`SY`, `TrS`, `SL`) and more groups follow, else null. */
  copyAbbreviation: string | null;
  /** The groups of the normalised notation: `['QĐ', 'UBND']`. */
  groups: string[];
  /** The normalised reference as it should be written: `05/QĐ-UBND`. */
  text: string;
}

// ----------------------------------------------------------------------------------------------------------
// Numbers

/** `5` → `05`, `12` → `12`, `123` → `123`. Throws a `RangeError` unless `n` is an integer ≥ 1. */
export function formatNumber(n: number): string {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`Số văn bản phải là số nguyên từ 01 trở lên (đang là ${String(n)})`);
  }
  return n < 10 ? `0${n}` : String(n);
}

// ----------------------------------------------------------------------------------------------------------
// Characters and groups

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/** Letters without diacritics, Đ/đ, digits and `-`: the characters of every abbreviation in Phụ lục III. */
const ALLOWED_CHARACTER = /^[A-Za-z0-9Đđ-]$/;
const CHARACTER_HINT = 'chỉ dùng chữ cái không dấu, chữ Đ, chữ số và dấu "-"';

/** First-group abbreviations whose published form is kept as is (QyĐ, CTr, TTr, TrS are mixed case). */
const FIRST_GROUP_ABBREVIATIONS: readonly string[] = [
  ...documentTypes.flatMap((t) => (t.abbreviation === null ? [] : [t.abbreviation])),
  ...copyKinds.map((c) => c.abbreviation),
];
const TYPE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  documentTypes.flatMap((t) => (t.abbreviation === null ? [] : [t.abbreviation])),
);
const COPY_ABBREVIATIONS: ReadonlySet<string> = new Set(copyKinds.map((c) => c.abbreviation));

/**
 * The published abbreviation a first group stands for: itself when written exactly as published; the
 * published form when the group has lower-case letters and matches one case-insensitively (`qđ`, `Ctr`).
 * A group written wholly in upper case that is not exactly an abbreviation (`CTR`, `QYĐ`) is read as an
 * agency's abbreviation, so that notations built from agency abbreviations read back unchanged.
 */
function publishedAbbreviation(group: string): string | undefined {
  if (FIRST_GROUP_ABBREVIATIONS.includes(group)) return group;
  if (group === upper(group)) return undefined;
  return FIRST_GROUP_ABBREVIATIONS.find((a) => upper(a) === upper(group));
}

/** Problems with the syntax of a notation or a part of one, in Vietnamese; `label` names it. */
function syntaxProblems(text: string, label: string): string[] {
  if (text === '') return [`${label} trống`];
  const problems: string[] = [];
  if (/\s/.test(text)) problems.push(`${label} không được có dấu cách: "${text}"`);
  if (text.includes('/'))
    problems.push(`${label} không được có dấu "/" (dấu "/" chỉ ngăn cách số và ký hiệu)`);
  const illegal = [
    ...new Set([...text].filter((c) => !ALLOWED_CHARACTER.test(c) && c !== '/' && !/\s/.test(c))),
  ];
  if (illegal.length > 0) {
    problems.push(
      `${label} có ký tự không được dùng: ${illegal.map((c) => `"${c}"`).join(', ')} (${CHARACTER_HINT})`,
    );
  }
  if (text.split('-').some((g) => g === '')) {
    problems.push(`${label} có nhóm trống (dấu "-" ở đầu, ở cuối hoặc hai dấu "-" liền nhau)`);
  }
  return problems;
}

/**
 * Problems with a notation as it should be stored and printed, in Vietnamese; `[]` when it is fine. Checks
 * the characters (letters without diacritics, Đ, digits, `-`), empty groups, spaces and `/`, and upper case;
 * the first group may be a type or copy abbreviation written as published (`QyĐ-UBND`, `TrS-VP`).
 */
export function validateNotation(notation: string): string[] {
  if (typeof notation !== 'string') return ['Ký hiệu trống'];
  const problems = syntaxProblems(notation, 'Ký hiệu');
  if (notation === '') return problems;
  const groups = notation.split('-');
  groups.forEach((group, i) => {
    if (group === '' || group === upper(group)) return;
    if (i === 0 && groups.length > 1) {
      const published = publishedAbbreviation(group);
      if (published === group) return;
      if (published !== undefined) {
        problems.push(`Chữ viết tắt "${group}" phải viết đúng như Phụ lục III: "${published}"`);
        return;
      }
    }
    problems.push(`Nhóm "${group}" của ký hiệu phải viết in hoa: "${upper(group)}"`);
  });
  return problems;
}

// ----------------------------------------------------------------------------------------------------------
// Building and formatting

const AGENCY_LABEL = 'Chữ viết tắt tên cơ quan ban hành';
const UNIT_LABEL = 'Chữ viết tắt tên đơn vị soạn thảo hoặc lĩnh vực';

/** Normalises one part (NFC, outer whitespace trimmed), collecting its problems; returns it upper-cased. */
function part(value: unknown, label: string, problems: string[]): string {
  const text = typeof value === 'string' ? value.normalize('NFC').trim() : '';
  const found = syntaxProblems(text, label);
  problems.push(...found);
  return found.length === 0 ? upper(text) : text;
}

function fail(problems: string[]): never {
  throw new NotationError(problems.join('; '), problems);
}

/**
 * The notation (ký hiệu) of a document:
 *
 * - a type with an abbreviation: `<type>-<agency>` (`QĐ-UBND`); `unitAbbreviation` is ignored, since the
 *   notation of a document with a type name has no unit group (Phụ lục I, II.3);
 * - `cong_van`: `<agency>-<unit>` (`UBND-VX`), or `<agency>` when there is no unit (null, undefined or blank);
 * - `thu_cong` (no abbreviation, not a công văn): `<agency>`.
 *
 * Parts are NFC-normalised, trimmed and upper-cased (the type abbreviation is kept as published: `QyĐ`,
 * `CTr`, `TTr`). A part may itself hold `-` (`UBND-VP` as the agency). Throws a {@link NotationError} for an
 * empty agency, a part with spaces, `/`, an empty group or characters other than letters without diacritics,
 * Đ, digits and `-`.
 */
export function buildNotation(input: {
  type: DocumentTypeCode;
  agencyAbbreviation: string;
  unitAbbreviation?: string | null;
}): string {
  if (!isDocumentTypeCode(input.type)) fail([`Loại văn bản không hợp lệ: "${String(input.type)}"`]);
  const type = documentTypes.find((t) => t.code === input.type)!;
  const problems: string[] = [];
  const agency = part(input.agencyAbbreviation, AGENCY_LABEL, problems);
  let unit: string | null = null;
  if (type.code === 'cong_van') {
    const raw = input.unitAbbreviation;
    if (typeof raw === 'string' && raw.trim() !== '') unit = part(raw, UNIT_LABEL, problems);
  }
  if (problems.length > 0) fail(problems);
  if (type.abbreviation !== null) return `${type.abbreviation}-${agency}`;
  return unit === null ? agency : `${agency}-${unit}`;
}

/** The notation of a copy: `<SY|TrS|SL>-<agency>` (`SY-UBND`), with the same checks as {@link buildNotation}. */
export function buildCopyNotation(kind: CopyKind, agencyAbbreviation: string): string {
  const { abbreviation } = copyKind(kind);
  const problems: string[] = [];
  const agency = part(agencyAbbreviation, AGENCY_LABEL, problems);
  if (problems.length > 0) fail(problems);
  return `${abbreviation}-${agency}`;
}

/**
 * `{ number: 5, notation: 'QĐ-UBND' }` → `05/QĐ-UBND`. Strict: throws a `RangeError` for a number that is
 * not an integer ≥ 1 and a {@link NotationError} when {@link validateNotation} finds problems.
 */
export function formatReference(ref: Reference): string {
  const number = formatNumber(ref.number);
  const problems = validateNotation(ref.notation);
  if (problems.length > 0) fail(problems);
  return `${number}/${ref.notation}`;
}

// ----------------------------------------------------------------------------------------------------------
// Parsing

const HYPHENS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const EXAMPLE = '(ví dụ: 05/QĐ-UBND)';

const failure = (error: string): { ok: false; error: string } => ({ ok: false, error });

/**
 * Reads a reference as people type or print it, and returns it normalised. Lenient on input: NFC, outer
 * whitespace, a leading `Số:` / `Số` (any case), spaces around `/` and `-`, dash look-alikes (`–`, `‐`, `−`),
 * a missing or extra leading zero (`5/…`, `005/…`), lower case (`qđ-ubnd` → `QĐ-UBND`; a first group like
 * `Ctr` → `CTr`). Strict on output: `value.text` is `formatReference(value)`.
 *
 * `typeAbbreviation` is the first group when it is one of the 29 abbreviations and another group follows;
 * otherwise the notation is read as a công văn's (`UBND-VX`, or `UBND` alone) and it is null. The reading is
 * by form only: a công văn of an agency abbreviated like a type (`CT-…`) reads as that type.
 */
export function parseReference(text: string): ParseResult<ParsedReference> {
  if (typeof text !== 'string') return failure('Chưa có số, ký hiệu văn bản');
  let s = text
    .normalize('NFC')
    .trim()
    .replace(HYPHENS, '-')
    .replace(/\uFF0F/g, '/');
  if (s === '') return failure('Chưa có số, ký hiệu văn bản');
  const prefix = /^số(?=[\s:.\d]|$)\s*[:.]?\s*/iu.exec(s);
  if (prefix) {
    s = s.slice(prefix[0].length);
    if (s === '') return failure('Chưa có số, ký hiệu văn bản sau chữ "Số:"');
  }
  s = s.replace(/\s*([/-])\s*/g, '$1');

  const parts = s.split('/');
  if (parts.length === 1) {
    if (/^[0-9]+$/.test(s)) return failure(`Thiếu ký hiệu văn bản sau số ${EXAMPLE}`);
    if (/^[0-9]/.test(s)) return failure(`Thiếu dấu "/" giữa số và ký hiệu văn bản ${EXAMPLE}`);
    return failure(`Thiếu số văn bản trước ký hiệu ${EXAMPLE}`);
  }
  if (parts.length > 2) {
    if (parts.length === 3 && /^[0-9]{4}$/.test(parts[1]!)) {
      return failure(
        'Số, ký hiệu dạng "số/năm/ký hiệu" là của văn bản quy phạm pháp luật, không phải văn bản hành chính theo Nghị định 30/2020/NĐ-CP',
      );
    }
    return failure('Số, ký hiệu chỉ có một dấu "/", giữa số và ký hiệu');
  }
  const [numberText, notationText] = parts as [string, string];

  if (numberText === '') return failure(`Thiếu số văn bản trước dấu "/" ${EXAMPLE}`);
  if (!/^[0-9]+$/.test(numberText)) return failure(`Số văn bản "${numberText}" chỉ được gồm chữ số`);
  const number = Number(numberText);
  if (number === 0) return failure('Số văn bản bắt đầu từ 01, không có số 0');
  if (!Number.isSafeInteger(number)) return failure(`Số văn bản "${numberText}" quá lớn`);

  if (notationText === '') return failure(`Thiếu ký hiệu văn bản sau dấu "/" ${EXAMPLE}`);
  const problems = syntaxProblems(notationText, 'Ký hiệu');
  if (problems.length > 0) return failure(problems.join('; '));

  const raw = notationText.split('-');
  const first = raw.length > 1 ? publishedAbbreviation(raw[0]!) : undefined;
  const groups = raw.map((g, i) => (i === 0 && first !== undefined ? first : upper(g)));
  const notation = groups.join('-');
  return {
    ok: true,
    value: {
      number,
      notation,
      typeAbbreviation: first !== undefined && TYPE_ABBREVIATIONS.has(first) ? first : null,
      copyAbbreviation: first !== undefined && COPY_ABBREVIATIONS.has(first) ? first : null,
      groups,
      text: `${formatNumber(number)}/${notation}`,
    },
  };
}
