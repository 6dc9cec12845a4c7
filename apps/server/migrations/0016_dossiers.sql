-- Dossiers (hồ sơ thủ tục hành chính) received by the one-stop shop (NĐ 61/2018 as amended, NĐ 118/2025,
-- TT 01/2018/TT-VPCP): who applied for what, the steps they go through, the time the applicant held them
-- (pauses), what was handed in and handed back, and every slip issued (Mẫu 01–04).

-- The day's sequence of dossier codes per receiving agency (TT 01/2018 Art. 19: `…-YYMMDD-XXXX`). Taken by an
-- upsert whose row stays locked until the transaction ends, like document numbers: no gaps, no duplicates.
create table dossier_day_sequences (
  agency_id uuid not null references agencies (id),
  day date not null,
  last_number integer not null check (last_number between 1 and 9999),
  primary key (agency_id, day)
);

create table dossiers (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (length(code) between 10 and 60),
  -- the receiving agency (service centre, commune): its code starts the dossier code
  agency_id uuid not null references agencies (id),
  procedure_id uuid not null references procedures (id),
  -- waiting: submitted online, waiting for acceptance; supplement_requested: with the applicant (clock paused
  -- once received); processing: going through the steps; fee_pending: waiting for a fee (paused);
  -- result_ready: the result is at the counter (or on its way); returned, refused, withdrawn: ended
  status text not null check (
    status in ('waiting', 'supplement_requested', 'processing', 'fee_pending', 'result_ready', 'returned', 'refused', 'withdrawn')
  ),
  channel text not null check (channel in ('counter', 'online', 'post')),
  applicant_kind text not null check (applicant_kind in ('citizen', 'business')),
  applicant_name text not null check (length(applicant_name) between 1 and 300),
  -- số định danh cá nhân (12 digits) or mã số doanh nghiệp / thuế
  applicant_id_number text not null check (length(applicant_id_number) between 1 and 20),
  applicant_phone text check (length(applicant_phone) <= 20),
  applicant_email text check (length(applicant_email) <= 200),
  applicant_address text check (length(applicant_address) <= 500),
  -- trích yếu: what the dossier asks for, in a line
  summary text check (length(summary) <= 1000),
  -- the application form (tờ khai) as filled in, checked against the procedure's form schema
  form_data jsonb not null default '{}' check (jsonb_typeof(form_data) = 'object'),
  -- the legal processing time as it was when received (working days)
  processing_days numeric(6, 2) not null check (processing_days >= 0),
  submitted_at timestamptz not null default now(),
  -- received complete and valid: the clock starts (null while waiting or before the first supplement)
  received_at timestamptz,
  received_by uuid references users (id),
  -- the legal due instant: received_at + processing_days of working time, extended by the pauses
  due_at timestamptz,
  -- the appointment given to the applicant (Mẫu 01, moved by an apology slip Mẫu 04)
  appointment_at timestamptz,
  -- position of the step in progress (dossier_steps), null outside processing
  current_step smallint,
  -- when the clock was paused (supplement_requested, fee_pending after receipt); null when running
  paused_since timestamptz,
  -- the result is ready (ngày có kết quả) / handed back (ngày trả kết quả) / the dossier ended otherwise
  completed_at timestamptz,
  returned_at timestamptz,
  ended_at timestamptz,
  -- how the applicant receives the result
  result_delivery text not null default 'counter' check (result_delivery in ('counter', 'post', 'online')),
  postal_address text check (length(postal_address) <= 500),
  postal_tracking text check (length(postal_tracking) <= 100),
  postal_status text check (postal_status in ('sent', 'delivered', 'failed')),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search text generated always as (
    search_key(code || ' ' || applicant_name || ' ' || applicant_id_number || ' ' || coalesce(summary, ''))
  ) stored,
  constraint dossiers_received check ((received_at is null) = (due_at is null)),
  constraint dossiers_returned check (returned_at is null or completed_at is not null)
);
create index dossiers_agency_newest on dossiers (agency_id, submitted_at desc, id);
create index dossiers_agency_status on dossiers (agency_id, status, due_at);
create index dossiers_procedure on dossiers (procedure_id, received_at);
create index dossiers_received on dossiers (received_at);
create index dossiers_search on dossiers using gin (search gin_trgm_ops);

