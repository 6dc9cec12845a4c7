import { z } from '../../platform/http/zod-vietnamese.ts';

/** A JSON Schema object; its subset and validity are checked by the service (`form-check.ts`). */
const jsonSchema = z.record(z.string(), z.unknown());

export const saveFormBody = z.strictObject({
  schema: jsonSchema
    .nullable()
    .describe('Tờ khai dưới dạng JSON Schema (tập con được hỗ trợ); null: thủ tục không có tờ khai điện tử'),
});
export type SaveForm = z.infer<typeof saveFormBody>;

export const applicationForm = z.object({
  procedure: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  schema: jsonSchema.nullable(),
  updatedAt: z.date(),
  can: z.object({ manage: z.boolean() }),
});
export type ApplicationFormView = z.infer<typeof applicationForm>;
