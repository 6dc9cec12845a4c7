import { describe, expect, it } from 'vitest';
import { type Letter, renderLetter, renderSms } from './letter.ts';
import {
  apologyNotice,
  dong,
  feeNotice,
  feePaidNotice,
  type NoticeContext,
  receivedNotice,
  refusedNotice,
  resultReadyNotice,
  resumedNotice,
  returnedNotice,
  submittedNotice,
  supplementNotice,
  vietnamInstant,
  withdrawnNotice,
} from './texts.ts';

const CODE = '000.00.01.H99-251124-0007';

/** An online dossier of a citizen with an account (its page is "my dossiers"). */
const online: NoticeContext = {
  code: CODE,
  applicantKind: 'citizen',
  applicantName: 'Nguyễn Thị Hòa',
  procedureName: 'Cấp giấy phép hoạt động thử nghiệm',
  agencyName: 'Sở Nội vụ',
  agencyAddress: 'Số 2 đường Hoàng Liên, phường Cốc Lếu',
  link: 'https://dichvucong.example.vn/ho-so-cua-toi/4b1f0c5e-0000-4000-8000-000000000001',
  hasAccount: true,
};

/** A counter dossier of a business, without an account (its page is the public lookup). */
const counter: NoticeContext = {
  ...online,
  applicantKind: 'business',
  applicantName: 'Công ty TNHH Hoàng Liên',
  agencyAddress: null,
  link: `https://dichvucong.example.vn/tra-cuu-ho-so?ma=${CODE}`,
  hasAccount: false,
};

// 01:30 UTC = 08:30 in Vietnam, on Monday 24 November 2025
const MONDAY_0830 = new Date('2025-11-24T01:30:00Z');

/** The plain text of a notice, as the applicant reads it. */
const textOf = (letter: Letter) => renderLetter(letter).text;

describe('formats', () => {
  it('writes instants in Vietnam time with the weekday, whatever the server zone', () => {
    expect(vietnamInstant(MONDAY_0830)).toBe('08 giờ 30, thứ Hai, ngày 24/11/2025');
    // 17:00 UTC on Saturday is already Sunday in Vietnam
    expect(vietnamInstant(new Date('2025-11-29T17:00:00Z'))).toBe('00 giờ 00, chủ nhật, ngày 30/11/2025');
  });

  it('writes amounts in đồng with dots between thousands', () => {
    expect(dong(150_000)).toBe('150.000 đồng');
    expect(dong(1_500_000)).toBe('1.500.000 đồng');
  });
});

describe('the letter', () => {
  it('renders the same content as text and HTML, escaping what the applicant typed', () => {
    const letter = submittedNotice({ ...online, applicantName: 'Hòa <b>&</b> "An"' }, MONDAY_0830);
    const email = renderLetter(letter);
    expect(email.subject).toBe(`Hồ sơ ${CODE}: đã nộp trực tuyến, chờ tiếp nhận`);
    expect(email.text).toContain('Kính gửi ông/bà Hòa <b>&</b> "An",');
    expect(email.text).toContain(`Xem hồ sơ của tôi: ${online.link}`);
    expect(email.text).toContain('Thư này được gửi tự động');
    expect(email.html).toContain('<html lang="vi">');
    expect(email.html).toContain('Kính gửi ông/bà Hòa &lt;b&gt;&amp;&lt;/b&gt; &quot;An&quot;,');
    expect(email.html).not.toContain('<b>');
    expect(email.html).toContain(`<a href="${online.link}">Xem hồ sơ của tôi</a>`);
    expect(email.html).toContain(`<th align="left" scope="row">Mã hồ sơ:</th><td>${CODE}</td>`);
  });

  it('makes one SMS of the subject and the link', () => {
    expect(renderSms(receivedNotice(counter, MONDAY_0830))).toBe(
      `Hồ sơ ${CODE}: đã được tiếp nhận. Chi tiết: ${counter.link}`,
    );
  });

  it('addresses a business as such and links a counter dossier to the public lookup', () => {
    const text = textOf(receivedNotice(counter, MONDAY_0830));
    expect(text).toContain('Kính gửi Công ty TNHH Hoàng Liên,');
    expect(text).toContain('hồ sơ của quý doanh nghiệp');
    expect(text).not.toContain('ông/bà');
    expect(text).toContain(`Tra cứu hồ sơ: ${counter.link}`);
  });
});

