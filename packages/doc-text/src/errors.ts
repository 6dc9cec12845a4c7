/** Why no text came out of a file. */
export type DocTextErrorCode =
  /** Not a format this package reads (a scan as an image, a .doc, a spreadsheet). */
  | 'UNSUPPORTED'
  /** Protected by a password or a certificate: the text cannot be read without it. */
  | 'ENCRYPTED'
  /** Not what its media type says, or damaged. */
  | 'CORRUPT'
  /** Larger than the limits (input bytes, unzipped size, memory). */
  | 'TOO_LARGE'
  /** Did not finish within the time budget. */
  | 'TIMEOUT';

/** The only error `extractText` throws for bad input; the message is Vietnamese, for showing to users. */
export class DocTextError extends Error {
  readonly code: DocTextErrorCode;

  constructor(code: DocTextErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocTextError';
    this.code = code;
  }
}
