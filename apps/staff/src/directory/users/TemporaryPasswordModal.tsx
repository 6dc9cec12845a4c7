import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A generated password, shown this once with a copy button. */
export function TemporaryPasswordModal({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('users.temporaryPasswordTitle')}
      onOk={onClose}
      onCancel={onClose}
      okText={t('common.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('users.temporaryPasswordText')} style={{ marginBottom: 16 }} />
      <Typography.Text type="secondary">{t('users.temporaryPasswordLabel', { username })}</Typography.Text>
      <div>
        <Typography.Text
          code
          copyable={{ text: password, tooltips: [t('common.copy'), t('common.copied')] }}
          style={{ fontSize: 18 }}
          data-testid="temporary-password"
        >
          {password}
        </Typography.Text>
      </div>
    </Modal>
  );
}
