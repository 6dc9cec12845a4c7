import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../shared/QueryError.tsx';
import { useActionMutation } from '../shared/useActionMutation.ts';
import { documentApi, documentKeys, settingsQuery } from './api.ts';
import type { OutgoingNumbering } from './types.ts';

/** For agency administrators: one series of outgoing numbers, or one per document type. */
export function SettingsCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  const save = useActionMutation({
    mutationFn: (numbering: OutgoingNumbering) => documentApi.putSettings(numbering),
    onSuccess: (next) => queryClient.setQueryData(documentKeys.settings, next),
    success: t('common.saved'),
  });
  return (
    <Card
      size="small"
      title={t('documents.settingsTitle')}
      className="congso-no-print"
      style={{ marginBottom: 16 }}
    >
      {settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('documents.settingsIntro')}</Typography.Paragraph>
          <Radio.Group
            aria-label={t('documents.outgoingNumbering')}
            value={settings.data?.outgoingNumbering}
            disabled={settings.isLoading || save.isPending}
            onChange={(event) => save.mutate(event.target.value as OutgoingNumbering)}
            options={[
              { value: 'single', label: t('documents.numberingSingle') },
              { value: 'per_type', label: t('documents.numberingPerType') },
            ]}
          />
        </>
      )}
    </Card>
  );
}
