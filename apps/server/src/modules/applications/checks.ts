import type { RequiredDocument } from '@congso/one-stop';
import type { ApplicantDetails, DraftProblems } from '@congso/portal';
import { applicantInput } from '../dossiers/schema.ts';
import { checkFormData } from '../procedures/form-check.ts';
import type { ApplicationRow, DraftChanges } from './repository.ts';
import type { UploadOutcome } from './uploads.ts';

/**
 * What is wrong with a draft, each problem at the place the page shows it. Saving (`save`) takes a draft
 * half done: only answers given and wrong are reported (a number that is not one, an id number too short),
 * besides files refused. Submitting (`submit`) needs everything: the applicant's details, the application
 * form as its schema says, a file for every required document, an address when the result goes by post.
 * The applicant's details follow the back office's own rules (`applicantInput`), the form `checkFormData`.
 */

export type CheckMode = 'save' | 'submit';

/** The required documents of a procedure, each name once (a name listed twice is one document). */
export function draftDocuments(procedure: { requiredDocuments: RequiredDocument[] }): RequiredDocument[] {
  const seen = new Set<string>();
  return procedure.requiredDocuments.filter((d) => !seen.has(d.name) && seen.add(d.name));
}

export function detailsOf(draft: DraftChanges): ApplicantDetails {
  return {
    name: draft.applicantName,
    idNumber: draft.applicantIdNumber,
    phone: draft.applicantPhone,
    email: draft.applicantEmail,
    address: draft.applicantAddress,
  };
}

export function noProblems(): DraftProblems {
  return { applicant: {}, form: [], documents: {}, other: [] };
}

export function problemCount(p: DraftProblems): number {
  return (
    Object.keys(p.applicant).length +
    p.form.length +
    Object.keys(p.documents).length +
    (p.postalAddress ? 1 : 0) +
    p.other.length
  );
}

function applicantProblems(
  kind: ApplicationRow['applicantKind'],
  details: ApplicantDetails,
  mode: CheckMode,
): DraftProblems['applicant'] {
  const problems: DraftProblems['applicant'] = {};
  const parsed = applicantInput.safeParse({
    kind,
    name: details.name,
    idNumber: details.idNumber,
    phone: details.phone || null,
    email: details.email || null,
    address: details.address || null,
  });
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const detail = issue.path[0] as keyof ApplicantDetails;
    // an empty answer is "missing", told below when it matters
    if (details[detail] && !problems[detail]) problems[detail] = issue.message;
  }
  if (mode === 'submit') {
    const citizen = kind === 'citizen';
    if (!details.name) problems.name = citizen ? 'Hãy nhập họ và tên' : 'Hãy nhập tên tổ chức, doanh nghiệp';
    if (!details.idNumber)
      problems.idNumber = citizen ? 'Hãy nhập số định danh cá nhân' : 'Hãy nhập mã số doanh nghiệp';
    if (!details.address) problems.address = citizen ? 'Hãy nhập địa chỉ liên hệ' : 'Hãy nhập địa chỉ trụ sở';
    if (!details.phone && !details.email)
      problems.phone = 'Hãy nhập số điện thoại hoặc thư điện tử để nhận thông báo về hồ sơ';
  }
  return problems;
}

type SchemaNode = Record<string, unknown>;

/** The schema with nothing required, for a draft that may still be missing answers. */
function withoutRequired(schema: SchemaNode): SchemaNode {
  const { required: _required, properties, ...rest } = schema;
  if (typeof properties !== 'object' || properties === null) return rest;
  return {
    ...rest,
    properties: Object.fromEntries(
      Object.entries(properties).map(([key, child]) => [
        key,
        (child as SchemaNode)?.type === 'object' ? withoutRequired(child as SchemaNode) : child,
      ]),
    ),
  };
}

function formProblems(
  schema: SchemaNode | null,
  data: Record<string, unknown>,
  mode: CheckMode,
  other: string[],
): DraftProblems['form'] {
  if (!schema) return [];
  try {
    const check = checkFormData(mode === 'submit' ? schema : withoutRequired(schema), data);
    return check.ok ? [] : check.problems;
  } catch {
    other.push('Biểu mẫu tờ khai của thủ tục chưa dùng được; vui lòng báo cơ quan tiếp nhận hồ sơ');
    return [];
  }
}

export interface DraftUnderCheck extends DraftChanges {
  applicantKind: ApplicationRow['applicantKind'];
}

export function draftProblems(
  procedure: { requiredDocuments: RequiredDocument[]; formSchema: SchemaNode | null },
  draft: DraftUnderCheck,
  /** The required documents that have a file now. */
  filed: ReadonlySet<string>,
  uploads: ReadonlyMap<number, UploadOutcome>,
  mode: CheckMode,
): DraftProblems {
  const problems = noProblems();
  problems.applicant = applicantProblems(draft.applicantKind, detailsOf(draft), mode);
  problems.form = formProblems(procedure.formSchema, draft.formData, mode, problems.other);
  draftDocuments(procedure).forEach((doc, index) => {
    const upload = uploads.get(index);
    if (upload && !upload.ok) problems.documents[index] = upload.message;
    else if (mode === 'submit' && doc.required && !filed.has(doc.name))
      problems.documents[index] = 'Chưa tải lên tệp cho thành phần hồ sơ bắt buộc này';
  });
  if (mode === 'submit' && draft.resultDelivery === 'post' && !draft.postalAddress)
    problems.postalAddress = 'Hãy nhập địa chỉ nhận kết quả qua bưu chính';
  return problems;
}
