import { Buffer } from 'node:buffer';
import { EdxmlError } from './errors.ts';

const BAD = /[^A-Za-z0-9+/=\t\n\r ]/;

/**
 * Strict base64 (RFC 4648 alphabet; ASCII whitespace between characters is allowed): an unknown character,
 * misplaced padding or a length that is not a multiple of 4 is an error naming the element path.
 */
export function decodeBase64(text: string, path: string): Uint8Array {
  // Fast path. Buffer's decoder is lenient: it skips characters outside the alphabet (and whitespace). So
  // when the text has a length that is a multiple of 4 and decodes to exactly 3/4 of it less the padding,
  // every character was consumed: no whitespace, no stray character, no '=' before the end. It also reads
  // the base64url characters '-' and '_', which are looked for separately.
  const length = text.length;
  if (length % 4 === 0 && !text.includes('-') && !text.includes('_')) {
    const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
    const quick = Buffer.from(text, 'base64');
    if (quick.length === (length / 4) * 3 - padding)
      return new Uint8Array(quick.buffer, quick.byteOffset, quick.byteLength);
  }
  const bad = BAD.exec(text);
  if (bad) {
    throw new EdxmlError(
      'INVALID_BASE64',
      `Nội dung không phải base64: ký tự '${bad[0]}' ở vị trí ${bad.index + 1}`,
      { path },
    );
  }
  const compact = /[\t\n\r ]/.test(text) ? text.replace(/[\t\n\r ]+/g, '') : text;
  if (compact.length % 4 !== 0)
    throw new EdxmlError(
      'INVALID_BASE64',
      `Nội dung không phải base64: ${compact.length} ký tự, không phải bội số của 4`,
      { path },
    );
  const pad = compact.indexOf('=');
  if (pad !== -1 && (pad < compact.length - 2 || !/^=+$/.test(compact.slice(pad))))
    throw new EdxmlError('INVALID_BASE64', 'Nội dung không phải base64: dấu = chỉ được ở cuối', { path });
  const buffer = Buffer.from(compact, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function encodeBase64(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}
