import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FilterSwitch } from '../shared/FilterSwitch.tsx';
import { SearchBox } from '../shared/SearchBox.tsx';
import { statusLabel, useCodeOptions } from './labels.tsx';
import type { DocumentsSearch } from './search.ts';
import type { Direction, DocumentStatus } from './types.ts';

const statusesOf: Record<Direction, DocumentStatus[]> = {
  incoming: [
    'received',
    'registered',
    'submitted',
    'in_progress',
    'done',
    'rejected',
    'recalled',
    'replaced',
  ],
  outgoing: ['draft', 'in_review', 'approved', 'issued', 'recalled', 'replaced'],
};

/** Above a document list: words, status, type, urgent only, and a date range (arrival or issue). */
export function DocumentFilters({
  direction,
  search,
  onChange,
}: {
  direction: Direction;
  search: DocumentsSearch;
  onChange: (patch: Partial<DocumentsSearch>) => void;
}) {
  const { t } = useTranslation();
  const codes = useCodeOptions();
  const set = (patch: Partial<DocumentsSearch>) => onChange({ ...patch, page: undefined });
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
      <SearchBox
        value={search.q}
        label={t('documents.searchLabel')}
        placeholder={t('documents.searchPlaceholder')}
        width={460}
        onSearch={(q) => set({ q })}
      />
      <Select<DocumentStatus>
        aria-label={t('documents.statusFilter')}
        placeholder={t('documents.statusFilter')}
        allowClear
        value={search.status}
        onChange={(status) => set({ status })}
        options={statusesOf[direction].map((s) => ({ value: s, label: statusLabel(t, s) }))}
        style={{ width: 180 }}
      />
      <Select<string>
        aria-label={t('documents.typeFilter')}
        placeholder={t('documents.typeFilter')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={search.documentType}
        onChange={(documentType) => set({ documentType })}
        options={codes.documentTypes}
        style={{ width: 180 }}
      />
      <DatePicker.RangePicker
        aria-label={direction === 'incoming' ? t('documents.receivedRange') : t('documents.issuedRange')}
        allowEmpty={[true, true]}
        placeholder={[t('documents.dateFrom'), t('documents.dateTo')]}
        format={t('format.date')}
        value={[search.from ? dayjs(search.from) : null, search.to ? dayjs(search.to) : null]}
        onChange={(range) =>
          set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      <FilterSwitch
        label={t('documents.urgentOnly')}
        checked={search.urgentOnly ?? false}
        onChange={(urgentOnly) => set({ urgentOnly: urgentOnly || undefined })}
      />
    </Flex>
  );
}
