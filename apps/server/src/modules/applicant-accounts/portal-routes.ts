import type { FastifyPluginAsync } from 'fastify';
import { identityRoutes } from './identity-routes.ts';
import { passwordRoutes } from './password-routes.ts';
import { profileRoutes } from './profile-routes.ts';
import { registrationRoutes } from './registration-routes.ts';
import type { AccountDeps } from './route-helpers.ts';
import { signInRoutes } from './sign-in-routes.ts';

/** The applicant's account pages on the portal; registered inside the portal scope (forms, `request.applicant`). */
export function applicantAccountRoutes(deps: AccountDeps): FastifyPluginAsync {
  return async (app) => {
    registrationRoutes(app, deps);
    signInRoutes(app, deps);
    passwordRoutes(app, deps);
    profileRoutes(app, deps);
    identityRoutes(app, deps);
  };
}
