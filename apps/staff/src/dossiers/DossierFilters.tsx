import { dossierStatuses } from '@congso/one-stop/lifecycle';
import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RemoteSearchSelect } from '../shared/RemoteSearchSelect.tsx';
import { SearchBox } from '../shared/SearchBox.tsx';
import { catalogueQuery } from './api.ts';
import { channelLabel, statusLabel } from './labels.tsx';
import type { DossiersSearch } from './search.ts';
import type { Channel, DossierStatus } from './types.ts';

const channels: Channel[] = ['counter', 'online', 'post'];

/** Above the dossier list: words (code, applicant, id number), status, procedure, channel, date received. */
export function DossierFilters({
  search,
  onChange,
}: {
  search: DossiersSearch;
  onChange: (patch: Partial<DossiersSearch>) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<DossiersSearch>) => onChange({ ...patch, page: undefined });
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
      <SearchBox
        value={search.q}
        label={t('dossiers.searchLabel')}
        placeholder={t('dossiers.searchPlaceholder')}
        width={380}
        onSearch={(q) => set({ q })}
      />
      <Select<DossierStatus>
        aria-label={t('dossiers.statusFilter')}
        placeholder={t('dossiers.statusFilter')}
        allowClear
        value={search.status}
        onChange={(status) => set({ status })}
        options={dossierStatuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        style={{ width: 200 }}
      />
      <RemoteSearchSelect
        aria-label={t('dossiers.procedureFilter')}
        placeholder={t('dossiers.procedureFilter')}
        query={catalogueQuery}
        toOption={(p) => ({ value: p.id, label: `${p.code} – ${p.name}` })}
        value={search.procedureId}
        onChange={(procedureId) => set({ procedureId })}
        style={{ width: 320 }}
      />
      <Select<Channel>
        aria-label={t('dossiers.channelFilter')}
        placeholder={t('dossiers.channelFilter')}
        allowClear
        value={search.channel}
        onChange={(channel) => set({ channel })}
        options={channels.map((c) => ({ value: c, label: channelLabel(t, c) }))}
        style={{ width: 160 }}
      />
      <DatePicker.RangePicker
        aria-label={t('dossiers.receivedRange')}
        allowEmpty={[true, true]}
        placeholder={[t('documents.dateFrom'), t('documents.dateTo')]}
        format={t('format.date')}
        value={[
          search.receivedFrom ? dayjs(search.receivedFrom) : null,
          search.receivedTo ? dayjs(search.receivedTo) : null,
        ]}
        onChange={(range) =>
          set({
            receivedFrom: range?.[0]?.format('YYYY-MM-DD'),
            receivedTo: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
      />
    </Flex>
  );
}
