import { type RawBuilder, sql } from 'kysely';
import type { DossierStatistics } from '../apps/server/src/modules/dossier-statistics/schema.ts';
import {
  dossierIndicators,
  dossierStatistics,
} from '../apps/server/src/modules/dossier-statistics/service.ts';
import { listDossiers } from '../apps/server/src/modules/dossiers/list.ts';
import { type ReceiveInput, receiveDossier } from '../apps/server/src/modules/dossiers/receiving.ts';
import type { RequestContext } from '../apps/server/src/platform/context.ts';
import type { Database } from '../apps/server/src/platform/db/database.ts';
import { searchKey } from '../apps/server/src/platform/db/search.ts';
import { actingAs } from '../apps/server/src/seed/demo-documents.ts';
import { openDemoDatabase } from './lib/demo-database.ts';
import { describeDataset, type LoadedData, loadDossiers } from './lib/dossier-data.ts';
import { concurrent, p, round, timed } from './lib/stats.ts';
import type { BenchContext, BenchResult, Ratio, Subject, Table } from './lib/types.ts';

export const name = 'dossiers';
export const description =
  'one-stop back office on 500,000 dossiers: list and dashboard latency, receiving throughput, against the bare SQL';

/** What each of the three measurements adds to the result. */
interface Part {
  method: string;
  subjects: Subject[];
  ratios: Ratio[];
  tables: Table[];
}

interface Setting {
  db: Database;
  context: BenchContext;
  data: LoadedData;
}

const latency = (sorted: number[], group?: string) => ({
  p50: { value: p(sorted, 50), unit: 'ms', ...(group ? { group } : {}) },
  p95: { value: p(sorted, 95), unit: 'ms', ...(group ? { group } : {}) },
});
const ratioOf = (ours: number[], bare: number[]) => round(p(ours, 95) / Math.max(p(bare, 95), 0.001));
/** Each call its own request, as each HTTP request is (the audit numbers its entries per request). */
const fresh = (ctx: RequestContext): RequestContext => ({
  ...ctx,
  requestId: crypto.randomUUID(),
  auditCount: 0,
});

/**
 * The dossier list through the list service as a one-stop officer of the service centre sees it (first page,
 * a status, an applicant's name typed without diacritics) and a specialist's "mine" queue, each against the
 * bare SQL of the same page.
 */
async function measureList({ db, context, data }: Setting): Promise<Part> {
  const runs = context.quick ? 5 : 40;
  const centre = data.centreId;
  const officer = await actingAs(db, 'motcua.ttpvhcc');
  const specialist = await actingAs(db, 'chuyenvien.stp');
  // the most frequent applicant name at the centre, typed without diacritics
  const frequent = (
    await sql<{ applicantName: string }>`select applicant_name from dossiers where agency_id = ${centre}
      group by 1 order by count(*) desc, 1 limit 1`.execute(db)
  ).rows[0]!.applicantName;
  const typed = searchKey(frequent);
  const page = (where: RawBuilder<unknown>) =>
    sql`select d.* from dossiers d where d.agency_id = ${centre} and ${where}
      order by d.submitted_at desc limit 20`.execute(db);
  const list = (ctx: RequestContext, filters: { status?: 'processing'; q?: string; queue?: 'mine' } = {}) =>
    listDossiers(db, fresh(ctx), { page: 1, pageSize: 20, ...filters });
  const cases = [
    {
      label: 'first page, newest first',
      who: 'one-stop officer of the centre',
      service: () => list(officer),
      bare: () => page(sql`true`),
    },
    {
      label: 'status "processing"',
      who: 'one-stop officer of the centre',
      service: () => list(officer, { status: 'processing' }),
      bare: () => page(sql`d.status = 'processing'`),
    },
    {
      label: `applicant "${typed}" (typed without diacritics)`,
      who: 'one-stop officer of the centre',
      service: () => list(officer, { q: typed }),
      bare: () =>
        page(
          sql.join(
            typed.split(/\s+/).map((w) => sql`d.search like ${`%${w}%`}`),
            sql` and `,
          ),
        ),
    },
    {
      label: 'queue "mine" (active steps handed to me or to nobody)',
      who: 'specialist of Sở Tư pháp',
      service: () => list(specialist, { queue: 'mine' }),
      bare: () =>
        sql`select d.* from dossier_steps s join dossiers d on d.id = s.dossier_id
          where s.handler_agency_id = ${data.justiceId} and s.status = 'active' and s.role = 'handle'
            and d.status = 'processing'
            and (s.assignee_id is null or s.assignee_id = ${specialist.actor!.userId})
          order by d.submitted_at desc limit 20`.execute(db),
    },
  ];
  const all: number[] = [];
  const bareAll: number[] = [];
  const subjects: Subject[] = [];
  const rows: (string | number)[][] = [];
  for (const c of cases) {
    await context.waitForQuiet();
    const bare = await timed(runs, c.bare);
    const ours = await timed(runs, c.service);
    const found = await c.service();
    bareAll.push(...bare);
    all.push(...ours);
    subjects.push({ name: `list as the ${c.who}: ${c.label}`, metrics: latency(ours) });
    rows.push([
      c.label,
      c.who,
      `${found.total}${found.more ? '+' : ''}`,
      p(bare, 50),
      p(bare, 95),
      ratioOf(ours, bare),
    ]);
    context.log(`list ${c.label}: ${found.total} dossiers, p50 ${p(ours, 50)} ms, p95 ${p(ours, 95)} ms`);
  }
  all.sort((a, b) => a - b);
  bareAll.sort((a, b) => a - b);
  return {
    method: `List: each case runs once to warm up, then ${runs} times in a row through the list service (the code the API route calls, without HTTP: visibility, queue and filters, the count up to 1,000, a page of 20 newest first), right after the bare SQL of the same page measured the same way.`,
    subjects: [
      {
        name: 'baseline: bare SQL of the same pages (the agency’s rows or the queue’s, filtered, newest first, 20 rows)',
        baseline: true,
        metrics: latency(bareAll),
      },
      ...subjects,
    ],
    ratios: [{ label: 'list p95 (all cases) ÷ bare SQL p95', value: ratioOf(all, bareAll) }],
    tables: [
      {
        title: 'Dossier list by case: the bare SQL of the same page (ms)',
        columns: [
          'case',
          'as',
          'dossiers found (counted up to 1,000)',
          'bare p50',
          'bare p95',
          'p95 ÷ bare p95',
        ],
        rows,
      },
    ],
  };
}

