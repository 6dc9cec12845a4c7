import { html } from '../html.ts';

export interface CodeMessageInput {
  purpose: 'verify' | 'reset';
  code: string;
  /** Who it is for, as they named themselves. */
  displayName: string;
  siteName: string;
  /** Minutes the code stays valid. */
  minutes: number;
  /** The page to enter the code on (absolute, for an email). */
  link: string;
}

const what = {
  verify: {
    subject: 'Mã xác thực tài khoản dịch vụ công',
    lead: 'Mã xác thực tài khoản của bạn là',
    ignore: 'Nếu bạn không đăng ký tài khoản, hãy bỏ qua thư này.',
    short: 'mã xác thực tài khoản',
  },
  reset: {
    subject: 'Mã đặt lại mật khẩu tài khoản dịch vụ công',
    lead: 'Mã đặt lại mật khẩu của bạn là',
    ignore: 'Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.',
    short: 'mã đặt lại mật khẩu',
  },
} as const;

/** The email carrying a one-time code, in Vietnamese: a plain-text body and the same as simple HTML. */
export function codeEmail(input: CodeMessageInput): { subject: string; text: string; html: string } {
  const w = what[input.purpose];
  const text = [
    `Xin chào ${input.displayName},`,
    '',
    `${w.lead}: ${input.code}`,
    '',
    `Mã có hiệu lực trong ${input.minutes} phút và chỉ dùng được một lần. Nhập mã tại: ${input.link}`,
    '',
    'Không cung cấp mã này cho bất kỳ ai, kể cả người tự xưng là cán bộ.',
    w.ignore,
    '',
    input.siteName,
  ].join('\n');
  const body = html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${w.subject}</title></head>
<body style="font-family: Arial, sans-serif; color: #1a1a1a; line-height: 1.5">
<p>Xin chào ${input.displayName},</p>
<p>${w.lead}:</p>
<p style="font-size: 1.75rem; font-weight: 700; letter-spacing: .25em">${input.code}</p>
<p>Mã có hiệu lực trong ${input.minutes} phút và chỉ dùng được một lần. <a href="${input.link}">Nhập mã tại đây</a>.</p>
<p>Không cung cấp mã này cho bất kỳ ai, kể cả người tự xưng là cán bộ.</p>
<p>${w.ignore}</p>
<p>${input.siteName}</p>
</body></html>`;
  return { subject: `${w.subject} – ${input.siteName}`, text, html: body.__html };
}

/** The SMS carrying a one-time code: the code first, so a phone can offer to fill it in. */
export function codeSms(input: Pick<CodeMessageInput, 'purpose' | 'code' | 'minutes'>): string {
  return `${input.code} là ${what[input.purpose].short} dịch vụ công, hiệu lực ${input.minutes} phút. Không cung cấp mã này cho bất kỳ ai.`;
}
