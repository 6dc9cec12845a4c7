import type {
  DayOff,
  DayOffKind,
  WorkingHours as LibraryWorkingHours,
  MakeUpWorkingDay,
  OfficialNotice,
  OfficialSchedule,
  WorkingSession,
  YearSchedule,
} from '@congso/vn-calendar';
import type { Ref } from '../api/types.ts';

export type { DayOffKind, OfficialSchedule };

/** How a day off came about (the library's `DayOffKind`), in the order the editor offers them. */
export const dayOffKinds = [
  'holiday',
  'compensatory',
  'swap',
  'other',
] as const satisfies readonly DayOffKind[];

/** A text a year's schedule comes from (số hiệu, ngày ban hành, cơ quan ban hành). */
export type Notice = OfficialNotice;

/** A day off other than the weekly rest days, as GET /api/calendar/holidays/{year} lists it. */
export interface DayOffEntry extends DayOff {
  weekday: string;
}

/** A weekly rest day worked by decision (ngày làm bù). */
export interface MakeUpEntry extends MakeUpWorkingDay {
  weekday: string;
}

export type ScheduleSource = 'database' | 'bundled' | 'file' | 'generated';

/** The days off and make-up days of one year, resolved (GET /api/calendar/holidays/{year}). */
export interface Holidays extends YearSchedule {
  source: ScheduleSource;
  daysOff: DayOffEntry[];
  workingDays: MakeUpEntry[];
}

export interface ScheduleSummary {
  year: number;
  source: 'database' | 'bundled' | 'generated';
  noticeNumber: string | null;
  noticeDate: string | null;
  updatedAt: string | null;
  updatedBy: Ref | null;
}

/** GET /api/calendar/schedules/{year}: the stored (or bundled) schedule, who edited it, and `can.edit`. */
export interface ScheduleRecord extends ScheduleSummary {
  schedule: OfficialSchedule | null;
  can: { edit: boolean };
}

/** The day's lunar date (GET /api/calendar/lunar). */
export interface CalendarDay {
  solar: string;
  weekday: string;
  lunar: { year: number; month: number; day: number; leap: boolean };
  lunarText: string;
  canChi: { year: string; month: string; day: string };
}

export type Session = WorkingSession;

/** An agency's working sessions and weekdays (0 = Sunday … 6 = Saturday). */
export type WorkingHours = LibraryWorkingHours;

/** GET /api/calendar/agencies/{agencyId}/working-hours. */
export interface AgencyWorkingHours {
  agencyId: string;
  own: WorkingHours | null;
  effective: WorkingHours & { minutesPerDay: number };
  source: 'own' | 'inherited' | 'default';
  inheritedFrom: Ref | null;
  updatedAt: string | null;
  updatedBy: Ref | null;
  can: { edit: boolean };
}

export interface DeadlineParams {
  /** `YYYY-MM-DDTHH:mm`, Vietnam time */
  from: string;
  days?: number | undefined;
  hours?: number | undefined;
  agencyId?: string | undefined;
}

/** GET /api/calendar/deadline. Instants are Vietnam time with the offset: `2025-02-07T10:00:00+07:00`. */
export interface Deadline {
  from: string;
  start: string;
  due: string;
  duration: { days: number; hours: number };
  workingMinutes: number;
  agency: Ref | null;
  daysOff: DayOffEntry[];
  workingDays: MakeUpEntry[];
  workingHours: WorkingHours & { minutesPerDay: number };
}
