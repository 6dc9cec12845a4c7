// `congso edxml …` as a user runs it: a child process, no database (DATABASE_URL is unset on purpose).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseEdxml } from '@congso/edxml';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../platform/config/config.ts';

const exec = promisify(execFile);
const main = path.join(repoRoot, 'apps/server/src/cli/main.ts');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/edxml');
const env = { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LOG_LEVEL: 'silent' };
const dir = mkdtempSync(path.join(tmpdir(), 'congso-edxml-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const congso = (...args: string[]) =>
  exec(process.execPath, [main, 'edxml', ...args], { env, maxBuffer: 64 * 1024 * 1024 });
const failing = async (...args: string[]) => {
  const failed = await congso(...args).then(
    () => undefined,
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  if (!failed) throw new Error(`congso edxml ${args.join(' ')} succeeded`);
  return failed;
};

const SDK = path.join(fixtures, 'API-Gateway-iOffice/xml_2019_5_852e179c-sdk-serialized.edxml');
const VPCP = path.join(fixtures, 'truclienthong-example/xml_dc0bdef0-c7a3-4aaf-b717-777303442973.edxml');

describe('congso edxml', () => {
  it('parse prints a summary with the tolerated variants', async () => {
    const { stdout } = await congso(
      'parse',
      path.join(fixtures, 'edoc-integrator/edoc-service_edoc_new_tayninh.edxml'),
    );
    expect(stdout).toContain('Cơ quan gửi:   000.00.11.H53 Sở Tính');
    expect(stdout).toContain('Số, ký hiệu:   2491/STC-BCTC');
    expect(stdout).toContain('Ngày ban hành: 2020-10-30, Tây Ninh');
    expect(stdout).toContain('1896_QD-TTg_m_294779.doc (270823 byte, nén zip → 388347 byte)');
    expect(stdout).toMatch(/Cảnh báo \/ warnings \(3\):/);
    expect(stdout).toMatch(/PromulgationDate: Ngày '30\/10\/2020' viết theo dạng dd\/MM\/yyyy/);
  });

  it('parse --json prints the model', async () => {
    const { stdout } = await congso('parse', '--json', VPCP);
    const model = JSON.parse(stdout);
    expect(model.kind).toBe('document');
    expect(model.header.to.map((t: { organId: string }) => t.organId)).toEqual([
      '000.00.00.H41',
      '000.00.00.H14',
      '000.00.00.G17',
    ]);
    expect(model.header.promulgationInfo.promulgationDate).toBe('2019-04-11');
    expect(typeof model.attachments[0].data).toBe('string'); // base64
  });

  it('parse refuses a malformed package with the reason and a non-zero exit', async () => {
    const failed = await failing('parse', path.join(fixtures, 'truclienthong-example/resources_edoc.edxml'));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/dòng 74, cột 7: XML không hợp lệ: Expected closing tag 'edXML:From'/);
  });

  it('validate exits 0 for a valid package and non-zero with the reasons otherwise', async () => {
    const ok = await congso(
      'validate',
      path.join(fixtures, 'truclienthong-example/resources_status_acceptance_03.edxml'),
    );
    expect(ok.stdout).toMatch(/^Hợp lệ \/ valid:/);
    const bad = await failing('validate', VPCP);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'header.documentId: Ngày trong mã văn bản (2015-09-30) khác ngày ban hành (2019-04-11)',
    );
    expect(bad.stderr).toMatch(/traceHeaderList\.bussiness\.documentId: Ngày '2014\/02\/30'/);
    const rejected = await failing(
      'validate',
      path.join(fixtures, 'API-Gateway-iOffice/resources_edoc.edxml'),
    );
    expect(rejected.stderr).toMatch(/ContentTransferEncoded: Nội dung không phải base64: ký tự '\$'/);
  });

  it('build writes the package of a JSON model, to stdout or --out', async () => {
    const { stdout: json } = await congso('parse', '--json', SDK);
    const modelFile = path.join(dir, 'model.json');
    writeFileSync(modelFile, json);
    const { stdout } = await congso('build', '--json', modelFile);
    expect(parseEdxml(stdout).package).toEqual(parseEdxml(readFileSync(SDK)).package);
    const out = path.join(dir, 'built.edxml');
    const { stderr } = await congso('build', '--json', modelFile, '--out', out);
    expect(stderr).toContain(`Đã ghi / written: ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(stdout);
  });

  it('build names the first wrong field of a bad model', async () => {
    const modelFile = path.join(dir, 'bad.json');
    writeFileSync(
      modelFile,
      JSON.stringify({ kind: 'document', header: { from: {}, dueDate: '2019-02-30' } }),
    );
    const failed = await failing('build', '--json', modelFile);
    expect(failed.stderr).toContain(
      "Mô hình không hợp lệ / invalid model: header.dueDate: '2019-02-30' không phải ngày",
    );
    writeFileSync(modelFile, '{ not json');
    expect((await failing('build', '--json', modelFile)).stderr).toMatch(/không phải JSON hợp lệ/);
  });

  it('status writes the status package answering a document', async () => {
    const { stdout } = await congso(
      'status',
      '--for',
      VPCP,
      '--code',
      '03',
      '--timestamp',
      '2026-11-22T10:00:00',
      '--staff',
      'Nguyễn Văn An',
    );
    const status = parseEdxml(stdout);
    expect(status.warnings).toEqual([]);
    expect(status.package).toEqual({
      kind: 'status',
      from: expect.objectContaining({ organId: '000.00.00.H41', organName: 'UBND Tỉnh Nghệ An' }),
      responseFor: {
        organId: '000.00.00.G22',
        code: '7816/VPCP-TTĐT',
        promulgationDate: '2019-04-11',
        documentId: '000.00.00.G22,2015/09/30,7816/VPCP-TTĐT',
      },
      statusCode: '03',
      description: 'Đã tiếp nhận',
      timestamp: '2026-11-22T10:00:00',
      staffInfo: { staff: 'Nguyễn Văn An' },
    });
    const wrong = await failing('status', '--for', VPCP, '--code', '07');
    expect(wrong.stderr).toMatch(/--code: '07' không phải mã trạng thái; dùng một trong 01 \(Đã đến\), 02/);
    const notDocument = await failing(
      'status',
      '--for',
      path.join(fixtures, 'truclienthong-example/resources_status.edxml'),
      '--code',
      '01',
    );
    expect(notDocument.stderr).toMatch(/gói tin trạng thái, không phải gói tin văn bản/);
  });
});
