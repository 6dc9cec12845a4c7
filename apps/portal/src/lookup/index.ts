export { dossierLookupPage } from './lookup-page.ts';
export type { DossierLookup, PublicDossierStatus } from './types.ts';
