-- In-app notifications: one row per person and event ("you were assigned…", "… came back to you"). Written
-- in the transaction of the step that causes it, so a step that rolls back notifies nobody.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  -- what happened, e.g. task_assigned, task_returned, document_delivered (the staff app may pick an icon)
  kind text not null check (kind ~ '^[a-z][a-z0-9_]{1,40}$'),
  title text not null check (length(title) between 1 and 500),
  body text check (length(body) <= 2000),
  -- a staff-app path, e.g. /documents/<id>
  link text not null check (link ~ '^/' and length(link) <= 500),
  -- the document the notice is about: listing hides it while the person may not see that document
  document_id uuid references documents (id) on delete cascade,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
-- "my notices, newest first" and "my unread ones" (the bell's count)
create index notifications_user on notifications (user_id, created_at desc, id desc);
create index notifications_user_unread on notifications (user_id, created_at desc) where read_at is null;
