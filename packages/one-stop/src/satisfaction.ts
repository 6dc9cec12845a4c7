import type { DossierStatus } from './lifecycle.ts';

/**
 * The applicant's rating of how their dossier was received and handled, as the QĐ 766/QĐ-TTg indicator
 * "Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính" (group 5, up to 6 points) counts it:
 * satisfied, normal or not satisfied, once per dossier, after its result is ready. The share satisfied is
 * the satisfied ratings over all ratings (reference §3.7; the official formula is [UNCONFIRMED]).
 */
export type Satisfaction = 'satisfied' | 'normal' | 'unsatisfied';

export const satisfactionLevels: readonly Satisfaction[] = ['satisfied', 'normal', 'unsatisfied'];

export const satisfactionLabels: Record<Satisfaction, string> = {
  satisfied: 'Hài lòng',
  normal: 'Bình thường',
  unsatisfied: 'Không hài lòng',
};

/** An optional finer answer beside the three levels: 1 (very poor) to 5 (very good). */
export type RatingScore = 1 | 2 | 3 | 4 | 5;

export const ratingScoreLabels: Record<RatingScore, string> = {
  1: 'Rất kém',
  2: 'Kém',
  3: 'Trung bình',
  4: 'Tốt',
  5: 'Rất tốt',
};

/** A dossier may be rated once its result is ready (chờ trả kết quả) or handed back, not before. */
export const ratableStatuses: ReadonlySet<DossierStatus> = new Set(['result_ready', 'returned']);
