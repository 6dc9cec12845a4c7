export {
  applyUrl,
  procedureDetailPage,
  procedureNotFoundPage,
  templateNotFoundPage,
} from './detail-page.ts';
export { onlineServiceChoices } from './labels.ts';
export { procedureSearchPage, searchUrl } from './search-page.ts';
export type * from './types.ts';
