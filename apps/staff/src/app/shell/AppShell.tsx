import { Link, Outlet } from '@tanstack/react-router';
import { Grid, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeaderBar } from './HeaderBar.tsx';
import { SideNav } from './SideNav.tsx';

const COLLAPSED_KEY = 'congso.nav.collapsed';

function storedCollapsed(): boolean | undefined {
  try {
    const value = localStorage.getItem(COLLAPSED_KEY);
    return value === null ? undefined : value === 'true';
  } catch {
    return undefined;
  }
}

/**
 * The signed-in frame. The navigation is wide on a laptop and folds to icons on a tablet (below 992 px),
 * unless the user chose otherwise with the toggle.
 */
export function AppShell() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [choice, setChoice] = useState<boolean | undefined>(storedCollapsed);
  const wide = screens.lg ?? true;
  const collapsed = choice ?? !wide;

  const toggle = () => {
    const next = !collapsed;
    setChoice(next);
    try {
      localStorage.setItem(COLLAPSED_KEY, String(next));
    } catch {
      // not remembered
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        trigger={null}
        width={236}
        collapsedWidth={64}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Link to="/" className="congso-brand congso-sider-brand" aria-label={t('app.name')}>
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" />
          {collapsed ? null : <span>{t('app.name')}</span>}
        </Link>
        <SideNav collapsed={collapsed} />
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <HeaderBar collapsed={collapsed} onToggle={toggle} />
        <Layout.Content className="congso-content">
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
