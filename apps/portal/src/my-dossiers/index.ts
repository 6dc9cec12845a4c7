// The views of "my dossiers" (data → HTML), the names of their form fields and what the server fills them with.
export { myDossierNotFoundPage, myDossierPage } from './detail-page.ts';
export { myDossierFields } from './fields.ts';
export { myDossierListPage } from './list-page.ts';
export type {
  MyDossierAttention,
  MyDossierDetail,
  MyDossierHistoryEntry,
  MyDossierItem,
  MyDossierList,
  MyDossierPageState,
} from './types.ts';
