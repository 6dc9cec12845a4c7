/**
 * The XML layer: bytes → a small namespace-resolved element tree, with the safety checks (size, depth, no
 * DOCTYPE, UTF-8) and the tolerated variants (bytes before `<?xml`). Large base64 payloads
 * (`ContentTransferEncoded`) are cut out of the text before the XML parser sees it, so that parsing costs
 * the size of the header, not of the attachments.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EdxmlError, type EdxmlWarning } from './errors.ts';

export interface Limits {
  /** Largest input accepted, in bytes (default 64 MiB). */
  maxBytes: number;
  /** Deepest element nesting accepted (default 32; real packages go 9 deep). */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 64 * 1024 * 1024, maxDepth: 32 };

export interface XNode {
  /** Name as written, with its prefix. */
  qname: string;
  local: string;
  /** The resolved namespace; undefined when none or when the prefix is not declared. */
  ns: string | undefined;
  undeclaredPrefix: boolean;
  attrs: Map<string, string>;
  children: XNode[];
  /** Concatenated character data (not trimmed). */
  text: string;
  path: string;
}

export interface RawXml {
  root: XNode;
  /**
   * Base64 payloads cut out of the text, by marker index (latin1 strings of the original bytes); `null` for
   * payloads a streaming reader already sent elsewhere.
   */
  payloads: (string | null)[];
  warnings: EdxmlWarning[];
}

/** Character that starts and ends a payload marker: a private-use character, legal in XML text. */
export const MARK = '\uE000';

const NEEDLE = Buffer.from('ContentTransferEncoded');
const LT = 0x3c;
const GT = 0x3e;

function isNameByte(b: number): boolean {
  return (
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x61 && b <= 0x7a) ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x5f ||
    b === 0x2d ||
    b === 0x2e ||
    b === 0x3a
  );
}

export function toBuffer(input: Uint8Array | string): Buffer {
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  return Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
}

/** Where the XML starts: after a BOM and, tolerated with a warning, after junk bytes before `<?xml`. */
function findStart(bytes: Buffer, warnings: EdxmlWarning[]): number {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const decl = bytes.indexOf('<?xml', start, 'latin1');
  let xmlStart: number;
  if (decl !== -1 && decl - start <= 4096) xmlStart = decl;
  else {
    xmlStart = bytes.indexOf(LT, start);
    if (xmlStart === -1) throw new EdxmlError('NOT_EDXML', 'Không có phần tử XML nào trong dữ liệu');
  }
  if (xmlStart > start) {
    const lead = bytes.subarray(start, xmlStart);
    if (lead.includes('<!DOCTYPE', 0, 'latin1') || lead.includes('<!ENTITY', 0, 'latin1'))
      throw new EdxmlError(
        'DOCTYPE_FORBIDDEN',
        'Gói tin có khai báo DOCTYPE (trước <?xml): DTD và thực thể ngoài không được xử lý (phòng tấn công XXE)',
        { line: 1 },
      );
    if (!/^[\s]*$/.test(lead.toString('latin1'))) {
      const shown = lead
        .subarray(0, 16)
        .toString('utf8')
        .replace(/[^\x20-\x7e]/g, '?');
      warnings.push({
        code: 'LEADING_BYTES',
        path: '/',
        message: `Bỏ qua ${lead.length} byte trước phần khai báo XML ('${shown}${lead.length > 16 ? '…' : ''}')`,
      });
    }
  }
  return xmlStart;
}

interface Cut {
  start: number;
  end: number;
}

