/**
 * The work-file forms of Nghị định 30/2020/NĐ-CP, Phụ lục V: the file plan (Danh mục hồ sơ) and the list of
 * documents in a file (Mục lục văn bản), in their printed column order, and how a retention period is written.
 */
import { freezeColumns, type RegisterColumn } from './columns.ts';

/** Danh mục hồ sơ (file plan): one row per planned file, grouped under its section heading. */
export const filePlanColumns: readonly RegisterColumn[] = freezeColumns([
  { key: 'code', heading: 'Số và ký hiệu hồ sơ' },
  { key: 'title', heading: 'Tên đề mục và tiêu đề hồ sơ' },
  { key: 'retention', heading: 'Thời hạn bảo quản' },
  { key: 'owner', heading: 'Người lập hồ sơ' },
  { key: 'note', heading: 'Ghi chú' },
]);

/** Mục lục văn bản (the documents of one file, in their order), with the sheet numbers they occupy. */
export const fileContentsColumns: readonly RegisterColumn[] = freezeColumns([
  { key: 'position', heading: 'Số TT' },
  { key: 'reference', heading: 'Số, ký hiệu văn bản' },
  { key: 'issuedOn', heading: 'Ngày tháng năm văn bản' },
  { key: 'issuer', heading: 'Tác giả văn bản' },
  { key: 'subject', heading: 'Trích yếu nội dung văn bản' },
  { key: 'sheets', heading: 'Tờ số' },
  { key: 'note', heading: 'Ghi chú' },
]);

/** `retentionText(20)` → `20 năm`; `retentionText(null)` → `Vĩnh viễn` (a file kept permanently). */
export function retentionText(years: number | null): string {
  if (years === null) return 'Vĩnh viễn';
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`Thời hạn bảo quản không hợp lệ: ${years}`);
  return `${years} năm`;
}
