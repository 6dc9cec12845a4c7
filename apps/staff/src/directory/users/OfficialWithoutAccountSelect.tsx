import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officialApi } from '../officials/api.ts';
import type { Official } from '../officials/types.ts';

type Props = Omit<SelectProps<string>, 'options' | 'onChange'> & {
  agencyId: string | undefined;
  value?: string;
  onChange?: (value: string | undefined, official: Official | undefined) => void;
};

/** Officials of the agency who have no account yet, searched on the server as the user types. */
export function OfficialWithoutAccountSelect({ agencyId, value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const params = { agencyId, withoutAccount: true, q: q || undefined, pageSize: 50 };
  const officials = useQuery({
    queryKey: ['officials', 'without-account', params],
    queryFn: () => officialApi.list(params),
    enabled: Boolean(agencyId),
  });
  const items = officials.data?.items ?? [];
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      disabled={!agencyId}
      loading={officials.isFetching}
      placeholder={t('users.officialPlaceholder')}
      onChange={(next) =>
        onChange?.(
          next,
          items.find((o) => o.id === next),
        )
      }
      options={items.map((o) => ({
        value: o.id,
        label: o.position ? `${o.fullName} – ${o.position}` : o.fullName,
      }))}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
