export { type ApplicationsDeps, applicationRoutes } from './portal-routes.ts';
export { type ApplicantUpload, receiveApplicantUpload, type UploadOutcome } from './uploads.ts';
