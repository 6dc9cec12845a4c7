/**
 * Throughput of @congso/vn-calendar on one core. Run: `node packages/vn-calendar/bench/bench.ts`
 * (Node 24 from the workspace). Prints one line per case with operations per second.
 * Target from issue 3: over 1,000,000 deadline computations per second (durations of a few to ~60 days).
 */
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
} from '../src/index.ts';

const N = 10_000;
let seed = 42;
function random(): number {
  // xorshift32, deterministic
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4_294_967_296;
}

function measure(name: string, run: (i: number) => number, minMs = 1000): void {
  let sink = 0;
  for (let i = 0; i < 50_000; i++) sink += run(i % N); // warm up
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < N; i++) sink += run(i);
    ops += N;
    elapsed = performance.now() - start;
  }
  const perSecond = Math.round((ops / elapsed) * 1000);
  console.log(
    `${name.padEnd(52)} ${perSecond.toLocaleString('en-US').padStart(12)} ops/s   (sink ${sink % 7})`,
  );
}

const t0 = performance.now();
solarToLunar('2025-01-29');
console.log(
  `${'lunar table, first use (1898–2200)'.padEnd(52)} ${(performance.now() - t0).toFixed(1).padStart(12)} ms`,
);

const calendar = new WorkingCalendar();
const t1 = performance.now();
calendar.addWorkingTime(vietnamTime(2025, 6, 2, 9), { days: 1 });
console.log(
  `${'working calendar, first use (3 years)'.padEnd(52)} ${(performance.now() - t1).toFixed(1).padStart(12)} ms`,
);

const from = vietnamTime(2024, 1, 1);
const to = vietnamTime(2026, 10, 1);
const starts = Array.from({ length: N }, () => Math.floor(from + random() * (to - from)));
const durations: WorkingDuration[] = Array.from({ length: N }, () =>
  random() < 0.8 ? { days: 1 + Math.floor(random() * 60) } : { days: Math.floor(random() * 120) / 2 + 0.5 },
);
const dates = starts.map((ms) => new Date(ms));
const ends = starts.map((ms, i) => calendar.addWorkingTime(ms, durations[i]!));
const pauses = starts.map((ms) => [{ start: ms + 86_400_000, end: ms + 4 * 86_400_000 }]);

measure('addWorkingTime (epoch ms, 0.5–60 days)', (i) => calendar.addWorkingTime(starts[i]!, durations[i]!));
measure('addWorkingTime (Date in, Date out)', (i) =>
  calendar.addWorkingTime(dates[i]!, durations[i]!).getTime(),
);
measure('subtractWorkingTime (epoch ms)', (i) => calendar.subtractWorkingTime(ends[i]!, durations[i]!));
measure('workingTimeBetween (epoch ms)', (i) => calendar.workingTimeBetween(starts[i]!, ends[i]!));
measure('addWorkingTime with one pause', (i) =>
  calendar.addWorkingTime(starts[i]!, durations[i]!, { pauses: pauses[i]! }),
);
measure('isWorkingTime', (i) => (calendar.isWorkingTime(starts[i]!) ? 1 : 0));

const first = dayNumber(1900, 1, 1);
const last = dayNumber(2199, 12, 31);
const days = Array.from({ length: N }, () => first + Math.floor(random() * (last - first)));
const lunar: LunarDate[] = days.map((d) => lunarDateOfDay(d));
const isoDates = days.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
measure('lunarDateOfDay (day number → lunar)', (i) => lunarDateOfDay(days[i]!).day);
measure('dayOfLunarDate (lunar → day number)', (i) => dayOfLunarDate(lunar[i]!));
measure("solarToLunar('YYYY-MM-DD')", (i) => solarToLunar(isoDates[i]!).day);
measure('lunarToSolar → { year, month, day }', (i) => lunarToSolar(lunar[i]!).day);
