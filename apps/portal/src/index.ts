export { directoryPage } from './directory-page.ts';
export { homePage } from './home-page.ts';
export { escapeHtml, html, type Raw, raw } from './html.ts';
export { layout, type PageOptions } from './layout.ts';
export { portalCss } from './styles.ts';
export type { PublicAgency, PublicAgencyPage, PublicDirectory } from './types.ts';
