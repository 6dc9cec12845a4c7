import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromCatalogueRow,
  fromNationalRecord,
  lineText,
  parseChannels,
  parseLegalBasis,
  parseRequiredDocuments,
  parseResults,
  processingTimeOf,
  readFeeCell,
} from '../src/index.ts';

const CHANNELS_HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const DOCUMENTS_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
const LEGAL_HEADER = 'Tên văn bản pháp lýMã văn bản';

// words of the catalogue's own texts, none of them a channel's name, a unit or a sign the parsers look for
const words = [
  'giấy',
  'đề',
  'nghị',
  'cấp',
  'phép',
  'hồ',
  'sơ',
  'văn',
  'bản',
  'của',
  'tổ',
  'chức',
  'cá',
  'nhân',
  'thẩm',
  'định',
  'đăng',
  'ký',
  'kết',
  'hôn',
  'chứng',
  'thực',
];
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sentence = fc
  .array(fc.constantFrom(...words), { minLength: 2, maxLength: 8 })
  .map((w) => capitalise(w.join(' ')));

describe('cách thức thực hiện: channels, times, fees', () => {
  it('reads the rows of the hộ tịch example, bare days and notes', () => {
    const rows = parseChannels(
      `${CHANNELS_HEADER}Trực tuyến7Miễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.)Dịch vụ bưu chính7Miễn phíTrực tiếp60 Ngày làm việc70,000 VNĐ(70.000 đồng/Giấy chứng nhận)Nộp tại Trung tâm.`,
    );
    expect(rows.map((r) => [r.channel, r.days, r.timeText])).toEqual([
      ['online', 7, '7'],
      ['post', 7, '7'],
      ['counter', 60, '60 Ngày làm việc'],
    ]);
    expect(rows[0]!.fees).toEqual([
      {
        name: 'Phí, lệ phí',
        amount: null,
        text: 'Miễn phí (Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.)',
      },
    ]);
    expect(rows[1]!.fees[0]!.amount).toBe(0);
    expect(rows[2]!.fees[0]!.amount).toBe(70_000);
    expect(rows[2]!.description).toBe('Nộp tại Trung tâm.');
    // the counter's time is the procedure's, with its words
    expect(processingTimeOf(rows)).toEqual({ days: 60, text: '60 Ngày làm việc — Nộp tại Trung tâm.' });
  });

  it('keeps calendar days, hours and months as text, and takes days the description calls working days', () => {
    const rows = parseChannels(
      `${CHANNELS_HEADER}Trực tiếp15 NgàyMiễn phíDịch vụ bưu chính8 GiờKhông có thông tinTrực tuyến7 NgàyKhông có thông tin07 ngày làm việc, kể từ ngày nhận đủ hồ sơ`,
    );
    expect(rows.map((r) => [r.channel, r.days, r.timeText])).toEqual([
      ['counter', null, '15 Ngày'],
      ['post', null, '8 Giờ'],
      ['online', 7, '7 Ngày'],
    ]);
    expect(processingTimeOf(rows).days).toBeNull();
  });

  it('does not take a channel named inside a description for a new row', () => {
    const rows = parseChannels(
      `${CHANNELS_HEADER}Trực tiếp10 Ngày làm việcMiễn phí- Trực tuyến: nộp qua Cổng Dịch vụ công quốc gia; - Trực tiếp tại Bộ phận Một cửa`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.description).toBe(
      '- Trực tuyến: nộp qua Cổng Dịch vụ công quốc gia; - Trực tiếp tại Bộ phận Một cửa',
    );
  });

  it('reads a time given in words up to the fee', () => {
    const [row] = parseChannels(
      `${CHANNELS_HEADER}Trực tuyếnKhông phải trả kết quả cho người nộp thuếMiễn phíQua Cổng dịch vụ công`,
    );
    expect(row).toMatchObject({
      channel: 'online',
      days: null,
      timeText: 'Không phải trả kết quả cho người nộp thuế',
      feeText: 'Miễn phí',
      description: 'Qua Cổng dịch vụ công',
    });
  });

  it('an amount in đồng is an integer, whatever its separators; other currencies are text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom('Việt Nam Đồng', 'VNĐ'),
        fc.constantFrom('en-US', 'de-DE'),
        (amount, currency, locale) => {
          const text = `${amount.toLocaleString(locale)} ${currency}`;
          expect(readFeeCell(text).fees[0]!.amount).toBe(amount);
          expect(readFeeCell(`${amount} USD`).fees[0]!.amount).toBeNull();
        },
      ),
    );
  });

  it('rows written the way the export flattens them are read back', () => {
    const time = fc.oneof(
      fc.constant(null),
      fc.record({
        n: fc.integer({ min: 1, max: 120 }),
        unit: fc.constantFrom('Ngày làm việc', 'Ngày', 'Giờ', 'Tháng', ''),
      }),
    );
    const fee = fc.oneof(
      fc.record({ kind: fc.constant('free' as const), note: fc.option(sentence, { nil: undefined }) }),
      fc.record({ kind: fc.constant('none' as const) }),
      fc.record({
        kind: fc.constant('amount' as const),
        amount: fc.integer({ min: 1000, max: 50_000_000 }),
        note: fc.option(sentence, { nil: undefined }),
      }),
    );
    const row = fc.record({
      channel: fc.constantFrom('counter', 'online', 'post'),
      time,
      fee,
      description: fc.option(sentence, { nil: '' }),
    });
    const names = { counter: 'Trực tiếp', online: 'Trực tuyến', post: 'Dịch vụ bưu chính' } as const;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const cells = rows.map((r) => {
          // a bare number glued to an amount cannot be told apart: the export does not write that
          const fee = r.time?.unit === '' && r.fee.kind === 'amount' ? { kind: 'none' as const } : r.fee;
          const timeCell = r.time
            ? `${r.time.n}${r.time.unit ? ` ${r.time.unit}` : ''}`
            : 'Không có thông tin';
          const feeCell =
            fee.kind === 'none'
              ? 'Không có thông tin'
              : `${fee.kind === 'free' ? 'Miễn phí' : `${fee.amount.toLocaleString('en-US')} Việt Nam Đồng`}${fee.note ? `(${fee.note})` : ''}`;
          return { r, fee, text: `${names[r.channel]}${timeCell}${feeCell}${r.description}` };
        });
        const parsed = parseChannels(CHANNELS_HEADER + cells.map((c) => c.text).join(''));
        expect(parsed.map((p) => p.channel)).toEqual(rows.map((r) => r.channel));
        parsed.forEach((p, i) => {
          const { r, fee } = cells[i]!;
          const working = r.time && (r.time.unit === 'Ngày làm việc' || r.time.unit === '');
          expect(p.days).toBe(working ? r.time!.n : null);
          expect(p.description).toBe(r.description);
          const amount =
            fee.kind === 'amount' ? fee.amount : fee.kind === 'free' ? (fee.note ? null : 0) : undefined;
          expect(p.fees[0]?.amount).toBe(amount);
        });
      }),
    );
  });
});

