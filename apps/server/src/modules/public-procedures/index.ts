/**
 * The public side of the procedure catalogue and the dossier lookup (issue 6): pages of the portal,
 * registered in its scope (modules/portal).
 */
export { type PublicProcedureDeps, publicProcedureRoutes } from './portal-routes.ts';