/** Finds `<…ContentTransferEncoded …>base64</…ContentTransferEncoded>` and returns the content ranges. */
function findPayloads(bytes: Buffer, from: number): Cut[] {
  const cuts: Cut[] = [];
  let at = bytes.indexOf(NEEDLE, from);
  while (at !== -1) {
    const next = at + NEEDLE.length;
    // walk back over a prefix to the '<' of a start tag
    let open = at - 1;
    while (open >= from && isNameByte(bytes[open]!) && bytes[open] !== LT) open--;
    const nameOk = open >= from && bytes[open] === LT && (open === at - 1 || bytes[at - 1] === 0x3a);
    const after = bytes[next];
    const endsName = after === GT || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d;
    if (nameOk && endsName) {
      // end of the start tag, skipping quoted attribute values
      let i = next;
      let quote = 0;
      for (; i < bytes.length; i++) {
        const b = bytes[i]!;
        if (quote) {
          if (b === quote) quote = 0;
        } else if (b === 0x22 || b === 0x27) quote = b;
        else if (b === GT || b === LT) break;
      }
      if (i < bytes.length && bytes[i] === GT && bytes[i - 1] !== 0x2f) {
        const contentStart = i + 1;
        const contentEnd = bytes.indexOf(LT, contentStart);
        const qname = bytes.subarray(open + 1, next);
        if (
          contentEnd !== -1 &&
          bytes[contentEnd + 1] === 0x2f &&
          bytes.subarray(contentEnd + 2, contentEnd + 2 + qname.length).equals(qname)
        ) {
          let j = contentEnd + 2 + qname.length;
          while (bytes[j] === 0x20 || bytes[j] === 0x09 || bytes[j] === 0x0a || bytes[j] === 0x0d) j++;
          if (bytes[j] === GT && contentEnd - contentStart > 64) {
            cuts.push({ start: contentStart, end: contentEnd });
            at = bytes.indexOf(NEEDLE, j);
            continue;
          }
        }
      }
    }
    at = bytes.indexOf(NEEDLE, next);
  }
  return cuts;
}

function countNewlines(bytes: Buffer, start: number, end: number): number {
  let n = 0;
  let at = bytes.indexOf(10, start);
  while (at !== -1 && at < end) {
    n++;
    at = bytes.indexOf(10, at + 1);
  }
  return n;
}

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_][\w.-]*);?/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; anything else is an error. */
export function decodeEntities(text: string, path: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (!whole.endsWith(';'))
      throw new EdxmlError('XML_SYNTAX', `Ký tự '&' không thuộc tham chiếu thực thể`, { path });
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      const legal =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!legal)
        throw new EdxmlError('XML_SYNTAX', `Tham chiếu ký tự &${name}; không hợp lệ trong XML`, { path });
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name];
    if (value === undefined)
      throw new EdxmlError('UNDEFINED_ENTITY', `Thực thể &${name}; không được định nghĩa (không xử lý DTD)`, {
        path,
      });
    return value;
  });
}

function parserFor(maxDepth: number): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: maxDepth,
    jPath: false,
  });
}

const parsers = new Map<number, XMLParser>();

type FxpNode = Record<string, unknown>;

/**
 * Reads bytes into an element tree. Throws `EdxmlError` for anything that is not a well-formed, DTD-free
 * UTF-8 XML document within the limits.
 */
export function readXml(input: Uint8Array | string, limits: Limits = DEFAULT_LIMITS, streamed = 0): RawXml {
  const bytes = toBuffer(input);
  if (bytes.length > limits.maxBytes)
    throw new EdxmlError('TOO_LARGE', `Gói tin ${bytes.length} byte vượt giới hạn ${limits.maxBytes} byte`);
  if (!isUtf8(bytes)) throw new EdxmlError('NOT_UTF8', 'Dữ liệu không phải văn bản UTF-8 hợp lệ');
  const warnings: EdxmlWarning[] = [];
  const start = findStart(bytes, warnings);

  const declEnd = bytes.indexOf('?>', start, 'latin1');
  if (bytes.indexOf('<?xml', start, 'latin1') === start && declEnd !== -1) {
    const decl = bytes.toString('latin1', start, declEnd);
    const enc = /encoding\s*=\s*["']([^"']*)["']/.exec(decl)?.[1];
    if (enc && !/^utf-?8$/i.test(enc))
      throw new EdxmlError('UNSUPPORTED_ENCODING', `Chỉ hỗ trợ mã hóa UTF-8, gói tin khai báo '${enc}'`, {
        line: 1,
      });
  }
  const cuts = findPayloads(bytes, start);
  const payloads: (string | null)[] = new Array(streamed).fill(null);
  let text: string;
  if (cuts.length === 0) text = bytes.toString('utf8', start);
  else {
    const parts: string[] = [];
    let from = start;
    for (const cut of cuts) {
      parts.push(bytes.toString('utf8', from, cut.start));
      parts.push(`${MARK}${payloads.length}${MARK}${'\n'.repeat(countNewlines(bytes, cut.start, cut.end))}`);
      payloads.push(bytes.toString('latin1', cut.start, cut.end));
      from = cut.end;
    }
    parts.push(bytes.toString('utf8', from));
    text = parts.join('');
  }

  // DOCTYPE can only stand in the prolog, and a cut-out payload holds no '<': searching the text is enough
  for (const marker of ['<!DOCTYPE', '<!ENTITY']) {
    const at = text.indexOf(marker);
    if (at !== -1)
      throw new EdxmlError(
        'DOCTYPE_FORBIDDEN',
        `Gói tin có khai báo ${marker.slice(2)}: DTD và thực thể ngoài không được xử lý (phòng tấn công XXE)`,
        { line: text.slice(0, at).split('\n').length },
      );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new EdxmlError('XML_SYNTAX', `XML không hợp lệ: ${valid.err.msg}`, {
      line: valid.err.line,
      column: valid.err.col,
    });
  }
  let parsed: FxpNode[];
  try {
    let parser = parsers.get(limits.maxDepth);
    if (!parser) {
      parser = parserFor(limits.maxDepth);
      parsers.set(limits.maxDepth, parser);
    }
    parsed = parser.parse(text) as FxpNode[];
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/nested/i.test(message))
      throw new EdxmlError('TOO_DEEP', `Các phần tử lồng nhau quá ${limits.maxDepth} cấp`);
    throw new EdxmlError('XML_SYNTAX', `XML không hợp lệ: ${message}`);
  }
  const roots = parsed.filter((n) => tagOf(n) !== undefined);
  if (roots.length !== 1) throw new EdxmlError('XML_SYNTAX', 'XML phải có đúng một phần tử gốc');
  const state: ConvertState = { warnings, undeclared: new Set(), outside: false };
  const root = convert(
    roots[0]!,
    new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]),
    '',
    state,
    1,
    limits,
  );
  return { root, payloads, warnings };
}

