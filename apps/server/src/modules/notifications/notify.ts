import type { Executor } from '../../platform/db/database.ts';
import * as repo from './repository.ts';

/** What happened, e.g. 'task_assigned', 'task_returned', 'document_delivered' (the list: README.md). */
export type NoticeKind = string;

/** One in-app notification for one person. */
export interface Notice {
  userId: string;
  kind: NoticeKind;
  /** Vietnamese, one line, e.g. "Bạn được giao xử lý văn bản 05/QĐ-UBND" */
  title: string;
  body?: string | null;
  /** a staff-app path, e.g. `/documents/<id>` */
  link: string;
  /** the document the notice is about: the notice is listed only while its person may see that document */
  documentId?: string | null;
}

/** `text` cut to `max` characters, an ellipsis marking the cut. */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const keyOf = (n: Notice) => `${n.userId}|${n.kind}|${n.documentId ?? `title:${n.title}`}`;

/**
 * Inserts the notices in the caller's transaction (so a rolled-back step notifies nobody). Skips duplicates
 * of the same user+kind+document within the same transaction: a step that reaches someone twice (as the
 * person named and as head of the department named, say) tells them once. Notices about no document are
 * duplicates when their titles are the same too. `since` widens that to every notice written since then: a
 * reminder sent by a recurring job (a dossier due tomorrow) is sent once a day however often the job runs.
 */
export async function notify(db: Executor, notices: Notice[], options: { since?: Date } = {}): Promise<void> {
  const unique = new Map<string, Notice>();
  for (const n of notices) if (!unique.has(keyOf(n))) unique.set(keyOf(n), n);
  if (unique.size === 0) return;
  await repo.insertNotices(
    db,
    [...unique.values()].map((n) => ({
      userId: n.userId,
      kind: n.kind,
      title: clip(n.title, 500),
      body: n.body ? clip(n.body, 2000) : null,
      link: n.link,
      documentId: n.documentId ?? null,
    })),
    options.since,
  );
}

/**
 * Everyone who registers documents for that agency (holders of documents.register there): the clerks.
 * `except` leaves out the person acting, who needs no notice of their own step.
 */
export async function notifyAgencyClerks(
  db: Executor,
  agencyId: string,
  notice: Omit<Notice, 'userId'>,
  options: { except?: string | null | undefined } = {},
): Promise<void> {
  const clerks = await repo.agencyClerks(db, agencyId);
  await notify(
    db,
    clerks.filter((id) => id !== options.except).map((userId) => ({ ...notice, userId })),
  );
}
