-- Drafts of outgoing documents (dự thảo): an outgoing document before it is issued. It is written with
-- versions of its file, reviewed by people in sequence or in parallel (the steps of `document_tasks` of kind
-- 'review'), approved by its signer (kind 'sign'), then numbered and released by the clerk.

alter table documents drop constraint documents_status_check;
alter table documents add constraint documents_status_check check (
  status in ('draft', 'in_review', 'approved', 'received', 'registered', 'submitted', 'in_progress', 'done',
    'rejected', 'issued', 'recalled', 'cancelled')
);
-- the recipients chosen while drafting: [{ "agencyId": … } | { "name": …, "code": … }]
alter table documents add column planned_recipients jsonb;
-- who approved the document for signature, and when (the extension point for the digital signature)
alter table documents add column signed_by uuid references users (id);
alter table documents add column signed_at timestamptz;

alter table document_tasks drop constraint document_tasks_kind_check;
alter table document_tasks add constraint document_tasks_kind_check check (
  kind in ('direct', 'lead', 'collaborator', 'informed', 'review', 'sign', 'revise')
);
alter table document_tasks drop constraint document_tasks_status_check;
alter table document_tasks add constraint document_tasks_status_check check (
  status in ('waiting', 'open', 'in_progress', 'done', 'returned', 'delegated', 'cancelled')
);
-- 'revise': a draft sent back to its author. Reviews: the order of the step (the same number = in parallel) and the round of review it belongs to
alter table document_tasks add column step integer check (step between 1 and 50);
alter table document_tasks add column round integer check (round >= 1);

-- each file uploaded to a draft is a new version
alter table document_files add column version integer check (version >= 1);
