import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'congso_session';

export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

/** Sessions are stored under the hash of their token: a leaked table cannot be replayed as cookies. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
