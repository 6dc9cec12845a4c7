import { type RatingScore, ratableStatuses, type Satisfaction } from '@congso/one-stop';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/http/problem.ts';
import { findApplicantDossier } from '../dossiers/repository.ts';
import { recordNote } from '../dossiers/transition.ts';
import { insertRating } from './rating-repository.ts';
import { byApplicant } from './rules.ts';

export interface RatingInput {
  satisfaction: Satisfaction;
  score: RatingScore | null;
  comment: string | null;
}

/**
 * The applicant rates the service once the result is ready (QĐ 766/QĐ-TTg, "mức độ hài lòng"): once per
 * dossier (the table's key; the dossier row is locked, so two posts at once rate once), with a history line
 * (`rated`) and the audit entry, in one transaction.
 */
export async function rateDossier(
  db: Database,
  ctx: RequestContext,
  applicant: Applicant,
  id: string,
  input: RatingInput,
  now = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const dossier = await findApplicantDossier(trx, applicant.userId, id, true);
    if (!dossier) throw notFound('Không tìm thấy hồ sơ');
    if (!ratableStatuses.has(dossier.status))
      throw conflict('Chỉ đánh giá được sau khi hồ sơ đã có kết quả giải quyết');
    const rated = await insertRating(trx, {
      dossierId: id,
      ratedBy: applicant.userId,
      ...input,
      ratedAt: now,
    });
    if (!rated) throw conflict('Bạn đã đánh giá hồ sơ này; mỗi hồ sơ chỉ đánh giá một lần');
    await recordNote(trx, ctx, null, dossier, 'rated', {
      by: byApplicant(applicant),
      at: now,
      data: { satisfaction: input.satisfaction, score: input.score },
    });
  });
}
