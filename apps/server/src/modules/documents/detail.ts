import { documentType, isDocumentTypeCode } from '@congso/nd30';
import { can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { actorOf, holds, viewerOf, visibleDocument } from './access.ts';
import { deliveryStatusName } from './delivery.ts';
import type { FileTextStatus } from './file-text.ts';
import { mayAttachTo } from './files.ts';
import * as repo from './repository.ts';
import type { DocumentDetail, DocumentSummary } from './schema.ts';

export const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : d);
export const typeName = (code: string) => (isDocumentTypeCode(code) ? documentType(code).name : code);

export function toSummary(row: repo.DocumentRow): DocumentSummary {
  return {
    id: row.id,
    agencyId: row.agencyId,
    direction: row.direction as DocumentSummary['direction'],
    status: row.status as DocumentSummary['status'],
    documentType: row.documentType,
    documentTypeName: typeName(row.documentType),
    reference: row.reference,
    subject: row.subject,
    issuerName: row.issuerName,
    issuedOn: row.issuedOn,
    urgency: row.urgency,
    secrecy: row.secrecy,
    registerYear: row.registerYear,
    registerNumber: row.registerNumber,
    receivedAt: iso(row.receivedAt)!,
    dueAt: iso(row.dueAt),
  };
}

/** The recipients chosen while drafting, with the names of the agencies on the platform (to show them back). */
async function plannedRecipientsOf(
  db: Executor,
  doc: repo.DocumentRow,
): Promise<DocumentDetail['plannedRecipients']> {
  const planned = doc.plannedRecipients as { agencyId?: string; name?: string; code?: string }[] | null;
  if (!planned) return null;
  const names = await repo.agencyNames(
    db,
    planned.flatMap((r) => (r.agencyId ? [r.agencyId] : [])),
  );
  return planned.map((r) => ({
    agencyId: r.agencyId ?? null,
    name: (r.agencyId ? names.get(r.agencyId) : r.name) ?? '',
    code: r.code ?? null,
  }));
}

/** The last update (cập nhật) the issuer made, from the history: applied to the document, or only noticed. */
function lastUpdateOf(events: Awaited<ReturnType<typeof repo.eventsOf>>): DocumentDetail['lastUpdate'] {
  const last = events.findLast((e) => e.kind === 'updated' || e.kind === 'update_notice');
  if (!last) return null;
  const reason = (last.data as { reason?: unknown }).reason;
  return {
    at: iso(last.createdAt)!,
    reason: typeof reason === 'string' ? reason : null,
    applied: last.kind === 'updated',
  };
}

