export {
  dossierRecordProblems,
  dossierRecordRules,
  progressRecordProblems,
  progressRecordRules,
} from './checks.ts';
export { formatPortalDate, parsePortalDate } from './dates.ts';
export {
  type PortalLine,
  type PortalRecordsFor,
  portalRecordsFor,
  receiptLine,
  statusKeyOf,
} from './lines.ts';
export {
  PORTAL_DOSSIER_SERVICE,
  PORTAL_PROGRESS_SERVICE,
  type PortalMessage,
  type PortalVerdict,
  portalMessages,
  portalRequestBody,
  portalVerdict,
} from './messages.ts';
export {
  nationalProcedureCode,
  type PortalDossierFacts,
  type PortalDossierRecord,
  type PortalFile,
  type PortalProgressRecord,
  type PortalStep,
  portalDossierRecord,
  portalProgressRecord,
} from './records.ts';
export {
  defaultPortalStatusCodes,
  type PortalStatusCodes,
  type PortalStatusKey,
  portalStatusCodes,
  portalStatusKeys,
} from './status-codes.ts';
