/**
 * Statutory days off generated from Bộ luật Lao động 2019 (Labour Code, 45/2019/QH14), Art. 112 and
 * Art. 111(3), for any year 1900–2199. (The rules are those of the 2019 code for every year: it applies
 * from 2021; for earlier years use official schedules.)
 */
import { dayNumber, isoDateOfDay, solarDateOfDay, weekdayOfDay } from './civil.ts';
import { formatLunarDate } from './format.ts';
import { dayOfLunarDate, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, lunarDateOfDay } from './lunar.ts';

/** The six statutory holidays of Art. 112(1). */
export type HolidayId = 'new-year' | 'tet' | 'hung-kings' | 'victory' | 'labour' | 'national-day';

/**
 * Why a day is off:
 * - `holiday`: one of the 11 statutory days (Art. 112(1));
 * - `compensatory`: nghỉ bù, a holiday fell on a weekly rest day or on another holiday (Art. 111(3));
 * - `swap`: a working day moved by the Government (hoán đổi ngày làm việc), made up on another day;
 * - `other`: any other day off an official notice gives.
 */
export type DayOffKind = 'holiday' | 'compensatory' | 'swap' | 'other';

export interface DayOff {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Vietnamese name, e.g. "Tết Âm lịch (Mùng 1 tháng Giêng)" or "Nghỉ bù Ngày Chiến thắng 30/4". */
  name: string;
  kind: DayOffKind;
  /** For holidays and compensatory days, which holiday. */
  holiday?: HolidayId;
  /** For a compensatory day, the date of the holiday it makes up for. */
  compensates?: string;
  /** Legal basis or notice number. */
  basis?: string;
  /** False when the day could not be confirmed from the official text (bundled data only). */
  confirmed?: boolean;
  note?: string;
}

export interface StatutoryOptions {
  /**
   * Tết Âm lịch is 5 days; how many of them are before Tết (the last days of the old lunar year), the rest
   * being Mùng 1, Mùng 2, … The Prime Minister decides each year (Art. 112(3)). 0–5, default 1 (the last day of
   * the old year and the first 4 of the new).
   */
  tetDaysBefore?: number;
  /**
   * The second Quốc khánh day: 1/9 (`'before'`), 3/9 (`'after'`) or `'auto'` (default): the adjacent day that
   * joins 2/9 to a weekend. Precisely: take the neighbour that is a working weekday when only one is;
   * when both are, the one next to a weekly rest day (Tue → 1/9, Thu → 3/9), and 1/9 when neither is
   * (2/9 on a Wednesday). This reproduces the choices of 2021–2025.
   */
  nationalDayAdjacent?: 'before' | 'after' | 'auto';
  /** Weekly rest days (0 = Sunday … 6 = Saturday), default Saturday and Sunday (QĐ 188/1999/QĐ-TTg). */
  weeklyRestDays?: readonly number[];
  /**
   * Generate compensatory days (default true). A holiday that falls on a weekly rest day, or on the same date
   * as an earlier holiday (Giỗ Tổ Hùng Vương can fall on 30/4), gives one compensatory day: the first day
   * after it that is neither a weekly rest day nor a holiday nor already a compensatory day. Holidays are
   * compensated in date order, so 30/4 on Saturday and 1/5 on Sunday give Monday 2/5 and Tuesday 3/5.
   */
  compensate?: boolean;
}

export const LABOUR_CODE_BASIS = 'Bộ luật Lao động 2019, Điều 112';
const COMPENSATION_BASIS = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

const HOLIDAY_NAMES: Record<HolidayId, string> = {
  'new-year': 'Tết Dương lịch',
  tet: 'Tết Âm lịch',
  'hung-kings': 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế lao động',
  'national-day': 'Quốc khánh',
};

interface Generated {
  day: number;
  holiday: HolidayId;
  name: string;
}

function checkOptions(year: number, options: StatutoryOptions): void {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(
      `Năm ${year} nằm ngoài phạm vi hỗ trợ (${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR})`,
    );
  }
  const before = options.tetDaysBefore ?? 1;
  if (!Number.isInteger(before) || before < 0 || before > 5) {
    throw new RangeError(`tetDaysBefore phải là số nguyên từ 0 đến 5 (đang là ${before})`);
  }
  const adjacent = options.nationalDayAdjacent ?? 'auto';
  if (adjacent !== 'before' && adjacent !== 'after' && adjacent !== 'auto') {
    throw new RangeError(`nationalDayAdjacent phải là 'before', 'after' hoặc 'auto'`);
  }
  for (const d of options.weeklyRestDays ?? []) {
    if (!Number.isInteger(d) || d < 0 || d > 6)
      throw new RangeError(`Ngày nghỉ hằng tuần không hợp lệ: ${d}`);
  }
}

