import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { z } from './zod-vietnamese.ts';

export interface Readiness {
  /** Extra checks beyond the database (the worker started, …); each returns an error text or null. */
  checks: Record<string, () => Promise<string | null>>;
}

const status = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.string()).optional(),
});

/** /healthz: the process answers. /readyz: it can serve (database reachable, every registered check passes). */
export function healthRoutes(db: Database, readiness: Readiness): FastifyPluginAsyncZod {
  return async (app) => {
    const opts = {
      config: { public: true, rateLimit: false as const },
      schema: { tags: ['Vận hành'], response: { 200: status, 503: status } },
    };
    app.get('/healthz', opts, async () => ({ status: 'ok' as const }));
    app.get('/readyz', opts, async (_request, reply) => {
      const results: Record<string, string> = {};
      try {
        await sql`select 1`.execute(db);
        results.database = 'ok';
      } catch (error) {
        results.database = (error as Error).message;
      }
      for (const [name, check] of Object.entries(readiness.checks)) {
        results[name] = (await check().catch((e: Error) => e.message)) ?? 'ok';
      }
      const ok = Object.values(results).every((v) => v === 'ok');
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks: results });
    });
  };
}
