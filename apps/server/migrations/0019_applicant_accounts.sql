-- Accounts of applicants (citizens and businesses) on the public portal (issue 6). An applicant is a row of
-- `users` with kind 'citizen' or 'business' whose username is the email address or mobile number they
-- registered with; what only applicants have lives beside it here, so the staff side of `users` stays as it is.

-- The applicant's own facts, used to prefill applications. One row per applicant user.
create table applicant_profiles (
  user_id uuid primary key references users (id) on delete cascade,
  -- a Vietnamese mobile number in national form (0 + 9 digits)
  phone text check (phone ~ '^0[35789][0-9]{8}$'),
  -- citizen: số định danh cá nhân (12 digits); business: mã số doanh nghiệp / thuế (10 digits, 10-3 for a
  -- dependent unit), as the dossiers take them
  id_number text check (id_number ~ '^([0-9]{12}|[0-9]{10}(-[0-9]{3})?)$'),
  address text check (length(address) between 1 and 500),
  -- the registered email or phone was proven by a code (or the account came from an identity provider);
  -- an account that is not verified cannot sign in
  verified_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- One-time codes sent to the applicant: to verify the account after registering, or to reset the password.
-- Only a keyed hash of the code is kept; a code dies when used, replaced, expired or tried too often.
create table account_codes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  purpose text not null check (purpose in ('verify', 'reset')),
  code_hash text not null check (length(code_hash) between 20 and 200),
  -- where it was sent (email or phone), for the audit trail
  sent_to text not null check (length(sent_to) between 3 and 320),
  wrong_attempts smallint not null default 0 check (wrong_attempts >= 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  -- used (accepted), or replaced by a newer code of the same purpose
  consumed_at timestamptz
);
create index account_codes_live on account_codes (user_id, purpose, created_at desc);

-- Accounts at an external identity provider (OpenID Connect: the national eID VNeID, …) linked to an applicant:
-- signing in there signs the applicant in here. The issuer URL names the provider.
create table applicant_identities (
  provider text not null check (length(provider) between 1 and 500),
  subject text not null check (length(subject) between 1 and 255),
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_login_at timestamptz,
  primary key (provider, subject)
);
create index applicant_identities_user on applicant_identities (user_id);
