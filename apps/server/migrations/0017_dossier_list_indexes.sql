-- Indexes the dossier lists need at the size of a large province (500,000 dossiers: five years; measured by
-- `npm run bench -- dossiers`, BENCHMARKS.md).

-- Lists show the newest first, and who may see a dossier is a condition no index can serve (its receiving
-- agency, or an agency one of its steps goes to). Walking this index, a page of 20 is found after a few dozen
-- rows; without it every visible dossier is sorted first (about 3 s for the service centre's first page).
create index dossiers_newest on dossiers (submitted_at desc, id);

-- The same for a status (the queues and the status filter: waiting, processing, result ready): the newest of
-- that status first, without walking past the dossiers of the others.
create index dossiers_status_newest on dossiers (status, submitted_at desc, id);

-- "Dossiers a step of which goes to agency X" (the handler agencies' side of visibility): read from the index
-- alone. The planner collects them all once per list query, 400,000 rows for the service centre at 500,000
-- dossiers: from the table that takes 0.6 s, from this index about 0.1 s.
create index dossier_steps_handler on dossier_steps (handler_agency_id, dossier_id);
