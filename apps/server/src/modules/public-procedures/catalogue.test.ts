import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import type { DirectoryFixture } from '../../../test/fixtures/directory.ts';
import { type OneStopFixture, oneStopApp } from '../../../test/fixtures/dossiers.ts';
import { insertSteps } from '../../../test/fixtures/procedure-steps.ts';
import { visibleText } from '../../../test/html-text.ts';

/**
 * The public catalogue as a citizen reads it, without JavaScript: the search page and one procedure's page,
 * read back as HTML and as the text a person sees.
 */

let t: TestApp;
let f: DirectoryFixture;
let fx: OneStopFixture;

async function procedure(values: {
  code: string;
  name: string;
  field?: string;
  level?: string;
  onlineService?: 'full' | 'partial' | 'none';
  active?: boolean;
}): Promise<string> {
  const row = await t.db.db
    .insertInto('procedures')
    .values({ field: 'Hộ tịch', level: 'Cấp xã', processingDays: 5, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url });
  return { status: response.statusCode, html: response.body, text: visibleText(response.body) };
};

/** The codes of the results, in order (each result's heading links to its page). */
const codesIn = (html: string) => [...html.matchAll(/<h2><a href="\/thu-tuc\/([^"]+)">/g)].map((m) => m[1]);

beforeAll(async () => {
  ({ t, f, fx } = await oneStopApp());
  // the words of a search, apart in one name and together in the other: the one typed together comes first
  await procedure({ code: '2.000001', name: 'Cấp bản sao trích lục khai sinh đã đăng ký' });
  await procedure({ code: '2.000002', name: 'Đăng ký khai sinh', onlineService: 'full' });
  // the words together too, but in a longer name that comes first in the catalogue's order
  await procedure({ code: '2.000006', name: 'Cấp giấy tờ liên thông đăng ký khai sinh, đăng ký thường trú' });
  await procedure({ code: '2.000003', name: 'Đăng ký kết hôn', onlineService: 'partial' });
  await procedure({
    code: '2.000004',
    name: 'Chứng thực bản sao từ bản chính giấy tờ',
    field: 'Chứng thực',
    level: 'Cấp tỉnh, Cấp xã',
  });
  await procedure({ code: '2.000005', name: 'Đăng ký khai sinh lưu động', active: false });
  // khai sinh is offered at B (online), kết hôn nowhere
  const birth = await t.db.db
    .selectFrom('procedures')
    .select('id')
    .where('code', '=', '2.000002')
    .executeTakeFirstOrThrow();
  await insertSteps(t.db.db, birth.id, f.agencyB, [
    { role: 'receive', days: 0.5 },
    { role: 'handle', days: 4 },
    { role: 'return', days: 0.5 },
  ]);
  // offered at four agencies: a result names three
  const guardianship = await procedure({ code: '2.000007', name: 'Đăng ký giám hộ' });
  for (const agency of [f.root, f.agencyA, f.agencyA1, f.agencyB])
    await insertSteps(t.db.db, guardianship, agency, [
      { role: 'receive', days: 1 },
      { role: 'return', days: 4 },
    ]);
  // an agency that receives nothing
  const id = crypto.randomUUID();
  const root = await t.db.db
    .selectFrom('agencies')
    .select('path')
    .where('id', '=', f.root)
    .executeTakeFirstOrThrow();
  await t.db.db
    .insertInto('agencies')
    .values({
      id,
      parentId: f.root,
      path: [...root.path, id],
      level: 'province',
      name: 'Ban Dân tộc',
      abbreviation: 'BDT',
    })
    .execute();
  // 25 procedures sharing a word, for paging
  for (let i = 1; i <= 25; i++)
    await procedure({
      code: `2.1000${String(i).padStart(2, '0')}`,
      name: `Thủ tục phân trang số ${String(i).padStart(2, '0')}`,
      field: 'Phân trang',
    });
});

