/**
 * The model as JSON: the same shape, with attachment bytes as base64 strings. `packageFromJson` checks
 * the shape (types, code tables, dates) and names the first field that is wrong.
 */
import { decodeBase64, encodeBase64 } from './base64.ts';
import { writeDate, writeTimestamp } from './dates.ts';
import { EdxmlError } from './errors.ts';
import { type EdxmlPackage, isStatusCode } from './model.ts';

/** The model with `Uint8Array`s as base64 strings, ready for `JSON.stringify`. */
export function packageToJson(pkg: EdxmlPackage): unknown {
  return JSON.parse(
    JSON.stringify(pkg, (_key, value) => {
      if (value instanceof Uint8Array) return encodeBase64(value);
      return value;
    }),
  );
}

type Schema =
  | 'string'
  | 'int'
  | 'bool'
  | 'date'
  | 'datetime'
  | 'bytes'
  | { enum: readonly (string | number)[] }
  | { array: Schema }
  | { object: Record<string, Schema>; required?: readonly string[] };

const org: Schema = {
  object: {
    organId: 'string',
    organizationInCharge: 'string',
    organName: 'string',
    organAdd: 'string',
    email: 'string',
    telephone: 'string',
    fax: 'string',
    website: 'string',
  },
};
const responseFor: Schema = {
  object: { organId: 'string', code: 'string', promulgationDate: 'date', documentId: 'string' },
};
const staff: Schema = {
  object: { department: 'string', staff: 'string', mobile: 'string', email: 'string' },
};

const documentSchema: Schema = {
  object: {
    kind: { enum: ['document'] },
    header: {
      object: {
        from: org,
        to: { array: org },
        documentId: 'string',
        code: { object: { codeNumber: 'string', codeNotation: 'string' } },
        promulgationInfo: { object: { place: 'string', promulgationDate: 'date' } },
        documentType: { object: { type: 'int', typeDetail: 'int', typeName: 'string' } },
        subject: 'string',
        content: 'string',
        signerInfo: { object: { competence: 'string', position: 'string', fullName: 'string' } },
        dueDate: 'date',
        toPlaces: { array: 'string' },
        otherInfo: {
          object: {
            priority: { enum: [0, 1, 2, 3, 4] },
            sphereOfPromulgation: 'string',
            typerNotation: 'string',
            promulgationAmount: 'int',
            pageAmount: 'int',
            direction: 'bool',
            appendixes: { array: 'string' },
          },
        },
        responseFor: { array: responseFor },
        steeringType: 'int',
      },
      required: ['from'],
    },
    traceHeaderList: {
      object: {
        traceHeaders: { array: { object: { organId: 'string', timestamp: 'datetime' } } },
        bussiness: {
          object: {
            documentId: 'string',
            bussinessDocType: { enum: [0, 1, 2, 3] },
            bussinessDocReason: 'string',
            paper: 'int',
            bussinessDocumentInfo: {
              object: {
                documentInfo: 'int',
                documentReceiver: 'int',
                receiverList: { array: { object: { organId: 'string', receiverType: 'int' } } },
              },
            },
            replacementInfoList: {
              array: { object: { documentId: 'string', organIdList: { array: 'string' } } },
            },
            staffInfo: staff,
          },
        },
      },
    },
    manifest: {
      array: {
        object: {
          contentId: 'string',
          contentType: 'string',
          description: 'string',
          attachmentName: 'string',
        },
      },
    },
    attachments: {
      array: {
        object: {
          contentId: 'string',
          attachmentName: 'string',
          description: 'string',
          contentType: 'string',
          data: 'bytes',
        },
        required: ['data'],
      },
    },
  },
  required: ['kind', 'header'],
};

const statusSchema: Schema = {
  object: {
    kind: { enum: ['status'] },
    from: org,
    responseFor,
    statusCode: 'string',
    description: 'string',
    timestamp: 'datetime',
    staffInfo: staff,
  },
  required: ['kind', 'from', 'statusCode'],
};

/** Arrays the model always has, filled in when the JSON leaves them out. */
const ARRAYS: Record<string, readonly string[]> = {
  header: ['to', 'toPlaces', 'responseFor'],
  otherInfo: ['appendixes'],
  traceHeaderList: ['traceHeaders'],
  bussiness: ['replacementInfoList'],
  bussinessDocumentInfo: ['receiverList'],
  replacementInfoList: ['organIdList'],
  document: ['manifest', 'attachments'],
};

function convert(value: unknown, schema: Schema, field: string, key: string): unknown {
  const fail = (what: string) => new EdxmlError('INVALID_MODEL', `${field}: ${what}`);
  if (schema === 'string') {
    if (typeof value !== 'string') throw fail('phải là chuỗi');
    return value;
  }
  if (schema === 'int') {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw fail('phải là số nguyên');
    return value;
  }
  if (schema === 'bool') {
    if (typeof value !== 'boolean') throw fail('phải là true/false');
    return value;
  }
  if (schema === 'date') {
    if (typeof value !== 'string' || !writeDate(value))
      throw fail(`'${String(value)}' không phải ngày YYYY-MM-DD có thật`);
    return value;
  }
  if (schema === 'datetime') {
    if (typeof value !== 'string' || !writeTimestamp(value))
      throw fail(`'${String(value)}' không phải thời điểm YYYY-MM-DDTHH:mm:ss có thật`);
    return value;
  }
  if (schema === 'bytes') {
    if (typeof value !== 'string') throw fail('phải là chuỗi base64');
    return decodeBase64(value, field);
  }
  if ('enum' in schema) {
    if (!schema.enum.includes(value as string | number))
      throw fail(`phải là một trong ${schema.enum.join(', ')}`);
    return value;
  }
  if ('array' in schema) {
    if (!Array.isArray(value)) throw fail('phải là mảng');
    return value.map((item, i) => convert(item, schema.array, `${field}[${i}]`, key));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('phải là đối tượng');
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    const sub = schema.object[name];
    if (!sub)
      throw new EdxmlError(
        'INVALID_MODEL',
        `${field ? `${field}.` : ''}${name}: trường không có trong mô hình`,
      );
    if (item === undefined || item === null) continue;
    out[name] = convert(item, sub, field ? `${field}.${name}` : name, name);
  }
  for (const name of schema.required ?? [])
    if (!(name in out)) throw new EdxmlError('INVALID_MODEL', `${field ? `${field}.` : ''}${name}: bắt buộc`);
  for (const name of ARRAYS[key] ?? []) if (!(name in out)) out[name] = [];
  return out;
}

/** The model from its JSON form (as `packageToJson` writes it). Throws `EdxmlError` (`INVALID_MODEL`). */
export function packageFromJson(json: unknown): EdxmlPackage {
  const kind = (json as { kind?: unknown } | null)?.kind;
  if (kind === 'status') {
    const pkg = convert(json, statusSchema, '', 'status') as EdxmlPackage & { statusCode: string };
    if (!isStatusCode(pkg.statusCode))
      throw new EdxmlError(
        'INVALID_MODEL',
        `statusCode: '${pkg.statusCode}' không có trong bảng mã (01–06, 13, 15, 16)`,
      );
    return pkg;
  }
  if (kind !== 'document') throw new EdxmlError('INVALID_MODEL', "kind: phải là 'document' hoặc 'status'");
  return convert(json, documentSchema, '', 'document') as EdxmlPackage;
}
