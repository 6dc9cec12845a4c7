/** Why a package was rejected. */
export type EdxmlErrorCode =
  | 'TOO_LARGE'
  | 'TOO_DEEP'
  | 'NOT_UTF8'
  | 'UNSUPPORTED_ENCODING'
  | 'DOCTYPE_FORBIDDEN'
  | 'XML_SYNTAX'
  | 'UNDEFINED_ENTITY'
  | 'NOT_EDXML'
  | 'MISSING_ELEMENT'
  | 'DUPLICATE_ELEMENT'
  | 'NESTED_ELEMENT'
  | 'UNEXPECTED_CONTENT'
  | 'INVALID_VALUE'
  | 'INVALID_DATE'
  | 'IMPOSSIBLE_DATE'
  | 'UNKNOWN_CODE'
  | 'INVALID_BASE64'
  | 'INVALID_ZIP'
  | 'ATTACHMENT_TOO_LARGE'
  | 'INVALID_MODEL'
  | 'SIGNATURE';

/**
 * The only error the codec throws for bad input. `path` is the element path (`/edXML/edXMLEnvelope/…`,
 * `To[2]` for the second of several), `line`/`column` are set for XML syntax errors. The message is in
 * Vietnamese and names both.
 */
export class EdxmlError extends Error {
  readonly code: EdxmlErrorCode;
  readonly path: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(
    code: EdxmlErrorCode,
    message: string,
    where: { path?: string | undefined; line?: number | undefined; column?: number | undefined } = {},
  ) {
    const at = [
      where.path ? where.path : undefined,
      where.line !== undefined
        ? `dòng ${where.line}${where.column !== undefined ? `, cột ${where.column}` : ''}`
        : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    super(at ? `${at}: ${message}` : message);
    this.name = 'EdxmlError';
    this.code = code;
    this.path = where.path;
    this.line = where.line;
    this.column = where.column;
  }
}

/** What was tolerated while reading a package. */
export type EdxmlWarningCode =
  | 'LEADING_BYTES'
  | 'NONSTANDARD_DATE'
  | 'IMPOSSIBLE_DATE_IN_ID'
  | 'NULL_ORGAN_ID'
  | 'UNDECLARED_PREFIX'
  | 'NOT_IN_NAMESPACE'
  | 'FOREIGN_NAMESPACE'
  | 'UNKNOWN_ELEMENT'
  | 'NONSTANDARD_VALUE'
  | 'SIGNATURE_NAMESPACE';

export interface EdxmlWarning {
  code: EdxmlWarningCode;
  /** Element path, as in `EdxmlError.path`. */
  path: string;
  message: string;
}
