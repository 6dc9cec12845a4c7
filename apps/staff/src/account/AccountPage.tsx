import { App, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shared/PageHeader.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { ProfileCard } from './ProfileCard.tsx';
import { TwoFactorCard } from './TwoFactorCard.tsx';

/** The signed-in person's own page: profile, password, second factor. */
export function AccountPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ProfileCard />
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('password.changeTitle')} size="small">
            <ChangePasswordForm
              onChanged={() => {
                void message.success(t('password.changed'));
              }}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('password.otherSessions')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24}>
          <TwoFactorCard />
        </Col>
      </Row>
    </>
  );
}
