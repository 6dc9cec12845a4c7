import { type Satisfaction, satisfactionLevels } from '@congso/one-stop';
import { z } from '../../platform/http/zod-vietnamese.ts';

// The contract the staff side reads: the applicant's rating, carried by the dossier's detail (`GET
// /api/dossiers/:id`). The portal's own forms are HTML and are read in `forms.ts`.

export const dossierRating = z
  .object({
    satisfaction: z
      .enum(satisfactionLevels as [Satisfaction, ...Satisfaction[]])
      .describe('Hài lòng, bình thường, không hài lòng (chỉ số QĐ 766/QĐ-TTg)'),
    score: z.number().int().min(1).max(5).nullable().describe('Thang điểm 1–5, nếu người nộp chấm'),
    comment: z.string().nullable().describe('Ý kiến của người nộp'),
    ratedAt: z.iso.datetime({ offset: true }),
  })
  .describe('Đánh giá mức độ hài lòng của người nộp hồ sơ, sau khi có kết quả (một lần)');
export type DossierRatingView = z.infer<typeof dossierRating>;
