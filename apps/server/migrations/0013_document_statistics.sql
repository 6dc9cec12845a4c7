-- Document statistics (modules/document-statistics) count the documents an agency registered in a period:
-- incoming ones by the moment they were entered in the register (số đến), outgoing ones by the moment they were
-- numbered and issued. Neither is received_at (an outgoing draft's received_at is when it was started), so
-- documents_agency_list cannot find them; this index does, for one agency or for each agency of a sub-tree.
-- Drafts and copies not yet registered have no registered_at and stay out of it.
create index documents_registered on documents (agency_id, registered_at) where registered_at is not null;

-- The department that leads an incoming document is that of its latest top-level lead task (the leader's
-- assignment). Statistics look it up for every incoming document of the period: this small covering index
-- answers each lookup without reading document_tasks (an index-only scan once the table is vacuumed).
create index document_tasks_lead on document_tasks (document_id, created_at desc)
  include (department_id, assignee_user_id, status)
  where kind = 'lead' and parent_task_id is null;
