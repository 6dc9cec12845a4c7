import {
  FIRST_SUPPORTED_YEAR,
  isValidSolarDate,
  LAST_SUPPORTED_YEAR,
  officialScheduleProblems,
} from '@congso/vn-calendar';
import { booleanQuery } from '../../platform/http/paging.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import { locateScheduleProblems, parseInstant } from './operations.ts';

// ---- shared pieces ----------------------------------------------------------------------------------

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    return isValidSolarDate({ year, month, day });
  }, 'Ngày này không tồn tại')
  .describe('Ngày dương lịch YYYY-MM-DD');

const supportedYear = z.coerce
  .number()
  .int()
  .min(FIRST_SUPPORTED_YEAR)
  .max(LAST_SUPPORTED_YEAR)
  .describe(`Năm dương lịch ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`);

export const yearParams = z.strictObject({ year: supportedYear });
export const agencyParams = z.strictObject({ agencyId: z.uuid() });

const person = z.object({ id: z.uuid(), name: z.string() }).nullable();

// ---- lunar / solar -------------------------------------------------------------------------------------

export const lunarQuery = z.strictObject({ date: isoDate });

export const solarQuery = z.strictObject({
  year: z.coerce.number().int().describe('Năm âm lịch (năm dương lịch có Tết của năm đó)'),
  month: z.coerce.number().int().min(1).max(12).describe('Tháng âm lịch 1–12'),
  day: z.coerce.number().int().min(1).max(30).describe('Ngày âm lịch 1–30'),
  leap: booleanQuery.describe('Tháng nhuận (true) hay tháng thường (mặc định)'),
});

export const calendarDay = z
  .object({
    solar: z.string().describe('Ngày dương lịch YYYY-MM-DD'),
    weekday: z.string().describe('Thứ, ví dụ "Thứ Ba"'),
    lunar: z.object({
      year: z.number().int(),
      month: z.number().int(),
      day: z.number().int(),
      leap: z.boolean(),
    }),
    lunarText: z.string().describe('Ví dụ "Mùng 1 tháng Giêng năm Bính Ngọ"'),
    canChi: z.object({ year: z.string(), month: z.string(), day: z.string() }),
  })
  .meta({ id: 'CalendarDay' });

// ---- official schedules (the library's JSON format) ----------------------------------------------------

const dayOffKind = z.enum(['holiday', 'compensatory', 'swap', 'other']);

export const officialNotice = z
  .strictObject({
    number: z.string().max(100).describe('Số, ký hiệu văn bản, ví dụ 6150/TB-LĐTBXH'),
    date: z.string().nullable().describe('Ngày ban hành YYYY-MM-DD, null nếu chưa rõ'),
    issuer: z.string().max(300).describe('Cơ quan ban hành'),
    title: z.string().max(1000).optional(),
    confirmed: z.boolean().describe('false khi số hoặc ngày chỉ lấy từ nguồn thứ cấp'),
    source: z.string().max(2000).optional(),
    note: z.string().max(2000).optional(),
  })
  .meta({ id: 'OfficialNotice' });

const officialDayOff = z.strictObject({
  date: z.string(),
  name: z.string().max(300),
  kind: dayOffKind.optional(),
  basis: z.string().max(300).optional(),
  confirmed: z.boolean().optional(),
  note: z.string().max(2000).optional(),
});

const makeUpDay = z.strictObject({
  date: z.string(),
  name: z.string().max(300),
  basis: z.string().max(300).optional(),
  confirmed: z.boolean().optional(),
  note: z.string().max(2000).optional(),
});

/**
 * An official schedule, the format of @congso/vn-calendar (README "Official schedules"). zod checks the
 * shape; the library's `officialScheduleProblems` then checks the rules (dates in the year, no date twice,
 * not both a day off and a make-up day), each problem reported at its field.
 */
export const officialSchedule = z
  .strictObject({
    year: z.number().int(),
    notices: z.array(officialNotice).max(50),
    mode: z
      .enum(['merge', 'replace'])
      .optional()
      .describe('merge (mặc định): bổ sung vào ngày nghỉ theo luật'),
    statutory: z
      .strictObject({
        tetDaysBefore: z.number().int().optional(),
        nationalDayAdjacent: z.enum(['before', 'after', 'auto']).optional(),
      })
      .optional(),
    removeDays: z.array(z.string()).max(366).optional(),
    daysOff: z.array(officialDayOff).max(366).optional(),
    workingDays: z.array(makeUpDay).max(366).optional(),
    note: z.string().max(4000).optional(),
  })
  .superRefine((value, ctx) => {
    for (const problem of locateScheduleProblems(officialScheduleProblems(value))) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  })
  .meta({ id: 'OfficialSchedule' });

export type OfficialScheduleInput = z.infer<typeof officialSchedule>;

const scheduleSource = z
  .enum(['database', 'bundled', 'generated'])
  .describe('database: đã lưu; bundled: lịch kèm theo phần mềm; generated: sinh theo Bộ luật Lao động');

export const scheduleSummary = z
  .object({
    year: z.number().int(),
    source: scheduleSource,
    noticeNumber: z.string().nullable(),
    noticeDate: z.string().nullable(),
    updatedAt: z.date().nullable(),
    updatedBy: person,
  })
  .meta({ id: 'CalendarScheduleSummary' });

export const scheduleRecord = scheduleSummary
  .extend({
    schedule: officialSchedule.nullable().describe('null khi năm chưa có lịch chính thức'),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'CalendarScheduleRecord' });

// ---- holidays ----------------------------------------------------------------------------------------

const noticeOut = z.object({
  number: z.string(),
  date: z.string().nullable(),
  issuer: z.string(),
  title: z.string().optional(),
  confirmed: z.boolean(),
  source: z.string().optional(),
  note: z.string().optional(),
});

