/**
 * Mẫu 05 Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the dossier; each handover is a line that
 * the giving and the receiving side sign, and the receiving side judges whether the step kept its time.
 */
import type { Timeliness } from '@congso/one-stop';
import { renderPdf } from '../../documents/pdf.ts';
import { timeAndDateInWords } from './dates.ts';
import { type FormDefinition, field, formDocument, header, notes, ruled, title } from './layout.ts';
import type { ControlSheetView, Handover } from './view.ts';

/** The words of the result column. */
export const timelinessLabels: Record<Timeliness, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  overdue: 'Quá hạn',
};

const headings = [
  'TÊN CƠ QUAN',
  'THỜI GIAN GIAO, NHẬN HỒ SƠ',
  'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ đúng hạn/ quá hạn)',
  'GHI CHÚ',
];

function signer(role: string, name: string | null) {
  return {
    stack: [
      { text: role, italics: true },
      { text: name ?? '', bold: true, margin: [0, 14, 0, 0] },
    ],
  };
}

function row(handover: Handover) {
  return [
    { stack: [`1. Giao: ${handover.from}`, `2. Nhận: ${handover.to}`] },
    {
      stack: [
        timeAndDateInWords(handover.at),
        {
          columns: [signer('Người giao', handover.handedBy), signer('Người nhận', handover.receivedBy)],
          alignment: 'center',
          columnGap: 4,
          margin: [0, 3, 0, 0],
        },
      ],
    },
    { text: handover.result ? timelinessLabels[handover.result] : '', alignment: 'center' },
    handover.note ?? '',
  ];
}

export function controlSheetDefinition(view: ControlSheetView): FormDefinition {
  return formDocument('control_sheet', [
    header(view.issuer),
    title('control_sheet', [0, 12, 0, 4]),
    field('Mã hồ sơ', view.dossier.code, { alignment: 'center', margin: [0, 0, 0, 6] }),
    field('Kèm theo hồ sơ của', view.dossier.applicant.name),
    `Nội dung yêu cầu giải quyết: ${view.dossier.procedureName}`,
    `Thời gian nhận hồ sơ: ${timeAndDateInWords(view.receivedAt)}`,
    field('Thời gian trả kết quả giải quyết hồ sơ', timeAndDateInWords(view.dueAt)),
    `Cơ quan (bộ phận) giải quyết hồ sơ: ${view.handlingAgency}`,
    ...(view.cooperatingAgencies.length > 0
      ? [`Cơ quan phối hợp giải quyết hồ sơ: ${view.cooperatingAgencies.join('; ')}`]
      : []),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [80, '*', 56, 44],
        body: [
          headings.map((h) => ({ text: h, bold: true, alignment: 'center' })),
          ...view.handovers.map(row),
        ],
      },
      layout: ruled,
      fontSize: 7.5,
      margin: [0, 6, 0, 0],
    },
    notes([
      'Ghi chú:',
      '- Trường hợp hồ sơ được chuyển qua dịch vụ bưu chính thì thời gian giao, nhận hồ sơ và việc ký nhận thể hiện trong hóa đơn của cơ quan bưu chính;',
      '- Kết quả giải quyết hồ sơ do bên nhận hồ sơ ghi khi nhận bàn giao hồ sơ.',
    ]),
  ]);
}

export function renderControlSheet(view: ControlSheetView): Promise<Buffer> {
  return renderPdf(controlSheetDefinition(view));
}
