-- The full text of attachments in document search. Each PDF or DOCX file's text is read in the background (job
-- `documents.file-text`, package @congso/doc-text) and kept on the file; `documents.attachment_text` holds what
-- the search indexes: the texts of the document's current files (of a draft's versions, only the latest),
-- capped at 200,000 characters and 300,000 bytes (file-text.ts): more than the body of any official document,
-- and its index (every word and pair of words, 0012) stays below the 1 MB a tsvector may hold.

-- text_status: pending (not read yet, or to be tried again), done, empty (no text layer: a scan), failed
-- (damaged, too large or too slow to read), unsupported (a type without text to read, or password-protected)
alter table document_files
  add column text_status text not null default 'pending'
    check (text_status in ('pending', 'done', 'empty', 'failed', 'unsupported')),
  add column text_content text,
  add column text_error text,
  add column text_attempts integer not null default 0,
  add column text_read_at timestamptz;
-- files already there: images, spreadsheets and Word 97 files have no text to read; PDF and DOCX wait for
-- the sweep (`documents.file-text.sweep`) or `congso documents read-files`
update document_files f set text_status = 'unsupported', text_read_at = now()
  from blobs b
  where b.id = f.blob_id
    and b.content_type not in ('application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
-- the sweep finds files still waiting without reading the table
create index document_files_text_pending on document_files (created_at) where text_status = 'pending';

-- indexed through search_words, which 0012 defines with it (redefining it here too would only rewrite the
-- table twice)
alter table documents add column attachment_text text;

-- A copy delivered on the platform shows its sender's files, so it is found by their text too. The copy is
-- made when the original is issued, usually after its files were read: it starts with the original's text
-- (and is kept up to date with it by the job, which refreshes a document and its copies together).
create function documents_copy_attachment_text() returns trigger language plpgsql as $$
begin
  new.attachment_text := (select attachment_text from documents where id = new.source_document_id);
  return new;
end
$$;
create trigger documents_copy_attachment_text before insert on documents
  for each row when (new.source_document_id is not null) execute function documents_copy_attachment_text();
