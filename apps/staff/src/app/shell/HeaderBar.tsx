import { BankOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../auth/session.ts';
import { NotificationBell } from '../../notifications/NotificationBell.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Top bar: navigation toggle, the user's agency, language, the notification bell, and the user menu. */
export function HeaderBar({ collapsed, onToggle }: { collapsed: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const screens = Grid.useBreakpoint();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        borderBottom: '1px solid #e5e8ef',
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Button
        type="text"
        icon={collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
        aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
        aria-expanded={!collapsed}
        onClick={onToggle}
      />
      <Flex align="center" gap={8} style={{ minWidth: 0, flex: 1 }}>
        {profile.agency ? (
          <>
            <BankOutlined aria-hidden style={{ color: '#1554b0' }} />
            <Typography.Text
              strong
              ellipsis={{ tooltip: profile.agency.name }}
              style={{ minWidth: 0 }}
              data-testid="header-agency"
            >
              {screens.md ? profile.agency.name : profile.agency.abbreviation}
            </Typography.Text>
          </>
        ) : null}
      </Flex>
      <Flex align="center" gap={4}>
        <LanguageSwitch compact={!screens.lg} />
        <NotificationBell />
        <UserMenu />
      </Flex>
    </Layout.Header>
  );
}
