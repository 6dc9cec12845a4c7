import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type FieldError, Problem, type ProblemKind, problemTypeUri } from './problem.ts';

interface PgError {
  code: string;
  constraint?: string;
  detail?: string;
}

function isPgError(error: unknown): error is PgError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as PgError).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((error as PgError).code) &&
    'severity' in error
  );
}

/** Database constraint names → what the user did wrong, in words. */
const constraintMessages: Record<string, string> = {
  agencies_code_key: 'Mã định danh này đã được dùng cho cơ quan khác',
  departments_agency_id_abbreviation_key: 'Cơ quan đã có phòng, ban với chữ viết tắt này',
  users_username: 'Tên đăng nhập đã tồn tại',
  users_official_id_key: 'Cán bộ này đã có tài khoản',
  users_oidc_subject_key: 'Danh tính đăng nhập một lần đã gắn với tài khoản khác',
  role_assignments_unique: 'Người dùng đã có vai trò này tại cơ quan này',
  roles_pkey: 'Mã vai trò đã tồn tại',
};

function fromPgError(error: PgError): Problem | undefined {
  const known = error.constraint ? constraintMessages[error.constraint] : undefined;
  switch (error.code) {
    case '23505':
      return new Problem('conflict', known ?? 'Dữ liệu trùng với bản ghi đã có');
    case '23503':
      return new Problem(
        'conflict',
        known ?? 'Dữ liệu đang được tham chiếu hoặc tham chiếu tới bản ghi không tồn tại',
      );
    case '23514':
    case '23502':
    case '22001':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new Problem('validation-error', known ?? 'Giá trị không hợp lệ hoặc vượt quá giới hạn cho phép');
    case '40001':
    case '40P01':
      return new Problem('conflict', 'Dữ liệu vừa được người khác thay đổi, vui lòng thử lại');
    case '57P01':
    case '57P03':
    case '08006':
    case '08001':
      return new Problem('service-unavailable', 'Cơ sở dữ liệu tạm thời không sẵn sàng');
    default:
      return undefined;
  }
}

function pointerOf(instancePath: string, context: string | undefined): string {
  const part = (context ?? 'body').replace(/^\//, '');
  return `/${part}${instancePath}`.replace(/\/$/, '');
}

/** Maps anything thrown by a route, Fastify itself or the database to a Problem. */
export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = [];
    for (const v of error.validation) {
      const pointer = pointerOf(v.instancePath, error.validationContext);
      // zod keeps checking a value of the wrong type ("at least 2 characters" of an array): one error a field
      if (errors.some((e) => e.pointer === pointer)) continue;
      errors.push({ pointer, detail: v.message ?? 'Giá trị không hợp lệ' });
    }
    return new Problem('validation-error', errors.map((e) => `${e.pointer}: ${e.detail}`).join('; '), {
      errors,
    });
  }
  if (isPgError(error)) {
    const mapped = fromPgError(error);
    if (mapped) return mapped;
  }
  const fastifyError = error as FastifyError;
  const byCode: Record<string, [ProblemKind, string]> = {
    FST_ERR_CTP_INVALID_JSON_BODY: ['malformed-json', 'Nội dung gửi lên không phải JSON hợp lệ'],
    FST_ERR_CTP_EMPTY_JSON_BODY: ['malformed-json', 'Nội dung JSON trống'],
    FST_ERR_CTP_BODY_TOO_LARGE: ['payload-too-large', 'Nội dung gửi lên vượt quá giới hạn cho phép'],
    FST_REQ_FILE_TOO_LARGE: ['payload-too-large', 'Tệp gửi lên vượt quá dung lượng cho phép'],
    FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', 'Hãy gửi nội dung dạng application/json'],
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['validation-error', 'Độ dài nội dung (Content-Length) không đúng'],
    FST_ERR_VALIDATION: ['validation-error', 'Dữ liệu gửi lên không hợp lệ'],
    FST_INVALID_MULTIPART_CONTENT_TYPE: ['unsupported-media-type', 'Hãy gửi tệp dạng multipart/form-data'],
  };
  const known = fastifyError.code ? byCode[fastifyError.code] : undefined;
  if (known) return new Problem(known[0], known[1]);
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new Problem('malformed-json', 'Nội dung gửi lên không phải JSON hợp lệ');
  }
  if (fastifyError.statusCode === 429) return new Problem('rate-limited');
  if (fastifyError.statusCode === 413) return new Problem('payload-too-large');
  if (fastifyError.statusCode === 415) return new Problem('unsupported-media-type');
  if (
    typeof fastifyError.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return new Problem('validation-error', 'Yêu cầu không hợp lệ');
  }
  return new Problem(
    'internal-error',
    'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại hoặc báo quản trị viên kèm mã yêu cầu.',
  );
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem, baseUrl: string) {
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: problemTypeUri(baseUrl, problem.kind),
      title: problem.title,
      status: problem.status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      instance: request.url.split('?')[0],
      requestId: request.id,
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...problem.extensions,
    });
}

export function installErrorHandlers(app: FastifyInstance, baseUrl: string): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
    }
    return sendProblem(reply, request, problem, baseUrl);
  });
  app.setNotFoundHandler((request, reply) => {
    // a browser lost on the public site gets the portal's page; API clients get a problem document
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      /text\/html/.test(request.headers.accept ?? '');
    if (wantsPage && app.portalNotFound) return app.portalNotFound(request, reply);
    return sendProblem(
      reply,
      request,
      new Problem('not-found', `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}`),
      baseUrl,
    );
  });
}
