-- Server-side sessions. The cookie holds a random token; only its SHA-256 is stored.
create table sessions (
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  auth_method text not null check (auth_method in ('password', 'oidc')),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index sessions_user on sessions (user_id);
create index sessions_expires on sessions (expires_at);

-- Append-only audit log, each entry chained to the previous one by hash (see platform/audit/chain.ts).
create table audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  actor_user_id uuid,
  actor_name text,
  agency_id uuid,
  action text not null,
  target_type text,
  target_id text,
  summary jsonb not null default '{}',
  request_id text,
  ip text,
  prev_hash text not null,
  hash text not null unique
);
create index audit_log_agency on audit_log (agency_id, id desc);
create index audit_log_actor on audit_log (actor_user_id, id desc);
create index audit_log_target on audit_log (target_type, target_id);

create function audit_log_append_only() returns trigger
  language plpgsql
  as $$ begin raise exception 'audit_log is append-only'; end $$;
create trigger audit_log_no_change before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();

-- Files kept by the BlobStore; modules reference them by id.
create table blobs (
  id uuid primary key default gen_random_uuid(),
  storage_key text not null unique,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null check (size >= 0),
  content_type text not null,
  filename text,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index blobs_sha256 on blobs (sha256);
