-- A search lists the newest first: for a common word, walking this index finds a page of matches sooner than
-- collecting every match and sorting them.
create index documents_received on documents (received_at desc, id);
