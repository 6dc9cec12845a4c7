import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysText } from './step-rows.ts';
import type { ProcessingStep } from './types.ts';
import { useRoleNames } from './useRoleNames.ts';

/** The processing steps at an agency, to read (for those who do not keep them). */
export function StepsTable({ steps }: { steps: ProcessingStep[] }) {
  const { t, i18n } = useTranslation();
  const roleNames = useRoleNames();
  const columns: TableColumnsType<ProcessingStep> = [
    { title: '#', dataIndex: 'position', width: 44 },
    { title: t('procedureSteps.name'), dataIndex: 'name' },
    {
      title: t('procedureSteps.role'),
      dataIndex: 'role',
      width: 160,
      render: (role: ProcessingStep['role']) => roleNames[role],
    },
    {
      title: t('procedureSteps.handlerAgency'),
      key: 'handler',
      render: (_, step) =>
        step.handlerDepartment
          ? `${step.handlerDepartment.name} – ${step.handlerAgency.name}`
          : step.handlerAgency.name,
    },
    {
      title: t('procedureSteps.days'),
      dataIndex: 'days',
      width: 110,
      align: 'right',
      render: (days: number) => daysText(days, i18n.language),
    },
  ];
  return (
    <Table<ProcessingStep>
      rowKey="position"
      size="small"
      dataSource={steps}
      columns={columns}
      pagination={false}
    />
  );
}
