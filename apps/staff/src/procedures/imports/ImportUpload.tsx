import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { IMPORT_FILE_TYPES, importApi, importKeys } from './api.ts';
import type { ImportDetail } from './types.ts';

/** Where a file of the national catalogue is dropped; read and checked by the server, then previewed. */
export function ImportUpload({ onUploaded }: { onUploaded: (created: ImportDetail) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => importApi.upload(file),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: importKeys.all });
      onUploaded(created);
    },
  });
  return (
    <>
      {upload.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={problemText(upload.error, t('common.unexpectedError'))}
        />
      ) : null}
      <Upload.Dragger
        accept={IMPORT_FILE_TYPES}
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        customRequest={({ file }) => upload.mutate(file as File)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">
          {upload.isPending ? t('common.loading') : t('procedureImports.drop')}
        </p>
        <p className="ant-upload-hint">{t('procedureImports.dropHint')}</p>
      </Upload.Dragger>
    </>
  );
}
