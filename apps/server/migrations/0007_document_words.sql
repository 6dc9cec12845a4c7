-- Document search by words. At a million documents the trigram LIKE of 0005 reads most of the table for
-- common Vietnamese syllables ("quyet", "dinh", "xu", "ly"); a full-text index answers the same question
-- ("every word appears, diacritics optional") from its posting lists. '/' and '-' become spaces first, or the
-- text-search parser reads "05/QĐ-UBND" as a file path and its parts could not be found.
alter table documents add column search_words tsvector generated always as (
  to_tsvector(
    'public.vietnamese'::regconfig,
    translate(
      subject || ' ' || coalesce(reference, '') || ' ' || coalesce(issuer_name, '') || ' ' || coalesce(summary, '')
      || ' ' || coalesce(signer_name, ''),
      '/-', '  '
    )
  )
) stored;
create index documents_search_words on documents using gin (search_words);

drop index documents_search;
alter table documents drop column search;
