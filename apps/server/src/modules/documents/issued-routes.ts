import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { replaceOutgoing } from './replacement.ts';
import * as schema from './schema.ts';
import { updateIssued } from './updating.ts';

const tags = ['Văn bản (documents)'];

/** What the issuing clerk may still do with an issued document besides recalling it: replace it, update it. */
export function issuedDocumentRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/documents/:id/replace',
      {
        schema: {
          tags,
          summary: 'Thay thế văn bản đã phát hành: phát hành văn bản mới (số mới), văn bản cũ bị thay thế',
          params: schema.idParams,
          body: schema.replaceOutgoingBody,
          response: { 201: schema.documentDetail },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await replaceOutgoing(db, request.ctx, request.params.id, request.body)),
    );
    app.post(
      '/api/documents/:id/update',
      {
        schema: {
          tags,
          summary: 'Cập nhật thông tin văn bản đã phát hành (không cấp số mới), nêu lý do',
          params: schema.idParams,
          body: schema.updateIssuedBody,
          response: { 200: schema.documentDetail },
        },
      },
      async (request) => updateIssued(db, request.ctx, request.params.id, request.body),
    );
  };
}
