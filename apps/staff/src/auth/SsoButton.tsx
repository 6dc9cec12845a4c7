import { LoginOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi } from './api.ts';

/**
 * Single sign-on, offered only when the platform has an identity provider configured; after it the user
 * comes back to `returnTo` (a path of this app).
 */
export function SsoButton({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: ['auth-config'], queryFn: authApi.config, staleTime: Infinity });
  if (!data?.oidc.enabled) return null;
  return (
    <>
      <Divider plain>{t('auth.or')}</Divider>
      <Button
        block
        size="large"
        icon={<LoginOutlined aria-hidden />}
        href={`/api/auth/oidc/login?returnTo=${encodeURIComponent(`/staff${returnTo}`)}`}
      >
        {data.oidc.label}
      </Button>
    </>
  );
}
