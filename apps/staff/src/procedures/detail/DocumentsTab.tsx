import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
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

/** Thành phần hồ sơ: what to prepare, with its template and number of copies. */
export function DocumentsTab({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  return (
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
        { title: t('procedures.template'), dataIndex: 'template', width: 220, responsive: ['md'] },
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
  );
}
