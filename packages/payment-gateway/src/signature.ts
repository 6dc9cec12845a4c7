import { createHmac, timingSafeEqual } from 'node:crypto';
import { type GatewayParams, SECURE_HASH, signedData } from './query.ts';

/**
 * `vnp_SecureHash`: HMAC-SHA512 of the signed text (`signedData`) under the merchant's secret (the hash
 * secret the gateway issued with the terminal code), as 128 lower-case hexadecimal digits.
 */
export function secureHash(params: GatewayParams, secret: string): string {
  return createHmac('sha512', Buffer.from(secret, 'utf8')).update(signedData(params), 'utf8').digest('hex');
}

const HEX_SHA512 = /^[0-9a-fA-F]{128}$/;

/**
 * Whether the parameters carry a valid `vnp_SecureHash` under the secret. Compared in constant time over the
 * bytes (a timing difference must not tell how many leading bytes of a forged signature were right); the
 * digits may come in either case.
 */
export function hasValidSignature(params: GatewayParams, secret: string): boolean {
  const given = params[SECURE_HASH];
  if (given === undefined || !HEX_SHA512.test(given)) return false;
  const expected = Buffer.from(secureHash(params, secret), 'hex');
  return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}

/** The parameters with their signature added. */
export function signed(params: GatewayParams, secret: string): GatewayParams {
  return { ...params, [SECURE_HASH]: secureHash(params, secret) };
}

/** The query string to send: the signed text, then `&vnp_SecureHash=…` (no `?`). */
export function signedQuery(params: GatewayParams, secret: string): string {
  const data = signedData(params);
  return `${data}${data ? '&' : ''}${SECURE_HASH}=${secureHash(params, secret)}`;
}
