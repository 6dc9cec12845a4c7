export {
  type ApplicationForm,
  allFormFields,
  FIELD_ORDER_KEYWORD,
  type FormField,
  type FormFieldKind,
  type FormSchemaProblem,
  fieldAt,
  inFieldOrder,
  MAX_FORM_FIELDS,
  type ReadForm,
  readApplicationForm,
  supportedSchemaDialects,
  withFieldOrder,
} from './application-form.ts';
export * from './catalogue/index.ts';
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
} from './lifecycle.ts';
export * from './national-portal/index.ts';
export {
  formatDays,
  formatHundredths,
  processingStepProblems,
  type StepDraft,
  type StepProblem,
  type StepRole,
  stepRoles,
  toHundredths,
  totalHundredths,
} from './processing-steps.ts';
export {
  type RatingScore,
  ratableStatuses,
  ratingScoreLabels,
  type Satisfaction,
  satisfactionLabels,
  satisfactionLevels,
} from './satisfaction.ts';
export { isOverdue, type Timeliness, timelinessOf, vietnamDay } from './timeliness.ts';
export {
  TRACKING_REGISTER_DATES_HEADING,
  type TrackingRegisterColumn,
  trackingRegisterColumns,
} from './tracking-register.ts';
