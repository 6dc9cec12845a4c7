import {
  dayNumber,
  dayOfLunarDate,
  type LunarDate,
  lunarDateOfDay,
  lunarToSolar,
  solarToLunar,
  vietnamTime,
  WorkingCalendar,
  type WorkingDuration,
} from '@congso/vn-calendar';
import { opsPerSecond, seededRandom } from './lib/throughput.ts';
import type { BenchContext, BenchResult, Subject } from './lib/types.ts';

export const name = 'calendar';
export const description = 'working-time deadlines and lunar conversions per second (packages/vn-calendar)';

const CASES = 10_000;

export async function run(context: BenchContext): Promise<BenchResult> {
  const minMs = context.quick ? 200 : 2000;
  const random = seededRandom(42);
  const calendar = new WorkingCalendar();
  const firstUse = performance.now();
  calendar.addWorkingTime(vietnamTime(2025, 6, 2, 9), { days: 1 });
  const calendarFirstUseMs = performance.now() - firstUse;

  // instants between 2024 and late 2026 (the years with official schedules), durations of 0.5–60 days
  const from = vietnamTime(2024, 1, 1);
  const to = vietnamTime(2026, 10, 1);
  const starts = Array.from({ length: CASES }, () => Math.floor(from + random() * (to - from)));
  const durations: WorkingDuration[] = Array.from({ length: CASES }, () =>
    random() < 0.8 ? { days: 1 + Math.floor(random() * 60) } : { days: Math.floor(random() * 120) / 2 + 0.5 },
  );
  const dayCounts = durations.map((d) => d.days ?? 0);
  const ends = starts.map((ms, i) => calendar.addWorkingTime(ms, durations[i]!));
  const pauses = starts.map((ms) => [{ start: ms + 86_400_000, end: ms + 4 * 86_400_000 }]);

  const first = dayNumber(1900, 1, 1);
  const last = dayNumber(2199, 12, 31);
  const days = Array.from({ length: CASES }, () => first + Math.floor(random() * (last - first)));
  const lunar: LunarDate[] = days.map((d) => lunarDateOfDay(d));
  const isoDates = days.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

  const measure = async (label: string, fn: (i: number) => number, baseline = false): Promise<Subject> => {
    await context.waitForQuiet();
    context.log(`${label}…`);
    const rate = opsPerSecond(fn, CASES, minMs);
    return {
      name: label,
      ...(baseline ? { baseline: true } : {}),
      metrics: { 'ops/s': { value: Math.round(rate), unit: 'ops/s' } },
    };
  };

  const naive = await measure(
    'baseline: calendar-blind deadline (start + days × 24 h)',
    (i) => starts[i]! + dayCounts[i]! * 86_400_000,
    true,
  );
  const add = await measure('addWorkingTime, 0.5–60 working days', (i) =>
    calendar.addWorkingTime(starts[i]!, durations[i]!),
  );
  const subtract = await measure('subtractWorkingTime', (i) =>
    calendar.subtractWorkingTime(ends[i]!, durations[i]!),
  );
  const between = await measure('workingTimeBetween', (i) =>
    calendar.workingTimeBetween(starts[i]!, ends[i]!),
  );
  const paused = await measure('addWorkingTime with a 3-day pause', (i) =>
    calendar.addWorkingTime(starts[i]!, durations[i]!, { pauses: pauses[i]! }),
  );
  const isoBaseline = await measure("baseline: new Date('YYYY-MM-DD').getTime()", (i) =>
    new Date(isoDates[i]!).getTime(),
  );
  const toLunarDay = await measure(
    'lunarDateOfDay (day number → lunar date)',
    (i) => lunarDateOfDay(days[i]!).day,
  );
  const toLunar = await measure("solarToLunar('YYYY-MM-DD')", (i) => solarToLunar(isoDates[i]!).day);
  const toSolar = await measure('lunarToSolar', (i) => lunarToSolar(lunar[i]!).day);
  const toDay = await measure('dayOfLunarDate (lunar date → day number)', (i) => dayOfLunarDate(lunar[i]!));

  const rate = (s: Subject) => s.metrics['ops/s']!.value;
  return {
    method:
      `In this process, one core: each function runs over ${CASES.toLocaleString('en-US')} prepared inputs ` +
      `in turn after a 50,000-call warm-up, for at least ${minMs} ms; results are summed so no call is ` +
      'optimised away. Two baselines in the same run: deadline arithmetic that ignores the calendar, and ' +
      "parsing an ISO date with Date (the cheapest 'date in, number out' JavaScript has).",
    dataset:
      `${CASES.toLocaleString('en-US')} random start instants 2024-01-01 – 2026-10-01 (the bundled official ` +
      'schedules) with durations of 0.5–60 working days (80% whole days); ' +
      `${CASES.toLocaleString('en-US')} random days 1900–2199 for the lunar conversions. Default working ` +
      `hours (07:30–11:30, 13:30–17:00, Monday–Friday). First use of a WorkingCalendar (building its ` +
      `per-year tables): ${calendarFirstUseMs.toFixed(1)} ms.`,
    subjects: [naive, add, subtract, between, paused, isoBaseline, toLunarDay, toLunar, toSolar, toDay],
    ratios: [
      { label: 'addWorkingTime ÷ calendar-blind deadline (ops/s)', value: rate(add) / rate(naive) },
      { label: "solarToLunar ÷ new Date('YYYY-MM-DD') (ops/s)", value: rate(toLunar) / rate(isoBaseline) },
    ],
    notes: [
      `Issue 3 target: over 1,000,000 deadline computations per second on one core — measured ${Math.round(rate(add)).toLocaleString('en-US')}.`,
    ],
  };
}
