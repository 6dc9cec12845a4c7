import type { ErrorComponentProps } from '@tanstack/react-router';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../shared/QueryError.tsx';

/** A page that failed to load or render. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  if (error instanceof Error && error.name !== 'ApiError') {
    return <Result status="error" title={t('common.unexpectedError')} subTitle={error.message} />;
  }
  return (
    <div style={{ padding: 24 }}>
      <QueryError error={error} onRetry={reset} />
    </div>
  );
}
