import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestContext } from '../context.ts';

/** The Fastify instance type every module registers its routes on (zod schemas for types and OpenAPI). */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression<RawServerDefault>,
  RawReplyDefaultExpression<RawServerDefault>,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, public portal pages). */
    public?: boolean;
    /** A public route that still uses the caller's session when there is one (logout, SSO). */
    optionalSession?: boolean;
    /** Allowed while the user must still change their password (me, logout, change password). */
    passwordChangeExempt?: boolean;
    /** A write that can legitimately change nothing (logout without a session): no audit entry expected. */
    auditOptional?: boolean;
  }
}
