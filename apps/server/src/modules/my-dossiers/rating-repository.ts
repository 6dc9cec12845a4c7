import type { RatingScore, Satisfaction } from '@congso/one-stop';
import type { Executor } from '../../platform/db/database.ts';
import type { DossierRatingView } from './schema.ts';

// The SQL of ratings (`dossier_ratings`, one per dossier). Kept apart from the rest of the module: the
// staff detail of a dossier reads a rating through `ratingOf`, and nothing here reaches back into dossiers.

export interface NewRating {
  dossierId: string;
  ratedBy: string;
  satisfaction: Satisfaction;
  score: RatingScore | null;
  comment: string | null;
  ratedAt: Date;
}

/** The dossier's rating, or null while it has none. */
export async function ratingOf(db: Executor, dossierId: string): Promise<DossierRatingView | null> {
  const row = await db
    .selectFrom('dossierRatings')
    .select(['satisfaction', 'score', 'comment', 'ratedAt'])
    .where('dossierId', '=', dossierId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    satisfaction: row.satisfaction as Satisfaction,
    score: row.score,
    comment: row.comment,
    ratedAt: row.ratedAt.toISOString(),
  };
}

/** Records a rating; false when the dossier was rated already (a dossier is rated once). */
export async function insertRating(trx: Executor, rating: NewRating): Promise<boolean> {
  const inserted = await trx
    .insertInto('dossierRatings')
    .values(rating)
    .onConflict((oc) => oc.column('dossierId').doNothing())
    .returning('dossierId')
    .executeTakeFirst();
  return inserted !== undefined;
}
