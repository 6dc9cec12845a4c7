import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zip } from '@congso/edxml';
import { describe, expect, it } from 'vitest';
import { DOCX, extractText } from '../src/index.ts';
import { buildDocx, paragraph, part } from './docx-builder.ts';
import { rejection } from './rejection.ts';

const docx = (bytes: Uint8Array, options: object = {}) => extractText(bytes, { mediaType: DOCX, ...options });

describe('DOCX', { timeout: 20_000 }, () => {
  it('reads paragraphs, runs, tabs, line breaks and tables, then headers, notes and footers', async () => {
    const body = [
      paragraph('CỘNG HÒA XÃ HỘI ', 'CHỦ NGHĨA VIỆT NAM'),
      paragraph('Số: 12/KH-UBND\tHà Nội, ngày 05 tháng 3 năm 2026'),
      paragraph('KẾ HOẠCH\nKiểm tra công tác phòng cháy, chữa cháy'),
      `<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>${paragraph('Đơn vị')}</w:tc><w:tc>${paragraph('Thời gian')}</w:tc></w:tr>` +
        `<w:tr><w:tc>${paragraph('Sở Tài chính')}</w:tc><w:tc>${paragraph('Quý II')}</w:tc></w:tr></w:tbl>`,
    ].join('');
    const file = buildDocx(body, {
      'word/footer1.xml': part('ftr', paragraph('Trang chân')),
      'word/header1.xml': part('hdr', paragraph('ỦY BAN NHÂN DÂN TỈNH')),
      'word/footnotes.xml': part(
        'footnotes',
        `<w:footnote w:id="1">${paragraph('Chú thích một')}</w:footnote>`,
      ),
      'word/styles.xml': part('styles', paragraph('không phải nội dung')),
    });
    const { text, truncated, pages } = await docx(file);
    expect(truncated).toBe(false);
    expect(pages).toBeUndefined();
    expect(text).toBe(
      [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 12/KH-UBND Hà Nội, ngày 05 tháng 3 năm 2026',
        'KẾ HOẠCH',
        'Kiểm tra công tác phòng cháy, chữa cháy',
        'Đơn vị',
        'Thời gian',
        'Sở Tài chính',
        'Quý II',
        '',
        'ỦY BAN NHÂN DÂN TỈNH',
        '',
        'Chú thích một',
        '',
        'Trang chân',
      ].join('\n'),
    );
  });

  it('leaves out deleted revisions, field codes and the fallback copy of a text box; decodes references', async () => {
    const body =
      '<w:p><w:r><w:t>Giữ</w:t></w:r><w:del><w:r><w:delText>đã xóa</w:delText></w:r></w:del>' +
      '<w:r><w:instrText> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:t xml:space="preserve"> lại &amp; tr&#x1EA1;ng th&#225;i</w:t></w:r></w:p>' +
      '<w:p><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      '<mc:Choice Requires="wps"><w:r><w:t>Hộp chữ</w:t></w:r></mc:Choice>' +
      '<mc:Fallback><w:r><w:t>Hộp chữ</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>';
    expect((await docx(buildDocx(body))).text).toBe('Giữ lại & trạng thái\nHộp chữ');
  });

  it('gives NFC for decomposed Vietnamese (real text of a draft regulation that carries combining marks)', async () => {
    const source = readFileSync(
      path.resolve(
        import.meta.dirname,
        '../../../../shared/fixtures/legal-texts/SRC-F_43_Du_thao_QCQG_trang_bi_PCCC.txt',
      ),
      'utf8',
    );
    const decomposed = source
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && line.normalize('NFC') !== line);
    expect(decomposed.length).toBeGreaterThanOrEqual(4);
    const { text } = await docx(buildDocx(decomposed.map((line) => paragraph(line)).join('')));
    expect(text).toBe(decomposed.map((line) => line.normalize('NFC').replace(/\s+/g, ' ')).join('\n'));
    expect(text).toContain('Áp suất của hệ thống cấp nước chữa cháy ngoài nhà');
  });

  it('stops at maxChars', async () => {
    const body = Array.from({ length: 2000 }, (_, i) =>
      paragraph(`Điều ${i + 1}. Quy định chung về văn thư.`),
    ).join('');
    const { text, truncated } = await docx(buildDocx(body), { maxChars: 500 });
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text.startsWith('Điều 1. Quy định chung về văn thư.\nĐiều 2.')).toBe(true);
  });

  it('never inflates the images: a DOCX holding 70 MiB of pictures is read within a 64 MiB limit', async () => {
    const image = new Uint8Array(70 * 1024 * 1024);
    const file = buildDocx(paragraph('Ảnh kèm theo'), { 'word/media/image1.png': image });
    expect((await docx(file)).text).toBe('Ảnh kèm theo');
  });

  it('refuses a zip bomb: a part declared larger than the limit, and one whose header lies about its size', async () => {
    const big = paragraph('x'.repeat(1_000)).repeat(5_000); // 5 MB of XML, a few KiB compressed
    const declared = await rejection(docx(buildDocx(big), { maxXmlBytes: 1_000_000 }));
    expect(declared.code).toBe('TOO_LARGE');
    expect(declared.message).toMatch(/vượt giới hạn 1000000 byte/);

    // the central directory says 100 bytes; inflating stops at the limit all the same
    const lying = Buffer.from(buildDocx(big));
    const entry = lying.lastIndexOf('word/document.xml') - 46; // its central directory record
    expect(lying.readUInt32LE(entry)).toBe(0x02014b50);
    lying.writeUInt32LE(100, entry + 24);
    expect((await rejection(docx(lying, { maxXmlBytes: 1_000_000 }))).code).toBe('TOO_LARGE');
  });

  it('is read within the time and memory budgets of its thread', async () => {
    const body = paragraph('Điều 1. Phạm vi điều chỉnh').repeat(30_000); // 2 MB of XML
    expect((await rejection(docx(buildDocx(body), { timeoutMs: 1 }))).code).toBe('TIMEOUT');
    const memory = await rejection(docx(buildDocx(body), { maxMemoryMb: 8 }));
    expect(memory.code).toBe('TOO_LARGE');
    expect(memory.message).toBe('Đọc tệp cần quá 8 MB bộ nhớ, đã dừng');
    expect((await docx(buildDocx(body))).text.split('\n')).toHaveLength(30_000);
  });

  it('refuses a DTD, so external entities are never read (XXE)', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    const error = await rejection(docx(buildDocx('', { 'word/document.xml': xxe })));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/DTD/);
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&b;&b;</w:t></w:r></w:p></w:body></w:document>';
    expect((await rejection(docx(buildDocx('', { 'word/document.xml': bomb })))).code).toBe('CORRUPT');
  });

  it('damaged, mislabelled, legacy and password-protected files get their own codes', async () => {
    const noBody = zip([{ name: 'word/styles.xml', data: new TextEncoder().encode('<a/>') }]);
    expect((await rejection(docx(noBody))).message).toBe('Tệp DOCX hỏng: không có word/document.xml');
    const broken = buildDocx('', { 'word/document.xml': '<w:document><w:body><w:p></w:body></w:document>' });
    expect((await rejection(docx(broken))).code).toBe('CORRUPT');
    const file = buildDocx(paragraph('Nội dung'));
    expect((await rejection(docx(file.subarray(0, file.length - 30)))).code).toBe('CORRUPT');
    expect((await rejection(docx(Buffer.from('%PDF-1.7 không phải DOCX')))).code).toBe('CORRUPT');
    // what Word writes for a password-protected document: an OLE compound file holding the encrypted package
    const cfb = (stream: string) =>
      Buffer.concat([
        Buffer.from('d0cf11e0a1b11ae1', 'hex'),
        Buffer.alloc(504),
        Buffer.from(stream, 'utf16le'),
      ]);
    expect((await rejection(docx(cfb('EncryptedPackage')))).code).toBe('ENCRYPTED');
    expect((await rejection(docx(cfb('WordDocument')))).code).toBe('UNSUPPORTED');
  });
});