describe('the notices', () => {
  it('submitted online: when, and that the agency checks it before receiving it', () => {
    const text = textOf(submittedNotice(online, MONDAY_0830));
    expect(text).toContain('nộp trực tuyến lúc 08 giờ 30, thứ Hai, ngày 24/11/2025');
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain('Thủ tục: Cấp giấy phép hoạt động thử nghiệm');
    expect(text).toContain('Sở Nội vụ sẽ kiểm tra hồ sơ');
  });

  it('received: the appointment to return the result', () => {
    const letter = receivedNotice(online, MONDAY_0830);
    expect(letter.subject).toBe(`Hồ sơ ${CODE}: đã được tiếp nhận`);
    expect(textOf(letter)).toContain('Ngày hẹn trả kết quả: 08 giờ 30, thứ Hai, ngày 24/11/2025');
  });

  it('supplement: each item with its reason, the note, and how to answer', () => {
    const items = [
      { name: 'Bản sao Căn cước của người đề nghị', reason: 'Bản chụp bị mờ, không đọc được số định danh' },
      { name: 'Tờ khai đề nghị cấp giấy phép (theo mẫu)', reason: 'Thiếu chữ ký của người đề nghị' },
    ];
    const letter = supplementNotice(online, items, 'Nộp bổ sung trong 10 ngày làm việc', true);
    const text = textOf(letter);
    expect(letter.subject).toBe(`Hồ sơ ${CODE}: cần bổ sung, hoàn thiện`);
    expect(text).toContain(
      '- Bản sao Căn cước của người đề nghị: Bản chụp bị mờ, không đọc được số định danh\n- Tờ khai đề nghị cấp giấy phép (theo mẫu): Thiếu chữ ký của người đề nghị',
    );
    expect(text).toContain('Ghi chú: Nộp bổ sung trong 10 ngày làm việc');
    expect(text).toContain('bổ sung trực tuyến trên trang hồ sơ');
    expect(text).toContain(
      'Bộ phận Tiếp nhận và Trả kết quả của Sở Nội vụ (Số 2 đường Hoàng Liên, phường Cốc Lếu)',
    );
    expect(text).toContain('không tính vào thời hạn giải quyết');
    // before receipt: to be received, and no clock to pause; without an account: at the counter only
    const before = textOf(supplementNotice(counter, items, null, false));
    expect(before).toContain('hoàn thiện hồ sơ để được tiếp nhận');
    expect(before).not.toContain('thời hạn giải quyết');
    expect(before).not.toContain('trực tuyến');
    expect(before).toContain('mang giấy tờ bổ sung đến Bộ phận Tiếp nhận và Trả kết quả của Sở Nội vụ.');
  });

  it('supplement received, fee paid: processing goes on, with the appointment', () => {
    expect(textOf(resumedNotice(online, MONDAY_0830))).toContain(
      'Ngày hẹn trả kết quả: 08 giờ 30, thứ Hai, ngày 24/11/2025',
    );
    const paid = feePaidNotice(online, MONDAY_0830);
    expect(paid.subject).toBe(`Hồ sơ ${CODE}: đã hoàn thành nghĩa vụ tài chính`);
    expect(textOf(paid)).toContain('tiếp tục được giải quyết');
  });

  it('fee: the amount in đồng and what it is for', () => {
    const letter = feeNotice(online, 1_500_000, 'Lệ phí cấp giấy phép hoạt động');
    const text = textOf(letter);
    expect(letter.subject).toBe(`Hồ sơ ${CODE}: đề nghị thực hiện nghĩa vụ tài chính`);
    expect(text).toContain('Số tiền: 1.500.000 đồng');
    expect(text).toContain('Nội dung: Lệ phí cấp giấy phép hoạt động');
    expect(text).toContain('thanh toán trực tuyến');
    expect(textOf(feeNotice(counter, 50_000, 'Phí thẩm định'))).not.toContain('trực tuyến');
  });

  it('refused: every reason, and that the dossier is over', () => {
    const letter = refusedNotice(
      online,
      ['Không thuộc thẩm quyền giải quyết của Sở Nội vụ', 'Đã hết thời hạn đề nghị theo quy định'],
      null,
    );
    const text = textOf(letter);
    expect(letter.subject).toBe(`Hồ sơ ${CODE}: từ chối tiếp nhận, giải quyết`);
    expect(text).toContain(
      '- Không thuộc thẩm quyền giải quyết của Sở Nội vụ\n- Đã hết thời hạn đề nghị theo quy định',
    );
    expect(text).toContain('Hồ sơ đã kết thúc.');
  });

  it('result ready: how to get it, by the chosen delivery', () => {
    expect(textOf(resultReadyNotice(online, 'counter', null))).toContain(
      'Mời ông/bà đến nhận kết quả tại Bộ phận Tiếp nhận và Trả kết quả của Sở Nội vụ',
    );
    expect(textOf(resultReadyNotice(online, 'post', 'Số 5 đường Hoàng Liên'))).toContain(
      'gửi qua dịch vụ bưu chính công ích đến địa chỉ: Số 5 đường Hoàng Liên.',
    );
    expect(textOf(resultReadyNotice(online, 'online', null))).toContain('Kết quả sẽ được trả trực tuyến');
  });

  it('returned: how and when, the tracking number, and the invitation to rate', () => {
    const post = textOf(returnedNotice(online, 'post', MONDAY_0830, 'EB123456789VN'));
    expect(post).toContain('lúc 08 giờ 30, thứ Hai, ngày 24/11/2025, số hiệu bưu gửi EB123456789VN.');
    expect(post).toContain('đánh giá mức độ hài lòng');
    expect(textOf(returnedNotice(online, 'online', MONDAY_0830, null))).toContain('tải kết quả về');
    // no account, nowhere to rate
    expect(textOf(returnedNotice(counter, 'counter', MONDAY_0830, null))).not.toContain('đánh giá');
  });

  it('apology: the reason and the new appointment', () => {
    const letter = apologyNotice(online, 'Phải lấy ý kiến của Sở Tài chính', MONDAY_0830);
    const text = textOf(letter);
    expect(letter.subject).toBe(`Hồ sơ ${CODE}: xin lỗi và hẹn lại ngày trả kết quả`);
    expect(text).toContain('Sở Nội vụ chân thành xin lỗi ông/bà');
    expect(text).toContain('Lý do: Phải lấy ý kiến của Sở Tài chính');
    expect(text).toContain('Ngày hẹn trả kết quả mới: 08 giờ 30, thứ Hai, ngày 24/11/2025');
  });

  it('withdrawn: the dossier ends', () => {
    expect(withdrawnNotice(online).subject).toBe(`Hồ sơ ${CODE}: đã được rút`);
  });
});
