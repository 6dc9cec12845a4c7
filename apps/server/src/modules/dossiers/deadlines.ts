import { vietnamDay } from '@congso/one-stop';
import { sql } from 'kysely';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { dueAt } from '../calendar/index.ts';
import { actorOf } from '../documents/access.ts';
import { type Notice, notify } from '../notifications/notify.ts';
import { actingScopesOf, mayActOnStepSql } from './access.ts';
import { dossierLink } from './processing-notices.ts';
import { type DeadlineRow, dueActiveSteps, stepHandlers } from './processing-repository.ts';

/**
 * Warnings before the due date: the steps and dossiers due within one working day, and those overdue, for
 * the people who may act on them — as a list (`GET /api/dossiers/deadlines`) and as notices sent by a job
 * every morning (and when the worker starts), once a day per step.
 */

export const DEADLINE_NOTICES_JOB = 'dossiers.deadline-notices';
/** Every working morning before the offices open (Asia/Ho_Chi_Minh). */
const DEADLINE_NOTICES_CRON = '0 7 * * *';
/** How far ahead a due date warns: one working day. */
const WARNING = { days: 1 };

export type DeadlineState = 'overdue' | 'due_soon';

const past = (instant: Date | null, now: Date) => instant !== null && instant.getTime() < now.getTime();

function stateOf(row: DeadlineRow, now: Date): DeadlineState {
  return past(row.stepDueAt, now) || past(row.dossierDueAt, now) ? 'overdue' : 'due_soon';
}

/** The steps waiting for me (I may act on them) that are due within a working day or overdue. */
export async function myDeadlines(db: Database, ctx: RequestContext, now = new Date()) {
  const actor = actorOf(ctx);
  const until = await dueAt(db, actor.agencyId, now, WARNING);
  const rows = await dueActiveSteps(db, until, mayActOnStepSql(actingScopesOf(actor), 's', 'ha'));
  return {
    at: now.toISOString(),
    until: until.toISOString(),
    items: rows.map((row) => ({
      state: stateOf(row, now),
      dossier: {
        id: row.dossierId,
        code: row.code,
        status: row.status,
        applicantName: row.applicantName,
        procedureName: row.procedureName,
        dueAt: row.dossierDueAt.toISOString(),
        appointmentAt: row.appointmentAt?.toISOString() ?? null,
      },
      step: {
        position: row.stepPosition,
        name: row.stepName,
        role: row.stepRole,
        dueAt: row.stepDueAt?.toISOString() ?? null,
        overdue: past(row.stepDueAt, now),
      },
    })),
  };
}

/** The start of the Vietnamese calendar day of `now` (UTC+7). */
const startOfDay = (now: Date) => new Date(vietnamDay(now) * 86_400_000 - 7 * 3_600_000);

const time = (instant: Date) =>
  instant.toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });

function noticeOf(row: DeadlineRow, now: Date): Omit<Notice, 'userId'> {
  const overdue = stateOf(row, now) === 'overdue';
  const due = row.stepDueAt && row.stepDueAt < row.dossierDueAt ? row.stepDueAt : row.dossierDueAt;
  return {
    kind: overdue ? 'dossier_overdue' : 'dossier_due_soon',
    title: overdue
      ? `Hồ sơ ${row.code} đã quá hạn (bước “${row.stepName}”)`
      : `Hồ sơ ${row.code} sắp đến hạn (bước “${row.stepName}”)`,
    body: `${row.procedureName} — ${row.applicantName}. Hạn: ${time(due)}`,
    link: dossierLink(row.dossierId),
  };
}

/**
 * Tells the people handling each step due within a working day (or overdue): the person it was handed to,
 * or else everyone who may take it at its agency (its department). Idempotent over a day: a notice already
 * sent today for the same step and state is not sent again, and runs on several nodes queue on a lock.
 * Returns how many steps were looked at.
 */
export async function noticeDeadlines(db: Database, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${DEADLINE_NOTICES_JOB}))`.execute(trx);
    const until = await dueAt(trx, null, now, WARNING);
    const rows = await dueActiveSteps(trx, until, undefined, 5000);
    const notices: Notice[] = [];
    // steps of many dossiers share a unit and role: ask who may take them once per unit and role in the run
    const handlers = new Map<string, string[]>();
    const handlersOf = async (row: (typeof rows)[number]) => {
      const key = `${row.stepRole}|${row.handlerAgencyId}|${row.handlerDepartmentId}`;
      let ids = handlers.get(key);
      if (!ids) {
        const found = await stepHandlers(trx, {
          role: row.stepRole,
          handlerAgencyId: row.handlerAgencyId,
          handlerDepartmentId: row.handlerDepartmentId,
        });
        ids = found.map((h) => h.id);
        handlers.set(key, ids);
      }
      return ids;
    };
    for (const row of rows) {
      const people = row.assigneeId ? [row.assigneeId] : await handlersOf(row);
      const notice = noticeOf(row, now);
      for (const userId of people) notices.push({ ...notice, userId });
    }
    await notify(trx, notices, { since: startOfDay(now) });
    return rows.length;
  });
}

/** The worker's part: every morning, and once when it starts (a worker down at 07:00 still warns). */
export async function registerDossierJobs(jobs: JobQueue, deps: { db: Database }): Promise<void> {
  await jobs.work(DEADLINE_NOTICES_JOB, async () => {
    await noticeDeadlines(deps.db);
  });
  await jobs.schedule(DEADLINE_NOTICES_JOB, DEADLINE_NOTICES_CRON);
  await jobs.send(DEADLINE_NOTICES_JOB, {}, { singletonKey: 'on-start' });
}
