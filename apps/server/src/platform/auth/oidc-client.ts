import * as client from 'openid-client';
import type { Config } from '../config/config.ts';
import type { OidcFlow } from './oidc-state.ts';

/** Provider metadata is discovered on first use and refreshed this often (keys are refetched on their own). */
const METADATA_TTL_MS = 60 * 60_000;
const HTTP_TIMEOUT_SECONDS = 10;
export const CALLBACK_PATH = '/api/auth/oidc/callback';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  scopes: string;
  usernameClaim: string;
  redirectUri: string;
}

/** The scopes to ask for, as configured, with `openid` always among them. */
export function openIdScopes(configured: string): string {
  const scopes = new Set(configured.split(/\s+/).filter(Boolean));
  scopes.add('openid');
  return [...scopes].join(' ');
}

/** The OpenID Connect settings when single sign-on is configured, else undefined. */
export function oidcSettings(config: Config): OidcSettings | undefined {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID) return undefined;
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET || undefined,
    scopes: openIdScopes(config.OIDC_SCOPES),
    usernameClaim: config.OIDC_USERNAME_CLAIM,
    redirectUri: `${config.PUBLIC_URL.replace(/\/+$/, '')}${CALLBACK_PATH}`,
  };
}

/** The provider could not be reached or its metadata could not be used. */
export class ProviderUnavailable extends Error {
  constructor(cause: unknown) {
    super('OpenID provider unavailable', { cause });
    this.name = 'ProviderUnavailable';
  }
}

/** Plain HTTP is only acceptable to a provider on this machine (development, tests). */
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * client_secret_basic unless the provider says it only takes client_secret_post; `none` (PKCE only) for a
 * public client. Decided per request from the discovered metadata.
 */
function clientAuthentication(secret: string | undefined): client.ClientAuth {
  if (!secret) return client.None();
  const basic = client.ClientSecretBasic(secret);
  const post = client.ClientSecretPost(secret);
  return (as, c, body, headers) => {
    const methods = as.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    const chosen =
      !methods.includes('client_secret_basic') && methods.includes('client_secret_post') ? post : basic;
    chosen(as, c, body, headers);
  };
}

/** A verified sign-in: the ID token passed every check (signature, iss, aud, exp, nonce; state and PKCE before). */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
  /** The UserInfo claims, for providers that keep profile claims out of the ID token. */
  userInfo(): Promise<Record<string, unknown>>;
}

export interface OidcClient {
  settings: OidcSettings;
  /** The provider's address to send the browser to, for a flow whose secrets the caller keeps. */
  authorizationUrl(flow: OidcFlow): Promise<URL>;
  /** Checks the authorization response the browser brought back and redeems the code. */
  complete(callbackSearch: string, flow: OidcFlow): Promise<VerifiedIdentity>;
}

export function createOidcClient(settings: OidcSettings): OidcClient {
  const issuerUrl = new URL(settings.issuer);
  let cached: { config: client.Configuration; at: number } | undefined;
  let pending: Promise<client.Configuration> | undefined;

  const discover = async () => {
    try {
      return await client.discovery(
        issuerUrl,
        settings.clientId,
        settings.clientSecret ? { client_secret: settings.clientSecret } : undefined,
        clientAuthentication(settings.clientSecret),
        {
          timeout: HTTP_TIMEOUT_SECONDS,
          ...(isLoopbackHttp(issuerUrl) ? { execute: [client.allowInsecureRequests] } : {}),
        },
      );
    } catch (error) {
      throw new ProviderUnavailable(error);
    }
  };

  /** Lazily discovered and cached; concurrent callers share one request; stale metadata beats none. */
  const configuration = async (): Promise<client.Configuration> => {
    if (cached && Date.now() - cached.at < METADATA_TTL_MS) return cached.config;
    pending ??= discover()
      .then((config) => {
        cached = { config, at: Date.now() };
        return config;
      })
      .finally(() => {
        pending = undefined;
      });
    try {
      return await pending;
    } catch (error) {
      if (cached) return cached.config;
      throw error;
    }
  };

  return {
    settings,
    async authorizationUrl(flow) {
      const config = await configuration();
      return client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        response_type: 'code',
        scope: settings.scopes,
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
      });
    },
    async complete(callbackSearch, flow) {
      const config = await configuration();
      const currentUrl = new URL(settings.redirectUri);
      currentUrl.search = callbackSearch;
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        pkceCodeVerifier: flow.codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token in the token response');
      return {
        issuer: claims.iss,
        subject: claims.sub,
        claims: { ...claims },
        userInfo: async () => {
          if (!config.serverMetadata().userinfo_endpoint) return {};
          return { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)) };
        },
      };
    },
  };
}

export function newFlowSecrets(): Pick<OidcFlow, 'state' | 'nonce' | 'codeVerifier'> {
  return {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
}

/** How a failed authorization response or token exchange is reported (reason code and detail for the audit). */
export function classifyFailure(error: unknown): {
  reason: 'state' | 'denied' | 'provider' | 'unavailable';
  detail: string;
} {
  if (error instanceof ProviderUnavailable) return { reason: 'unavailable', detail: describe(error.cause) };
  if (error instanceof client.AuthorizationResponseError) {
    return {
      reason: error.error === 'access_denied' ? 'denied' : 'provider',
      detail: `error=${error.error}`,
    };
  }
  if (error instanceof client.ResponseBodyError)
    return { reason: 'provider', detail: `token error=${error.error}` };
  const cause = (error as { cause?: { attribute?: unknown } }).cause;
  if (cause?.attribute === 'state') return { reason: 'state', detail: 'state mismatch' };
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' && error instanceof TypeError)
    return { reason: 'unavailable', detail: describe(error) };
  return { reason: 'provider', detail: describe(error) };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}`.slice(0, 300);
}
