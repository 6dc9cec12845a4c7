import { ratingScoreLabels, satisfactionLabels, satisfactionLevels } from '@congso/one-stop';
import { formatDateTime } from '../format.ts';
import { fieldDescribedBy, fieldError } from '../forms/field-parts.ts';
import { html, type Raw } from '../html.ts';
import { myDossierFields } from './fields.ts';
import type { FormState, MyDossierDetail, RatingValues } from './types.ts';

const {
  satisfaction: SATISFACTION_FIELD,
  satisfactionChoice: satisfactionChoiceId,
  score: SCORE_FIELD,
  scoreChoice: scoreChoiceId,
  comment: COMMENT_FIELD,
} = myDossierFields;
const scores = [5, 4, 3, 2, 1] as const;

/**
 * The satisfaction rating (QĐ 766/QĐ-TTg), once the result is ready: satisfied / normal / not satisfied, an
 * optional 1–5 score and comment; given once, then shown.
 */
export function ratingSection(d: MyDossierDetail, state: FormState<RatingValues> | undefined): Raw {
  if (d.rating)
    return html`<section aria-labelledby="danh-gia">
  <h2 id="danh-gia">Đánh giá mức độ hài lòng</h2>
  <p>Bạn đã đánh giá lúc ${formatDateTime(d.rating.ratedAt)}: <strong>${satisfactionLabels[d.rating.satisfaction]}</strong>${
    d.rating.score ? html`, điểm ${d.rating.score}/5` : ''
  }.</p>
  ${d.rating.comment ? html`<p>Ý kiến: ${d.rating.comment}</p>` : ''}
  <p class="muted">Cảm ơn bạn. Đánh giá được tính vào chỉ số mức độ hài lòng của cơ quan.</p>
</section>`;
  if (!d.mayRate) return html``;
  const errors = state?.errors ?? {};
  const values = state?.values ?? { satisfaction: '', score: '', comment: '' };
  const levelError = errors[satisfactionChoiceId('satisfied')];
  const scoreError = errors[scoreChoiceId(5)];
  return html`<section class="task" aria-labelledby="danh-gia">
  <h2 id="danh-gia">Đánh giá mức độ hài lòng</h2>
  <form method="post" action="/ho-so-cua-toi/${d.id}/danh-gia" novalidate>
    <fieldset>
      <legend>Bạn có hài lòng với việc tiếp nhận, giải quyết hồ sơ này không?</legend>
      ${fieldError(satisfactionChoiceId('satisfied'), levelError)}
      ${satisfactionLevels.map(
        (level) => html`<div class="choice">
        <input type="radio" id="${satisfactionChoiceId(level)}" name="${SATISFACTION_FIELD}" value="${level}"${values.satisfaction === level ? html` checked` : ''}${fieldDescribedBy(satisfactionChoiceId('satisfied'), levelError)}>
        <label for="${satisfactionChoiceId(level)}">${satisfactionLabels[level]}</label>
      </div>`,
      )}
    </fieldset>
    <fieldset>
      <legend>Chấm điểm từ 1 đến 5 (không bắt buộc)</legend>
      ${fieldError(scoreChoiceId(5), scoreError)}
      ${scores.map(
        (score) => html`<div class="choice">
        <input type="radio" id="${scoreChoiceId(score)}" name="${SCORE_FIELD}" value="${score}"${values.score === String(score) ? html` checked` : ''}${fieldDescribedBy(scoreChoiceId(5), scoreError)}>
        <label for="${scoreChoiceId(score)}">${score} – ${ratingScoreLabels[score]}</label>
      </div>`,
      )}
    </fieldset>
    <div class="field">
      <label for="${COMMENT_FIELD}">Ý kiến của bạn (không bắt buộc)</label>
      ${fieldError(COMMENT_FIELD, errors[COMMENT_FIELD])}
      <textarea id="${COMMENT_FIELD}" name="${COMMENT_FIELD}" rows="3" maxlength="2000"${fieldDescribedBy(COMMENT_FIELD, errors[COMMENT_FIELD])}>${values.comment}</textarea>
    </div>
    <button type="submit">Gửi đánh giá</button>
  </form>
</section>`;
}
