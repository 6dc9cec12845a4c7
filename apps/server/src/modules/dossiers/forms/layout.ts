/**
 * The parts the forms of TT 01/2018/TT-VPCP share, as pdfmake nodes: the page (paper and orientation from
 * `@congso/one-stop`), the two-column header with the national motto, the title, the dossier code beside the
 * QR code of its lookup page, labelled lines and the signature blocks.
 */
import { formFor, type OneStopForm } from '@congso/one-stop';
import { placeAndDate } from './dates.ts';
import type { FormApplicant, FormIssuer, SlipView } from './view.ts';

/** A node of a pdfmake document definition. */
export type Node = string | { [key: string]: unknown };

export type FormPurpose = OneStopForm['purpose'];

/** The pdfmake document definition of a form, with the fields a reader (or a test) looks at typed. */
export type FormDefinition = {
  pageSize: OneStopForm['paper'];
  pageOrientation: OneStopForm['orientation'];
  pageMargins: [number, number, number, number];
  info: { title: string; subject: string; creator: string };
  defaultStyle: { font: string; fontSize: number; lineHeight: number };
  content: Node[];
  footer?: (page: number, pages: number) => Node;
};

/** A5 slips are read at the counter: small type, narrow margins, still a left margin to file them by. */
const A5 = { margins: [40, 28, 28, 28] as [number, number, number, number], fontSize: 9.5 };
const A4 = { margins: [36, 30, 28, 34] as [number, number, number, number], fontSize: 8 };

export function formDocument(
  purpose: FormPurpose,
  content: Node[],
  footer?: FormDefinition['footer'],
): FormDefinition {
  const form = formFor(purpose);
  const page = form.paper === 'A5' ? A5 : A4;
  return {
    pageSize: form.paper,
    pageOrientation: form.orientation,
    pageMargins: page.margins,
    info: {
      title: form.title,
      subject: `Mẫu số ${form.number}, Thông tư 01/2018/TT-VPCP`,
      creator: 'CôngSở',
    },
    defaultStyle: { font: 'Roboto', fontSize: page.fontSize, lineHeight: 1.15 },
    content,
    ...(footer ? { footer } : {}),
  };
}

export const upper = (text: string) => text.toLocaleUpperCase('vi');

/** A short centred rule, as under the unit's name and the motto. */
function rule(width: number): Node {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
    alignment: 'center',
    margin: [0, 1, 0, 3],
  };
}

/**
 * The header: the parent body and the issuing unit on the left, the national motto on the right; under each,
 * what the form puts there (the number on the left, the place and date on the right).
 */
export function header(
  issuer: Pick<FormIssuer, 'parentName' | 'name'>,
  below: { left?: Node; right?: Node } = {},
): Node {
  return {
    columns: [
      {
        width: '47%',
        alignment: 'center',
        stack: [
          upper(issuer.parentName),
          { text: upper(issuer.name), bold: true },
          rule(50),
          below.left ?? '',
        ],
      },
      {
        width: '53%',
        alignment: 'center',
        stack: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
          { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
          rule(105),
          below.right ?? '',
        ],
      },
    ],
    columnGap: 6,
    fontSize: 8,
  };
}

/** The header of a slip given to the applicant: `Số: 12/TTPVHCC` and `Lào Cai, ngày … tháng … năm …`. */
export function slipHeader(slip: SlipView): Node {
  return header(slip.issuer, {
    left: `Số: ${slip.number ?? '……'}/${slip.issuer.notation}`,
    right: { text: placeAndDate(slip.issuer.place, slip.issuedAt), italics: true },
  });
}

export function title(purpose: FormPurpose, margin: number[] = [0, 12, 0, 8]): Node {
  return { text: upper(formFor(purpose).title), bold: true, fontSize: 11.5, alignment: 'center', margin };
}

/** The dossier code in plain text beside the QR code of its public lookup page. */
export function codeAndQr(code: string, lookupUrl: string): Node {
  return {
    columns: [
      {
        width: '*',
        stack: [
          field('Mã hồ sơ', code),
          {
            text: 'Tra cứu tình trạng hồ sơ bằng mã QR hoặc tại:',
            italics: true,
            fontSize: 8,
            margin: [0, 3, 0, 0],
          },
          { text: lookupUrl, fontSize: 7.5 },
        ],
      },
      { width: 'auto', qr: lookupUrl, fit: 62, eccLevel: 'M' },
    ],
    columnGap: 8,
    margin: [0, 0, 0, 6],
  };
}

/** `Label: value`, the value in bold; `style` adds to the line's own (alignment, margin). */
export function field(label: string, value: string, style: Record<string, unknown> = {}): Node {
  return { text: [`${label}: `, { text: value, bold: true }], ...style };
}

/** The applicant's name under the form's own label, then the address and the contacts that are known. */
export function applicantLines(applicant: FormApplicant, nameLabel: string): Node[] {
  const contact = [
    applicant.phone ? `Số điện thoại: ${applicant.phone}` : null,
    applicant.email ? `Email: ${applicant.email}` : null,
  ].filter((part) => part !== null);
  return [
    field(nameLabel, applicant.name),
    ...(applicant.address ? [`Địa chỉ: ${applicant.address}`] : []),
    ...(contact.length > 0 ? [contact.join('     ')] : []),
  ];
}

export interface Signature {
  /** As printed, in capitals: `NGƯỜI TIẾP NHẬN HỒ SƠ`. */
  role: string;
  /** The instruction under it. */
  hint?: string;
  /** The signer's name, printed under the space for the signature. */
  name: string;
}

function signatureBlock(signature: Signature): Node {
  return {
    alignment: 'center',
    stack: [
      { text: signature.role, bold: true },
      { text: signature.hint ?? '(Ký và ghi rõ họ tên)', italics: true, fontSize: 8 },
      { text: signature.name, bold: true, margin: [0, 40, 0, 0] },
    ],
  };
}

/** Signatures side by side (the applicant's on the left), or one on the right, kept on one page. */
export function signatures(left: Signature | null, right: Signature): Node {
  return {
    columns: [
      { width: '50%', stack: [left ? signatureBlock(left) : ''] },
      { width: '50%', stack: [signatureBlock(right)] },
    ],
    columnGap: 8,
    margin: [0, 12, 0, 0],
    unbreakable: true,
  };
}

/** Thin ruled table lines, as on the printed forms. */
export const ruled = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Small italic notes at the foot of a form. */
export function notes(lines: string[]): Node {
  return { stack: lines, italics: true, fontSize: 7.5, margin: [0, 10, 0, 0] };
}

/** `01`, as counts of sets are written on the forms. */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}
