import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { z } from '../../platform/http/zod-vietnamese.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Lịch làm việc (calendar)'];

/**
 * The lunar conversions and a year's days off are public: they are general, published information (the
 * Government's notices) with nothing about any person or agency, and the public portal and citizens need
 * them without an account. Deadlines, stored schedules (with who edited them) and working hours are for
 * signed-in staff.
 */
const publicLookup = { public: true };

export function calendarRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/calendar/lunar',
      {
        config: publicLookup,
        schema: {
          tags,
          summary: 'Đổi ngày dương lịch sang âm lịch',
          querystring: schema.lunarQuery,
          response: { 200: schema.calendarDay },
        },
      },
      async (request) => service.lunar(request.query.date),
    );
    app.get(
      '/api/calendar/solar',
      {
        config: publicLookup,
        schema: {
          tags,
          summary: 'Đổi ngày âm lịch sang dương lịch (tháng nhuận: leap=true)',
          querystring: schema.solarQuery,
          response: { 200: schema.calendarDay },
        },
      },
      async (request) => {
        const { year, month, day, leap } = request.query;
        return service.solar({ year, month, day, leap: leap ?? false });
      },
    );
    app.get(
      '/api/calendar/holidays/:year',
      {
        config: publicLookup,
        schema: {
          tags,
          summary: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm, theo lịch chính thức',
          params: schema.yearParams,
          response: { 200: schema.holidaysOfYear },
        },
      },
      async (request) => service.holidays(db, request.params.year),
    );
    app.get(
      '/api/calendar/deadline',
      {
        schema: {
          tags,
          summary: 'Tính hạn: thời điểm bắt đầu cộng số ngày / giờ làm việc',
          querystring: schema.deadlineQuery,
          response: { 200: schema.deadline },
        },
      },
      async (request) => service.deadline(db, request.query),
    );
    app.get(
      '/api/calendar/schedules',
      {
        schema: {
          tags,
          summary: 'Các năm có lịch nghỉ lễ chính thức',
          response: { 200: z.array(schema.scheduleSummary) },
        },
      },
      async () => service.listSchedules(db),
    );
    app.get(
      '/api/calendar/schedules/:year',
      {
        schema: {
          tags,
          summary: 'Lịch nghỉ lễ chính thức của một năm',
          params: schema.yearParams,
          response: { 200: schema.scheduleRecord },
        },
      },
      async (request) => service.getSchedule(db, request.ctx, request.params.year),
    );
    app.put(
      '/api/calendar/schedules/:year',
      {
        schema: {
          tags,
          summary: 'Lưu lịch nghỉ lễ chính thức của một năm (quản trị hệ thống)',
          description:
            'Định dạng như tệp lịch của @congso/vn-calendar (README, mục "Official schedules"). Có hiệu lực ngay.',
          params: schema.yearParams,
          body: schema.officialSchedule,
          response: { 200: schema.scheduleRecord },
        },
      },
      async (request) => service.putSchedule(db, request.ctx, request.params.year, request.body),
    );
    app.get(
      '/api/calendar/agencies/:agencyId/working-hours',
      {
        schema: {
          tags,
          summary: 'Giờ làm việc của cơ quan (riêng, kế thừa hoặc mặc định)',
          params: schema.agencyParams,
          response: { 200: schema.agencyWorkingHours },
        },
      },
      async (request) => service.getWorkingHours(db, request.ctx, request.params.agencyId),
    );
    app.put(
      '/api/calendar/agencies/:agencyId/working-hours',
      {
        schema: {
          tags,
          summary: 'Đặt giờ làm việc của cơ quan, hoặc null để kế thừa cơ quan cấp trên',
          params: schema.agencyParams,
          body: schema.workingHoursBody,
          response: { 200: schema.agencyWorkingHours },
        },
      },
      async (request) =>
        service.putWorkingHours(db, request.ctx, request.params.agencyId, request.body.hours),
    );
  };
}
