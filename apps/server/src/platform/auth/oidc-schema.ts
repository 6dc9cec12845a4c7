import { z } from '../http/zod-vietnamese.ts';

export const oidcLoginQuery = z.strictObject({
  returnTo: z
    .string()
    .optional()
    .describe('Trang của ứng dụng cán bộ sẽ mở sau khi đăng nhập (chỉ đường dẫn tương đối dưới /staff/)'),
});

/**
 * The authorization response as the identity provider sends it. Loose: providers add their own parameters
 * (session_state, scope, …); openid-client reads and checks the raw URL itself.
 */
export const oidcCallbackQuery = z.looseObject({
  code: z.string().optional().describe('Mã cấp quyền (authorization code)'),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

export const redirect = z.null().describe('Chuyển hướng (xem tiêu đề Location)');

/**
 * Why single sign-on failed, as sent to the login page in `/staff/login?error=sso&reason=…`. Codes only go in
 * the address (never free text, which another site could otherwise choose); the page shows these messages.
 */
export const ssoFailureMessages = {
  state: 'Phiên đăng nhập một lần đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
  denied: 'Bạn đã hủy đăng nhập tại hệ thống định danh.',
  provider: 'Hệ thống định danh trả về kết quả không hợp lệ. Vui lòng thử lại hoặc liên hệ quản trị viên.',
  unavailable: 'Không kết nối được với hệ thống định danh. Vui lòng thử lại sau.',
  no_username: 'Hệ thống định danh không cung cấp tên đăng nhập cho tài khoản này. Liên hệ quản trị viên.',
  unknown_user:
    'Danh tính này chưa có tài khoản CôngSở. Tài khoản do quản trị viên cơ quan tạo; hãy liên hệ quản trị viên.',
  disabled: 'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị viên cơ quan.',
  linked_elsewhere:
    'Tài khoản CôngSở này đã gắn với một danh tính đăng nhập một lần khác. Liên hệ quản trị viên.',
} as const;

export type SsoFailureReason = keyof typeof ssoFailureMessages;
