import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../shared/format.ts';
import { stepHandlersQuery } from './api.ts';

/** The people who may take a step of the dossier (its agency's, or its department's, handlers), to pick one. */
export function HandlerSelect({
  dossierId,
  step,
  ...rest
}: Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'> & { dossierId: string; step: number }) {
  const { t } = useTranslation();
  const handlers = useQuery(stepHandlersQuery(dossierId, step));
  const options = (handlers.data ?? []).map((h) => ({
    value: h.id,
    label: h.departmentName ? `${h.displayName} – ${h.departmentName}` : h.displayName,
  }));
  return (
    <Select
      {...rest}
      showSearch={{
        filterOption: (input, option) => foldText(option?.label ?? '').includes(foldText(input)),
      }}
      loading={handlers.isLoading}
      options={options}
      notFoundContent={handlers.isLoading ? t('common.loading') : t('dossierProcessing.noHandlers')}
    />
  );
}
