/**
 * Reading packages: the element tree of ./xml.ts → the model of ./model.ts, with the tolerated variants
 * reported as warnings and everything else rejected with an `EdxmlError` naming the element path.
 */
import { decodeBase64 } from './base64.ts';
import { readDate, readTimestamp } from './dates.ts';
import { EdxmlError, type EdxmlWarning } from './errors.ts';
import {
  type Attachment,
  type Bussiness,
  type BussinessDocType,
  type BussinessDocumentInfo,
  type DocumentPackage,
  EDXML_NAMESPACE,
  type EdxmlPackage,
  isStatusCode,
  type ManifestReference,
  type MessageHeader,
  type Organization,
  type OtherInfo,
  type Priority,
  type ResponseFor,
  type StaffInfo,
  type StatusPackage,
  type TraceHeaderList,
  XMLDSIG_NAMESPACE,
} from './model.ts';
import { DEFAULT_LIMITS, type Limits, MARK, readXml, type XNode } from './xml.ts';

export interface ParseOptions {
  /** Input size and nesting limits (defaults: 64 MiB, 32 levels). */
  limits?: Partial<Limits>;
}

export interface ParseResult<P extends EdxmlPackage = EdxmlPackage> {
  package: P;
  /** What was tolerated: non-standard dates, bytes before `<?xml`, namespace slips, `null` ids, … */
  warnings: EdxmlWarning[];
  /** Whether `edXMLHeader` carries a `Signature` (check it with `verifyEdxmlSignature`). */
  signature: 'present' | 'absent';
}

class Reader {
  readonly warnings: EdxmlWarning[];
  readonly payloads: (string | null)[];
  private readonly used = new Set<number>();
  /** Streamed payload index → index of the attachment it belongs to. */
  readonly streamedUse = new Map<number, number>();
  currentAttachment = -1;
  private warnedNoNamespace = false;

  constructor(warnings: EdxmlWarning[], payloads: (string | null)[]) {
    this.warnings = warnings;
    this.payloads = payloads;
  }

  warn(code: EdxmlWarning['code'], path: string, message: string): void {
    this.warnings.push({ code, path, message });
  }

  /** Children by local name, checking names and namespaces. `known` lists the children the element may have. */
  kids(node: XNode, known: readonly string[]): Map<string, XNode[]> {
    const map = new Map<string, XNode[]>();
    if (node.text.trim() !== '')
      throw new EdxmlError(
        'UNEXPECTED_CONTENT',
        `<${node.local}> chỉ chứa phần tử con, không chứa văn bản ('${clip(node.text.trim())}')`,
        { path: node.path },
      );
    for (const child of node.children) {
      if (child.ns !== undefined && child.ns !== EDXML_NAMESPACE && !(child.local === 'Signature')) {
        this.warn(
          'FOREIGN_NAMESPACE',
          child.path,
          `Phần tử <${child.qname}> thuộc không gian tên ${child.ns}, không phải edXML; bị bỏ qua`,
        );
        continue;
      }
      if (child.ns === undefined && !child.undeclaredPrefix && !this.warnedNoNamespace) {
        this.warnedNoNamespace = true;
        this.warn(
          'NOT_IN_NAMESPACE',
          child.path,
          `Phần tử <${child.qname}> không thuộc không gian tên edXML (${EDXML_NAMESPACE}); được đọc theo tên`,
        );
      }
      if (!known.includes(child.local)) {
        if (child.local === node.local)
          throw new EdxmlError(
            'NESTED_ELEMENT',
            `<${node.local}> lồng trong <${node.local}>: không rõ giá trị nào đúng`,
            { path: child.path },
          );
        this.warn(
          'UNKNOWN_ELEMENT',
          child.path,
          `Phần tử <${child.local}> không có trong chuẩn ở vị trí này; bị bỏ qua`,
        );
        continue;
      }
      const list = map.get(child.local);
      if (list) list.push(child);
      else map.set(child.local, [child]);
    }
    return map;
  }

  one(map: Map<string, XNode[]>, name: string): XNode | undefined {
    const list = map.get(name);
    if (!list) return undefined;
    if (list.length > 1)
      throw new EdxmlError('DUPLICATE_ELEMENT', `<${name}> xuất hiện ${list.length} lần, chỉ được một lần`, {
        path: list[1]!.path,
      });
    return list[0];
  }

