/**
 * Checks beyond the syntax: the rules of QCVN 102 / QĐ 28 that a well-formed package can still break
 * (agency codes, document identifiers, required fields, attachments matching the manifest).
 */
import { agencyCodeProblems } from './agency-code.ts';
import { readDocumentId } from './document-id.ts';
import { EdxmlError, type EdxmlWarning } from './errors.ts';
import type { DocumentPackage, EdxmlPackage, StatusPackage } from './model.ts';
import { type ParseOptions, parseEdxml } from './read.ts';

export interface Issue {
  /** Where in the model: `header.to[1].organId`. */
  field: string;
  message: string;
}

function organIdIssues(issues: Issue[], field: string, value: string | undefined, required: boolean): void {
  if (value === undefined) {
    if (required) issues.push({ field, message: 'Thiếu mã định danh cơ quan' });
    return;
  }
  for (const p of agencyCodeProblems(value)) issues.push({ field, message: `'${value}': ${p}` });
}

function documentIdIssues(
  issues: Issue[],
  field: string,
  value: string | undefined,
  required: boolean,
): void {
  if (value === undefined) {
    if (required) issues.push({ field, message: 'Thiếu mã văn bản (DocumentId)' });
    return;
  }
  const reading = readDocumentId(value);
  if (!reading.ok) for (const p of reading.problems) issues.push({ field, message: p });
}

const cid = (id: string | undefined) => id?.replace(/^cid:/i, '');

export function validateDocumentPackage(pkg: DocumentPackage): Issue[] {
  const issues: Issue[] = [];
  const h = pkg.header;
  organIdIssues(issues, 'header.from.organId', h.from.organId, true);
  if (h.to.length === 0) issues.push({ field: 'header.to', message: 'Không có cơ quan nhận (To)' });
  h.to.forEach((to, i) => {
    organIdIssues(issues, `header.to[${i}].organId`, to.organId, true);
  });
  documentIdIssues(issues, 'header.documentId', h.documentId, true);
  if (!h.code?.codeNumber) issues.push({ field: 'header.code.codeNumber', message: 'Thiếu số văn bản' });
  if (!h.code?.codeNotation)
    issues.push({ field: 'header.code.codeNotation', message: 'Thiếu ký hiệu văn bản' });
  if (!h.promulgationInfo?.promulgationDate)
    issues.push({ field: 'header.promulgationInfo.promulgationDate', message: 'Thiếu ngày ban hành' });
  if (!h.subject) issues.push({ field: 'header.subject', message: 'Thiếu trích yếu (Subject)' });
  if (h.documentId) {
    const reading = readDocumentId(h.documentId);
    if (reading.ok) {
      const id = reading.value;
      if (h.from.organId && id.organId !== h.from.organId)
        issues.push({
          field: 'header.documentId',
          message: `Mã cơ quan trong mã văn bản (${id.organId}) khác cơ quan gửi (${h.from.organId})`,
        });
      const date = h.promulgationInfo?.promulgationDate;
      if (date && id.date !== date)
        issues.push({
          field: 'header.documentId',
          message: `Ngày trong mã văn bản (${id.date}) khác ngày ban hành (${date})`,
        });
      if (h.code?.codeNumber && id.number !== h.code.codeNumber)
        issues.push({
          field: 'header.documentId',
          message: `Số trong mã văn bản (${id.number}) khác số văn bản (${h.code.codeNumber})`,
        });
      if (h.code?.codeNotation && id.notation !== h.code.codeNotation)
        issues.push({
          field: 'header.documentId',
          message: `Ký hiệu trong mã văn bản (${id.notation}) khác ký hiệu văn bản (${h.code.codeNotation})`,
        });
    }
  }
  h.responseFor.forEach((r, i) => {
    organIdIssues(issues, `header.responseFor[${i}].organId`, r.organId, false);
    documentIdIssues(issues, `header.responseFor[${i}].documentId`, r.documentId, false);
  });
  pkg.traceHeaderList?.traceHeaders.forEach((t, i) => {
    organIdIssues(issues, `traceHeaderList.traceHeaders[${i}].organId`, t.organId, false);
  });
  const b = pkg.traceHeaderList?.bussiness;
  if (b) {
    documentIdIssues(issues, 'traceHeaderList.bussiness.documentId', b.documentId, false);
    b.replacementInfoList.forEach((r, i) => {
      documentIdIssues(
        issues,
        `traceHeaderList.bussiness.replacementInfoList[${i}].documentId`,
        r.documentId,
        false,
      );
      r.organIdList.forEach((o, j) => {
        organIdIssues(
          issues,
          `traceHeaderList.bussiness.replacementInfoList[${i}].organIdList[${j}]`,
          o,
          false,
        );
      });
    });
    b.bussinessDocumentInfo?.receiverList.forEach((r, i) => {
      organIdIssues(
        issues,
        `traceHeaderList.bussiness.bussinessDocumentInfo.receiverList[${i}].organId`,
        r.organId,
        false,
      );
    });
  }
  const listed = new Set(pkg.manifest.map((m) => cid(m.contentId)));
  const attached = new Set(pkg.attachments.map((a) => cid(a.contentId)));
  pkg.attachments.forEach((a, i) => {
    if (!listed.has(cid(a.contentId)))
      issues.push({
        field: `attachments[${i}].contentId`,
        message: `Tệp đính kèm ${a.contentId ?? '(không có ContentId)'} không có trong danh mục (edXMLManifest)`,
      });
  });
  pkg.manifest.forEach((m, i) => {
    if (!attached.has(cid(m.contentId)))
      issues.push({
        field: `manifest[${i}].contentId`,
        message: `Danh mục nêu ${m.contentId ?? '(không có ContentId)'} nhưng không có tệp đính kèm tương ứng`,
      });
  });
  return issues;
}

export function validateStatusPackage(pkg: StatusPackage): Issue[] {
  const issues: Issue[] = [];
  organIdIssues(issues, 'from.organId', pkg.from.organId, true);
  if (!pkg.responseFor)
    issues.push({ field: 'responseFor', message: 'Thiếu văn bản được phản hồi (ResponseFor)' });
  else {
    organIdIssues(issues, 'responseFor.organId', pkg.responseFor.organId, true);
    documentIdIssues(issues, 'responseFor.documentId', pkg.responseFor.documentId, true);
  }
  if (!pkg.timestamp) issues.push({ field: 'timestamp', message: 'Thiếu thời điểm (Timestamp)' });
  return issues;
}

export function validatePackage(pkg: EdxmlPackage): Issue[] {
  return pkg.kind === 'status' ? validateStatusPackage(pkg) : validateDocumentPackage(pkg);
}

export interface Validation {
  valid: boolean;
  /** Why the package is rejected or breaks the rules, one line each. */
  errors: string[];
  warnings: EdxmlWarning[];
  package?: EdxmlPackage;
}

/** Parses and checks a package: `valid` when it parses and breaks none of the rules above. */
export function validateEdxml(input: Uint8Array | string, options?: ParseOptions): Validation {
  try {
    const result = parseEdxml(input, options);
    const issues = validatePackage(result.package);
    return {
      valid: issues.length === 0,
      errors: issues.map((i) => `${i.field}: ${i.message}`),
      warnings: result.warnings,
      package: result.package,
    };
  } catch (error) {
    if (error instanceof EdxmlError) return { valid: false, errors: [error.message], warnings: [] };
    throw error;
  }
}
