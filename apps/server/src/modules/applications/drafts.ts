import { recordAudit } from '../../platform/audit/recorder.ts';
import type { Applicant } from '../../platform/auth/applicant-session.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { findApplicantProfile } from '../applicant-accounts/profile.ts';
import { insertBlobRecord } from '../documents/repository.ts';
import {
  type ApplicationRow,
  type DraftChanges,
  deleteApplication,
  deleteUnusedBlobs,
  filesOf,
  findApplication,
  openDraft,
  putFile,
  removeFile,
  touchDraft,
  updateDraft,
} from './repository.ts';
import type { KeptUpload } from './uploads.ts';

/**
 * The applicant's drafts: started (or continued) for a procedure at an agency, saved as often as wanted,
 * files replaced or removed, deleted. Each change locks the draft, so it cannot race its own submission,
 * and is audited with the applicant as the one who acted. Blobs a draft no longer needs are deleted with
 * their records, the bytes once the transaction has committed.
 */

const as = (applicant: Applicant) => ({ userId: applicant.userId, name: applicant.username });

/** A draft of the applicant's own that is still a draft, locked; otherwise what it became. */
export type Locked =
  | { state: 'draft'; row: ApplicationRow }
  | { state: 'submitted'; row: ApplicationRow }
  | { state: 'gone' };

async function lockDraft(trx: Executor, id: string, applicant: Applicant): Promise<Locked> {
  const row = await findApplication(trx, id, applicant.userId, { lock: true });
  if (!row) return { state: 'gone' };
  return row.status === 'draft' ? { state: 'draft', row } : { state: 'submitted', row };
}

async function deleteBytes(blobs: BlobStore, keys: string[]): Promise<void> {
  await Promise.all(keys.map((key) => blobs.delete(key).catch(() => undefined)));
}

/**
 * The applicant's open draft of the procedure at the agency, created when there is none with the details
 * of their profile filled in.
 */
export async function startDraft(
  db: Database,
  ctx: RequestContext,
  applicant: Applicant,
  procedure: { id: string; code: string },
  agencyId: string,
): Promise<string> {
  const profile = await findApplicantProfile(db, applicant.userId);
  return db.transaction().execute(async (trx) => {
    const draft = await openDraft(trx, {
      applicantId: applicant.userId,
      procedureId: procedure.id,
      agencyId,
      applicantKind: profile?.kind ?? applicant.kind,
      applicantName: (profile?.displayName ?? applicant.displayName).slice(0, 300),
      applicantIdNumber: profile?.idNumber ?? '',
      applicantPhone: profile?.phone ?? '',
      applicantEmail: profile?.email ?? '',
      applicantAddress: profile?.address ?? '',
    });
    if (draft.created)
      await recordAudit(trx, ctx, {
        action: 'applications.draft.create',
        targetType: 'application',
        targetId: draft.id,
        summary: { procedure: procedure.code, agencyId },
        as: as(applicant),
      });
    return draft.id;
  });
}

/**
 * Saves what the page sent: the answers as typed and the files that passed their checks (each replacing the
 * document's earlier file). A draft already submitted (a second click on "Nộp hồ sơ") or gone is left as
 * it is, and the new files are forgotten.
 */
export async function saveDraft(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  applicant: Applicant,
  id: string,
  changes: DraftChanges,
  files: { requirement: string; file: KeptUpload }[],
): Promise<Locked> {
  let unused: string[] = [];
  let locked: Locked;
  try {
    locked = await db.transaction().execute(async (trx) => {
      const draft = await lockDraft(trx, id, applicant);
      if (draft.state !== 'draft') return draft;
      await updateDraft(trx, id, changes);
      const replaced: string[] = [];
      for (const { requirement, file } of files) {
        const blobId = await insertBlobRecord(trx, {
          storageKey: file.key,
          sha256: file.sha256,
          size: file.size,
          contentType: file.mediaType,
          filename: file.fileName,
          createdBy: applicant.userId,
        });
        const before = await putFile(trx, id, requirement, blobId);
        if (before) replaced.push(before);
      }
      unused = await deleteUnusedBlobs(trx, replaced);
      await recordAudit(trx, ctx, {
        action: 'applications.draft.save',
        targetType: 'application',
        targetId: id,
        summary: {
          files: files.map((f) => ({
            requirement: f.requirement,
            fileName: f.file.fileName,
            sha256: f.file.sha256,
          })),
        },
        as: as(applicant),
      });
      return draft;
    });
  } catch (error) {
    await deleteBytes(
      blobs,
      files.map((f) => f.file.key),
    );
    throw error;
  }
  if (locked.state !== 'draft')
    await deleteBytes(
      blobs,
      files.map((f) => f.file.key),
    );
  await deleteBytes(blobs, unused);
  return locked;
}

/** Removes the file of one required document from a draft. */
export async function removeDraftFile(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  applicant: Applicant,
  id: string,
  requirement: string,
): Promise<Locked> {
  let unused: string[] = [];
  const locked = await db.transaction().execute(async (trx) => {
    const draft = await lockDraft(trx, id, applicant);
    if (draft.state !== 'draft') return draft;
    const blobId = await removeFile(trx, id, requirement);
    if (!blobId) return draft;
    await touchDraft(trx, id);
    unused = await deleteUnusedBlobs(trx, [blobId]);
    await recordAudit(trx, ctx, {
      action: 'applications.draft.remove_file',
      targetType: 'application',
      targetId: id,
      summary: { requirement },
      as: as(applicant),
    });
    return draft;
  });
  await deleteBytes(blobs, unused);
  return locked;
}

/** Deletes a draft and its files for good. */
export async function deleteDraft(
  db: Database,
  blobs: BlobStore,
  ctx: RequestContext,
  applicant: Applicant,
  id: string,
): Promise<Locked> {
  let unused: string[] = [];
  const locked = await db.transaction().execute(async (trx) => {
    const draft = await lockDraft(trx, id, applicant);
    if (draft.state !== 'draft') return draft;
    const files = await filesOf(trx, id);
    await deleteApplication(trx, id);
    unused = await deleteUnusedBlobs(
      trx,
      files.map((f) => f.blobId),
    );
    await recordAudit(trx, ctx, {
      action: 'applications.draft.delete',
      targetType: 'application',
      targetId: id,
      summary: { procedureId: draft.row.procedureId, files: files.length },
      as: as(applicant),
    });
    return draft;
  });
  await deleteBytes(blobs, unused);
  return locked;
}
