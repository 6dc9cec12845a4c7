import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';

/** A query that failed: forbidden and not-found get their own page, anything else an alert with retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) {
    return (
      <Result
        status="403"
        title={t('common.forbiddenTitle')}
        subTitle={error.problem.detail ?? error.message}
      />
    );
  }
  if (isApiError(error) && error.status === 404) {
    return <Result status="404" title={error.problem.title} subTitle={error.problem.detail} />;
  }
  const detail = isApiError(error)
    ? (error.problem.detail ?? error.problem.title)
    : t('common.unexpectedError');
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.errorTitle')}
      description={detail}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
