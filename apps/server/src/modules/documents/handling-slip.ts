import { formatVietnamTime } from '@congso/vn-calendar';
import { formatDateVi } from '../calendar/operations.ts';
import { renderPdf } from './pdf.ts';
import type { DocumentDetail } from './schema.ts';

/** dd/MM/yyyy HH:mm in Vietnam's time zone. */
function vnTime(iso: string | null): string {
  if (!iso) return '';
  const t = formatVietnamTime(new Date(iso));
  return `${formatDateVi(t.slice(0, 10))} ${t.slice(11, 16)}`;
}

const who = (t: DocumentDetail['tasks'][number]) => t.assignee?.name ?? t.department?.name ?? '';

/**
 * The lines of the three parts of the "Phiếu giải quyết văn bản đến" (Nghị định 30/2020, Phụ lục IV):
 * (1) the agency leader's directive, (2) the unit leader's assignment, (3) what the handler proposed.
 */
export function handlingSlipParts(doc: DocumentDetail) {
  const directed = doc.events.filter((e) => e.kind === 'directed');
  const leader = directed.map((e) => {
    const data = e.data as { lead?: string; collaborators?: string[]; dueAt?: string | null };
    return [
      `${e.detail ?? ''}`,
      `Xử lý chính: ${data.lead ?? ''}${data.collaborators?.length ? `; phối hợp: ${data.collaborators.join(', ')}` : ''}`,
      `Thời hạn: ${data.dueAt ? vnTime(data.dueAt) : 'không ghi'} — ${e.actorName ?? ''}, ${vnTime(e.createdAt)}`,
    ];
  });
  const unit = doc.tasks
    .filter((t) => t.parentTaskId && (t.kind === 'lead' || t.kind === 'collaborator'))
    .map((t) => [
      `Giao ${who(t)}${t.instruction ? `: ${t.instruction}` : ''}`,
      `Thời hạn: ${t.dueAt ? vnTime(t.dueAt) : 'không ghi'} — ${t.assignedBy?.name ?? ''}, ${vnTime(t.createdAt)}`,
    ]);
  const handler = doc.events
    .filter((e) => e.kind === 'opinion' || e.kind === 'completed' || e.kind === 'extension_requested')
    .map((e) => [`${e.detail ?? ''}`, `${e.actorName ?? ''}, ${vnTime(e.createdAt)}`]);
  return { leader, unit, handler };
}

export async function handlingSlipPdf(doc: DocumentDetail): Promise<Buffer> {
  const parts = handlingSlipParts(doc);
  const section = (title: string, lines: string[][]) => [
    { text: title, bold: true, margin: [0, 12, 0, 4] },
    ...(lines.length === 0
      ? [{ text: '……………………………………………………………………', color: '#888888' }]
      : lines.map((l) => ({ stack: l, margin: [0, 0, 0, 6] }))),
  ];
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [85, 57, 57, 57],
    info: { title: 'Phiếu giải quyết văn bản đến', creator: 'CôngSở' },
    defaultStyle: { font: 'Roboto', fontSize: 11 },
    content: [
      { text: doc.agencyName.toUpperCase(), bold: true, fontSize: 11 },
      {
        text: 'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN',
        bold: true,
        fontSize: 14,
        alignment: 'center',
        margin: [0, 16, 0, 12],
      },
      {
        table: {
          widths: ['35%', '65%'],
          body: [
            ['Số đến', doc.registerNumber ? String(doc.registerNumber) : ''],
            ['Ngày đến', vnTime(doc.receivedAt)],
            ['Số, ký hiệu', doc.reference ?? ''],
            ['Cơ quan ban hành', doc.issuerName ?? ''],
            ['Tên loại và trích yếu', `${doc.documentTypeName}: ${doc.subject}`],
          ],
        },
        layout: 'lightHorizontalLines',
      },
      ...section('1. Ý kiến của lãnh đạo cơ quan, tổ chức', parts.leader),
      ...section('2. Ý kiến của lãnh đạo đơn vị', parts.unit),
      ...section('3. Ý kiến đề xuất của người giải quyết', parts.handler),
    ],
  });
}
