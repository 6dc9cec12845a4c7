import { sql } from 'kysely';
import { vietnamYear } from '../modules/documents/access.ts';
import { addDocument } from '../modules/work-files/contents.ts';
import { createPlanEntry } from '../modules/work-files/plan.ts';
import { openWorkFile } from '../modules/work-files/service.ts';
import type { Database } from '../platform/db/database.ts';
import { actingAs } from './demo-documents.ts';

/**
 * Sở Nội vụ's file plan for this year (a few entries under two headings, kept by its clerk) and one work file
 * its specialist has opened from it, holding the plan for inspecting records work (a demo document); made
 * through the same services as the API. Runs after the demo documents.
 */
export async function seedDemoWorkFiles(db: Database): Promise<number> {
  const existing = await db
    .selectFrom('filePlanEntries')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  if (existing.n > 0) return 0;
  const clerk = await actingAs(db, 'vanthu.snv');
  const specialist = await actingAs(db, 'chuyenvien.snv');
  const agencyId = clerk.actor!.agencyId!;
  const year = vietnamYear();
  const mine = specialist.actor!.userId;
  const entries = [
    {
      heading: 'I. Công tác tổng hợp',
      code: '01.TH',
      title: `Kế hoạch, báo cáo công tác năm ${year} của Sở`,
      retentionYears: null,
      ownerUserId: clerk.actor!.userId,
    },
    {
      heading: 'I. Công tác tổng hợp',
      code: '02.TH',
      title: `Hồ sơ kiểm tra công tác văn thư, lưu trữ năm ${year}`,
      retentionYears: 10,
      ownerUserId: mine,
    },
    {
      heading: 'II. Công tác tổ chức, cán bộ',
      code: '01.TCCB',
      title: `Báo cáo số lượng, chất lượng cán bộ, công chức, viên chức năm ${year}`,
      retentionYears: 20,
      ownerUserId: mine,
    },
  ];
  const created = [];
  for (const entry of entries) created.push(await createPlanEntry(db, clerk, { agencyId, year, ...entry }));

  const file = await openWorkFile(db, specialist, { planEntryId: created[1]!.id });
  const inspection = await db
    .selectFrom('documents')
    .select('id')
    .where('agencyId', '=', agencyId)
    .where('reference', '=', '245/KH-UBND')
    .executeTakeFirst();
  if (inspection) await addDocument(db, specialist, file.id, inspection.id);
  return created.length;
}
