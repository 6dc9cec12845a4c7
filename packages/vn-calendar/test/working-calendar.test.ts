import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVietnamTime, type Pause, vietnamTime, WorkingCalendar } from '../src/index.ts';

const calendar = new WorkingCalendar(); // bundled 2024–2026 schedules, 07:30–11:30 and 13:30–17:00
const t = vietnamTime;
const show = (ms: number | Date) => formatVietnamTime(ms);

describe('adding working time', () => {
  it('keeps the time of day: Friday 24/01/2025 10:00 + 5 working days → Friday 07/02/2025 10:00', () => {
    const received = new Date('2025-01-24T10:00:00+07:00');
    const due = calendar.addWorkingTime(received, { days: 5 });
    expect(due).toBeInstanceOf(Date);
    expect(due.toISOString()).toBe(new Date('2025-02-07T10:00:00+07:00').toISOString());
    expect(show(calendar.addWorkingTime(t(2025, 1, 24, 10), { days: 5 }))).toBe('2025-02-07T10:00:00+07:00');
  });

  it('counts the make-up Saturday and skips the swapped Friday (30/4/2025)', () => {
    // Thu 24/4 09:00 + 3 days: Fri 25/4, Sat 26/4 (make-up), Mon 28/4.
    expect(show(calendar.addWorkingTime(t(2025, 4, 24, 9), { days: 3 }))).toBe('2025-04-28T09:00:00+07:00');
    // Tue 29/4 09:00 + 1 day: 30/4, 1/5, 2/5 (swap), 3–4/5 weekend → Mon 5/5.
    expect(show(calendar.addWorkingTime(t(2025, 4, 29, 9), { days: 1 }))).toBe('2025-05-05T09:00:00+07:00');
  });

  it('ends a duration at the end of a session, not at the start of the next one', () => {
    expect(show(calendar.addWorkingTime(t(2025, 3, 3, 7, 30), { days: 1 }))).toBe(
      '2025-03-03T17:00:00+07:00',
    );
    expect(show(calendar.addWorkingTime(t(2025, 3, 3, 7, 30), { hours: 4 }))).toBe(
      '2025-03-03T11:30:00+07:00',
    );
    expect(show(calendar.addWorkingTime(t(2025, 3, 3, 8, 0), { hours: 4 }))).toBe(
      '2025-03-03T14:00:00+07:00',
    );
    expect(show(calendar.addWorkingTime(t(2025, 3, 7, 13, 30), { hours: 3.5 }))).toBe(
      '2025-03-07T17:00:00+07:00',
    );
    expect(show(calendar.addWorkingTime(t(2025, 3, 7, 13, 30), { hours: 3.5, minutes: 1 }))).toBe(
      '2025-03-10T07:31:00+07:00',
    );
  });

  it('takes fractions of a day as fractions of its 450 working minutes', () => {
    expect(calendar.minutesPerDay).toBe(450);
    expect(show(calendar.addWorkingTime(t(2025, 3, 3, 7, 30), { days: 0.5 }))).toBe(
      '2025-03-03T11:15:00+07:00',
    );
    // Wed 10:00 + 225 minutes: 90 until 11:30, then 135 from 13:30.
    expect(show(calendar.addWorkingTime(t(2025, 3, 3, 10), { days: 2.5 }))).toBe('2025-03-05T15:45:00+07:00');
    // Tue 10:00 + 90 minutes ends exactly at the lunch break: 11:30, not 13:30.
    expect(show(calendar.addWorkingTime(t(2025, 3, 3, 10), { days: 1, hours: 1, minutes: 30 }))).toBe(
      '2025-03-04T11:30:00+07:00',
    );
  });

  it('starts an instant outside working hours at the next working period', () => {
    // Saturday → Monday 07:30; lunch → 13:30; after 17:00 → next working day.
    expect(show(calendar.addWorkingTime(t(2025, 3, 8, 9), { hours: 1 }))).toBe('2025-03-10T08:30:00+07:00');
    expect(show(calendar.addWorkingTime(t(2025, 3, 10, 12), { hours: 1 }))).toBe('2025-03-10T14:30:00+07:00');
    expect(show(calendar.addWorkingTime(t(2025, 3, 10, 17), { hours: 1 }))).toBe('2025-03-11T08:30:00+07:00');
    expect(show(calendar.addWorkingTime(t(2025, 3, 10, 6), { hours: 1 }))).toBe('2025-03-10T08:30:00+07:00');
    // Whole days from a non-working start end at the close of the last day.
    expect(show(calendar.addWorkingTime(t(2025, 3, 7, 18), { days: 5 }))).toBe('2025-03-14T17:00:00+07:00');
    expect(show(calendar.addWorkingTime(t(2025, 3, 10, 12), { days: 1 }))).toBe('2025-03-11T11:30:00+07:00');
    // A zero duration is the start itself, moved into working time.
    expect(show(calendar.addWorkingTime(t(2025, 3, 8, 9), {}))).toBe('2025-03-10T07:30:00+07:00');
    expect(show(calendar.addWorkingTime(t(2025, 3, 10, 9), { days: 0 }))).toBe('2025-03-10T09:00:00+07:00');
  });

  it('crosses years and Tết', () => {
    // Wed 24/12/2025 10:00 + 10 days: 25, 26, 29, 30, 31/12, 5, 6, 7, 8, 9/1 (1–4/1 off, 2/1 swapped).
    expect(show(calendar.addWorkingTime(t(2025, 12, 24, 10), { days: 10 }))).toBe(
      '2026-01-09T10:00:00+07:00',
    );
    // + 11 days: the make-up Saturday 10/1/2026 is a working day.
    expect(show(calendar.addWorkingTime(t(2025, 12, 24, 10), { days: 11 }))).toBe(
      '2026-01-10T10:00:00+07:00',
    );
    // Fri 13/2/2026 + 1 day: Tết 14–22/2.
    expect(show(calendar.addWorkingTime(t(2026, 2, 13, 10), { days: 1 }))).toBe('2026-02-23T10:00:00+07:00');
  });
});

