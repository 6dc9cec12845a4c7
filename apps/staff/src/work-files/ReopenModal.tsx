import { useTranslation } from 'react-i18next';
import { TextActionModal } from '../documents/detail/TextActionModal.tsx';
import { workFileApi } from './api.ts';
import type { WorkFileDialogProps } from './dialog.ts';

/** Mở lại hồ sơ: a keeper of the plan opens a closed file again, saying why (kept in the audit log). */
export function ReopenModal({ file, onSaved, onClose }: WorkFileDialogProps) {
  const { t } = useTranslation();
  return (
    <TextActionModal
      name="reopen-work-file"
      title={t('workFiles.reopenTitle')}
      okText={t('workFiles.reopen')}
      field="reason"
      label={t('workFiles.reason')}
      submit={(reason) => workFileApi.reopen(file.id, reason)}
      onSaved={onSaved}
      onClose={onClose}
    />
  );
}