describe('thành phần hồ sơ: documents to prepare', () => {
  it('reads names, templates and quantities, groups and the documents handed in only in some cases', () => {
    const docs = parseRequiredDocuments(
      `* Giấy tờ phải nộp:${DOCUMENTS_HEADER}Đơn đề nghị theo Mẫu số 08 ban hành kèm theo Nghị định số 121/2021/NĐ-CP ngày 27/12/2021;Mus08.docx1 bản chínhBiên bản tổ chức đối thoại (nếu có)1 bản chínhGiấy khai sinh cấp năm 20211 bản chính,1 bản sao* Giấy tờ phải xuất trình:${DOCUMENTS_HEADER}- Hộ chiếu0 bản chính,1 bản saoTrường hợp thông tin đã có trong Cơ sở dữ liệu quốc gia thì không phải nộp0 bản chính`,
    );
    expect(docs).toEqual([
      {
        name: 'Đơn đề nghị theo Mẫu số 08 ban hành kèm theo Nghị định số 121/2021/NĐ-CP ngày 27/12/2021;',
        template: 'Mus08.docx',
        quantity: '1 bản chính',
        required: true,
        group: '* Giấy tờ phải nộp:',
      },
      {
        name: 'Biên bản tổ chức đối thoại (nếu có)',
        template: '',
        quantity: '1 bản chính',
        required: false,
        group: '* Giấy tờ phải nộp:',
      },
      {
        name: 'Giấy khai sinh cấp năm 2021',
        template: '',
        quantity: '1 bản chính, 1 bản sao',
        required: true,
        group: '* Giấy tờ phải nộp:',
      },
      {
        name: 'Hộ chiếu',
        template: '',
        quantity: '1 bản sao',
        required: true,
        group: '* Giấy tờ phải xuất trình:',
      },
      {
        name: 'Trường hợp thông tin đã có trong Cơ sở dữ liệu quốc gia thì không phải nộp',
        template: '',
        quantity: '0 bản chính',
        required: false,
        group: '* Giấy tờ phải xuất trình:',
      },
    ]);
  });

  it('separates a template glued to the name from it', () => {
    const [doc] = parseRequiredDocuments(
      `--${DOCUMENTS_HEADER}Đơn đề nghị cấp giấy phép chặt hạ cây xanh theo Mẫu số 01 Phụ lục I của Nghị định số 258/2025/NĐ-CPMẫu số 01.docx1 bản chính`,
    );
    expect(doc).toMatchObject({
      name: 'Đơn đề nghị cấp giấy phép chặt hạ cây xanh theo Mẫu số 01 Phụ lục I của Nghị định số 258/2025/NĐ-CP',
      template: 'Mẫu số 01.docx',
      group: '',
    });
  });

  it('documents written the way the export flattens them are read back', () => {
    const doc = fc.record({
      name: sentence,
      template: fc.option(
        fc.integer({ min: 1, max: 99 }).map((n) => `Mẫu số ${String(n).padStart(2, '0')}.docx`),
        { nil: '' },
      ),
      originals: fc.integer({ min: 0, max: 3 }),
      copies: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 8 }), (docs) => {
        const text = `--${DOCUMENTS_HEADER}${docs
          .map(
            (d) =>
              `${d.name}${d.template}${d.originals} bản chính${d.copies > 0 ? `,${d.copies} bản sao` : ''}`,
          )
          .join('')}`;
        const parsed = parseRequiredDocuments(text);
        expect(parsed.map((p) => [p.name, p.template])).toEqual(docs.map((d) => [d.name, d.template]));
        parsed.forEach((p, i) => {
          const d = docs[i]!;
          expect(p.quantity).toContain(
            d.originals > 0 || d.copies === 0 ? `${d.originals} bản chính` : 'bản sao',
          );
          expect(p.required).toBe(d.originals + d.copies > 0);
        });
      }),
    );
  });
});

