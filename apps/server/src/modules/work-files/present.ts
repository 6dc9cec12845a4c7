import { archiveFileCode, NotationError, retentionText } from '@congso/nd30';
import type { PlanEntryRow, WorkFileRow } from './repository.ts';
import type { PlanEntry, WorkFileSummary } from './schema.ts';

/** Mã hồ sơ for the archive, when the agency has its mã định danh (agencies outside QCVN 102 have none). */
export function archiveCodeOf(agencyCode: string | null, year: number, code: string): string | null {
  if (!agencyCode) return null;
  try {
    return archiveFileCode(agencyCode, year, code);
  } catch (error) {
    if (error instanceof NotationError) return null;
    throw error;
  }
}

/** What an entry and a file both say of their keeping: how long, by whom, in which unit. */
function keeping(
  row: Pick<PlanEntryRow, 'retentionYears' | 'ownerUserId' | 'ownerName' | 'departmentId' | 'departmentName'>,
) {
  return {
    retentionYears: row.retentionYears,
    retentionText: retentionText(row.retentionYears),
    owner: { id: row.ownerUserId, name: row.ownerName },
    department: row.departmentId ? { id: row.departmentId, name: row.departmentName ?? '' } : null,
  };
}

export function toPlanEntry(row: PlanEntryRow, workFile: PlanEntry['workFile']): PlanEntry {
  return {
    id: row.id,
    agencyId: row.agencyId,
    year: row.year,
    heading: row.heading,
    code: row.code,
    title: row.title,
    ...keeping(row),
    note: row.note,
    workFile,
  };
}

export function toWorkFileSummary(row: WorkFileRow): WorkFileSummary {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    year: row.year,
    code: row.code,
    archiveCode: archiveCodeOf(row.agencyCode, row.year, row.code),
    title: row.title,
    ...keeping(row),
    planEntryId: row.planEntryId,
    status: row.status as WorkFileSummary['status'],
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    documentCount: row.documentCount ?? 0,
  };
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The number a section heading starts with, Roman ("IV. Tổ chức") or Arabic ("2. Kế toán"), if any. */
function headingNumber(heading: string): number | undefined {
  const roman = /^([IVXLC]+)[.\s]/.exec(heading)?.[1];
  if (roman) {
    let total = 0;
    for (let i = 0; i < roman.length; i++) {
      const value = ROMAN[roman[i]!]!;
      total += value < (ROMAN[roman[i + 1] ?? ''] ?? 0) ? -value : value;
    }
    return total;
  }
  const arabic = /^(\d+)[.\s]/.exec(heading)?.[1];
  return arabic ? Number(arabic) : undefined;
}

const natural = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });

/**
 * Plan order: entries without a section first, then section by section in the order their headings are
 * numbered (I, II, … IX, X), then by code with its numbers read as numbers (`2.TH` before `10.TH`). Codes
 * restart in each section (`01.TH`, `01.TCCB`), so the section comes before the code.
 */
export function planOrder(
  a: { heading: string | null; code: string },
  b: { heading: string | null; code: string },
) {
  if (a.heading !== b.heading) {
    if (a.heading === null) return -1;
    if (b.heading === null) return 1;
    const [x, y] = [headingNumber(a.heading), headingNumber(b.heading)];
    if (x !== undefined && y !== undefined && x !== y) return x - y;
    if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
    return natural(a.heading, b.heading);
  }
  return natural(a.code, b.code);
}

/** The fields a change touches, before and after, for the audit entry. */
export function changesOf<T extends object>(before: T, after: Partial<T>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = before[key as keyof T];
    if (to !== undefined && from !== to) changes[key] = { from, to };
  }
  return changes;
}
