import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Clearance } from '../../auth/types.ts';

const colours: Record<Clearance, string | undefined> = {
  none: undefined,
  confidential: 'gold',
  secret: 'orange',
  top_secret: 'red',
};

export function ClearanceTag({ clearance }: { clearance: Clearance }) {
  const { t } = useTranslation();
  return <Tag color={colours[clearance]}>{t(`clearance.${clearance}`)}</Tag>;
}
