import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Link, useRouterState } from '@tanstack/react-router';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';

type Item = Required<MenuProps>['items'][number];

const sections = ['/agencies', '/officials', '/users', '/roles', '/calendar', '/audit', '/account'] as const;

/** Navigation by capability; entries appear only when the user's permissions allow the page. */
export function SideNav({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const selected = sections.find((s) => pathname === s || pathname.startsWith(`${s}/`));

  const link = (to: (typeof sections)[number], label: string) => <Link to={to}>{label}</Link>;
  const directory: Item[] = [
    {
      key: '/agencies',
      icon: <ApartmentOutlined aria-hidden />,
      label: link('/agencies', t('nav.agencies')),
    },
    { key: '/officials', icon: <TeamOutlined aria-hidden />, label: link('/officials', t('nav.officials')) },
  ];
  if (permissions.hasAny('directory.users.read', 'directory.users.manage')) {
    directory.push({
      key: '/users',
      icon: <UserOutlined aria-hidden />,
      label: link('/users', t('nav.users')),
    });
  }
  if (permissions.hasAny('directory.roles.manage', 'directory.users.manage')) {
    directory.push({
      key: '/roles',
      icon: <SafetyCertificateOutlined aria-hidden />,
      label: link('/roles', t('nav.roles')),
    });
  }
  const items: Item[] = [
    collapsed
      ? { type: 'divider' as const }
      : { type: 'group' as const, key: 'directory', label: t('nav.directory'), children: directory },
    ...(collapsed ? directory : []),
  ];
  items.push({
    key: '/calendar',
    icon: <CalendarOutlined aria-hidden />,
    label: link('/calendar', t('nav.calendar')),
  });
  if (permissions.has('audit.read')) {
    items.push({ key: '/audit', icon: <AuditOutlined aria-hidden />, label: link('/audit', t('nav.audit')) });
  }
  items.push({
    key: '/account',
    icon: <IdcardOutlined aria-hidden />,
    label: link('/account', t('nav.account')),
  });

  return (
    <nav aria-label={t('nav.label')}>
      <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
    </nav>
  );
}
