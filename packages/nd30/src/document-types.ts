/**
 * The 29 kinds of administrative document of Nghị định 30/2020/NĐ-CP, Art. 7, with the abbreviations of
 * Phụ lục III, and the three kinds of copy (Art. 25; abbreviations in Phụ lục III).
 */

const DOCUMENT_TYPES = [
  { code: 'nghi_quyet', name: 'Nghị quyết', abbreviation: 'NQ' },
  { code: 'quyet_dinh', name: 'Quyết định', abbreviation: 'QĐ' },
  { code: 'chi_thi', name: 'Chỉ thị', abbreviation: 'CT' },
  { code: 'quy_che', name: 'Quy chế', abbreviation: 'QC' },
  { code: 'quy_dinh', name: 'Quy định', abbreviation: 'QyĐ' },
  { code: 'thong_cao', name: 'Thông cáo', abbreviation: 'TC' },
  { code: 'thong_bao', name: 'Thông báo', abbreviation: 'TB' },
  { code: 'huong_dan', name: 'Hướng dẫn', abbreviation: 'HD' },
  { code: 'chuong_trinh', name: 'Chương trình', abbreviation: 'CTr' },
  { code: 'ke_hoach', name: 'Kế hoạch', abbreviation: 'KH' },
  { code: 'phuong_an', name: 'Phương án', abbreviation: 'PA' },
  { code: 'de_an', name: 'Đề án', abbreviation: 'ĐA' },
  { code: 'du_an', name: 'Dự án', abbreviation: 'DA' },
  { code: 'bao_cao', name: 'Báo cáo', abbreviation: 'BC' },
  { code: 'bien_ban', name: 'Biên bản', abbreviation: 'BB' },
  { code: 'to_trinh', name: 'Tờ trình', abbreviation: 'TTr' },
  { code: 'hop_dong', name: 'Hợp đồng', abbreviation: 'HĐ' },
  { code: 'cong_van', name: 'Công văn', abbreviation: null },
  { code: 'cong_dien', name: 'Công điện', abbreviation: 'CĐ' },
  { code: 'ban_ghi_nho', name: 'Bản ghi nhớ', abbreviation: 'BGN' },
  { code: 'ban_thoa_thuan', name: 'Bản thỏa thuận', abbreviation: 'BTT' },
  { code: 'giay_uy_quyen', name: 'Giấy ủy quyền', abbreviation: 'GUQ' },
  { code: 'giay_moi', name: 'Giấy mời', abbreviation: 'GM' },
  { code: 'giay_gioi_thieu', name: 'Giấy giới thiệu', abbreviation: 'GGT' },
  { code: 'giay_nghi_phep', name: 'Giấy nghỉ phép', abbreviation: 'GNP' },
  { code: 'phieu_gui', name: 'Phiếu gửi', abbreviation: 'PG' },
  { code: 'phieu_chuyen', name: 'Phiếu chuyển', abbreviation: 'PC' },
  { code: 'phieu_bao', name: 'Phiếu báo', abbreviation: 'PB' },
  { code: 'thu_cong', name: 'Thư công', abbreviation: null },
] as const;

/** Code of one of the 29 document types, in snake_case without diacritics. */
export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number]['code'];

export interface DocumentType {
  code: DocumentTypeCode;
  /** Position in Art. 7 (1–29); also the value of edXML `DocumentType/Type`. */
  ordinal: number;
  /** Vietnamese name, e.g. `Quyết định`. */
  name: string;
  /** Abbreviation of Phụ lục III, e.g. `QĐ`; `null` for công văn and thư công, which have none. */
  abbreviation: string | null;
}

/** The 29 document types in the order of Art. 7. */
export const documentTypes: readonly DocumentType[] = Object.freeze(
  DOCUMENT_TYPES.map((t, i): DocumentType => Object.freeze({ ...t, ordinal: i + 1 })),
);

const BY_CODE: ReadonlyMap<string, DocumentType> = new Map(documentTypes.map((t) => [t.code, t]));

export function isDocumentTypeCode(value: string): value is DocumentTypeCode {
  return BY_CODE.has(value);
}

/** The document type with this code; throws a `RangeError` for an unknown code. */
export function documentType(code: DocumentTypeCode): DocumentType {
  const found = BY_CODE.get(code);
  if (!found) throw new RangeError(`Loại văn bản không hợp lệ: "${String(code)}"`);
  return found;
}

/** The document type with this edXML `Type` value (1–29), or `undefined`. */
export function documentTypeByOrdinal(ordinal: number): DocumentType | undefined {
  return Number.isInteger(ordinal) ? documentTypes[ordinal - 1] : undefined;
}

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/**
 * The document type with this abbreviation. The match is exact or case-insensitive after NFC normalisation
 * (`QĐ`, `qđ`, `CTR` all match); there is no matching without diacritics: `QD` is not `QĐ` (D and Đ are
 * different letters, and `DA`/`ĐA` are two different types).
 */
export function documentTypeByAbbreviation(abbreviation: string): DocumentType | undefined {
  const text = abbreviation.normalize('NFC').trim();
  if (text === '') return undefined;
  const exact = documentTypes.find((t) => t.abbreviation === text);
  if (exact) return exact;
  const wanted = upper(text);
  return documentTypes.find((t) => t.abbreviation !== null && upper(t.abbreviation) === wanted);
}

// ----------------------------------------------------------------------------------------------------------
// Copies (bản sao, Art. 25)

export type CopyKind = 'sao_y' | 'trich_sao' | 'sao_luc';
export type CopyAbbreviation = 'SY' | 'TrS' | 'SL';

export interface CopyKindInfo {
  kind: CopyKind;
  /** Vietnamese name as printed on the copy (upper-cased there): `Sao y`, `Trích sao`, `Sao lục`. */
  name: string;
  abbreviation: CopyAbbreviation;
}

export const copyKinds: readonly CopyKindInfo[] = Object.freeze([
  Object.freeze({ kind: 'sao_y', name: 'Sao y', abbreviation: 'SY' } as const),
  Object.freeze({ kind: 'trich_sao', name: 'Trích sao', abbreviation: 'TrS' } as const),
  Object.freeze({ kind: 'sao_luc', name: 'Sao lục', abbreviation: 'SL' } as const),
]);

export function copyKind(kind: CopyKind): CopyKindInfo {
  const found = copyKinds.find((c) => c.kind === kind);
  if (!found) throw new RangeError(`Hình thức bản sao không hợp lệ: "${String(kind)}"`);
  return found;
}

/** The copy kind with this abbreviation (exact or case-insensitive, like {@link documentTypeByAbbreviation}). */
export function copyKindByAbbreviation(abbreviation: string): CopyKindInfo | undefined {
  const text = abbreviation.normalize('NFC').trim();
  return (
    copyKinds.find((c) => c.abbreviation === text) ??
    copyKinds.find((c) => upper(c.abbreviation) === upper(text) && text !== '')
  );
}
