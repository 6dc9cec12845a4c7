import { dossierRecordProblems, progressRecordProblems } from './checks.ts';
import { type PortalLine, portalRecordsFor, receiptLine } from './lines.ts';
import {
  historyUpTo,
  type PortalDossierFacts,
  type PortalDossierRecord,
  type PortalProgressRecord,
  portalDossierRecord,
  portalProgressRecord,
} from './records.ts';
import type { PortalStatusCodes } from './status-codes.ts';

/** The portal's service names (the `service` of a request). */
export const PORTAL_DOSSIER_SERVICE = 'DongBoHoSoMC';
export const PORTAL_PROGRESS_SERVICE = 'CapNhatTienDoHoSoMC';

export type PortalMessage =
  | { service: typeof PORTAL_DOSSIER_SERVICE; record: PortalDossierRecord; problems: string[] }
  | { service: typeof PORTAL_PROGRESS_SERVICE; record: PortalProgressRecord; problems: string[] };

/**
 * What one history line sends, in the order it must go: the dossier record first (the portal must know the
 * dossier before its progress), then the progress record; each with the problems that keep it from going.
 * Empty when the line calls for nothing.
 *
 * `knownToPortal: false` says the portal has accepted no record of the dossier yet — its first lines were
 * written while the sync was off, or given up — so the line carries the dossier record (as of that line)
 * whatever it calls for: the dossier reaches the portal at its next line instead of never.
 */
export function portalMessages(
  facts: PortalDossierFacts,
  line: PortalLine,
  codes: PortalStatusCodes,
  options: { knownToPortal?: boolean } = {},
): PortalMessage[] {
  const history = historyUpTo(facts, line);
  const wanted = portalRecordsFor(line, history);
  const messages: PortalMessage[] = [];
  if (wanted.dossier || options.knownToPortal === false) {
    const received = receiptLine(history) !== undefined;
    const record = portalDossierRecord(facts, line, codes);
    messages.push({
      service: PORTAL_DOSSIER_SERVICE,
      record,
      problems: dossierRecordProblems(record, received),
    });
  }
  if (wanted.progress) {
    const record = portalProgressRecord(facts, line, codes);
    messages.push({ service: PORTAL_PROGRESS_SERVICE, record, problems: progressRecordProblems(record) });
  }
  return messages;
}

/**
 * The body of a request to the portal's service endpoint, as its clients send it: the session from the login
 * and the unit's code (mã định danh, `madonvi`) beside the service, `isUpdating` for the dossier record
 * ("False" the first time the portal hears of a dossier, "True" after; both spelled as .NET writes a boolean,
 * as the clients that work with it send it) and the records.
 */
export function portalRequestBody(
  message: Pick<PortalMessage, 'service' | 'record'>,
  options: { agencyCode: string; session?: string | undefined; isUpdating?: boolean },
): Record<string, unknown> {
  return {
    ...(options.session ? { session: options.session } : {}),
    madonvi: options.agencyCode,
    service: message.service,
    ...(message.service === PORTAL_DOSSIER_SERVICE
      ? { isUpdating: options.isUpdating ? 'True' : 'False' }
      : {}),
    data: [message.record],
  };
}

export interface PortalVerdict {
  accepted: boolean;
  /** What the portal said, for the log (its message, or why the answer is not an acceptance). */
  message: string;
}

/**
 * Whether an answer of the portal accepts what was sent: a JSON object whose `error_code` is 0 (sent as a
 * number, "0" or "00" by different adapters), or, from an adapter without error codes, `success: true`.
 */
export function portalVerdict(body: unknown): PortalVerdict {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { accepted: false, message: 'Câu trả lời không phải đối tượng JSON' };
  const answer = body as Record<string, unknown>;
  const said = ['message', 'error_message', 'errorMessage', 'msg']
    .map((key) => answer[key])
    .find((value): value is string => typeof value === 'string' && value !== '');
  const code = answer.error_code ?? answer.errorCode;
  if (code !== undefined && code !== null) {
    const accepted = /^\s*0+\s*$/.test(String(code));
    return { accepted, message: said ?? (accepted ? 'Thành công' : `Mã lỗi ${String(code)}`) };
  }
  if (answer.success === true) return { accepted: true, message: said ?? 'Thành công' };
  return { accepted: false, message: said ?? 'Câu trả lời không có error_code' };
}
