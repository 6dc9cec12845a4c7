/**
 * PDF text through PDF.js (the `unpdf` build: pure JavaScript, no native code), page by page until the
 * collector is full. Runs in the reading thread (`thread.ts`), which bounds its time and memory.
 */
import { Buffer } from 'node:buffer';
import { getDocumentProxy } from 'unpdf';
import { DocTextError } from './errors.ts';
import type { TextCollector } from './text.ts';

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

export async function readPdf(bytes: Uint8Array, out: TextCollector): Promise<{ pages: number }> {
  if (!looksLikePdf(bytes)) throw new DocTextError('CORRUPT', 'Tệp không phải PDF');
  try {
    // PDF.js 6 compiles nothing from a file to JavaScript (the font compiler behind CVE-2024-4367 and its
    // isEvalSupported switch are gone), and given bytes rather than a URL it fetches nothing
    const pdf = await getDocumentProxy(bytes, { disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    // nothing is freed page by page: the thread, and all it holds, ends when the text is sent
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = (content.items as TextItem[])
        .map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : ''))
        .join('');
      if (!out.push(`${text}\n\n`)) break;
    }
    return { pages: pdf.numPages };
  } catch (error) {
    throw pdfError(error);
  }
}

function pdfError(error: unknown): DocTextError {
  const name = (error as { name?: string }).name ?? '';
  const message = (error as Error).message ?? String(error);
  if (name === 'PasswordException')
    return new DocTextError('ENCRYPTED', 'Tệp PDF được bảo vệ bằng mật khẩu', { cause: error });
  if (/encrypt/i.test(message))
    return new DocTextError('ENCRYPTED', `Tệp PDF được mã hóa theo cách chưa hỗ trợ (${message})`, {
      cause: error,
    });
  return new DocTextError('CORRUPT', `Tệp PDF hỏng hoặc không đọc được (${message})`, { cause: error });
}

/** `%PDF-` within the first KiB: readers accept a little junk before the header, and so do we. */
function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-');
}