export async function getDocument(db: Executor, ctx: RequestContext, id: string): Promise<DocumentDetail> {
  const actor = actorOf(ctx);
  const viewer = await viewerOf(db, actor);
  const doc = await visibleDocument(db, viewer, id);
  const [tasks, events, files, deliveries, replaces, replacedBy, plannedRecipients] = await Promise.all([
    repo.tasksOf(db, id),
    repo.eventsOf(db, id),
    // a copy delivered on the platform shows its sender's files
    repo.filesOf(db, doc.sourceDocumentId ? [id, doc.sourceDocumentId] : [id]),
    repo.deliveriesOf(db, id),
    // the links either way between a replaced document and its replacement, as far as the viewer may see
    doc.replacesDocumentId ? repo.documentLink(db, viewer, doc.replacesDocumentId) : undefined,
    doc.status === 'replaced' ? repo.replacementOf(db, viewer, id) : undefined,
    plannedRecipientsOf(db, doc),
  ]);
  const register = can(actor, 'documents.register', doc.agencyPath);
  const direct = can(actor, 'documents.direct', doc.agencyPath);
  // a task has an extension waiting when its last extension event is a request
  const lastExtensionEvent = new Map<string, string>();
  for (const e of events)
    if (e.kind === 'extension_requested' || e.kind === 'extension_decided')
      lastExtensionEvent.set(String((e.data as { taskId?: string }).taskId), e.kind);
  const pendingExtension = (taskId: string) => lastExtensionEvent.get(taskId) === 'extension_requested';
  const live = !repo.endedStatuses.includes(doc.status);
  const issued = register && doc.direction === 'outgoing' && doc.status === 'issued';
  return {
    ...toSummary(doc),
    agencyName: doc.agencyName,
    number: doc.number,
    notation: doc.notation,
    summary: doc.summary,
    signerName: doc.signerName,
    signerPosition: doc.signerPosition,
    signingCapacity: doc.signingCapacity,
    medium: doc.medium as 'paper' | 'electronic',
    pageCount: doc.pageCount,
    copyCount: doc.copyCount,
    recipientsText: doc.recipientsText,
    note: doc.note,
    department: doc.departmentId ? { id: doc.departmentId, name: doc.departmentName ?? '' } : null,
    sourceDocumentId: doc.sourceDocumentId,
    replaces: replaces ?? null,
    replacedBy: replacedBy ?? null,
    lastUpdate: lastUpdateOf(events),
    plannedRecipients,
    registeredAt: iso(doc.registeredAt),
    completedAt: iso(doc.completedAt),
    tasks: tasks.map((t) => {
      const mine = holds(viewer, t) && (t.status === 'open' || t.status === 'in_progress') && live;
      return {
        id: t.id,
        kind: t.kind as never,
        status: t.status as never,
        assignee: t.assigneeUserId ? { id: t.assigneeUserId, name: t.assigneeName ?? '' } : null,
        department: t.departmentId ? { id: t.departmentId, name: t.departmentName ?? '' } : null,
        dueAt: iso(t.dueAt),
        instruction: t.instruction,
        result: t.result,
        parentTaskId: t.parentTaskId,
        step: t.step,
        round: t.round,
        assignedBy: t.assignedBy ? { id: t.assignedBy, name: t.assignedByName ?? '' } : null,
        createdAt: iso(t.createdAt)!,
        completedAt: iso(t.completedAt),
        can: {
          act: mine,
          delegate: mine && (t.kind === 'lead' || t.kind === 'collaborator'),
          decideExtension: pendingExtension(t.id) && (t.assignedBy === actor.userId || direct) && live,
        },
      };
    }),
    events: events.map((e) => ({
      ...e,
      id: Number(e.id),
      data: e.data as Record<string, unknown>,
      createdAt: iso(e.createdAt)!,
    })),
    files: files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      version: f.version,
      mediaType: f.mediaType,
      size: Number(f.size),
      sha256: f.sha256,
      createdAt: iso(f.createdAt)!,
      textStatus: f.textStatus as FileTextStatus,
    })),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      recipientAgencyId: d.recipientAgencyId,
      recipientName: d.recipientName,
      recipientCode: d.recipientCode,
      status: d.status as never,
      statusName: deliveryStatusName(d.status),
      statusDetail: d.statusDetail,
      statusAt: iso(d.statusAt)!,
    })),
    can: {
      register: register && doc.status === 'received',
      reject: register && doc.status === 'received' && Boolean(doc.sourceDocumentId),
      submit:
        register &&
        doc.direction === 'incoming' &&
        (doc.status === 'registered' || doc.status === 'submitted'),
      direct:
        direct &&
        doc.direction === 'incoming' &&
        ['registered', 'submitted', 'in_progress'].includes(doc.status),
      recall: issued,
      upload: mayAttachTo(actor, doc),
      edit: doc.status === 'draft' && doc.createdBy === actor.userId,
      submitForReview: doc.status === 'draft' && doc.createdBy === actor.userId,
      issue: register && doc.direction === 'outgoing' && doc.status === 'approved',
      replace: issued,
      update: issued,
    },
    signedBy: doc.signedBy,
    signedAt: iso(doc.signedAt),
  };
}
