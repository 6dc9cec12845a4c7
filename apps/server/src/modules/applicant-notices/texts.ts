import { formatVietnamTime, WEEKDAY_NAMES } from '@congso/vn-calendar';
import type { Block, Letter } from './letter.ts';

/**
 * The notices an applicant receives about a dossier, one small pure function each: the facts in, the letter
 * out (subject, blocks, link). Vietnamese, polite, and each says what happened and what to do now.
 */

/** What every notice about a dossier knows. */
export interface NoticeContext {
  code: string;
  applicantKind: 'citizen' | 'business';
  applicantName: string;
  procedureName: string;
  /** The receiving agency, which signs. */
  agencyName: string;
  agencyAddress: string | null;
  /** The dossier's page: "my dossiers" for an account, else the public lookup by code. */
  link: string;
  /** Submitted from an account: the applicant can answer online (supplement, fee, rating). */
  hasAccount: boolean;
}

export interface SupplementItem {
  name: string;
  reason: string;
}

export type ResultDelivery = 'counter' | 'post' | 'online';

/** `08 giờ 00, thứ Hai, ngày 24/11/2025`, in Vietnam's time (UTC+7) whatever the server's zone. */
export function vietnamInstant(at: Date): string {
  const local = formatVietnamTime(at); // 2025-11-24T08:00:00+07:00
  const [year, month, day] = local.slice(0, 10).split('-');
  const weekday = WEEKDAY_NAMES[new Date(`${local.slice(0, 10)}T00:00:00Z`).getUTCDay()]!;
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)}, ${weekday.charAt(0).toLowerCase()}${weekday.slice(1)}, ngày ${day}/${month}/${year}`;
}

/** `1.500.000 đồng`. */
export function dong(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount)} đồng`;
}

function letter(ctx: NoticeContext, subject: string, blocks: (Block | false | undefined)[]): Letter {
  return {
    subject: `Hồ sơ ${ctx.code}: ${subject}`,
    greeting:
      ctx.applicantKind === 'business'
        ? `Kính gửi ${ctx.applicantName},`
        : `Kính gửi ông/bà ${ctx.applicantName},`,
    blocks: blocks.filter((b): b is Block => Boolean(b)),
    link: {
      label: ctx.hasAccount ? 'Xem hồ sơ của tôi' : 'Tra cứu hồ sơ',
      url: ctx.link,
    },
    signature: ctx.agencyName,
  };
}

const dossierFacts = (ctx: NoticeContext, ...more: [string, string][]): Block => ({
  facts: [['Mã hồ sơ', ctx.code], ['Thủ tục', ctx.procedureName], ...more],
});

const appointment = (at: Date | null, label = 'Ngày hẹn trả kết quả'): [string, string][] =>
  at ? [[label, vietnamInstant(at)]] : [];

/** How the notice addresses the applicant: `ông/bà` (a citizen), `quý doanh nghiệp` (a business). */
const you = (ctx: NoticeContext) => (ctx.applicantKind === 'business' ? 'quý doanh nghiệp' : 'ông/bà');
/** The same at the start of a sentence. */
const You = (ctx: NoticeContext) => you(ctx).charAt(0).toUpperCase() + you(ctx).slice(1);

const atCounter = (ctx: NoticeContext) =>
  `Bộ phận Tiếp nhận và Trả kết quả của ${ctx.agencyName}${ctx.agencyAddress ? ` (${ctx.agencyAddress})` : ''}`;

const paused = (ctx: NoticeContext): Block => ({
  paragraph: `Thời gian chờ ${you(ctx)} thực hiện không tính vào thời hạn giải quyết hồ sơ.`,
});

/** Submitted online: the receiving agency will check it before receiving it. */
export function submittedNotice(ctx: NoticeContext, submittedAt: Date): Letter {
  return letter(ctx, 'đã nộp trực tuyến, chờ tiếp nhận', [
    {
      paragraph: `Cổng dịch vụ công đã nhận hồ sơ ${you(ctx)} nộp trực tuyến lúc ${vietnamInstant(submittedAt)}.`,
    },
    dossierFacts(ctx),
    {
      paragraph: `${ctx.agencyName} sẽ kiểm tra hồ sơ. Nếu hồ sơ đầy đủ, hợp lệ, ${you(ctx)} sẽ nhận được thông báo tiếp nhận kèm ngày hẹn trả kết quả; nếu cần bổ sung, ${you(ctx)} sẽ được hướng dẫn cụ thể một lần.`,
    },
  ]);
}

