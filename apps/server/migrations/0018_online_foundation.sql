-- Groundwork for the online public services (issue 6): messages to applicants leave through an outbox, and
-- every line of a dossier's history is queued for the consumers that must hear of it (the applicant's
-- notices, the National Public Service Portal), in the same transaction as the change itself.

-- Email and SMS waiting to be sent, or sent. Queued inside the transaction that causes them (the message
-- exists if and only if the change committed); a job sends them with retries.
create table outbound_messages (
  id uuid primary key default gen_random_uuid(),
  channel text not null check (channel in ('email', 'sms')),
  -- what it is about, for the log and the tests: 'account_code', 'dossier_status', …
  kind text not null check (length(kind) between 1 and 60),
  recipient text not null check (length(recipient) between 3 and 320),
  subject text check (length(subject) <= 500),
  body_text text not null check (length(body_text) <= 20000),
  body_html text check (length(body_html) <= 100000),
  dossier_id uuid references dossiers (id) on delete set null,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts smallint not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text check (length(last_error) <= 2000),
  provider_id text check (length(provider_id) <= 500),
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbound_messages_pending on outbound_messages (next_attempt_at) where status = 'pending';
create index outbound_messages_dossier on outbound_messages (dossier_id, created_at) where dossier_id is not null;

-- The change feed of dossiers: one row per history line and consumer, delivered in order with retries.
-- A consumer marks a row sent (or skipped: nothing to tell) in the same transaction as its own bookkeeping.
create table dossier_outbox (
  id bigserial primary key,
  event_id bigint not null references dossier_events (id) on delete cascade,
  dossier_id uuid not null references dossiers (id) on delete cascade,
  consumer text not null check (consumer in ('applicant_notice', 'national_portal')),
  status text not null default 'pending' check (status in ('pending', 'sent', 'skipped', 'failed')),
  attempts smallint not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text check (length(last_error) <= 2000),
  done_at timestamptz,
  unique (event_id, consumer)
);
create index dossier_outbox_pending on dossier_outbox (consumer, id) where status = 'pending';
