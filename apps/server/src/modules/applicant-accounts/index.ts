/**
 * Applicant accounts: citizens and businesses register, prove their email or phone with a one-time code,
 * sign in on the portal (password or the national eID), reset their password and keep their profile.
 * The portal registers `applicantAccountRoutes` in its scope; other modules read `findApplicantProfile`.
 */

export { applicantAccountRoutes } from './portal-routes.ts';
export { type ApplicantProfile, findApplicantProfile } from './profile.ts';
