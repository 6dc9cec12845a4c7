import { queryOptions } from '@tanstack/react-query';
import { keepPreviousQuery } from '../api/keep-previous-query.ts';
import { calendarApi } from './api.ts';
import type { DeadlineParams } from './types.ts';

export const calendarKeys = {
  all: ['calendar'] as const,
  holidays: (year: number) => ['calendar', 'holidays', year] as const,
  schedules: ['calendar', 'schedules'] as const,
  schedule: (year: number) => ['calendar', 'schedules', year] as const,
  lunar: (date: string) => ['calendar', 'lunar', date] as const,
  deadline: (params: DeadlineParams) => ['calendar', 'deadline', params] as const,
  hours: (agencyId: string) => ['calendar', 'hours', agencyId] as const,
};

export const holidaysQuery = (year: number) =>
  keepPreviousQuery(calendarKeys.holidays(year), () => calendarApi.holidays(year));

export const schedulesQuery = () =>
  queryOptions({ queryKey: calendarKeys.schedules, queryFn: calendarApi.schedules, staleTime: 60_000 });

export const scheduleQuery = (year: number) =>
  queryOptions({ queryKey: calendarKeys.schedule(year), queryFn: () => calendarApi.schedule(year) });

/** A date's lunar date never changes: fetched once, on the first hover. */
export const lunarQuery = (date: string) =>
  queryOptions({
    queryKey: calendarKeys.lunar(date),
    queryFn: () => calendarApi.lunar(date),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60 * 60_000,
  });

export const deadlineQuery = (params: DeadlineParams) =>
  queryOptions({
    queryKey: calendarKeys.deadline(params),
    queryFn: () => calendarApi.deadline(params),
    retry: false,
  });

export const workingHoursQuery = (agencyId: string) =>
  queryOptions({ queryKey: calendarKeys.hours(agencyId), queryFn: () => calendarApi.workingHours(agencyId) });
