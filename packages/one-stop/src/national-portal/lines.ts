import type { DossierStatus } from '../lifecycle.ts';
import type { PortalStatusKey } from './status-codes.ts';

/**
 * Which history lines of a dossier the National Public Service Portal hears of, and as what. Every line of
 * `dossier_events` reaches the sync; most call for nothing.
 *
 * - The dossier record (DongBoHoSoMC) when the dossier appears (its first line) or changes status, and when an
 *   apology (Mẫu 04) moves the appointment the portal shows.
 * - A progress record (CapNhatTienDoHoSoMC) for each handover between processing steps, as the control sheet
 *   (Mẫu 05) counts them: the receipt (the counter hands the dossier to the first handling step), each
 *   step forwarded, sent back or completed, and the result handed to the applicant.
 */

/** One history line, with who acted (their name and chức danh, for the progress record). */
export interface PortalLine {
  id: string;
  kind: string;
  at: Date;
  statusFrom: DossierStatus | null;
  statusTo: DossierStatus | null;
  step: number | null;
  toStep: number | null;
  note: string | null;
  data: Record<string, unknown>;
  actorName: string | null;
  actorTitle: string | null;
}

/** Lines that move the dossier from one step to another (or to the applicant). */
const HANDOVERS: ReadonlySet<string> = new Set(['forward', 'complete', 'send_back', 'return_result']);

/** Lines that change what the portal shows of the dossier without changing its status. */
const RECORD_CHANGES: ReadonlySet<string> = new Set(['apologise']);

/** The lines that may receive a dossier: at the counter, an online one accepted, a supplement completing it. */
const RECEIVING: ReadonlySet<string> = new Set(['receive', 'accept', 'supplement']);

/**
 * The line at which the dossier was received (the clock starts, Mẫu 01 issued), among `history` (in order):
 * the first receipt, acceptance or supplement — a dossier registered incomplete is received by the supplement
 * that completes it; a supplement after the receipt only resumes the dossier.
 */
export function receiptLine<T extends Pick<PortalLine, 'kind'>>(history: readonly T[]): T | undefined {
  return history.find((l) => RECEIVING.has(l.kind));
}

export interface PortalRecordsFor {
  /** Send the dossier record (DongBoHoSoMC). */
  dossier: boolean;
  /** Send a progress record (CapNhatTienDoHoSoMC). */
  progress: boolean;
}

/** What `line` calls for; `history` is the dossier's lines up to and including it, in order. */
export function portalRecordsFor(
  line: Pick<PortalLine, 'id' | 'kind' | 'statusFrom' | 'statusTo'>,
  history: readonly Pick<PortalLine, 'id' | 'kind'>[],
): PortalRecordsFor {
  const created = line.statusFrom === null;
  return {
    dossier: created || line.statusFrom !== line.statusTo || RECORD_CHANGES.has(line.kind),
    progress: HANDOVERS.has(line.kind) || receiptLine(history)?.id === line.id,
  };
}

/** What a line reports the dossier to be: its status after the line, `received` at the receipt. */
export function statusKeyOf(
  line: Pick<PortalLine, 'id' | 'statusTo'>,
  history: readonly Pick<PortalLine, 'id' | 'kind'>[],
): PortalStatusKey | undefined {
  if (receiptLine(history)?.id === line.id) return 'received';
  return line.statusTo ?? undefined;
}
