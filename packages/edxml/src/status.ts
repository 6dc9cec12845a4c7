import { vietnamNow } from './dates.ts';
import { EdxmlError } from './errors.ts';
import {
  type DocumentPackage,
  isStatusCode,
  type Organization,
  STATUS_CODE_LABELS,
  type StaffInfo,
  type StatusCode,
  type StatusPackage,
} from './model.ts';

export interface StatusReply {
  statusCode: StatusCode | string;
  /** The agency answering; default: the document's first recipient. */
  from?: Organization;
  /** Default: the Vietnamese label of the code. */
  description?: string;
  /** Default: now, Vietnam time. */
  timestamp?: string;
  staffInfo?: StaffInfo;
}

/** The status package answering a document package: ResponseFor names the document (sender, code, date, id). */
export function statusFor(document: DocumentPackage, reply: StatusReply): StatusPackage {
  if (!isStatusCode(reply.statusCode))
    throw new EdxmlError(
      'INVALID_MODEL',
      `statusCode: '${reply.statusCode}' không có trong bảng mã (01–06, 13, 15, 16)`,
    );
  const h = document.header;
  const from = reply.from ?? h.to[0];
  if (!from)
    throw new EdxmlError('INVALID_MODEL', 'from: văn bản không có cơ quan nhận, cần nêu cơ quan trả lời');
  const code = [h.code?.codeNumber, h.code?.codeNotation].filter(Boolean).join('/');
  const responseFor = {
    organId: h.from.organId,
    code: code || undefined,
    promulgationDate: h.promulgationInfo?.promulgationDate,
    documentId: h.documentId,
  };
  for (const key of Object.keys(responseFor) as (keyof typeof responseFor)[])
    if (responseFor[key] === undefined) delete responseFor[key];
  const status: StatusPackage = {
    kind: 'status',
    from,
    responseFor,
    statusCode: reply.statusCode,
    description: reply.description ?? STATUS_CODE_LABELS[reply.statusCode],
    timestamp: reply.timestamp ?? vietnamNow(),
  };
  if (reply.staffInfo) status.staffInfo = reply.staffInfo;
  return status;
}
