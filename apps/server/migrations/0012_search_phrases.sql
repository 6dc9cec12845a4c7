-- Document search by phrases. A Vietnamese word is one to three syllables, and the syllables alone are so
-- common ("xu", "ly", "hanh", "chinh" each stand in a fifth of all documents) that answering "every syllable
-- appears" means walking posting lists of hundreds of thousands of rows, and it matches nearly any long
-- attachment. The index now also holds each pair of neighbouring words ("xu_ly", "vi_pham"): a phrase is
-- found through its pairs, which are rare, and its words must stand in the order typed. Words come from
-- search_key() split on anything but letters and digits, exactly as the server splits a query, so both sides
-- agree; no positions are kept (nothing ranks by them).
--
-- The index leads with the agency (btree_gin), so that a search within the agencies one reads only walks
-- their postings; the documents one is involved in elsewhere are found by creator or task (their own index).
create extension if not exists btree_gin;

create function search_vector(t text) returns tsvector
  language sql immutable parallel safe strict
  as $$
    with words as (
      select w, i, lead(w) over (order by i) as next
      from regexp_split_to_table(public.search_key(t), '[^[:alnum:]]+') with ordinality as s (w, i)
      -- a "word" of a hundred letters is a code or garbage, not something anyone types
      where length(w) between 1 and 100
    )
    select coalesce(array_to_tsvector(array_agg(lexeme)), ''::tsvector)
    from (
      -- a tsvector holds at most 1 MB (each lexeme its bytes and a 4-byte entry) and array_to_tsvector doesn't
      -- check: past that, the lexemes that first appear latest are left out
      select lexeme, sum(octet_length(lexeme) + 8) over (order by first, lexeme) as bytes
      from (
        select lexeme, min(i) as first
        from (
          select w as lexeme, i from words
          union all
          select w || '_' || next, i from words where next is not null
        ) occurrences
        group by lexeme
      ) distinct_lexemes
    ) sized
    where bytes <= 1000000
  $$;

alter table documents drop column search_words;
alter table documents add column search_words tsvector generated always as (
  public.search_vector(
    subject || ' ' || coalesce(reference, '') || ' ' || coalesce(issuer_name, '') || ' ' || coalesce(summary, '')
    || ' ' || coalesce(signer_name, '') || ' ' || coalesce(attachment_text, '')
  )
) stored;
create index documents_search_words on documents using gin (agency_id, search_words);
create index documents_created_by on documents (created_by);
-- a common phrase is paged by walking one agency's newest documents
create index documents_agency_received on documents (agency_id, received_at desc, id);
