import { html, type Raw } from '../html.ts';

/**
 * The page to come back to once signed in (`tiep`, e.g. the application someone was starting), carried from
 * the sign-in page through registering, the code and a forgotten password. The server has already reduced it
 * to a path of this site; the home page (`/`) is the default and is not carried.
 */
export function withNext(href: string, next: string | undefined): string {
  if (!next || next === '/') return href;
  return `${href}${href.includes('?') ? '&' : '?'}tiep=${encodeURIComponent(next)}`;
}

/** The same through a form post. */
export function nextField(next: string | undefined): Raw {
  if (!next || next === '/') return html``;
  return html`<input type="hidden" name="tiep" value="${next}">`;
}
