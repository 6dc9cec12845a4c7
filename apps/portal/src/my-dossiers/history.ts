import { type DossierAction, dossierActionLabels, satisfactionLabels } from '@congso/one-stop';
import { formatDateTime, formatMoney } from '../format.ts';
import type { MyDossierHistoryEntry, ResultDelivery } from './types.ts';

/** How the result reaches the applicant, as a sentence goes on ("nhận kết quả …"). */
export const deliveryPhrases: Record<ResultDelivery, string> = {
  online: 'trực tuyến, tải về trên Cổng dịch vụ công',
  counter: 'tại bộ phận một cửa',
  post: 'qua dịch vụ bưu chính công ích',
};

const at = (instant: Date | null | undefined, lead: string) =>
  instant ? `${lead}${formatDateTime(instant)}` : '';

/** One line of the history in plain Vietnamese (the server chose the lines the applicant may read). */
export function historyText(e: MyDossierHistoryEntry): string {
  switch (e.kind) {
    case 'submit_online':
      return 'Hồ sơ được nộp trực tuyến';
    case 'receive':
    case 'accept':
      return `Hồ sơ được tiếp nhận${at(e.dueAt, '; hẹn trả kết quả lúc ')}`;
    case 'request_supplement':
      return `Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)${e.paused ? '; thời gian giải quyết tạm dừng' : ''}`;
    case 'supplement':
      return `${e.online ? 'Hồ sơ bổ sung gửi trực tuyến đã được nhận' : 'Đã nhận hồ sơ bổ sung'}; tiếp tục giải quyết${at(e.dueAt, ', hạn giải quyết mới ')}`;
    case 'resubmit_online':
      return 'Gửi hồ sơ bổ sung trực tuyến; hồ sơ chờ tiếp nhận lại';
    case 'supplement_submitted':
      return 'Gửi hồ sơ bổ sung trực tuyến; chờ bộ phận một cửa kiểm tra';
    case 'refuse':
      return 'Từ chối giải quyết hồ sơ (Mẫu 03)';
    case 'forward':
      return e.stepName ? `Chuyển sang bước “${e.stepName}”` : 'Chuyển sang bước tiếp theo';
    case 'send_back':
      return `Chuyển lại ${e.stepName ? `bước “${e.stepName}”` : 'bước trước'} để xem xét lại`;
    case 'complete':
      return 'Đã có kết quả giải quyết';
    case 'request_fee':
      return `Đề nghị thực hiện nghĩa vụ tài chính${e.amount != null ? `: ${formatMoney(e.amount)}` : ''}${e.purpose ? ` (${e.purpose})` : ''}; thời gian giải quyết tạm dừng`;
    case 'fee_paid':
      return 'Đã ghi nhận việc thực hiện nghĩa vụ tài chính; tiếp tục giải quyết';
    case 'apologise':
      return `Xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)${at(e.newAppointmentAt, ': ')}`;
    case 'return_result':
      return `Đã trả kết quả${e.delivery ? ` ${deliveryPhrases[e.delivery]}` : ''}`;
    case 'postal_update':
      return e.postalStatus === 'delivered'
        ? 'Bưu chính báo đã phát kết quả'
        : 'Bưu chính báo chưa phát được kết quả';
    case 'delivery_changed':
      return `Chọn nhận kết quả${e.delivery ? ` ${deliveryPhrases[e.delivery]}` : ''}${e.address ? `, địa chỉ: ${e.address}` : ''}`;
    case 'rated':
      return `Đánh giá mức độ hài lòng${e.satisfaction ? `: ${satisfactionLabels[e.satisfaction]}` : ''}`;
    default:
      return dossierActionLabels[e.kind as DossierAction] ?? e.kind;
  }
}
