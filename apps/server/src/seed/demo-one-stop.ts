import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NATIONAL_RECORD_COLUMNS } from '@congso/one-stop';
import { assign } from '../modules/dossiers/processing.ts';
import { receiveDossier, submitOnline } from '../modules/dossiers/receiving.ts';
import { saveForm } from '../modules/procedures/form-service.ts';
import { readImport } from '../modules/procedures/import-reader.ts';
import { provinceRootPath, upsertRecord } from '../modules/procedures/repository.ts';
import type { SaveSteps } from '../modules/procedures/steps-schema.ts';
import { saveSteps } from '../modules/procedures/steps-service.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { actingAs } from './demo-documents.ts';

/**
 * The demo one-stop shop: the national catalogue of procedures read from the fixtures (the real records of
 * the national database, never copied into the repository), internal steps at the provincial service centre
 * for a few procedures of Sở Tư pháp (one of them through the People's Committee: một cửa liên thông), an
 * application form, and dossiers in the states a counter sees every day — one waiting online, one to
 * supplement, one in progress at Sở Tư pháp, one already late.
 */

const CATALOGUE = 'procedures/procedures_all_no_rawtext.jsonl.gz';

/** Procedures offered at the centre: the national code, and whether it passes through the People's Committee. */
export const demoOfferings = [
  { code: '1.002153', viaCommittee: false }, // Đăng ký hành nghề luật sư với tư cách cá nhân
  { code: '1.000426', viaCommittee: false }, // Cấp thẻ tư vấn viên pháp luật
  { code: '1.002010', viaCommittee: false }, // Đăng ký hoạt động của tổ chức hành nghề luật sư
  { code: '1.000802', viaCommittee: false }, // Cấp lại Chứng chỉ hành nghề đấu giá
  { code: '1.008922', viaCommittee: true }, // Bổ nhiệm Thừa phát lại (Sở Tư pháp, then the Committee)
] as const;

/** The application form of 1.002153, as a province's administrator would set it. */
const lawyerForm = {
  type: 'object',
  title: 'Tờ khai đăng ký hành nghề luật sư với tư cách cá nhân',
  required: ['hoTen', 'ngaySinh', 'soChungChi'],
  properties: {
    hoTen: { type: 'string', title: 'Họ và tên', maxLength: 200 },
    ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' },
    soChungChi: { type: 'string', title: 'Số Chứng chỉ hành nghề luật sư', maxLength: 50 },
    doanLuatSu: { type: 'string', title: 'Đoàn luật sư là thành viên', maxLength: 200 },
    noiLamViec: { type: 'string', title: 'Cơ quan, tổ chức ký hợp đồng lao động', maxLength: 300 },
  },
};

