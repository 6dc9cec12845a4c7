import { readFileSync } from 'node:fs';
import {
  type DayStatus,
  type OfficialSchedule,
  officialScheduleProblems,
  type WorkingCalendar,
} from '@congso/vn-calendar';
import type { Command } from 'commander';
import { CalendarSnapshot, storedSchedules } from '../../modules/calendar/cache.ts';
import {
  type CalendarDay,
  calendarDay,
  deadlineOf,
  describeHours,
  formatDateVi,
  formatInstantVi,
  type HolidaysOfYear,
  holidaysOf,
  parseInstant,
  parseLunarNotation,
  type ScheduleSource,
  solarOf,
} from '../../modules/calendar/operations.ts';
import { agencyHours } from '../../modules/calendar/repository.ts';
import { deadlineQuery, lunarQuery, yearParams } from '../../modules/calendar/schema.ts';
import { loadConfig } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { z } from '../../platform/http/zod-vietnamese.ts';
import { openRuntime, type Runtime } from '../../platform/runtime.ts';
import { findAgency } from '../find-agency.ts';

interface Common {
  json?: boolean;
  schedule?: string;
}

/**
 * Official schedules from a file: one schedule object in the format of @congso/vn-calendar, or a list of them
 * (one per year). Years in the file use it; other years fall back to the bundled schedules (2024–2026),
 * then to the days generated from the Labour Code. No database is used for the schedules.
 */
export function readScheduleFile(file: string): OfficialSchedule[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Không đọc được tệp lịch ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`Tệp lịch ${file} không phải JSON hợp lệ: ${(error as Error).message}`);
  }
  const list = Array.isArray(value) ? value : [value];
  const problems: string[] = [];
  const years = new Set<number>();
  list.forEach((schedule, i) => {
    const where = Array.isArray(value) ? `[${i}] ` : '';
    for (const p of officialScheduleProblems(schedule)) problems.push(`${where}${p}`);
    const year = (schedule as { year?: unknown })?.year;
    if (typeof year === 'number') {
      if (years.has(year)) problems.push(`${where}năm ${year} xuất hiện hai lần`);
      years.add(year);
    }
  });
  if (problems.length > 0) {
    throw new Error(`Tệp lịch ${file} không hợp lệ:\n- ${problems.join('\n- ')}`);
  }
  return list as OfficialSchedule[];
}

function check<T extends z.ZodType>(schema: T, input: unknown, names: Record<string, string>): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    return `${names[key] ?? key}: ${issue.message}`;
  });
  throw new Error(`Dữ liệu không hợp lệ:\n- ${lines.join('\n- ')}`);
}

function print(value: unknown, json: boolean | undefined, human: () => string): void {
  console.log(json ? JSON.stringify(value, null, 2) : human());
}

/** The schedules to use: the file's (no database), or the database's through the calendar module's cache. */
async function withSchedules<T>(
  options: Common,
  needDatabase: boolean,
  work: (snapshot: CalendarSnapshot, db: Database | undefined) => Promise<T>,
): Promise<T> {
  const fromFile = options.schedule
    ? new CalendarSnapshot(readScheduleFile(options.schedule), 'file')
    : undefined;
  if (fromFile && !needDatabase) return work(fromFile, undefined);
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime(loadConfig(), () => {});
    const { db } = runtime.database;
    const snapshot = fromFile ?? (await storedSchedules(db)).snapshot;
    return await work(snapshot, db);
  } finally {
    await runtime?.close();
  }
}

function statusText(status: DayStatus): string {
  if (status.dayOff && !status.working) {
    return `Ngày nghỉ: ${status.dayOff.name}${status.dayOff.basis ? ` (${status.dayOff.basis})` : ''}`;
  }
  if (status.makeUp && status.working) return `Ngày làm bù: ${status.makeUp.name}`;
  return status.working ? 'Ngày làm việc' : 'Ngày nghỉ hằng tuần';
}

function dayWithStatus(day: CalendarDay, calendar: WorkingCalendar | undefined) {
  if (!calendar) return { value: day, status: undefined };
  const status = calendar.dayStatus(day.solar);
  return { value: { ...day, status }, status };
}

function canChiLine(day: CalendarDay): string {
  return `${day.weekday}; ngày ${day.canChi.day}, tháng ${day.canChi.month}, năm ${day.canChi.year}`;
}

