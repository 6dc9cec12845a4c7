import { type Machine, machineLine } from './machine.ts';
import { formatNumber } from './stats.ts';
import type { BenchResult, Subject, Table } from './types.ts';

export interface ModuleInfo {
  name: string;
  description: string;
}

const cell = (value: string | number) =>
  (typeof value === 'number' ? formatNumber(value) : value).replaceAll('|', '\\|').replaceAll('\n', ' ');

const width = (text: string) => [...text].length;

/** Text columns aligned left, columns holding only numbers (or "–") right; cells padded to line up. */
function markdownTable(columns: string[], rows: (string | number)[][]): string {
  const numeric = columns.map((_, i) =>
    rows.every((row) => typeof row[i] === 'number' || row[i] === '–' || row[i] === undefined),
  );
  const header = columns.map(cell);
  const body = rows.map((row) => columns.map((_, i) => cell(row[i] ?? '')));
  const widths = columns.map((_, i) => Math.max(3, width(header[i]!), ...body.map((r) => width(r[i]!))));
  const line = (cells: string[]) =>
    `| ${cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - width(c));
        return numeric[i] ? pad + c : c + pad;
      })
      .join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`,
    ...body.map(line),
  ].join('\n');
}

/** One table per metric group; columns are the metrics in order of first appearance, headed `name (unit)`. */
function subjectsTables(subjects: Subject[]): string {
  const groups = new Map<string, { key: string; unit: string }[]>();
  for (const subject of subjects) {
    for (const [key, metric] of Object.entries(subject.metrics)) {
      const group = metric.group ?? '';
      const columns = groups.get(group) ?? [];
      groups.set(group, columns);
      if (!columns.some((c) => c.key === key)) columns.push({ key, unit: metric.unit });
    }
  }
  return [...groups]
    .map(([group, columns]) => {
      const header = [group, ...columns.map((c) => (c.unit ? `${c.key} (${c.unit})` : c.key))];
      // only the subjects measured in this group, and only their metrics of this group
      const inGroup = (s: Subject, key: string) =>
        (s.metrics[key]?.group ?? '') === group ? s.metrics[key] : undefined;
      const rows = subjects
        .filter((s) => columns.some((c) => inGroup(s, c.key)))
        .map((s) => [
          s.baseline ? `${s.name} — **baseline**` : s.name,
          ...columns.map((c) => inGroup(s, c.key)?.value ?? '–'),
        ]);
      return markdownTable(header, rows);
    })
    .join('\n\n');
}

function detailTable(table: Table): string {
  return `**${table.title}**\n\n${markdownTable(table.columns, table.rows)}`;
}

const BEGIN = (name: string) => `<!-- bench:${name}:begin -->`;
const END = (name: string) => `<!-- bench:${name}:end -->`;

/** The Markdown section of one benchmark, between markers so later runs can replace it alone. */
export function renderSection(
  module: ModuleInfo,
  result: BenchResult,
  machine: Machine,
  backgroundBusy: number,
): string {
  const parts = [
    BEGIN(module.name),
    `### \`${module.name}\`: ${module.description}`,
    `_Measured ${machineLine(machine)} · other work kept the CPUs at most ${Math.round(backgroundBusy * 100)}% busy just before each measurement_`,
    subjectsTables(result.subjects),
    `**Ratios** (all measured in this run): ${result.ratios
      .map((r) => `${r.label} = **${formatNumber(r.value)}×**`)
      .join('; ')}.`,
    `**Dataset.** ${result.dataset}`,
    `**Method.** ${result.method}`,
    ...(result.tables ?? []).map(detailTable),
    ...(result.notes?.length ? [`**Notes.**\n\n${result.notes.map((n) => `- ${n}`).join('\n')}`] : []),
    END(module.name),
  ];
  return parts.join('\n\n');
}

/** Sections of an existing BENCHMARKS.md by benchmark name. */
export function parseSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  const pattern = /<!-- bench:([\w-]+):begin -->[\s\S]*?<!-- bench:\1:end -->/g;
  for (const match of markdown.matchAll(pattern)) sections.set(match[1]!, match[0]);
  return sections;
}

const HOW_TO = `How to run: \`npm run bench\` runs every benchmark; \`npm run bench -- startup me\` runs only those named
(their sections below are replaced, the others kept); \`npm run bench -- --list\` lists them;
\`npm run bench -- --quick\` does short runs to check that benchmarks work and writes nothing. Run on an
otherwise idle machine: the harness waits for the CPUs to be nearly idle before each measurement (up to 30 s)
and records in each section how busy other work kept them.

### Adding a benchmark

1. Create \`bench/<name>.bench.ts\`; the harness finds it by its file name. Export \`name\` (the
   command-line name), \`description\` (one line) and \`run(context)\` returning a \`BenchResult\`
   (\`bench/lib/types.ts\`): the \`subjects\` measured, each with metrics and units, one of them the
   \`baseline\` measured **in the same run** (the bare database query, a bare Fastify route, the bare library
   call…), the \`ratios\` against it, the \`dataset\` with its size, the \`method\`, optional \`tables\` and
   \`notes\`.
2. Use \`context.tempDir()\` for data folders (removed afterwards), \`context.log()\` for progress,
   \`await context.waitForQuiet()\` before each measurement, and honour \`context.quick\` (fewer runs). Helpers: \`bench/lib/stats.ts\` (median, percentiles),
   \`bench/lib/processes.ts\` (spawn, free ports, wait for HTTP, stop), \`bench/lib/load.ts\` (HTTP load with
   autocannon), \`bench/lib/api-server-control.ts\` (the real app on a seeded embedded database, next to a
   bare Fastify route, in a child process). Timings are never asserted in tests.
3. Run \`npm run bench -- <name>\` and commit this file with the change.

\`\`\`ts
import type { BenchContext, BenchResult } from './lib/types.ts';

export const name = 'deadlines';
export const description = 'calendar deadlines computed per second';

export async function run(context: BenchContext): Promise<BenchResult> {
  // measure the baseline and the subject here, in this process or in child processes
}
\`\`\``;

/**
 * The whole BENCHMARKS.md: header with the machine of this run, then one section per known benchmark,
 * fresh where it was run now, kept from the previous file otherwise.
 */
export function renderReport(
  modules: ModuleInfo[],
  fresh: Map<string, string>,
  previous: string,
  machine: Machine,
): string {
  const kept = parseSections(previous);
  const sections = modules.map(
    (m) =>
      fresh.get(m.name) ??
      kept.get(m.name) ??
      [
        BEGIN(m.name),
        `### \`${m.name}\`: ${m.description}`,
        `_Not run yet: \`npm run bench -- ${m.name}\`._`,
        END(m.name),
      ].join('\n\n'),
  );
  const machineTable = markdownTable(
    ['Machine of the latest run', ''],
    [
      ['CPU', machine.cpu],
      ['Cores', String(machine.cores)],
      ['RAM', `${machine.ramGiB} GiB`],
      ['OS', machine.os],
      ['Node.js', machine.node],
      ['PostgreSQL (embedded)', machine.postgres],
      ['Date', machine.date],
      ['Load average (1 min) at start', String(machine.loadAverage)],
    ],
  );
  return `# Benchmarks

<!-- Written by \`npm run bench\` (bench/run.ts). Change the benchmarks in bench/, not the sections below. -->

${HOW_TO}

## Machine

${machineTable}

Each section below names the run (and machine) its numbers come from; sections of benchmarks that were not
run this time are kept from earlier runs.

## Results

${sections.join('\n\n')}
`;
}
