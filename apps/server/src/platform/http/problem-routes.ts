import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemKinds } from './problem.ts';
import { z } from './zod-vietnamese.ts';

const kindSchema = z.object({ type: z.string(), status: z.number().int(), title: z.string() });

/** The problem `type` URIs resolve here, so a client (or a person) can look up what each one means. */
export function problemRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    const list = Object.entries(problemKinds).map(([type, k]) => ({
      type,
      status: k.status,
      title: k.title,
    }));
    const tags = ['Vận hành'];
    app.get(
      '/api/problems',
      {
        config: { public: true },
        schema: { tags, summary: 'Các loại lỗi (RFC 9457)', response: { 200: z.array(kindSchema) } },
      },
      async () => list,
    );
    app.get(
      '/api/problems/:type',
      {
        config: { public: true },
        schema: {
          tags,
          summary: 'Một loại lỗi',
          params: z.strictObject({ type: z.string().max(60) }),
          response: { 200: kindSchema },
        },
      },
      async (request, reply) => {
        const found = list.find((k) => k.type === request.params.type);
        return found ?? reply.callNotFound();
      },
    );
  };
}
