import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from './types.ts';

const colours: Record<ImportStatus, string> = {
  previewed: 'gold',
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'default',
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`procedureImports.status.${status}`)}</Tag>;
}
