import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { TEMPLATE_TYPES, templateApi, templateKeys } from './api.ts';
import type { ProcedureTemplate } from './types.ts';

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString()} KB`;

interface Props {
  procedureId: string;
  /** The required document's name. */
  document: string;
  template: ProcedureTemplate | undefined;
  /** The procedure is in use: the portal serves its templates. */
  published: boolean;
  /** The person keeps the catalogue: upload, replace, remove. */
  manage: boolean;
}

/**
 * The template file of one document to prepare: a link to it as the portal serves it, and for the keepers of
 * the catalogue, uploading, replacing (the portal's address stays) and removing it.
 */
export function TemplateFile({ procedureId, document, template, published, manage }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: templateKeys.of(procedureId) });
  const failed = (error: unknown) => void message.error(problemText(error, t('common.unexpectedError')));
  const upload = useMutation({
    mutationFn: (file: File) => templateApi.upload(procedureId, document, file),
    onSuccess: (saved) => {
      void message.success(t('procedureTemplates.uploaded', { name: saved.fileName }));
      void refresh();
    },
    onError: failed,
  });

  return (
    <Flex vertical gap={4} align="start">
      {template ? (
        <Flex gap={6} align="baseline" wrap>
          <PaperClipOutlined aria-hidden />
          {published ? <a href={template.publicPath}>{template.fileName}</a> : template.fileName}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {kilobytes(template.size)}
          </Typography.Text>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('procedureTemplates.none')}</Typography.Text>
      )}
      {manage ? (
        <Flex gap={4} wrap>
          <Upload
            showUploadList={false}
            accept={TEMPLATE_TYPES}
            customRequest={({ file, onSuccess, onError }) => {
              upload.mutateAsync(file as File).then(onSuccess, (error: Error) => onError?.(error));
            }}
          >
            <Button
              size="small"
              icon={<UploadOutlined aria-hidden />}
              loading={upload.isPending}
              aria-label={t(template ? 'procedureTemplates.replaceFor' : 'procedureTemplates.uploadFor', {
                name: document,
              })}
            >
              {template ? t('procedureTemplates.replace') : t('procedureTemplates.upload')}
            </Button>
          </Upload>
          {template ? (
            <ConfirmButton
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('procedureTemplates.removeFor', { name: template.fileName })}
              confirm={t('procedureTemplates.removeConfirm', { name: template.fileName })}
              okText={t('procedureTemplates.remove')}
              onConfirm={() =>
                templateApi.remove(procedureId, template.id).then(() => {
                  void message.success(t('procedureTemplates.removed', { name: template.fileName }));
                  return refresh();
                }, failed)
              }
            >
              {t('procedureTemplates.remove')}
            </ConfirmButton>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
}
