import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Keyed, keyed } from '../labels.tsx';
import type { LegalReference, ProcedureDetail, ProcedureResult } from '../types.ts';

/** Kết quả thực hiện with their codes, and the legal documents the procedure rests on. */
export function ResultsTab({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('procedures.parts.results')}
        </Typography.Title>
        <Table<Keyed<ProcedureResult>>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={keyed(procedure.results)}
          locale={{ emptyText: t('procedures.noResults') }}
          columns={[
            { title: t('procedures.resultName'), dataIndex: 'name' },
            { title: t('procedures.resultCode'), dataIndex: 'code', width: 200 },
          ]}
        />
      </div>
      <div>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('procedures.parts.legalBasis')}
        </Typography.Title>
        <Table<Keyed<LegalReference>>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={keyed(procedure.legalBasis)}
          locale={{ emptyText: t('procedures.noLegalBasis') }}
          columns={[
            { title: t('procedures.legalTitle'), dataIndex: 'title' },
            {
              title: t('procedures.legalReference'),
              dataIndex: 'reference',
              width: 220,
              render: (reference: string) => <Typography.Text strong>{reference}</Typography.Text>,
            },
          ]}
        />
      </div>
    </Space>
  );
}
