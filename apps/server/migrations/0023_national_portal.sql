-- Synchronisation with the National Public Service Portal (Cổng Dịch vụ công quốc gia): what the portal has
-- been told of each dossier, and the log of every request sent to it, accepted or not, for administrators.
-- The change feed (`dossier_outbox`, consumer `national_portal`) says what is left to send.

-- One row per dossier the portal has accepted a record of: the next record is an update (`isUpdating`).
create table national_portal_dossiers (
  dossier_id uuid primary key references dossiers (id) on delete cascade,
  first_synced_at timestamptz not null default now(),
  last_synced_at timestamptz not null default now(),
  -- the portal's status code (TrangThaiHoSo) last accepted
  last_status_code text check (length(last_status_code) <= 10)
);

-- Every request sent for a line of a dossier's history (DongBoHoSoMC, CapNhatTienDoHoSoMC) and what came back.
-- Written as soon as the answer is in, apart from the line's delivery: a record the portal accepted is never
-- sent again for the same line, even if what follows it fails and the line is retried.
create table national_portal_sync_log (
  id bigserial primary key,
  dossier_id uuid not null references dossiers (id) on delete cascade,
  event_id bigint references dossier_events (id) on delete set null,
  service text not null check (service in ('DongBoHoSoMC', 'CapNhatTienDoHoSoMC')),
  -- the request body without the session
  payload jsonb not null check (jsonb_typeof(payload) = 'object'),
  accepted boolean not null,
  http_status smallint,
  response text check (length(response) <= 10000),
  error text check (length(error) <= 2000),
  sent_at timestamptz not null default now()
);
create index national_portal_sync_log_dossier on national_portal_sync_log (dossier_id, id);
create index national_portal_sync_log_newest on national_portal_sync_log (sent_at desc, id desc);
-- a line's record is accepted once
create unique index national_portal_sync_log_once on national_portal_sync_log (event_id, service) where accepted;
