import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { formatDateTime } from '../../shared/format.ts';
import { SecondLine } from '../../shared/SecondLine.tsx';
import { dossierApi, dossierFileUrl, SCAN_TYPES } from '../api.ts';
import { copyKindLabel, fileKindLabel } from '../labels.tsx';
import type { DossierDetail, DossierFile } from '../types.ts';

/**
 * What the applicant handed in, against what the procedure requires, and the files of the dossier (scans,
 * supplements, working files, the result); the counter adds scans of papers handed in.
 */
export function DocumentsTab({ dossier, onChanged }: { dossier: DossierDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const handed = new Set(
    dossier.files.filter((f) => f.kind === 'submitted' || f.kind === 'supplement').map((f) => f.requirement),
  );
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={5}>{t('dossiers.requiredDocuments')}</Typography.Title>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {dossier.procedure.requiredDocuments.map((d) => (
            <li key={d.name}>
              {d.name} {d.required ? <Tag color="red">{t('dossiers.checklist.required')}</Tag> : null}
              {handed.has(d.name) ? (
                <Tag color="green">{t('dossiers.handedIn')}</Tag>
              ) : (
                <Tag>{t('dossiers.notHandedIn')}</Tag>
              )}
            </li>
          ))}
        </ul>
      </div>
      {dossier.mayAddScans ? <AddScan dossier={dossier} onChanged={onChanged} /> : null}
      <Table<DossierFile>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={dossier.files}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('dossiers.noFiles') }}
        columns={[
          {
            title: t('dossiers.checklist.document'),
            key: 'requirement',
            render: (_, f) => (
              <>
                {f.requirement ?? fileKindLabel(t, f.kind)}
                <SecondLine>{fileKindLabel(t, f.kind)}</SecondLine>
              </>
            ),
          },
          {
            title: t('dossiers.checklist.copyKind'),
            key: 'copy',
            width: 190,
            render: (_, f) =>
              f.copyKind
                ? `${copyKindLabel(t, f.copyKind)}${f.quantity ? ` × ${f.quantity}` : ''}`
                : t('common.none'),
          },
          {
            title: t('dossiers.file'),
            key: 'file',
            width: 240,
            render: (_, f) =>
              f.fileName && f.size !== null ? (
                <a href={dossierFileUrl(dossier.id, f.id)} download={f.fileName}>
                  <PaperClipOutlined aria-hidden /> {f.fileName}
                </a>
              ) : (
                <Typography.Text type="secondary">{t('dossiers.paperOnly')}</Typography.Text>
              ),
          },
          {
            title: t('dossiers.addedAt'),
            key: 'added',
            width: 170,
            render: (_, f) => (
              <>
                {formatDateTime(f.addedAt)}
                <SecondLine>{f.addedBy?.name}</SecondLine>
              </>
            ),
          },
        ]}
      />
    </Flex>
  );
}

/** The counter scans a paper handed in (or brought as a supplement) and adds it to the dossier. */
function AddScan({ dossier, onChanged }: { dossier: DossierDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [requirement, setRequirement] = useState<string | undefined>();
  const [uploading, setUploading] = useState(false);
  const kind = dossier.status === 'supplement_requested' ? 'supplement' : 'submitted';
  return (
    <Flex gap={8} wrap align="center">
      <Select<string>
        aria-label={t('dossiers.scanFor')}
        placeholder={t('dossiers.scanFor')}
        allowClear
        value={requirement}
        onChange={setRequirement}
        options={dossier.procedure.requiredDocuments.map((d) => ({ value: d.name, label: d.name }))}
        style={{ minWidth: 320 }}
      />
      <Upload
        accept={SCAN_TYPES}
        showUploadList={false}
        beforeUpload={(file) => {
          setUploading(true);
          dossierApi
            .attach(dossier.id, file, { kind, requirement })
            .then((saved) => {
              void message.success(t('dossiers.scanAdded', { name: saved.fileName }));
              onChanged();
            })
            .catch((error: unknown) => void message.error(problemText(error, t('common.unexpectedError'))))
            .finally(() => setUploading(false));
          return false;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={uploading}>
          {t('dossiers.addScan')}
        </Button>
      </Upload>
    </Flex>
  );
}