/** Which neighbour of 2/9 is the second Quốc khánh day, by the rule of {@link StatutoryOptions}. */
export function nationalDayAdjacentDay(
  year: number,
  choice: 'before' | 'after' | 'auto' = 'auto',
  weeklyRestDays: readonly number[] = [0, 6],
): number {
  const second = dayNumber(year, 9, 2);
  if (choice === 'before') return second - 1;
  if (choice === 'after') return second + 1;
  const rest = (day: number) => weeklyRestDays.includes(weekdayOfDay(day));
  const beforeWorks = !rest(second - 1);
  const afterWorks = !rest(second + 1);
  if (beforeWorks && !afterWorks) return second - 1;
  if (afterWorks && !beforeWorks) return second + 1;
  if (beforeWorks && afterWorks) {
    if (rest(second - 2)) return second - 1;
    if (rest(second + 2)) return second + 1;
  }
  return second - 1;
}

function generate(year: number, options: StatutoryOptions): Generated[] {
  const days: Generated[] = [];
  const add = (day: number, holiday: HolidayId, name = HOLIDAY_NAMES[holiday]) => {
    days.push({ day, holiday, name });
  };
  add(dayNumber(year, 1, 1), 'new-year');
  const tet = dayOfLunarDate({ year, month: 1, day: 1 });
  const before = options.tetDaysBefore ?? 1;
  for (let d = tet - before; d < tet + 5 - before; d++) {
    add(d, 'tet', `Tết Âm lịch (${formatLunarDate(lunarDateOfDay(d), { year: 'none' })})`);
  }
  add(dayOfLunarDate({ year, month: 3, day: 10 }), 'hung-kings', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  add(dayNumber(year, 4, 30), 'victory', 'Ngày Chiến thắng (30/4)');
  add(dayNumber(year, 5, 1), 'labour', 'Ngày Quốc tế lao động (1/5)');
  const adjacent = nationalDayAdjacentDay(
    year,
    options.nationalDayAdjacent,
    options.weeklyRestDays ?? [0, 6],
  );
  const second = dayNumber(year, 9, 2);
  add(second, 'national-day', 'Quốc khánh (2/9)');
  add(
    adjacent,
    'national-day',
    `Quốc khánh (ngày liền ${adjacent < second ? 'trước' : 'sau'}, ${adjacent < second ? '1/9' : '3/9'})`,
  );
  // Stable sort: two holidays on one date keep the order above.
  return days.sort((a, b) => a.day - b.day);
}

/**
 * The statutory days off of a Gregorian year, sorted by date: the 11 holiday days of Art. 112(1) (Tết
 * and Quốc khánh placed by the options) and the compensatory days of Art. 111(3). Two holidays on one
 * date give one entry (named after both) plus a compensatory day.
 */
export function statutoryHolidays(year: number, options: StatutoryOptions = {}): DayOff[] {
  checkOptions(year, options);
  const restDays = options.weeklyRestDays ?? [0, 6];
  const isRest = (day: number) => restDays.includes(weekdayOfDay(day));
  const generated = generate(year, options);
  const result: DayOff[] = [];
  const taken = new Set(generated.map((g) => g.day));
  const compensatory: DayOff[] = [];
  let previousDay = Number.NaN;
  for (const g of generated) {
    const coincides = g.day === previousDay;
    if (coincides) {
      const last = result[result.length - 1]!;
      last.name = `${last.name}; ${g.name}`;
    } else {
      result.push({
        date: isoDateOfDay(g.day),
        name: g.name,
        kind: 'holiday',
        holiday: g.holiday,
        basis: LABOUR_CODE_BASIS,
      });
    }
    previousDay = g.day;
    if (options.compensate !== false && (coincides || isRest(g.day))) {
      let c = g.day + 1;
      while (isRest(c) || taken.has(c)) c++;
      taken.add(c);
      const date = isoDateOfDay(g.day);
      const { day, month } = solarDateOfDay(g.day);
      const reason = coincides ? 'trùng ngày lễ khác' : 'trùng ngày nghỉ hằng tuần';
      compensatory.push({
        date: isoDateOfDay(c),
        name: `Nghỉ bù ${HOLIDAY_NAMES[g.holiday]} (${day}/${month} ${reason})`,
        kind: 'compensatory',
        holiday: g.holiday,
        compensates: date,
        basis: COMPENSATION_BASIS,
      });
    }
  }
  return [...result, ...compensatory].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
