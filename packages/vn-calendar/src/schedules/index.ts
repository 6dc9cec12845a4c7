/**
 * Official schedules shipped with the package, one JSON file per year in the format of
 * {@link OfficialSchedule} (see the README). Each names the notices it comes from and marks what could not
 * be confirmed.
 */
import { type OfficialSchedule, parseOfficialSchedule } from '../schedule.ts';
import schedule2024 from './2024.json' with { type: 'json' };
import schedule2025 from './2025.json' with { type: 'json' };
import schedule2026 from './2026.json' with { type: 'json' };

export const BUNDLED_SCHEDULES: readonly OfficialSchedule[] = Object.freeze(
  [schedule2024, schedule2025, schedule2026].map((s) => parseOfficialSchedule(s)),
);

/** The bundled official schedule of a year, if there is one (2024, 2025, 2026). */
export function bundledSchedule(year: number): OfficialSchedule | undefined {
  return BUNDLED_SCHEDULES.find((s) => s.year === year);
}
