import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AccountPage } from '../account/AccountPage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { auditSearch } from '../audit/search.ts';
import { ChangePasswordPage } from '../auth/ChangePasswordPage.tsx';
import { requireAnySession, requireSession } from '../auth/guards.ts';
import { LoginPage } from '../auth/LoginPage.tsx';
import { safeRedirect } from '../auth/redirect.ts';
import { meKey, meQuery } from '../auth/session.ts';
import { CalendarPage } from '../calendar/CalendarPage.tsx';
import { ScheduleEditPage } from '../calendar/edit/ScheduleEditPage.tsx';
import { calendarSearch } from '../calendar/search.ts';
import { AgenciesPage } from '../directory/agencies/AgenciesPage.tsx';
import { AgencyDetailPage } from '../directory/agencies/AgencyDetailPage.tsx';
import { agenciesSearch, agencyDetailSearch } from '../directory/agencies/search.ts';
import { OfficialsPage } from '../directory/officials/OfficialsPage.tsx';
import { officialsSearch } from '../directory/officials/search.ts';
import { RolesPage } from '../directory/roles/RolesPage.tsx';
import { usersSearch } from '../directory/users/search.ts';
import { UserDetailPage } from '../directory/users/UserDetailPage.tsx';
import { UsersPage } from '../directory/users/UsersPage.tsx';
import { DocumentStatisticsPage } from '../document-statistics/DocumentStatisticsPage.tsx';
import { IncomingPage, OutgoingPage } from '../documents/DocumentListPage.tsx';
import { DocumentDetailPage } from '../documents/detail/DocumentDetailPage.tsx';
import { RegistersPage } from '../documents/RegistersPage.tsx';
import { documentsSearch, registersSearch } from '../documents/search.ts';
import { WorklistPage } from '../documents/WorklistPage.tsx';
import { DossierStatisticsPage } from '../dossier-statistics/DossierStatisticsPage.tsx';
import { DossierListPage } from '../dossiers/DossierListPage.tsx';
import { DossierDetailPage } from '../dossiers/detail/DossierDetailPage.tsx';
import { DeadlinesPage } from '../dossiers/processing/DeadlinesPage.tsx';
import { ReceivePage } from '../dossiers/receive/ReceivePage.tsx';
import { dossiersSearch } from '../dossiers/search.ts';
import { NationalPortalSyncPage } from '../national-portal/NationalPortalSyncPage.tsx';
import { nationalPortalSearch } from '../national-portal/search.ts';
import { NotificationsPage } from '../notifications/NotificationsPage.tsx';
import { notificationsSearch } from '../notifications/search.ts';
import { ProcedureDetailPage } from '../procedures/detail/ProcedureDetailPage.tsx';
import { ImportDetailPage } from '../procedures/imports/ImportDetailPage.tsx';
import { ImportsPage } from '../procedures/imports/ImportsPage.tsx';
import { ProceduresPage } from '../procedures/ProceduresPage.tsx';
import { importsSearch, procedureDetailSearch, proceduresSearch } from '../procedures/search.ts';
import { optionalString } from '../shared/search-params.ts';
import { statisticsSearch } from '../shared/statistics/search.ts';
import { FilePlanPage } from '../work-files/FilePlanPage.tsx';
import { filePlanSearch, workFilesSearch } from '../work-files/search.ts';
import { WorkFileDetailPage } from '../work-files/WorkFileDetailPage.tsx';
import { WorkFilesPage } from '../work-files/WorkFilesPage.tsx';
import { AuthProblemWatcher } from './AuthProblemWatcher.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';
import { AppShell } from './shell/AppShell.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

const redirectSearch = (search: Record<string, unknown>): { redirect?: string | undefined } => ({
  redirect: optionalString(search.redirect),
});

/** The login page also hears back from single sign-on: `?error=sso&reason=…` when it failed. */
const loginSearch = (
  search: Record<string, unknown>,
): { redirect?: string | undefined; error?: string | undefined; reason?: string | undefined } => ({
  ...redirectSearch(search),
  error: optionalString(search.error),
  reason: optionalString(search.reason),
});

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: loginSearch,
  beforeLoad: async ({ context, search }) => {
    // already signed in: straight on. Asks the server (a cached profile may belong to an ended session),
    // unless it has just said there is no session.
    if (context.queryClient.getQueryState(meKey)?.status === 'error') return;
    const profile = await context.queryClient.fetchQuery({ ...meQuery, staleTime: 0 }).catch(() => undefined);
    if (profile && !profile.mustChangePassword) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: LoginPage,
});

