import { timelinessOf } from '@congso/one-stop';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { conflict } from '../../platform/http/problem.ts';
import { actorOf } from '../documents/access.ts';
import { visibleDossier } from './access.ts';
import { procedureOf, type StepWithNames, stepsWithNames, userName } from './detail-repository.ts';
import { formIssuerOf } from './form-issuer.ts';
import { type ControlSheetView, type FormDossier, type Handover, renderControlSheet } from './forms/index.ts';
import { type HandoverEvent, stepEvents } from './processing-repository.ts';
import type { DossierRow } from './repository.ts';

/**
 * Mẫu 05 Phiếu kiểm soát quá trình giải quyết hồ sơ, from the dossier's steps and history: a line per
 * handover — the counter to the first handling step, each step forwarded or sent back, the result handed to
 * the applicant — with who handed over, who took it, when, and how the giving step kept to its due time.
 */

/** A unit as the sheet names it: the department and its agency, or the agency. */
const unitName = (unit: StepWithNames | undefined) =>
  !unit
    ? ''
    : unit.handlerDepartmentName
      ? `${unit.handlerDepartmentName} - ${unit.handlerAgencyName}`
      : unit.handlerAgencyName;

const instantOf = (value: unknown) => (typeof value === 'string' ? new Date(value) : null);

const HANDOVERS = new Set(['forward', 'complete', 'send_back']);

const assigneeName = (event: HandoverEvent | undefined) =>
  (event?.data.assignee as { name?: string } | undefined)?.name ?? null;

/**
 * Who took the dossier at a step: the person it was handed to with it, else the next one it was assigned to
 * there or who next acted on it there.
 */
function receiverAt(events: readonly HandoverEvent[], from: number, step: number | null): string | null {
  const handed = assigneeName(events[from]);
  if (handed) return handed;
  const next = events.slice(from + 1).find((e) => e.step === step);
  return next?.kind === 'assign' ? assigneeName(next) : (next?.actorName ?? null);
}

export function handoversOf(
  dossier: Pick<DossierRow, 'receivedAt' | 'applicantName'>,
  units: readonly StepWithNames[],
  events: readonly HandoverEvent[],
  receivedByName: string | null,
): Handover[] {
  const unit = (position: number | null) => units.find((u) => u.position === position);
  const handovers: Handover[] = [];
  const receiving = units.find((u) => u.role === 'receive');
  const first = units.find((u) => u.position > (receiving?.position ?? 0));
  if (receiving && first && dossier.receivedAt)
    handovers.push({
      from: unitName(receiving),
      to: unitName(first),
      at: dossier.receivedAt,
      handedBy: receivedByName,
      receivedBy: receiverAt(events, -1, first.position),
      result: receiving.dueAt ? timelinessOf(dossier.receivedAt, receiving.dueAt) : null,
      note: null,
    });
  events.forEach((event, i) => {
    const due = instantOf(event.data.stepDueAt);
    const result = due ? timelinessOf(event.at, due) : null;
    if (HANDOVERS.has(event.kind))
      handovers.push({
        from: unitName(unit(event.step)),
        to: unitName(unit(event.toStep)),
        at: event.at,
        handedBy: event.actorName,
        receivedBy: receiverAt(events, i, event.toStep),
        result,
        note: event.kind === 'send_back' ? `Trả lại để xử lý lại: ${event.note ?? ''}` : null,
      });
    else if (event.kind === 'return_result') {
      const data = event.data as { delivery?: string; receivedBy?: string; tracking?: string };
      handovers.push({
        from: unitName(unit(event.step)),
        to: `Tổ chức, cá nhân: ${dossier.applicantName}`,
        at: event.at,
        handedBy: event.actorName,
        receivedBy: data.receivedBy ?? null,
        result,
        note:
          data.delivery === 'post'
            ? `Trả qua bưu chính, số hiệu ${data.tracking ?? ''}`
            : data.delivery === 'online'
              ? 'Trả kết quả trực tuyến'
              : null,
      });
    }
  });
  return handovers;
}

export async function controlSheetView(db: Executor, dossier: DossierRow): Promise<ControlSheetView> {
  if (!dossier.receivedAt || !dossier.dueAt)
    throw conflict('Hồ sơ chưa được tiếp nhận nên chưa có phiếu kiểm soát quá trình giải quyết');
  const [issuer, procedure, units, events, receivedByName] = await Promise.all([
    formIssuerOf(db, dossier.agencyId),
    procedureOf(db, dossier.procedureId),
    stepsWithNames(db, dossier.id),
    stepEvents(db, dossier.id),
    userName(db, dossier.receivedBy),
  ]);
  const handling = units.filter((u) => u.role === 'handle' || u.role === 'approve');
  const lead = handling.find((u) => u.role === 'handle') ?? handling[0];
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
  return {
    issuer,
    dossier: form,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    handlingAgency: unitName(lead),
    cooperatingAgencies: [
      ...new Set(
        handling.filter((u) => u.handlerAgencyId !== lead?.handlerAgencyId).map((u) => u.handlerAgencyName),
      ),
    ],
    handovers: handoversOf(dossier, units, events, receivedByName),
  };
}

/** The control sheet of a dossier the person may see, as PDF. */
export async function controlSheetPdf(db: Database, ctx: RequestContext, id: string) {
  const dossier = await visibleDossier(db, actorOf(ctx), id);
  const view = await controlSheetView(db, dossier);
  return { code: dossier.code, pdf: await renderControlSheet(view) };
}
