import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../documents/types.ts';
import { RemoteSearchSelect } from '../shared/RemoteSearchSelect.tsx';
import { workFileApi } from './api.ts';

/** Statuses of documents that are not records yet (or no longer): the server refuses them in a file. */
const notRecords = new Set(['draft', 'in_review', 'approved', 'cancelled', 'received', 'rejected']);

const label = (d: DocumentSummary) =>
  `${d.reference ?? d.documentTypeName} – ${d.subject}${d.registerNumber ? ` (${d.registerNumber}/${d.registerYear})` : ''}`;

/** A document of the agency the user may see, found by its words or reference, to put in a file. */
export function DocumentPicker({
  agencyId,
  exclude,
  value,
  onChange,
}: {
  agencyId: string;
  /** documents already in the file */
  exclude: string[];
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <RemoteSearchSelect<DocumentSummary>
      aria-label={t('workFiles.pickDocument')}
      placeholder={t('workFiles.pickDocument')}
      loadingText={t('common.loading')}
      value={value}
      onChange={(id) => onChange(id)}
      query={(q) => ({
        queryKey: ['work-files', 'document-picker', agencyId, q, exclude],
        queryFn: async () => {
          const page = await workFileApi.findDocuments(agencyId, q);
          return {
            ...page,
            items: page.items.filter((d) => !notRecords.has(d.status) && !exclude.includes(d.id)),
          };
        },
        staleTime: 10_000,
      })}
      toOption={(d) => ({ value: d.id, label: label(d) })}
      style={{ flex: 1, minWidth: 260 }}
    />
  );
}
