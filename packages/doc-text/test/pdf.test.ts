import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DocTextErrorCode, extractText } from '../src/index.ts';
import { rejection } from './rejection.ts';

const shared = path.resolve(import.meta.dirname, '../../../../shared/fixtures');
const vnReal = (name: string) => readFileSync(path.join(shared, 'signed-pdf/vn-real', name));
const own = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name));
const pdf = (bytes: Uint8Array, options: object = {}) =>
  extractText(bytes, { mediaType: 'application/pdf', ...options });

/** The words of a text, lower case, in order (what a search index sees). */
const words = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

// each file is read in a worker thread that loads PDF.js: seconds, on a busy machine
describe('PDF', { timeout: 30_000 }, () => {
  // the official letter of Cục Cảnh sát PCCC và CNCH, signed six times; legal-texts/SRC-F_38 is the same file
  // read by poppler's pdftotext, an independent reader
  const letter = vnReal('vn_cades_6sigs_C07_draft_letter.pdf');

  it('reads a signed Vietnamese letter: the same words poppler reads, in NFC, line by line', async () => {
    const { text, pages, truncated } = await pdf(letter);
    expect(pages).toBe(1);
    expect(truncated).toBe(false);
    expect(text.normalize('NFC')).toBe(text);
    expect(text).toContain('V/v đề nghị góp ý dự thảo TCVN');
    expect(text).toContain(
      'Phòng cháy chữa cháy - Phương tiện bảo vệ cá nhân - Giày cho\nngười thực hiện nhiệm vụ',
    );
    expect(text.split('\n').at(-1)).toBe('Đại tá Nguyễn Thanh Điệp');
    const poppler = readFileSync(path.join(shared, 'legal-texts/SRC-F_38_CV_xin_y_kien_signed.txt'), 'utf8');
    // the layouts differ (poppler keeps the two columns of the heading side by side), the words do not
    expect(words(text).sort()).toEqual(words(poppler).sort());
  });

  it('reads every page of a 43-page Công báo issue', async () => {
    const { text, pages } = await pdf(vnReal('vn_BROKEN_byterange_beyond_eof_congbao_2024.pdf'));
    expect(pages).toBe(43);
    expect(text).toContain('PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ');
    expect(text).toContain('Luật số: 55/2024/QH15');
    const poppler = new Set(words(readFileSync(path.join(shared, 'legal-texts/SRC-F_01.txt'), 'utf8')));
    const ours = words(text);
    expect(ours.length).toBeGreaterThan(19_000);
    expect(ours.filter((w) => !poppler.has(w))).toEqual([]);
  });

  it('stops at maxChars: the start of the full text, marked truncated', async () => {
    const file = vnReal('vn_BROKEN_byterange_beyond_eof_congbao_2023.pdf');
    const full = await pdf(file);
    const cut = await pdf(file, { maxChars: 1000 });
    expect(cut.truncated).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(1000);
    expect(cut.text.length).toBeGreaterThan(900);
    expect(full.text.startsWith(cut.text)).toBe(true);
    expect(full.truncated).toBe(false);
  });

  it('a scan without a text layer gives empty text, not an error', async () => {
    const { text, pages } = await pdf(vnReal('vn_pkcs7_1sig_chinhphu_portal_2025.pdf'));
    expect(pages).toBe(4);
    expect(text).toBe('');
  });

  it('a password is ENCRYPTED; a PDF that only forbids copying is read', async () => {
    const locked = await rejection(pdf(own('user-password.pdf')));
    expect(locked.code).toBe('ENCRYPTED');
    expect(locked.message).toBe('Tệp PDF được bảo vệ bằng mật khẩu');
    expect((await pdf(own('owner-password.pdf'))).text).toBe(
      'Báo cáo tổng kết công tác văn thư lưu trữ năm 2025.\nChỉ cấm sao chép, không cần mật khẩu để đọc.',
    );
    const certificate = readFileSync(
      path.join(shared, 'signed-pdf/pyhanko/signed-encrypted-pubkey-with-catalog-ref.pdf'),
    );
    expect((await rejection(pdf(certificate))).code).toBe('ENCRYPTED');
  });

  it('damaged or mislabelled bytes are CORRUPT', async () => {
    const cases: [Uint8Array, DocTextErrorCode][] = [
      [letter.subarray(0, letter.length / 2), 'CORRUPT'],
      [Buffer.from('%PDF-1.7\nkhông phải PDF\n%%EOF'), 'CORRUPT'],
      [Buffer.from('<html>không phải PDF</html>'), 'CORRUPT'],
      [new Uint8Array(0), 'CORRUPT'],
    ];
    for (const [bytes, code] of cases) expect((await rejection(pdf(bytes))).code).toBe(code);
  });

  it('the time and memory budgets end the reading thread', async () => {
    const timeout = await rejection(pdf(letter, { timeoutMs: 1 }));
    expect(timeout.code).toBe('TIMEOUT');
    expect(timeout.message).toBe('Đọc tệp quá 1 ms, đã dừng');
    const memory = await rejection(
      pdf(vnReal('vn_BROKEN_byterange_beyond_eof_congbao_2024.pdf'), { maxMemoryMb: 4 }),
    );
    expect(memory.code).toBe('TOO_LARGE');
    // and the next file is read as usual
    expect((await pdf(letter)).pages).toBe(1);
  });

  it('refuses input over maxBytes, and types it does not read', async () => {
    expect((await rejection(pdf(letter, { maxBytes: 1000 }))).code).toBe('TOO_LARGE');
    for (const mediaType of ['image/png', 'application/msword', ''])
      expect((await rejection(extractText(letter, { mediaType }))).code).toBe('UNSUPPORTED');
    // parameters are accepted (case, charset)
    expect((await extractText(letter, { mediaType: 'Application/PDF; charset=binary' })).pages).toBe(1);
  });
});
