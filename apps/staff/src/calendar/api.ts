import { api, request } from '../api/client.ts';
import type {
  AgencyWorkingHours,
  CalendarDay,
  Deadline,
  DeadlineParams,
  Holidays,
  OfficialSchedule,
  ScheduleRecord,
  ScheduleSummary,
  WorkingHours,
} from './types.ts';

const hoursOf = (agencyId: string) => `/api/calendar/agencies/${encodeURIComponent(agencyId)}/working-hours`;

export const calendarApi = {
  holidays: (year: number) => api.get<Holidays>(`/api/calendar/holidays/${year}`),
  schedules: () => api.get<ScheduleSummary[]>('/api/calendar/schedules'),
  schedule: (year: number) => api.get<ScheduleRecord>(`/api/calendar/schedules/${year}`),
  saveSchedule: (year: number, schedule: OfficialSchedule) =>
    request<ScheduleRecord>('PUT', `/api/calendar/schedules/${year}`, { body: schedule }),
  lunar: (date: string) => api.get<CalendarDay>('/api/calendar/lunar', { query: { date } }),
  deadline: (params: DeadlineParams) => api.get<Deadline>('/api/calendar/deadline', { query: { ...params } }),
  workingHours: (agencyId: string) => api.get<AgencyWorkingHours>(hoursOf(agencyId)),
  setWorkingHours: (agencyId: string, hours: WorkingHours | null) =>
    request<AgencyWorkingHours>('PUT', hoursOf(agencyId), { body: { hours } }),
};
