import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { RemoteSearchSelect } from '../../shared/RemoteSearchSelect.tsx';
import { agencyApi } from './api.ts';
import type { AdminUnit } from './types.ts';

type Props = Omit<SelectProps<string>, 'options' | 'onChange' | 'value' | 'showSearch'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** the unit already chosen, so its name shows before any search */
  current?: { code: string; name: string } | null | undefined;
};

/** Province or commune from the national list, searched on the server by name (diacritics optional) or code. */
export function AdminUnitPicker({ value, onChange, current, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <RemoteSearchSelect<AdminUnit>
      query={(q) => ({
        queryKey: ['admin-units', q],
        queryFn: () => agencyApi.adminUnits(q),
        staleTime: 10 * 60_000,
      })}
      toOption={(u) => ({
        value: u.code,
        label: u.provinceName && u.level !== 'province' ? `${u.name}, ${u.provinceName}` : u.name,
      })}
      pinned={current ? { value: current.code, label: current.name } : null}
      value={value}
      onChange={(next) => onChange?.(next ?? null)}
      placeholder={t('agencies.adminUnitPlaceholder')}
      loadingText={t('common.loading')}
      {...rest}
    />
  );
}