describe('subtracting working time', () => {
  it('mirrors adding', () => {
    expect(show(calendar.subtractWorkingTime(t(2025, 2, 7, 10), { days: 5 }))).toBe(
      '2025-01-24T10:00:00+07:00',
    );
    expect(show(calendar.subtractWorkingTime(t(2025, 3, 7, 17), { days: 1 }))).toBe(
      '2025-03-07T07:30:00+07:00',
    );
    expect(show(calendar.subtractWorkingTime(t(2025, 3, 10, 7, 30), { days: 0.5 }))).toBe(
      '2025-03-07T11:15:00+07:00',
    );
    expect(show(calendar.subtractWorkingTime(t(2025, 3, 10, 14), { minutes: 30 }))).toBe(
      '2025-03-10T13:30:00+07:00',
    );
    expect(show(calendar.subtractWorkingTime(t(2025, 3, 10, 14), { minutes: 31 }))).toBe(
      '2025-03-10T11:29:00+07:00',
    );
    expect(show(calendar.subtractWorkingTime(t(2025, 3, 8, 9), {}))).toBe('2025-03-07T17:00:00+07:00');
    expect(show(calendar.addWorkingTime(t(2025, 2, 7, 10), { days: -5 }))).toBe('2025-01-24T10:00:00+07:00');
  });
});

describe('working time between two instants', () => {
  it('counts only working time, in minutes', () => {
    expect(calendar.workingTimeBetween(t(2025, 3, 7, 16), t(2025, 3, 10, 8, 30))).toBe(120);
    expect(calendar.workingTimeBetween(t(2025, 3, 10, 8, 30), t(2025, 3, 7, 16))).toBe(-120);
    expect(calendar.workingTimeBetween(t(2025, 3, 8, 9), t(2025, 3, 9, 9))).toBe(0);
    expect(calendar.workingTimeBetween(t(2025, 3, 10, 11), t(2025, 3, 10, 14))).toBe(60);
    expect(calendar.workingDaysBetween(t(2025, 1, 24, 10), t(2025, 2, 7, 10))).toBe(5);
    expect(calendar.workingDaysBetween(new Date(t(2025, 1, 24, 10)), new Date(t(2025, 2, 7, 15, 45)))).toBe(
      5.5,
    );
  });
});

