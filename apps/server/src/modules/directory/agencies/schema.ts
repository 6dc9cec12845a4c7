import { agencyCodeProblems } from '@congso/edxml';
import { booleanQuery, pageOf, pageQuery, searchQuery } from '../../../platform/http/paging.ts';
import { z } from '../../../platform/http/zod-vietnamese.ts';

export const agencyLevels = ['central', 'province', 'district', 'commune'] as const;
export const agencyLevel = z.enum(agencyLevels).describe('Cấp: trung ương / tỉnh / huyện (lịch sử) / xã');

export const agencyCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    for (const message of agencyCodeProblems(value)) ctx.addIssue({ code: 'custom', message });
  })
  .describe('Mã định danh QCVN 102:2016, ví dụ 000.00.01.H38');

/** Letters (Vietnamese included) and digits, starting with a capital: UBND, SNV, SGDĐT, TTr. */
export const abbreviation = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(
    /^[A-ZĐ][A-Za-zĐđ0-9]*$/u,
    'Chữ viết tắt gồm chữ cái và chữ số, bắt đầu bằng chữ in hoa, không dấu cách',
  );

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const optionalEmail = z.email().max(200).nullable().optional();
const optionalUrl = z.url().max(300).nullable().optional();

const contact = {
  address: optionalText(500),
  phone: z
    .string()
    .trim()
    .max(50)
    .regex(/^[0-9+().\s-]*$/, 'Số điện thoại chỉ gồm chữ số và các ký tự + ( ) . -')
    .nullable()
    .optional(),
  email: optionalEmail,
  website: optionalUrl,
  fax: optionalText(50),
};

export const createAgencyBody = z.strictObject({
  parentId: z.uuid().nullable(),
  level: agencyLevel,
  code: agencyCode.nullable().optional(),
  name: z.string().trim().min(2).max(300),
  abbreviation,
  adminUnitCode: z
    .string()
    .regex(/^[0-9]{2}$|^[0-9]{5}$/, 'Mã đơn vị hành chính gồm 2 hoặc 5 chữ số')
    .nullable()
    .optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
  ...contact,
});

export const updateAgencyBody = createAgencyBody
  .omit({ parentId: true })
  .partial()
  .extend({ isActive: z.boolean().optional(), parentId: z.uuid().optional() })
  .strict();

export const agencyIdParams = z.strictObject({ id: z.uuid() });

export const listAgenciesQuery = z.strictObject({
  q: searchQuery,
  parentId: z.uuid().optional(),
  level: agencyLevel.optional(),
  includeInactive: booleanQuery,
  ...pageQuery,
});

export const agency = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    level: agencyLevel,
    code: z.string().nullable(),
    name: z.string(),
    abbreviation: z.string(),
    adminUnit: z.object({ code: z.string(), name: z.string() }).nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    fax: z.string().nullable(),
    isActive: z.boolean(),
    sortOrder: z.number().int(),
    childCount: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Agency' });

export const agencyDetail = agency
  .extend({
    ancestors: z.array(z.object({ id: z.uuid(), name: z.string() })).describe('Từ gốc xuống cơ quan cha'),
    /** What the signed-in user may do here, so screens show only the buttons that will work. */
    can: z.object({
      manage: z.boolean(),
      manageDepartments: z.boolean(),
      manageOfficials: z.boolean(),
      manageUsers: z.boolean(),
      createChildren: z.boolean(),
    }),
  })
  .meta({ id: 'AgencyDetail' });

export const agencyPage = pageOf(agency);

export interface AgencyTreeNode {
  id: string;
  name: string;
  abbreviation: string;
  level: string;
  code: string | null;
  isActive: boolean;
  children: AgencyTreeNode[];
}

export const agencyTreeNode: z.ZodType<AgencyTreeNode> = z.lazy(() =>
  z.object({
    id: z.uuid(),
    name: z.string(),
    abbreviation: z.string(),
    level: z.string(),
    code: z.string().nullable(),
    isActive: z.boolean(),
    children: z.array(agencyTreeNode),
  }),
);

export const treeQuery = z.strictObject({ rootId: z.uuid().optional(), includeInactive: booleanQuery });

export type CreateAgency = z.infer<typeof createAgencyBody>;
export type UpdateAgency = z.infer<typeof updateAgencyBody>;
export type ListAgencies = z.infer<typeof listAgenciesQuery>;
export type Agency = z.infer<typeof agency>;
