import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Answers with a workbook to save as `name`: never cached, since it holds figures the person's rights chose
 * (a later download with other rights must not be served from a cache).
 */
export function sendXlsx(reply: FastifyReply, name: string, workbook: Buffer) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .send(workbook);
}
