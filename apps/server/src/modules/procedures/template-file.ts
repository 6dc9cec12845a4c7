import path from 'node:path';

/**
 * What a template file (mẫu đơn, tờ khai) may be: the forms the national database publishes are Word and
 * Excel files or PDFs. The extension decides the media type the portal serves it with, and the first bytes
 * must agree with it, so a page or a script renamed `.pdf` is never published under the province's address.
 */

const PDF = Buffer.from('%PDF-');
/** ZIP: the Office Open XML files (.docx, .xlsx). */
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: the older Word and Excel files (.doc, .xls). */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const kinds: Record<string, { mediaType: string; magic: Buffer }> = {
  '.pdf': { mediaType: 'application/pdf', magic: PDF },
  '.doc': { mediaType: 'application/msword', magic: OLE2 },
  '.docx': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: ZIP,
  },
  '.xls': { mediaType: 'application/vnd.ms-excel', magic: OLE2 },
  '.xlsx': { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
};

/** Largest template accepted: a form is a few pages, 10 MB leaves room for scanned PDFs. */
export const TEMPLATE_MAX_BYTES = 10 * 1024 * 1024;

export const TEMPLATE_KINDS_TEXT = 'PDF, DOC, DOCX, XLS hoặc XLSX';

/** The file name as it will be saved (NFC, no folders, at most 255 characters with its extension). */
export function templateFileName(uploaded: string): string {
  const name = uploaded
    .normalize('NFC')
    .replace(/[\\/]/g, '_')
    .replace(/\p{Cc}/gu, '')
    .trim();
  const extension = path.extname(name);
  return name.length <= 255 ? name : name.slice(0, 255 - extension.length) + extension;
}

/** The media type of a template named so whose content starts with `head`; why not, otherwise. */
export function templateMediaType(
  fileName: string,
  head: Buffer,
): { mediaType: string } | { problem: string } {
  const kind = kinds[path.extname(fileName).toLowerCase()];
  if (!kind) return { problem: `Tệp mẫu phải là tệp ${TEMPLATE_KINDS_TEXT}` };
  if (!head.subarray(0, kind.magic.length).equals(kind.magic))
    return {
      problem: `Nội dung tệp "${fileName}" không phải tệp ${path.extname(fileName).slice(1).toUpperCase()}`,
    };
  return { mediaType: kind.mediaType };
}

/**
 * `Content-Disposition` of a download: the name in UTF-8 (RFC 6266 / 5987 `filename*`, which browsers use),
 * and an ASCII stand-in without diacritics for the rare client that reads only `filename`.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