const SOURCE_TEXT: Record<ScheduleSource, string> = {
  database: 'lịch chính thức lưu trong hệ thống',
  bundled: 'lịch chính thức kèm theo phần mềm',
  file: 'lịch chính thức từ tệp',
  generated:
    'chưa có lịch chính thức: ngày nghỉ tính theo Bộ luật Lao động 2019, có thể khác thông báo hằng năm',
};

const KIND_TEXT: Record<string, string> = {
  compensatory: ' [nghỉ bù]',
  swap: ' [hoán đổi]',
  other: ' [khác]',
};

function holidaysText(h: HolidaysOfYear): string {
  const lines = [`Ngày nghỉ năm ${h.year} (${SOURCE_TEXT[h.source]})`];
  if (h.notices.length > 0) {
    const notices = h.notices.map(
      (n) =>
        `${n.number}${n.date ? ` ngày ${formatDateVi(n.date)}` : ''} (${n.issuer})${n.confirmed ? '' : ' (chưa xác nhận)'}`,
    );
    lines.push(`Căn cứ: ${notices.join('; ')}`);
  }
  lines.push('');
  const row = (d: { date: string; weekday: string; name: string; confirmed?: boolean | undefined }) =>
    `${d.weekday.padEnd(9)} ${formatDateVi(d.date)}  ${d.name}`;
  for (const d of h.daysOff) {
    lines.push(`${row(d)}${KIND_TEXT[d.kind] ?? ''}${d.confirmed === false ? ' (chưa xác nhận)' : ''}`);
  }
  if (h.workingDays.length > 0) {
    lines.push('', 'Ngày làm bù:');
    for (const w of h.workingDays) lines.push(`${row(w)}${w.confirmed === false ? ' (chưa xác nhận)' : ''}`);
  }
  lines.push(
    '',
    `Tổng cộng: ${h.daysOff.length} ngày nghỉ ngoài thứ Bảy, Chủ nhật; ${h.workingDays.length} ngày làm bù.`,
  );
  return lines.join('\n');
}

function durationText(days: number, hours: number): string {
  const parts = [];
  if (days) parts.push(`${days} ngày`);
  if (hours) parts.push(`${hours} giờ`);
  return `${parts.join(' ') || '0 giờ'} làm việc`;
}

