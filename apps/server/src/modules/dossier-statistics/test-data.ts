import type { DirectoryFixture } from '../../../test/fixtures/directory.ts';
import type { Database } from '../../platform/db/database.ts';

/**
 * A hand-built set of dossiers for the statistics tests, written straight into the tables with exact moments
 * (Vietnam time) so that every figure can be computed by hand — the tests state the sums. The default working
 * hours apply: 07:30–11:30 and 13:30–17:00, Monday to Friday, 450 minutes a day.
 *
 * Procedures (all offered at agency A unless said):
 * - P1 `1.999101` Hộ tịch, 5 days, online in full; required documents R1, R2, optional R3;
 * - P2 `1.999102` Đất đai, 10 days, online in part;
 * - P3 `1.999103` Hộ tịch, 15 days, not online;
 * - P4 `1.999104` inactive (steps at A: not counted as offered);
 * - P5 `1.999105` online in full, offered at A1 and at B only.
 */

export const REQUIRED = [
  { name: 'Tờ khai theo mẫu', template: 'TK01', quantity: 1, required: true },
  { name: 'Bản sao Căn cước', template: '', quantity: 1, required: true },
  { name: 'Giấy tờ khác (nếu có)', template: '', quantity: 1, required: false },
];
const [R1, R2, R3] = REQUIRED.map((r) => r.name) as [string, string, string];

/** The working hours of A1 (set by the tests through the calendar's route): 600 minutes, six days a week. */
export const A1_HOURS = {
  sessions: [
    { start: '07:00', end: '11:00' },
    { start: '13:00', end: '17:00' },
    { start: '18:00', end: '20:00' },
  ],
  weekdays: [1, 2, 3, 4, 5, 6],
};

/** An instant given in Vietnam time, `2025-03-03T08:00`. */
export const vn = (text: string) => new Date(`${text}:00+07:00`);

export interface StatisticsData {
  procedures: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5', string>;
  dossiers: Record<string, string>;
}

