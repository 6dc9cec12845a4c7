import { canTransition, type DossierAction } from '@congso/one-stop';
import { type Actor, can } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import { isCounter, mayActOnStep } from './access.ts';
import { latenessOf } from './apology.ts';
import { findActiveStep } from './processing-work.ts';
import type { DossierRow, DossierStepRow } from './repository.ts';

/**
 * The processing actions the person may take on the dossier now, for the detail's `actions` (the staff app
 * shows only these): the same rules the services apply, checked without acting. Forward and complete are
 * left out while a late dossier waits for its apology (Mẫu 04), which is then offered.
 */
export async function processingActions(
  db: Executor,
  actor: Actor,
  dossier: DossierRow,
  steps: readonly DossierStepRow[],
  now = new Date(),
): Promise<DossierAction[]> {
  const step = findActiveStep({ dossier, steps });
  const handler = step ? await mayActOnStep(db, actor, step) : false;
  const counter = await isCounter(db, actor, dossier);
  const allowed = (action: DossierAction) => canTransition(dossier.status, action);
  const actions: DossierAction[] = [];
  if (step && handler && allowed('forward')) {
    const next = steps.find((s) => s.position > step.position);
    const lateness = await latenessOf(db, dossier, steps, now);
    if (next && (lateness === 'on_time' || lateness === 'apologised'))
      actions.push(next.role === 'return' ? 'complete' : 'forward');
    if (steps.some((s) => s.position < step.position && (s.role === 'handle' || s.role === 'approve')))
      actions.push('send_back');
  }
  if (step && allowed('assign')) {
    const agency = await findAgencyRef(db, step.handlerAgencyId);
    if (agency && can(actor, 'dossiers.approve', agency.path)) actions.push('assign');
  }
  for (const action of ['request_fee', 'fee_paid', 'apologise'] as const)
    if (allowed(action) && (handler || counter)) actions.push(action);
  if (allowed('return_result') && counter) actions.push('return_result');
  return actions;
}