export function registerCalendarCommands(program: Command): void {
  const calendar = program
    .command('calendar')
    .description('Lịch: âm lịch, ngày nghỉ lễ, tính hạn theo ngày làm việc / calendar');
  const common = (command: Command) =>
    command
      .option('--json', 'kết quả dạng JSON / machine-readable output')
      .option(
        '--schedule <file>',
        'dùng lịch nghỉ lễ chính thức trong tệp JSON thay cho cơ sở dữ liệu / schedule file instead of the database',
      );

  common(
    calendar
      .command('lunar')
      .description('Đổi ngày dương lịch sang âm lịch / solar → lunar, e.g. 2026-02-17')
      .argument('<date>', 'ngày dương lịch YYYY-MM-DD'),
  ).action(async (date: string, options: Common) => {
    const { date: solar } = check(lunarQuery, { date }, { date: 'ngày' });
    // no database: the conversion is pure; --schedule only adds the day's status from the file
    const file = options.schedule
      ? new CalendarSnapshot(readScheduleFile(options.schedule), 'file')
      : undefined;
    const day = calendarDay(solar);
    const { value, status } = dayWithStatus(day, file?.calendar());
    print(value, options.json, () =>
      [
        `${formatDateVi(day.solar)} dương lịch = ${day.lunarText}`,
        canChiLine(day),
        ...(status ? [statusText(status)] : []),
      ].join('\n'),
    );
  });

  common(
    calendar
      .command('solar')
      .description('Đổi ngày âm lịch sang dương lịch / lunar → solar, e.g. --lunar 10/3/2026')
      .requiredOption('--lunar <date>', 'ngày/tháng/năm âm lịch; tháng nhuận thêm n: 15/6n/2025')
      .option('--leap', 'tháng nhuận / the month is a leap month'),
  ).action(async (options: Common & { lunar: string; leap?: boolean }) => {
    const lunar = parseLunarNotation(options.lunar, options.leap ?? false);
    const file = options.schedule
      ? new CalendarSnapshot(readScheduleFile(options.schedule), 'file')
      : undefined;
    const day = solarOf(lunar);
    const { value, status } = dayWithStatus(day, file?.calendar());
    const written = `${lunar.day}/${lunar.month}${lunar.leap ? ' nhuận' : ''}/${lunar.year}`;
    print(value, options.json, () =>
      [
        `${written} âm lịch (${day.lunarText}) = ${day.weekday} ${formatDateVi(day.solar)} dương lịch`,
        ...(status ? [statusText(status)] : []),
      ].join('\n'),
    );
  });

  common(
    calendar
      .command('holidays')
      .description('Ngày nghỉ lễ, Tết, nghỉ bù, làm bù của một năm / a year’s days off')
      .argument('<year>', 'năm dương lịch'),
  ).action(async (yearText: string, options: Common) => {
    const { year } = check(yearParams, { year: yearText }, { year: 'năm' });
    const result = await withSchedules(options, false, async (snapshot) =>
      holidaysOf(snapshot.calendar(), year, snapshot.sourceOf(year)),
    );
    print(result, options.json, () => holidaysText(result));
  });

  common(
    calendar
      .command('deadline')
      .description('Tính hạn theo ngày làm việc / due instant, e.g. --from 2025-01-24T10:00+07:00 --days 5')
      .requiredOption('--from <instant>', 'thời điểm bắt đầu, ví dụ 2025-01-24T10:00+07:00')
      .option('--days <n>', 'số ngày làm việc (có thể lẻ: 0.5)')
      .option('--hours <n>', 'số giờ làm việc')
      .option(
        '--agency <ref>',
        'theo giờ làm việc của cơ quan: id, mã định danh hoặc tên (cần cơ sở dữ liệu)',
      ),
  ).action(async (options: Common & { from: string; days?: string; hours?: string; agency?: string }) => {
    const query = check(
      deadlineQuery,
      { from: options.from, days: options.days, hours: options.hours },
      { from: '--from', days: '--days', hours: '--hours' },
    );
    const needDatabase = !options.schedule || options.agency !== undefined;
    const result = await withSchedules(options, needDatabase, async (snapshot, db) => {
      let agency: { id: string; name: string } | null = null;
      let calendar = snapshot.calendar();
      let hoursSource = '(mặc định)';
      if (options.agency && db) {
        const found = await findAgency(db, options.agency);
        const hours = (await agencyHours(db, found.id))!;
        agency = { id: found.id, name: found.name };
        const effective = hours.own ?? hours.inherited;
        if (effective) calendar = snapshot.calendar(effective);
        hoursSource = hours.own
          ? `(của ${found.name})`
          : hours.inherited
            ? `(của ${hours.inherited.agencyName}, cơ quan cấp trên)`
            : '(mặc định)';
      }
      const from = parseInstant(query.from);
      return {
        value: {
          ...deadlineOf(calendar, from, { days: query.days ?? 0, hours: query.hours ?? 0 }),
          agency,
        },
        from,
        hoursSource,
        calendar,
      };
    });
    const { value } = result;
    print(value, options.json, () => {
      const lines: string[] = [];
      if (value.agency) lines.push(`Cơ quan:      ${value.agency.name}`);
      lines.push(`Bắt đầu:      ${formatInstantVi(result.from)}`);
      if (value.start !== value.from) {
        lines.push(`Tính từ:      ${formatInstantVi(Date.parse(value.start))} (giờ làm việc đầu tiên)`);
      }
      lines.push(`Thời hạn:     ${durationText(value.duration.days, value.duration.hours)}`);
      lines.push(`Hạn:          ${formatInstantVi(Date.parse(value.due))} (${value.due})`);
      if (value.daysOff.length > 0) {
        lines.push('Ngày nghỉ trong khoảng (ngoài thứ Bảy, Chủ nhật):');
        for (const d of value.daysOff) lines.push(`  ${d.weekday} ${formatDateVi(d.date)}  ${d.name}`);
      }
      if (value.workingDays.length > 0) {
        lines.push('Ngày làm bù trong khoảng:');
        for (const w of value.workingDays) lines.push(`  ${w.weekday} ${formatDateVi(w.date)}  ${w.name}`);
      }
      lines.push(`Giờ làm việc: ${describeHours(result.calendar.hours)} ${result.hoursSource}`);
      return lines.join('\n');
    });
  });
}
