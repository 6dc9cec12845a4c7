import { z } from '../../platform/http/zod-vietnamese.ts';

/**
 * Template files (mẫu đơn, tờ khai) of the documents a procedure asks for: uploaded by the catalogue's
 * keepers, published on the portal at `templatePublicPath`.
 */

/** Where the portal publishes a template (modules/public-procedures serves it): stable while the row lives. */
export const templatePublicPath = (code: string, id: string) =>
  `/thu-tuc/${encodeURIComponent(code)}/mau/${id}`;

export const procedureTemplate = z
  .object({
    id: z.uuid(),
    document: z.string().describe('Tên thành phần hồ sơ mà tệp là mẫu của nó'),
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
    uploadedBy: z.string().nullable(),
    publicPath: z.string().describe('Địa chỉ tải tệp trên cổng dịch vụ công (khi thủ tục đang áp dụng)'),
  })
  .meta({ id: 'ProcedureTemplate' });
export type ProcedureTemplate = z.infer<typeof procedureTemplate>;

export const templateList = z.array(procedureTemplate);

export const templateParams = z.strictObject({ id: z.uuid(), templateId: z.uuid() });
