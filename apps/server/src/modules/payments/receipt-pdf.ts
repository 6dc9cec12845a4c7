/**
 * The electronic receipt (biên lai điện tử) of a fee paid online, as PDF: laid out like the one-stop forms
 * (`dossiers/forms/layout.ts`: the header with the national motto, labelled lines, the signature block) on
 * A5, from a plain view-model; nothing here reads the database.
 */
import { amountInFigures, amountInWords } from '@congso/payment-gateway';
import { renderPdf } from '../documents/pdf.ts';
import { dateInWords, placeAndDate, timeAndDateInWords } from '../dossiers/forms/dates.ts';
import { field, header, type Node, notes, signatures, upper } from '../dossiers/forms/layout.ts';
import type { FormIssuer } from '../dossiers/forms/view.ts';

export interface PaymentReceiptView {
  /** The receiving agency that collects the fee, under its parent body. */
  issuer: FormIssuer;
  /** `0000012/2026` (`receiptNumberText`). */
  number: string;
  /** The one the receipt is made out to (the dossier's applicant). */
  payer: string;
  dossierCode: string;
  procedureName: string;
  /** What was paid for, as the back office asked it. */
  purpose: string;
  /** In đồng. */
  amount: number;
  /** Test money (the sandbox): the receipt says it is worth nothing. */
  sandbox: boolean;
  bankCode: string | null;
  /** The gateway's number for the transaction. */
  transactionNo: string | null;
  /** The platform's reference sent to the gateway (`vnp_TxnRef`). */
  txnRef: string;
  paidAt: Date;
}

export const RECEIPT_TITLE = 'Biên lai thu tiền phí, lệ phí';

export function paymentReceiptDefinition(view: PaymentReceiptView) {
  const dated = view.issuer.place ? placeAndDate(view.issuer.place, view.paidAt) : dateInWords(view.paidAt);
  const method = view.sandbox
    ? 'Trực tuyến, qua cổng thanh toán thử nghiệm (VNPAY sandbox)'
    : 'Trực tuyến, qua cổng thanh toán VNPAY';
  const content: Node[] = [
    header(view.issuer, {
      left: `Số: ${view.number}`,
      right: { text: dated.charAt(0).toLocaleUpperCase('vi') + dated.slice(1), italics: true },
    }),
    { text: upper(RECEIPT_TITLE), bold: true, fontSize: 11.5, alignment: 'center', margin: [0, 12, 0, 0] },
    { text: '(Biên lai điện tử)', italics: true, alignment: 'center', margin: [0, 0, 0, 8] },
    ...(view.sandbox
      ? [
          {
            text: 'GIAO DỊCH THỬ NGHIỆM – BIÊN LAI KHÔNG CÓ GIÁ TRỊ THANH TOÁN',
            bold: true,
            alignment: 'center',
            margin: [0, 0, 0, 8],
          },
        ]
      : []),
    field('Đơn vị thu', view.issuer.name),
    field('Người nộp tiền', view.payer),
    field('Mã hồ sơ', view.dossierCode),
    `Thủ tục hành chính: ${view.procedureName}`,
    field('Nội dung thu', view.purpose),
    field('Số tiền', amountInFigures(view.amount), { margin: [0, 4, 0, 0] }),
    { text: `Bằng chữ: ${amountInWords(view.amount)}`, italics: true, margin: [0, 0, 0, 4] },
    `Hình thức thanh toán: ${method}${view.bankCode ? `, ngân hàng ${view.bankCode}` : ''}`,
    ...(view.transactionNo ? [field('Mã giao dịch tại cổng thanh toán', view.transactionNo)] : []),
    `Mã tham chiếu thanh toán: ${view.txnRef}`,
    `Thời điểm thanh toán: ${timeAndDateInWords(view.paidAt)}`,
    signatures(null, { role: 'ĐƠN VỊ THU TIỀN', hint: '(Biên lai điện tử)', name: view.issuer.name }),
    notes([
      'Biên lai được lập tự động khi cổng thanh toán xác nhận giao dịch; không cần chữ ký tay.',
      'Người nộp tiền lưu giữ biên lai này cùng giấy tiếp nhận hồ sơ.',
    ]),
  ];
  return {
    pageSize: 'A5',
    pageOrientation: 'portrait',
    pageMargins: [40, 28, 28, 28],
    info: { title: `${RECEIPT_TITLE} số ${view.number}`, subject: view.dossierCode, creator: 'CôngSở' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    content,
  };
}

export function renderPaymentReceipt(view: PaymentReceiptView): Promise<Buffer> {
  return renderPdf(paymentReceiptDefinition(view));
}