function tagOf(node: FxpNode): string | undefined {
  for (const key in node) if (key !== ':@' && key !== '#text') return key;
  return undefined;
}

interface ConvertState {
  warnings: EdxmlWarning[];
  undeclared: Set<string>;
  outside: boolean;
}

function convert(
  node: FxpNode,
  parentScope: Map<string, string>,
  path: string,
  state: ConvertState,
  depth: number,
  limits: Limits,
  index = 0,
): XNode {
  if (depth > limits.maxDepth)
    throw new EdxmlError('TOO_DEEP', `Các phần tử lồng nhau quá ${limits.maxDepth} cấp`);
  const qname = tagOf(node)!;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
  let scope = parentScope;
  const attrs = new Map<string, string>();
  for (const name in rawAttrs) {
    const value = decodeEntities(String(rawAttrs[name] ?? ''), path || '/');
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope);
      scope.set(name === 'xmlns' ? '' : name.slice(6), value);
    } else attrs.set(name, value);
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const local = colon === -1 ? qname : qname.slice(colon + 1);
  const ns = scope.get(prefix) || undefined;
  const undeclaredPrefix = prefix !== '' && !scope.has(prefix);
  const here = `${path}/${local}${index ? `[${index}]` : ''}`;
  if (undeclaredPrefix && !state.undeclared.has(prefix)) {
    state.undeclared.add(prefix);
    state.warnings.push({
      code: 'UNDECLARED_PREFIX',
      path: here,
      message: `Tiền tố '${prefix}' chưa được khai báo (thiếu xmlns:${prefix}); phần tử được đọc theo tên`,
    });
  }
  for (const name of attrs.keys()) {
    const c = name.indexOf(':');
    if (c !== -1) {
      const p = name.slice(0, c);
      if (!scope.has(p) && !state.undeclared.has(p)) {
        state.undeclared.add(p);
        state.warnings.push({
          code: 'UNDECLARED_PREFIX',
          path: here,
          message: `Tiền tố '${p}' của thuộc tính ${name} chưa được khai báo (thiếu xmlns:${p}); thuộc tính bị bỏ qua`,
        });
      }
    }
  }
  const result: XNode = { qname, local, ns, undeclaredPrefix, attrs, children: [], text: '', path: here };
  const content = (node[qname] ?? []) as FxpNode[];
  const counts = new Map<string, number>();
  for (const child of content) {
    const tag = tagOf(child);
    if (tag === undefined || tag.startsWith('?')) continue;
    const l = tag.slice(tag.indexOf(':') + 1);
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  let text = '';
  for (const child of content) {
    if ('#text' in child) {
      text += decodeEntities(String(child['#text']), here);
      continue;
    }
    const tag = tagOf(child);
    if (tag === undefined || tag.startsWith('?')) continue;
    const l = tag.slice(tag.indexOf(':') + 1);
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    result.children.push(
      convert(child, scope, here, state, depth + 1, limits, (counts.get(l) ?? 0) > 1 ? n : 0),
    );
  }
  result.text = text;
  return result;
}