-- The dossier's own copy of the processing steps, taken when it is received: later edits of the procedure's
-- steps do not change dossiers already under way.
create table dossier_steps (
  dossier_id uuid not null references dossiers (id) on delete cascade,
  position smallint not null check (position between 1 and 50),
  name text not null check (length(name) between 1 and 300),
  role text not null check (role in ('receive', 'handle', 'approve', 'return')),
  handler_agency_id uuid not null references agencies (id),
  handler_department_id uuid references departments (id),
  days numeric(5, 2) not null check (days >= 0),
  status text not null default 'pending' check (status in ('pending', 'active', 'done')),
  -- the official it was handed to (optional: anyone allowed at the handler agency may take it)
  assignee_id uuid references users (id),
  started_at timestamptz,
  due_at timestamptz,
  finished_at timestamptz,
  finished_by uuid references users (id),
  primary key (dossier_id, position)
);
-- the queues: active steps per handling agency
create index dossier_steps_active on dossier_steps (handler_agency_id, due_at) where status = 'active';

-- Time the dossier spent with the applicant (supplement, fee) after it was received: excluded from the clock.
create table dossier_pauses (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id) on delete cascade,
  reason text not null check (reason in ('supplement', 'fee')),
  started_at timestamptz not null,
  ended_at timestamptz,
  check (ended_at is null or ended_at >= started_at)
);
create index dossier_pauses_dossier on dossier_pauses (dossier_id, started_at);
create unique index dossier_pauses_open on dossier_pauses (dossier_id) where ended_at is null;

-- Files of a dossier: what the applicant handed in (per required document), supplements, the handlers'
-- working files, and the result.
create table dossier_files (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id) on delete cascade,
  kind text not null check (kind in ('submitted', 'supplement', 'working', 'result')),
  -- the required document (thành phần hồ sơ) it answers, by its name in the procedure
  requirement text check (length(requirement) <= 1000),
  -- bản chính / bản sao / bản điện tử, and how many paper copies were handed in
  copy_kind text check (copy_kind in ('original', 'copy', 'certified_copy', 'electronic')),
  quantity smallint check (quantity between 0 and 100),
  blob_id uuid references blobs (id),
  file_name text check (length(file_name) <= 300),
  step smallint,
  added_by uuid references users (id),
  added_at timestamptz not null default now()
);
create index dossier_files_dossier on dossier_files (dossier_id, added_at);

-- The history: one line per transition, read like the control sheet (Mẫu 05).
create table dossier_events (
  id bigserial primary key,
  dossier_id uuid not null references dossiers (id) on delete cascade,
  at timestamptz not null default now(),
  actor_id uuid references users (id),
  actor_agency_id uuid references agencies (id),
  kind text not null check (length(kind) between 1 and 40),
  status_from text,
  status_to text,
  step smallint,
  to_step smallint,
  note text check (length(note) <= 4000),
  data jsonb not null default '{}'
);
create index dossier_events_dossier on dossier_events (dossier_id, id);

-- Slips issued to the applicant: Mẫu 01 receipt, 02 supplement request, 03 refusal, 04 apology.
create table dossier_slips (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id) on delete cascade,
  form text not null check (form in ('01', '02', '03', '04')),
  issued_at timestamptz not null default now(),
  issued_by uuid references users (id),
  reason text check (length(reason) <= 4000),
  -- Mẫu 02: the documents to supplement [{name, reason}]
  items jsonb not null default '[]' check (jsonb_typeof(items) = 'array'),
  -- Mẫu 04: the new appointment
  new_appointment_at timestamptz,
  -- Mẫu 04: the step that ran late
  step smallint
);
create index dossier_slips_dossier on dossier_slips (dossier_id, issued_at);
