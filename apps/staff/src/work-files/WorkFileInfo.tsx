import { Link } from '@tanstack/react-router';
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../calendar/dates.ts';
import { WorkFileStatusTag } from './labels.tsx';
import type { WorkFileDetail } from './types.ts';

/** What a file is: codes, year, retention, who keeps it, the plan entry, and its opening and closing. */
export function WorkFileInfo({ file }: { file: WorkFileDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const closed = file.status === 'closed';
  const items = [
    { key: 'status', label: t('common.status'), children: <WorkFileStatusTag status={file.status} /> },
    { key: 'code', label: t('workFiles.code'), children: file.code },
    { key: 'archiveCode', label: t('workFiles.archiveCode'), children: file.archiveCode ?? none },
    { key: 'year', label: t('workFiles.year'), children: file.year },
    { key: 'retention', label: t('workFiles.retention'), children: file.retentionText },
    {
      key: 'owner',
      label: t('workFiles.owner'),
      children: file.department ? `${file.owner.name} (${file.department.name})` : file.owner.name,
    },
    {
      key: 'plan',
      label: t('workFiles.planEntry'),
      children: file.planEntry ? (
        <Link to="/work-files/plan" search={{ year: file.year }}>
          {file.planEntry.code} – {file.planEntry.title}
        </Link>
      ) : (
        t('workFiles.outsidePlan')
      ),
    },
    { key: 'openedOn', label: t('workFiles.openedOn'), children: formatDate(t, file.openedOn) },
    ...(closed
      ? [
          { key: 'closedOn', label: t('workFiles.closedOn'), children: formatDate(t, file.closedOn) },
          { key: 'closedBy', label: t('workFiles.closedBy'), children: file.closedBy?.name ?? none },
          { key: 'pages', label: t('workFiles.pageCount'), children: file.pageCount ?? none },
          {
            key: 'closingNote',
            label: t('workFiles.closingNote'),
            children: file.closingNote ?? none,
            span: 2,
          },
        ]
      : []),
    { key: 'note', label: t('workFiles.note'), children: file.note ?? none, span: 2 },
  ];
  return (
    <Card size="small">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}
