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
