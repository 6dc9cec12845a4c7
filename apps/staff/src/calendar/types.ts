import type { Ref } from '../api/types.ts';

/** How a day off came about (the library's `DayOffKind`). */
export const dayOffKinds = ['holiday', 'compensatory', 'swap', 'other'] as const;
export type DayOffKind = (typeof dayOffKinds)[number];

/** A text a year's schedule comes from (số hiệu, ngày ban hành, cơ quan ban hành). */
export interface Notice {
  number: string;
  date: string | null;
  issuer: string;
  title?: string;
  confirmed: boolean;
  source?: string;
  note?: string;
}

/** A day off other than the weekly rest days, as GET /api/calendar/holidays/{year} lists it. */
export interface DayOffEntry {
  date: string;
  weekday: string;
  name: string;
  kind: DayOffKind;
  holiday?: string;
  compensates?: string;
  basis?: string;
  confirmed?: boolean;
  note?: string;
}

/** A weekly rest day worked by decision (ngày làm bù). */
export interface MakeUpEntry {
  date: string;
  weekday: string;
  name: string;
  basis?: string;
  confirmed?: boolean;
  note?: string;
}

export type ScheduleSource = 'database' | 'bundled' | 'file' | 'generated';

/** The days off and make-up days of one year, resolved (GET /api/calendar/holidays/{year}). */
export interface Holidays {
  year: number;
  official: boolean;
  source: ScheduleSource;
  notices: Notice[];
  daysOff: DayOffEntry[];
  workingDays: MakeUpEntry[];
}

/** An official schedule in the format of @congso/vn-calendar (the body of PUT /api/calendar/schedules/{year}). */
export interface OfficialSchedule {
  year: number;
  notices: Notice[];
  mode?: 'merge' | 'replace';
  statutory?: { tetDaysBefore?: number; nationalDayAdjacent?: 'before' | 'after' | 'auto' };
  removeDays?: string[];
  daysOff?: {
    date: string;
    name: string;
    kind?: DayOffKind;
    basis?: string;
    confirmed?: boolean;
    note?: string;
  }[];
  workingDays?: { date: string; name: string; basis?: string; confirmed?: boolean; note?: string }[];
  note?: string;
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

export interface Session {
  start: string;
  end: string;
}

export interface WorkingHours {
  sessions: Session[];
  /** 0 = Sunday … 6 = Saturday */
  weekdays: number[];
}

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
