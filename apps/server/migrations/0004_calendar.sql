-- The working calendar (modules/calendar): the official schedule of days off of each year, and the working
-- hours of agencies. Deadlines are computed from these with @congso/vn-calendar.

-- One row per year: the Government's decisions for that year (Tết, Quốc khánh, swapped working days and the
-- Saturdays worked to make up for them), as the library's OfficialSchedule JSON. Years without a row use the
-- schedule bundled with the library (2024–2026), then the days generated from the Labour Code.
create table calendar_schedules (
  year integer primary key check (year between 1900 and 2199),
  schedule jsonb not null,
  -- the (first) notice the schedule comes from, for lists; the full list is in schedule->'notices'
  notice_number text,
  notice_date date,
  -- who saved it (null: loaded by the system); no foreign key, like audit_log, so that resetting the
  -- directory (truncate users … cascade) keeps the province's schedules
  updated_by uuid,
  updated_by_name text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint calendar_schedules_object check (jsonb_typeof(schedule) = 'object'),
  constraint calendar_schedules_year check (schedule -> 'year' = to_jsonb(year))
);

-- Working hours of an agency. No row: the agency inherits from the nearest ancestor that has one, then the
-- platform default (07:30–11:30 and 13:30–17:00, Monday to Friday).
create table agency_working_hours (
  agency_id uuid primary key references agencies (id) on delete cascade,
  -- [{ "start": "07:30", "end": "11:30" }, …], local time, in order, not overlapping
  sessions jsonb not null check (jsonb_typeof(sessions) = 'array' and jsonb_array_length(sessions) between 1 and 6),
  -- working days of the week, 0 = Sunday … 6 = Saturday
  weekdays smallint[] not null check (
    cardinality(weekdays) between 1 and 7 and weekdays <@ array[0, 1, 2, 3, 4, 5, 6]::smallint[]
  ),
  updated_by uuid,
  updated_by_name text,
  updated_at timestamptz not null default now()
);
