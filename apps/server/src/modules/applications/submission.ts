import { recordAudit } from '../../platform/audit/recorder.ts';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { submitOnline } from '../dossiers/receiving.ts';
import { dossierCode, filesOf, findApplication, markSubmitted } from './repository.ts';

/**
 * Submits a draft the page has checked (`draftProblems` in mode `submit`): the dossier is created by the
 * back office's own `submitOnline` (a code at once, status `waiting` until the counter accepts it) inside
 * the transaction that holds the draft locked and marks it submitted. A second submission of the same
 * draft — a double click, the page sent again — waits for the lock, finds it submitted and answers the same
 * dossier: one draft, one dossier. Undefined when the draft is not the applicant's.
 */
export async function submitDraft(
  db: Database,
  ctx: RequestContext,
  applicant: Applicant,
  id: string,
  now = new Date(),
): Promise<{ dossierId: string; code: string; again: boolean } | undefined> {
  return db.transaction().execute(async (trx) => {
    const draft = await findApplication(trx, id, applicant.userId, { lock: true });
    if (!draft) return undefined;
    if (draft.status === 'submitted') {
      const code = await dossierCode(trx, draft.dossierId!);
      return { dossierId: draft.dossierId!, code: code ?? '', again: true };
    }
    const files = await filesOf(trx, id);
    const dossierId = await submitOnline(
      trx,
      {
        agencyId: draft.agencyId,
        procedureId: draft.procedureId,
        applicant: {
          kind: draft.applicantKind,
          name: draft.applicantName,
          idNumber: draft.applicantIdNumber,
          phone: draft.applicantPhone || null,
          email: draft.applicantEmail || null,
          address: draft.applicantAddress || null,
        },
        formData: draft.formData,
        // each file as an electronic copy of its required document, taken over from the applicant's uploads
        documents: files.map((f) => ({
          requirement: f.requirement,
          copyKind: 'electronic' as const,
          quantity: 1,
          blobId: f.blobId,
        })),
        resultDelivery: draft.resultDelivery,
        postalAddress: draft.resultDelivery === 'post' ? draft.postalAddress : null,
        submittedBy: applicant.userId,
      },
      ctx,
      now,
    );
    await markSubmitted(trx, id, dossierId, now);
    const code = (await dossierCode(trx, dossierId))!;
    await recordAudit(trx, ctx, {
      action: 'applications.application.submit',
      agencyId: draft.agencyId,
      targetType: 'application',
      targetId: id,
      summary: { dossierId, code, files: files.length },
      as: { userId: applicant.userId, name: applicant.username },
    });
    return { dossierId, code, again: false };
  });
}
