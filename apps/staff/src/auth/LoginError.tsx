import { Alert } from 'antd';
import { isApiError } from '../api/problem.ts';

/** Why the login failed, in the server's words (the lockout says when to try again). */
export function LoginError({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = isApiError(error) ? error.problem : undefined;
  const title = problem?.title ?? String((error as Error).message ?? error);
  const detail = problem?.detail && problem.detail !== problem.title ? problem.detail : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      {...(detail ? { description: detail } : {})}
      style={{ marginBottom: 16 }}
      data-testid="login-error"
    />
  );
}
