/** Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ: the counter does not receive the dossier, and says why. */
import { renderPdf } from '../../documents/pdf.ts';
import {
  applicantLines,
  type FormDefinition,
  field,
  formDocument,
  signatures,
  slipHeader,
  title,
} from './layout.ts';
import type { RefusalView } from './view.ts';

export function refusalDefinition(view: RefusalView): FormDefinition {
  return formDocument('refusal', [
    slipHeader(view),
    title('refusal'),
    field('Mã hồ sơ', view.dossier.code),
    ...applicantLines(view.dossier.applicant, 'Tiếp nhận hồ sơ của'),
    field('Nội dung yêu cầu giải quyết', view.dossier.procedureName),
    {
      text: `Qua xem xét, ${view.issuer.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
      margin: [0, 4, 0, 3],
    },
    { ul: view.reasons, margin: [8, 0, 0, 3] },
    'Xin thông báo cho ông (bà) được biết và thực hiện./.',
    signatures(null, { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: view.refusedBy }),
  ]);
}

export function renderRefusal(view: RefusalView): Promise<Buffer> {
  return renderPdf(refusalDefinition(view));
}
