import { zip } from '@congso/edxml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph of runs; a string is one run, `\t` a tab and `\n` a line break inside it, as Word writes them. */
export function paragraph(...runs: string[]): string {
  const body = runs
    .map((run) => {
      const pieces = run
        .split(/(\t|\n)/)
        .filter(Boolean)
        .map((p) =>
          p === '\t'
            ? '<w:tab/>'
            : p === '\n'
              ? '<w:br/>'
              : `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`,
        );
      return `<w:r><w:rPr><w:lang w:val="vi-VN"/></w:rPr>${pieces.join('')}</w:r>`;
    })
    .join('');
  return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${body}</w:p>`;
}

export function part(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W}">${inner}</w:${root}>`;
}

/** A DOCX as Word lays it out: content types, relationships, the body and whatever other parts are given. */
export function buildDocx(body: string, parts: Record<string, string | Uint8Array> = {}): Uint8Array {
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': part('document', `<w:body>${body}<w:sectPr/></w:body>`),
    ...parts,
  };
  return zip(
    Object.entries(files).map(([name, data]) => ({
      name,
      data: typeof data === 'string' ? new TextEncoder().encode(data) : data,
    })),
  );
}