export const dayOffEntry = z.object({
  date: z.string(),
  weekday: z.string(),
  name: z.string(),
  kind: dayOffKind,
  holiday: z.string().optional(),
  compensates: z.string().optional(),
  basis: z.string().optional(),
  confirmed: z.boolean().optional(),
  note: z.string().optional(),
});

export const makeUpEntry = z.object({
  date: z.string(),
  weekday: z.string(),
  name: z.string(),
  basis: z.string().optional(),
  confirmed: z.boolean().optional(),
  note: z.string().optional(),
});

export const holidaysOfYear = z
  .object({
    year: z.number().int(),
    official: z.boolean(),
    source: z.enum(['database', 'bundled', 'file', 'generated']),
    notices: z.array(noticeOut),
    daysOff: z.array(dayOffEntry).describe('Ngày nghỉ ngoài thứ Bảy, Chủ nhật: lễ, Tết, nghỉ bù, hoán đổi'),
    workingDays: z.array(makeUpEntry).describe('Ngày làm bù (thường là thứ Bảy)'),
  })
  .meta({ id: 'CalendarHolidays' });

// ---- working hours -------------------------------------------------------------------------------------

const clock = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Giờ phải có dạng HH:MM, từ 00:00 đến 24:00');

function minutesOf(text: string): number {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export const workingHoursInput = z
  .strictObject({
    sessions: z
      .array(z.strictObject({ start: clock, end: clock }))
      .min(1)
      .max(6)
      .describe('Các buổi làm việc trong ngày, theo thứ tự, giờ địa phương'),
    weekdays: z
      .array(z.number().int().min(0).max(6))
      .min(1)
      .max(7)
      .describe('Ngày làm việc trong tuần: 0 = Chủ nhật, 1 = Thứ Hai … 6 = Thứ Bảy'),
  })
  .superRefine((value, ctx) => {
    let previousEnd = -1;
    value.sessions.forEach((s, i) => {
      if (!/^\d\d:\d\d$/.test(s.start) || !/^\d\d:\d\d$/.test(s.end)) return;
      const start = minutesOf(s.start);
      const end = minutesOf(s.end);
      if (start >= end) {
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', i, 'end'],
          message: `Giờ kết thúc phải sau giờ bắt đầu (${s.start})`,
        });
      } else if (start <= previousEnd) {
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', i, 'start'],
          message: 'Buổi làm việc phải bắt đầu sau khi buổi trước kết thúc',
        });
      }
      previousEnd = Math.max(previousEnd, end);
    });
    const seen = new Set<number>();
    value.weekdays.forEach((d, i) => {
      if (seen.has(d)) ctx.addIssue({ code: 'custom', path: ['weekdays', i], message: 'Ngày bị lặp' });
      seen.add(d);
    });
  })
  .meta({ id: 'WorkingHours' });

export const workingHoursBody = z.strictObject({
  hours: workingHoursInput
    .nullable()
    .describe('null: dùng giờ làm việc của cơ quan cấp trên (hoặc mặc định của nền tảng)'),
});

const hoursOut = z.object({
  sessions: z.array(z.object({ start: z.string(), end: z.string() })),
  weekdays: z.array(z.number().int()),
});

export const effectiveHours = hoursOut
  .extend({ minutesPerDay: z.number().describe('Số phút làm việc trong một ngày') })
  .meta({ id: 'EffectiveWorkingHours' });

export const agencyWorkingHours = z
  .object({
    agencyId: z.uuid(),
    own: hoursOut.nullable().describe('Giờ làm việc đặt riêng cho cơ quan; null là kế thừa'),
    effective: effectiveHours,
    source: z
      .enum(['own', 'inherited', 'default'])
      .describe('own: của chính cơ quan; inherited: của cơ quan cấp trên; default: mặc định nền tảng'),
    inheritedFrom: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    updatedAt: z.date().nullable(),
    updatedBy: person,
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'AgencyWorkingHours' });

export type WorkingHoursInput = z.infer<typeof workingHoursInput>;

// ---- deadline ------------------------------------------------------------------------------------------

const instant = z
  .string()
  .max(40)
  .superRefine((text, ctx) => {
    try {
      parseInstant(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

export const deadlineQuery = z
  .strictObject({
    from: instant.describe(
      'Thời điểm bắt đầu, ISO 8601, ví dụ 2025-01-24T10:00+07:00 (mã hóa + thành %2B); bỏ múi giờ là giờ Việt Nam',
    ),
    days: z.coerce.number().min(0).max(1000).optional().describe('Số ngày làm việc (có thể lẻ: 0.5)'),
    hours: z.coerce.number().min(0).max(10_000).optional().describe('Số giờ làm việc'),
    agencyId: z.uuid().optional().describe('Tính theo giờ làm việc của cơ quan này'),
  })
  .superRefine((value, ctx) => {
    if (value.days === undefined && value.hours === undefined) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'Cần số ngày (days) hoặc số giờ (hours)' });
    }
  });

export const deadline = z
  .object({
    from: z.string(),
    start: z.string().describe('Thời điểm bắt đầu tính (giờ làm việc đầu tiên từ from)'),
    due: z.string().describe('Hạn, giờ Việt Nam, ví dụ 2025-02-07T10:00:00+07:00'),
    duration: z.object({ days: z.number(), hours: z.number() }),
    workingMinutes: z.number(),
    agency: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    daysOff: z.array(dayOffEntry).describe('Ngày nghỉ lễ, Tết, nghỉ bù, hoán đổi nằm trong khoảng'),
    workingDays: z.array(makeUpEntry).describe('Ngày làm bù nằm trong khoảng'),
    workingHours: effectiveHours,
  })
  .meta({ id: 'CalendarDeadline' });
