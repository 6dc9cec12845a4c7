-- Official documents (Nghị định 30/2020/NĐ-CP): incoming and outgoing documents, their registers and number
-- series, the leader's directive and the handling tasks it creates, files, history, and the delivery of
-- issued documents to their recipients (statuses follow the edXML status codes).

-- How an agency numbers what it issues: one series for everything, or one per document type. Secret
-- documents always have their own series (Art. 15).
create table document_settings (
  agency_id uuid primary key references agencies (id),
  outgoing_numbering text not null default 'single' check (outgoing_numbering in ('single', 'per_type')),
  updated_at timestamptz not null default now()
);

-- The last number taken in each series. Taking a number is an upsert on this row, which stays locked to the
-- end of the caller's transaction: concurrent clerks queue, and a rolled-back issue gives its number back.
create table number_series (
  agency_id uuid not null references agencies (id),
  year integer not null check (year between 1900 and 2999),
  -- incoming | incoming_secret | outgoing | outgoing_secret | outgoing:<document type>
  series text not null check (series ~ '^(incoming|incoming_secret|outgoing|outgoing_secret|outgoing:[a-z_]+)$'),
  last_number integer not null check (last_number >= 0),
  primary key (agency_id, year, series)
);

create table documents (
  id uuid primary key default gen_random_uuid(),
  -- the agency whose register holds the document
  agency_id uuid not null references agencies (id),
  direction text not null check (direction in ('incoming', 'outgoing')),
  -- incoming: received → registered → submitted → in_progress → done; rejected; recalled
  -- outgoing: issued; recalled
  status text not null check (
    status in ('received', 'registered', 'submitted', 'in_progress', 'done', 'rejected', 'issued', 'recalled')
  ),
  document_type text not null check (document_type ~ '^[a-z_]+$'),
  -- số and ký hiệu as printed on the document (e.g. 5 and QĐ-UBND), and the two together ('05/QĐ-UBND')
  number integer check (number > 0),
  notation text,
  reference text,
  subject text not null check (length(subject) between 1 and 2000),
  summary text,
  issuer_name text,
  issuer_agency_id uuid references agencies (id),
  issued_on date,
  signer_name text,
  signer_position text,
  signing_capacity text check (signing_capacity in ('direct', 'tm', 'kt', 'tl', 'tuq', 'q')),
  urgency text not null default 'normal' check (urgency in ('normal', 'urgent', 'very_urgent', 'flash', 'flash_timed')),
  secrecy text not null default 'none' check (secrecy in ('none', 'confidential', 'secret', 'top_secret')),
  secrecy_rank smallint generated always as (
    case secrecy when 'confidential' then 1 when 'secret' then 2 when 'top_secret' then 3 else 0 end
  ) stored,
  urgency_rank smallint generated always as (
    case urgency when 'urgent' then 1 when 'very_urgent' then 2 when 'flash' then 3 when 'flash_timed' then 4 else 0 end
  ) stored,
  medium text not null default 'electronic' check (medium in ('paper', 'electronic')),
  -- the register entry: year, series and number (số đến for incoming, the issued number for outgoing)
  register_year integer,
  register_series text,
  register_number integer check (register_number > 0),
  registered_at timestamptz,
  received_at timestamptz not null default now(),
  due_at timestamptz,
  page_count integer check (page_count between 1 and 100000),
  copy_count integer check (copy_count between 1 and 100000),
  -- nơi nhận as printed; structured recipients are in document_deliveries
  recipients_text text,
  note text,
  -- the drafting unit of an outgoing document (second group of a công văn notation)
  department_id uuid references departments (id),
  -- an incoming document delivered on the platform: the outgoing document it is a copy of
  source_document_id uuid references documents (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  completed_at timestamptz,
  search text generated always as (
    search_key(
      subject || ' ' || coalesce(reference, '') || ' ' || coalesce(issuer_name, '') || ' ' || coalesce(summary, '')
      || ' ' || coalesce(signer_name, '')
    )
  ) stored,
  constraint documents_register_entry check (
    (register_number is null) = (register_year is null) and (register_number is null) = (register_series is null)
  ),
  unique (agency_id, register_year, register_series, register_number)
);
create index documents_agency_list on documents (agency_id, direction, received_at desc);
create index documents_search on documents using gin (search gin_trgm_ops);
create index documents_source on documents (source_document_id) where source_document_id is not null;
create index documents_reference on documents (agency_id, reference);

-- Who must do what with a document: give a directive (direct), lead the handling, collaborate, or be informed.
-- A task goes to a person, or to a department whose leaders pass it on (delegate) to one of its people.
create table document_tasks (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references documents (id),
  kind text not null check (kind in ('direct', 'lead', 'collaborator', 'informed')),
  assignee_user_id uuid references users (id),
  department_id uuid references departments (id),
  status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'returned', 'delegated', 'cancelled')),
  due_at timestamptz,
  instruction text,
  result text,
  reply_document_id uuid references documents (id),
  parent_task_id uuid references document_tasks (id),
  assigned_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  completed_at timestamptz,
  constraint document_tasks_assignee check (assignee_user_id is not null or department_id is not null)
);
create index document_tasks_document on document_tasks (document_id);
create index document_tasks_user_open on document_tasks (assignee_user_id) where status in ('open', 'in_progress');
create index document_tasks_department_open on document_tasks (department_id) where status in ('open', 'in_progress');

-- The history shown on a document: every step, who took it, and what they wrote.
create table document_events (
  id bigint generated always as identity primary key,
  document_id uuid not null references documents (id),
  task_id uuid references document_tasks (id),
  kind text not null,
  actor_user_id uuid references users (id),
  actor_name text,
  detail text,
  data jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create index document_events_document on document_events (document_id, id);

create table document_files (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references documents (id),
  -- the stored bytes (size, SHA-256, media type); a copy delivered on the platform shares its sender's blob
  blob_id uuid not null references blobs (id),
  file_name text not null check (length(file_name) between 1 and 255),
  uploaded_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index document_files_document on document_files (document_id);

-- Where an issued document went, and how far each recipient has got with it (edXML status codes 01–06, or
-- waiting for the exchange with systems outside the platform).
create table document_deliveries (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references documents (id),
  recipient_agency_id uuid references agencies (id),
  recipient_name text not null,
  recipient_code text,
  -- the recipient's copy, for recipients on the platform
  incoming_document_id uuid unique references documents (id),
  status text not null check (status in ('waiting', '01', '02', '03', '04', '05', '06', '13', '15', '16')),
  status_detail text,
  status_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  unique (document_id, recipient_agency_id)
);
create index document_deliveries_document on document_deliveries (document_id);
