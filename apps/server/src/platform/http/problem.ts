/**
 * RFC 9457 problem details. Every error the API returns is one of these: an English `type` (a URI naming
 * the kind of problem, stable for clients), a Vietnamese `title` and `detail` for people.
 */

export const problemKinds = {
  'validation-error': { status: 400, title: 'Dữ liệu không hợp lệ' },
  'malformed-json': { status: 400, title: 'Nội dung JSON không đọc được' },
  'unsupported-media-type': { status: 415, title: 'Định dạng nội dung không được hỗ trợ' },
  'payload-too-large': { status: 413, title: 'Nội dung gửi lên quá lớn' },
  unauthenticated: { status: 401, title: 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn' },
  'invalid-credentials': { status: 401, title: 'Tên đăng nhập hoặc mật khẩu không đúng' },
  'totp-required': { status: 401, title: 'Cần mã xác thực hai lớp' },
  'invalid-totp': { status: 401, title: 'Mã xác thực hai lớp không đúng' },
  'account-locked': { status: 429, title: 'Tài khoản tạm thời bị khóa' },
  'account-disabled': { status: 403, title: 'Tài khoản đã bị vô hiệu hóa' },
  'password-change-required': { status: 403, title: 'Cần đổi mật khẩu trước khi tiếp tục' },
  'weak-password': { status: 400, title: 'Mật khẩu chưa đủ mạnh' },
  forbidden: { status: 403, title: 'Không có quyền thực hiện thao tác này' },
  'cross-origin-request': { status: 403, title: 'Yêu cầu bị từ chối vì đến từ trang web khác' },
  'not-found': { status: 404, title: 'Không tìm thấy' },
  'method-not-allowed': { status: 405, title: 'Phương thức không được hỗ trợ' },
  conflict: { status: 409, title: 'Dữ liệu xung đột với dữ liệu đã có' },
  'rate-limited': { status: 429, title: 'Quá nhiều yêu cầu, vui lòng thử lại sau' },
  'sso-error': { status: 502, title: 'Đăng nhập một lần không thành công' },
  'service-unavailable': { status: 503, title: 'Hệ thống tạm thời không phục vụ được' },
  'internal-error': { status: 500, title: 'Lỗi hệ thống' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof problemKinds;

/** One field-level error: where (JSON pointer into the request) and what is wrong, in Vietnamese. */
export interface FieldError {
  pointer: string;
  detail: string;
}

export class Problem extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    kind: ProblemKind,
    detail?: string,
    options: {
      errors?: FieldError[];
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail ?? problemKinds[kind].title);
    this.name = 'Problem';
    this.kind = kind;
    this.status = problemKinds[kind].status;
    this.title = problemKinds[kind].title;
    this.detail = detail;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

export function problemTypeUri(baseUrl: string, kind: ProblemKind): string {
  return `${baseUrl.replace(/\/$/, '')}/api/problems/${kind}`;
}

export const notFound = (detail: string) => new Problem('not-found', detail);
export const forbidden = (detail?: string) => new Problem('forbidden', detail);
export const conflict = (detail: string) => new Problem('conflict', detail);
export const invalid = (detail: string, errors?: FieldError[]) =>
  new Problem('validation-error', detail, errors ? { errors } : {});
