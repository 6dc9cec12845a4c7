import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromNationalRecord, type ProcedureRecord } from '../src/index.ts';

/** The national data in shared/fixtures/procedures (read in place, never copied). */
const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/procedures');

const lines = gunzipSync(readFileSync(path.join(FIXTURES, 'procedures_all_no_rawtext.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const outcomes = lines.map((line, i) => fromNationalRecord(JSON.parse(line), i + 1));
const records = outcomes.flatMap((o) => (o.record ? [o.record] : []));
const count = (test: (r: ProcedureRecord) => boolean) => records.filter(test).length;
const byCode = (code: string) => records.find((r) => r.code === code)!;

describe('the 2,642 procedures of the national export', () => {
  it('reads all but the two that do not fit the catalogue, and says why', () => {
    expect(lines).toHaveLength(2642);
    expect(records).toHaveLength(2640);
    expect(outcomes.flatMap((o) => o.problems)).toEqual([
      {
        row: 652,
        code: '1.013980',
        field: 'name',
        message: 'Tên thủ tục dài 1.094 ký tự, quá giới hạn 1.000 ký tự',
      },
      {
        row: 2639,
        code: '2.001538',
        field: 'conditions',
        message: 'Yêu cầu, điều kiện thực hiện dài 44.580 ký tự, quá giới hạn 20.000 ký tự',
      },
    ]);
  });

  // the numbers of the package README: what a province gets from the export, part by part
  it('gets each part as often as the README says', () => {
    expect({
      field: count((r) => r.field !== ''),
      level: count((r) => r.level !== ''),
      kind: count((r) => r.kind !== ''),
      decisionRef: count((r) => r.decisionRef !== ''),
      implementingAgency: count((r) => r.implementingAgency !== ''),
      competentAuthority: count((r) => r.competentAuthority !== ''),
      channels: count((r) => r.channels.length > 0),
      counter: count((r) => r.channels.some((c) => c.channel === 'counter')),
      online: count((r) => r.onlineService === 'partial'),
      processingDays: count((r) => r.processingDays !== null),
      processingTimeText: count((r) => r.processingTimeText !== ''),
      fees: count((r) => r.fees.length > 0),
      feesWithAmounts: count((r) => r.fees.length > 0 && r.fees.every((f) => f.amount !== null)),
      charged: count((r) => r.fees.some((f) => (f.amount ?? 0) > 0)),
      requiredDocuments: count((r) => r.requiredDocuments.length > 0),
      templates: count((r) => r.requiredDocuments.some((d) => d.template !== '')),
      results: count((r) => r.results.length > 0),
      resultCodes: count((r) => r.results.length > 0 && r.results.every((d) => d.code !== '')),
      legalBasis: count((r) => r.legalBasis.length > 0),
      legalReferences: count((r) => r.legalBasis.length > 0 && r.legalBasis.every((d) => d.reference !== '')),
      conditions: count((r) => r.conditions !== ''),
      sequenceText: count((r) => r.sequenceText !== ''),
      sourceUrl: count((r) => r.sourceUrl !== ''),
    }).toEqual({
      field: 2640,
      level: 2640,
      kind: 2529,
      decisionRef: 2640,
      implementingAgency: 2338,
      competentAuthority: 1056,
      channels: 2640,
      counter: 2397,
      online: 2090,
      processingDays: 1830,
      processingTimeText: 2604,
      fees: 2285,
      feesWithAmounts: 1846,
      charged: 429,
      requiredDocuments: 2587,
      templates: 1149,
      results: 2625,
      resultCodes: 2609,
      legalBasis: 2564,
      legalReferences: 2491,
      conditions: 891,
      sequenceText: 2640,
      sourceUrl: 2640,
    });
  });

  it('a complaint to the Ministry of Public Security: 60 working days at the counter, by post too', () => {
    const r = byCode('1.000178');
    expect(r.channels.map((c) => [c.channel, c.days, c.timeText])).toEqual([
      ['post', 60, '60 Ngày làm việc'],
      ['counter', 60, '60 Ngày làm việc'],
    ]);
    expect(r.onlineService).toBe('none');
    expect(r.processingDays).toBe(60);
    expect(r.processingTimeText).toMatch(/^60 Ngày làm việc — Thời hạn giải quyết khiếu nại lần đầu/);
    expect(r.requiredDocuments).toHaveLength(8);
    expect(r.results).toEqual([
      { name: 'Quyết định giải quyết khiếu nại lần 1, lần 2', code: 'KQ.G01.00262' },
    ]);
    expect(r.legalBasis.map((l) => l.reference)).toEqual([
      '68/2013/TT-BCA',
      '02/2011/QH13',
      '11/2015/TT-BCA',
      '05/2012/NĐ-CP',
    ]);
  });

  it('a paid certificate: the fee in đồng as an integer, named by its note', () => {
    const r = byCode('1.011474');
    expect(r.fees).toEqual([
      {
        name: 'Phí thẩm định đối với vùng an toàn dịch bệnh động vật',
        amount: 3_500_000,
        text: '3,500,000 Việt Nam Đồng (Phí thẩm định đối với vùng an toàn dịch bệnh động vật)',
      },
    ]);
    // "21 Ngày" is calendar days: no working days, the text kept
    expect(r.processingDays).toBeNull();
    expect(r.processingTimeText).toMatch(/^21 Ngày — Trong thời hạn 21 ngày/);
  });
});

describe('the 271 full records of the Ministry of Justice', () => {
  const dir = path.join(FIXTURES, 'raw-bo-tu-phap');
  const justice = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f, i) => fromNationalRecord(JSON.parse(readFileSync(path.join(dir, f), 'utf8')), i + 1));

  it('have the same shape and are all read', () => {
    expect(justice).toHaveLength(271);
    expect(justice.every((o) => o.record !== null && o.record.channels.length > 0)).toBe(true);
    expect(justice.filter((o) => o.record?.field === 'Hộ tịch')).toHaveLength(41);
  });

  it('registering a parent–child relation at the border: the groups of documents, its result and legal basis', () => {
    const r = justice.find((o) => o.record?.code === '1.000080')!.record!;
    expect(r.processingDays).toBe(7);
    expect(r.onlineService).toBe('partial');
    expect([...new Set(r.requiredDocuments.map((d) => d.group))]).toEqual([
      '* Giấy tờ phải nộp:',
      '* Giấy tờ phải xuất trình:',
      '* Lưu ý:',
      '',
    ]);
    expect(r.results).toEqual([{ name: 'Trích lục đăng ký nhận cha, mẹ, con', code: 'KQ.G15.000033' }]);
    expect(r.legalBasis[0]).toEqual({
      title:
        'Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
      reference: '85/2019/TT-BTC',
    });
    expect(r.legalBasis.at(-1)).toEqual({ title: 'Luật 60/2014/QH13', reference: '60/2014/QH13' });
  });
});
