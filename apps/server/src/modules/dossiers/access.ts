import { type Expression, type SqlBool, sql } from 'kysely';
import { type Actor, type AgencyScope, can, scopeOf } from '../../platform/auth/actor.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import { agencyInScope } from '../../platform/auth/scope-sql.ts';
import type { Executor } from '../../platform/db/database.ts';
import { forbidden, notFound } from '../../platform/http/problem.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import type { DossierRow, DossierStepRow } from './repository.ts';
import * as repo from './repository.ts';

/**
 * Who sees a dossier, and who may move it. Dossiers hold personal data, so nobody sees more than their work
 * needs: the receiving agency's counter and readers see its dossiers; an agency a step goes to (its
 * handlers, approvers and readers) sees the dossiers that pass through it. Anything else answers 404.
 */
export interface DossierViewer {
  userId: string;
  /** SQL over `va` (agencies): the viewer sees every dossier received there. */
  atReceivingAgency: Expression<SqlBool>;
  /** SQL over `va` (agencies): the viewer works at this handler agency. */
  atHandlerAgency: Expression<SqlBool>;
}

/** The union of several scopes (held through any of several permissions). */
export function unionScope(scopes: readonly AgencyScope[]): AgencyScope {
  if (scopes.some((s) => s.all)) return { all: true };
  const exact = new Set<string>();
  const subtrees = new Set<string>();
  for (const s of scopes) {
    if (s.all) continue;
    for (const id of s.exact) exact.add(id);
    for (const id of s.subtrees) subtrees.add(id);
  }
  return { all: false, exact: [...exact], subtrees: [...subtrees] };
}

const scopeOfAny = (actor: Actor, permissions: readonly Permission[]) =>
  unionScope(permissions.map((p) => scopeOf(actor, p)));

const RECEIVING: Permission[] = ['dossiers.receive', 'dossiers.read_all'];
const HANDLING: Permission[] = ['dossiers.handle', 'dossiers.approve', 'dossiers.read_all'];

export function dossierViewerOf(actor: Actor): DossierViewer {
  return {
    userId: actor.userId,
    atReceivingAgency: agencyInScope(scopeOfAny(actor, RECEIVING), 'va.id', 'va.path'),
    atHandlerAgency: agencyInScope(scopeOfAny(actor, HANDLING), 'va.id', 'va.path'),
  };
}

/** The dossier if this person may see it; otherwise 404, so its existence is not revealed either. */
export async function visibleDossier(
  db: Executor,
  actor: Actor,
  id: string,
  lock = false,
): Promise<DossierRow> {
  const row = await repo.findVisibleDossier(db, dossierViewerOf(actor), id, lock);
  if (!row) throw notFound('Không tìm thấy hồ sơ');
  return row;
}

async function agencyPath(db: Executor, agencyId: string): Promise<string[]> {
  const agency = await findAgencyRef(db, agencyId);
  if (!agency) throw notFound('Không tìm thấy cơ quan');
  return agency.path;
}

/** Whether the actor works at the counter of the dossier's receiving agency (`dossiers.receive` there). */
export async function isCounter(db: Executor, actor: Actor, dossier: Pick<DossierRow, 'agencyId'>) {
  return can(actor, 'dossiers.receive', await agencyPath(db, dossier.agencyId));
}

/** The counter's work (receive, supplement, refuse, return): `dossiers.receive` at the receiving agency. */
export async function requireCounter(db: Executor, actor: Actor, dossier: Pick<DossierRow, 'agencyId'>) {
  if (!(await isCounter(db, actor, dossier)))
    throw forbidden('Chỉ bộ phận một cửa của cơ quan tiếp nhận được làm việc này');
}

/** The permission a step needs: approving needs `dossiers.approve`, every other step `dossiers.handle`. */
export function stepPermission(step: Pick<DossierStepRow, 'role'>): Permission {
  if (step.role === 'approve') return 'dossiers.approve';
  if (step.role === 'handle') return 'dossiers.handle';
  return 'dossiers.receive';
}

/**
 * Whether the actor may act on a step: the step's permission at its handler agency and, when the step was
 * handed to someone in particular, being that person (a leader approving there may still act).
 */
export async function mayActOnStep(db: Executor, actor: Actor, step: DossierStepRow): Promise<boolean> {
  const path = await agencyPath(db, step.handlerAgencyId);
  if (!can(actor, stepPermission(step), path)) return false;
  if (step.assigneeId === null || step.assigneeId === actor.userId) return true;
  return can(actor, 'dossiers.approve', path);
}

/** Where someone may act, by the permission a step needs (as `mayActOnStep` decides for one step). */
export interface ActingScopes {
  userId: string;
  receive: AgencyScope;
  handle: AgencyScope;
  approve: AgencyScope;
}

export function actingScopesOf(actor: Actor): ActingScopes {
  return {
    userId: actor.userId,
    receive: scopeOf(actor, 'dossiers.receive'),
    handle: scopeOf(actor, 'dossiers.handle'),
    approve: scopeOf(actor, 'dossiers.approve'),
  };
}

/**
 * `mayActOnStep` said in SQL, over the step aliased `step` (dossier_steps) and its handler agency aliased
 * `agency`: the step's permission at that agency, and the step handed to nobody in particular, to this
 * person, or the person approving there (a leader may still act).
 */
export function mayActOnStepSql(scopes: ActingScopes, step: string, agency: string): Expression<SqlBool> {
  const at = (scope: AgencyScope) => agencyInScope(scope, `${agency}.id`, `${agency}.path`);
  const role = sql.ref(`${step}.role`);
  const assignee = sql.ref(`${step}.assignee_id`);
  return sql<SqlBool>`(case ${role}
      when 'approve' then ${at(scopes.approve)}
      when 'handle' then ${at(scopes.handle)}
      else ${at(scopes.receive)} end
    and (${assignee} is null or ${assignee} = ${scopes.userId} or ${at(scopes.approve)}))`;
}

export async function requireStepHandler(db: Executor, actor: Actor, step: DossierStepRow): Promise<void> {
  if (!(await mayActOnStep(db, actor, step)))
    throw forbidden('Bạn không phải người xử lý bước này của hồ sơ');
}