/**
 * The statistics and the QĐ 766 indicators of last year for the service centre and for the whole province,
 * against a bare count(*) … group by over the dossiers received that year.
 */
async function measureDashboard({ db, context, data }: Setting): Promise<Part> {
  const runs = context.quick ? 3 : 10;
  const group = 'dashboard';
  const admin = await actingAs(db, 'admin');
  const year = new Date().getFullYear() - 1;
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const root = (await sql<{ id: string }>`select id from agencies where parent_id is null`.execute(db))
    .rows[0]!.id;
  const bareFigures = (agencies: RawBuilder<unknown>) =>
    sql`select d.agency_id, d.status, d.channel, count(*),
        count(*) filter (where d.completed_at <= d.due_at), count(*) filter (where d.completed_at > d.due_at)
      from dossiers d
      where ${agencies} and d.received_at >= ${`${year}-01-01T00:00:00+07:00`}::timestamptz
        and d.received_at < ${`${year + 1}-01-01T00:00:00+07:00`}::timestamptz
      group by 1, 2, 3`.execute(db);
  const scopes = [
    {
      label: 'the service centre',
      query: { agencyId: data.centreId, ...period, includeSubAgencies: false },
      bare: () => bareFigures(sql`d.agency_id = ${data.centreId}`),
    },
    {
      label: 'the whole province',
      query: { agencyId: root, ...period, includeSubAgencies: true },
      bare: () =>
        bareFigures(sql`d.agency_id in (select id from agencies where path @> array[${root}]::uuid[])`),
    },
  ];
  const part: Part = { method: '', subjects: [], ratios: [], tables: [] };
  const rows: (string | number)[][] = [];
  for (const s of scopes) {
    await context.waitForQuiet();
    const bare = await timed(runs, s.bare);
    // the last run's answer, for the table of scopes
    let sample: DossierStatistics | undefined;
    const statistics = await timed(runs, async () => {
      sample = await dossierStatistics(db, fresh(admin), s.query);
    });
    const indicators = await timed(runs, () => dossierIndicators(db, fresh(admin), s.query));
    part.subjects.push(
      {
        name: `baseline: bare count(*) … group by over ${s.label}'s dossiers received in ${year}`,
        metrics: latency(bare, group),
      },
      {
        name: `statistics of ${s.label}, ${year} (figures, months, by field, procedure, agency)`,
        metrics: latency(statistics, group),
      },
      { name: `QĐ 766 indicators of ${s.label}, ${year}`, metrics: latency(indicators, group) },
    );
    part.ratios.push(
      { label: `statistics of ${s.label} p95 ÷ bare p95`, value: ratioOf(statistics, bare) },
      { label: `QĐ 766 indicators of ${s.label} p95 ÷ bare p95`, value: ratioOf(indicators, bare) },
    );
    rows.push([
      s.label,
      sample!.agencyCount,
      sample!.summary.received.total,
      sample!.summary.completed.total,
    ]);
    context.log(
      `dashboard ${s.label}: statistics p95 ${p(statistics, 95)} ms, indicators p95 ${p(indicators, 95)} ms, bare p95 ${p(bare, 95)} ms`,
    );
  }
  part.method = `Dashboard: ${runs} runs each (after one to warm up) of the statistics and of the QĐ 766 indicators for ${year} (1 January–31 December) through their services, as the system administrator, for the service centre alone and for the province's root agency with every agency below it, each after a bare count(*) … group by agency, status and channel over the dossiers received that year.`;
  part.tables.push({
    title: `Dashboard scopes, ${year}`,
    columns: ['scope', 'agencies counted', 'received', 'completed'],
    rows,
  });
  return part;
}