describe('searching the catalogue', () => {
  it('finds what was typed without diacritics: the words together first, the closest name first among them', async () => {
    const page = await get('/thu-tuc?q=dang+ky+khai+sinh');
    expect(page.status).toBe(200);
    expect(codesIn(page.html)).toEqual(['2.000002', '2.000006', '2.000001']);
    expect(page.text).toContain('Tìm thấy 3 thủ tục');
    // the inactive one is not offered to the public
    expect(page.html).not.toContain('2.000005');
    expect(page.html).toContain('<label for="q">');
    expect(page.html).toContain('value="dang ky khai sinh"');
  });

  it('shows each result with its code, field, online service, agencies and whether it is applied for online', async () => {
    const page = await get('/thu-tuc?q=khai+sinh');
    const item = page.html.slice(page.html.indexOf('/thu-tuc/2.000002'));
    const first = visibleText(item.slice(0, item.indexOf('</li>')));
    expect(first).toContain('Mã thủ tục: 2.000002');
    expect(first).toContain('Lĩnh vực: Hộ tịch');
    expect(first).toContain('Dịch vụ công trực tuyến toàn trình');
    expect(first).toContain('Nộp trực tuyến');
    expect(first).toContain('Cơ quan tiếp nhận: Sở Tài chính');
    // online, but offered nowhere: not something one can apply for
    const marriage = visibleText((await get('/thu-tuc?q=ket+hon')).html.split('<ol')[1]!);
    expect(marriage).toContain('Dịch vụ công trực tuyến một phần');
    expect(marriage).not.toContain('Nộp trực tuyến');
    expect(marriage).toContain('Chưa có cơ quan tiếp nhận trên hệ thống');
    const many = visibleText((await get('/thu-tuc?q=giam+ho')).html.split('<ol')[1]!);
    expect(many).toMatch(/Cơ quan tiếp nhận: [^;]+; [^;]+; [^;]+ và 1 cơ quan khác/);
  });

  it('narrows by field, receiving agency, level, online service and what can be applied for online', async () => {
    const byField = await get(`/thu-tuc?linh-vuc=${encodeURIComponent('Chứng thực')}`);
    expect(codesIn(byField.html)).toEqual(['2.000004']);
    expect(byField.html).toContain('<option selected>Chứng thực</option>');

    const atB = await get(`/thu-tuc?co-quan=${f.agencyB}`);
    expect(codesIn(atB.html).sort()).toEqual(['1.999001', '2.000002', '2.000007']);
    const atA = codesIn((await get(`/thu-tuc?co-quan=${f.agencyA}`)).html);
    // the inactive fixture procedure 1.999004 has steps at A too
    expect(atA.sort()).toEqual(['1.999001', '1.999002', '1.999003', '2.000007']);

    const provincial = codesIn((await get(`/thu-tuc?q=ban+sao&cap=${encodeURIComponent('Cấp tỉnh')}`)).html);
    expect(provincial).toEqual(['2.000004']);

    const full = codesIn((await get('/thu-tuc?truc-tuyen=toan-trinh')).html);
    expect(full).toEqual(['2.000002']);
    const partial = codesIn((await get('/thu-tuc?q=dang+ky&truc-tuyen=mot-phan')).html);
    expect(partial).toEqual(['2.000003']);

    const applicable = await get('/thu-tuc?nop-truc-tuyen=1');
    expect(codesIn(applicable.html)).toEqual(['2.000002']);
    expect(applicable.html).toContain('name="nop-truc-tuyen" value="1" checked');
  });

  it('offers only agencies that receive something, and only the levels in use', async () => {
    const page = await get('/thu-tuc');
    const agencies = page.html.slice(
      page.html.indexOf('id="co-quan"'),
      page.html.indexOf('</select>', page.html.indexOf('id="co-quan"')),
    );
    expect(agencies).toContain('Sở Nội vụ');
    expect(agencies).toContain('Sở Tài chính');
    expect(agencies).not.toContain('Ban Dân tộc');
    const levels = page.html.slice(
      page.html.indexOf('id="cap"'),
      page.html.indexOf('</select>', page.html.indexOf('id="cap"')),
    );
    expect(levels).toContain('>Cấp tỉnh<');
    expect(levels).toContain('>Cấp xã<');
  });

  it('pages with plain links that keep the search', async () => {
    const first = await get('/thu-tuc?q=phan+trang');
    expect(codesIn(first.html)).toHaveLength(20);
    expect(first.text).toContain('Tìm thấy 25 thủ tục, trang 1/2.');
    expect(first.html).toContain('<a href="/thu-tuc?q=phan+trang&amp;trang=2" rel="next">');
    expect(first.html).not.toContain('rel="prev"');
    const second = await get('/thu-tuc?q=phan+trang&trang=2');
    expect(codesIn(second.html)).toEqual(['2.100021', '2.100022', '2.100023', '2.100024', '2.100025']);
    expect(second.html).toContain('<a href="/thu-tuc?q=phan+trang" rel="prev">');
    expect(second.html).toContain('aria-current="page">Trang 2</a>');
    const past = await get('/thu-tuc?q=phan+trang&trang=9');
    expect(past.text).toContain('Tìm thấy 25 thủ tục; trang 9 không có kết quả.');
    // nonsense in the address is read as "not chosen"
    const odd = await get('/thu-tuc?trang=-1&co-quan=x&truc-tuyen=abc&q=phan+trang');
    expect(odd.status).toBe(200);
    expect(codesIn(odd.html)).toHaveLength(20);
  });

  it('escapes what the catalogue says', async () => {
    await procedure({
      code: '2.000099',
      name: 'Thủ tục <script>alert("x")</script> & "mẫu"',
      field: 'Lĩnh vực <b>đậm</b>',
    });
    const list = await get('/thu-tuc?q=mau');
    const detail = await get('/thu-tuc/2.000099');
    for (const page of [list, detail]) {
      expect(page.html).not.toContain('<script>');
      expect(page.html).not.toContain('<b>đậm</b>');
      expect(page.html).toContain(
        'Thủ tục &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;mẫu&quot;',
      );
    }
    const hostile = await get(`/thu-tuc?q=${encodeURIComponent('"><script>x</script>')}`);
    expect(hostile.status).toBe(200);
    expect(hostile.html).not.toContain('<script>x');
  });
});

