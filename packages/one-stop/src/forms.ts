/**
 * The official forms of the one-stop shop, TT 01/2018/TT-VPCP (Phụ lục): Mẫu 01–05 are A5 and may be
 * electronic (signed with the organisation's digital signature), Mẫu 06, the tracking register, is A4 and is
 * laid out across the page, one dossier a row.
 */
export type FormNumber = '01' | '02' | '03' | '04' | '05' | '06';

export interface OneStopForm {
  number: FormNumber;
  /** The title as printed. */
  title: string;
  /** What it is for, in English (the glossary's name). */
  purpose: 'receipt' | 'supplement_request' | 'refusal' | 'apology' | 'control_sheet' | 'tracking_register';
  paper: 'A5' | 'A4';
  orientation: 'portrait' | 'landscape';
  /** Whether it carries a number of the issuing unit (`Số: …/TTPVHCC`): the slips given to the applicant do. */
  numbered: boolean;
}

export const oneStopForms: readonly OneStopForm[] = [
  {
    number: '01',
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    purpose: 'receipt',
    paper: 'A5',
    orientation: 'portrait',
    numbered: true,
  },
  {
    number: '02',
    title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    purpose: 'supplement_request',
    paper: 'A5',
    orientation: 'portrait',
    numbered: true,
  },
  {
    number: '03',
    title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    purpose: 'refusal',
    paper: 'A5',
    orientation: 'portrait',
    numbered: true,
  },
  {
    number: '04',
    title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    purpose: 'apology',
    paper: 'A5',
    orientation: 'portrait',
    numbered: true,
  },
  {
    number: '05',
    title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    purpose: 'control_sheet',
    paper: 'A5',
    orientation: 'portrait',
    numbered: false,
  },
  {
    number: '06',
    title: 'Sổ theo dõi hồ sơ',
    purpose: 'tracking_register',
    paper: 'A4',
    orientation: 'landscape',
    numbered: false,
  },
];

/** The form for a purpose. */
export function formFor(purpose: OneStopForm['purpose']): OneStopForm {
  return oneStopForms.find((form) => form.purpose === purpose)!;
}
