-- Text search for every module: Vietnamese typed with or without diacritics must match.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); index expressions need IMMUTABLE. Naming the
-- dictionary explicitly makes the result independent of search_path, so the wrapper is safe to mark immutable.
create or replace function f_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The normalised form used for trigram and equality search: lower case, no diacritics ("Đà Nẵng" -> "da nang").
create or replace function search_key(text) returns text
  language sql immutable parallel safe strict
  as $$ select lower(public.f_unaccent($1)) $$;

-- Full-text configuration for Vietnamese: words are split as in `simple`, then stripped of diacritics, so
-- to_tsvector('vietnamese', 'Quyết định thành lập') matches plainto_tsquery('vietnamese', 'quyet dinh').
create text search configuration vietnamese (copy = simple);
alter text search configuration vietnamese
  alter mapping for hword, hword_part, word with unaccent, simple;

-- Vietnamese alphabetical order for names (a ă â b c d đ e ê …).
create collation if not exists vietnamese (provider = icu, locale = 'vi');
