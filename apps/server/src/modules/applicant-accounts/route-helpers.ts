import type { IdentityProviderLink } from '@congso/portal';
import type { FastifyRequest, RouteShorthandOptions } from 'fastify';
import { localPath } from '../../platform/auth/applicant-session.ts';
import type { AuthDeps } from '../../platform/auth/service.ts';
import type { Config } from '../../platform/config/config.ts';
import type { CodeContext } from './codes.ts';
import { formText } from './forms.ts';
import { portalOidcSettings } from './identity-provider.ts';

/** What the account pages need: the auth platform's deps (sessions, sealing the eID sign-in's state). */
export type AccountDeps = AuthDeps;

/** Portal pages: no staff session, not in the API's documentation. */
export const pageOptions = {
  config: { public: true },
  schema: { hide: true },
} satisfies RouteShorthandOptions;

/** Pages that check secrets (passwords, codes), send messages or sign in: the login rate limit too. */
export function guardedOptions(config: Config) {
  return {
    config: {
      public: true,
      rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' },
    },
    schema: { hide: true },
  } satisfies RouteShorthandOptions;
}

/** One text value of the query string ('' when absent or repeated oddly). */
export function queryText(request: FastifyRequest, name: string, max = 320): string {
  const value = (request.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/**
 * The page to come back to once signed in (`tiep`: e.g. the application a signed-out applicant started),
 * from the query or a form's hidden field: only a path of this site (`localPath`), else the home page.
 */
export function nextFromQuery(request: FastifyRequest): string {
  return localPath(queryText(request, 'tiep', 2048) || '/');
}

export function nextFromForm(body: unknown): string {
  return localPath(formText(body, ['tiep']).tiep || '/');
}

/** `next`: where the link in an emailed code leads on to, so that opening it keeps the way back. */
export async function codeContext(request: FastifyRequest, config: Config, next = '/'): Promise<CodeContext> {
  return {
    publicUrl: config.PUBLIC_URL,
    siteName: (await request.server.portalSiteName?.()) ?? 'Cổng dịch vụ công',
    next,
  };
}

/** The eID sign-in button, when an identity provider is configured; it comes back to `next`. */
export function providerLink(config: Config, next = '/'): IdentityProviderLink | null {
  if (!portalOidcSettings(config)) return null;
  const query = next !== '/' ? `?tiep=${encodeURIComponent(next)}` : '';
  return { label: config.PORTAL_OIDC_LABEL, href: `/dang-nhap/oidc${query}` };
}

/** A page address with the sign-in name (and a notice key, and the page to come back to) in its query. */
export function withAccount(
  path: string,
  account: string,
  extra: Record<string, string> = {},
  next = '/',
): string {
  return `${path}?${new URLSearchParams({ 'tai-khoan': account, ...extra, ...nextParam(next) })}`;
}

/** `tiep` for a query, unless it is the home page (the default). */
function nextParam(next: string): Record<string, string> {
  return next === '/' ? {} : { tiep: next };
}