describe('pauses', () => {
  // Received Mon 3/3/2025 08:00 with 5 working days; waiting for the applicant from Wed 5/3 10:00 to Mon 10/3 10:00
  // (3 working days).
  const start = t(2025, 3, 3, 8);
  const pause: Pause = { start: t(2025, 3, 5, 10), end: t(2025, 3, 10, 10) };

  it('extend the deadline by the working time they cover', () => {
    expect(show(calendar.addWorkingTime(start, { days: 5 }))).toBe('2025-03-10T08:00:00+07:00');
    const due = calendar.addWorkingTime(start, { days: 5 }, { pauses: [pause] });
    expect(show(due)).toBe('2025-03-13T08:00:00+07:00');
    expect(calendar.workingDaysBetween(start, due, { pauses: [pause] })).toBe(5);
    expect(calendar.workingDaysBetween(start, due)).toBe(8);
    expect(show(calendar.subtractWorkingTime(due, { days: 5 }, { pauses: [pause] }))).toBe(show(start));
  });

  it('merge when they overlap and ignore non-working time', () => {
    const overlapping: Pause[] = [
      { start: t(2025, 3, 6, 9), end: t(2025, 3, 7, 9) },
      pause,
      { start: t(2025, 3, 8, 0), end: t(2025, 3, 9, 23) }, // a weekend: nothing to exclude
    ];
    expect(show(calendar.addWorkingTime(start, { days: 5 }, { pauses: overlapping }))).toBe(
      '2025-03-13T08:00:00+07:00',
    );
    expect(calendar.workingTimeBetween(t(2025, 3, 8), t(2025, 3, 10), { pauses: overlapping })).toBe(0);
  });

  it('before the start or after the deadline change nothing', () => {
    const early: Pause = { start: t(2025, 2, 3, 8), end: t(2025, 2, 5, 8) };
    const late: Pause = { start: t(2025, 3, 20, 8), end: t(2025, 3, 21, 8) };
    expect(show(calendar.addWorkingTime(start, { days: 5 }, { pauses: [early, late] }))).toBe(
      '2025-03-10T08:00:00+07:00',
    );
    expect(() => calendar.addWorkingTime(start, { days: 1 }, { pauses: [{ start: 2, end: 1 }] })).toThrow(
      'Khoảng tạm dừng',
    );
  });
});

describe('working time predicates', () => {
  it('uses half-open sessions', () => {
    expect(calendar.isWorkingTime(t(2025, 3, 10, 7, 30))).toBe(true);
    expect(calendar.isWorkingTime(t(2025, 3, 10, 7, 29))).toBe(false);
    expect(calendar.isWorkingTime(t(2025, 3, 10, 11, 29, 59))).toBe(true);
    expect(calendar.isWorkingTime(t(2025, 3, 10, 11, 30))).toBe(false);
    expect(calendar.isWorkingTime(t(2025, 3, 10, 17))).toBe(false);
    expect(calendar.isWorkingTime(t(2025, 1, 29, 9))).toBe(false); // Tết
    expect(calendar.isWorkingTime(t(2025, 4, 26, 9))).toBe(true); // make-up Saturday
  });

  it('finds the next and previous working instants', () => {
    expect(show(calendar.nextWorkingInstant(t(2025, 3, 7, 17)))).toBe('2025-03-10T07:30:00+07:00');
    expect(show(calendar.nextWorkingInstant(t(2025, 3, 10, 11, 30)))).toBe('2025-03-10T13:30:00+07:00');
    expect(show(calendar.nextWorkingInstant(t(2025, 3, 10, 9)))).toBe('2025-03-10T09:00:00+07:00');
    expect(show(calendar.nextWorkingInstant(t(2025, 1, 24, 17, 30)))).toBe('2025-02-03T07:30:00+07:00');
    expect(show(calendar.previousWorkingInstant(t(2025, 3, 8, 9)))).toBe('2025-03-07T17:00:00+07:00');
    expect(show(calendar.previousWorkingInstant(t(2025, 3, 10, 12)))).toBe('2025-03-10T11:30:00+07:00');
    expect(show(calendar.previousWorkingInstant(t(2025, 3, 10, 17)))).toBe('2025-03-10T17:00:00+07:00');
    const d = new Date(t(2025, 3, 8, 9));
    expect(calendar.nextWorkingInstant(d)).toBeInstanceOf(Date);
  });
});