/** Received (at the counter, accepted online, or completed by a supplement): the clock runs, the appointment. */
export function receivedNotice(ctx: NoticeContext, appointmentAt: Date | null): Letter {
  return letter(ctx, 'đã được tiếp nhận', [
    { paragraph: `${ctx.agencyName} đã tiếp nhận hồ sơ của ${you(ctx)} và chuyển giải quyết.` },
    dossierFacts(ctx, ...appointment(appointmentAt)),
    { paragraph: `${You(ctx)} sẽ nhận được thông báo khi hồ sơ có kết quả hoặc khi cần bổ sung.` },
  ]);
}

/**
 * Mẫu 02: what to supplement and why. `received`: the dossier was received, so its clock is paused meanwhile;
 * before receipt it simply is not received yet.
 */
export function supplementNotice(
  ctx: NoticeContext,
  items: SupplementItem[],
  note: string | null,
  received: boolean,
): Letter {
  return letter(ctx, 'cần bổ sung, hoàn thiện', [
    {
      paragraph: `${ctx.agencyName} đề nghị ${you(ctx)} bổ sung, hoàn thiện hồ sơ${received ? '' : ' để được tiếp nhận'} với các nội dung sau:`,
    },
    items.length > 0 && { list: items.map((i) => (i.reason ? `${i.name}: ${i.reason}` : i.name)) },
    note ? { paragraph: `Ghi chú: ${note}` } : undefined,
    dossierFacts(ctx),
    {
      paragraph: ctx.hasAccount
        ? `${You(ctx)} có thể bổ sung trực tuyến trên trang hồ sơ theo đường dẫn dưới đây, hoặc nộp trực tiếp tại ${atCounter(ctx)}.`
        : `${You(ctx)} vui lòng mang giấy tờ bổ sung đến ${atCounter(ctx)}.`,
    },
    received && paused(ctx),
  ]);
}

/** The supplement was brought to a dossier already received: processing resumes, the appointment moved. */
export function resumedNotice(ctx: NoticeContext, appointmentAt: Date | null): Letter {
  return letter(ctx, 'đã nhận hồ sơ bổ sung, tiếp tục giải quyết', [
    {
      paragraph: `${ctx.agencyName} đã nhận đủ nội dung bổ sung; hồ sơ của ${you(ctx)} tiếp tục được giải quyết.`,
    },
    dossierFacts(ctx, ...appointment(appointmentAt)),
  ]);
}

/** A fee or financial obligation to pay: how much, what for; the clock is paused until it is paid. */
export function feeNotice(ctx: NoticeContext, amount: number, purpose: string): Letter {
  return letter(ctx, 'đề nghị thực hiện nghĩa vụ tài chính', [
    { paragraph: `Để tiếp tục giải quyết hồ sơ, ${you(ctx)} cần thực hiện nghĩa vụ tài chính sau:` },
    dossierFacts(ctx, ['Số tiền', dong(amount)], ['Nội dung', purpose]),
    {
      paragraph: ctx.hasAccount
        ? `${You(ctx)} có thể thanh toán trực tuyến trên trang hồ sơ theo đường dẫn dưới đây, hoặc nộp trực tiếp tại ${atCounter(ctx)}.`
        : `${You(ctx)} vui lòng nộp trực tiếp tại ${atCounter(ctx)}.`,
    },
    paused(ctx),
  ]);
}

/** The fee was paid: processing resumes with the appointment moved by the time it took. */
export function feePaidNotice(ctx: NoticeContext, appointmentAt: Date | null): Letter {
  return letter(ctx, 'đã hoàn thành nghĩa vụ tài chính', [
    {
      paragraph: `${ctx.agencyName} đã ghi nhận ${you(ctx)} hoàn thành nghĩa vụ tài chính; hồ sơ tiếp tục được giải quyết.`,
    },
    dossierFacts(ctx, ...appointment(appointmentAt)),
  ]);
}