describe('kết quả: results and their codes', () => {
  it('reads each result with its KQ code and drops the portal text after them', () => {
    expect(
      parseResults(
        'Quyết định chuyển hình thức giao đấtMã: KQ.G10.000870Giấy chứng nhận quyền sử dụng đất.Mã: KQ.G10.001148Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnNộp hồ sơ',
      ),
    ).toEqual([
      { name: 'Quyết định chuyển hình thức giao đất', code: 'KQ.G10.000870' },
      { name: 'Giấy chứng nhận quyền sử dụng đất.', code: 'KQ.G10.001148' },
    ]);
    expect(parseResults('')).toEqual([]);
  });

  it('results written the way the export flattens them are read back', () => {
    const result = fc.record({
      name: sentence,
      code: fc
        .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 999_999 }))
        .map(([g, n]) => `KQ.G${String(g).padStart(2, '0')}.${String(n).padStart(6, '0')}`),
    });
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 5 }), (results) => {
        const text = `${results.map((r) => `${r.name}Mã: ${r.code}`).join('')}Từ khóaKhông có thông tinMô tả`;
        expect(parseResults(text)).toEqual(results);
      }),
    );
  });
});

describe('căn cứ pháp lý: legal basis', () => {
  it('tells the reference cell from references cited in titles', () => {
    expect(
      parseLegalBasis(
        `${LEGAL_HEADER}Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền của Hội đồng nhân dân tỉnh85/2019/TT-BTCNghị định số 123/2015/NĐ-CP ngày 15/11/2015 quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPNghị định 126/2020/NĐ-CP126/2020/NĐ-CPLuật Khiếu nại năm 201102/2011/QH13Nghị định quy định về thanh toán không dùng tiền mặtNghị định 52/2024/NĐ-CPvề kinh doanh vận chuyển hàng không28/2018/QĐ-TTg`,
      ),
    ).toEqual([
      {
        title: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền của Hội đồng nhân dân tỉnh',
        reference: '85/2019/TT-BTC',
      },
      {
        title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 quy định chi tiết Luật Hộ tịch',
        reference: '123/2015/NĐ-CP',
      },
      { title: 'Nghị định 126/2020/NĐ-CP', reference: '126/2020/NĐ-CP' },
      { title: 'Luật Khiếu nại năm 2011', reference: '02/2011/QH13' },
      {
        title: 'Nghị định quy định về thanh toán không dùng tiền mặt',
        reference: 'Nghị định 52/2024/NĐ-CP',
      },
      { title: 'về kinh doanh vận chuyển hàng không', reference: '28/2018/QĐ-TTg' },
    ]);
    expect(parseLegalBasis('Không có thông tin')).toEqual([]);
  });

  it('legal documents written the way the export flattens them are read back', () => {
    const reference = fc
      .tuple(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1990, max: 2030 }),
        fc.constantFrom('NĐ-CP', 'TT-BTC', 'TT-BTP', 'QĐ-TTg', 'TT-NHNN', 'NQ-CP', 'TT-BCA'),
      )
      .map(([n, y, notation]) => `${String(n).padStart(2, '0')}/${y}/${notation}`);
    const entry = fc.record({
      title: fc.oneof(
        sentence,
        sentence.map((s) => s.toLowerCase()),
      ),
      cited: fc.option(reference, { nil: undefined }),
      reference,
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
        const titles = entries.map((e) =>
          e.cited ? `${e.title} theo số ${e.cited} ngày 01/7/2025` : e.title,
        );
        const text = LEGAL_HEADER + entries.map((e, i) => `${titles[i]}${e.reference}`).join('');
        expect(parseLegalBasis(text)).toEqual(
          entries.map((e, i) => ({ title: titles[i], reference: e.reference })),
        );
      }),
    );
  });
});