describe('configuration', () => {
  it('takes other working hours and weekdays', () => {
    const eightHours = new WorkingCalendar({
      hours: {
        sessions: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
      },
    });
    expect(eightHours.minutesPerDay).toBe(480);
    expect(show(eightHours.addWorkingTime(t(2025, 3, 3, 8), { days: 0.5 }))).toBe(
      '2025-03-03T12:00:00+07:00',
    );
    const sixDays = new WorkingCalendar({ hours: { weekdays: [1, 2, 3, 4, 5, 6] }, schedules: [] });
    expect(sixDays.isWorkingDay('2027-03-06')).toBe(true);
    expect(sixDays.isWorkingDay('2027-03-07')).toBe(false);
    // Resting on Sunday only, 1/5/2027 (Saturday) is a holiday but not compensated.
    const compensated = sixDays.scheduleFor(2027).daysOff.flatMap((d) => d.compensates ?? []);
    expect(compensated).not.toContain('2027-05-01');
    expect(compensated).toContain('2027-02-07'); // a Tết day on Sunday still is
  });

  it('uses generated days for years without an official schedule, with options', () => {
    const generated = new WorkingCalendar({ schedules: [] });
    // Without the official 2025 schedule, Tết follows the default pattern: 28/1–1/2, compensated on Mon 3/2.
    expect(generated.isWorkingDay('2025-01-27')).toBe(true);
    expect(generated.isWorkingDay('2025-02-03')).toBe(false);
    const twoBefore = new WorkingCalendar({ schedules: [], statutory: { tetDaysBefore: 2 } });
    expect(twoBefore.isWorkingDay('2025-01-27')).toBe(false);
    expect(generated.scheduleFor(2030).official).toBe(false);
    expect(calendar.scheduleFor(2025).official).toBe(true);
  });

  it('refuses bad configuration and out-of-range instants', () => {
    expect(() => new WorkingCalendar({ hours: { sessions: [] } })).toThrow('ít nhất một buổi');
    expect(() => new WorkingCalendar({ hours: { sessions: [{ start: '11:30', end: '07:30' }] } })).toThrow(
      'trước giờ kết thúc',
    );
    expect(
      () =>
        new WorkingCalendar({
          hours: {
            sessions: [
              { start: '07:30', end: '12:00' },
              { start: '11:00', end: '17:00' },
            ],
          },
        }),
    ).toThrow('sau khi buổi trước kết thúc');
    expect(() => new WorkingCalendar({ hours: { sessions: [{ start: '7h30', end: '11:30' }] } })).toThrow(
      'HH:MM',
    );
    expect(() => new WorkingCalendar({ hours: { weekdays: [7] } })).toThrow('trong tuần');
    expect(() => new WorkingCalendar({ hours: { weekdays: [] } })).toThrow('ít nhất một ngày');
    const twice = [
      { year: 2025, notices: [] },
      { year: 2025, notices: [] },
    ];
    expect(() => new WorkingCalendar({ schedules: twice })).toThrow('hai lịch');
    expect(
      () => new WorkingCalendar({ schedules: [{ year: 2025, notices: [], removeDays: ['2024-01-01'] }] }),
    ).toThrow('không thuộc năm 2025');
    expect(() => calendar.addWorkingTime(t(2200, 1, 1, 9), { days: 1 })).toThrow('phạm vi');
    expect(() => calendar.addWorkingTime(t(2199, 12, 31, 9), { days: 10 })).toThrow('sau năm 2199');
    expect(() => calendar.addWorkingTime(t(2025, 1, 1, 9), { days: Number.NaN })).toThrow('Thời hạn');
    expect(() => calendar.isWorkingTime(new Date('nonsense'))).toThrow('Thời điểm');
  });

  it('works near both ends of the range', () => {
    const c = new WorkingCalendar();
    expect(show(c.addWorkingTime(t(1900, 1, 2, 9), { days: 3 }))).toBe('1900-01-05T09:00:00+07:00');
    expect(show(c.subtractWorkingTime(t(2199, 12, 30, 9), { days: 20 })).slice(0, 7)).toBe('2199-12');
    // Loading a far year after a near one keeps earlier answers.
    expect(show(c.addWorkingTime(t(2025, 1, 24, 10), { days: 5 }))).toBe('2025-02-07T10:00:00+07:00');
  });
});

