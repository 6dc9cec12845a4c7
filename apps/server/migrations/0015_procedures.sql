-- The catalogue of administrative procedures (thủ tục hành chính) the province's one-stop shop handles, as
-- published in the national database of procedures (CSDL quốc gia về TTHC), the internal processing steps
-- each receiving agency approved for it (quy trình nội bộ), and the imports that fill the catalogue.

create table procedures (
  id uuid primary key default gen_random_uuid(),
  -- national code (`1.000948`, `2.002195`); a province's own variant may add a suffix (`1.000948.H38`)
  code text not null unique check (code ~ '^[0-9]\.[0-9]{6}(\.[A-Z0-9]{1,10})?$'),
  name text not null check (length(name) between 1 and 1000),
  -- lĩnh vực, as published ("Hộ tịch")
  field text not null default '' check (length(field) <= 300),
  -- cấp thực hiện, as published ("Cấp tỉnh", "Cấp xã"; several joined by ", ")
  level text not null default '' check (length(level) <= 200),
  -- loại thủ tục ("TTHC được luật giao quy định chi tiết")
  kind text not null default '' check (length(kind) <= 300),
  -- the decision that published it (số quyết định công bố)
  decision_ref text not null default '' check (length(decision_ref) <= 200),
  -- đối tượng thực hiện
  applicant_types text not null default '' check (length(applicant_types) <= 1000),
  -- cơ quan có thẩm quyền / cơ quan ban hành / cơ quan thực hiện, as published text
  competent_authority text not null default '' check (length(competent_authority) <= 2000),
  issuing_body text not null default '' check (length(issuing_body) <= 500),
  implementing_agency text not null default '' check (length(implementing_agency) <= 2000),
  -- NĐ 42/2022 Art. 11: full (toàn trình), partial (một phần), none (not offered online)
  online_service text not null default 'none' check (online_service in ('full', 'partial', 'none')),
  -- legal processing time in working days (fractions allowed); null while unknown, which blocks receiving
  processing_days numeric(6, 2) check (processing_days >= 0 and processing_days <= 1000),
  processing_time_text text not null default '' check (length(processing_time_text) <= 4000),
  -- cách thức thực hiện: [{channel: counter|online|post, days, feeText, description}]
  channels jsonb not null default '[]' check (jsonb_typeof(channels) = 'array'),
  -- phí, lệ phí: [{name, amount (VND, integer) | null, text}]
  fees jsonb not null default '[]' check (jsonb_typeof(fees) = 'array'),
  -- thành phần hồ sơ: [{name, template, quantity, required}]
  required_documents jsonb not null default '[]' check (jsonb_typeof(required_documents) = 'array'),
  -- kết quả: [{name, code}]
  results jsonb not null default '[]' check (jsonb_typeof(results) = 'array'),
  -- căn cứ pháp lý: [{title, reference}]
  legal_basis jsonb not null default '[]' check (jsonb_typeof(legal_basis) = 'array'),
  conditions text not null default '' check (length(conditions) <= 20000),
  -- trình tự thực hiện, as published
  sequence_text text not null default '' check (length(sequence_text) <= 50000),
  source_url text not null default '' check (length(source_url) <= 1000),
  -- the application form (tờ khai) as a JSON Schema set by administrators; null: no form
  form_schema jsonb check (form_schema is null or jsonb_typeof(form_schema) = 'object'),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid references users (id),
  search text generated always as (search_key(code || ' ' || name || ' ' || field)) stored
);
create index procedures_search on procedures using gin (search gin_trgm_ops);
create index procedures_field on procedures (field, name);

-- Quy trình nội bộ: the ordered steps a procedure takes at the agency that receives it. A procedure is
-- offered at an agency when it has steps there. A step's handler may be another agency (một cửa liên
-- thông). The service checks on save that the days add up to the procedure's legal time.
create table processing_steps (
  procedure_id uuid not null references procedures (id) on delete cascade,
  -- the receiving agency (a service centre, a commune): the dossier code carries its code
  agency_id uuid not null references agencies (id),
  position smallint not null check (position between 1 and 50),
  name text not null check (length(name) between 1 and 300),
  -- receive (at the counter), handle (thụ lý, appraisal), approve (a leader decides), return (trả kết quả)
  role text not null check (role in ('receive', 'handle', 'approve', 'return')),
  handler_agency_id uuid not null references agencies (id),
  handler_department_id uuid references departments (id),
  days numeric(5, 2) not null check (days >= 0 and days <= 1000),
  updated_at timestamptz not null default now(),
  updated_by uuid references users (id),
  primary key (procedure_id, agency_id, position)
);
create index processing_steps_agency on processing_steps (agency_id, procedure_id);
create index processing_steps_handler on processing_steps (handler_agency_id);

-- An import of the national list: parsed and checked first (preview, with every row's problems), applied
-- on confirmation in one transaction by a job that reports its progress, or not at all.
create table procedure_imports (
  id uuid primary key default gen_random_uuid(),
  format text not null check (format in ('xlsx', 'jsonl')),
  file_name text not null check (length(file_name) between 1 and 300),
  status text not null default 'previewed' check (status in ('previewed', 'running', 'done', 'failed', 'cancelled')),
  total_rows integer not null default 0 check (total_rows >= 0),
  -- the records that passed the checks, ready to apply
  records jsonb not null default '[]' check (jsonb_typeof(records) = 'array'),
  -- per-row problems: [{row, code, field, message}]
  problems jsonb not null default '[]' check (jsonb_typeof(problems) = 'array'),
  processed_rows integer not null default 0 check (processed_rows >= 0),
  created_count integer not null default 0,
  updated_count integer not null default 0,
  error text check (length(error) <= 2000),
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index procedure_imports_newest on procedure_imports (created_at desc);
