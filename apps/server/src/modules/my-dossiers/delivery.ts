import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/http/problem.ts';
import { findApplicantDossier, updateDossier } from '../dossiers/repository.ts';
import { recordNote } from '../dossiers/transition.ts';
import { byApplicant, mayChangeDelivery } from './rules.ts';

export interface DeliveryChoice {
  delivery: 'counter' | 'post' | 'online';
  /** By post only: where to. */
  address: string | null;
}

/**
 * The applicant changes how they receive the result (online, at the counter, by post to an address), until it
 * is handed back: recorded on the dossier, with a history line (`delivery_changed`) and the audit entry, in
 * one transaction. The counter hands the result back the way the dossier says. False when nothing changed.
 */
export async function changeDelivery(
  db: Database,
  ctx: RequestContext,
  applicant: Applicant,
  id: string,
  choice: DeliveryChoice,
  now = new Date(),
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const dossier = await findApplicantDossier(trx, applicant.userId, id, true);
    if (!dossier) throw notFound('Không tìm thấy hồ sơ');
    if (!mayChangeDelivery(dossier.status))
      throw conflict('Hồ sơ đã trả kết quả hoặc đã kết thúc; không đổi được cách nhận kết quả');
    const address = choice.delivery === 'post' ? choice.address : null;
    if (dossier.resultDelivery === choice.delivery && dossier.postalAddress === address) return false;
    await updateDossier(trx, id, { resultDelivery: choice.delivery, postalAddress: address });
    await recordNote(trx, ctx, null, dossier, 'delivery_changed', {
      by: byApplicant(applicant),
      at: now,
      data: { from: dossier.resultDelivery, to: choice.delivery, ...(address ? { address } : {}) },
    });
    return true;
  });
}
