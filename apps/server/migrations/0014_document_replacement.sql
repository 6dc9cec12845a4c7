-- Replacing an issued document (thay thế, edXML BussinessDocType 3): the clerk issues a new document, with its
-- own number, in place of an issued one. The old one stays (it was issued, it keeps its register entry) and is
-- marked 'replaced'; so is each recipient's copy of it, whose new copy points at the copy it replaces.
-- Updates of an issued document (cập nhật, type 2) need no column: they are history lines with before/after.

-- the document this one replaces: on the sender's side the old outgoing document, on a recipient's side the
-- copy of it that this new copy replaces; a document is replaced once
alter table documents add column replaces_document_id uuid references documents (id);
create unique index documents_replaces on documents (replaces_document_id) where replaces_document_id is not null;

alter table documents drop constraint documents_status_check;
alter table documents add constraint documents_status_check check (
  status in ('draft', 'in_review', 'approved', 'received', 'registered', 'submitted', 'in_progress', 'done',
    'rejected', 'issued', 'recalled', 'cancelled', 'replaced')
);

-- a delivery whose document was replaced ends there ('replaced', ours like 'waiting': the edXML status codes
-- have none for it; the replacement travels as a new package)
alter table document_deliveries drop constraint document_deliveries_status_check;
alter table document_deliveries add constraint document_deliveries_status_check check (
  status in ('waiting', '01', '02', '03', '04', '05', '06', '13', '15', '16', 'replaced')
);
