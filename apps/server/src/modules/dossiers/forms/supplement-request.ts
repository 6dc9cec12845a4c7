/**
 * Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: everything the applicant must add or correct, each with
 * its reason, in one request, and whom to ask while doing it.
 */
import { renderPdf } from '../../documents/pdf.ts';
import {
  applicantLines,
  codeAndQr,
  type FormDefinition,
  field,
  formDocument,
  signatures,
  slipHeader,
  title,
} from './layout.ts';
import type { SupplementItem, SupplementRequestView } from './view.ts';

function item(entry: SupplementItem, index: number) {
  return {
    stack: [
      { text: `${index + 1}. ${entry.document}`, bold: true },
      { text: `Lý do: ${entry.reason}`, margin: [12, 0, 0, 0] },
    ],
    margin: [0, 0, 0, 3],
  };
}

export function supplementRequestDefinition(view: SupplementRequestView): FormDefinition {
  return formDocument('supplement_request', [
    slipHeader(view),
    title('supplement_request'),
    codeAndQr(view.dossier.code, view.lookupUrl),
    ...applicantLines(view.dossier.applicant, 'Hồ sơ của'),
    field('Nội dung yêu cầu giải quyết', view.dossier.procedureName),
    { text: 'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:', margin: [0, 4, 0, 3] },
    ...view.items.map(item),
    {
      text:
        'Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông (bà) liên hệ với ' +
        `${view.contact.name}, số điện thoại ${view.contact.phone} để được hướng dẫn./.`,
      margin: [0, 4, 0, 0],
    },
    signatures(null, { role: 'NGƯỜI HƯỚNG DẪN', name: view.guidedBy }),
  ]);
}

export function renderSupplementRequest(view: SupplementRequestView): Promise<Buffer> {
  return renderPdf(supplementRequestDefinition(view));
}
