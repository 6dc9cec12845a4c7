import { errorSummary, type FormProblem } from '../forms/error-summary.ts';
import { html, type Raw } from '../html.ts';
import { applicantSection, deliverySection, documentsSection } from './draft-sections.ts';
import { applicationFormFields, problemsByField } from './form-fields.ts';
import { ACTION, applicantId, documentId, fieldId, POSTAL_ADDRESS_ID } from './form-names.ts';
import type { ApplicantDetail, DraftView } from './types.ts';

const detailOrder: ApplicantDetail[] = ['name', 'idNumber', 'phone', 'email', 'address'];

/** The error summary's entries in the order of the page, each linking to its control. */
function summaryItems(view: DraftView): FormProblem[] {
  const problems = view.problems;
  if (!problems) return [];
  const items: FormProblem[] = [];
  for (const detail of detailOrder) {
    const message = problems.applicant[detail];
    if (message) items.push({ field: applicantId(detail), message });
  }
  if (view.form) {
    const { byField, other } = problemsByField(view.form, problems.form);
    for (const [pointer, messages] of byField)
      for (const message of messages) items.push({ field: fieldId(pointer), message });
    for (const message of other) items.push({ field: undefined, message });
  } else for (const p of problems.form) items.push({ field: undefined, message: p.message });
  for (const doc of view.documents) {
    const message = problems.documents[doc.index];
    if (message) items.push({ field: documentId(doc.index), message: `${doc.name}: ${message}` });
  }
  if (problems.postalAddress) items.push({ field: POSTAL_ADDRESS_ID, message: problems.postalAddress });
  for (const message of problems.other) items.push({ field: undefined, message });
  return items;
}

function formSection(view: DraftView): Raw {
  if (!view.form) return html``;
  const { byField } = problemsByField(view.form, view.problems?.form ?? []);
  return html`<section class="section" aria-labelledby="application-form-title">
  <h2 id="application-form-title">${view.form.title}</h2>
  ${view.form.description ? html`<p class="hint">${view.form.description}</p>` : ''}
  ${applicationFormFields(view.form, view.formData, byField)}
</section>`;
}

/**
 * The draft of an application: who applies, the procedure's application form, a file for each required
 * document, how the result is to be received, and two buttons — save the draft (anything may still be
 * missing) or submit it (everything must be there). One multipart form, so files and answers travel
 * together; a file's remove button belongs to a small form of its own (its `form` attribute), so that
 * pressing Enter in a field saves the draft instead of removing the first file.
 */
export function draftPage(view: DraftView): Raw {
  const items = summaryItems(view);
  const action = `/ho-so-nhap/${view.id}`;
  return html`
<p class="back"><a href="/ho-so-nhap">Hồ sơ nháp của tôi</a></p>
<h1>Nộp hồ sơ trực tuyến: ${view.procedure.name}</h1>
<p class="muted">Mã thủ tục ${view.procedure.code} · Nơi tiếp nhận: ${view.agencyName}</p>
${view.notice ? html`<div class="notice" role="status"><p>${view.notice}</p></div>` : ''}
${errorSummary(items, { heading: `Có ${items.length} chỗ cần sửa` })}
<form class="application" method="post" action="${action}" enctype="multipart/form-data" novalidate>
  ${applicantSection(view)}
  ${formSection(view)}
  ${documentsSection(view)}
  ${deliverySection(view)}
  <div class="actions">
    <button type="submit" name="${ACTION}" value="save" class="secondary">Lưu bản nháp</button>
    <button type="submit" name="${ACTION}" value="submit">Nộp hồ sơ</button>
  </div>
</form>
${view.documents
  .filter((doc) => doc.file)
  .map(
    (doc) =>
      html`<form id="remove-file-${doc.index}" method="post" action="${action}/tep/${doc.index}/go"></form>`,
  )}`;
}
