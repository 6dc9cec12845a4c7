/** One field-level error from the server: a JSON pointer into the request and what is wrong there. */
export interface FieldProblem {
  pointer: string;
  detail: string;
}

/** RFC 9457 problem details as the CôngSở API sends them (Vietnamese `title` and `detail`). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
  retryAfterSeconds?: number;
  totpRequired?: boolean;
}

/** A failed API call; `kind` is the last segment of the problem type (`invalid-credentials`, …). */
export class ApiError extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get kind(): string {
    return this.problem.type.split('/').pop() ?? '';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The text to show a person for a failure: the server's detail, else its title. */
export function problemText(error: unknown, fallback: string): string {
  if (isApiError(error)) return error.problem.detail ?? error.problem.title;
  return fallback;
}
