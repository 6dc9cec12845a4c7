/**
 * Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả: the agency that cannot return the result on the
 * appointment apologises in writing, says why and gives a new appointment.
 */
import { renderPdf } from '../../documents/pdf.ts';
import { dateInWords, timeAndDateInWords } from './dates.ts';
import { codeAndQr, type FormDefinition, formDocument, signatures, slipHeader, title } from './layout.ts';
import type { ApologyView } from './view.ts';

export function apologyDefinition(view: ApologyView): FormDefinition {
  const agency = view.issuer.name;
  const { applicant } = view.dossier;
  return formDocument('apology', [
    slipHeader(view),
    title('apology', [0, 12, 0, 4]),
    { text: `Kính gửi: ${applicant.name}`, bold: true, alignment: 'center', margin: [0, 0, 0, 2] },
    ...(applicant.address ? [{ text: `(Địa chỉ: ${applicant.address})`, alignment: 'center' }] : []),
    { text: '', margin: [0, 0, 0, 6] },
    codeAndQr(view.dossier.code, view.lookupUrl),
    {
      stack: [
        `${capitalise(dateInWords(view.receivedAt))}, ${agency} tiếp nhận giải quyết hồ sơ của ông (bà) ${applicant.name}.`,
        `Nội dung yêu cầu giải quyết: ${view.dossier.procedureName}.`,
        `Theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, thời gian trả kết quả giải quyết hồ sơ là ${timeAndDateInWords(view.dueAt)}.`,
        `Tuy nhiên đến nay, ${agency} chưa trả kết quả giải quyết hồ sơ của ông (bà) đúng hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
        { text: [{ text: 'Lý do: ', bold: true }, view.reason] },
        `Sự chậm trễ này đã gây phiền hà cho ông (bà). ${agency} xin lỗi ông (bà) và hẹn trả kết quả vào:`,
        { text: timeAndDateInWords(view.newDueAt), bold: true, alignment: 'center', margin: [0, 2, 0, 2] },
        'Xin trân trọng cảm ơn sự hợp tác của ông (bà)./.',
      ],
      alignment: 'justify',
    },
    signatures(null, {
      role: view.signer.position,
      hint: '(Ký, ghi rõ họ tên và đóng dấu)',
      name: view.signer.name,
    }),
  ]);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export function renderApology(view: ApologyView): Promise<Buffer> {
  return renderPdf(apologyDefinition(view));
}
