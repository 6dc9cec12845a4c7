import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { SecretBox } from '../crypto/secret-box.ts';

/** The short-lived cookie that carries one sign-in attempt from /login to /callback. */
export const FLOW_COOKIE = 'congso_oidc';
export const FLOW_COOKIE_PATH = '/api/auth/oidc';
export const FLOW_TTL_SECONDS = 600;

export const DEFAULT_RETURN_TO = '/staff/';

/**
 * What the callback must check the provider's answer against. Sealed with the platform key (AES-256-GCM):
 * the browser can neither read the PKCE verifier nor change any field, and nothing is stored server-side.
 */
const flowSchema = z.strictObject({
  purpose: z.literal('oidc-flow'),
  state: z.string().min(20).max(200),
  nonce: z.string().min(20).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().max(2048),
  expiresAt: z.number().int(),
});

export type OidcFlow = Omit<z.infer<typeof flowSchema>, 'purpose' | 'expiresAt'>;

export function sealFlow(box: SecretBox, flow: OidcFlow, now = Date.now()): string {
  return box.seal(
    JSON.stringify({ purpose: 'oidc-flow', ...flow, expiresAt: now + FLOW_TTL_SECONDS * 1000 }),
  );
}

/** The flow in the cookie, or why there is none usable. */
export function openFlow(
  box: SecretBox,
  sealed: string | undefined,
  now = Date.now(),
): { ok: true; flow: OidcFlow } | { ok: false; why: 'missing' | 'invalid' | 'expired' } {
  if (!sealed) return { ok: false, why: 'missing' };
  if (sealed.length > 4096) return { ok: false, why: 'invalid' };
  let parsed: z.infer<typeof flowSchema>;
  try {
    parsed = flowSchema.parse(JSON.parse(box.open(sealed)));
  } catch {
    return { ok: false, why: 'invalid' };
  }
  if (parsed.expiresAt <= now) return { ok: false, why: 'expired' };
  const { purpose: _purpose, expiresAt: _expiresAt, ...flow } = parsed;
  return { ok: true, flow };
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Where to go after signing in: only a path of the staff app on this site. Anything else (another site,
 * `//host`, backslashes that browsers read as slashes, control characters, other parts of this site) gives
 * the default, so the login cannot be turned into an open redirect.
 */
export function safeReturnTo(value: string | undefined, publicUrl: string): string {
  if (!value || value.length > 2048) return DEFAULT_RETURN_TO;
  if (!value.startsWith('/') || value.startsWith('//')) return DEFAULT_RETURN_TO;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return DEFAULT_RETURN_TO;
  let url: URL;
  try {
    const base = new URL(publicUrl);
    url = new URL(value, base.origin);
    if (url.origin !== base.origin) return DEFAULT_RETURN_TO;
  } catch {
    return DEFAULT_RETURN_TO;
  }
  if (!url.pathname.startsWith('/staff/') || url.pathname.includes('/../')) return DEFAULT_RETURN_TO;
  return `${url.pathname}${url.search}${url.hash}`;
}