describe('properties (fast-check)', () => {
  const FROM = t(2023, 6, 1);
  const TO = t(2027, 6, 1);
  const anyInstant = fc.integer({ min: FROM, max: TO });
  const workingInstant = anyInstant.map((ms) => calendar.nextWorkingInstant(ms));
  // Durations up to 60 working days, in whole minutes and in half days.
  const duration = fc.oneof(
    fc.integer({ min: 0, max: 60 * 450 }).map((minutes) => ({ minutes })),
    fc.integer({ min: 0, max: 120 }).map((halves) => ({ days: halves / 2 })),
  );
  const minutesOf = (d: { minutes?: number; days?: number }) => (d.minutes ?? 0) + (d.days ?? 0) * 450;
  const pauses = fc.array(
    fc.record({
      offset: fc.integer({ min: -10 * 86_400_000, max: 60 * 86_400_000 }),
      length: fc.integer({ min: 0, max: 10 * 86_400_000 }),
    }),
    { maxLength: 3 },
  );
  const toPauses = (start: number, list: { offset: number; length: number }[]): Pause[] =>
    list.map((p) => ({ start: start + p.offset, end: start + p.offset + p.length }));

  it('add then subtract returns the start (for starts in working time)', () => {
    fc.assert(
      fc.property(workingInstant, duration, (start, d) => {
        expect(calendar.subtractWorkingTime(calendar.addWorkingTime(start, d), d)).toBe(start);
      }),
      { numRuns: 500 },
    );
  });

  it('is monotonic in the duration', () => {
    fc.assert(
      fc.property(anyInstant, duration, duration, (start, a, b) => {
        const [small, large] = minutesOf(a) <= minutesOf(b) ? [a, b] : [b, a];
        expect(calendar.addWorkingTime(start, small)).toBeLessThanOrEqual(
          calendar.addWorkingTime(start, large),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('always lands in working time (a session, its end included)', () => {
    fc.assert(
      fc.property(anyInstant, duration, pauses, (start, d, p) => {
        const due = calendar.addWorkingTime(start, d, { pauses: toPauses(start, p) });
        expect(calendar.isWorkingTime(due) || calendar.isWorkingTime(due - 1)).toBe(true);
        if (minutesOf(d) === 0) expect(calendar.isWorkingTime(due)).toBe(true);
        expect(due).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: 500 },
    );
  });

  it('adding the parts of a split duration equals adding the whole', () => {
    fc.assert(
      fc.property(
        anyInstant,
        duration,
        fc.integer({ min: 1, max: 30 * 450 }),
        pauses,
        (start, a, bMinutes, p) => {
          const options = { pauses: toPauses(start, p) };
          const whole = calendar.addWorkingTime(start, { minutes: minutesOf(a) + bMinutes }, options);
          const inTwo = calendar.addWorkingTime(
            calendar.addWorkingTime(start, a, options),
            { minutes: bMinutes },
            options,
          );
          expect(inTwo).toBe(whole);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('working time between start and add(start, d) is d, with or without pauses', () => {
    fc.assert(
      fc.property(anyInstant, duration, pauses, (start, d, p) => {
        const options = { pauses: toPauses(start, p) };
        const due = calendar.addWorkingTime(start, d, options);
        expect(calendar.workingTimeBetween(start, due, options)).toBeCloseTo(minutesOf(d), 6);
      }),
      { numRuns: 500 },
    );
  });

  it('subtracting is the mirror image: working time between subtract(end, d) and end is d', () => {
    fc.assert(
      fc.property(anyInstant, duration, pauses, (end, d, p) => {
        const options = { pauses: toPauses(end - 50 * 86_400_000, p) };
        const begin = calendar.subtractWorkingTime(end, d, options);
        expect(begin).toBeLessThanOrEqual(end);
        expect(calendar.workingTimeBetween(begin, end, options)).toBeCloseTo(minutesOf(d), 6);
      }),
      { numRuns: 500 },
    );
  });

  it('whole days from a working instant keep the time of day', () => {
    fc.assert(
      fc.property(workingInstant, fc.integer({ min: 1, max: 60 }), (start, days) => {
        const due = calendar.addWorkingTime(start, { days });
        const timeOfDay = (ms: number) => (ms + 7 * 3_600_000) % 86_400_000;
        const startTime = timeOfDay(start);
        // At a session start the deadline is the end of the previous session (07:30 → 17:00, 13:30 → 11:30).
        if (startTime === 7.5 * 3_600_000) expect(timeOfDay(due)).toBe(17 * 3_600_000);
        else if (startTime === 13.5 * 3_600_000) expect(timeOfDay(due)).toBe(11.5 * 3_600_000);
        else expect(timeOfDay(due)).toBe(startTime);
      }),
      { numRuns: 500 },
    );
  });
});
