/**
 * DOCX (Office Open XML, ISO/IEC 29500): a zip of XML parts. The text is in `word/document.xml`, with the
 * headers, footers, footnotes and endnotes in parts of their own. Only those parts are inflated (a DOCX's
 * images are most of its bytes), within an output limit, so a zip bomb is refused rather than expanded.
 * The XML is parsed without DTDs: a part that declares one is refused (no XXE, no entity expansion).
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { EdxmlError, isZip, unzip, type ZipEntry } from '@congso/edxml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DocTextError } from './errors.ts';
import type { TextCollector } from './text.ts';

export interface DocxLimits {
  /** Largest total size of the inflated text parts, in bytes. */
  maxXmlBytes: number;
}

const BODY = 'word/document.xml';
/** The parts holding text, in reading order after the body. */
const EXTRA = /^word\/(header\d*|footnotes|endnotes|footer\d*)\.xml$/;

/** Reads the text of a DOCX into `out`. */
export function readDocx(bytes: Uint8Array, out: TextCollector, limits: DocxLimits): void {
  if (!isZip(bytes)) {
    // Word saves a password-protected document as an OLE compound file holding an `EncryptedPackage`
    if (isCompoundFile(bytes)) {
      if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le')))
        throw new DocTextError('ENCRYPTED', 'Tệp DOCX được bảo vệ bằng mật khẩu');
      throw new DocTextError('UNSUPPORTED', 'Tệp là tài liệu Word cũ (DOC), không phải DOCX');
    }
    throw new DocTextError('CORRUPT', 'Tệp không phải DOCX: không có cấu trúc zip');
  }
  let entries: ZipEntry[];
  try {
    entries = unzip(bytes, {
      maxOutputBytes: limits.maxXmlBytes,
      maxEntries: 10_000,
      only: (name) => name === BODY || EXTRA.test(name),
    });
  } catch (error) {
    if (error instanceof EdxmlError && error.code === 'ATTACHMENT_TOO_LARGE')
      throw new DocTextError(
        'TOO_LARGE',
        `Nội dung DOCX giải nén vượt giới hạn ${limits.maxXmlBytes} byte (zip bomb?)`,
        { cause: error },
      );
    if (error instanceof EdxmlError && /mã hóa/.test(error.message))
      throw new DocTextError('ENCRYPTED', 'Tệp DOCX được mã hóa', { cause: error });
    throw new DocTextError('CORRUPT', `Tệp DOCX hỏng: ${(error as Error).message}`, { cause: error });
  }
  const body = entries.find((e) => e.name === BODY);
  if (!body) throw new DocTextError('CORRUPT', 'Tệp DOCX hỏng: không có word/document.xml');
  const rank = (name: string) => (name.includes('/header') ? 0 : name.includes('/footer') ? 2 : 1);
  const extras = entries
    .filter((e) => e !== body)
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const part of [body, ...extras]) {
    if (!readPart(part, out)) break;
    out.push('\n\n');
  }
}

function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  // entities are decoded here (`decodeEntities`), never by the parser: there is no DTD to define any
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 256,
});

type FxpNode = Record<string, unknown>;

/** Reads one XML part; false once the collector is full. */
function readPart(part: ZipEntry, out: TextCollector): boolean {
  const buf = Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);
  if (!isUtf8(buf)) throw new DocTextError('CORRUPT', `Tệp DOCX hỏng: ${part.name} không phải UTF-8`);
  const xml = buf.toString('utf8');
  if (/<!(DOCTYPE|ENTITY)/.test(xml))
    throw new DocTextError('CORRUPT', `Tệp DOCX có khai báo DTD trong ${part.name}: không xử lý (phòng XXE)`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new DocTextError('CORRUPT', `Tệp DOCX hỏng: ${part.name} dòng ${valid.err.line}: ${valid.err.msg}`);
  let tree: FxpNode[];
  try {
    tree = parser.parse(xml) as FxpNode[];
  } catch (error) {
    throw new DocTextError('CORRUPT', `Tệp DOCX hỏng: ${part.name}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return walk(tree, out);
}

/**
 * What each element means for the text, by local name (WordprocessingML `w:`, and the DrawingML `a:` of
 * text boxes and shapes, use the same names): text runs (`t`), tabs, breaks and paragraph ends (`p`). Deleted
 * revisions, field instructions and properties hold no visible text; the fallback of alternate content
 * repeats its choice.
 */
const SKIP = new Set(['delText', 'instrText', 'delInstrText', 'Fallback']);
const BREAK: Record<string, string> = { tab: '\t', ptab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-' };
// a table cell holds paragraphs of its own, so cells come out one per line

/** Walks the tree in document order without recursion (nesting is bounded, but deep enough to matter). */
function walk(roots: FxpNode[], out: TextCollector): boolean {
  // the stack holds the nodes still to visit, and the text to emit when an element closes
  const stack: (FxpNode | string)[] = [...roots].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      if (!out.push(item)) return false;
      continue;
    }
    const qname = tagOf(item);
    if (qname === undefined) continue;
    const local = qname.slice(qname.indexOf(':') + 1);
    if (SKIP.has(local) || (local.endsWith('Pr') && local !== 'Pr')) continue;
    const children = (item[qname] ?? []) as FxpNode[];
    if (local === 't') {
      const text = children.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('');
      if (!out.push(decodeEntities(text))) return false;
      continue;
    }
    const brk = BREAK[local];
    if (brk !== undefined) {
      if (!out.push(brk)) return false;
      continue;
    }
    if (local === 'p') stack.push('\n');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return true;
}

function tagOf(node: FxpNode): string | undefined {
  for (const key in node) if (key !== ':@' && key !== '#text') return key;
  return undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else stays as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref]!;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