async function agencyIdByAbbreviation(db: Database, abbreviation: string): Promise<string> {
  const row = await db
    .selectFrom('agencies')
    .select('id')
    .where('abbreviation', '=', abbreviation)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function departmentOf(db: Database, agencyId: string, abbreviation: string): Promise<string> {
  const row = await db
    .selectFrom('departments')
    .select('id')
    .where('agencyId', '=', agencyId)
    .where('abbreviation', '=', abbreviation)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The national catalogue, in one transaction. Returns how many procedures, 0 without the fixture. */
async function loadCatalogue(db: Database, fixturesDir: string, userId: string): Promise<number> {
  const file = path.join(fixturesDir, CATALOGUE);
  if (!existsSync(file)) return 0;
  const read = await readImport(path.basename(file), readFileSync(file));
  await db.transaction().execute(async (trx) => {
    for (const { row: _row, ...record } of read.records)
      await upsertRecord(trx, record, NATIONAL_RECORD_COLUMNS, userId);
  });
  return read.records.length;
}

interface Places {
  centre: string;
  counter: string;
  justice: string;
  justiceUnit: string;
  committee: string;
}

/** receive ½ day at the counter, appraise at Sở Tư pháp, approve there (and at the Committee), return ½ day. */
function stepsFor(days: number, viaCommittee: boolean, at: Places): SaveSteps['steps'] {
  const committeeDays = viaCommittee ? Math.min(5, Math.floor(days / 4)) : 0;
  const handleDays = days - 0.5 - 1 - committeeDays - 0.5;
  return [
    {
      name: 'Tiếp nhận hồ sơ',
      role: 'receive',
      handlerAgencyId: at.centre,
      handlerDepartmentId: at.counter,
      days: 0.5,
    },
    {
      name: 'Thẩm định hồ sơ',
      role: 'handle',
      handlerAgencyId: at.justice,
      handlerDepartmentId: at.justiceUnit,
      days: handleDays,
    },
    { name: 'Lãnh đạo Sở Tư pháp phê duyệt', role: 'approve', handlerAgencyId: at.justice, days: 1 },
    ...(viaCommittee
      ? [
          {
            name: 'Chủ tịch UBND tỉnh quyết định',
            role: 'approve' as const,
            handlerAgencyId: at.committee,
            days: committeeDays,
          },
        ]
      : []),
    {
      name: 'Trả kết quả',
      role: 'return',
      handlerAgencyId: at.centre,
      handlerDepartmentId: at.counter,
      days: 0.5,
    },
  ];
}

const applicants = [
  { kind: 'citizen', name: 'Nguyễn Thị Minh Thư', idNumber: '010195001234', phone: '0912345678' },
  { kind: 'citizen', name: 'Trần Văn Hùng', idNumber: '010088004321', phone: '0987654321' },
  { kind: 'citizen', name: 'Lê Hoàng Nam', idNumber: '010092007788', phone: '0904112233' },
  { kind: 'citizen', name: 'Phạm Thu Hà', idNumber: '010199003344', phone: '0978556677' },
] as const;

interface DemoProcedure {
  id: string;
  days: number | null;
  /** the names of its required documents (thành phần hồ sơ) */
  required: string[];
}

async function procedureIds(db: Database): Promise<Map<string, DemoProcedure>> {
  const rows = await db
    .selectFrom('procedures')
    .select(['id', 'code', 'processingDays', 'requiredDocuments'])
    .where(
      'code',
      'in',
      demoOfferings.map((o) => o.code),
    )
    .execute();
  return new Map(
    rows.map((r) => {
      const documents = r.requiredDocuments as { name: string; required: boolean }[];
      const required = documents.filter((d) => d.required).map((d) => d.name);
      return [r.code, { id: r.id, days: r.processingDays, required }];
    }),
  );
}

/** Receives one demo dossier at the counter of the centre; `now` places it in time. */
async function receiveDemo(
  db: Database,
  counter: RequestContext,
  procedure: DemoProcedure,
  applicant: (typeof applicants)[number],
  now: Date,
  outcome: 'complete' | 'incomplete' = 'complete',
) {
  const formData = {
    hoTen: applicant.name,
    ngaySinh: `19${applicant.idNumber.slice(4, 6)}-04-12`,
    soChungChi: `${applicant.idNumber.slice(-5)}/CCHN-BTP`,
    doanLuatSu: 'Đoàn Luật sư tỉnh Lào Cai',
  };
  return receiveDossier(
    db,
    counter,
    {
      procedureId: procedure.id,
      applicant: { ...applicant, email: null, address: 'Phường Cam Đường, tỉnh Lào Cai' },
      summary: null,
      formData,
      // the papers handed in: all of them when complete, all but the last when not
      documents: procedure.required
        .slice(0, outcome === 'complete' ? undefined : -1)
        .map((requirement) => ({ requirement, copyKind: 'copy' as const, quantity: 1 })),
      resultDelivery: 'counter',
      postalAddress: null,
      outcome,
      supplementItems:
        outcome === 'incomplete'
          ? [
              {
                document: procedure.required.at(-1) ?? 'Giấy tờ theo quy định',
                reason: 'Chưa nộp khi tiếp nhận',
              },
            ]
          : [],
      note: null,
    },
    now,
  );
}

/** Seeds the demo one-stop shop once (nothing when dossiers exist); returns the procedures and dossiers written. */
export async function seedDemoOneStop(
  db: Database,
  fixturesDir: string,
): Promise<{ procedures: number; dossiers: number }> {
  if (await db.selectFrom('dossiers').select('id').limit(1).executeTakeFirst())
    return { procedures: 0, dossiers: 0 };
  const admin = await actingAs(db, 'admin');
  const procedures = await loadCatalogue(db, fixturesDir, admin.actor!.userId);
  if (procedures === 0) return { procedures: 0, dossiers: 0 };

  const centre = await agencyIdByAbbreviation(db, 'TTPVHCC');
  const justice = await agencyIdByAbbreviation(db, 'STP');
  // the provincial People's Committee, the province's root agency
  const committee = (await provinceRootPath(db)).at(-1);
  if (!committee) throw new Error('The demo province has no root agency');
  const places: Places = {
    centre,
    counter: await departmentOf(db, centre, 'TNTKQ'),
    justice,
    justiceUnit: await departmentOf(db, justice, 'HCTP'),
    committee,
  };
  const ids = await procedureIds(db);
  for (const offering of demoOfferings) {
    const procedure = ids.get(offering.code);
    if (!procedure?.days || procedure.days < 3) continue;
    await saveSteps(db, admin, procedure.id, {
      agencyId: centre,
      steps: stepsFor(procedure.days, offering.viaCommittee, places),
    });
  }
  const lawyer = ids.get('1.002153');
  if (!lawyer) return { procedures, dossiers: 0 };
  await saveForm(db, admin, lawyer.id, { schema: lawyerForm });

  const counter = await actingAs(db, 'motcua.ttpvhcc');
  const specialist = await actingAs(db, 'chuyenvien.stp');
  const leader = await actingAs(db, 'lanhdao.stp');
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * 24 * 60 * 60 * 1000);

  // received, so already at Sở Tư pháp's appraisal step: handed to its specialist
  const inProgress = await receiveDemo(db, counter, lawyer, applicants[0], daysAgo(1));
  await assign(db, leader, inProgress.id, { assigneeId: specialist.actor!.userId, note: null }, daysAgo(1));
  // late: received three weeks ago, still being appraised — it needs an apology slip before it moves on
  await receiveDemo(db, counter, lawyer, applicants[1], daysAgo(21));
  // handed in without a certified copy: guidance to supplement (Mẫu 02), the clock not started
  await receiveDemo(db, counter, lawyer, applicants[2], daysAgo(0), 'incomplete');
  // submitted online, waiting for the counter
  await submitOnline(db, {
    agencyId: centre,
    procedureId: lawyer.id,
    applicant: { ...applicants[3], email: 'phamthuha@example.vn', address: 'Xã Bảo Thắng, tỉnh Lào Cai' },
    formData: { hoTen: applicants[3].name, ngaySinh: '1999-09-02', soChungChi: '20871/CCHN-BTP' },
  });
  return { procedures, dossiers: 4 };
}
