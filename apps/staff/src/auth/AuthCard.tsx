import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/shell/LanguageSwitch.tsx';

/** The frame of the pages outside the app: login and the forced password change. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="congso-auth-page">
      <Card style={{ width: 420, maxWidth: '100%' }} styles={{ body: { padding: 28 } }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 20 }}>
          <span className="congso-brand">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" />
            <span>
              {t('app.name')}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, fontWeight: 400 }}>
                {t('app.subtitle')}
              </Typography.Text>
            </span>
          </span>
          <LanguageSwitch compact />
        </Flex>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0, marginBottom: 4 }}>
          {title}
        </Typography.Title>
        {intro ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
            {intro}
          </Typography.Paragraph>
        ) : null}
        {children}
      </Card>
    </div>
  );
}
