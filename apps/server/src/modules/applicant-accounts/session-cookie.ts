import type { FastifyReply } from 'fastify';
import { APPLICANT_COOKIE } from '../../platform/auth/applicant-session.ts';
import type { Config } from '../../platform/config/config.ts';

/** The portal's session cookie: script cannot read it, other sites' forms do not carry it, https-only on https. */
export function setApplicantCookie(
  reply: FastifyReply,
  config: Pick<Config, 'PUBLIC_URL' | 'SESSION_MAX_HOURS'>,
  token: string,
): void {
  reply.setCookie(APPLICANT_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.PUBLIC_URL.startsWith('https://'),
    maxAge: config.SESSION_MAX_HOURS * 3600,
  });
}

export function clearApplicantCookie(reply: FastifyReply): void {
  reply.clearCookie(APPLICANT_COOKIE, { path: '/' });
}
