import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../roles/names.ts';
import type { RoleGrant } from './types.ts';

export function RoleGrantTag({ grant, withAgency = false }: { grant: RoleGrant; withAgency?: boolean }) {
  const { t, i18n } = useTranslation();
  const where = grant.agency ? grant.agency.name : t('users.globalRole');
  return (
    <Tag color={grant.role === 'system_admin' ? 'red' : grant.role === 'agency_admin' ? 'volcano' : 'blue'}>
      {localName(grant, i18n.resolvedLanguage)}
      {withAgency ? ` · ${where}${grant.includeSubtree ? ` (${t('users.subtree')})` : ''}` : ''}
    </Tag>
  );
}
