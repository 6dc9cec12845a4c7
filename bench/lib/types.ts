/**
 * The contract between `bench/run.ts` and a benchmark module (`bench/<name>.bench.ts`).
 *
 * A module exports `name`, `description` and `run(context)`; run returns a `BenchResult`. The harness
 * prints it and renders it as the module's section of BENCHMARKS.md.
 */

export interface BenchContext {
  /** `--quick`: fewer runs and shorter durations, to check that a benchmark works (results not written). */
  quick: boolean;
  /** Progress line on stderr, prefixed with the benchmark's name. */
  log(message: string): void;
  /**
   * Call before each measurement: waits (up to 30 s) until the CPUs are nearly idle, since other work on
   * the machine skews the numbers. The harness records the worst sample in the section.
   */
  waitForQuiet(): Promise<number>;
  /**
   * A fresh folder for this benchmark's data (`.data/bench-<name>-<label>-*` in the repository), removed
   * when the benchmark ends (kept with BENCH_KEEP=1).
   */
  tempDir(label?: string): string;
}

/** One number with its unit: `{ value: 12.3, unit: 'ms' }`. */
export interface Metric {
  value: number;
  unit: string;
  /** Metrics of the same group share a table (in order of first appearance); default: the first table. */
  group?: string;
}

/** A row of the results table: what was measured, and its metrics by column name. */
export interface Subject {
  name: string;
  /** The reference measured in the same run; exactly one subject of a result is the baseline. */
  baseline?: boolean;
  metrics: Record<string, Metric>;
}

/** `subject ÷ baseline` for one metric, e.g. "warm start ÷ bare Fastify start (median)" = 3.1. */
export interface Ratio {
  label: string;
  value: number;
}

/** Extra detail rendered as a table (phase timings, SQL statements, …). */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface BenchResult {
  /** How it was measured: runs, durations, connections, what the clock starts and stops on. */
  method: string;
  /** What data the measurement ran against, with sizes. */
  dataset: string;
  /** Rows of the results table, the baseline among them. */
  subjects: Subject[];
  ratios: Ratio[];
  tables?: Table[];
  /** Observations worth keeping next to the numbers (caveats, bottlenecks). */
  notes?: string[];
}

export interface BenchModule {
  /** Short identifier, also the command-line name: `npm run bench -- <name>`. */
  name: string;
  /** One line: what is measured. */
  description: string;
  run(context: BenchContext): Promise<BenchResult>;
}
