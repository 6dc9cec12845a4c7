import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api/problem.ts';
import { auditApi } from './api.ts';

/**
 * Recomputes the whole hash chain on the server (system administrators): the button for the page header
 * and the verdict to show under it.
 */
export function useVerifyChain() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: auditApi.verify });
  const button = (
    <Button
      icon={<SafetyCertificateOutlined aria-hidden />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
    >
      {t('audit.verify')}
    </Button>
  );
  let verdict = null;
  if (verify.error) {
    verdict = (
      <Alert
        type="error"
        showIcon
        role="status"
        title={problemText(verify.error, t('common.unexpectedError'))}
      />
    );
  } else if (verify.data?.ok) {
    verdict = (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('audit.verifyOk', { count: verify.data.checked })}
      />
    );
  } else if (verify.data) {
    verdict = (
      <Alert
        type="error"
        showIcon
        role="status"
        title={t('audit.verifyBad', {
          id: verify.data.firstBad?.id,
          reason: verify.data.firstBad?.reason,
          count: verify.data.checked,
        })}
      />
    );
  }
  return { button, verdict };
}
