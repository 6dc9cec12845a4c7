import { useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { templatesQuery } from '../templates/api.ts';
import { TemplateFile } from '../templates/TemplateFile.tsx';
import type { ProcedureTemplate } from '../templates/types.ts';
import type { ProcedureDetail, RequiredDocument } from '../types.ts';

interface Row extends RequiredDocument {
  key: string;
  /** the first document of its group carries the group's heading */
  heading: string | null;
}

/** The documents in the order published, each group's heading shown once, before its first document. */
function rowsOf(documents: RequiredDocument[]): Row[] {
  return documents.map((d, i) => ({
    ...d,
    key: String(i),
    heading: d.group && d.group !== documents[i - 1]?.group ? d.group : null,
  }));
}

/**
 * Templates kept for documents the procedure no longer lists (renamed or removed by an edit): the portal no
 * longer shows them; the keepers may remove them.
 */
function Unlisted({ procedure, templates }: { procedure: ProcedureDetail; templates: ProcedureTemplate[] }) {
  const { t } = useTranslation();
  const names = new Set(procedure.requiredDocuments.map((d) => d.name));
  const unlisted = templates.filter((template) => !names.has(template.document));
  if (unlisted.length === 0 || !procedure.can.manage) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      title={t('procedureTemplates.unlisted')}
      description={
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {unlisted.map((template) => (
            <li key={template.id}>
              <Typography.Text>{template.document}</Typography.Text>
              <TemplateFile
                procedureId={procedure.id}
                document={template.document}
                template={template}
                published={false}
                manage
              />
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Thành phần hồ sơ: what to prepare, with its template (as published, and the file the portal serves) and copies. */
export function DocumentsTab({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const templates = useQuery(templatesQuery(procedure.id));
  const byDocument = new Map((templates.data ?? []).map((template) => [template.document, template]));
  return (
    <>
      <Table<Row>
        size="small"
        pagination={false}
        dataSource={rowsOf(procedure.requiredDocuments)}
        locale={{ emptyText: t('procedures.noDocuments') }}
        scroll={{ x: 720 }}
        columns={[
          { title: '#', key: 'n', width: 48, render: (_, row) => Number(row.key) + 1 },
          {
            title: t('procedures.documentName'),
            key: 'name',
            render: (_, row) => (
              <>
                {row.heading ? (
                  <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
                    {row.heading}
                  </Typography.Text>
                ) : null}
                <span style={{ whiteSpace: 'pre-line' }}>{row.name}</span>
              </>
            ),
          },
          { title: t('procedures.template'), dataIndex: 'template', width: 200, responsive: ['md'] },
          {
            title: t('procedureTemplates.column'),
            key: 'file',
            width: 220,
            render: (_, row) => (
              <TemplateFile
                procedureId={procedure.id}
                document={row.name}
                template={byDocument.get(row.name)}
                published={procedure.active}
                manage={procedure.can.manage}
              />
            ),
          },
          { title: t('procedures.quantity'), dataIndex: 'quantity', width: 170 },
          {
            title: t('procedures.required'),
            key: 'required',
            width: 130,
            render: (_, row) =>
              row.required ? (
                <Tag color="blue">{t('procedures.required')}</Tag>
              ) : (
                <Tag>{t('procedures.sometimes')}</Tag>
              ),
          },
        ]}
      />
      <Unlisted procedure={procedure} templates={templates.data ?? []} />
    </>
  );
}
