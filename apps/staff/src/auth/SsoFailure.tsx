import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

const reasons = [
  'state',
  'denied',
  'provider',
  'unavailable',
  'no_username',
  'unknown_user',
  'disabled',
  'linked_elsewhere',
] as const;

/** Why single sign-on sent the user back here; the address carries only a code, never text. */
export function SsoFailure({ reason }: { reason: string | undefined }) {
  const { t } = useTranslation();
  const known = reasons.find((r) => r === reason);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('auth.ssoFailedTitle')}
      description={t(`auth.ssoReasons.${known ?? 'other'}`)}
      style={{ marginBottom: 16 }}
    />
  );
}