describe('records and rows', () => {
  it('a record of the JSON export becomes a procedure; partial online service when it can be sent online', () => {
    const outcome = fromNationalRecord(
      {
        ma_thu_tuc: '1.000094',
        ten_thu_tuc: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới',
        so_quyet_dinh: '163/QĐ-BTP',
        cap_thuc_hien: 'Cấp xã',
        loai_thu_tuc: 'TTHC được giao luật quy định chi tiết',
        linh_vuc: 'Hộ tịch',
        doi_tuong_thuc_hien: 'Công dân Việt Nam, Người nước ngoài',
        co_quan_co_tham_quyen: '',
        co_quan_thuc_hien: 'Không có thông tin',
        trinh_tu_thuc_hien: '- Nộp hồ sơ\n\n\n\n- Nhận kết quả',
        cach_thuc_thuc_hien: `${CHANNELS_HEADER}Trực tuyến3Miễn phíTrực tiếp3Miễn phí`,
        thanh_phan_ho_so: '',
        can_cu_phap_ly: '',
        yeu_cau_dieu_kien: 'Không có thông tin',
        ket_qua_xu_ly: 'Giấy chứng nhận kết hônMã: KQ.G15.000032Từ khóa',
        detail_url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd',
      },
      4,
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.record).toMatchObject({
      code: '1.000094',
      field: 'Hộ tịch',
      level: 'Cấp xã',
      implementingAgency: '',
      onlineService: 'partial',
      processingDays: 3,
      sequenceText: '- Nộp hồ sơ\n\n- Nhận kết quả',
      results: [{ name: 'Giấy chứng nhận kết hôn', code: 'KQ.G15.000032' }],
      fees: [{ name: 'Phí, lệ phí', amount: 0, text: 'Miễn phí' }],
    });
  });

  it('says in Vietnamese what keeps a row out, with its row and field', () => {
    expect(fromNationalRecord({ ma_thu_tuc: '1.00094', ten_thu_tuc: '' }, 7).problems).toEqual([
      {
        row: 7,
        code: '1.00094',
        field: 'code',
        message: 'Mã thủ tục "1.00094" không đúng dạng 1.000948 (hoặc 1.000948.H38)',
      },
      { row: 7, code: '1.00094', field: 'name', message: 'Thiếu tên thủ tục' },
    ]);
    expect(fromNationalRecord('not a record', 2).problems[0]!.message).toMatch(/^Dòng không phải/);
    const long = fromNationalRecord(
      { ma_thu_tuc: '1.000001', ten_thu_tuc: 'T', yeu_cau_dieu_kien: 'x'.repeat(20_001) },
      3,
    );
    expect(long.problems).toEqual([
      {
        row: 3,
        code: '1.000001',
        field: 'conditions',
        message: 'Yêu cầu, điều kiện thực hiện dài 20.001 ký tự, quá giới hạn 20.000 ký tự',
      },
    ]);
  });

  it('a row of the official list carries code, name, issuing body, implementing agencies and field', () => {
    const outcome = fromCatalogueRow(
      {
        'Mã số': '1.014966',
        Tên: 'Cấp lại chứng chỉ hành nghề Quản tài viên ',
        'Cơ quan ban hành': 'Bộ Tư pháp',
        'Cơ quan thực hiện': 'Chủ tịch ủy ban nhân dân cấp tỉnh\nSở Tư Pháp',
        'Lĩnh vực': 'Quản tài viên',
      },
      3,
    );
    expect(outcome.record).toMatchObject({
      code: '1.014966',
      name: 'Cấp lại chứng chỉ hành nghề Quản tài viên',
      issuingBody: 'Bộ Tư pháp',
      implementingAgency: 'Chủ tịch ủy ban nhân dân cấp tỉnh\nSở Tư Pháp',
      field: 'Quản tài viên',
      processingDays: null,
    });
  });

  it('never throws, and a row is either a record or has problems', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), fc.nat(), (cells, row) => {
        for (const outcome of [fromNationalRecord(cells, row), fromCatalogueRow(cells as never, row)])
          expect(outcome.record === null).toBe(outcome.problems.length > 0);
      }),
    );
  });

  it('a code is accepted exactly when it has the national shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(
              fc.integer({ min: 0, max: 9 }),
              fc.integer({ min: 0, max: 999_999 }),
              fc.option(fc.constantFrom('H38', 'T1')),
            )
            .map(([a, b, s]) => `${a}.${String(b).padStart(6, '0')}${s ? `.${s}` : ''}`),
          fc.string({ maxLength: 14 }),
        ),
        (code) => {
          const ok = /^[0-9]\.[0-9]{6}(\.[A-Z0-9]{1,10})?$/.test(lineText(code));
          const problems = fromCatalogueRow({ 'Mã số': code, Tên: 'Tên' }, 1).problems;
          expect(problems.some((p) => p.field === 'code')).toBe(!ok);
        },
      ),
    );
  });

  it('text is tidied once and for all', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(lineText(lineText(text))).toBe(lineText(text));
      }),
    );
  });
});
