import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/http/problem.ts';
import { insertBlobRecord } from '../documents/repository.ts';
import { slipsOf } from './detail-repository.ts';
import type { StoredUpload } from './files.ts';
import { resumeAfterPause } from './processing-work.ts';
import { insertFiles } from './receiving-repository.ts';
import { awaitingCheck, findApplicantDossier, stepsOf } from './repository.ts';
import { type ApplicantBy, recordNote, transition } from './transition.ts';

/**
 * The applicant's side of a supplement (Mẫu 02): the applicant whose account submitted the dossier answers
 * the latest request on the portal with a file per thing asked. What happens next is the province's choice
 * (`ONLINE_SUPPLEMENT`):
 *
 * - `resume`: a dossier already received resumes at once, exactly as when the counter takes the papers in
 *   (`receiveSupplement`): the pause ends, the due instant, the appointment and the step in progress move
 *   by the working time it took (action `supplement`);
 * - `check`: it stays with the counter, paused, until the counter checks the files and takes them in with
 *   the usual `supplement` action (a history line `supplement_submitted` tells it they arrived).
 *
 * A dossier asked to supplement before it was ever received goes back to the counter's waiting queue
 * (action `resubmit_online`) in either mode: receiving starts the legal clock and gives the receipt Mẫu 01
 * in the counter's name, so only the counter may receive it, after checking it, as any online submission.
 */

export type OnlineSupplementMode = 'resume' | 'check';

export interface OnlineSupplementFile {
  /** What of the Mẫu 02 it answers (the item's name, as the slip lists it). */
  requirement: string;
  /** Already in the BlobStore; recorded here, or removed by the caller if this fails. */
  stored: StoredUpload;
}

export interface OnlineSupplement {
  /** The Mẫu 02 answered: it must still be the latest one (the counter may have asked again since). */
  slipId: string;
  files: OnlineSupplementFile[];
  note: string | null;
}

/** Where the dossier went: processing again, back to the waiting queue, or paused until the counter checks. */
export type OnlineSupplementOutcome = 'resumed' | 'waiting' | 'to_check';

export async function supplementOnline(
  db: Database,
  ctx: RequestContext,
  by: ApplicantBy,
  id: string,
  input: OnlineSupplement,
  mode: OnlineSupplementMode,
  now = new Date(),
): Promise<OnlineSupplementOutcome> {
  return db.transaction().execute(async (trx) => {
    const dossier = await findApplicantDossier(trx, by.userId, id, true);
    if (!dossier) throw notFound('Không tìm thấy hồ sơ');
    if (dossier.status !== 'supplement_requested') throw conflict('Hồ sơ không còn chờ bổ sung');
    const latest = (await slipsOf(trx, id)).filter((s) => s.form === '02').at(-1);
    if (!latest || latest.id !== input.slipId)
      throw conflict('Yêu cầu bổ sung đã thay đổi; hãy xem lại yêu cầu mới nhất rồi gửi lại');
    if (await awaitingCheck(trx, id))
      throw conflict('Bạn đã gửi bổ sung; hồ sơ đang chờ bộ phận một cửa kiểm tra');

    const files = await Promise.all(
      input.files.map(async ({ requirement, stored }) => ({
        kind: 'supplement' as const,
        requirement,
        copyKind: 'electronic' as const,
        quantity: null,
        blobId: await insertBlobRecord(trx, {
          storageKey: stored.key,
          sha256: stored.sha256,
          size: stored.size,
          contentType: stored.mediaType,
          filename: stored.fileName,
          createdBy: by.userId,
        }),
        fileName: stored.fileName,
        step: dossier.currentStep,
      })),
    );
    const fileIds = await insertFiles(trx, id, by.userId, files);
    const history = {
      by,
      note: input.note,
      at: now,
      data: { online: true, answersSlipId: latest.id, files: fileIds.length },
    };

    if (dossier.receivedAt === null) {
      await transition(trx, ctx, null, dossier, { action: 'resubmit_online', ...history });
      return 'waiting';
    }
    if (mode === 'check') {
      await recordNote(trx, ctx, null, dossier, 'supplement_submitted', {
        ...history,
        step: dossier.currentStep,
      });
      return 'to_check';
    }
    const steps = await stepsOf(trx, id);
    const { step, changes } = await resumeAfterPause(
      db,
      { trx, dossier, steps, now },
      'Hồ sơ không ở trạng thái tạm dừng chờ bổ sung',
    );
    await transition(trx, ctx, null, dossier, {
      action: 'supplement',
      changes,
      step: step?.position ?? null,
      ...history,
      data: { ...history.data, dueAt: changes.dueAt?.toISOString() ?? null },
    });
    return 'resumed';
  });
}
