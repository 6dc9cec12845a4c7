import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { RemoteSearchSelect } from '../../shared/RemoteSearchSelect.tsx';
import { officialApi } from '../officials/api.ts';
import type { Official } from '../officials/types.ts';

type Props = Omit<SelectProps<string>, 'options' | 'onChange' | 'value' | 'showSearch'> & {
  agencyId: string | undefined;
  value?: string;
  onChange?: (value: string | undefined, official: Official | undefined) => void;
};

/** Officials of the agency who have no account yet, searched on the server as the user types. */
export function OfficialWithoutAccountSelect({ agencyId, value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <RemoteSearchSelect<Official>
      query={(q) => {
        const params = { agencyId, withoutAccount: true, q: q || undefined, pageSize: 50 };
        return {
          queryKey: ['officials', 'without-account', params],
          queryFn: () => officialApi.list(params),
          enabled: Boolean(agencyId),
        };
      }}
      toOption={(o) => ({ value: o.id, label: o.position ? `${o.fullName} – ${o.position}` : o.fullName })}
      value={value}
      onChange={onChange}
      disabled={!agencyId}
      placeholder={t('users.officialPlaceholder')}
      {...rest}
    />
  );
}
