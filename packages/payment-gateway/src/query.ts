/**
 * The parameters of the protocol as they travel: a flat map of names to text, written as a query string.
 *
 * The text that is signed is the query string itself, so both sides must write it byte for byte the same:
 * every parameter that has a value, sorted by name (ordinal order, as `Array.prototype.sort` compares UTF-16
 * code units; the names are ASCII), `name=value` joined by `&`, each value encoded as HTML forms encode
 * (`application/x-www-form-urlencoded` over UTF-8: letters, digits and `*-._` kept, a space as `+`, every
 * other byte `%XX` in capitals) — what the gateway's reference code does with `URLEncoder.encode(value,
 * US-ASCII)`. The signature itself (`vnp_SecureHash`, and `vnp_SecureHashType` that older versions sent) is
 * not part of it.
 */

/** Protocol parameters by name (`vnp_Amount` → `1500000`). */
export type GatewayParams = Record<string, string>;

/** The parameter that carries the signature. */
export const SECURE_HASH = 'vnp_SecureHash';
/** Sent by versions before 2.1.0 and by some gateways still: never signed, never required. */
export const SECURE_HASH_TYPE = 'vnp_SecureHashType';

const KEPT = /[A-Za-z0-9*\-._]/;
const utf8 = new TextEncoder();

/** One value encoded as an HTML form encodes it (UTF-8, space as `+`, `%XX` in capitals). */
export function encodeComponent(value: string): string {
  let out = '';
  for (const char of value) {
    if (char === ' ') out += '+';
    else if (KEPT.test(char)) out += char;
    // a lone surrogate cannot be written in UTF-8: it becomes U+FFFD, as TextEncoder (and browsers) write it
    else for (const byte of utf8.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Whether a parameter takes part in the signature: not the signature itself, and not empty. */
const isSigned = (name: string, value: string) =>
  name !== SECURE_HASH && name !== SECURE_HASH_TYPE && value !== '';

/** The signed text: the parameters with a value, sorted by name, `name=encoded value` joined by `&`. */
export function signedData(params: GatewayParams): string {
  return Object.keys(params)
    .filter((name) => isSigned(name, params[name]!))
    .sort()
    .map((name) => `${encodeComponent(name)}=${encodeComponent(params[name]!)}`)
    .join('&');
}

/** Every parameter of the protocol is named `vnp_…`. */
export const isProtocolParam = (name: string) => /^vnp_[A-Za-z]+$/.test(name);

/**
 * Reads the protocol's parameters from a query string (with or without its `?`). Other parameters are left
 * out, as the gateway's reference code does (a return URL may carry the merchant's own); a name given twice
 * makes the whole query unreadable (undefined): which of the two was signed could not be told.
 */
export function parseQuery(search: string): GatewayParams | undefined {
  const params: GatewayParams = {};
  for (const [name, value] of new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)) {
    if (!isProtocolParam(name)) continue;
    if (Object.hasOwn(params, name)) return undefined;
    params[name] = value;
  }
  return params;
}

/** The query string of a URL as received (`/path?a=1` → `a=1`), to read with `parseQuery`. */
export function queryOf(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at + 1);
}
