/** Value below which `p` percent of the samples fall (nearest rank on the sorted samples). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** A percentile of sorted milliseconds, rounded for the report (`round`). */
export const p = (sorted: number[], q: number) => round(percentile(sorted, q));

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  };
}

/** Rounds for display: 3 significant digits below 100, whole numbers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value);
  if (magnitude >= 10) return Math.round(value * 10) / 10;
  if (magnitude >= 1) return Math.round(value * 100) / 100;
  return Number(value.toPrecision(3));
}

/** A number for tables: `round`, no thousands separators (unambiguous in English and Vietnamese). */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(round(value)) : '–';
}

/** Milliseconds of `runs` calls of `fn` in a row, sorted, after one call to warm the plan cache and buffers. */
export async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return out.sort((a, b) => a - b);
}

/**
 * `fn` called by `callers` at once, each again as soon as it returns, for `seconds`: calls per second. The
 * rate is over the time measured (the last calls end after `seconds`), or, with `over` 'nominal', over
 * `seconds` itself (how the documents bench has always reported it). A failed call fails the measurement.
 */
export async function concurrent(
  callers: number,
  seconds: number,
  fn: (caller: number) => Promise<unknown>,
  over: 'measured' | 'nominal' = 'measured',
): Promise<number> {
  let count = 0;
  const errors: string[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      while (performance.now() < until) {
        try {
          await fn(caller);
          count++;
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
    }),
  );
  if (errors.length) throw new Error(`${errors.length} calls failed, the first: ${errors[0]}`);
  return count / (over === 'nominal' ? seconds : (performance.now() - started) / 1000);
}
