import { type DossierStatus, dossierStatusLabels, endedStatuses } from '@congso/one-stop';
import type { PublicDossierStatus } from '@congso/portal';
import { sql } from 'kysely';
import { type Executor, PREPARE } from '../../platform/db/database.ts';
import { timelinessNow } from '../dossiers/detail.ts';

/**
 * The public lookup of a dossier by its code. The columns read here are the only ones it ever shows: none
 * names the applicant, their papers, form or files, so the page cannot leak them whatever it renders.
 */
interface LookupRow {
  code: string;
  status: DossierStatus;
  submittedAt: Date;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  dueAt: Date | null;
  pausedSince: Date | null;
  completedAt: Date | null;
  returnedAt: Date | null;
  procedureCode: string;
  procedureName: string;
  agencyName: string;
  stepName: string | null;
  stepAgencyName: string | null;
  stepDepartmentName: string | null;
}

/**
 * One dossier by its exact code (unique index): the answer of a QR code, so a prepared statement written as
 * SQL text — the same text every time, planned once per connection, nothing for the server to build.
 */
export async function lookupDossier(
  db: Executor,
  code: string,
  now: Date,
): Promise<PublicDossierStatus | undefined> {
  const { rows } = await sql<LookupRow>`select ${PREPARE} d.code, d.status, d.submitted_at, d.received_at,
      d.appointment_at, d.due_at, d.paused_since, d.completed_at, d.returned_at,
      p.code as procedure_code, p.name as procedure_name, a.name as agency_name,
      s.name as step_name, sa.name as step_agency_name, sd.name as step_department_name
    from dossiers d
    join procedures p on p.id = d.procedure_id
    join agencies a on a.id = d.agency_id
    left join dossier_steps s on s.dossier_id = d.id and s.position = d.current_step
    left join agencies sa on sa.id = s.handler_agency_id
    left join departments sd on sd.id = s.handler_department_id
    where d.code = ${code}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const status = row.status;
  return {
    code: row.code,
    statusLabel: dossierStatusLabels[status],
    ended: endedStatuses.has(status),
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    agencyName: row.agencyName,
    submittedAt: row.submittedAt,
    receivedAt: row.receivedAt,
    appointmentAt: row.appointmentAt,
    currentStep:
      row.stepName && row.stepAgencyName
        ? {
            name: row.stepName,
            unit: row.stepDepartmentName
              ? `${row.stepDepartmentName}, ${row.stepAgencyName}`
              : row.stepAgencyName,
          }
        : null,
    timeliness: timelinessNow({ ...row, status }, now),
    completedAt: row.completedAt,
    returnedAt: row.returnedAt,
  };
}
