import { DownOutlined, IdcardOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from '@tanstack/react-router';
import { Avatar, Button, Dropdown, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../auth/session.ts';
import { useLogout } from '../../auth/useLogout.ts';

/** The signed-in person: name, and a menu with their account page and logout. */
export function UserMenu() {
  const { t } = useTranslation();
  const profile = useProfile();
  const logout = useLogout();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'account', icon: <IdcardOutlined aria-hidden />, label: t('nav.account') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('header.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'account') void navigate({ to: '/account' });
          if (key === 'logout') void logout();
        },
      }}
    >
      <Button
        type="text"
        aria-label={`${t('header.userMenu')}: ${profile.displayName}`}
        style={{ height: 40 }}
      >
        <Avatar size="small" icon={<UserOutlined aria-hidden />} style={{ backgroundColor: '#1554b0' }} />
        {screens.sm ? <span>{profile.displayName}</span> : null}
        <DownOutlined style={{ fontSize: 10 }} aria-hidden />
      </Button>
    </Dropdown>
  );
}
