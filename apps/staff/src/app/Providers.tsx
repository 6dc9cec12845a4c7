import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import { reducedMotionTheme, theme } from './theme.ts';
import { useReducedMotion } from './useReducedMotion.ts';

function Localized({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  const locale = current.resolvedLanguage === 'en' ? enUS : viVN;
  // dialogs, menus and lists appear without animation for those who asked for less motion (WCAG 2.3.3)
  const reduced = useReducedMotion();
  return (
    <ConfigProvider locale={locale} theme={reduced ? reducedMotionTheme : theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Translations, Ant Design (locale follows the language), and the query cache. */
export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Localized>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </Localized>
    </I18nextProvider>
  );
}
