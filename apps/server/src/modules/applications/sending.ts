import type { DraftProblems } from '@congso/portal';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { Problem } from '../../platform/http/problem.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import type { OfferedProcedureRow } from '../dossiers/receiving-repository.ts';
import { draftDocuments, draftProblems, problemCount } from './checks.ts';
import { formOf } from './draft-view.ts';
import { saveDraft } from './drafts.ts';
import type { FormWithUploads } from './form-with-uploads.ts';
import { onlineProcedure } from './offering.ts';
import { actionOf, draftChangesFrom } from './post.ts';
import { type ApplicationRow, filesOf } from './repository.ts';
import { submitDraft } from './submission.ts';

/**
 * What becomes of a draft page sent with "Lưu bản nháp" or "Nộp hồ sơ". Whatever was typed and every file
 * that passed its checks is saved first, so nothing is lost when the page comes back with problems. Then:
 * a save is done unless answers given are wrong; a submission is checked as a whole (everything there, the
 * procedure still offered online here) and, if nothing is wrong, submitted once (`submitDraft`).
 */
export type SendOutcome =
  | { kind: 'saved' }
  | { kind: 'submitted'; dossierId: string }
  | { kind: 'problems'; problems: DraftProblems; notice: string }
  | { kind: 'gone' };

export async function sendDraft(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  applicant: Applicant,
  draft: ApplicationRow,
  procedure: OfferedProcedureRow,
  post: FormWithUploads,
): Promise<SendOutcome> {
  const documents = draftDocuments(procedure);
  const changes = draftChangesFrom(post, formOf(procedure), draft);
  const kept = [...post.uploads].flatMap(([index, upload]) =>
    upload.ok ? [{ requirement: documents[index]!.name, file: upload.file }] : [],
  );
  const saved = await saveDraft(db, blobs, ctx, applicant, draft.id, changes, kept);
  if (saved.state === 'gone') return { kind: 'gone' };
  if (saved.state === 'submitted') return { kind: 'submitted', dossierId: saved.row.dossierId! };

  const mode = actionOf(post);
  const filed = new Set((await filesOf(db, draft.id)).map((f) => f.requirement));
  const under = { ...changes, applicantKind: draft.applicantKind };
  const problems = draftProblems(procedure, under, filed, post.uploads, mode);
  if (mode === 'save')
    return problemCount(problems) === 0
      ? { kind: 'saved' }
      : {
          kind: 'problems',
          problems,
          notice: 'Đã lưu bản nháp. Một số thông tin chưa đúng, hãy sửa trước khi nộp hồ sơ.',
        };

  const notice = 'Hồ sơ chưa được nộp. Những gì bạn đã nhập và các tệp hợp lệ đã được lưu vào bản nháp.';
  try {
    await onlineProcedure(db, draft.procedureId, draft.agencyId);
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    problems.other.push(error.detail ?? error.title);
  }
  if (problemCount(problems) > 0) return { kind: 'problems', problems, notice };
  try {
    const submitted = await submitDraft(db, ctx, applicant, draft.id);
    return submitted ? { kind: 'submitted', dossierId: submitted.dossierId } : { kind: 'gone' };
  } catch (error) {
    // the back office's own checks refused what ours let through (the procedure changed meanwhile)
    if (!(error instanceof Problem)) throw error;
    problems.other.push(...(error.errors?.map((e) => e.detail) ?? [error.detail ?? error.title]));
    return { kind: 'problems', problems, notice };
  }
}
