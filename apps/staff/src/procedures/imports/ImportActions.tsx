import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Alert, App, Button, Checkbox, Flex, Progress, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem.ts';
import { ConfirmButton } from '../../shared/ConfirmButton.tsx';
import { procedureKeys } from '../api.ts';
import { countText } from '../labels.tsx';
import { importApi, importKeys } from './api.ts';
import type { ImportDetail } from './types.ts';

/**
 * Where an import stands and what can be done with it: apply (skipping rows in error only when the user
 * ticks it), follow the progress while it runs, cancel; then what came of it.
 */
export function ImportActions({ detail }: { detail: ImportDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [skip, setSkip] = useState(false);
  const changed = (next: ImportDetail) => {
    queryClient.setQueryData(importKeys.detail(next.id), next);
    void queryClient.invalidateQueries({ queryKey: importKeys.all });
    void queryClient.invalidateQueries({ queryKey: procedureKeys.all });
  };
  const apply = useMutation({ mutationFn: () => importApi.apply(detail.id, skip), onSuccess: changed });
  const cancel = useMutation({
    mutationFn: () => importApi.cancel(detail.id),
    onSuccess: (next) => {
      changed(next);
      void message.success(t('procedureImports.cancelled'));
    },
  });
  const failure = apply.error ?? cancel.error;
  const problem = failure ? (
    <Alert type="error" showIcon title={problemText(failure, t('common.unexpectedError'))} />
  ) : null;
  const cancelButton = (
    <ConfirmButton
      confirm={t('procedureImports.cancelConfirm')}
      okText={t('common.confirm')}
      danger
      onConfirm={() => cancel.mutateAsync()}
    >
      {t('procedureImports.cancel')}
    </ConfirmButton>
  );
  const leave = (
    <Space>
      <Button onClick={() => void navigate({ to: '/procedures' })}>
        {t('procedureImports.toCatalogue')}
      </Button>
      <Button onClick={() => void navigate({ to: '/procedures/imports' })}>
        {t('procedureImports.another')}
      </Button>
    </Space>
  );

  switch (detail.status) {
    case 'running': {
      const percent =
        detail.validRows === 0 ? 0 : Math.floor((detail.processedRows / detail.validRows) * 100);
      return (
        <Flex vertical gap={8}>
          <Progress percent={percent} status="active" aria-label={t('procedureImports.status.running')} />
          <span aria-live="polite">
            {t('procedureImports.progress', {
              processed: countText(detail.processedRows),
              total: countText(detail.validRows),
            })}
          </span>
          {problem}
          <div>{cancelButton}</div>
        </Flex>
      );
    }
    case 'done':
      return (
        <Flex vertical gap={12}>
          <Progress percent={100} />
          <Alert
            type="success"
            showIcon
            title={t('procedureImports.done', {
              created: countText(detail.createdCount),
              updated: countText(detail.updatedCount),
            })}
          />
          {leave}
        </Flex>
      );
    case 'cancelled':
      return (
        <Flex vertical gap={12}>
          <Alert type="info" showIcon title={t('procedureImports.cancelledText')} />
          {leave}
        </Flex>
      );
    default: {
      const mustSkip = detail.invalidRows > 0;
      return (
        <Flex vertical gap={12}>
          {detail.status === 'failed' ? (
            <Alert type="error" showIcon title={t('procedureImports.failed')} description={detail.error} />
          ) : null}
          {mustSkip ? (
            <>
              <Alert type="warning" showIcon title={t('procedureImports.mustSkip')} />
              <Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)}>
                {t('procedureImports.skipInvalid', { count: detail.invalidRows })}
              </Checkbox>
            </>
          ) : null}
          {problem}
          <Space wrap>
            <ConfirmButton
              type="primary"
              disabled={(mustSkip && !skip) || detail.validRows === 0}
              loading={apply.isPending}
              confirm={t('procedureImports.applyConfirm', { total: countText(detail.validRows) })}
              okText={t('procedureImports.apply')}
              onConfirm={() => apply.mutateAsync()}
            >
              {t('procedureImports.apply')}
            </ConfirmButton>
            {detail.status === 'previewed' ? cancelButton : null}
          </Space>
        </Flex>
      );
    }
  }
}
