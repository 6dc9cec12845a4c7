import { onlineServiceChoices, type ProcedureSearch } from '@congso/portal';

/**
 * A search of the public catalogue from the address (`/thu-tuc?q=…&linh-vuc=…&trang=2`). Anyone can type
 * an address: whatever is not a sensible value is read as "not chosen" rather than refused, so a page
 * always answers.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (text: string) => UUID.test(text);
/** Beyond this many pages a search is a crawl, not a person. */
export const MAX_PAGE = 500;

function text(value: unknown, max: number): string {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one.trim().slice(0, max) : '';
}

export function readSearch(query: Record<string, unknown>): ProcedureSearch {
  const agency = text(query['co-quan'], 36);
  const online = text(query['truc-tuyen'], 20);
  const page = Number(text(query.trang, 6));
  return {
    q: text(query.q, 200),
    field: text(query['linh-vuc'], 300),
    agency: isUuid(agency) ? agency.toLowerCase() : '',
    level: text(query.cap, 50),
    online: onlineServiceChoices.find((c) => c.value === online)?.service ?? '',
    onlyOnline: text(query['nop-truc-tuyen'], 5) === '1',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}
