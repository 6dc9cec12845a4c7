import type { QueryClient } from '@tanstack/react-query';
import { type ParsedLocation, redirect } from '@tanstack/react-router';
import { isApiError } from '../api/problem.ts';
import { meQuery } from './session.ts';
import type { Profile } from './types.ts';

/**
 * Before any signed-in page: the profile must load. No session → login page (coming back here after);
 * a password set by an administrator → the change-password page first.
 */
export async function requireSession(queryClient: QueryClient, location: ParsedLocation): Promise<Profile> {
  let profile: Profile;
  try {
    profile = await queryClient.ensureQueryData(meQuery);
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      throw redirect({ to: '/login', search: { redirect: location.href } });
    }
    throw error;
  }
  if (profile.mustChangePassword) {
    throw redirect({ to: '/change-password', search: { redirect: location.href } });
  }
  return profile;
}

/** The change-password page needs a session, nothing more. */
export async function requireAnySession(
  queryClient: QueryClient,
  location: ParsedLocation,
): Promise<Profile> {
  try {
    return await queryClient.ensureQueryData(meQuery);
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      throw redirect({ to: '/login', search: { redirect: location.href } });
    }
    throw error;
  }
}
