import { pageOf, pageQuery, searchQuery } from '../../../platform/http/paging.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';

export const listAdminUnitsQuery = z.strictObject({
  q: searchQuery,
  level: z.enum(['province', 'commune']).optional(),
  provinceCode: z
    .string()
    .regex(/^[0-9]{2}$/, 'Mã tỉnh gồm 2 chữ số')
    .optional(),
  ...pageQuery,
});

export const adminUnitParams = z.strictObject({
  code: z.string().regex(/^[0-9]{2}$|^[0-9]{5}$/, 'Mã gồm 2 hoặc 5 chữ số'),
});

export const adminUnit = z
  .object({
    code: z.string(),
    name: z.string(),
    divisionType: z.string(),
    level: z.string(),
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
  })
  .meta({ id: 'AdminUnit' });

export const adminUnitPage = pageOf(adminUnit);
export type ListAdminUnits = z.infer<typeof listAdminUnitsQuery>;