const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/change-password',
  validateSearch: redirectSearch,
  beforeLoad: ({ context, location }) => requireAnySession(context.queryClient, location),
  component: ChangePasswordPage,
});

/** Everything behind the login: the shell with header and navigation. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: ({ context, location }) => requireSession(context.queryClient, location),
  component: AppShell,
  errorComponent: RouteError,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/agencies' });
  },
});

/** A page behind the login at `path`; `validateSearch` types its URL search. */
function appPage<const TPath extends string, TSearch = Record<never, never>>(
  path: TPath,
  component: RouteComponent,
  validateSearch?: (search: Record<string, unknown>) => TSearch,
) {
  return createRoute({
    getParentRoute: () => appRoute,
    path,
    component,
    ...(validateSearch ? { validateSearch } : {}),
  });
}

const agenciesRoute = appPage('/agencies', AgenciesPage, agenciesSearch);
const agencyRoute = appPage('/agencies/$agencyId', AgencyDetailPage, agencyDetailSearch);
const officialsRoute = appPage('/officials', OfficialsPage, officialsSearch);
const usersRoute = appPage('/users', UsersPage, usersSearch);
const userRoute = appPage('/users/$userId', UserDetailPage);
const rolesRoute = appPage('/roles', RolesPage);
const auditRoute = appPage('/audit', AuditPage, auditSearch);
const calendarRoute = appPage('/calendar', CalendarPage, calendarSearch);
const scheduleEditRoute = appPage('/calendar/$year/edit', ScheduleEditPage);
const accountRoute = appPage('/account', AccountPage);
const notificationsRoute = appPage('/notifications', NotificationsPage, notificationsSearch);
const worklistRoute = appPage('/documents/worklist', WorklistPage);
const incomingRoute = appPage('/documents/incoming', IncomingPage, documentsSearch);
const outgoingRoute = appPage('/documents/outgoing', OutgoingPage, documentsSearch);
const registersRoute = appPage('/documents/registers', RegistersPage, registersSearch);
const statisticsRoute = appPage('/documents/statistics', DocumentStatisticsPage, statisticsSearch);
const documentRoute = appPage('/documents/$id', DocumentDetailPage);
const dossiersRoute = appPage('/dossiers', DossierListPage, dossiersSearch);
const dossierReceiveRoute = appPage('/dossiers/receive', ReceivePage);
const dossierDeadlinesRoute = appPage('/dossiers/deadlines', DeadlinesPage);
const dossierStatisticsRoute = appPage('/dossiers/statistics', DossierStatisticsPage, statisticsSearch);
const dossierRoute = appPage('/dossiers/$id', DossierDetailPage);
const nationalPortalRoute = appPage('/national-portal', NationalPortalSyncPage, nationalPortalSearch);
const proceduresRoute = appPage('/procedures', ProceduresPage, proceduresSearch);
const procedureImportsRoute = appPage('/procedures/imports', ImportsPage, importsSearch);
const procedureImportRoute = appPage('/procedures/imports/$importId', ImportDetailPage);
const procedureRoute = appPage('/procedures/$id', ProcedureDetailPage, procedureDetailSearch);
const workFilesRoute = appPage('/work-files', WorkFilesPage, workFilesSearch);
const filePlanRoute = appPage('/work-files/plan', FilePlanPage, filePlanSearch);
const workFileRoute = appPage('/work-files/$id', WorkFileDetailPage);

const routeTree = rootRoute.addChildren([
  loginRoute,
  changePasswordRoute,
  appRoute.addChildren([
    indexRoute,
    agenciesRoute,
    agencyRoute,
    officialsRoute,
    usersRoute,
    userRoute,
    rolesRoute,
    calendarRoute,
    scheduleEditRoute,
    worklistRoute,
    incomingRoute,
    outgoingRoute,
    registersRoute,
    statisticsRoute,
    documentRoute,
    dossiersRoute,
    dossierReceiveRoute,
    dossierDeadlinesRoute,
    dossierStatisticsRoute,
    dossierRoute,
    nationalPortalRoute,
    proceduresRoute,
    procedureImportsRoute,
    procedureImportRoute,
    procedureRoute,
    workFilesRoute,
    filePlanRoute,
    workFileRoute,
    auditRoute,
    accountRoute,
    notificationsRoute,
  ]),
]);

/** Inside the router, around every page: watches API answers for an ended session. */
function InnerWrap({ children }: { children: ReactNode }) {
  return (
    <>
      <AuthProblemWatcher />
      {children}
    </>
  );
}

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    basepath: '/staff',
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
    InnerWrap,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
