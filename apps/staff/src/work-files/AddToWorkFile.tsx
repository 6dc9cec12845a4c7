import { FolderOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button, Card, Empty, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentStatus, draftStatuses } from '../documents/types.ts';
import { RemoteSearchSelect } from '../shared/RemoteSearchSelect.tsx';
import { useActionMutation } from '../shared/useActionMutation.ts';
import { workFileApi, workFileKeys, workFileListQuery } from './api.ts';
import { WorkFileStatusTag } from './labels.tsx';
import type { WorkFileSummary } from './types.ts';

/** Documents that are records of the agency: registered incoming, issued outgoing (and what became of them). */
const records = new Set<DocumentStatus>([
  'registered',
  'submitted',
  'in_progress',
  'done',
  'issued',
  'recalled',
  'replaced',
]);

/**
 * On a document's page: the work files holding it (those the user may see), and putting it into one of the
 * open files the user may change (their own; every open file of the agency for a keeper of the file plan).
 */
export function AddToWorkFile({ document }: { document: { id: string; status: DocumentStatus } }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<string | undefined>();
  // a draft is not a record yet: no card at all
  const draft = draftStatuses.includes(document.status);
  const holding = useQuery({
    ...workFileListQuery({ documentId: document.id, pageSize: 50 }),
    enabled: !draft,
  });
  const held = (holding.data?.items ?? []).map((f) => f.id);
  const add = useActionMutation({
    mutationFn: (fileId: string) => workFileApi.addDocument(fileId, document.id),
    onSuccess: () => {
      setPicked(undefined);
      void queryClient.invalidateQueries({ queryKey: workFileKeys.all });
    },
    success: (file) => t('workFiles.addedTo', { code: file.code }),
  });

  if (draft) return null;
  return (
    <Card size="small" title={t('workFiles.holdingTitle')}>
      {(holding.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workFiles.notInAnyFile')} />
      ) : (
        <ul aria-label={t('workFiles.holdingTitle')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {holding.data?.items.map((file) => (
            <li key={file.id} style={{ padding: '4px 0' }}>
              <Flex gap={8} align="baseline">
                <FolderOutlined aria-hidden />
                <span>
                  <Link to="/work-files/$id" params={{ id: file.id }}>
                    {file.code} – {file.title}
                  </Link>{' '}
                  <WorkFileStatusTag status={file.status} />
                </span>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {records.has(document.status) ? (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <RemoteSearchSelect<WorkFileSummary>
            aria-label={t('workFiles.pickFile')}
            placeholder={t('workFiles.pickFile')}
            loadingText={t('common.loading')}
            value={picked}
            onChange={(id) => setPicked(id)}
            query={(q) => ({
              queryKey: [...workFileKeys.all, 'editable', q, held],
              queryFn: async () => {
                const page = await workFileApi.list({ editable: true, q: q || undefined, pageSize: 20 });
                return { ...page, items: page.items.filter((f) => !held.includes(f.id)) };
              },
            })}
            toOption={(f) => ({ value: f.id, label: `${f.code} – ${f.title}` })}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button disabled={!picked} loading={add.isPending} onClick={() => picked && add.mutate(picked)}>
            {t('workFiles.addToFile')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
