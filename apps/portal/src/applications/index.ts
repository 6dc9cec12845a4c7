export { draftPage } from './draft-page.ts';
export { deleteDraftPage, draftNotFoundPage, draftsPage } from './drafts-page.ts';
export { applicationFormFields } from './form-fields.ts';
export * as applicationNames from './form-names.ts';
export { submittedPage } from './submitted-page.ts';
export type {
  ApplicantDetails,
  DraftDocument,
  DraftProblems,
  DraftSummary,
  DraftView,
  OnlineAgency,
} from './types.ts';
export { agencyChoicePage, notOfferedPage } from './where-page.ts';
