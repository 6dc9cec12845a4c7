import { useQuery } from '@tanstack/react-query';
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterSwitch } from '../shared/FilterSwitch.tsx';
import { SearchBox } from '../shared/SearchBox.tsx';
import { fieldsQuery } from './api.ts';
import { useLevelOptions, useOnlineOptions } from './labels.tsx';
import type { ProceduresSearch } from './search.ts';
import type { OnlineService } from './types.ts';

/** Above the catalogue: code or words of the name, field, level, online service, those no longer in use. */
export function ProcedureFilters({
  search,
  onChange,
}: {
  search: ProceduresSearch;
  onChange: (patch: Partial<ProceduresSearch>) => void;
}) {
  const { t } = useTranslation();
  const fields = useQuery(fieldsQuery);
  const levels = useLevelOptions();
  const online = useOnlineOptions();
  const set = (patch: Partial<ProceduresSearch>) => onChange({ ...patch, page: undefined });
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
      <SearchBox
        value={search.q}
        label={t('procedures.searchLabel')}
        placeholder={t('procedures.searchPlaceholder')}
        onSearch={(q) => set({ q })}
      />
      <Select<string>
        aria-label={t('procedures.parts.field')}
        placeholder={t('procedures.allFields')}
        allowClear
        showSearch
        loading={fields.isLoading}
        value={search.field}
        onChange={(field) => set({ field })}
        options={(fields.data ?? []).map((f) => ({ value: f.name, label: `${f.name} (${f.count})` }))}
        style={{ width: 260 }}
        popupMatchSelectWidth={360}
      />
      <Select<string>
        aria-label={t('procedures.parts.level')}
        placeholder={t('procedures.allLevels')}
        allowClear
        value={search.level}
        onChange={(level) => set({ level })}
        options={levels}
        style={{ width: 150 }}
      />
      <Select<OnlineService>
        aria-label={t('procedures.parts.onlineService')}
        placeholder={t('procedures.allOnline')}
        allowClear
        value={search.onlineService}
        onChange={(onlineService) => set({ onlineService })}
        options={online}
        style={{ width: 180 }}
      />
      <FilterSwitch
        label={t('procedures.showInactive')}
        checked={search.inactive ?? false}
        onChange={(inactive) => set({ inactive: inactive || undefined })}
      />
    </Flex>
  );
}
