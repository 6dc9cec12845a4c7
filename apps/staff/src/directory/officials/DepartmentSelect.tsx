import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { departmentApi, departmentKeys } from '../departments/api.ts';

type Props = Omit<SelectProps<string>, 'options' | 'onChange'> & {
  agencyId: string | undefined;
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/** The departments of the chosen agency (up to 100: agencies have a dozen at most). */
export function DepartmentSelect({ agencyId, value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const params = { pageSize: 100 };
  const departments = useQuery({
    queryKey: departmentKeys.list(agencyId ?? '', params),
    queryFn: () => departmentApi.list(agencyId!, params),
    enabled: Boolean(agencyId),
  });
  return (
    <Select<string>
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      loading={departments.isLoading}
      disabled={!agencyId}
      placeholder={t('officials.noDepartment')}
      options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
