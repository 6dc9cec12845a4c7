import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/format.ts';

/** A due date and time; in red with "quá hạn" once past while the work is still open. */
export function DueText({
  dueAt,
  open = true,
  overdue,
}: {
  dueAt: string | null;
  open?: boolean;
  /** the server's word; otherwise judged by the clock */
  overdue?: boolean;
}) {
  const { t } = useTranslation();
  if (!dueAt) return <Typography.Text type="secondary">{t('documents.noDue')}</Typography.Text>;
  const late = open && (overdue ?? new Date(dueAt).getTime() < Date.now());
  return late ? (
    <Typography.Text type="danger" strong>
      {formatDateTime(dueAt)} ({t('documents.overdue')})
    </Typography.Text>
  ) : (
    <Typography.Text>{formatDateTime(dueAt)}</Typography.Text>
  );
}
