import type { MyDossierAttention } from './types.ts';

/** What needs the applicant, as the list and the detail say it. */
export const attentionTexts: Record<MyDossierAttention, string> = {
  supplement: 'Cần bổ sung hồ sơ',
  supplement_sent: 'Đã gửi bổ sung, chờ kiểm tra',
  fee: 'Cần thực hiện nghĩa vụ tài chính (phí, lệ phí)',
  result_online: 'Đã có kết quả: tải về',
  result_counter: 'Đã có kết quả: nhận tại bộ phận một cửa',
  result_post: 'Đã có kết quả: gửi qua bưu chính',
  rate: 'Mời đánh giá mức độ hài lòng',
};

/** The section of a dossier's page that deals with it. */
export const attentionSections: Record<MyDossierAttention, string> = {
  supplement: 'bo-sung',
  supplement_sent: 'bo-sung',
  fee: 'nghia-vu',
  result_online: 'ket-qua',
  result_counter: 'ket-qua',
  result_post: 'ket-qua',
  rate: 'danh-gia',
};
