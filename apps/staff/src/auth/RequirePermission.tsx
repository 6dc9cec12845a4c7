import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Permission, usePermissions } from './permissions.ts';

/** Shows its children only to holders of one of the permissions; others get a plain 403 page. */
export function RequirePermission({ anyOf, children }: { anyOf: Permission[]; children: ReactNode }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  if (!permissions.hasAny(...anyOf)) {
    return <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('common.forbiddenText')} />;
  }
  return <>{children}</>;
}
