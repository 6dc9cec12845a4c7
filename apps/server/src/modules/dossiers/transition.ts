import {
  type DossierAction,
  type DossierStatus,
  dossierActionLabels,
  dossierStatusLabels,
  nextStatus,
} from '@congso/one-stop';
import { recordAudit } from '../../platform/audit/recorder.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { conflict } from '../../platform/http/problem.ts';
import { type DossierChanges, type DossierRow, insertEvent, updateDossier } from './repository.ts';

export interface TransitionInput {
  action: DossierAction;
  /** Columns that change with the status (times, current step, appointment…). */
  changes?: DossierChanges;
  step?: number | null;
  toStep?: number | null;
  note?: string | null;
  /** Extra facts for the history line and the audit entry (slip id, files, reasons). */
  data?: Record<string, unknown>;
  /** When it happened, for the history line (default: now; services given a clock pass theirs). */
  at?: Date;
  /** Who acted when no staff member did: the applicant, signed in on the portal (history and audit name them). */
  by?: ApplicantBy;
}

/** An applicant acting on their own dossier from the portal (a citizen or business account). */
export interface ApplicantBy {
  userId: string;
  /** Their username, as the audit log names them. */
  name: string;
}

/** The status an action leads to from the dossier's status, or a 409 saying why it may not happen now. */
export function statusAfter(from: DossierStatus | 'new', action: DossierAction): DossierStatus {
  const to = nextStatus(from, action);
  if (!to) {
    const state = from === 'new' ? 'chưa được ghi nhận' : `đang ở trạng thái "${dossierStatusLabels[from]}"`;
    throw conflict(`Không thể "${dossierActionLabels[action]}": hồ sơ ${state}`);
  }
  return to;
}

/**
 * Moves a dossier by one action of the lifecycle (`@congso/one-stop`, the workflow as data): checks the
 * action is allowed from its status, writes the new status and the changes, one line of history and the
 * audit entry, all in the caller's transaction. Returns the new status.
 */
export async function transition(
  trx: Executor,
  ctx: RequestContext,
  actor: Actor | null,
  dossier: Pick<DossierRow, 'id' | 'code' | 'agencyId' | 'status'>,
  input: TransitionInput,
): Promise<DossierStatus> {
  const to = statusAfter(dossier.status, input.action);
  await updateDossier(trx, dossier.id, { ...input.changes, status: to });
  await recordHistory(trx, ctx, actor, dossier, dossier.status, to, input);
  return to;
}

/** The history line and the audit entry of an action (also for the creation of a dossier, from `new`). */
export async function recordHistory(
  trx: Executor,
  ctx: RequestContext,
  actor: Actor | null,
  dossier: Pick<DossierRow, 'id' | 'code' | 'agencyId'>,
  from: DossierStatus | 'new',
  to: DossierStatus,
  input: TransitionInput,
): Promise<void> {
  await writeHistory(trx, ctx, actor, dossier, input.action, from, to, input);
}

/**
 * Things that happen to a dossier without changing its status: written to the history like transitions. The
 * applicant's own (`modules/my-dossiers`): a supplement sent online for the counter to check, the way of
 * receiving the result changed, the service rated.
 */
export type DossierNote =
  | 'opinion'
  | 'file_added'
  | 'postal_update'
  | 'supplement_submitted'
  | 'delivery_changed'
  | 'rated';

/**
 * The history line and the audit entry of something that changes no status (an opinion, a working file, the
 * post's answer about a result sent), in the caller's transaction.
 */
export async function recordNote(
  trx: Executor,
  ctx: RequestContext,
  actor: Actor | null,
  dossier: Pick<DossierRow, 'id' | 'code' | 'agencyId' | 'status'>,
  kind: DossierNote,
  input: Omit<TransitionInput, 'action' | 'changes'> = {},
): Promise<void> {
  await writeHistory(trx, ctx, actor, dossier, kind, dossier.status, dossier.status, input);
}

async function writeHistory(
  trx: Executor,
  ctx: RequestContext,
  actor: Actor | null,
  dossier: Pick<DossierRow, 'id' | 'code' | 'agencyId'>,
  kind: DossierAction | DossierNote,
  from: DossierStatus | 'new',
  to: DossierStatus,
  input: Omit<TransitionInput, 'action' | 'changes'>,
): Promise<void> {
  await insertEvent(trx, {
    dossierId: dossier.id,
    actorId: actor?.userId ?? input.by?.userId ?? null,
    actorAgencyId: actor?.agencyId ?? null,
    kind,
    statusFrom: from === 'new' ? null : from,
    statusTo: to,
    step: input.step ?? null,
    toStep: input.toStep ?? null,
    note: input.note ?? null,
    data: input.data,
    ...(input.at ? { at: input.at } : {}),
  });
  await recordAudit(trx, ctx, {
    ...(input.by ? { as: input.by } : {}),
    action: `dossiers.dossier.${kind}`,
    agencyId: dossier.agencyId,
    targetType: 'dossier',
    targetId: dossier.id,
    summary: {
      code: dossier.code,
      from,
      to,
      ...(input.step ? { step: input.step } : {}),
      ...(input.toStep ? { toStep: input.toStep } : {}),
      ...(input.note ? { note: input.note } : {}),
      ...input.data,
    },
  });
}
