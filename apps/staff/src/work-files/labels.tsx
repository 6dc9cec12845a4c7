import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkFileStatus } from './types.ts';

/** Đang mở (documents still go in) or đã kết thúc (the file no longer changes). */
export function WorkFileStatusTag({ status }: { status: WorkFileStatus }) {
  const { t } = useTranslation();
  return status === 'open' ? (
    <Tag color="processing">{t('workFiles.status.open')}</Tag>
  ) : (
    <Tag color="default">{t('workFiles.status.closed')}</Tag>
  );
}
