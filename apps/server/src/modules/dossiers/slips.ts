import { formatDays } from '@congso/one-stop';
import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/http/problem.ts';
import { actorOf } from '../documents/access.ts';
import { visibleDossier } from './access.ts';
import * as detailRepo from './detail-repository.ts';
import { formIssuerOf } from './form-issuer.ts';
import {
  type FormDossier,
  type ReceivedDocument,
  renderApology,
  renderReceipt,
  renderRefusal,
  renderSupplementRequest,
} from './forms/index.ts';
import type { DossierRow } from './repository.ts';

/**
 * The slips given to the applicant (Mẫu 01–04 of TT 01/2018/TT-VPCP) as PDF, filled in from the dossier as it
 * was when each was issued: the receipt shows the appointment it gave, not a later one. The header is the
 * receiving agency under its parent (for an apology, the agency of the step that ran late); the QR code
 * opens the dossier's page on the public portal.
 */

/** The public page where the applicant follows the dossier (the portal's lookup). */
export const lookupUrlOf = (publicUrl: string, code: string) =>
  `${publicUrl.replace(/\/+$/, '')}/tra-cuu-ho-so?ma=${encodeURIComponent(code)}`;

/** The issuer of a slip; a 409 when the directory does not say where it is (the place on the date line). */
async function issuerOf(db: Executor, agencyId: string) {
  const issuer = await formIssuerOf(db, agencyId);
  if (!issuer.place)
    throw conflict(
      `Cơ quan "${issuer.name}" chưa gắn với đơn vị hành chính nên chưa ghi được địa danh trên phiếu; hãy bổ sung trong danh mục cơ quan`,
    );
  return issuer;
}

const deliveryPlace = (dossier: DossierRow, agencyName: string) => {
  if (dossier.resultDelivery === 'post')
    return `Qua dịch vụ bưu chính công ích: ${dossier.postalAddress ?? ''}`;
  if (dossier.resultDelivery === 'online') return 'Trực tuyến, trên Cổng dịch vụ công';
  return `Bộ phận tiếp nhận và trả kết quả, ${agencyName}`;
};

/** The papers handed in, one line per required document, counted as originals and copies. */
function receivedDocuments(
  files: detailRepo.FileRow[],
  order: readonly { name: string }[],
): ReceivedDocument[] {
  const lines = new Map<string, ReceivedDocument>();
  for (const f of files) {
    if ((f.kind !== 'submitted' && f.kind !== 'supplement') || !f.requirement) continue;
    const line = lines.get(f.requirement) ?? { name: f.requirement, originals: 0, copies: 0 };
    if (f.copyKind === 'original') line.originals += f.quantity ?? 0;
    else if (f.copyKind === 'copy' || f.copyKind === 'certified_copy') line.copies += f.quantity ?? 0;
    lines.set(f.requirement, line);
  }
  const rank = (name: string) => {
    const i = order.findIndex((d) => d.name === name);
    return i < 0 ? order.length : i;
  };
  return [...lines.values()].sort((a, b) => rank(a.name) - rank(b.name));
}

/** The history line that issued a slip (its data names the slip). */
function issuingEvent(events: Awaited<ReturnType<typeof detailRepo.eventsOf>>, slipId: string) {
  return events.find((e) => (e.data as { slipId?: unknown }).slipId === slipId);
}

const instantIn = (data: unknown, key: string): Date | null => {
  const value = (data as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? new Date(value) : null;
};

/** A slip of a dossier the person may see, as PDF; 404 for a dossier they may not see or a slip not its own. */
export async function slipPdf(
  db: Executor,
  ctx: RequestContext,
  id: string,
  slipId: string,
  publicUrl: string,
): Promise<{ fileName: string; content: Buffer }> {
  return renderSlip(db, await visibleDossier(db, actorOf(ctx), id), slipId, publicUrl);
}

/**
 * A slip of a dossier as PDF, whoever is allowed to see the dossier (staff through `slipPdf`, the applicant
 * on the portal); 404 for a slip not its own.
 */
export async function renderSlip(
  db: Executor,
  dossier: DossierRow,
  slipId: string,
  publicUrl: string,
): Promise<{ fileName: string; content: Buffer }> {
  const [slip] = await detailRepo.slipsOf(db, dossier.id, slipId);
  if (!slip) throw notFound('Không tìm thấy phiếu');
  const [procedure, events, { phone: hotline, ...issuer }] = await Promise.all([
    detailRepo.procedureOf(db, dossier.procedureId),
    detailRepo.eventsOf(db, dossier.id),
    issuerOf(db, dossier.agencyId),
  ]);
  const form: FormDossier = {
    code: dossier.code,
    procedureName: procedure.name,
    applicant: {
      name: dossier.applicantName,
      address: dossier.applicantAddress,
      phone: dossier.applicantPhone,
      email: dossier.applicantEmail,
    },
  };
  const officer = slip.issuedByName ?? '';
  const base = { issuer, number: null, issuedAt: slip.issuedAt, dossier: form };
  const lookupUrl = lookupUrlOf(publicUrl, dossier.code);
  const event = issuingEvent(events, slip.id);
  const fileName = `mau-${slip.form}-${dossier.code}.pdf`;

  switch (slip.form) {
    case '01': {
      const files = await detailRepo.filesOf(db, dossier.id);
      const content = await renderReceipt({
        ...base,
        lookupUrl,
        documents: receivedDocuments(files, procedure.requiredDocuments),
        sets: 1,
        processingTime: procedure.processingTimeText || `${formatDays(dossier.processingDays)} ngày làm việc`,
        receivedAt: dossier.receivedAt ?? slip.issuedAt,
        dueAt: instantIn(event?.data, 'dueAt') ?? dossier.appointmentAt ?? slip.issuedAt,
        returnPlace: deliveryPlace(dossier, issuer.name),
        registerEntry: null,
        receivedBy: officer,
        hotline,
      });
      return { fileName, content };
    }
    case '02':
      return {
        fileName,
        content: await renderSupplementRequest({
          ...base,
          lookupUrl,
          items: slip.items.map((item) => ({ document: item.name, reason: item.reason })),
          contact: { name: officer, phone: hotline ?? '' },
          guidedBy: officer,
        }),
      };
    case '03':
      return {
        fileName,
        content: await renderRefusal({
          ...base,
          reasons: (slip.reason ?? '').split('\n').filter((r) => r.trim() !== ''),
          refusedBy: officer,
        }),
      };
    case '04': {
      const steps = await detailRepo.stepsWithNames(db, dossier.id);
      const late = steps.find((s) => s.position === slip.step);
      const signer = slip.issuedBy ? await detailRepo.signerOf(db, slip.issuedBy) : undefined;
      return {
        fileName,
        content: await renderApology({
          ...base,
          issuer: late ? await issuerOf(db, late.handlerAgencyId) : issuer,
          lookupUrl,
          receivedAt: dossier.receivedAt ?? slip.issuedAt,
          dueAt: instantIn(event?.data, 'previousAppointmentAt') ?? dossier.dueAt ?? slip.issuedAt,
          reason: slip.reason ?? '',
          newDueAt: slip.newAppointmentAt ?? dossier.appointmentAt ?? slip.issuedAt,
          signer: {
            position: (signer?.position ?? '').toLocaleUpperCase('vi'),
            name: signer?.fullName ?? signer?.displayName ?? officer,
          },
        }),
      };
    }
  }
}