/**
 * Counters receiving complete dossiers at the service centre at once through the receive service (each code
 * taken from the day's sequence under its row lock), against bare INSERTs of dossier rows.
 */
async function measureReceiving({ db, context, data }: Setting): Promise<Part> {
  const counters = 10;
  const seconds = context.quick ? 3 : 15;
  const group = 'receiving';
  const officer = await actingAs(db, 'motcua.ttpvhcc');
  // the centre's ten most asked-for procedures, and the papers they require
  const popular = (
    await sql<{ procedureId: string }>`select procedure_id from dossiers where agency_id = ${data.centreId}
      group by 1 order by count(*) desc limit 10`.execute(db)
  ).rows.map((r) => r.procedureId);
  const required = (
    await db
      .selectFrom('procedures')
      .select('requiredDocuments')
      .where('id', '=', popular[0]!)
      .executeTakeFirstOrThrow()
  ).requiredDocuments as { name: string }[];
  let n = 0;
  const receiveOne = (caller: number) => {
    const k = n++;
    const input: ReceiveInput = {
      procedureId: popular[k % popular.length]!,
      applicant: {
        kind: 'citizen',
        name: `Nguyễn Văn Quầy ${caller + 1}`,
        idNumber: `0109${String(k).padStart(8, '0')}`,
        phone: '0912345678',
        address: 'Tổ 5, phường Cam Đường, tỉnh Lào Cai',
      },
      summary: null,
      formData: {},
      documents: required.map((d) => ({ requirement: d.name, copyKind: 'copy', quantity: 1 })),
      resultDelivery: 'counter',
      outcome: 'complete',
      supplementItems: [],
    };
    return receiveDossier(db, fresh(officer), input);
  };
  await context.waitForQuiet();
  const receiving = await concurrent(counters, seconds, receiveOne);
  await context.waitForQuiet();
  let inserted = 0;
  const bareInsert = await concurrent(counters, seconds, () =>
    sql`insert into dossiers (code, agency_id, procedure_id, status, channel, applicant_kind, applicant_name,
          applicant_id_number, processing_days)
        values (${`BENCH-${String(inserted++).padStart(8, '0')}`}, ${data.centreId}, ${popular[0]!}, 'processing',
          'counter', 'citizen', 'Nguyễn Văn Quầy', '010900000000', 5)`.execute(db),
  );
  context.log(`receiving ${receiving.toFixed(0)}/s, bare INSERT ${bareInsert.toFixed(0)}/s`);
  return {
    method: `Receiving: ${counters} concurrent callers for ${seconds} s, each receiving a complete dossier of one of the centre's ten most asked-for procedures as the centre's one-stop officer, then ${counters} callers doing bare INSERTs of dossier rows for as long.`,
    subjects: [
      {
        name: `baseline: bare INSERT of a dossier row, ${counters} at a time`,
        metrics: { 'per second': { value: Math.round(bareInsert), unit: '/s', group } },
      },
      {
        name: `receive a dossier at the centre's counter (code from the day's sequence, steps, clock, files, receipt Mẫu 01, history, audit), ${counters} counters at once`,
        metrics: { 'per second': { value: Math.round(receiving), unit: '/s', group } },
      },
    ],
    ratios: [{ label: 'receiving ÷ bare INSERT', value: round(receiving / bareInsert) }],
    tables: [],
  };
}

export async function run(context: BenchContext): Promise<BenchResult> {
  // BENCH_DOSSIERS sets the size (to try a change at scale with --quick); the report uses 500,000
  const total = Number(process.env.BENCH_DOSSIERS) || (context.quick ? 20_000 : 500_000);
  const demo = await openDemoDatabase(context);
  const { db } = demo;
  try {
    context.log(`loading ${total} dossiers…`);
    const data = await loadDossiers(db, demo.fixturesDir, total, context.log);
    context.log(`loaded in ${data.seconds.toFixed(0)} s: ${JSON.stringify(data.rows)}`);
    const setting = { db, context, data };
    const parts = [
      await measureList(setting),
      await measureDashboard(setting),
      await measureReceiving(setting),
    ];
    const rows = Object.entries(data.rows)
      .map(([table, count]) => `${table} ${count.toLocaleString('en')}`)
      .join(', ');
    return {
      method: parts.map((part) => part.method).join(' '),
      dataset: `${total.toLocaleString('en')} dossiers (${(data.dossierBytes / 1_048_576).toFixed(0)} MiB with indexes). ${describeDataset(data)} Rows: ${rows}. Loaded in ${data.seconds.toFixed(0)} s.`,
      subjects: parts.flatMap((part) => part.subjects),
      ratios: parts.flatMap((part) => part.ratios),
      tables: parts.flatMap((part) => part.tables),
    };
  } finally {
    await demo.close();
  }
}
