import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, InputNumber, Select, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { SecondLine } from '../../shared/SecondLine.tsx';
import { dossierApi, SCAN_TYPES } from '../api.ts';
import { copyKindLabel } from '../labels.tsx';
import { copyKinds, type RequiredDocument } from '../types.ts';
import type { ChecklistRow } from './receipt-body.ts';

/**
 * The required documents of the procedure (thành phần hồ sơ) as a checklist: for each, whether it was
 * handed in, as what (original, copy…), how many paper copies, and optionally its scan, uploaded at once.
 */
export function DocumentChecklist({ documents }: { documents: RequiredDocument[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch<ChecklistRow[] | undefined>('checklist') ?? []) as ChecklistRow[];
  const set = (index: number, patch: Partial<ChecklistRow>) =>
    form.setFieldValue(['checklist', index], { ...rows[index], ...patch });
  return (
    <Table<RequiredDocument & { index: number }>
      rowKey="index"
      size="small"
      pagination={false}
      dataSource={documents.map((d, index) => ({ ...d, index }))}
      scroll={{ x: 760 }}
      columns={[
        {
          title: t('dossiers.checklist.handed'),
          key: 'handed',
          width: 80,
          render: (_, d) => (
            <Form.Item name={['checklist', d.index, 'handed']} valuePropName="checked" noStyle>
              <Checkbox aria-label={t('dossiers.checklist.handedOf', { name: d.name })} />
            </Form.Item>
          ),
        },
        {
          title: t('dossiers.checklist.document'),
          key: 'name',
          render: (_, d) => (
            <>
              {d.name} {d.required ? <Tag color="red">{t('dossiers.checklist.required')}</Tag> : null}
              <SecondLine>
                {[d.quantity, d.template ? t('dossiers.checklist.template', { template: d.template }) : '']
                  .filter(Boolean)
                  .join(' · ')}
              </SecondLine>
            </>
          ),
        },
        {
          title: t('dossiers.checklist.copyKind'),
          key: 'copyKind',
          width: 190,
          render: (_, d) => (
            <Form.Item name={['checklist', d.index, 'copyKind']} noStyle>
              <Select
                aria-label={t('dossiers.checklist.copyKindOf', { name: d.name })}
                disabled={!rows[d.index]?.handed}
                options={copyKinds.map((k) => ({ value: k, label: copyKindLabel(t, k) }))}
                style={{ width: '100%' }}
              />
            </Form.Item>
          ),
        },
        {
          title: t('dossiers.checklist.quantity'),
          key: 'quantity',
          width: 90,
          render: (_, d) => (
            <Form.Item name={['checklist', d.index, 'quantity']} noStyle>
              <InputNumber
                aria-label={t('dossiers.checklist.quantityOf', { name: d.name })}
                disabled={!rows[d.index]?.handed}
                min={0}
                max={100}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          ),
        },
        {
          title: t('dossiers.checklist.scan'),
          key: 'scan',
          width: 220,
          render: (_, d) => (
            <ScanCell name={d.name} row={rows[d.index]} onChange={(patch) => set(d.index, patch)} />
          ),
        },
      ]}
    />
  );
}

/** The scan of one document: upload (which ticks the row), or the file uploaded and a way to drop it. */
function ScanCell({
  name,
  row,
  onChange,
}: {
  name: string;
  row: ChecklistRow | undefined;
  onChange: (patch: Partial<ChecklistRow>) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  if (row?.blobId)
    return (
      <Flex gap={4} align="center">
        <Typography.Text ellipsis style={{ maxWidth: 160 }} title={row.fileName ?? ''}>
          {row.fileName}
        </Typography.Text>
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('dossiers.checklist.removeScan', { name })}
          onClick={() => onChange({ blobId: null, fileName: null })}
        />
      </Flex>
    );
  return (
    <Upload
      accept={SCAN_TYPES}
      showUploadList={false}
      beforeUpload={(file) => {
        setUploading(true);
        dossierApi
          .stage(file)
          .then((staged) => onChange({ handed: true, blobId: staged.blobId, fileName: staged.fileName }))
          .catch((error: unknown) => void message.error(problemText(error, t('common.unexpectedError'))))
          .finally(() => setUploading(false));
        return false;
      }}
    >
      <Button size="small" icon={<UploadOutlined aria-hidden />} loading={uploading}>
        {t('dossiers.checklist.upload')}
      </Button>
    </Upload>
  );
}