describe("a procedure's page", () => {
  beforeAll(async () => {
    await t.db.db
      .updateTable('procedures')
      .set({
        onlineService: 'partial',
        fees: JSON.stringify([
          { name: 'Lệ phí cấp giấy phép', amount: 150000, text: 'Nộp khi nhận kết quả' },
          { name: 'Phí thẩm định', amount: 0, text: '' },
        ]),
        channels: JSON.stringify([
          {
            channel: 'counter',
            days: 5,
            timeText: '5 Ngày làm việc',
            feeText: '150.000 đồng',
            description: 'Nộp tại Bộ phận một cửa',
          },
          {
            channel: 'online',
            days: 5,
            timeText: '5 Ngày làm việc',
            feeText: '150.000 đồng',
            description: 'Nộp trên Cổng dịch vụ công',
          },
        ]),
        legalBasis: JSON.stringify([{ title: 'Luật Thử nghiệm', reference: '99/2025/QH15' }]),
        results: JSON.stringify([{ name: 'Giấy phép hoạt động', code: 'KQ.1' }]),
        conditions: 'Tổ chức có đủ điều kiện\nvà cam kết',
        sequenceText: 'Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.',
      })
      .where('id', '=', fx.procedureId)
      .execute();
  });

  it('shows fees, ways to apply, the documents to prepare, the conditions, steps and legal basis', async () => {
    const page = await get('/thu-tuc/1.999001');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Cấp giấy phép hoạt động thử nghiệm</h1>');
    expect(page.text).toContain('Mã thủ tục 1.999001');
    expect(page.text).toContain('Cơ quan tiếp nhận hồ sơ Sở Nội vụ; Sở Tài chính');
    expect(page.text).toContain('Thời hạn giải quyết 5 ngày làm việc');
    expect(page.text).toContain('Dịch vụ công trực tuyến một phần');
    expect(page.text).toContain('Lệ phí cấp giấy phép 150.000 đồng Nộp khi nhận kết quả');
    expect(page.text).toContain('Phí thẩm định Miễn phí');
    expect(page.text).toContain('Trực tuyến 5 ngày làm việc 150.000 đồng Nộp trên Cổng dịch vụ công');
    // the documents, with quantities; a template the catalogue only names is shown without a link
    expect(page.text).toContain(
      '1 Tờ khai đề nghị cấp giấy phép (theo mẫu) Mau-TK01.docx 1 bản chính Bắt buộc',
    );
    expect(page.text).toContain('3 Giấy tờ chứng minh khác (nếu có) Không có 1 bản sao Trường hợp cần');
    expect(page.html).not.toContain('/mau/');
    expect(page.html).toContain('<div class="published">Tổ chức có đủ điều kiện\nvà cam kết</div>');
    expect(page.text).toContain('Bước 2: nhận kết quả.');
    // each receiving agency's steps, with the unit and days
    expect(page.html).toContain('<h3>Tại Sở Nội vụ</h3>');
    expect(page.text).toContain('2 Thụ lý, thẩm định hồ sơ Văn phòng Sở, Sở Nội vụ 2 ngày làm việc');
    expect(page.text).toContain('4 Thẩm định liên thông tại Sở Tài chính Sở Tài chính 1 ngày làm việc');
    expect(page.text).toContain('Tổng thời gian 5 ngày làm việc');
    expect(page.html).toContain('<h3>Tại Sở Tài chính</h3>');
    expect(page.text).toContain('99/2025/QH15 Luật Thử nghiệm');
    expect(page.text).toContain('Giấy phép hoạt động (KQ.1)');
    // tables have header cells; one h1
    expect(page.html.match(/<h1>/g)).toHaveLength(1);
    expect(page.html).toContain('<th scope="col">Tên giấy tờ</th>');
  });

  it('links to the online application at each agency that takes it online, and only there', async () => {
    const online = await get('/thu-tuc/1.999001');
    expect(online.html).toContain(`href="/nop-ho-so/1.999001?co-quan=${f.agencyA}"`);
    expect(online.html).toContain(`href="/nop-ho-so/1.999001?co-quan=${f.agencyB}"`);
    expect(online.text).toContain('Nộp hồ sơ trực tuyến tại Sở Nội vụ');
    // not offered online
    const counterOnly = await get('/thu-tuc/1.999002');
    expect(counterOnly.html).not.toContain('/nop-ho-so/');
    expect(counterOnly.text).toContain('Thủ tục này chưa nhận hồ sơ trực tuyến.');
    // online, but no agency receives it
    const nowhere = await get('/thu-tuc/2.000003');
    expect(nowhere.html).not.toContain('/nop-ho-so/');
    expect(nowhere.text).toContain('Thủ tục chưa có cơ quan tiếp nhận hồ sơ trên hệ thống.');
  });

  it('answers 404 in Vietnamese for an unknown code and for a procedure no longer in use', async () => {
    for (const url of ['/thu-tuc/1.999004', '/thu-tuc/2.000005', '/thu-tuc/9.999999', '/thu-tuc/khong-co']) {
      const page = await get(url);
      expect(page.status, url).toBe(404);
      expect(page.html).toContain('<h1>Không tìm thấy thủ tục</h1>');
      expect(page.html).toContain('<html lang="vi">');
    }
  });
});
