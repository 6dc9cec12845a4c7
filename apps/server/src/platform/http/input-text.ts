import type { FastifyInstance } from 'fastify';
import { type FieldError, Problem } from './problem.ts';

// C0 controls except tab, line feed and carriage return, plus DEL. PostgreSQL cannot even store U+0000.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// After NFC every Vietnamese letter is one code point; a combining mark still standing on a Latin letter,
// a space or at the start is a stray or doubled diacritic (e.g. two tone marks), not text anyone typed.
const STRAY_MARK = /(^|[\s\p{P}\p{Script=Latin}])\p{M}/u;

function check(value: string, pointer: string, key: string, errors: FieldError[]): string {
  const text = value.normalize('NFC');
  if (CONTROL.test(text)) errors.push({ pointer, detail: 'Chứa ký tự điều khiển không được phép' });
  else if (!/password|secret|totp|code$/i.test(key) && STRAY_MARK.test(text)) {
    errors.push({ pointer, detail: 'Dấu thanh hoặc dấu phụ đặt sai (ký tự tổ hợp thừa); hãy gõ lại' });
  }
  return text;
}

function walk(value: unknown, pointer: string, key: string, errors: FieldError[]): unknown {
  if (typeof value === 'string') return check(value, pointer, key, errors);
  if (Array.isArray(value)) return value.map((v, i) => walk(v, `${pointer}/${i}`, key, errors));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, `${pointer}/${k}`, k, errors);
    return out;
  }
  return value;
}

/**
 * Every string that comes in is put in Unicode NFC, so text typed on keyboards that send decomposed
 * Vietnamese ("ô" + U+0301) is stored and searched like everyone else's; control characters and stray
 * combining marks are refused with the field they are in.
 */
export function installInputText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors: FieldError[] = [];
    if (request.body !== undefined && request.body !== null)
      request.body = walk(request.body, '/body', '', errors);
    if (request.query && typeof request.query === 'object')
      request.query = walk(request.query, '/querystring', '', errors) as typeof request.query;
    if (request.params && typeof request.params === 'object')
      request.params = walk(request.params, '/params', '', errors) as typeof request.params;
    if (errors.length > 0) {
      throw new Problem('validation-error', errors.map((e) => `${e.pointer}: ${e.detail}`).join('; '), {
        errors,
      });
    }
  });
}
