import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyApi } from './api.ts';

type Props = Omit<SelectProps<string>, 'options' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** the unit already chosen, so its name shows before any search */
  current?: { code: string; name: string } | null | undefined;
};

/** Province or commune from the national list, searched on the server by name (diacritics optional) or code. */
export function AdminUnitPicker({ value, onChange, current, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const units = useQuery({
    queryKey: ['admin-units', q],
    queryFn: () => agencyApi.adminUnits(q),
    staleTime: 10 * 60_000,
  });
  const options = useMemo(() => {
    const list = (units.data?.items ?? []).map((u) => ({
      value: u.code,
      label: u.provinceName && u.level !== 'province' ? `${u.name}, ${u.provinceName}` : u.name,
    }));
    if (current && !list.some((o) => o.value === current.code)) {
      list.unshift({ value: current.code, label: current.name });
    }
    return list;
  }, [units.data, current]);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      loading={units.isFetching}
      options={options}
      placeholder={t('agencies.adminUnitPlaceholder')}
      notFoundContent={units.isFetching ? t('common.loading') : undefined}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
