-- Applying online (issue 6): what an applicant fills in on the portal before it becomes a dossier. A draft
-- keeps whatever was typed (even half done or wrong) so the applicant can come back to it; submitting it
-- creates the dossier (`submitOnline`, status `waiting`) and the draft is kept as submitted, pointing at it.

create table applications (
  id uuid primary key default gen_random_uuid(),
  -- the applicant's account (a citizen or business user)
  applicant_id uuid not null references users (id) on delete cascade,
  procedure_id uuid not null references procedures (id),
  -- the receiving agency the applicant chose among those offering the procedure online
  agency_id uuid not null references agencies (id),
  status text not null default 'draft' check (status in ('draft', 'submitted')),
  -- the application form as typed (text as sent by the HTML form), checked against the schema on submit
  form_data jsonb not null default '{}' check (jsonb_typeof(form_data) = 'object'),
  -- the applicant's details, prefilled from the account's profile; free text until submitted
  applicant_kind text not null check (applicant_kind in ('citizen', 'business')),
  applicant_name text not null default '' check (length(applicant_name) <= 300),
  applicant_id_number text not null default '' check (length(applicant_id_number) <= 20),
  applicant_phone text not null default '' check (length(applicant_phone) <= 20),
  applicant_email text not null default '' check (length(applicant_email) <= 200),
  applicant_address text not null default '' check (length(applicant_address) <= 500),
  -- how the result is to reach the applicant: online, at the counter, or by post (to postal_address)
  result_delivery text not null default 'online' check (result_delivery in ('online', 'counter', 'post')),
  postal_address text not null default '' check (length(postal_address) <= 500),
  -- the dossier the submission created
  dossier_id uuid unique references dossiers (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  constraint applications_submitted check ((status = 'submitted') = (dossier_id is not null and submitted_at is not null))
);
-- one open draft per applicant, procedure and agency: starting again continues it
create unique index applications_open_draft on applications (applicant_id, procedure_id, agency_id)
  where status = 'draft';
create index applications_applicant on applications (applicant_id, updated_at desc);

-- The file uploaded for each required document (thành phần hồ sơ) of a draft, one per document: the
-- procedure's list names them, `requirement` is the name. The blob is the applicant's own (blobs.created_by),
-- which is what lets the submission hand it in.
create table application_files (
  application_id uuid not null references applications (id) on delete cascade,
  requirement text not null check (length(requirement) between 1 and 2000),
  blob_id uuid not null references blobs (id),
  added_at timestamptz not null default now(),
  primary key (application_id, requirement)
);
create index application_files_blob on application_files (blob_id);