/** Mẫu 03: refused, with the reasons; the dossier ends. */
export function refusedNotice(ctx: NoticeContext, reasons: string[], note: string | null): Letter {
  return letter(ctx, 'từ chối tiếp nhận, giải quyết', [
    {
      paragraph: `${ctx.agencyName} rất tiếc phải thông báo hồ sơ của ${you(ctx)} không được tiếp nhận, giải quyết vì:`,
    },
    { list: reasons },
    note ? { paragraph: `Ghi chú: ${note}` } : undefined,
    dossierFacts(ctx),
    {
      paragraph: `Hồ sơ đã kết thúc. Nếu cần được hướng dẫn thêm, ${you(ctx)} liên hệ ${atCounter(ctx)}.`,
    },
  ]);
}

/** The result is ready: how the applicant gets it, by the delivery they chose. */
export function resultReadyNotice(
  ctx: NoticeContext,
  delivery: ResultDelivery,
  postalAddress: string | null,
): Letter {
  const how: Record<ResultDelivery, string> = {
    counter: `Mời ${you(ctx)} đến nhận kết quả tại ${atCounter(ctx)}, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả và giấy tờ tùy thân.`,
    post: `Kết quả sẽ được gửi qua dịch vụ bưu chính công ích đến địa chỉ${postalAddress ? `: ${postalAddress}` : ` ${you(ctx)} đã đăng ký`}.`,
    online: `Kết quả sẽ được trả trực tuyến; ${you(ctx)} sẽ nhận được thông báo khi có thể tải kết quả về.`,
  };
  return letter(ctx, 'đã có kết quả', [
    { paragraph: `Hồ sơ của ${you(ctx)} đã được giải quyết xong.` },
    dossierFacts(ctx),
    { paragraph: how[delivery] },
  ]);
}

/** The result was handed back (at the counter, sent by post, or made available online). */
export function returnedNotice(
  ctx: NoticeContext,
  delivery: ResultDelivery,
  returnedAt: Date,
  tracking: string | null,
): Letter {
  const what: Record<ResultDelivery, string> = {
    counter: `Kết quả đã được trả trực tiếp tại ${atCounter(ctx)} lúc ${vietnamInstant(returnedAt)}.`,
    post: `Kết quả đã được gửi qua dịch vụ bưu chính công ích lúc ${vietnamInstant(returnedAt)}${tracking ? `, số hiệu bưu gửi ${tracking}` : ''}.`,
    online: `Kết quả đã được trả trực tuyến; ${you(ctx)} tải kết quả về theo đường dẫn dưới đây.`,
  };
  return letter(ctx, 'đã trả kết quả', [
    { paragraph: what[delivery] },
    dossierFacts(ctx),
    ctx.hasAccount && {
      paragraph: `Mời ${you(ctx)} đánh giá mức độ hài lòng về việc giải quyết hồ sơ trên trang hồ sơ.`,
    },
  ]);
}

/** Mẫu 04: the dossier runs late; the agency apologises, says why, and gives a new appointment. */
export function apologyNotice(ctx: NoticeContext, reason: string, newAppointmentAt: Date | null): Letter {
  return letter(ctx, 'xin lỗi và hẹn lại ngày trả kết quả', [
    {
      paragraph: `${ctx.agencyName} chân thành xin lỗi ${you(ctx)} vì hồ sơ chưa được giải quyết xong theo ngày hẹn.`,
    },
    dossierFacts(ctx, ['Lý do', reason], ...appointment(newAppointmentAt, 'Ngày hẹn trả kết quả mới')),
    { paragraph: `Mong ${you(ctx)} thông cảm.` },
  ]);
}

/** Withdrawn at the applicant's request: the dossier ends. */
export function withdrawnNotice(ctx: NoticeContext): Letter {
  return letter(ctx, 'đã được rút', [
    { paragraph: `Theo đề nghị của ${you(ctx)}, hồ sơ đã được rút và kết thúc giải quyết.` },
    dossierFacts(ctx),
  ]);
}
