/**
 * Writing packages from the model: the standard namespace, `yyyy/MM/dd` dates, and the element order of the
 * national SDK's own serializer (envelope prefixed `edXML:`, attachments unprefixed in the default
 * namespace, as the SDK writes them).
 */
import { encodeBase64 } from './base64.ts';
import { writeDate, writeTimestamp } from './dates.ts';
import { EdxmlError } from './errors.ts';
import {
  type Attachment,
  type Bussiness,
  type DocumentPackage,
  EDXML_NAMESPACE,
  type EdxmlPackage,
  isStatusCode,
  type ManifestReference,
  type MessageHeader,
  type Organization,
  type ResponseFor,
  type StaffInfo,
  type StatusPackage,
  type TraceHeaderList,
} from './model.ts';

/** Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates). */
const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function escapeText(text: string, field: string): string {
  const bad = ILLEGAL.exec(text);
  if (bad)
    throw new EdxmlError(
      'INVALID_MODEL',
      `${field}: ký tự U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} không được phép trong XML`,
    );
  return text.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

class Out {
  private readonly lines: string[] = [];
  private depth = 0;

  open(name: string, attrs = ''): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${attrs}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.lines.push(`${'  '.repeat(this.depth)}</${name}>`);
  }

  empty(name: string, attrs = ''): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${attrs} />`);
  }

  /** A text element, left out when the value is undefined or empty. */
  leaf(name: string, value: string | number | boolean | undefined, field: string, attrs = ''): void {
    if (value === undefined || value === '') return;
    if (typeof value === 'number' && !Number.isSafeInteger(value))
      throw new EdxmlError('INVALID_MODEL', `${field}: ${value} không phải số nguyên`);
    const text = typeof value === 'string' ? escapeText(value, field) : String(value);
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${attrs}>${text}</${name}>`);
  }

  raw(line: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${line}`);
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

const E = (name: string) => `edXML:${name}`;

function hasAny(value: object | undefined): boolean {
  if (!value) return false;
  return Object.values(value).some((v) => v !== undefined && v !== '' && (!Array.isArray(v) || v.length > 0));
}

function date(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const written = writeDate(value);
  if (!written)
    throw new EdxmlError('INVALID_MODEL', `${field}: '${value}' không phải ngày YYYY-MM-DD có thật`);
  return written;
}

function timestamp(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const written = writeTimestamp(value);
  if (!written)
    throw new EdxmlError(
      'INVALID_MODEL',
      `${field}: '${value}' không phải thời điểm YYYY-MM-DDTHH:mm:ss có thật`,
    );
  return written;
}

function organization(out: Out, name: string, org: Organization, field: string): void {
  out.open(E(name));
  out.leaf(E('OrganId'), org.organId, `${field}.organId`);
  out.leaf(E('OrganizationInCharge'), org.organizationInCharge, `${field}.organizationInCharge`);
  out.leaf(E('OrganName'), org.organName, `${field}.organName`);
  out.leaf(E('OrganAdd'), org.organAdd, `${field}.organAdd`);
  out.leaf(E('Email'), org.email, `${field}.email`);
  out.leaf(E('Telephone'), org.telephone, `${field}.telephone`);
  out.leaf(E('Fax'), org.fax, `${field}.fax`);
  out.leaf(E('Website'), org.website, `${field}.website`);
  out.close(E(name));
}

function responseFor(out: Out, r: ResponseFor, field: string): void {
  out.open(E('ResponseFor'));
  out.leaf(E('OrganId'), r.organId, `${field}.organId`);
  out.leaf(E('Code'), r.code, `${field}.code`);
  out.leaf(E('PromulgationDate'), date(r.promulgationDate, `${field}.promulgationDate`), field);
  out.leaf(E('DocumentId'), r.documentId, `${field}.documentId`);
  out.close(E('ResponseFor'));
}

function staffInfo(out: Out, s: StaffInfo | undefined, field: string): void {
  if (!hasAny(s)) return;
  out.open(E('StaffInfo'));
  out.leaf(E('Department'), s!.department, `${field}.department`);
  out.leaf(E('Staff'), s!.staff, `${field}.staff`);
  out.leaf(E('Mobile'), s!.mobile, `${field}.mobile`);
  out.leaf(E('Email'), s!.email, `${field}.email`);
  out.close(E('StaffInfo'));
}

function checkCode(value: number | undefined, allowed: readonly number[], field: string): number | undefined {
  if (value !== undefined && !allowed.includes(value))
    throw new EdxmlError(
      'INVALID_MODEL',
      `${field}: ${value} không có trong bảng mã (${allowed.join(', ')})`,
    );
  return value;
}

function messageHeader(out: Out, h: MessageHeader): void {
  const f = 'header';
  out.open(E('MessageHeader'));
  organization(out, 'From', h.from ?? {}, `${f}.from`);
  (h.to ?? []).forEach((to, i) => {
    organization(out, 'To', to, `${f}.to[${i}]`);
  });
  out.leaf(E('DocumentId'), h.documentId, `${f}.documentId`);
  if (hasAny(h.code)) {
    out.open(E('Code'));
    out.leaf(E('CodeNumber'), h.code!.codeNumber, `${f}.code.codeNumber`);
    out.leaf(E('CodeNotation'), h.code!.codeNotation, `${f}.code.codeNotation`);
    out.close(E('Code'));
  }
  if (hasAny(h.promulgationInfo)) {
    const p = h.promulgationInfo!;
    out.open(E('PromulgationInfo'));
    out.leaf(E('Place'), p.place, `${f}.promulgationInfo.place`);
    out.leaf(E('PromulgationDate'), date(p.promulgationDate, `${f}.promulgationInfo.promulgationDate`), f);
    out.close(E('PromulgationInfo'));
  }
  if (hasAny(h.documentType)) {
    const t = h.documentType!;
    out.open(E('DocumentType'));
    out.leaf(E('Type'), t.type, `${f}.documentType.type`);
    out.leaf(E('TypeDetail'), t.typeDetail, `${f}.documentType.typeDetail`);
    out.leaf(E('TypeName'), t.typeName, `${f}.documentType.typeName`);
    out.close(E('DocumentType'));
  }
  out.leaf(E('Subject'), h.subject, `${f}.subject`);
  out.leaf(E('Content'), h.content, `${f}.content`);
  if (hasAny(h.signerInfo)) {
    const s = h.signerInfo!;
    out.open(E('SignerInfo'));
    out.leaf(E('Competence'), s.competence, `${f}.signerInfo.competence`);
    out.leaf(E('Position'), s.position, `${f}.signerInfo.position`);
    out.leaf(E('FullName'), s.fullName, `${f}.signerInfo.fullName`);
    out.close(E('SignerInfo'));
  }
  out.leaf(E('DueDate'), date(h.dueDate, `${f}.dueDate`), f);
  if (hasAny(h.otherInfo)) {
    const o = h.otherInfo!;
    out.open(E('OtherInfo'));
    out.leaf(E('Priority'), checkCode(o.priority, [0, 1, 2, 3, 4], `${f}.otherInfo.priority`), f);
    out.leaf(E('SphereOfPromulgation'), o.sphereOfPromulgation, `${f}.otherInfo.sphereOfPromulgation`);
    out.leaf(E('TyperNotation'), o.typerNotation, `${f}.otherInfo.typerNotation`);
    out.leaf(E('PromulgationAmount'), o.promulgationAmount, `${f}.otherInfo.promulgationAmount`);
    out.leaf(E('PageAmount'), o.pageAmount, `${f}.otherInfo.pageAmount`);
    out.leaf(E('Direction'), o.direction, `${f}.otherInfo.direction`);
    const appendixes = (o.appendixes ?? []).filter((a) => a !== '');
    if (appendixes.length > 0) {
      out.open(E('Appendixes'));
      appendixes.forEach((a, i) => {
        out.leaf(E('Appendix'), a, `${f}.otherInfo.appendixes[${i}]`);
      });
      out.close(E('Appendixes'));
    }
    out.close(E('OtherInfo'));
  }
  const responses = (h.responseFor ?? []).filter((r) => hasAny(r));
  // the SDK writes an empty ResponseFor when the document answers none
  if (responses.length === 0) out.empty(E('ResponseFor'));
  responses.forEach((r, i) => {
    responseFor(out, r, `${f}.responseFor[${i}]`);
  });
  out.leaf(E('SteeringType'), h.steeringType, `${f}.steeringType`);
  const places = (h.toPlaces ?? []).filter((p) => p !== '');
  if (places.length > 0) {
    out.open(E('ToPlaces'));
    places.forEach((p, i) => {
      out.leaf(E('Place'), p, `${f}.toPlaces[${i}]`);
    });
    out.close(E('ToPlaces'));
  }
  out.close(E('MessageHeader'));
}

function bussiness(out: Out, b: Bussiness): void {
  const f = 'traceHeaderList.bussiness';
  out.open(E('Bussiness'));
  out.leaf(E('DocumentId'), b.documentId, `${f}.documentId`);
  out.leaf(E('BussinessDocType'), checkCode(b.bussinessDocType, [0, 1, 2, 3], `${f}.bussinessDocType`), f);
  out.leaf(E('BussinessDocReason'), b.bussinessDocReason, `${f}.bussinessDocReason`);
  out.leaf(E('Paper'), b.paper, `${f}.paper`);
  const info = b.bussinessDocumentInfo;
  if (hasAny(info)) {
    out.open(E('BussinessDocumentInfo'));
    out.leaf(E('DocumentInfo'), info!.documentInfo, `${f}.bussinessDocumentInfo.documentInfo`);
    out.leaf(E('DocumentReceiver'), info!.documentReceiver, `${f}.bussinessDocumentInfo.documentReceiver`);
    const receivers = (info!.receiverList ?? []).filter((r) => hasAny(r));
    if (receivers.length > 0) {
      out.open(E('ReceiverList'));
      receivers.forEach((r, i) => {
        out.open(E('Receiver'));
        out.leaf(E('OrganId'), r.organId, `${f}.bussinessDocumentInfo.receiverList[${i}].organId`);
        out.leaf(
          E('ReceiverType'),
          r.receiverType,
          `${f}.bussinessDocumentInfo.receiverList[${i}].receiverType`,
        );
        out.close(E('Receiver'));
      });
      out.close(E('ReceiverList'));
    }
    out.close(E('BussinessDocumentInfo'));
  }
  const replacements = (b.replacementInfoList ?? []).filter((r) => hasAny(r));
  if (replacements.length > 0) {
    out.open(E('ReplacementInfoList'));
    replacements.forEach((r, i) => {
      out.open(E('ReplacementInfo'));
      out.leaf(E('DocumentId'), r.documentId, `${f}.replacementInfoList[${i}].documentId`);
      const ids = (r.organIdList ?? []).filter((id) => id !== '');
      if (ids.length > 0) {
        out.open(E('OrganIdList'));
        ids.forEach((id, j) => {
          out.leaf(E('OrganId'), id, `${f}.replacementInfoList[${i}].organIdList[${j}]`);
        });
        out.close(E('OrganIdList'));
      }
      out.close(E('ReplacementInfo'));
    });
    out.close(E('ReplacementInfoList'));
  }
  staffInfo(out, b.staffInfo, `${f}.staffInfo`);
  out.close(E('Bussiness'));
}

function traceHeaderList(out: Out, t: TraceHeaderList | undefined): void {
  if (!t) return;
  const traces = (t.traceHeaders ?? []).filter((x) => hasAny(x));
  const withBussiness = hasAny(t.bussiness);
  if (traces.length === 0 && !withBussiness) return;
  out.open(E('TraceHeaderList'));
  traces.forEach((trace, i) => {
    out.open(E('TraceHeader'));
    out.leaf(E('OrganId'), trace.organId, `traceHeaderList.traceHeaders[${i}].organId`);
    out.leaf(
      E('Timestamp'),
      timestamp(trace.timestamp, `traceHeaderList.traceHeaders[${i}].timestamp`),
      'trace',
    );
    out.close(E('TraceHeader'));
  });
  if (withBussiness) bussiness(out, t.bussiness!);
  out.close(E('TraceHeaderList'));
}

function manifest(out: Out, refs: ManifestReference[]): void {
  out.open(E('edXMLBody'));
  const list = (refs ?? []).filter((r) => hasAny(r));
  if (list.length === 0) out.empty(E('edXMLManifest'), ' version="1.0"');
  else {
    out.open(E('edXMLManifest'), ' version="1.0"');
    list.forEach((r, i) => {
      out.open(E('Reference'));
      out.leaf(E('ContentId'), r.contentId, `manifest[${i}].contentId`);
      out.leaf(E('ContentType'), r.contentType, `manifest[${i}].contentType`);
      out.leaf(E('Description'), r.description, `manifest[${i}].description`);
      out.leaf(E('AttachmentName'), r.attachmentName, `manifest[${i}].attachmentName`);
      out.close(E('Reference'));
    });
    out.close(E('edXMLManifest'));
  }
  out.close(E('edXMLBody'));
}

function attachments(out: Out, list: Attachment[]): void {
  if (!list || list.length === 0) return;
  out.open('AttachmentEncoded');
  list.forEach((a, i) => {
    if (!(a.data instanceof Uint8Array))
      throw new EdxmlError('INVALID_MODEL', `attachments[${i}].data: phải là Uint8Array`);
    out.open('Attachment');
    out.leaf('ContentId', a.contentId, `attachments[${i}].contentId`);
    out.leaf('AttachmentName', a.attachmentName, `attachments[${i}].attachmentName`);
    out.leaf('Description', a.description, `attachments[${i}].description`);
    out.leaf('ContentType', a.contentType, `attachments[${i}].contentType`);
    out.raw(
      `<edXML:ContentTransferEncoded xmlns:edXML="${EDXML_NAMESPACE}">${encodeBase64(a.data)}</edXML:ContentTransferEncoded>`,
    );
    out.close('Attachment');
  });
  out.close('AttachmentEncoded');
}

function envelope(out: Out, header: () => void, body: (() => void) | undefined): void {
  out.raw('<?xml version="1.0" encoding="UTF-8"?>');
  out.open('edXML', ` xmlns="${EDXML_NAMESPACE}"`);
  out.open(E('edXMLEnvelope'), ` xmlns:edXML="${EDXML_NAMESPACE}"`);
  out.open(E('edXMLHeader'));
  header();
  out.close(E('edXMLHeader'));
  body?.();
  out.close(E('edXMLEnvelope'));
}

/** Writes a document package (UTF-8 text). Throws `EdxmlError` (`INVALID_MODEL`) for values it cannot write. */
export function writeDocumentPackage(pkg: DocumentPackage): string {
  if (!pkg?.header) throw new EdxmlError('INVALID_MODEL', 'header: thiếu MessageHeader');
  const out = new Out();
  envelope(
    out,
    () => {
      messageHeader(out, pkg.header);
      traceHeaderList(out, pkg.traceHeaderList);
    },
    () => manifest(out, pkg.manifest),
  );
  attachments(out, pkg.attachments);
  out.close('edXML');
  return out.toString();
}

/** Writes a status package. */
export function writeStatusPackage(pkg: StatusPackage): string {
  if (!isStatusCode(pkg?.statusCode))
    throw new EdxmlError(
      'INVALID_MODEL',
      `statusCode: '${pkg?.statusCode}' không có trong bảng mã (01–06, 13, 15, 16)`,
    );
  const out = new Out();
  envelope(
    out,
    () => {
      out.open(E('MessageHeader'));
      organization(out, 'From', pkg.from ?? {}, 'from');
      if (hasAny(pkg.responseFor)) responseFor(out, pkg.responseFor!, 'responseFor');
      staffInfo(out, pkg.staffInfo, 'staffInfo');
      out.leaf(E('StatusCode'), pkg.statusCode, 'statusCode');
      out.leaf(E('Description'), pkg.description, 'description');
      out.leaf(E('Timestamp'), timestamp(pkg.timestamp, 'timestamp'), 'timestamp');
      out.close(E('MessageHeader'));
    },
    undefined,
  );
  out.close('edXML');
  return out.toString();
}

export function writeEdxml(pkg: EdxmlPackage): string {
  return pkg.kind === 'status' ? writeStatusPackage(pkg) : writeDocumentPackage(pkg);
}
