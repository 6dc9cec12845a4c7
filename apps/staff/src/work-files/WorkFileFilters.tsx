import { Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterSwitch } from '../shared/FilterSwitch.tsx';
import { SearchBox } from '../shared/SearchBox.tsx';
import type { WorkFilesSearch } from './search.ts';
import type { WorkFileStatus } from './types.ts';

/** Above the list of work files: words of the title or code, year, status, only mine. */
export function WorkFileFilters({
  search,
  onChange,
}: {
  search: WorkFilesSearch;
  onChange: (patch: Partial<WorkFilesSearch>) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<WorkFilesSearch>) => onChange({ ...patch, page: undefined });
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
      <SearchBox
        value={search.q}
        label={t('workFiles.searchLabel')}
        placeholder={t('workFiles.searchPlaceholder')}
        onSearch={(q) => set({ q })}
      />
      <InputNumber<number>
        aria-label={t('workFiles.year')}
        placeholder={t('workFiles.year')}
        min={2000}
        max={2999}
        value={search.year}
        onChange={(year) => set({ year: typeof year === 'number' && year >= 2000 ? year : undefined })}
        style={{ width: 110 }}
      />
      <Select<WorkFileStatus>
        aria-label={t('workFiles.statusFilter')}
        placeholder={t('workFiles.statusFilter')}
        allowClear
        value={search.status}
        onChange={(status) => set({ status })}
        options={[
          { value: 'open', label: t('workFiles.status.open') },
          { value: 'closed', label: t('workFiles.status.closed') },
        ]}
        style={{ width: 160 }}
      />
      <FilterSwitch
        label={t('workFiles.mineOnly')}
        checked={search.mine ?? false}
        onChange={(mine) => set({ mine: mine || undefined })}
      />
    </Flex>
  );
}
