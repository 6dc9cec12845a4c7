import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../calendar/dates.ts';
import { DocumentLink } from '../documents/DocumentTable.tsx';
import { StatusTag } from '../documents/labels.tsx';
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import { SecondLine } from '../shared/SecondLine.tsx';
import { useActionMutation } from '../shared/useActionMutation.ts';
import { contentsExportUrl, workFileApi } from './api.ts';
import { DocumentPicker } from './DocumentPicker.tsx';
import type { WorkFileDetail, WorkFileItem } from './types.ts';

/**
 * The documents of a file in their order (mục lục văn bản): those the user may see; while the file is open
 * and theirs to change, documents are added at the end, moved up or down, and taken out.
 */
export function WorkFileDocuments({
  file,
  onChanged,
}: {
  file: WorkFileDetail;
  onChanged: (next: WorkFileDetail) => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | undefined>();
  const ids = file.documents.map((d) => d.document.id);
  const add = useActionMutation({
    mutationFn: (documentId: string) => workFileApi.addDocument(file.id, documentId),
    onSuccess: (next) => {
      setPicked(undefined);
      onChanged(next);
    },
    success: t('workFiles.documentAdded'),
  });
  const remove = useActionMutation({
    mutationFn: (documentId: string) => workFileApi.removeDocument(file.id, documentId),
    onSuccess: onChanged,
    success: t('workFiles.documentRemoved'),
  });
  const reorder = useActionMutation({
    mutationFn: (order: string[]) => workFileApi.reorder(file.id, order),
    onSuccess: onChanged,
    success: t('workFiles.reordered'),
  });
  const move = (index: number, by: -1 | 1) => {
    const order = [...ids];
    const [moved] = order.splice(index, 1);
    order.splice(index + by, 0, moved!);
    reorder.mutate(order);
  };
  const hidden = file.documentCount - file.documents.length;

  const columns: TableColumnsType<WorkFileItem> = [
    {
      title: t('workFiles.position'),
      key: 'position',
      width: 56,
      align: 'right',
      render: (_, __, i) => i + 1,
    },
    {
      title: t('documents.reference'),
      key: 'reference',
      width: 150,
      render: (_, item) => (
        <>
          {item.document.reference ?? t('common.none')}
          <SecondLine>{formatDate(t, item.document.issuedOn)}</SecondLine>
        </>
      ),
    },
    {
      title: t('documents.subject'),
      key: 'subject',
      render: (_, item) => <DocumentLink document={item.document} />,
    },
    {
      title: t('workFiles.pages'),
      dataIndex: 'pageCount',
      width: 70,
      align: 'right',
      responsive: ['md'],
      render: (n: number | null) => n ?? t('common.none'),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 140,
      responsive: ['lg'],
      render: (_, item) => <StatusTag status={item.document.status} />,
    },
    ...(file.can.edit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, item: WorkFileItem, index: number) => (
              <Flex gap={4}>
                <Tooltip title={t('workFiles.moveUp')}>
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined aria-hidden />}
                    aria-label={`${t('workFiles.moveUp')}: ${item.document.subject}`}
                    disabled={index === 0 || reorder.isPending}
                    onClick={() => move(index, -1)}
                  />
                </Tooltip>
                <Tooltip title={t('workFiles.moveDown')}>
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined aria-hidden />}
                    aria-label={`${t('workFiles.moveDown')}: ${item.document.subject}`}
                    disabled={index === ids.length - 1 || reorder.isPending}
                    onClick={() => move(index, 1)}
                  />
                </Tooltip>
                <ConfirmButton
                  size="small"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`${t('workFiles.removeDocument')}: ${item.document.subject}`}
                  confirm={t('workFiles.removeDocumentConfirm')}
                  okText={t('workFiles.removeDocument')}
                  onConfirm={() => remove.mutateAsync(item.document.id)}
                />
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('workFiles.documents', { count: file.documentCount })}
      extra={
        <Button size="small" icon={<DownloadOutlined aria-hidden />} href={contentsExportUrl(file.id)}>
          {t('workFiles.exportContents')}
        </Button>
      }
    >
      {file.can.edit ? (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <DocumentPicker agencyId={file.agencyId} exclude={ids} value={picked} onChange={setPicked} />
          <Button
            type="primary"
            disabled={!picked}
            loading={add.isPending}
            onClick={() => picked && add.mutate(picked)}
          >
            {t('workFiles.addDocument')}
          </Button>
        </Flex>
      ) : null}
      {hidden > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('workFiles.hiddenDocuments', { count: hidden })}
        />
      ) : null}
      <Table<WorkFileItem>
        rowKey={(item) => item.document.id}
        size="small"
        columns={columns}
        dataSource={file.documents}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('workFiles.noDocuments') }}
      />
      {file.documents.length > 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {t('workFiles.orderHint')}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
