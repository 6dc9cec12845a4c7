import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * The same normalisation as the database's search_key(): lower case, diacritics removed, đ → d. Done in
 * JavaScript so that the LIKE pattern is a plain parameter and PostgreSQL can use the trigram index.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * "Every word of the query appears in the column": `col like '%w1%' and col like '%w2%'`, each word
 * normalised like search_key() and with LIKE wildcards escaped. Word order and punctuation in between
 * don't matter ("van hoa the thao" finds "Sở Văn hóa, Thể thao và Du lịch"); the trigram index on the
 * column serves every condition.
 */
export function matchesAllWords(column: string, query: string): Expression<SqlBool> {
  const words = searchKey(query)
    .split(/[\s,.;:!?()"'/\\-]+/)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${sql.join(
    words.map((w) => sql`${sql.ref(column)} like ${`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`),
    sql` and `,
  )})`;
}

/** The words of a query as the full-text index keeps them: normalised like search_key(), letters and digits. */
export function queryWords(query: string): string[] {
  return searchKey(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/**
 * "Every word of the query is a word of the text" against a tsvector column built with the `vietnamese`
 * configuration (diacritics optional); the last word also matches as a prefix, for a word still being typed.
 * Served by the column's GIN index.
 */
export function matchesWords(column: string, query: string): Expression<SqlBool> {
  const words = queryWords(query);
  if (words.length === 0) return sql<SqlBool>`true`;
  const tsquery = words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
  return sql<SqlBool>`${sql.ref(column)} @@ ${tsquery}::tsquery`;
}

/**
 * The phrases of a query, each a list of normalised words: phrases are separated by commas, semicolons or
 * double quotes ("quyết định, thành lập" is two phrases). At most 12 words in all.
 */
export function queryPhrases(query: string): string[][] {
  const phrases: string[][] = [];
  let budget = 12;
  for (const part of query.split(/[,;"“”]+/)) {
    const words = queryWords(part).slice(0, budget);
    budget -= words.length;
    if (words.length > 0) phrases.push(words);
  }
  return phrases;
}

/**
 * The tsquery of a phrase search against a column that also holds the pairs of neighbouring words of the
 * text (the database's search_pairs()): a one-word phrase is that word; a longer one is every pair of its
 * neighbouring words ("xu ly vi pham" → xu_ly & ly_vi & vi_pham). Pairs are far rarer than single Vietnamese
 * syllables, so the index answers from short posting lists, and the words must stand in the order typed.
 */
export function phraseTsquery(query: string): string | null {
  const terms = queryPhrases(query).flatMap((words) =>
    words.length === 1 ? words : words.slice(1).map((word, i) => `${words[i]}_${word}`),
  );
  // quoted lexemes, not parsed again: the text-search parser would split "xu_ly" at the underscore
  return terms.length === 0 ? null : [...new Set(terms)].map((term) => `'${term}'`).join(' & ');
}

/** "Every phrase of the query appears in the text, its words in the order typed, diacritics optional." */
export function matchesPhrases(column: string, query: string): Expression<SqlBool> {
  const tsquery = phraseTsquery(query);
  if (tsquery === null) return sql<SqlBool>`true`;
  return sql<SqlBool>`${sql.ref(column)} @@ ${tsquery}::tsquery`;
}
