/**
 * "My dossiers" on the portal (issue 6): the applicant's own dossiers, their history and result, the way of
 * receiving the result, supplements answered online and the satisfaction rating. Registered in the portal's
 * scope (modules/portal); the rating is read by the staff detail through `rating-repository.ts`.
 */
export { type MyDossiersDeps, myDossierRoutes } from './portal-routes.ts';
