import { useQueryClient } from '@tanstack/react-query';
import { Tag, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKeys } from '../api.ts';
import type { DocumentFile, FileTextStatus } from '../types.ts';

const colors: Record<FileTextStatus, string> = {
  pending: 'processing',
  done: 'success',
  empty: 'default',
  failed: 'warning',
  unsupported: 'default',
};

/** Whether a file's text is searchable: read, still being read, or why not. */
export function FileTextTag({ status }: { status: FileTextStatus }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`documents.fileTextHint.${status}`)}>
      <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
        {t(`documents.fileText.${status}`)}
      </Tag>
    </Tooltip>
  );
}

/**
 * While a file of the document is still being read (a background job, seconds after the upload), its page
 * asks again every few seconds, for two minutes at most, so the tag changes without a reload.
 */
export function useFileTextRefresh(documentId: string, files: DocumentFile[]) {
  const queryClient = useQueryClient();
  const reading = files.some((f) => f.textStatus === 'pending');
  useEffect(() => {
    if (!reading) return;
    let left = 40;
    const timer = setInterval(() => {
      if (--left < 0) clearInterval(timer);
      else void queryClient.invalidateQueries({ queryKey: documentKeys.detail(documentId), exact: true });
    }, 3000);
    return () => clearInterval(timer);
  }, [reading, documentId, queryClient]);
}