async function procedure(
  db: Database,
  code: string,
  values: {
    name: string;
    field: string;
    days: number;
    online: 'full' | 'partial' | 'none';
    active?: boolean;
  },
  offeredAt: string[],
): Promise<string> {
  const { id } = await db
    .insertInto('procedures')
    .values({
      code,
      name: values.name,
      field: values.field,
      processingDays: values.days,
      onlineService: values.online,
      requiredDocuments: JSON.stringify(REQUIRED),
      active: values.active ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const agencyId of offeredAt)
    await db
      .insertInto('processingSteps')
      .values([
        {
          procedureId: id,
          agencyId,
          position: 1,
          name: 'Tiếp nhận',
          role: 'receive',
          handlerAgencyId: agencyId,
          days: 0.5,
        },
        {
          procedureId: id,
          agencyId,
          position: 2,
          name: 'Thẩm định',
          role: 'handle',
          handlerAgencyId: agencyId,
          days: values.days - 1,
        },
        {
          procedureId: id,
          agencyId,
          position: 3,
          name: 'Trả kết quả',
          role: 'return',
          handlerAgencyId: agencyId,
          days: 0.5,
        },
      ])
      .execute();
  return id;
}

interface DossierSeed {
  agencyId: string;
  procedureId: string;
  days: number;
  status: string;
  channel: 'counter' | 'online' | 'post';
  submittedAt: string;
  receivedAt?: string;
  dueAt?: string;
  completedAt?: string;
  returnedAt?: string;
  endedAt?: string;
  pausedSince?: string;
  /** [start, end or open] */
  pauses?: [string, string | null][];
  /** requirement → with a scan or not */
  submitted?: [string, boolean][];
  /** a result file, with a scan or not */
  result?: boolean;
  /** Mẫu 02 slips issued */
  supplementSlips?: string[];
}

let sequence = 0;

async function blob(db: Database): Promise<string> {
  sequence += 1;
  const { id } = await db
    .insertInto('blobs')
    .values({
      storageKey: `test/dossier-statistics/${crypto.randomUUID()}`,
      sha256: sequence.toString(16).padStart(64, '0'),
      size: 1000,
      contentType: 'application/pdf',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

async function dossier(db: Database, seed: DossierSeed): Promise<string> {
  sequence += 1;
  const when = (text: string | undefined) => (text ? vn(text) : null);
  const { id } = await db
    .insertInto('dossiers')
    .values({
      code: `000.00.01.H99-250101-${String(sequence).padStart(4, '0')}`,
      agencyId: seed.agencyId,
      procedureId: seed.procedureId,
      status: seed.status,
      channel: seed.channel,
      applicantKind: 'citizen',
      applicantName: `Người nộp ${sequence}`,
      applicantIdNumber: String(100000000000 + sequence),
      processingDays: seed.days,
      submittedAt: vn(seed.submittedAt),
      receivedAt: when(seed.receivedAt),
      dueAt: when(seed.dueAt),
      completedAt: when(seed.completedAt),
      returnedAt: when(seed.returnedAt),
      endedAt: when(seed.endedAt),
      pausedSince: when(seed.pausedSince),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [start, end] of seed.pauses ?? [])
    await db
      .insertInto('dossierPauses')
      .values({ dossierId: id, reason: 'supplement', startedAt: vn(start), endedAt: when(end ?? undefined) })
      .execute();
  for (const [requirement, scanned] of seed.submitted ?? [])
    await db
      .insertInto('dossierFiles')
      .values({
        dossierId: id,
        kind: 'submitted',
        requirement,
        copyKind: 'copy',
        quantity: 1,
        blobId: scanned ? await blob(db) : null,
      })
      .execute();
  if (seed.result !== undefined)
    await db
      .insertInto('dossierFiles')
      .values({ dossierId: id, kind: 'result', blobId: seed.result ? await blob(db) : null })
      .execute();
  for (const issuedAt of seed.supplementSlips ?? [])
    await db
      .insertInto('dossierSlips')
      .values({ dossierId: id, form: '02', issuedAt: vn(issuedAt) })
      .execute();
  return id;
}

/**
 * The data set. Over March–April 2025 at agency A (README of the tests states every sum):
 * early D1 and D5 (carried over from February), on the due day D2 (online), late D3 (by post, paused three
 * working days for a supplement), refused after receipt D4 and before it D4b, in progress D6 (overdue),
 * D7 (online, paused for a supplement since 24/04) and D8, withdrawn D9, waiting D10, over before the period
 * D11; D12 at A1, D13 at B.
 */
export async function seedStatisticsData(db: Database, f: DirectoryFixture): Promise<StatisticsData> {
  const A = f.agencyA;
  const p1 = await procedure(
    db,
    '1.999101',
    { name: 'Cấp giấy phép thử nghiệm', field: 'Hộ tịch', days: 5, online: 'full' },
    [A],
  );
  const p2 = await procedure(
    db,
    '1.999102',
    { name: 'Đăng ký thử nghiệm', field: 'Đất đai', days: 10, online: 'partial' },
    [A],
  );
  const p3 = await procedure(
    db,
    '1.999103',
    { name: 'Xác nhận thử nghiệm', field: 'Hộ tịch', days: 15, online: 'none' },
    [A],
  );
  const p4 = await procedure(
    db,
    '1.999104',
    { name: 'Thủ tục đã bãi bỏ', field: 'Hộ tịch', days: 5, online: 'full', active: false },
    [A],
  );
  const p5 = await procedure(
    db,
    '1.999105',
    { name: 'Cấp phép ở đơn vị khác', field: 'Lưu trữ', days: 5, online: 'full' },
    [f.agencyA1, f.agencyB],
  );
  const at = { agencyId: A };
  const scans = {
    submitted: [
      [R1, true],
      [R2, true],
      [R3, false],
    ] as [string, boolean][],
  };
  const dossiers = {
    // early: Mon 03/03 08:00, due Mon 10/03 08:00, ready Thu 06/03 10:00 (1,470 working minutes), handed back 07/03
    d1: await dossier(db, {
      ...at,
      procedureId: p1,
      days: 5,
      status: 'returned',
      channel: 'counter',
      submittedAt: '2025-03-03T08:00',
      receivedAt: '2025-03-03T08:00',
      dueAt: '2025-03-10T08:00',
      completedAt: '2025-03-06T10:00',
      returnedAt: '2025-03-07T09:00',
      ...scans,
      result: true,
    }),
    // on the due day: online, Mon 10/03 09:00, due Mon 17/03 09:00, ready 17/03 08:30 (2,220 minutes)
    d2: await dossier(db, {
      ...at,
      procedureId: p1,
      days: 5,
      status: 'result_ready',
      channel: 'online',
      submittedAt: '2025-03-09T20:00',
      receivedAt: '2025-03-10T09:00',
      dueAt: '2025-03-17T09:00',
      completedAt: '2025-03-17T08:30',
      submitted: [
        [R1, true],
        [R2, false],
      ],
    }),
    // late: by post, Wed 12/03 14:00, paused Fri 14/03 10:00 – Wed 19/03 10:00 (3 working days), due Mon 31/03
    // 14:00, ready Wed 02/04 15:00 (6,810 − 1,350 = 5,460 minutes), handed back 03/04
    d3: await dossier(db, {
      ...at,
      procedureId: p2,
      days: 10,
      status: 'returned',
      channel: 'post',
      submittedAt: '2025-03-11T10:00',
      receivedAt: '2025-03-12T14:00',
      dueAt: '2025-03-31T14:00',
      completedAt: '2025-04-02T15:00',
      returnedAt: '2025-04-03T08:00',
      pauses: [['2025-03-14T10:00', '2025-03-19T10:00']],
      supplementSlips: ['2025-03-14T10:00'],
      result: false,
    }),
    // refused after receipt
    d4: await dossier(db, {
      ...at,
      procedureId: p1,
      days: 5,
      status: 'refused',
      channel: 'counter',
      submittedAt: '2025-03-20T09:00',
      receivedAt: '2025-03-20T09:00',
      dueAt: '2025-03-27T09:00',
      endedAt: '2025-03-21T10:00',
    }),
    // online, asked to supplement before being received, then refused: never received
    d4b: await dossier(db, {
      ...at,
      procedureId: p1,
      days: 5,
      status: 'refused',
      channel: 'online',
      submittedAt: '2025-04-08T09:00',
      endedAt: '2025-04-09T09:00',
      supplementSlips: ['2025-04-08T12:00'],
    }),
    // carried over: Thu 20/02 09:00, due Thu 06/03 09:00, ready Wed 05/03 16:00 (4,350 minutes), result on paper
    d5: await dossier(db, {
      ...at,
      procedureId: p2,
      days: 10,
      status: 'returned',
      channel: 'counter',
      submittedAt: '2025-02-20T09:00',
      receivedAt: '2025-02-20T09:00',
      dueAt: '2025-03-06T09:00',
      completedAt: '2025-03-05T16:00',
      returnedAt: '2025-03-06T10:00',
      result: false,
    }),
    // in progress, overdue since Mon 21/04 09:00
    d6: await dossier(db, {
      ...at,
      procedureId: p1,
      days: 5,
      status: 'processing',
      channel: 'counter',
      submittedAt: '2025-04-14T09:00',
      receivedAt: '2025-04-14T09:00',
      dueAt: '2025-04-21T09:00',
    }),
    // in progress, with the applicant since Thu 24/04 10:00 (before its due day): paused, not overdue
    d7: await dossier(db, {
      ...at,
      procedureId: p2,
      days: 10,
      status: 'supplement_requested',
      channel: 'online',
      submittedAt: '2025-04-22T08:00',
      receivedAt: '2025-04-22T09:00',
      dueAt: '2025-05-08T09:00',
      pausedSince: '2025-04-24T10:00',
      pauses: [['2025-04-24T10:00', null]],
      supplementSlips: ['2025-04-24T10:00'],
      submitted: [
        [R1, true],
        [R2, true],
      ],
    }),
    // in progress, not due yet
    d8: await dossier(db, {
      ...at,
      procedureId: p3,
      days: 15,
      status: 'processing',
      channel: 'counter',
      submittedAt: '2025-04-28T09:00',
      receivedAt: '2025-04-28T09:00',
      dueAt: '2025-05-20T09:00',
    }),
    // withdrawn the day after it was received
    d9: await dossier(db, {
      ...at,
      procedureId: p3,
      days: 15,
      status: 'withdrawn',
      channel: 'counter',
      submittedAt: '2025-03-25T09:00',
      receivedAt: '2025-03-25T09:00',
      dueAt: '2025-04-15T09:00',
      endedAt: '2025-03-26T10:00',
    }),
    // submitted online, waiting to be accepted: in no figure
    d10: await dossier(db, {
      ...at,
      procedureId: p1,
      days: 5,
      status: 'waiting',
      channel: 'online',
      submittedAt: '2025-04-29T10:00',
    }),
    // over before the period
    d11: await dossier(db, {
      ...at,
      procedureId: p1,
      days: 5,
      status: 'returned',
      channel: 'counter',
      submittedAt: '2025-02-03T09:00',
      receivedAt: '2025-02-03T09:00',
      dueAt: '2025-02-10T09:00',
      completedAt: '2025-02-05T09:00',
      returnedAt: '2025-02-06T09:00',
    }),
    // at A1, below A, which works three sessions Monday to Saturday (A1_HOURS): Fri 04/04 10:00 to Tue 08/04
    // 10:00 over Saturday, Sunday off and the Hùng Kings' day (Mon 07/04): 420 + 600 + 180 = 1,200 minutes, 2 days
    d12: await dossier(db, {
      agencyId: f.agencyA1,
      procedureId: p5,
      days: 5,
      status: 'result_ready',
      channel: 'counter',
      submittedAt: '2025-04-04T10:00',
      receivedAt: '2025-04-04T10:00',
      dueAt: '2025-04-11T10:00',
      completedAt: '2025-04-08T10:00',
    }),
    // at B
    d13: await dossier(db, {
      agencyId: f.agencyB,
      procedureId: p5,
      days: 5,
      status: 'processing',
      channel: 'online',
      submittedAt: '2025-03-11T10:00',
      receivedAt: '2025-03-11T10:00',
      dueAt: '2025-03-18T10:00',
    }),
  };
  return { procedures: { p1, p2, p3, p4, p5 }, dossiers };
}
