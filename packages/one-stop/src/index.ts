export {
  type DossierCode,
  DossierCodeError,
  formatDossierCode,
  MAX_DAILY_SEQUENCE,
  parseDossierCode,
} from './dossier-code.ts';
export { type FormNumber, formFor, type OneStopForm, oneStopForms } from './forms.ts';
export {
  actionsFrom,
  canTransition,
  type DossierAction,
  type DossierStatus,
  dossierActionLabels,
  dossierStatuses,
  dossierStatusLabels,
  dossierTransitions,
  endedStatuses,
  nextStatus,
  pausedStatuses,
} from './lifecycle.ts';
export { isOverdue, type Timeliness, timelinessOf, vietnamDay } from './timeliness.ts';
