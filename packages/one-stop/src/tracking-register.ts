/**
 * The columns of Mẫu 06 Sổ theo dõi hồ sơ (TT 01/2018/TT-VPCP), in order, for every rendering of the register
 * (PDF, spreadsheet): the five dates stand under one heading, "Ngày, tháng, năm"; "Ký nhận" is left blank for
 * the applicant's signature on paper.
 */
export type TrackingRegisterColumn =
  | 'index'
  | 'code'
  | 'procedure'
  | 'sets'
  | 'applicant'
  | 'contact'
  | 'handlingAgency'
  | 'receivedAt'
  | 'appointmentAt'
  | 'transferredAt'
  | 'resultAt'
  | 'returnedAt'
  | 'signature'
  | 'note';

export const TRACKING_REGISTER_DATES_HEADING = 'Ngày, tháng, năm';

export const trackingRegisterColumns: readonly {
  key: TrackingRegisterColumn;
  heading: string;
  /** Under the dates heading. */
  date?: true;
}[] = [
  { key: 'index', heading: 'TT' },
  { key: 'code', heading: 'Mã hồ sơ' },
  { key: 'procedure', heading: 'Tên thủ tục hành chính' },
  { key: 'sets', heading: 'Số lượng hồ sơ (bộ)' },
  { key: 'applicant', heading: 'Tên cá nhân, tổ chức' },
  { key: 'contact', heading: 'Địa chỉ, số điện thoại' },
  { key: 'handlingAgency', heading: 'Cơ quan chủ trì giải quyết' },
  { key: 'receivedAt', heading: 'Nhận hồ sơ', date: true },
  { key: 'appointmentAt', heading: 'Hẹn trả kết quả', date: true },
  { key: 'transferredAt', heading: 'Chuyển hồ sơ đến cơ quan giải quyết', date: true },
  { key: 'resultAt', heading: 'Nhận kết quả từ cơ quan giải quyết', date: true },
  { key: 'returnedAt', heading: 'Trả kết quả cho cá nhân, tổ chức', date: true },
  { key: 'signature', heading: 'Ký nhận' },
  { key: 'note', heading: 'Ghi chú' },
];