  required(map: Map<string, XNode[]>, name: string, parent: XNode): XNode {
    const node = this.one(map, name);
    if (!node) throw new EdxmlError('MISSING_ELEMENT', `Thiếu phần tử <${name}>`, { path: parent.path });
    return node;
  }

  text(node: XNode | undefined): string | undefined {
    if (!node) return undefined;
    if (node.children.length > 0)
      throw new EdxmlError(
        'UNEXPECTED_CONTENT',
        `<${node.local}> phải là văn bản, không chứa phần tử con <${node.children[0]!.local}>`,
        { path: node.path },
      );
    const value = node.text.trim();
    return value === '' ? undefined : value;
  }

  int(node: XNode | undefined): number | undefined {
    const value = this.text(node);
    if (value === undefined) return undefined;
    if (!/^[+-]?\d{1,9}$/.test(value))
      throw new EdxmlError('INVALID_VALUE', `'${clip(value)}' không phải số nguyên`, { path: node!.path });
    return Number(value);
  }

  bool(node: XNode | undefined): boolean | undefined {
    const value = this.text(node);
    if (value === undefined) return undefined;
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
    if (value === '1' || value === '0') {
      this.warn(
        'NONSTANDARD_VALUE',
        node!.path,
        `'${value}' được đọc là ${value === '1'} (chuẩn: true/false)`,
      );
      return value === '1';
    }
    throw new EdxmlError('INVALID_VALUE', `'${clip(value)}' không phải true/false`, { path: node!.path });
  }

  date(node: XNode | undefined): string | undefined {
    return this.dated(node, readDate, 'Ngày', 'yyyy/MM/dd');
  }

  timestamp(node: XNode | undefined): string | undefined {
    return this.dated(node, readTimestamp, 'Thời điểm', 'yyyy/MM/dd HH:mm:ss');
  }

  /** A date or timestamp: an error when it cannot be read or does not exist, a warning when not standard. */
  private dated(
    node: XNode | undefined,
    read: typeof readDate | typeof readTimestamp,
    what: string,
    standard: string,
  ): string | undefined {
    const value = this.text(node);
    if (value === undefined) return undefined;
    const reading = read(value);
    if (!reading.ok)
      throw new EdxmlError(reading.impossible ? 'IMPOSSIBLE_DATE' : 'INVALID_DATE', reading.reason, {
        path: node!.path,
      });
    if (!reading.standard)
      this.warn(
        'NONSTANDARD_DATE',
        node!.path,
        `${what} '${value}' viết theo dạng ${reading.format}, chuẩn là ${standard}; đọc là ${reading.iso}`,
      );
    return reading.iso;
  }

  organId(node: XNode | undefined): string | undefined {
    const value = this.text(node);
    if (value !== undefined && value.toLowerCase() === 'null') {
      this.warn('NULL_ORGAN_ID', node!.path, `Mã định danh ghi chữ '${value}': coi như không có`);
      return undefined;
    }
    return value;
  }

  /** A document identifier, verbatim; an impossible date inside it (2014/02/30) is reported. */
  documentId(node: XNode | undefined): string | undefined {
    const value = this.text(node);
    if (value === undefined) return undefined;
    const parts = value.split(',');
    if (parts.length >= 3 && /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(parts[1]!.trim())) {
      const reading = readDate(parts[1]!.trim());
      if (!reading.ok)
        this.warn(
          'IMPOSSIBLE_DATE_IN_ID',
          node!.path,
          `Mã văn bản '${value}' chứa ngày không có thật: ${reading.reason}`,
        );
    }
    return value;
  }

