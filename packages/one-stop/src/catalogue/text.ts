/**
 * Text as the national database exports it: NFC or not, padded, tabs and runs of spaces, and "Không có
 * thông tin" (no information) where a value is missing.
 */

/** What the export writes for a missing value. */
export const NO_INFO = 'Không có thông tin';

/** A one-line value: NFC, whitespace (newlines included) collapsed, trimmed; "Không có thông tin" is empty. */
export function lineText(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
  return text === NO_INFO ? '' : text;
}

/**
 * A value that may run over several lines (names of agencies one a line, a sequence of steps): NFC, spaces
 * within a line collapsed, blank lines kept to one, trimmed; "Không có thông tin" is empty.
 */
export function blockText(value: unknown): string {
  if (typeof value !== 'string') return lineText(value);
  const text = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === NO_INFO ? '' : text;
}

/** `text` without "Không có thông tin" wherever the export put it in a flattened cell, spaces tidied. */
export function withoutNoInfo(text: string): string {
  return text.split(NO_INFO).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Where the parenthesis opening at `start` closes; the end of the text when it never does (the export
 * sometimes cuts a note short).
 */
export function closingParenthesis(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}
