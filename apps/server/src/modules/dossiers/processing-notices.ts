import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { type Notice, notify } from '../notifications/notify.ts';
import type { DossierRow, DossierStepRow } from './repository.ts';

/**
 * The notices of processing, each called once from its action's transaction: a step handed to someone in
 * particular tells that person. A step handed to nobody in particular shows in its agency's queue instead
 * (telling every handler there of every dossier would bury the notices that matter).
 */

export const dossierLink = (dossierId: string) => `/dossiers/${dossierId}`;

type Why = 'assigned' | 'sent_back';

const titles: Record<Why, (code: string, step: string) => string> = {
  assigned: (code, step) => `Bạn được giao xử lý hồ sơ ${code} (bước “${step}”)`,
  sent_back: (code, step) => `Hồ sơ ${code} được trả lại bước “${step}” để bạn xử lý lại`,
};

export async function noticeStepHandedTo(
  db: Executor,
  ctx: RequestContext,
  dossier: Pick<DossierRow, 'id' | 'code'>,
  step: Pick<DossierStepRow, 'name'>,
  userId: string | null,
  why: Why,
  note?: string | null,
): Promise<void> {
  if (!userId || userId === ctx.actor?.userId) return;
  const notice: Notice = {
    userId,
    kind: why === 'assigned' ? 'dossier_assigned' : 'dossier_sent_back',
    title: titles[why](dossier.code, step.name),
    body: note ? `${ctx.actor?.displayName ?? ''}: ${note}` : (ctx.actor?.displayName ?? null),
    link: dossierLink(dossier.id),
  };
  await notify(db, [notice]);
}
