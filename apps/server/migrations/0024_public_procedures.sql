-- The public pages of the procedure catalogue (issue 6): the template files (mẫu đơn, tờ khai) the
-- province publishes for the documents a procedure asks for, downloadable on the portal.

-- The catalogue names a document's template by its file name only ("Mus08.docx", as the national export
-- gives it); the file itself is uploaded by the catalogue's keepers. One file per document of a procedure,
-- the document named as in `procedures.required_documents` (like `dossier_files.requirement`). Replacing the
-- file keeps the row, so the portal's download address stays the same.
create table procedure_templates (
  id uuid primary key default gen_random_uuid(),
  procedure_id uuid not null references procedures (id) on delete cascade,
  document text not null check (length(document) between 1 and 10000),
  blob_id uuid not null references blobs (id),
  -- as uploaded (Vietnamese, NFC): the name the download is saved under
  file_name text not null check (length(file_name) between 1 and 255),
  uploaded_by uuid references users (id),
  uploaded_at timestamptz not null default now()
);
-- a document's name may be long (10,000 characters): unique by its digest
create unique index procedure_templates_document on procedure_templates (procedure_id, md5(document));

-- The portal lists the procedures in use by field, then name, in Vietnamese order (the national list's
-- chapters), and counts them. Walking this index, the first page is 20 index entries and the count reads the
-- index alone (it holds every column the list shows or filters on but the name's words); without it each
-- visit sorted the whole catalogue by collation (2,640 rows: milliseconds of the database's time; bench/portal).
create index procedures_public_order on procedures (field collate vietnamese, name collate vietnamese, code)
  include (id, level, online_service)
  where active;
