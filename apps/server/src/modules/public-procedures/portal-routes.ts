import {
  dossierLookupPage,
  procedureDetailPage,
  procedureNotFoundPage,
  procedureSearchPage,
  templateNotFoundPage,
} from '@congso/portal';
import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { sendPage } from '../portal/page.ts';
import { procedureCode } from '../procedures/schema.ts';
import { attachmentDisposition } from '../procedures/template-file.ts';
import { openPublishedTemplate } from '../procedures/template-service.ts';
import { publicCatalogue } from './catalogue.ts';
import { lookUp } from './lookup.ts';
import { publicProcedure } from './procedure-repository.ts';
import { isUuid, readSearch } from './search-query.ts';

export interface PublicProcedureDeps {
  db: Database;
  blobs: BlobStore;
  /**
   * How long the filters' choices and each procedure's receiving agencies are reused (default a minute:
   * they change only when the catalogue's keepers change them).
   */
  cacheTtlMs?: number;
}

const PAGE_SIZE = 20;
/** Whatever cannot be a procedure's code is answered as unknown without asking the database. */
const isProcedureCode = (code: string) => procedureCode.safeParse(code).success;

/**
 * The public pages of the catalogue and the dossier lookup, in the portal's scope: browse and search
 * (`/thu-tuc`), one procedure (`/thu-tuc/{code}`), its template files (`/thu-tuc/{code}/mau/{id}`), and
 * where a dossier stands (`/tra-cuu-ho-so?ma=`). No session needed, nothing written.
 */
export function publicProcedureRoutes({
  db,
  blobs,
  cacheTtlMs = 60_000,
}: PublicProcedureDeps): FastifyPluginAsync {
  const catalogue = publicCatalogue(db, cacheTtlMs);
  return async (app) => {
    const options = { config: { public: true }, schema: { hide: true } };

    app.get('/thu-tuc', options, async (request, reply) => {
      const search = readSearch(request.query as Record<string, unknown>);
      const [result, filters] = await Promise.all([catalogue.search(search, PAGE_SIZE), catalogue.facets()]);
      return sendPage(request, reply, {
        title: search.q ? `Tìm thủ tục "${search.q}"` : 'Thủ tục hành chính',
        body: procedureSearchPage(search, result, filters),
      });
    });

    app.get('/thu-tuc/:code', options, async (request, reply) => {
      const code = (request.params as { code: string }).code.trim().toUpperCase().slice(0, 40);
      const procedure = isProcedureCode(code) ? await publicProcedure(db, code) : undefined;
      if (!procedure)
        return sendPage(request, reply, {
          title: 'Không tìm thấy thủ tục',
          body: procedureNotFoundPage(code),
          status: 404,
        });
      return sendPage(request, reply, { title: procedure.name, body: procedureDetailPage(procedure) });
    });

    app.get('/thu-tuc/:code/mau/:templateId', options, async (request, reply) => {
      const { code, templateId } = request.params as { code: string; templateId: string };
      const file =
        isProcedureCode(code) && isUuid(templateId)
          ? await openPublishedTemplate(db, blobs, code, templateId)
          : undefined;
      if (!file)
        return sendPage(request, reply, {
          title: 'Không tìm thấy tệp mẫu',
          body: templateNotFoundPage(code.slice(0, 40)),
          status: 404,
        });
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=300')
        .send(file.content);
    });

    app.get('/tra-cuu-ho-so', options, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const typed = typeof query.ma === 'string' ? query.ma.slice(0, 200) : '';
      const lookup = await lookUp(db, typed, new Date());
      return sendPage(request, reply, {
        title: lookup.kind === 'found' ? `Hồ sơ ${lookup.dossier.code}` : 'Tra cứu hồ sơ',
        body: dossierLookupPage(lookup, typed.trim()),
        status: lookup.kind === 'not-found' ? 404 : 200,
      });
    });
  };
}