  payload(node: XNode): Uint8Array {
    if (node.children.length > 0)
      throw new EdxmlError('UNEXPECTED_CONTENT', `<${node.local}> phải là base64, không chứa phần tử con`, {
        path: node.path,
      });
    const text = node.text.trim();
    const marker = new RegExp(`^${MARK}(\\d+)${MARK}$`).exec(text);
    if (marker) {
      const index = Number(marker[1]);
      const payload = this.payloads[index];
      if (payload === undefined || this.used.has(index))
        throw new EdxmlError('INVALID_BASE64', 'Nội dung không phải base64', { path: node.path });
      this.used.add(index);
      if (payload === null) {
        this.streamedUse.set(index, this.currentAttachment);
        return new Uint8Array(0);
      }
      return decodeBase64(payload, node.path);
    }
    return decodeBase64(text, node.path);
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Drops undefined fields; undefined when nothing is left (arrays count when non-empty). */
function compact<T extends object>(value: T): T | undefined {
  let any = false;
  for (const key of Object.keys(value) as (keyof T)[]) {
    const v = value[key];
    if (v === undefined) delete value[key];
    else if (!Array.isArray(v) || v.length > 0) any = true;
  }
  return any ? value : undefined;
}

const ORGANIZATION = [
  'OrganId',
  'OrganizationInCharge',
  'OrganName',
  'OrganAdd',
  'Email',
  'Telephone',
  'Fax',
  'Website',
] as const;

function organization(r: Reader, node: XNode): Organization {
  const k = r.kids(node, ORGANIZATION);
  const org: Organization = {
    organId: r.organId(r.one(k, 'OrganId')),
    organizationInCharge: r.text(r.one(k, 'OrganizationInCharge')),
    organName: r.text(r.one(k, 'OrganName')),
    organAdd: r.text(r.one(k, 'OrganAdd')),
    email: r.text(r.one(k, 'Email')),
    telephone: r.text(r.one(k, 'Telephone')),
    fax: r.text(r.one(k, 'Fax')),
    website: r.text(r.one(k, 'Website')),
  };
  return compact(org) ?? {};
}

function responseFor(r: Reader, node: XNode): ResponseFor | undefined {
  const k = r.kids(node, ['OrganId', 'Code', 'PromulgationDate', 'DocumentId']);
  return compact({
    organId: r.organId(r.one(k, 'OrganId')),
    code: r.text(r.one(k, 'Code')),
    promulgationDate: r.date(r.one(k, 'PromulgationDate')),
    documentId: r.documentId(r.one(k, 'DocumentId')),
  });
}

function staffInfo(r: Reader, node: XNode | undefined): StaffInfo | undefined {
  if (!node) return undefined;
  const k = r.kids(node, ['Department', 'Staff', 'Mobile', 'Email']);
  return compact({
    department: r.text(r.one(k, 'Department')),
    staff: r.text(r.one(k, 'Staff')),
    mobile: r.text(r.one(k, 'Mobile')),
    email: r.text(r.one(k, 'Email')),
  });
}

function code<T extends number>(
  r: Reader,
  node: XNode | undefined,
  allowed: readonly number[],
  what: string,
): T | undefined {
  const value = r.int(node);
  if (value === undefined) return undefined;
  if (!allowed.includes(value))
    throw new EdxmlError('UNKNOWN_CODE', `${what} ${value} không có trong bảng mã (${allowed.join(', ')})`, {
      path: node!.path,
    });
  return value as T;
}

const MESSAGE_HEADER = [
  'From',
  'To',
  'DocumentId',
  'Code',
  'PromulgationInfo',
  'DocumentType',
  'Subject',
  'Content',
  'SignerInfo',
  'DueDate',
  'OtherInfo',
  'ResponseFor',
  'SteeringType',
  'ToPlaces',
] as const;

function messageHeader(r: Reader, node: XNode): MessageHeader {
  const k = r.kids(node, MESSAGE_HEADER);
  const from = organization(r, r.required(k, 'From', node));
  const codeNode = r.one(k, 'Code');
  const codeKids = codeNode && r.kids(codeNode, ['CodeNumber', 'CodeNotation']);
  const prom = r.one(k, 'PromulgationInfo');
  const promKids = prom && r.kids(prom, ['Place', 'PromulgationDate']);
  const type = r.one(k, 'DocumentType');
  const typeKids = type && r.kids(type, ['Type', 'TypeDetail', 'TypeName']);
  const signer = r.one(k, 'SignerInfo');
  const signerKids = signer && r.kids(signer, ['Competence', 'Position', 'FullName']);
  const places = r.one(k, 'ToPlaces');
  const toPlaces = places
    ? (r.kids(places, ['Place']).get('Place') ?? []).map((p) => r.text(p)).filter((p) => p !== undefined)
    : [];
  const other = r.one(k, 'OtherInfo');
  let otherInfo: OtherInfo | undefined;
  if (other) {
    const o = r.kids(other, [
      'Priority',
      'SphereOfPromulgation',
      'TyperNotation',
      'PromulgationAmount',
      'PageAmount',
      'Direction',
      'Appendixes',
    ]);
    const app = r.one(o, 'Appendixes');
    otherInfo = compact({
      priority: code<Priority>(r, r.one(o, 'Priority'), [0, 1, 2, 3, 4], 'Độ khẩn'),
      sphereOfPromulgation: r.text(r.one(o, 'SphereOfPromulgation')),
      typerNotation: r.text(r.one(o, 'TyperNotation')),
      promulgationAmount: r.int(r.one(o, 'PromulgationAmount')),
      pageAmount: r.int(r.one(o, 'PageAmount')),
      direction: r.bool(r.one(o, 'Direction')),
      appendixes: app
        ? (r.kids(app, ['Appendix']).get('Appendix') ?? [])
            .map((a) => r.text(a))
            .filter((a) => a !== undefined)
        : [],
    });
    if (otherInfo && !otherInfo.appendixes) otherInfo.appendixes = [];
  }
  const header: MessageHeader = {
    from,
    to: (k.get('To') ?? []).map((t) => organization(r, t)),
    documentId: r.documentId(r.one(k, 'DocumentId')),
    code:
      codeKids &&
      compact({
        codeNumber: r.text(r.one(codeKids, 'CodeNumber')),
        codeNotation: r.text(r.one(codeKids, 'CodeNotation')),
      }),
    promulgationInfo:
      promKids &&
      compact({
        place: r.text(r.one(promKids, 'Place')),
        promulgationDate: r.date(r.one(promKids, 'PromulgationDate')),
      }),
    documentType:
      typeKids &&
      compact({
        type: r.int(r.one(typeKids, 'Type')),
        typeDetail: r.int(r.one(typeKids, 'TypeDetail')),
        typeName: r.text(r.one(typeKids, 'TypeName')),
      }),
    subject: r.text(r.one(k, 'Subject')),
    content: r.text(r.one(k, 'Content')),
    signerInfo:
      signerKids &&
      compact({
        competence: r.text(r.one(signerKids, 'Competence')),
        position: r.text(r.one(signerKids, 'Position')),
        fullName: r.text(r.one(signerKids, 'FullName')),
      }),
    dueDate: r.date(r.one(k, 'DueDate')),
    toPlaces,
    otherInfo,
    responseFor: (k.get('ResponseFor') ?? []).map((n) => responseFor(r, n)).filter((x) => x !== undefined),
    steeringType: r.int(r.one(k, 'SteeringType')),
  };
  for (const key of Object.keys(header) as (keyof MessageHeader)[])
    if (header[key] === undefined) delete header[key];
  return header;
}

function bussiness(r: Reader, node: XNode): Bussiness | undefined {
  const k = r.kids(node, [
    'DocumentId',
    'BussinessDocType',
    'BussinessDocReason',
    'Paper',
    'BussinessDocumentInfo',
    'ReplacementInfoList',
    'StaffInfo',
  ]);
  const info = r.one(k, 'BussinessDocumentInfo');
  let documentInfo: BussinessDocumentInfo | undefined;
  if (info) {
    const i = r.kids(info, ['DocumentInfo', 'DocumentReceiver', 'ReceiverList']);
    const list = r.one(i, 'ReceiverList');
    documentInfo = compact({
      documentInfo: r.int(r.one(i, 'DocumentInfo')),
      documentReceiver: r.int(r.one(i, 'DocumentReceiver')),
      receiverList: list
        ? (r.kids(list, ['Receiver']).get('Receiver') ?? [])
            .map((rec) => {
              const x = r.kids(rec, ['OrganId', 'ReceiverType']);
              return compact({
                organId: r.organId(r.one(x, 'OrganId')),
                receiverType: r.int(r.one(x, 'ReceiverType')),
              });
            })
            .filter((x) => x !== undefined)
        : [],
    });
    if (documentInfo && !documentInfo.receiverList) documentInfo.receiverList = [];
  }
  const replacements = r.one(k, 'ReplacementInfoList');
  const result: Bussiness = {
    documentId: r.documentId(r.one(k, 'DocumentId')),
    bussinessDocType: code<BussinessDocType>(r, r.one(k, 'BussinessDocType'), [0, 1, 2, 3], 'Loại nghiệp vụ'),
    bussinessDocReason: r.text(r.one(k, 'BussinessDocReason')),
    paper: r.int(r.one(k, 'Paper')),
    bussinessDocumentInfo: documentInfo,
    replacementInfoList: replacements
      ? (r.kids(replacements, ['ReplacementInfo']).get('ReplacementInfo') ?? [])
          .map((rep) => {
            const x = r.kids(rep, ['DocumentId', 'OrganIdList']);
            const ids = r.one(x, 'OrganIdList');
            const organIdList = ids
              ? (r.kids(ids, ['OrganId']).get('OrganId') ?? [])
                  .map((o) => r.organId(o))
                  .filter((o) => o !== undefined)
              : [];
            const item = compact({ documentId: r.documentId(r.one(x, 'DocumentId')), organIdList });
            if (item && !item.organIdList) item.organIdList = [];
            return item;
          })
          .filter((x) => x !== undefined)
      : [],
    staffInfo: staffInfo(r, r.one(k, 'StaffInfo')),
  };
  const kept = compact(result);
  if (kept && !kept.replacementInfoList) kept.replacementInfoList = [];
  return kept;
}

function traceHeaderList(r: Reader, node: XNode): TraceHeaderList | undefined {
  const k = r.kids(node, ['TraceHeader', 'Bussiness']);
  const traceHeaders = (k.get('TraceHeader') ?? [])
    .map((t) => {
      const x = r.kids(t, ['OrganId', 'Timestamp']);
      return compact({
        organId: r.organId(r.one(x, 'OrganId')),
        timestamp: r.timestamp(r.one(x, 'Timestamp')),
      });
    })
    .filter((t) => t !== undefined);
  const b = r.one(k, 'Bussiness');
  const result: TraceHeaderList = { traceHeaders };
  const value = b && bussiness(r, b);
  if (value) result.bussiness = value;
  // an empty list is the same as none
  return traceHeaders.length > 0 || value ? result : undefined;
}

function manifest(r: Reader, body: XNode | undefined): ManifestReference[] {
  if (!body) return [];
  const k = r.kids(body, ['edXMLManifest']);
  const m = r.one(k, 'edXMLManifest');
  if (!m) return [];
  return (r.kids(m, ['Reference']).get('Reference') ?? [])
    .map((ref) => {
      const x = r.kids(ref, ['ContentId', 'ContentType', 'Description', 'AttachmentName']);
      return compact({
        contentId: r.text(r.one(x, 'ContentId')),
        contentType: r.text(r.one(x, 'ContentType')),
        description: r.text(r.one(x, 'Description')),
        attachmentName: r.text(r.one(x, 'AttachmentName')),
      });
    })
    .filter((x) => x !== undefined);
}

function attachments(r: Reader, node: XNode | undefined): Attachment[] {
  if (!node) return [];
  return (r.kids(node, ['Attachment']).get('Attachment') ?? []).map((a, i) => {
    r.currentAttachment = i;
    const x = r.kids(a, [
      'ContentId',
      'AttachmentName',
      'Description',
      'ContentType',
      'ContentTransferEncoded',
    ]);
    const content = r.one(x, 'ContentTransferEncoded');
    const attachment: Attachment = {
      contentId: r.text(r.one(x, 'ContentId')),
      attachmentName: r.text(r.one(x, 'AttachmentName')),
      description: r.text(r.one(x, 'Description')),
      contentType: r.text(r.one(x, 'ContentType')),
      data: content ? r.payload(content) : new Uint8Array(0),
    };
    for (const key of Object.keys(attachment) as (keyof Attachment)[])
      if (attachment[key] === undefined) delete attachment[key];
    return attachment;
  });
}

const STATUS_HEADER = ['From', 'ResponseFor', 'StaffInfo', 'StatusCode', 'Description', 'Timestamp'] as const;

function statusPackage(r: Reader, node: XNode): StatusPackage {
  const k = r.kids(node, STATUS_HEADER);
  const codeNode = r.required(k, 'StatusCode', node);
  let statusCode = r.text(codeNode) ?? '';
  if (/^\d$/.test(statusCode)) {
    r.warn('NONSTANDARD_VALUE', codeNode.path, `Mã trạng thái '${statusCode}' được đọc là '0${statusCode}'`);
    statusCode = `0${statusCode}`;
  }
  if (!isStatusCode(statusCode))
    throw new EdxmlError(
      'UNKNOWN_CODE',
      `Mã trạng thái '${clip(statusCode)}' không có trong bảng mã (01–06, 13, 15, 16)`,
      { path: codeNode.path },
    );
  const respond = r.one(k, 'ResponseFor');
  const status: StatusPackage = {
    kind: 'status',
    from: organization(r, r.required(k, 'From', node)),
    responseFor: respond && responseFor(r, respond),
    statusCode,
    description: r.text(r.one(k, 'Description')),
    timestamp: r.timestamp(r.one(k, 'Timestamp')),
    staffInfo: staffInfo(r, r.one(k, 'StaffInfo')),
  };
  for (const key of Object.keys(status) as (keyof StatusPackage)[])
    if (status[key] === undefined) delete status[key];
  return status;
}

/**
 * Parses a document or status package. Accepts bytes (UTF-8) or a string. Throws `EdxmlError` when the
 * input is rejected; tolerated variants are listed in `warnings`.
 */
export function parseEdxml(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  const { streamedUse: _, ...result } = parseWith(input, options, 0);
  return result;
}

/** `parseEdxml`, where the first `streamed` payload markers stand for attachments already sent to sinks. */
export function parseWith(
  input: Uint8Array | string,
  options: ParseOptions,
  streamed: number,
): ParseResult & { streamedUse: Map<number, number> } {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const raw = readXml(input, limits, streamed);
  const r = new Reader(raw.warnings, raw.payloads);
  const root = raw.root;
  if (root.local !== 'edXML' || (root.ns !== undefined && root.ns !== EDXML_NAMESPACE))
    throw new EdxmlError(
      'NOT_EDXML',
      `Phần tử gốc là <${root.qname}>${root.ns ? ` (${root.ns})` : ''}, không phải <edXML> của QCVN 102:2016`,
      { path: root.path },
    );
  if (root.ns === undefined)
    r.warn('NOT_IN_NAMESPACE', root.path, `Phần tử gốc không khai báo không gian tên ${EDXML_NAMESPACE}`);
  const top = r.kids(root, ['edXMLEnvelope', 'AttachmentEncoded']);
  const envelope = r.required(top, 'edXMLEnvelope', root);
  const env = r.kids(envelope, ['edXMLHeader', 'edXMLBody']);
  const headerNode = r.required(env, 'edXMLHeader', envelope);
  const h = r.kids(headerNode, ['MessageHeader', 'TraceHeaderList', 'Signature', 'DigitalSignature']);
  const message = r.required(h, 'MessageHeader', headerNode);
  const signatureNode = r.one(h, 'Signature');
  if (signatureNode && signatureNode.ns !== XMLDSIG_NAMESPACE)
    r.warn(
      'SIGNATURE_NAMESPACE',
      signatureNode.path,
      `<Signature> không thuộc không gian tên XML-DSig (${XMLDSIG_NAMESPACE}): chữ ký không kiểm tra được theo chuẩn`,
    );
  const signature = signatureNode ? 'present' : 'absent';
  const isStatus = message.children.some((c) => c.local === 'StatusCode');
  if (isStatus) {
    const status = statusPackage(r, message);
    return { package: status, warnings: r.warnings, signature, streamedUse: r.streamedUse };
  }
  const trace = r.one(h, 'TraceHeaderList');
  const document: DocumentPackage = {
    kind: 'document',
    header: messageHeader(r, message),
    traceHeaderList: trace && traceHeaderList(r, trace),
    manifest: manifest(r, r.one(env, 'edXMLBody')),
    attachments: attachments(r, r.one(top, 'AttachmentEncoded')),
  };
  if (!document.traceHeaderList) delete document.traceHeaderList;
  return { package: document, warnings: r.warnings, signature, streamedUse: r.streamedUse };
}

/** `parseEdxml` for a document package: a status package is an error. */
export function parseDocumentPackage(
  input: Uint8Array | string,
  options?: ParseOptions,
): ParseResult<DocumentPackage> {
  const result = parseEdxml(input, options);
  if (result.package.kind !== 'document')
    throw new EdxmlError('NOT_EDXML', 'Đây là gói tin trạng thái, không phải gói tin văn bản');
  return result as ParseResult<DocumentPackage>;
}

/** `parseEdxml` for a status package: a document package is an error. */
export function parseStatusPackage(
  input: Uint8Array | string,
  options?: ParseOptions,
): ParseResult<StatusPackage> {
  const result = parseEdxml(input, options);
  if (result.package.kind !== 'status')
    throw new EdxmlError(
      'NOT_EDXML',
      'Đây là gói tin văn bản, không phải gói tin trạng thái (thiếu StatusCode)',
    );
  return result as ParseResult<StatusPackage>;
}
