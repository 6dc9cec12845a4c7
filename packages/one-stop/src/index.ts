export {
  type DossierCode,
  DossierCodeError,
  formatDossierCode,
  MAX_DAILY_SEQUENCE,
  parseDossierCode,
} from './dossier-code.ts';
export { type FormNumber, formFor, type OneStopForm, oneStopForms } from './forms.ts';
