import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { formatDateTime } from '../../shared/format.ts';
import { ATTACHMENT_TYPES, documentApi, fileUrl } from '../api.ts';
import type { DocumentDetail } from '../types.ts';
import { FileTextTag, useFileTextRefresh } from './FileTextTag.tsx';

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(0)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

/** The document's files, to download (each file of a draft a new version of it); adding one when the server allows. */
export function FilesCard({ document, onChanged }: { document: DocumentDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  useFileTextRefresh(document.id, document.files);
  return (
    <Card
      size="small"
      title={t('documents.files')}
      extra={
        document.can.upload ? (
          <Upload
            showUploadList={false}
            accept={ATTACHMENT_TYPES}
            customRequest={({ file, onSuccess, onError }) => {
              documentApi
                .upload(document.id, file as File)
                .then((saved) => {
                  onSuccess?.(saved);
                  void message.success(t('documents.fileAdded', { name: saved.fileName }));
                  onChanged();
                })
                .catch((error: unknown) => {
                  onError?.(error as Error);
                  void message.error(problemText(error, t('common.unexpectedError')));
                });
            }}
          >
            <Button size="small" icon={<UploadOutlined aria-hidden />}>
              {t('documents.upload')}
            </Button>
          </Upload>
        ) : null
      }
    >
      {document.files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.noFiles')} />
      ) : (
        <ul aria-label={t('documents.files')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {document.files.map((f) => (
            <li key={f.id} style={{ padding: '4px 0' }}>
              <Flex gap={8} align="baseline" wrap>
                <PaperClipOutlined aria-hidden />
                <a href={fileUrl(document.id, f.id)} download={f.fileName}>
                  {f.fileName}
                </a>
                {f.version ? <Tag color="blue">{t('documents.version', { n: f.version })}</Tag> : null}
                <FileTextTag status={f.textStatus} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {size(f.size)} · {formatDateTime(f.createdAt)}
                </Typography.Text>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
