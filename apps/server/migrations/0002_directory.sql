-- Directory of agencies and people: the one list every module shares.

-- Official administrative units (Cục Thống kê codes), loaded from the published lists.
create table admin_units (
  code text primary key check (code ~ '^[0-9]{2}$|^[0-9]{5}$'),
  name text not null,
  division_type text not null,
  level text not null check (level in ('province', 'commune')),
  province_code text references admin_units (code),
  codename text not null,
  search text generated always as (search_key(name)) stored,
  constraint admin_units_parent check ((level = 'province') = (province_code is null))
);
create index admin_units_province on admin_units (province_code);
create index admin_units_search on admin_units using gin (search gin_trgm_ops);

create table agencies (
  id uuid primary key default gen_random_uuid(),
  parent_id uuid references agencies (id),
  -- ids from the root down to and including this agency; sub-tree queries are `path @> array[id]`
  path uuid[] not null,
  level text not null check (level in ('central', 'province', 'district', 'commune')),
  -- mã định danh, QCVN 102:2016: 13 characters, 4 dot-separated groups
  code text unique check (code ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$'),
  name text not null check (length(name) between 2 and 300),
  -- used in document notations, e.g. UBND in 05/QĐ-UBND
  abbreviation text not null check (length(abbreviation) between 1 and 30),
  admin_unit_code text references admin_units (code),
  address text,
  phone text,
  email text,
  website text,
  fax text,
  is_active boolean not null default true,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search text generated always as (
    search_key(name || ' ' || abbreviation || ' ' || coalesce(code, ''))
  ) stored,
  constraint agencies_not_own_parent check (parent_id is distinct from id)
);
create index agencies_parent on agencies (parent_id);
create index agencies_path on agencies using gin (path);
create index agencies_search on agencies using gin (search gin_trgm_ops);

create table departments (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies (id),
  name text not null check (length(name) between 2 and 300),
  -- the drafting unit in a công văn notation, e.g. VX in 123/UBND-VX
  abbreviation text not null check (length(abbreviation) between 1 and 30),
  phone text,
  email text,
  is_active boolean not null default true,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search text generated always as (search_key(name || ' ' || abbreviation)) stored,
  unique (agency_id, abbreviation),
  unique (agency_id, id)
);
create index departments_search on departments using gin (search gin_trgm_ops);

create table officials (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies (id),
  department_id uuid,
  full_name text not null check (length(full_name) between 2 and 200),
  -- chức vụ (Giám đốc, Trưởng phòng…) and chức danh (Chuyên viên chính…)
  position text,
  title text,
  email text,
  phone text,
  -- highest secrecy level this person may read
  clearance text not null default 'none' check (clearance in ('none', 'confidential', 'secret', 'top_secret')),
  is_active boolean not null default true,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search text generated always as (
    search_key(full_name || ' ' || coalesce(position, '') || ' ' || coalesce(title, '') || ' ' || coalesce(email, ''))
  ) stored,
  -- a department, when given, belongs to the same agency
  foreign key (agency_id, department_id) references departments (agency_id, id)
);
create index officials_agency on officials (agency_id);
create index officials_search on officials using gin (search gin_trgm_ops);

-- Accounts. Staff accounts belong to officials; citizens and businesses (online services) will use the
-- same table with their own kind, so sessions, passwords and second factors work the same for everyone.
create table users (
  id uuid primary key default gen_random_uuid(),
  kind text not null default 'staff' check (kind in ('staff', 'citizen', 'business')),
  username text not null check (username ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
  display_name text not null,
  email text,
  official_id uuid unique references officials (id),
  -- argon2id; null = no password login (single sign-on only)
  password_hash text,
  must_change_password boolean not null default false,
  password_changed_at timestamptz,
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  -- TOTP secret, encrypted with the platform key
  totp_secret text,
  totp_enabled_at timestamptz,
  -- last time step whose code was accepted: a code cannot be used twice
  totp_last_step bigint,
  oidc_subject text unique,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search text generated always as (search_key(username || ' ' || display_name || ' ' || coalesce(email, ''))) stored,
  constraint users_official_is_staff check (kind = 'staff' or official_id is null)
);
create unique index users_username on users (username);
create index users_search on users using gin (search gin_trgm_ops);

-- Roles are data: the five built-in roles, and custom ones an administrator defines from the permission
-- catalogue in code.
create table roles (
  key text primary key check (key ~ '^[a-z][a-z0-9_]{1,40}$'),
  name_vi text not null,
  name_en text not null,
  description text,
  permissions text[] not null default '{}',
  -- a global role is held without an agency (system administrator); others are always scoped to one
  is_global boolean not null default false,
  is_builtin boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table role_assignments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  role text not null references roles (key),
  agency_id uuid references agencies (id),
  -- true: the role also applies to every agency below `agency_id`
  include_subtree boolean not null default false,
  granted_by uuid references users (id),
  granted_at timestamptz not null default now()
);
create unique index role_assignments_unique
  on role_assignments (user_id, role, coalesce(agency_id, '00000000-0000-0000-0000-000000000000'));
create index role_assignments_agency on role_assignments (agency_id);
