-- "My dossiers" on the portal (issue 6): the applicant's own dossiers are those their account submitted
-- (`dossiers.created_by`), and once the result is ready the applicant rates the service once — the QĐ
-- 766/QĐ-TTg indicator "mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính". How the result is
-- received (`result_delivery`, `postal_address`) already lives on the dossier.

-- the list of an applicant's dossiers, newest first
create index dossiers_created_by on dossiers (created_by, submitted_at desc, id) where created_by is not null;

-- One rating per dossier, by the applicant who submitted it, after its result was ready.
create table dossier_ratings (
  dossier_id uuid primary key references dossiers (id) on delete cascade,
  rated_by uuid not null references users (id),
  -- hài lòng / bình thường / không hài lòng: the three answers the satisfaction indicator counts
  satisfaction text not null check (satisfaction in ('satisfied', 'normal', 'unsatisfied')),
  -- optional finer scale, 1 (very poor) to 5 (very good)
  score smallint check (score between 1 and 5),
  comment text check (length(comment) <= 2000),
  rated_at timestamptz not null default now()
);
-- the indicator counts the ratings given in a period
create index dossier_ratings_rated_at on dossier_ratings (rated_at);
