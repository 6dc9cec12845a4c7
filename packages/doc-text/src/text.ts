/**
 * Collecting text within a budget. Extractors push pieces as they read; once the budget is spent the
 * collector says so and they stop reading, so a huge file costs little more than its first `maxChars`.
 */
export class TextCollector {
  private readonly parts: string[] = [];
  private readonly maxChars: number;
  private length = 0;
  /** Raw characters collected before the tidy length is measured again. */
  private budget: number;
  private full = false;

  constructor(maxChars: number) {
    this.maxChars = maxChars;
    this.budget = maxChars + 64;
  }

  /** False once the budget is spent: the caller should stop reading. */
  push(piece: string): boolean {
    if (this.full) return false;
    this.parts.push(piece);
    this.length += piece.length;
    if (this.length <= this.budget) return true;
    // what counts is the tidy text (spaces collapse, NFC composes), which can be much shorter than the raw
    // text of a page laid out with spaces: measure it, and read on by what is still missing
    const tidied = tidy(this.parts.join('')).length;
    if (tidied > this.maxChars) {
      this.full = true;
      return false;
    }
    this.budget = this.length + (this.maxChars - tidied) + 64;
    return true;
  }

  /** The collected text, tidied (see `tidy`), cut at `maxChars`; `truncated` when something was cut. */
  finish(): { text: string; truncated: boolean } {
    const text = tidy(this.parts.join(''));
    if (text.length <= this.maxChars) return { text, truncated: false };
    return { text: cutAt(text, this.maxChars), truncated: true };
  }
}

/**
 * Text fit for search and display: NFC (Vietnamese from PDFs and Word often comes decomposed, with
 * combining marks, and would then not match what people type), no control characters (PostgreSQL text
 * cannot hold NUL), runs of spaces and tabs as one space, no spaces around line ends, at most one empty
 * line in a row.
 */
export function tidy(raw: string): string {
  return (
    raw
      .normalize('NFC')
      // carriage return, form feed, vertical tab and the Unicode line/paragraph separators end lines; the
      // other C0/C1 controls go
      .replace(/[\r\f\v\u2028\u2029\u0085]/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g, '')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** The first `max` UTF-16 units, not splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
