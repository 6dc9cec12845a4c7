-- Work files (hồ sơ công việc) and the file plan (danh mục hồ sơ), Nghị định 30/2020/NĐ-CP Chapter IV
-- (Art. 28–31) and Phụ lục V: each agency approves a plan of the files it will keep in a year; its people open
-- files from the plan (or outside it), gather the agency's documents in them in order, and close them, after
-- which a file no longer changes (it is handed to the archive within a year).

-- One planned file of an agency's plan for a year.
create table file_plan_entries (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies (id),
  year integer not null check (year between 2000 and 2999),
  -- tên đề mục: the section the entry is printed under ("I. Tổng hợp"), optional
  heading text check (length(heading) between 1 and 300),
  -- số và ký hiệu hồ sơ (`01.TH`, `02.05`), upper case, as @congso/nd30 fileNumber() keeps it
  code text not null check (length(code) <= 40 and code ~ '^[A-Z0-9Đ]+([.-][A-Z0-9Đ]+)*$'),
  title text not null check (length(title) between 1 and 1000),
  -- thời hạn bảo quản in years; null means permanent (vĩnh viễn)
  retention_years smallint check (retention_years between 1 and 99),
  -- người lập hồ sơ: the person who opens and keeps the file, and the unit they work in
  owner_user_id uuid not null references users (id),
  department_id uuid references departments (id),
  note text check (length(note) <= 2000),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (agency_id, year, code)
);

create table work_files (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies (id),
  -- năm hình thành hồ sơ: with the agency code and the file code it makes the archive code (TT 01/2019 Art. 16)
  year integer not null check (year between 2000 and 2999),
  -- the plan entry the file was opened from; null for a file outside the plan
  plan_entry_id uuid references file_plan_entries (id),
  code text not null check (length(code) <= 40 and code ~ '^[A-Z0-9Đ]+([.-][A-Z0-9Đ]+)*$'),
  title text not null check (length(title) between 1 and 1000),
  retention_years smallint check (retention_years between 1 and 99),
  owner_user_id uuid not null references users (id),
  department_id uuid references departments (id),
  note text check (length(note) <= 2000),
  status text not null default 'open' check (status in ('open', 'closed')),
  opened_on date not null,
  -- kết thúc hồ sơ: the date, who closed it, and the number of documents and pages it then held
  closed_on date,
  closed_by uuid references users (id),
  document_count integer check (document_count >= 0),
  page_count integer check (page_count between 1 and 1000000),
  closing_note text check (length(closing_note) <= 2000),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- words of the title and code, diacritics optional; '.', '/' and '-' split a code into its groups
  search_words tsvector generated always as (
    to_tsvector('public.vietnamese'::regconfig, translate(code || ' ' || title, './-', '   '))
  ) stored,
  constraint work_files_closed check ((status = 'closed') = (closed_on is not null)),
  constraint work_files_dates check (closed_on is null or closed_on >= opened_on),
  unique (agency_id, year, code)
);
create index work_files_agency on work_files (agency_id, year desc, status);
create index work_files_owner on work_files (owner_user_id, status);
create index work_files_plan_entry on work_files (plan_entry_id) where plan_entry_id is not null;
create index work_files_search_words on work_files using gin (search_words);

-- The documents of a file, in order. A document may be in several files (a copy kept in each).
create table work_file_documents (
  work_file_id uuid not null references work_files (id),
  document_id uuid not null references documents (id),
  position integer not null check (position > 0),
  added_by uuid references users (id),
  added_at timestamptz not null default now(),
  primary key (work_file_id, document_id),
  -- checked at commit, so a reorder may pass through duplicate positions
  constraint work_file_documents_position unique (work_file_id, position) deferrable initially deferred
);
create index work_file_documents_document on work_file_documents (document_id);
