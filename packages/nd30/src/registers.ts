/**
 * Columns of the registers of Nghị định 30/2020/NĐ-CP, Phụ lục IV, in their printed order, for printing and
 * exports. Keys are English camelCase; headings are the Vietnamese column titles.
 */
import { freezeColumns, type RegisterColumn } from './columns.ts';

export type { RegisterColumn };

/** Sổ đăng ký văn bản đến (register of incoming documents). */
export const incomingRegisterColumns: readonly RegisterColumn[] = freezeColumns([
  { key: 'arrivedOn', heading: 'Ngày đến' },
  { key: 'arrivalNumber', heading: 'Số đến' },
  { key: 'issuer', heading: 'Tác giả' },
  { key: 'reference', heading: 'Số, ký hiệu văn bản' },
  { key: 'issuedOn', heading: 'Ngày tháng văn bản' },
  { key: 'typeAndSubject', heading: 'Tên loại và trích yếu nội dung' },
  { key: 'recipient', heading: 'Đơn vị hoặc người nhận' },
  { key: 'handedOverOn', heading: 'Ngày chuyển' },
  { key: 'receivedBy', heading: 'Ký nhận' },
  { key: 'note', heading: 'Ghi chú' },
]);

/** Sổ đăng ký văn bản đi (register of outgoing documents). */
export const outgoingRegisterColumns: readonly RegisterColumn[] = freezeColumns([
  { key: 'reference', heading: 'Số, ký hiệu văn bản' },
  { key: 'issuedOn', heading: 'Ngày tháng văn bản' },
  { key: 'typeAndSubject', heading: 'Tên loại và trích yếu nội dung' },
  { key: 'signer', heading: 'Người ký' },
  { key: 'recipients', heading: 'Nơi nhận văn bản' },
  { key: 'keptBy', heading: 'Đơn vị, người nhận bản lưu' },
  { key: 'copies', heading: 'Số lượng bản' },
  { key: 'handedOverOn', heading: 'Ngày chuyển' },
  { key: 'receivedBy', heading: 'Ký nhận' },
  { key: 'note', heading: 'Ghi chú' },
]);
