import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { agencyApi } from './api.ts';
import { useInvalidateAgencies } from './queries.ts';
import type { AgencyDetail } from './types.ts';

/** Deactivate an agency (it leaves the directory) or bring it back. */
export function AgencyActiveButton({ agency }: { agency: AgencyDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidateAgencies();
  const toggle = useMutation({
    mutationFn: () => agencyApi.update(agency.id, { isActive: !agency.isActive }),
    onSuccess: (next) => {
      void invalidate();
      void message.success(next.isActive ? t('agencies.activated') : t('agencies.deactivated'));
    },
    onError: (error) => void message.error(problemText(error, t('common.unexpectedError'))),
  });
  return agency.isActive ? (
    <Popconfirm
      title={t('agencies.deactivateConfirm')}
      okText={t('agencies.deactivate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => toggle.mutateAsync()}
    >
      <Button danger icon={<StopOutlined aria-hidden />}>
        {t('agencies.deactivate')}
      </Button>
    </Popconfirm>
  ) : (
    <Popconfirm
      title={t('agencies.activateConfirm')}
      okText={t('agencies.activate')}
      cancelText={t('common.cancel')}
      onConfirm={() => toggle.mutateAsync()}
    >
      <Button icon={<CheckCircleOutlined aria-hidden />}>{t('agencies.activate')}</Button>
    </Popconfirm>
  );
}
