import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { calendarRoutes } from './routes.ts';

export { CALENDAR_CACHE_TTL_MS, invalidateCalendarCache } from './cache.ts';
export {
  calendarFor,
  dueAt,
  seedBundledSchedules,
  workingDaysBetween,
  workingTimeBetween,
} from './service.ts';

/** The working calendar: lunar conversions, official schedules of days off, working hours, deadlines. */
export async function registerCalendar(app: FastifyInstance, db: Database): Promise<void> {
  await app.register(calendarRoutes(db));
}
