import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { ActiveTag } from './StatusTag.tsx';
import type { AgencyDetail } from './types.ts';

export function AgencyInfo({ agency }: { agency: AgencyDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 1, lg: 2 }}
      items={[
        { key: 'name', label: t('agencies.name'), children: agency.name, span: 'filled' },
        { key: 'abbreviation', label: t('agencies.abbreviation'), children: agency.abbreviation },
        {
          key: 'code',
          label: t('agencies.code'),
          children: agency.code ? <Typography.Text code>{agency.code}</Typography.Text> : none,
        },
        { key: 'level', label: t('agencies.level'), children: t(`levels.${agency.level}`) },
        { key: 'adminUnit', label: t('agencies.adminUnit'), children: agency.adminUnit?.name ?? none },
        { key: 'address', label: t('agencies.address'), children: agency.address ?? none, span: 'filled' },
        { key: 'phone', label: t('agencies.phone'), children: agency.phone ?? none },
        { key: 'fax', label: t('agencies.fax'), children: agency.fax ?? none },
        {
          key: 'email',
          label: t('agencies.email'),
          children: agency.email ? <a href={`mailto:${agency.email}`}>{agency.email}</a> : none,
        },
        {
          key: 'website',
          label: t('agencies.website'),
          children: agency.website ? (
            <a href={agency.website} target="_blank" rel="noreferrer noopener">
              {agency.website}
            </a>
          ) : (
            none
          ),
        },
        { key: 'children', label: t('agencies.children'), children: agency.childCount },
        { key: 'status', label: t('common.status'), children: <ActiveTag active={agency.isActive} /> },
        {
          key: 'updated',
          label: t('agencies.updatedAt'),
          children: formatDateTime(agency.updatedAt),
        },
      ]}
    />
  );
}
