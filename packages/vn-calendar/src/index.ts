export * from './astronomy.ts';
export * from './civil.ts';
export * from './format.ts';
export * from './holidays.ts';
export * from './lunar.ts';
export * from './schedule.ts';
export * from './schedules/index.ts';
export * from './working-calendar.ts';
